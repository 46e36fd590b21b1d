package uk.send.transition.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.send.contracts.TransitionType;

/** SEN and Disability Regulations 2014, regulations 18, 20 and 22; SEND Code of Practice 9.176 to 9.180, 9.194. */
class PhaseTransferReviewTest {

    @Test
    void aMoveToSecondarySchoolNeedsTheAmendedPlanByFifteenthFebruaryAndTheReviewTwelveWeeksBefore() {
        PhaseTransferReview review = PhaseTransferReview.before(TransitionType.SECONDARY_SCHOOL,
                LocalDate.of(2027, 9, 1));

        assertThat(review.amendedPlanBy()).isEqualTo("2027-02-15");
        assertThat(review.reviewBy()).isEqualTo("2026-11-23");
        assertThat(review.arrangeFrom()).isEqualTo("2026-08-31");
        assertThat(review.reminders()).extracting(PhaseTransferReview.Reminder::from)
                .containsExactly(LocalDate.of(2026, 8, 31), LocalDate.of(2026, 10, 26));
        assertThat(review.reminders()).allSatisfy(r -> assertThat(r.from()).isBefore(r.warnsAbout()));
    }

    @Test
    void everyOtherPhaseTransferToSchoolHasTheSameFifteenthFebruaryDeadline() {
        for (TransitionType move : new TransitionType[] {TransitionType.STARTING_RECEPTION,
                TransitionType.JUNIOR_SCHOOL, TransitionType.MIDDLE_SCHOOL}) {
            assertThat(PhaseTransferReview.before(move, LocalDate.of(2028, 9, 1)).amendedPlanBy())
                    .as(move.name()).isEqualTo("2028-02-15");
        }
    }

    @Test
    void aMoveToPost16NeedsTheAmendedPlanByThirtyFirstMarch() {
        assertThat(PhaseTransferReview.before(TransitionType.POST_16, LocalDate.of(2027, 9, 1)).amendedPlanBy())
                .isEqualTo("2027-03-31");
    }

    @Test
    void aMoveBetweenPost16InstitutionsNeedsItFiveMonthsBeforeAndBy31MarchForASeptemberStart() {
        assertThat(PhaseTransferReview.before(TransitionType.POST_16_INSTITUTION, LocalDate.of(2028, 1, 8))
                .amendedPlanBy()).isEqualTo("2027-08-08");
        assertThat(PhaseTransferReview.before(TransitionType.POST_16_INSTITUTION, LocalDate.of(2028, 9, 4))
                .amendedPlanBy()).isEqualTo("2028-03-31");
    }

    @Test
    void aBirthdayIsNotAPhaseTransfer() {
        assertThatThrownBy(() -> PhaseTransferReview.before(TransitionType.ADULT_SERVICES, LocalDate.of(2030, 5, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
