package uk.send.referral.api;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import uk.send.problems.Problem;
import uk.send.referral.family.YoungPerson;

/**
 * A referral may name the young person themself as a contact only once they are over compulsory school age, and
 * only once: until then their parents are told on their behalf.
 */
final class YoungPersonContacts {

    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    private YoungPersonContacts() {
    }

    static List<Problem.Violation> violations(SubmitReferralRequest request) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (request.child() == null || request.child().dateOfBirth() == null || request.familyContacts() == null) {
            return violations;
        }
        boolean youngPerson = YoungPerson.isYoungPerson(request.child().dateOfBirth(), LocalDate.now(ENGLAND));
        int named = 0;
        for (int i = 0; i < request.familyContacts().size(); i++) {
            if (!request.familyContacts().get(i).isYoungPerson()) {
                continue;
            }
            String field = "familyContacts[" + i + "].youngPerson";
            if (!youngPerson) {
                violations.add(new Problem.Violation(field, "can be true only once the child is over compulsory "
                        + "school age (from the end of the last Friday in June of the school year in which they "
                        + "turn 16) and under 25"));
            } else if (++named > 1) {
                violations.add(new Problem.Violation(field, "only one contact can be the young person themself"));
            }
        }
        return violations;
    }
}
