package uk.send.referral.retention;

import java.time.Period;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How long a referral's records are kept after its care ends, and when the job that destroys them runs. The defaults
 * are the NHS Records Management Code of Practice 2023's (see {@link RetentionRule}).
 */
@ConfigMapping(prefix = "retention")
public interface RetentionConfig {

    /** Children's records are kept until this birthday (RETENTION_CHILDRENS_RECORDS_UNTIL_AGE). */
    @WithDefault("25")
    int childrensRecordsUntilAge();

    /** ... or this one if the young person was 17 when their care ended (RETENTION_SEVENTEEN_AT_END_UNTIL_AGE). */
    @WithDefault("26")
    int seventeenAtEndUntilAge();

    /** Records of care that ended at 18 or over are kept this long after (RETENTION_ADULTS_RECORDS_AFTER_CARE_ENDS). */
    @WithDefault("P8Y")
    Period adultsRecordsAfterCareEnds();

    /** When the job runs, England's time (a Quartz cron; {@code off} stops it: RETENTION_CRON). */
    String cron();

    /** How many referrals one run destroys at most, so that a first run on old data does not run for hours. */
    @WithDefault("500")
    int mostPerRun();
}
