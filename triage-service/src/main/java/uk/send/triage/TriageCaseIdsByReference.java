package uk.send.triage;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import uk.send.access.ReferralIds;

/** The references of the referrals in triage, for a request (the portal's, the API's) that names one by it. */
@ApplicationScoped
public class TriageCaseIdsByReference implements ReferralIds {

    @Override
    public Optional<UUID> idOf(String reference) {
        return TriageCase.<TriageCase>find("reference", reference).firstResultOptional().map(c -> c.referralId);
    }
}
