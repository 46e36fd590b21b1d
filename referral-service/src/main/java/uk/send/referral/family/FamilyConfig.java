package uk.send.referral.family;

import java.time.Duration;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How family invitations behave. */
@ConfigMapping(prefix = "family")
public interface FamilyConfig {

    /** How long an invitation code can be used: long enough for a letter to arrive and be acted on. */
    @WithDefault("P28D")
    Duration invitationValidFor();

    /** Wrong codes one account may enter in an hour before it must wait. */
    @WithDefault("5")
    int wrongCodesPerHour();

    /** Where the family's messages are read from, with the family's own token (NOTIFICATION_SERVICE_URL). */
    String notificationServiceUrl();

    /**
     * The languages (ISO 639 codes) the family page and every message are written in. A family preferring another
     * language is told, on the page and in the API, that they are sent English.
     */
    @WithDefault("en")
    Set<String> translations();
}
