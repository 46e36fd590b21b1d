package uk.send.transition.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import uk.send.contracts.TransitionType;

/**
 * A child's transition points from birth to 25. For a child with an EHC plan each phase transfer carries its
 * statutory review ({@link PhaseTransferReview}); for a child without one the same points are planned as support,
 * with no statutory deadline.
 *
 * <p>Preparation for adulthood is not a single date: it is offered from Year 7 and part of every review from Year 9
 * (SEND Code of Practice 8.9 to 8.11, 9.166), so it is reported with the annual review
 * ({@link #preparingForAdulthood}).
 * An EHC plan may be kept until the end of the academic year in which the young person turns 25 (Children and
 * Families Act 2014, section 46; the academic year ends on 31 July, SEN and Disability Regulations 2014, regulation
 * 46).
 */
public final class TransitionCalendar {

    /** Year 12, the first year after compulsory school age. */
    public static final int POST_16_FROM = 12;
    /** Preparation for adulthood: offered from Year 7, part of every review from Year 9. */
    public static final int ADULTHOOD_OFFERED_FROM = 7;
    public static final int ADULTHOOD_IN_EVERY_REVIEW_FROM = 9;

    private TransitionCalendar() {
    }

    /**
     * Every transition of the child, in date order.
     *
     * @param post16Move the day of a planned move between post-16 institutions, if one is known
     */
    public static List<Transition> transitions(SchoolCalendar calendar, SchoolStructure schools, LocalDate post16Move,
            boolean ehcPlan) {
        List<Transition> transitions = new ArrayList<>();
        phaseTransfer(transitions, TransitionType.STARTING_RECEPTION, calendar.startOf(SchoolCalendar.RECEPTION),
                ehcPlan);
        if (schools.threeTier()) {
            phaseTransfer(transitions, TransitionType.MIDDLE_SCHOOL, calendar.startOf(schools.middleSchoolFrom()),
                    ehcPlan);
            phaseTransfer(transitions, TransitionType.SECONDARY_SCHOOL, calendar.startOf(schools.upperSchoolFrom()),
                    ehcPlan);
        } else {
            if (schools.separateJuniorSchool()) {
                phaseTransfer(transitions, TransitionType.JUNIOR_SCHOOL, calendar.startOf(3), ehcPlan);
            }
            phaseTransfer(transitions, TransitionType.SECONDARY_SCHOOL,
                    calendar.startOf(SchoolStructure.SECONDARY_FROM), ehcPlan);
        }
        phaseTransfer(transitions, TransitionType.POST_16, calendar.startOf(POST_16_FROM), ehcPlan);
        if (post16Move != null) {
            phaseTransfer(transitions, TransitionType.POST_16_INSTITUTION, post16Move, ehcPlan);
        }
        transitions.add(new Transition(TransitionType.ADULT_SERVICES, calendar.birthday(18), null));
        transitions.add(new Transition(TransitionType.POST_19, calendar.birthday(19), null));
        transitions.add(new Transition(TransitionType.EHC_PLAN_ENDS, planEnds(calendar), null));
        transitions.sort(Comparator.comparing(Transition::on));
        return transitions;
    }

    private static void phaseTransfer(List<Transition> transitions, TransitionType type, LocalDate on,
            boolean ehcPlan) {
        transitions.add(new Transition(type, on, ehcPlan ? PhaseTransferReview.before(type, on) : null));
    }

    /**
     * The last day an EHC plan may be kept: 31 July at the end of the academic year (1 August to 31 July) in which
     * the young person turns 25.
     */
    public static LocalDate planEnds(SchoolCalendar calendar) {
        LocalDate twentyFifth = calendar.birthday(25);
        int endYear = twentyFifth.getMonthValue() >= Month.AUGUST.getValue() ? twentyFifth.getYear() + 1
                : twentyFifth.getYear();
        return LocalDate.of(endYear, Month.JULY, 31);
    }

    /** When the next annual review of an EHC plan is due after the last one. */
    public static LocalDate nextAnnualReview(SchoolCalendar calendar, LocalDate lastReviewed) {
        return calendar.ageOn(lastReviewed) < 5 ? lastReviewed.plusMonths(6) : lastReviewed.plusMonths(12);
    }

    /** Preparation for adulthood: from when it is offered, from when every review includes it. */
    public record Adulthood(LocalDate offeredFrom, LocalDate inEveryReviewFrom) {

        /** Whether a review on this day must cover preparation for adulthood. */
        public boolean partOfReviewOn(LocalDate day) {
            return !day.isBefore(inEveryReviewFrom);
        }
    }

    public static Adulthood preparingForAdulthood(SchoolCalendar calendar) {
        return new Adulthood(calendar.startOf(ADULTHOOD_OFFERED_FROM),
                calendar.startOf(ADULTHOOD_IN_EVERY_REVIEW_FROM));
    }
}
