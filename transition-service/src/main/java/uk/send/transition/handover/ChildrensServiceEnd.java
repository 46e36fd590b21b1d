package uk.send.transition.handover;

import java.time.LocalDate;
import java.util.Optional;

import uk.send.contracts.ClinicalService;
import uk.send.transition.calendar.SchoolCalendar;

/**
 * When a children's clinical service ends for a young person and which adult service takes them on, as the
 * partnership configures it. Hand-over is planned from six months before (NICE guideline NG43, section 1.2 on
 * transition planning and 1.3 on support before transfer: planning early, a named worker, the young person
 * involved), and the young person keeps their wait: the adult referral carries the day the children's one was
 * received.
 *
 * @param age the birthday on which the service ends, or null when it ends on leaving school
 * @param adultService the adult service that takes the referral over; empty where none does, and a case worker decides
 */
public record ChildrensServiceEnd(ClinicalService service, Integer age, Optional<ClinicalService> adultService) {

    /** Year 14 would follow the last school year, Year 13: a young person leaves school when it ends. */
    private static final int AFTER_LAST_SCHOOL_YEAR = 14;

    public ChildrensServiceEnd {
        if (age != null && (age < 16 || age > 25)) {
            throw new IllegalArgumentException(service + ": a children's service ends between 16 and 25, not " + age);
        }
        if (adultService.filter(adult -> !adult.forAdults()).isPresent()) {
            throw new IllegalArgumentException(service + " cannot hand over to " + adultService.get()
                    + ", which is not an adult service");
        }
    }

    /** Parses the configured end: an age, or {@code leaving-school}. */
    public static ChildrensServiceEnd of(ClinicalService service, String ends, Optional<ClinicalService> adultService) {
        if ("leaving-school".equals(ends)) {
            return new ChildrensServiceEnd(service, null, adultService);
        }
        try {
            return new ChildrensServiceEnd(service, Integer.valueOf(ends.trim()), adultService);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(service + ": the service ends at an age or 'leaving-school', not '"
                    + ends + "'");
        }
    }

    /** The day the young person moves to the adult service: their birthday, or the day after Year 13 ends. */
    public LocalDate transferOn(SchoolCalendar calendar) {
        return age != null ? calendar.birthday(age) : calendar.startOf(AFTER_LAST_SCHOOL_YEAR);
    }

    /** The day planning starts: {@code months} before the transfer. */
    public LocalDate planningFrom(SchoolCalendar calendar, int months) {
        return transferOn(calendar).minusMonths(months);
    }
}
