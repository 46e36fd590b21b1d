package uk.send.referral;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import uk.send.access.ReferralIds;

/** The referrals' references, for a request that names a referral by its reference rather than its id. */
@ApplicationScoped
public class ReferralIdsByReference implements ReferralIds {

    @Override
    public Optional<UUID> idOf(String reference) {
        return Referral.<Referral>find("reference", reference).firstResultOptional().map(Referral::id);
    }
}
