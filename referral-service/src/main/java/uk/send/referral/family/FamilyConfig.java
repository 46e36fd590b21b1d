package uk.send.referral.family;

import java.time.Duration;

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

    /** Where the family reads every message sent to them: notification-service's page (FAMILY_MESSAGES_URL). */
    String messagesUrl();
}
