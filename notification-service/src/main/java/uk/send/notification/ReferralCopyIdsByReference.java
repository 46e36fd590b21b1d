package uk.send.notification;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import uk.send.access.ReferralIds;

/** The references of the referrals this service has copied, for a request that names a referral by it. */
@ApplicationScoped
public class ReferralCopyIdsByReference implements ReferralIds {

    @Override
    public Optional<UUID> idOf(String reference) {
        return ReferralCopy.<ReferralCopy>find("reference", reference).firstResultOptional()
                .map(copy -> copy.referralId);
    }
}
