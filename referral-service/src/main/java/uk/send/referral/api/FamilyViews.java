package uk.send.referral.api;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import uk.send.access.AccessRecords;
import uk.send.access.CallerIdentity;
import uk.send.referral.FamilyContact;
import uk.send.referral.ReferralNotFound;
import uk.send.referral.family.FamilyAccess;

/**
 * What a signed-in family account is shown, for the API and the page alike: the family view of each referral its
 * account is linked to, never by the email in its token and never to an account whose email is not verified, and
 * the record that it was shown.
 */
@ApplicationScoped
public class FamilyViews {

    private final CallerIdentity caller;
    private final FamilyAccess familyAccess;
    private final AccessRecords accessRecords;

    FamilyViews(CallerIdentity caller, FamilyAccess familyAccess, AccessRecords accessRecords) {
        this.caller = caller;
        this.familyAccess = familyAccess;
        this.accessRecords = accessRecords;
    }

    /** Every linked referral, newest first, recorded as shown as {@code what}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<FamilyReferralView> all(String what) {
        List<FamilyReferralView> views = linked().stream()
                .map(contact -> FamilyReferralView.of(contact.referral(), contact)).toList();
        accessRecords.referralsShown(views.stream().map(FamilyReferralView::id).toList(), what);
        return views;
    }

    /** One linked referral, recorded as shown as {@code what}; not found unless the account is linked to it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public FamilyReferralView one(UUID referralId, String what) {
        FamilyContact contact = linked().stream().filter(c -> c.referral().id().equals(referralId)).findFirst()
                .orElseThrow(ReferralNotFound::new);
        accessRecords.referralShown(referralId, what);
        return FamilyReferralView.of(contact.referral(), contact);
    }

    private List<FamilyContact> linked() {
        if (!caller.emailVerified()) {
            throw new EmailNotVerified();
        }
        return familyAccess.linkedContacts(caller.subject());
    }
}
