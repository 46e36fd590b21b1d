package uk.send.triage.waiting;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How often waiting families hear their place and wait, and what counts as a change worth telling at once. */
@ConfigMapping(prefix = "waiting-news")
public interface WaitingNewsConfig {

    /** Weeks between updates. */
    @WithDefault("6")
    int intervalWeeks();

    /** An estimate that moved by more than this many weeks is told at once. */
    @WithDefault("4")
    int estimateChangeWeeks();

    /** A place that moved by at least this many places, and by a quarter of the last place, is told at once. */
    @WithDefault("5")
    int placeChange();

    /** When the updates due are sent (Quartz-style cron); "off" to disable. */
    @WithDefault("0 30 7 * * ?")
    String cron();
}
