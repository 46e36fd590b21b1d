package uk.send.notification;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

@ConfigMapping(prefix = "notification")
public interface NotificationConfig {

    /**
     * {@code smtp}: email through the council's mail server, letters to its print queue, text messages to the text
     * message service at {@code notification.text-messages.base-url} (a local one in the demo); {@code notify}: all
     * three through GOV.UK Notify.
     */
    @WithDefault("smtp")
    String provider();

    /** Where families read their notices; printed in every family notice. */
    String inboxUrl();

    /** The family's page of their children's referrals and messages (referral-service), where the inbox leads. */
    String familyReferralsUrl();

    /** The SEND case work team's shared mailbox, told about notices that cannot be delivered. */
    @WithDefault("send.casework@council.example.org")
    String caseworkerEmail();

    /** How long after a closure both its school and family notices must have been delivered. */
    @WithDefault("PT15M")
    Duration closureSla();

    /**
     * How often closures still undecided are judged against the SLA, for their verdict to be published: seconds after
     * the last notice is delivered or the SLA passes.
     */
    @WithDefault("5s")
    String closureVerdictInterval();

    /**
     * The languages notices are written in: each must have every notice (the service will not start otherwise). A
     * contact whose language is not among them is written to in English, and the case work team is asked for a
     * translated copy or an interpreter.
     */
    List<String> languages();

    /**
     * Languages whose notices are complete but not yet checked by a translation service: offered only when listed in
     * {@link #languages()} too, with a warning at start. Welsh ships this way; production offers it once checked.
     */
    Optional<List<String>> languagesAwaitingCheck();

    Delivery delivery();

    TextMessages textMessages();

    @WithName("notify")
    Notify govukNotify();

    interface Delivery {

        /** Off only to hold notices back, as a test of a restart between consuming and delivering does. */
        @WithDefault("true")
        boolean enabled();

        /** Attempts on one channel before a passing failure counts as permanent and the next channel is tried. */
        @WithDefault("8")
        int maxAttempts();

        @WithDefault("PT2S")
        Duration firstRetry();

        @WithDefault("PT15M")
        Duration longestRetry();

        @WithDefault("50")
        int batchSize();

        /**
         * How long a sender holds the notices it has claimed: no send starts in its second half, which must be
         * longer than any provider may take (the mailer gives up after 20 s, Notify after 10 s to connect and 20 s to
         * answer); short enough that a notice whose sender died goes again within minutes.
         */
        @WithDefault("PT1M")
        Duration claim();

        /**
         * Senders at the same time, each with its share of a batch; one person's notices about one referral go one
         * after another.
         */
        @WithDefault("4")
        int concurrency();

        /** A safety net: written notices wake the worker at once; the poll picks up retries as they fall due. */
        @WithDefault("1s")
        Duration pollInterval();
    }

    interface Notify {

        @WithDefault("https://api.notifications.service.gov.uk")
        String baseUrl();

        Optional<String> apiKey();

        /**
         * Templates whose subject and body are the personalisation fields {@code subject} and {@code body}. Letters
         * need none: they go as precompiled PDFs.
         */
        Optional<String> emailTemplateId();

        Optional<String> smsTemplateId();

        /** The bearer token Notify sends with delivery receipts. */
        Optional<String> callbackToken();
    }

    /**
     * Where text messages go when the provider is {@code smtp}: a service speaking GOV.UK Notify's API (the local
     * platform runs one that keeps what it receives). Unset: text messages fail over to the next channel.
     */
    interface TextMessages {

        Optional<String> baseUrl();

        /** A key in Notify's form (name, service id, secret); the local service accepts any. */
        @WithDefault("local-00000000-0000-4000-8000-000000000000-00000000-0000-4000-8000-000000000001")
        String apiKey();

        @WithDefault("00000000-0000-4000-8000-000000000002")
        String templateId();
    }
}
