CREATE TABLE referral (
    id                      uuid          PRIMARY KEY,
    status                  varchar(40)   NOT NULL,
    service                 varchar(40)   NOT NULL,
    school_urn              char(6)       NOT NULL,
    school_contact_name     varchar(200)  NOT NULL,
    school_contact_email    varchar(254)  NOT NULL,
    child_given_name        varchar(100)  NOT NULL,
    child_family_name       varchar(100)  NOT NULL,
    child_date_of_birth     date          NOT NULL,
    child_nhs_number        char(10),
    child_upn               char(13),
    child_year_group        smallint,
    reason                  varchar(4000) NOT NULL,
    complex_health_needs    boolean       NOT NULL,
    safeguarding_concern    boolean       NOT NULL,
    consent_recorded_by     varchar(200)  NOT NULL,
    consent_recorded_at     timestamptz   NOT NULL,
    priority                varchar(20),
    closure_reason          varchar(40),
    submitted_by            varchar(200)  NOT NULL,
    submitted_at            timestamptz   NOT NULL,
    updated_at              timestamptz   NOT NULL,
    CONSTRAINT closed_has_reason CHECK ((status = 'CLOSED') = (closure_reason IS NOT NULL))
);

CREATE INDEX referral_school ON referral (school_urn, submitted_at DESC);
CREATE INDEX referral_service ON referral (service, status, submitted_at DESC);
CREATE INDEX referral_status ON referral (status, submitted_at DESC);

CREATE TABLE family_contact (
    id                 uuid          PRIMARY KEY,
    referral_id        uuid          NOT NULL REFERENCES referral (id),
    position           smallint      NOT NULL,
    name               varchar(200)  NOT NULL,
    relationship       varchar(100),
    email              varchar(254),
    mobile             varchar(20),
    address_line1      varchar(200),
    address_line2      varchar(200),
    address_postcode   varchar(10),
    preferred_channel  varchar(10)   NOT NULL,
    language           varchar(3)    NOT NULL,
    accessible_format  varchar(20)   NOT NULL
);

CREATE INDEX family_contact_referral ON family_contact (referral_id);
-- A family member finds their child's referrals by the email in their token.
CREATE INDEX family_contact_email ON family_contact (lower(email));

-- The timeline: every status change with its reason and who made it.
CREATE TABLE status_change (
    id            bigserial     PRIMARY KEY,
    referral_id   uuid          NOT NULL REFERENCES referral (id),
    from_status   varchar(40),
    to_status     varchar(40)   NOT NULL,
    priority      varchar(20),
    reason        varchar(4000),
    details       jsonb         NOT NULL DEFAULT '{}',
    changed_by    varchar(200)  NOT NULL,
    changed_at    timestamptz   NOT NULL
);

CREATE INDEX status_change_referral ON status_change (referral_id, id);

-- A retried submission with the same key returns the referral the first one created.
CREATE TABLE idempotency_key (
    caller        varchar(200)  NOT NULL,
    key           varchar(200)  NOT NULL,
    request_hash  char(64)      NOT NULL,
    referral_id   uuid          NOT NULL REFERENCES referral (id),
    created_at    timestamptz   NOT NULL,
    PRIMARY KEY (caller, key)
);

-- Who read which child's record, and when.
CREATE TABLE record_access (
    id            bigserial     PRIMARY KEY,
    referral_id   uuid          NOT NULL,
    accessed_by   varchar(200)  NOT NULL,
    role          varchar(40)   NOT NULL,
    action        varchar(20)   NOT NULL,
    accessed_at   timestamptz   NOT NULL
);

CREATE INDEX record_access_referral ON record_access (referral_id, accessed_at);

-- Events from other services that the lifecycle refused: acknowledged, recorded here, never applied.
CREATE TABLE event_conflict (
    event_id         uuid          PRIMARY KEY,
    event_type       varchar(100)  NOT NULL,
    referral_id      uuid          NOT NULL,
    current_status   varchar(40)   NOT NULL,
    refused_because  varchar(500)  NOT NULL,
    recorded_at      timestamptz   NOT NULL
);
