-- A referral as triage sees it: in its service's triage queue, then on its waiting list, until it leaves.
CREATE TABLE triage_case (
    referral_id           uuid          PRIMARY KEY,
    service               varchar(40)   NOT NULL,
    school_urn            char(6)       NOT NULL,
    child_given_name      varchar(100)  NOT NULL,
    child_family_name     varchar(100)  NOT NULL,
    child_date_of_birth   date          NOT NULL,
    reason                varchar(4000) NOT NULL,
    complex_health_needs  boolean       NOT NULL,
    safeguarding_concern  boolean       NOT NULL,
    stage                 varchar(30)   NOT NULL,
    priority              varchar(20),
    question              varchar(4000),
    received_at           timestamptz   NOT NULL,
    accepted_at           timestamptz,
    left_waiting_at       timestamptz,
    closed_at             timestamptz,
    updated_at            timestamptz   NOT NULL
);

CREATE INDEX triage_case_queue ON triage_case (service, stage, received_at);
-- The waiting estimate reads who left each service's waiting list, and when.
CREATE INDEX triage_case_left ON triage_case (service, left_waiting_at) WHERE left_waiting_at IS NOT NULL;

-- Every decision, with its reason: the triage record of a referral.
CREATE TABLE triage_decision (
    id            bigserial     PRIMARY KEY,
    referral_id   uuid          NOT NULL REFERENCES triage_case (referral_id),
    decision      varchar(30)   NOT NULL,
    priority      varchar(20),
    reason        varchar(4000),
    decided_by    varchar(200)  NOT NULL,
    decided_at    timestamptz   NOT NULL
);

CREATE INDEX triage_decision_referral ON triage_decision (referral_id, id);

-- Help a family can use while their child waits, per service.
CREATE TABLE support_offer (
    id           bigserial     PRIMARY KEY,
    service      varchar(40)   NOT NULL,
    position     smallint      NOT NULL,
    title        varchar(200)  NOT NULL,
    description  varchar(2000) NOT NULL,
    link         varchar(500)
);

INSERT INTO support_offer (service, position, title, description, link) VALUES
('SPEECH_AND_LANGUAGE_THERAPY', 1, 'Speech and language drop-in', 'Fortnightly sessions at your family hub with a speech and language therapist; no appointment needed.', NULL),
('SPEECH_AND_LANGUAGE_THERAPY', 2, 'Talking Together programme', 'Six weekly sessions for parents on building early language at home.', NULL),
('NEURODEVELOPMENTAL_ASSESSMENT', 1, 'Neurodiversity hub', 'Advice, peer support and workshops for families of children who may be autistic or have ADHD, before and after any diagnosis.', NULL),
('NEURODEVELOPMENTAL_ASSESSMENT', 2, 'Understanding behaviour course', 'An eight-week course for parents and carers run by the parent carer forum.', NULL),
('COMMUNITY_PAEDIATRICS', 1, 'Health visitor and school nurse advice line', 'Weekday advice on sleep, eating, toileting and development.', NULL),
('CAMHS', 1, 'Wellbeing drop-in for young people', 'Weekly open sessions with a mental health practitioner at the youth centre.', NULL),
('CAMHS', 2, 'Crisis line', 'If you are worried about your child''s safety now, call the 24-hour mental health crisis line, or 999 in an emergency.', NULL),
('OCCUPATIONAL_THERAPY', 1, 'Sensory play group', 'Weekly play sessions for children with sensory or motor needs, with an occupational therapy assistant.', NULL),
('PHYSIOTHERAPY', 1, 'Active play sessions', 'Supported physical activity sessions at the leisure centre.', NULL),
('EDUCATIONAL_PSYCHOLOGY', 1, 'Consultation line for parents', 'A monthly telephone consultation slot with an educational psychologist.', NULL);
