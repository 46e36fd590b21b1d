-- EHC needs assessments on the 20-week clock, the advice asked for each, the exceptions the regulations allow, and
-- annual reviews with their decision and amended plan (SEN and Disability Regulations 2014, regs. 4 to 13, 18 to 22).

-- For a child under 5, how often their plan is reviewed (every 3 to 6 months, Code of Practice 9.178); null: 6.
ALTER TABLE child ADD COLUMN review_interval_months smallint
    CHECK (review_interval_months BETWEEN 3 AND 6);

CREATE TABLE ehc_assessment (
    id               uuid          PRIMARY KEY,
    reference        varchar(13)   NOT NULL UNIQUE,
    child_id         uuid          NOT NULL REFERENCES child (id),
    requested_on     date          NOT NULL,
    requested_by     varchar(20)   NOT NULL,
    recorded_by      varchar(100)  NOT NULL,
    state            varchar(20)   NOT NULL,
    decided_on       date,
    no_plan_on       date,
    draft_sent_on    date,
    final_issued_on  date,
    created_at       timestamptz   NOT NULL
);
-- One assessment open per child at a time: a second request while one runs is the same request.
CREATE UNIQUE INDEX ehc_assessment_one_open ON ehc_assessment (child_id)
    WHERE state IN ('REQUESTED', 'ASSESSING', 'DRAFT_SENT');

CREATE TABLE ehc_advice_request (
    id                uuid          PRIMARY KEY,
    assessment_id     uuid          NOT NULL REFERENCES ehc_assessment (id),
    kind              varchar(30)   NOT NULL,
    service           varchar(40),
    requested_on      date          NOT NULL,
    due_on            date          NOT NULL,
    returned_on       date,
    known_to_service  boolean,
    exception_reason  varchar(30),
    exception_note    varchar(500)
);
-- One request of each kind (and, for health advice, of each service) per assessment.
CREATE UNIQUE INDEX ehc_advice_request_once ON ehc_advice_request (assessment_id, kind, coalesce(service, ''));

CREATE TABLE ehc_clock_exception (
    assessment_id  uuid          NOT NULL REFERENCES ehc_assessment (id),
    time_limit     varchar(30)   NOT NULL,
    reason         varchar(30)   NOT NULL,
    note           varchar(500)  NOT NULL,
    closed_from    date,
    reopens_on     date,
    recorded_by    varchar(100)  NOT NULL,
    recorded_at    timestamptz   NOT NULL,
    PRIMARY KEY (assessment_id, time_limit)
);

CREATE TABLE ehc_annual_review (
    id                      uuid          PRIMARY KEY,
    child_id                uuid          NOT NULL REFERENCES child (id),
    due_on                  date          NOT NULL,
    held_on                 date          NOT NULL,
    phase_transfer          varchar(40),
    decision                varchar(10),
    decided_on              date,
    amended_plan_issued_on  date,
    recorded_by             varchar(100)  NOT NULL,
    created_at              timestamptz   NOT NULL,
    UNIQUE (child_id, held_on)
);
