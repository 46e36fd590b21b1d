-- A family member reaches a referral through a link from their account (the token's subject) to a family contact
-- named on it, made by accepting a one-time invitation sent to that contact. Never by the email in a token, which
-- a user may be able to change.
CREATE TABLE family_invitation (
    id            uuid          PRIMARY KEY,
    contact_id    uuid          NOT NULL REFERENCES family_contact (id),
    -- SHA-256 of the code: the code itself is only ever in the notice that carries it.
    code_hash     char(64)      NOT NULL UNIQUE,
    created_at    timestamptz   NOT NULL,
    expires_at    timestamptz   NOT NULL,
    accepted_at   timestamptz,
    accepted_by   varchar(255),
    revoked_at    timestamptz
);

CREATE INDEX family_invitation_contact ON family_invitation (contact_id);

CREATE TABLE family_link (
    contact_id    uuid          PRIMARY KEY REFERENCES family_contact (id),
    subject       varchar(255)  NOT NULL,
    linked_at     timestamptz   NOT NULL
);

CREATE INDEX family_link_subject ON family_link (subject);

-- Codes tried that matched nothing usable, so that guessing codes is stopped after a few tries.
CREATE TABLE invitation_attempt (
    id            bigserial     PRIMARY KEY,
    subject       varchar(255)  NOT NULL,
    attempted_at  timestamptz   NOT NULL
);

CREATE INDEX invitation_attempt_subject ON invitation_attempt (subject, attempted_at);

-- Families no longer find referrals by email.
DROP INDEX family_contact_email;
