-- The record of who was shown which child's referral or record, in every service's database. Repeatable and
-- idempotent: it brings whatever record_access a service had into this one shape, after the service's own
-- migrations.
CREATE TABLE IF NOT EXISTS record_access (
    id            bigserial     PRIMARY KEY,
    accessed_by   varchar(200)  NOT NULL,
    accessed_at   timestamptz   NOT NULL
);

ALTER TABLE record_access ADD COLUMN IF NOT EXISTS referral_id uuid;
ALTER TABLE record_access ADD COLUMN IF NOT EXISTS child_id uuid;
ALTER TABLE record_access ADD COLUMN IF NOT EXISTS role varchar(40) NOT NULL DEFAULT 'unknown';
ALTER TABLE record_access ADD COLUMN IF NOT EXISTS action varchar(40) NOT NULL DEFAULT 'READ';
ALTER TABLE record_access ADD COLUMN IF NOT EXISTS accessed_from varchar(64);
ALTER TABLE record_access ALTER COLUMN referral_id DROP NOT NULL;
ALTER TABLE record_access ALTER COLUMN child_id DROP NOT NULL;
ALTER TABLE record_access ALTER COLUMN action TYPE varchar(40);

ALTER TABLE record_access DROP CONSTRAINT IF EXISTS record_access_names_a_record;
ALTER TABLE record_access ADD CONSTRAINT record_access_names_a_record
    CHECK (referral_id IS NOT NULL OR child_id IS NOT NULL);

CREATE INDEX IF NOT EXISTS record_access_referral ON record_access (referral_id, accessed_at);
CREATE INDEX IF NOT EXISTS record_access_child ON record_access (child_id, accessed_at) WHERE child_id IS NOT NULL;

-- Append-only, whichever role asks: an audit that its subject's readers could edit proves nothing. A bulk clean-up
-- of synthetic rows (the benchmarks) runs as a superuser with session_replication_role = replica.
CREATE OR REPLACE FUNCTION record_access_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'record_access is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

DROP TRIGGER IF EXISTS record_access_append_only ON record_access;
CREATE TRIGGER record_access_append_only BEFORE UPDATE OR DELETE ON record_access
    FOR EACH ROW EXECUTE FUNCTION record_access_is_append_only();
DROP TRIGGER IF EXISTS record_access_never_truncated ON record_access;
CREATE TRIGGER record_access_never_truncated BEFORE TRUNCATE ON record_access
    FOR EACH STATEMENT EXECUTE FUNCTION record_access_is_append_only();
REVOKE UPDATE, DELETE, TRUNCATE ON record_access FROM PUBLIC;
COMMENT ON TABLE record_access IS 'Append-only: who was shown which child''s record. The application role may only add to it.';
