package uk.send.referral.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import uk.send.access.AccessRecords;
import uk.send.access.CallerIdentity;
import uk.send.referral.FamilyContact;
import uk.send.referral.Referral;
import uk.send.referral.ReferralNotFound;
import uk.send.referral.ReferralEvents;
import uk.send.referral.Referrals;
import uk.send.referral.family.FamilyAccess;
import uk.send.referral.family.FamilyConfig;

/**
 * What a signed-in family account is shown and may change, for the API and the page alike: the family view of each
 * referral its account is linked to, never by the email in its token and never to an account whose email is not
 * verified; its own contact preferences; and the record of each.
 */
@ApplicationScoped
public class FamilyViews {

    private final CallerIdentity caller;
    private final FamilyAccess familyAccess;
    private final AccessRecords accessRecords;
    private final Referrals referrals;
    private final Set<String> translations;
    private final ReferralEvents events;

    FamilyViews(CallerIdentity caller, FamilyAccess familyAccess, AccessRecords accessRecords, Referrals referrals,
            FamilyConfig config, ReferralEvents events) {
        this.events = events;
        this.caller = caller;
        this.familyAccess = familyAccess;
        this.accessRecords = accessRecords;
        this.referrals = referrals;
        this.translations = config.translations();
    }

    /** Every linked referral, newest first, recorded as shown as {@code what}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<FamilyReferralView> all(String what) {
        List<FamilyReferralView> views = linked().stream()
                .map(contact -> FamilyReferralView.of(contact.referral(), contact, translations)).toList();
        accessRecords.referralsShown(views.stream().map(FamilyReferralView::id).toList(), what);
        return views;
    }

    /** One linked referral, recorded as shown as {@code what}; not found unless the account is linked to it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public FamilyReferralView one(UUID referralId, String what) {
        FamilyContact contact = linkedTo(referralId);
        accessRecords.referralShown(referralId, what);
        return FamilyReferralView.of(contact.referral(), contact, translations);
    }

    /**
     * Changes how the signed-in contact hears about one referral; the next notice follows. Recorded as a change of
     * the referral's personal data; not found unless the account is linked to it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public FamilyReferralView changePreferences(UUID referralId, FamilyPreferences preferences) {
        FamilyContact contact = linkedTo(referralId);
        Referral referral = referrals.locked(referralId).orElseThrow(ReferralNotFound::new);
        referrals.changeContacts(referral, Map.of(contact.id(), preferences.applyTo(contact.details())), List.of(),
                Instant.now());
        accessRecords.referralChanged(referralId, "family preferences changed");
        return FamilyReferralView.of(referral, contact, translations);
    }

    /**
     * Asks for an EHC needs assessment for the child of a linked referral, as the signed-in contact (the young person
     * themselves where they are one): the SEND team records it as received today. Not found unless linked.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void askForEhcAssessment(UUID referralId) {
        FamilyContact contact = linkedTo(referralId);
        events.ehcAssessmentRequested(referralId, contact.youngPerson(), Instant.now());
        accessRecords.referralChanged(referralId, "family asked for an EHC assessment");
    }

    private FamilyContact linkedTo(UUID referralId) {
        return linked().stream().filter(c -> c.referral().id().equals(referralId)).findFirst()
                .orElseThrow(ReferralNotFound::new);
    }

    private List<FamilyContact> linked() {
        if (!caller.emailVerified()) {
            throw new EmailNotVerified();
        }
        return familyAccess.linkedContacts(caller.subject());
    }
}
