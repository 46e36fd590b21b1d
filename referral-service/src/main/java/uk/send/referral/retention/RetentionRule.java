package uk.send.referral.retention;

import java.time.LocalDate;
import java.time.Period;

/**
 * How long a referral's records are kept once the child's care under it has ended, from the NHS Records Management
 * Code of Practice 2023, Appendix II (retention schedule):
 * <ul>
 * <li>children's records, "including paediatrics, child health records": until the 25th birthday, or the 26th if the
 * young person was 17 at the conclusion of treatment;</li>
 * <li>records of care that ended at 18 or over, as for adults' health records: 8 years after the conclusion of
 * treatment.</li>
 * </ul>
 * A referral's care ends the day it closes. The Code's "or 8 years after death" is not applied: the platform is not
 * told of a death, so a child's records are kept to the longer date. The ages and the period are configuration
 * ({@link RetentionConfig}), so that a partnership whose own schedule keeps records longer can say so.
 */
public record RetentionRule(int childrenUntilAge, int seventeenAtEndUntilAge, Period adultsAfterEnd) {

    /** The age from which care is an adult's. */
    static final int ADULT_AT = 18;

    /** The rule as configured. */
    public static RetentionRule of(RetentionConfig config) {
        return new RetentionRule(config.childrensRecordsUntilAge(), config.seventeenAtEndUntilAge(),
                config.adultsRecordsAfterCareEnds());
    }

    /** The last day the records are kept: they go on the day after, not before. */
    public LocalDate keptUntil(LocalDate dateOfBirth, LocalDate careEndedOn) {
        int ageAtEnd = Period.between(dateOfBirth, careEndedOn).getYears();
        if (ageAtEnd >= ADULT_AT) {
            return careEndedOn.plus(adultsAfterEnd);
        }
        return dateOfBirth.plusYears(ageAtEnd == ADULT_AT - 1 ? seventeenAtEndUntilAge : childrenUntilAge);
    }

    /** Whether the records' period has passed on this day. */
    public boolean hasPassed(LocalDate dateOfBirth, LocalDate careEndedOn, LocalDate today) {
        return today.isAfter(keptUntil(dateOfBirth, careEndedOn));
    }

    /**
     * A first sieve for the database, the rule itself deciding: records past their period today belong to a child born
     * on or before this day, or to care that ended on or before {@link #careEndedOnOrBefore}.
     */
    LocalDate bornOnOrBefore(LocalDate today) {
        return today.minusYears(Math.min(childrenUntilAge, seventeenAtEndUntilAge));
    }

    LocalDate careEndedOnOrBefore(LocalDate today) {
        return today.minus(adultsAfterEnd);
    }
}
