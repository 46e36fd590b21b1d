package uk.send.transition.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How long a child's records here are kept, and when the job that destroys them runs. These are the local authority's
 * records of the child's special educational needs (transitions, EHC needs assessments, plans and reviews), not health
 * records: the Information and Records Management Society's retention guidelines keep SEN files, reviews and EHC plans
 * until the child's date of birth plus 31 years (a plan can run to 25; the Limitation Act 1980 allows claims for 6
 * years after).
 */
@ConfigMapping(prefix = "retention")
public interface RetentionConfig {

    /** A child's records are kept until this birthday (RETENTION_CHILD_RECORDS_UNTIL_AGE). */
    @WithDefault("31")
    int childRecordsUntilAge();

    /** When the job runs, England's time (a Quartz cron; {@code off} stops it: RETENTION_CRON). */
    String cron();

    /** How many children's records one run destroys at most. */
    @WithDefault("500")
    int mostPerRun();
}
