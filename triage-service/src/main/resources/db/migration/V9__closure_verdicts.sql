-- The scorecard counts notification-service's verdict on each closure instead of judging the notices itself: the
-- rule lives in one place. The notices it used to judge by are no longer kept here.
CREATE TABLE scorecard_closure_verdict (
    referral_id  uuid         PRIMARY KEY,
    verdict      text         NOT NULL,
    problem      text,
    sla_minutes  integer      NOT NULL,
    decided_at   timestamptz  NOT NULL
);
DROP TABLE scorecard_notice;
DROP INDEX scorecard_referral_closure;
ALTER TABLE scorecard_referral DROP COLUMN closure_event_id;
