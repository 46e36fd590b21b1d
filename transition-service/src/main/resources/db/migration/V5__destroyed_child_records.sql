-- The register of destroyed child records (NHS Records Management Code of Practice 2023: keep a record of what was
-- destroyed, when and on whose authority). It names no one: the child's id, the last day the records were kept, when.
CREATE TABLE destroyed_child_record (
    child_id      uuid          PRIMARY KEY,
    kept_until    date          NOT NULL,
    destroyed_at  timestamptz   NOT NULL
);

COMMENT ON TABLE destroyed_child_record IS 'Append-only: the register of destroyed records is never changed or emptied';
