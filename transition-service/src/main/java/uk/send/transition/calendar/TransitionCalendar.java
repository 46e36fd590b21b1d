package uk.send.transition.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

import uk.send.contracts.TransitionType;

/**
 * A child's transition points from birth to 25, with the statutory deadlines (SEND Regulations 2014, regulation 18):
 * for a move between school phases the EHC plan must be reviewed and amended by 15 February of the year of transfer;
 * for the move from secondary school to post-16 education, by 31 March. Annual reviews fall every 12 months, and every
 * 6 months for a child under 5 (the code of practice asks for 3 to 6).
 */
public final class TransitionCalendar {

    private TransitionCalendar() {
    }

    /**
     * Every transition of the child, in date order.
     *
     * @param separateJuniorSchool whether the child's area has separate infant and junior schools (Year 3 then moves)
     */
    public static List<Transition> transitions(SchoolCalendar calendar, boolean separateJuniorSchool) {
        List<Transition> transitions = new ArrayList<>();
        LocalDate reception = calendar.startOf(SchoolCalendar.RECEPTION);
        transitions.add(new Transition(TransitionType.STARTING_RECEPTION, reception, phaseTransferDeadline(reception)));
        if (separateJuniorSchool) {
            LocalDate junior = calendar.startOf(3);
            transitions.add(new Transition(TransitionType.JUNIOR_SCHOOL, junior, phaseTransferDeadline(junior)));
        }
        LocalDate secondary = calendar.startOf(7);
        transitions.add(new Transition(TransitionType.SECONDARY_SCHOOL, secondary, phaseTransferDeadline(secondary)));
        transitions.add(new Transition(TransitionType.PREPARATION_FOR_ADULTHOOD, calendar.startOf(9), null));
        LocalDate post16 = calendar.startOf(12);
        transitions.add(new Transition(TransitionType.POST_16, post16, post16Deadline(post16)));
        transitions.add(new Transition(TransitionType.ADULT_SERVICES, calendar.birthday(18), null));
        transitions.add(new Transition(TransitionType.POST_19, calendar.birthday(19), null));
        transitions.add(new Transition(TransitionType.EHC_PLAN_ENDS, calendar.birthday(25), null));
        transitions.sort((a, b) -> a.on().compareTo(b.on()));
        return transitions;
    }

    /** 15 February of the calendar year in which the child moves school phase. */
    public static LocalDate phaseTransferDeadline(LocalDate transfer) {
        return LocalDate.of(transfer.getYear(), Month.FEBRUARY, 15);
    }

    /** 31 March of the calendar year in which the young person moves from secondary school to post-16. */
    public static LocalDate post16Deadline(LocalDate transfer) {
        return LocalDate.of(transfer.getYear(), Month.MARCH, 31);
    }

    /** When the next annual review of an EHC plan is due after the last one. */
    public static LocalDate nextAnnualReview(SchoolCalendar calendar, LocalDate lastReviewed) {
        return calendar.ageOn(lastReviewed) < 5 ? lastReviewed.plusMonths(6) : lastReviewed.plusMonths(12);
    }
}
