package uk.send.transition.ehc;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A school's closure, for the holiday exception to the assessment's limits: it applies only if the school was closed
 * for a continuous period of at least 4 weeks, and advice was asked of its head teacher from one week before the
 * closure began to one week before it re-opened (SEN and Disability Regulations 2014, regs. 5(4)(a) and 10(4)(a)).
 *
 * @param closedFrom the first day the school was closed
 * @param reopensOn the day it opened again
 */
public record SchoolClosure(LocalDate closedFrom, LocalDate reopensOn) {

    static final int MINIMUM_WEEKS = 4;

    public boolean longEnough() {
        return ChronoUnit.DAYS.between(closedFrom, reopensOn) >= MINIMUM_WEEKS * 7L;
    }

    /** Whether advice asked of the school on this day lets the limits pass as an exception. */
    public boolean excusesAdviceAskedOn(LocalDate askedOn) {
        return longEnough() && !askedOn.isBefore(closedFrom.minusWeeks(1)) && askedOn.isBefore(reopensOn.minusWeeks(1));
    }
}
