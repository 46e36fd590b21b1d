-- Corrections of the referred child's details (rectification, UK GDPR Article 16): each field changed, what it said
-- and now says, on whose request, by whom and when, so that a correction can be shown and explained. It is part of the
-- referral's record and is destroyed with it.
CREATE TABLE child_correction (
    id                 bigserial     PRIMARY KEY,
    referral_id        uuid          NOT NULL REFERENCES referral (id),
    field              varchar(30)   NOT NULL,
    was                varchar(100),
    now_is             varchar(100),
    request_reference  varchar(40),
    corrected_by       varchar(200)  NOT NULL,
    corrected_at       timestamptz   NOT NULL
);

CREATE INDEX child_correction_referral ON child_correction (referral_id, id);
