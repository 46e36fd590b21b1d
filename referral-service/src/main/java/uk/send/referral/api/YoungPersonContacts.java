package uk.send.referral.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.send.identifiers.England;
import uk.send.problems.Problem;
import uk.send.referral.family.YoungPerson;

/**
 * A referral may name the young person themself as a contact only once they are over compulsory school age, and
 * only once: until then their parents are told on their behalf.
 */
final class YoungPersonContacts {

    /** One contact of the referral as it would be: the field a violation names, and whether it is the young person. */
    record Named(String field, boolean youngPerson) {
    }

    private YoungPersonContacts() {
    }

    static List<Problem.Violation> violations(SubmitReferralRequest request) {
        if (request.child() == null || request.child().dateOfBirth() == null || request.familyContacts() == null) {
            return List.of();
        }
        List<Named> contacts = new ArrayList<>();
        for (int i = 0; i < request.familyContacts().size(); i++) {
            contacts.add(new Named("familyContacts[" + i + "].youngPerson",
                    request.familyContacts().get(i).isYoungPerson()));
        }
        return violations(request.child().dateOfBirth(), contacts);
    }

    /** The violations of a referral's contacts as they would be, in order: the second young person named is refused. */
    static List<Problem.Violation> violations(LocalDate dateOfBirth, List<Named> contacts) {
        List<Problem.Violation> violations = new ArrayList<>();
        boolean youngPerson = YoungPerson.isYoungPerson(dateOfBirth, England.today());
        int named = 0;
        for (Named contact : contacts) {
            if (!contact.youngPerson()) {
                continue;
            }
            if (!youngPerson) {
                violations.add(new Problem.Violation(contact.field(), "can be true only once the child is over "
                        + "compulsory school age (from the end of the last Friday in June of the school year in "
                        + "which they turn 16) and under 25"));
            } else if (++named > 1) {
                violations.add(new Problem.Violation(contact.field(), "only one contact can be the young person "
                        + "themself"));
            }
        }
        return violations;
    }
}
