package uk.send.transition;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "transition")
public interface TransitionConfig {

    /** How many months ahead of a transition its family, school and case worker are told, once for each. */
    @WithDefault("12,6")
    List<Integer> leadTimesMonths();

    /** How near a transition must be before an incomplete plan is raised. */
    @WithDefault("10")
    int incompleteWarningWeeks();

    /** How many months before a young person's 18th birthday an open children's-only referral is handed over. */
    @WithDefault("6")
    int adultHandoverMonths();

    /** When the daily scan runs (Quartz-style cron); "off" to disable it. */
    @WithDefault("0 0 6 * * ?")
    String scanCron();
}
