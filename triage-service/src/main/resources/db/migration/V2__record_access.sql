-- Who looked at which child's referral in the portal, and when.
CREATE TABLE record_access (
    id           bigserial     PRIMARY KEY,
    referral_id  uuid          NOT NULL,
    accessed_by  varchar(200)  NOT NULL,
    accessed_at  timestamptz   NOT NULL
);

CREATE INDEX record_access_referral ON record_access (referral_id, accessed_at);
