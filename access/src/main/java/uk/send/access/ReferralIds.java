package uk.send.access;

import java.util.Optional;
import java.util.UUID;

/** Finds the id of a referral from its reference, in the service's own copy of the referrals. */
public interface ReferralIds {

    /** The id of the referral with this reference (as stored: {@code SND-4KQ7-9TXC}), if this service knows it. */
    Optional<UUID> idOf(String reference);
}
