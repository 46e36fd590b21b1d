-- Who read which child's transition record, and when.
CREATE TABLE record_access (
    id           bigserial     PRIMARY KEY,
    child_id     uuid          NOT NULL,
    accessed_by  varchar(200)  NOT NULL,
    accessed_at  timestamptz   NOT NULL
);

CREATE INDEX record_access_child ON record_access (child_id, accessed_at);
