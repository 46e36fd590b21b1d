-- Files a school sends with its answer to a clinician's question: checked by content (PDF, PNG or JPEG), at most
-- 10 MB each, stored with the referral and read only by those who may read the referral.
CREATE TABLE referral_attachment (
    id            uuid          PRIMARY KEY,
    referral_id   uuid          NOT NULL REFERENCES referral (id),
    file_name     varchar(200)  NOT NULL,
    media_type    varchar(40)   NOT NULL,
    size_bytes    integer       NOT NULL,
    sha256        char(64)      NOT NULL,
    content       bytea         NOT NULL,
    uploaded_by   varchar(200)  NOT NULL,
    uploaded_at   timestamptz   NOT NULL
);

CREATE INDEX referral_attachment_referral ON referral_attachment (referral_id);
