package uk.send.transition.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;

import uk.send.contracts.TransitionType;

/**
 * The statutory review of an EHC plan before a phase transfer, worked back from its deadline.
 *
 * <p>The deadline is the SEN and Disability Regulations 2014, regulation 18(1) (SEND Code of Practice 0 to 25,
 * 9.179 and 9.180): the plan must be reviewed and amended by 15 February of the calendar year of the transfer, by
 * 31 March for a move from secondary school to a post-16 institution, and at least five months before a move between
 * post-16 institutions (which the Code asks to be completed by 31 March too when the move is at the start of an
 * academic year). Regulation 2 lists the phase transfers: early years to school, infant to junior, primary to middle,
 * primary to secondary, middle to secondary, secondary to post-16.
 *
 * <p>Working back: after the review meeting the local authority has four weeks to decide whether to amend the plan
 * (regulation 20(10); Code 9.176), and the amended plan follows within eight weeks of its amendment notice
 * (regulation 22; Code 9.194). So the meeting must be held twelve weeks before the deadline at the latest
 * ({@link #reviewBy}). The review should be arranged from twelve weeks before that ({@link #arrangeFrom}, which for a
 * September move is the start of the last school year in the current phase, as the Code expects the review to start
 * in the autumn term), giving the school time to give everyone the two weeks' notice the meeting needs (Code 9.176).
 *
 * @param amendedPlanBy the statutory deadline for the reviewed and amended plan
 * @param reviewBy the latest day the review meeting can be held for the plan to be amended in time
 * @param arrangeFrom from when the review should be arranged or held
 */
public record PhaseTransferReview(LocalDate amendedPlanBy, LocalDate reviewBy, LocalDate arrangeFrom) {

    /** The local authority's decision (4 weeks) and the amended plan (8 weeks) after the review meeting. */
    static final int WEEKS_FROM_REVIEW_TO_AMENDED_PLAN = 4 + 8;
    static final int WEEKS_TO_ARRANGE_REVIEW = 12;
    /** The second reminder: four weeks before the latest review date, time enough to hold it on two weeks' notice. */
    static final int WEEKS_BEFORE_REVIEW_TO_REMIND = 4;

    /** Why a reminder is sent, and which date it warns about. */
    public enum ReminderKind {
        /** The review should be arranged now; warns about {@link #reviewBy}. */
        ARRANGE_REVIEW,
        /** The review must be held soon; warns about {@link #reviewBy}. */
        HOLD_REVIEW
    }

    /** A reminder to the case worker, the school and the family: from when it goes, and the date it warns about. */
    public record Reminder(ReminderKind kind, LocalDate from, LocalDate warnsAbout) {
    }

    /** The review before a phase transfer on {@code on}. */
    public static PhaseTransferReview before(TransitionType transfer, LocalDate on) {
        LocalDate deadline = deadline(transfer, on);
        LocalDate reviewBy = deadline.minusWeeks(WEEKS_FROM_REVIEW_TO_AMENDED_PLAN);
        return new PhaseTransferReview(deadline, reviewBy, reviewBy.minusWeeks(WEEKS_TO_ARRANGE_REVIEW));
    }

    /** Regulation 18(1). */
    static LocalDate deadline(TransitionType transfer, LocalDate on) {
        return switch (transfer) {
            case POST_16 -> LocalDate.of(on.getYear(), Month.MARCH, 31);
            case POST_16_INSTITUTION -> {
                LocalDate fiveMonthsBefore = on.minusMonths(5);
                LocalDate thirtyFirstMarch = LocalDate.of(on.getYear(), Month.MARCH, 31);
                boolean startOfAcademicYear = on.getMonth() == Month.SEPTEMBER || on.getMonth() == Month.AUGUST;
                yield startOfAcademicYear && thirtyFirstMarch.isBefore(fiveMonthsBefore) ? thirtyFirstMarch
                        : fiveMonthsBefore;
            }
            case STARTING_RECEPTION, JUNIOR_SCHOOL, MIDDLE_SCHOOL, SECONDARY_SCHOOL ->
                    LocalDate.of(on.getYear(), Month.FEBRUARY, 15);
            default -> throw new IllegalArgumentException(transfer + " is not a phase transfer");
        };
    }

    /** The reminders to the case worker, the school and the family, each well before the date it warns about. */
    public List<Reminder> reminders() {
        return List.of(new Reminder(ReminderKind.ARRANGE_REVIEW, arrangeFrom, reviewBy),
                new Reminder(ReminderKind.HOLD_REVIEW, reviewBy.minusWeeks(WEEKS_BEFORE_REVIEW_TO_REMIND), reviewBy));
    }
}
