-- Transitions right in law: three-tier areas, moves between post-16 institutions, the EHC plan's issue date, and
-- children learned from a referral marked until a case worker confirms their details.
ALTER TABLE child
    ADD COLUMN middle_school_from  smallint,
    ADD COLUMN upper_school_from   smallint,
    ADD COLUMN post_16_move_on     date,
    ADD COLUMN ehc_plan_issued_on  date,
    ADD COLUMN details_confirmed   boolean NOT NULL DEFAULT true;

-- The statutory review before a phase transfer: when the meeting was held and when the amended plan was issued.
-- A plan marked "reviewed" before is taken as amended on the day it was marked.
ALTER TABLE transition_plan
    ADD COLUMN review_held_on          date,
    ADD COLUMN amended_plan_issued_on  date;
UPDATE transition_plan SET amended_plan_issued_on = (updated_at AT TIME ZONE 'Europe/London')::date
    WHERE ehc_plan_reviewed;
UPDATE transition_plan SET review_held_on = amended_plan_issued_on WHERE amended_plan_issued_on IS NOT NULL;
ALTER TABLE transition_plan DROP COLUMN ehc_plan_reviewed;

-- Schools and settings of the area, so that a child's record names only a school that exists. Learned from
-- referrals and registrations, or added by a case worker.
CREATE TABLE known_school (
    urn       char(6)       PRIMARY KEY,
    name      varchar(200),
    added_at  timestamptz   NOT NULL
);
INSERT INTO known_school (urn, added_at) SELECT DISTINCT school_urn, now() FROM child WHERE school_urn IS NOT NULL;

-- Every correction of a child's record: which field, from what, to what, by whom and when.
CREATE TABLE child_correction (
    id          bigserial     PRIMARY KEY,
    child_id    uuid          NOT NULL REFERENCES child (id),
    field       varchar(40)   NOT NULL,
    old_value   varchar(200),
    new_value   varchar(200),
    changed_by  varchar(100)  NOT NULL,
    changed_at  timestamptz   NOT NULL
);
CREATE INDEX child_correction_child ON child_correction (child_id, changed_at);
CREATE INDEX child_to_confirm ON child (created_at) WHERE NOT details_confirmed;

-- The days the daily scan finished, so that a start-up after a missed scan runs it.
CREATE TABLE scan_run (
    day          date         PRIMARY KEY,
    finished_at  timestamptz  NOT NULL,
    raised       integer      NOT NULL
);
