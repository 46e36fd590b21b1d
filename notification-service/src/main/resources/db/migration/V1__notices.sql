-- This service's own copy of each referral: enough to word the notices and show the family the current status.
CREATE TABLE referral_copy (
    referral_id       uuid          PRIMARY KEY,
    service           varchar(40)   NOT NULL,
    school_urn        char(6)       NOT NULL,
    child_given_name  varchar(100)  NOT NULL,
    status            varchar(40)   NOT NULL,
    closure_reason    varchar(40),
    closed_at         timestamptz,
    -- The closure event whose notices the closure audit checks.
    closure_event_id  uuid,
    updated_at        timestamptz   NOT NULL
);

CREATE INDEX referral_copy_closed ON referral_copy (closed_at) WHERE closed_at IS NOT NULL;

-- Who hears about a referral, and how each of them wants to hear.
CREATE TABLE recipient (
    referral_id        uuid          NOT NULL REFERENCES referral_copy (referral_id),
    recipient_key      varchar(60)   NOT NULL,
    recipient_type     varchar(20)   NOT NULL,
    name               varchar(200)  NOT NULL,
    email              varchar(254),
    mobile             varchar(20),
    address_line1      varchar(200),
    address_line2      varchar(200),
    address_postcode   varchar(10),
    preferred_channel  varchar(10)   NOT NULL,
    language           varchar(3)    NOT NULL,
    accessible_format  varchar(20)   NOT NULL,
    PRIMARY KEY (referral_id, recipient_key)
);

CREATE INDEX recipient_email ON recipient (lower(email));

-- One notice per event and recipient, whatever is redelivered: the heart of "exactly once each".
CREATE TABLE notice (
    id                uuid          PRIMARY KEY,
    referral_id       uuid,
    cause_event_id    uuid          NOT NULL,
    cause_event_type  varchar(100)  NOT NULL,
    recipient_key     varchar(60)   NOT NULL,
    recipient_type    varchar(20)   NOT NULL,
    recipient_name    varchar(200)  NOT NULL,
    email             varchar(254),
    mobile            varchar(20),
    address_line1     varchar(200),
    address_line2     varchar(200),
    address_postcode  varchar(10),
    channel           varchar(10)   NOT NULL,
    language          varchar(3)    NOT NULL,
    large_print       boolean       NOT NULL,
    subject           varchar(300)  NOT NULL,
    body              text          NOT NULL,
    status            varchar(20)   NOT NULL,
    attempts          integer       NOT NULL DEFAULT 0,
    next_attempt_at   timestamptz   NOT NULL,
    last_error        varchar(500),
    created_at        timestamptz   NOT NULL,
    sent_at           timestamptz,
    delivered_at      timestamptz,
    CONSTRAINT one_notice_per_event_and_recipient UNIQUE (cause_event_id, recipient_key)
);

CREATE INDEX notice_due ON notice (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX notice_referral ON notice (referral_id, created_at);
CREATE INDEX notice_email ON notice (lower(email)) WHERE recipient_type = 'FAMILY';

-- Every attempt to deliver a notice, successful or not.
CREATE TABLE delivery_attempt (
    id            bigserial     PRIMARY KEY,
    notice_id     uuid          NOT NULL REFERENCES notice (id),
    channel       varchar(10)   NOT NULL,
    outcome       varchar(30)   NOT NULL,
    detail        varchar(500),
    attempted_at  timestamptz   NOT NULL
);

CREATE INDEX delivery_attempt_notice ON delivery_attempt (notice_id, id);

-- Letters for the council's print room when no letter provider is configured.
CREATE TABLE letter (
    notice_id    uuid          PRIMARY KEY REFERENCES notice (id),
    large_print  boolean       NOT NULL,
    document     text          NOT NULL,
    queued_at    timestamptz   NOT NULL
);
