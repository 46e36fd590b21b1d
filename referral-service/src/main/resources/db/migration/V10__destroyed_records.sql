-- The register of destroyed records (NHS Records Management Code of Practice 2023: keep a record of what was
-- destroyed, when and on whose authority). It names no one: the referral's id and reference, its clinical service,
-- why and on what ground it went, the day its retention period ended, who or what destroyed it and when.
CREATE TABLE destroyed_record (
    referral_id        uuid          PRIMARY KEY,
    reference          char(13)      NOT NULL,
    service            varchar(40)   NOT NULL,
    why                varchar(30)   NOT NULL,
    ground             varchar(30),
    request_reference  varchar(40),
    kept_until         date,
    destroyed_by       varchar(200)  NOT NULL,
    destroyed_at       timestamptz   NOT NULL,
    CONSTRAINT erasure_has_ground CHECK ((why = 'ERASURE') = (ground IS NOT NULL))
);

CREATE INDEX destroyed_record_at ON destroyed_record (destroyed_at DESC);

COMMENT ON TABLE destroyed_record IS 'Append-only: the register of destroyed records is never changed or emptied';

-- The retention job finds closed referrals by the day their care ended.
CREATE INDEX status_change_closed ON status_change (referral_id, changed_at) WHERE to_status = 'CLOSED';
