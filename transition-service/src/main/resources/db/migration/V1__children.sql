-- Children and young people known to the partnership, registered by case workers or learnt from referrals.
CREATE TABLE child (
    id                       uuid          PRIMARY KEY,
    given_name               varchar(100)  NOT NULL,
    family_name              varchar(100)  NOT NULL,
    date_of_birth            date          NOT NULL,
    nhs_number               char(10)      UNIQUE,
    upn                      char(13)      UNIQUE,
    actual_year_group        smallint,
    year_group_recorded_on   date,
    setting                  varchar(30)   NOT NULL,
    school_urn               char(6),
    separate_junior_school   boolean       NOT NULL DEFAULT false,
    ehc_plan                 boolean       NOT NULL,
    ehc_plan_last_reviewed   date,
    social_care_involved     boolean       NOT NULL,
    created_at               timestamptz   NOT NULL
);

CREATE INDEX child_date_of_birth ON child (date_of_birth);

-- The child's referrals, so that a young person turning 18 with an open children's-only referral is handed over.
CREATE TABLE child_referral (
    referral_id  uuid         PRIMARY KEY,
    child_id     uuid         NOT NULL REFERENCES child (id),
    service      varchar(40)  NOT NULL,
    open         boolean      NOT NULL
);

CREATE INDEX child_referral_child ON child_referral (child_id);

-- What a transition needs before it happens: each item is recorded when it is in place.
CREATE TABLE transition_plan (
    child_id                  uuid          NOT NULL REFERENCES child (id),
    transition                varchar(40)   NOT NULL,
    ehc_plan_reviewed         boolean       NOT NULL DEFAULT false,
    health_advice             boolean       NOT NULL DEFAULT false,
    social_care_advice        boolean       NOT NULL DEFAULT false,
    adulthood_outcomes        boolean       NOT NULL DEFAULT false,
    receiving_setting         varchar(200),
    views_recorded            boolean       NOT NULL DEFAULT false,
    completed_on              date,
    updated_at                timestamptz   NOT NULL,
    PRIMARY KEY (child_id, transition)
);

-- Each transition event raised, once: the scan inserts here in the same transaction as the event's outbox row, so
-- a restart or a second scan running at the same time never raises it again.
CREATE TABLE transition_notice (
    notice_key  varchar(200)  PRIMARY KEY,
    child_id    uuid          NOT NULL REFERENCES child (id),
    raised_at   timestamptz   NOT NULL
);
