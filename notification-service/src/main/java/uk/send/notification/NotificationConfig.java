package uk.send.notification;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

@ConfigMapping(prefix = "notification")
public interface NotificationConfig {

    /** {@code smtp}: email through the mail server, letters to the print queue, no SMS. {@code notify}: GOV.UK Notify. */
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

    Delivery delivery();

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

        /** Notices sent at the same time; one person's notices about one referral go one after another. */
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

        /** Templates whose subject and body are the personalisation fields {@code subject} and {@code body}. */
        Optional<String> emailTemplateId();

        Optional<String> smsTemplateId();

        Optional<String> letterTemplateId();

        /** The bearer token Notify sends with delivery receipts. */
        Optional<String> callbackToken();
    }
}
