-- The provider's own id for an attempt (GOV.UK Notify's notification id): its receipts are matched on this id and
-- the attempt's channel, never on the notice alone.
ALTER TABLE delivery_attempt ADD COLUMN provider_id uuid;
CREATE UNIQUE INDEX delivery_attempt_provider ON delivery_attempt (provider_id) WHERE provider_id IS NOT NULL;

-- Letters as documents to post. Before, a letter was HTML in a table nothing read, counted as delivered the moment it
-- was written: those letters go back to be rendered into the print queue, as nobody posted them.
UPDATE notice SET status = 'PENDING', attempts = 0, next_attempt_at = now(), sent_at = NULL
WHERE id IN (SELECT notice_id FROM letter) AND status = 'SENT';
DROP TABLE letter;

-- The print queue: each letter an A4 PDF with the notice's short reference (LTR-4KQ7-9TXY). READY until the print
-- room marks it POSTED; RETURNED when the post office brings it back. A notice has at most one letter waiting or
-- posted; a returned one may be followed by another to a corrected address.
CREATE TABLE letter (
    id           uuid          PRIMARY KEY,
    notice_id    uuid          NOT NULL REFERENCES notice (id),
    reference    char(13)      NOT NULL,
    large_print  boolean       NOT NULL,
    pages        integer       NOT NULL,
    document     bytea         NOT NULL,
    status       varchar(10)   NOT NULL,
    queued_at    timestamptz   NOT NULL,
    posted_at    timestamptz,
    posted_by    varchar(255),
    returned_at  timestamptz
);
CREATE UNIQUE INDEX letter_one_live_per_notice ON letter (notice_id) WHERE status IN ('READY', 'POSTED');
CREATE INDEX letter_ready ON letter (queued_at) WHERE status = 'READY';
CREATE INDEX letter_reference ON letter (reference);

-- What people must make by hand: a notice in Braille, easy read or audio, read with an interpreter, or translated into
-- a language the platform does not write. Listed for the case work team until done; until then the closure audit
-- does not count the notice as reaching its family.
CREATE TABLE format_request (
    id          uuid          PRIMARY KEY,
    notice_id   uuid          NOT NULL REFERENCES notice (id),
    referral_id uuid,
    need        varchar(20)   NOT NULL,
    language    varchar(3)    NOT NULL,
    status      varchar(10)   NOT NULL,
    created_at  timestamptz   NOT NULL,
    done_at     timestamptz,
    done_by     varchar(255),
    CONSTRAINT one_request_per_notice_and_need UNIQUE (notice_id, need)
);
CREATE INDEX format_request_open ON format_request (created_at) WHERE status = 'OPEN';
