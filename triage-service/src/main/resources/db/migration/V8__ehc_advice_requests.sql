-- Health advice asked of a clinical service for a child's EHC needs assessment: work for its clinicians, due 6 weeks
-- from the request (SEN and Disability Regulations 2014, reg. 8(1)). The advice written here stays here; the case
-- worker reads it with their own token.
CREATE TABLE advice_request (
    id                    uuid          PRIMARY KEY,
    assessment_id         uuid          NOT NULL,
    assessment_reference  varchar(13)   NOT NULL,
    child_id              uuid          NOT NULL,
    service               varchar(40)   NOT NULL,
    requested_on          date          NOT NULL,
    due_on                date          NOT NULL,
    child_given_name      varchar(100)  NOT NULL,
    child_family_name     varchar(100)  NOT NULL,
    child_date_of_birth   date          NOT NULL,
    nhs_number            char(10),
    school_urn            char(6),
    returned_on           date,
    known_to_service      boolean,
    advice                text,
    returned_by           varchar(100),
    received_at           timestamptz   NOT NULL
);
CREATE INDEX advice_request_by_service ON advice_request (service, due_on);
