-- After every migration, as the owner that ran it: the service's application role (the datasource's user) may read
-- and write the service's rows and use its sequences, and only add to a table marked append-only (an audit). It owns
-- nothing, so it can alter no table, trigger or grant, and it cannot touch the migration history. When the service
-- signs in as the owner itself (a single-user database), there is nothing to grant.
DO $$
DECLARE
    application_role text := '${application_role}';
    append_only record;
BEGIN
    IF application_role = current_user THEN
        RETURN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', application_role);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', application_role);
    EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO %I', application_role);
    EXECUTE format('REVOKE ALL ON TABLE ${flyway:table} FROM %I', application_role);
    FOR append_only IN
        SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND obj_description(c.oid, 'pg_class') LIKE 'Append-only%'
    LOOP
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON TABLE %I FROM %I', append_only.relname, application_role);
    END LOOP;
END
$$;
