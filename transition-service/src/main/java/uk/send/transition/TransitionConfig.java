package uk.send.transition;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "transition")
public interface TransitionConfig {

    /**
     * For a transition without a statutory deadline, how many months ahead its family, school and case worker are
     * told, once for each. A phase transfer of a child with an EHC plan has its reminders set by the statutory review.
     */
    @WithDefault("12,6")
    List<Integer> leadTimesMonths();

    /**
     * For a transition without a statutory deadline, how many weeks before it an incomplete plan is raised: a term
     * and a half, so that the receiving setting still has time to act. With a deadline, the review date decides.
     */
    @WithDefault("20")
    int incompleteWarningWeeks();

    /** How many months before a children's service ends its hand-over to the adult service is planned (NICE NG43). */
    @WithDefault("6")
    int adultHandoverMonths();

    /**
     * Per clinical service that ends in childhood (its name, for example {@code CAMHS}): when it ends and which adult
     * service takes its referrals over. A service not named here carries on past 18.
     */
    Map<String, AdultHandoverRule> handover();

    /** When the daily scan runs (Quartz-style cron); "off" to disable it. */
    @WithDefault("0 0 6 * * ?")
    String scanCron();

    /** Reminders of the EHC plan process. */
    Ehc ehc();

    interface Ehc {

        /** How many days before a statutory limit of an assessment or review the case worker is reminded. */
        @WithDefault("7")
        int reminderDays();

        /**
         * How many weeks before an annual review is due the school, the family and the case worker are told: time
         * for the school to ask for advice and give two weeks' notice of the meeting (Code of Practice 9.176).
         */
        @WithDefault("8")
        int reviewNoticeWeeks();

        /**
         * The Department for Education's latest national share of new EHC plans issued within 20 weeks, excluding
         * exceptions, shown beside the partnership's own: update it when DfE publishes the next year.
         */
        @WithDefault("46.4")
        double nationalWithinTwentyWeeksPercent();

        @WithDefault("calendar year 2024")
        String nationalPeriod();

        @WithDefault("Department for Education, Education, health and care plans: reporting year 2025 (England)")
        String nationalSource();
    }

    interface AdultHandoverRule {

        /** An age ({@code 18}) or {@code leaving-school}: the end of the school year of Year 13. */
        String ends();

        /** The adult service that takes the referral over; none, and the case worker decides. */
        Optional<String> adultService();
    }
}
