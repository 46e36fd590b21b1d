package uk.send.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "outbox")
public interface OutboxConfig {

    /** The CloudEvents {@code source} of every event this service publishes, for example {@code /referral-service}. */
    @WithDefault("/${quarkus.application.name}")
    String source();

    /** The topic this service publishes, whose dead-letter twin its operators look after. */
    String topic();

    Relay relay();

    Consumer consumer();

    interface Relay {

        /** Off only in tests that drive the relay by hand. */
        @WithDefault("true")
        boolean enabled();

        @WithDefault("200")
        int batchSize();

        /** A safety net: commits wake the relay at once, the poll catches rows written by other instances. */
        @WithDefault("1s")
        Duration pollInterval();

        /** Published rows are kept this long for inspection, then deleted. */
        @WithDefault("P7D")
        Duration retention();
    }

    interface Consumer {

        /** How long a consumer retries an event whose processing fails for a passing reason (database down). */
        @WithDefault("PT10M")
        Duration retryFor();
    }
}
