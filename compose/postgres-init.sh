#!/usr/bin/env bash
# Run once by the postgres image on an empty data directory, as its superuser. One database per service, as in
# production: owned by a role named after it, which runs the service's migrations; the service itself signs in as
# <database>_app, which owns nothing and gets only what the migrations grant it. Keycloak has a database and a role
# of its own. Every password comes from the environment (.env), none from this file.
set -euo pipefail

sql() {
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres "$@"
}

role() {
  sql -v role="$1" -v password="$2" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
SQL
}

for database in referral triage transition notification; do
  upper=$(echo "$database" | tr '[:lower:]' '[:upper:]')
  owner_password="${upper}_DB_OWNER_PASSWORD"
  app_password="${upper}_DB_PASSWORD"
  role "$database" "${!owner_password:?set $owner_password}"
  role "${database}_app" "${!app_password:?set $app_password}"
  sql -c "CREATE DATABASE $database OWNER $database"
  # No one but the owner and its application role may even connect.
  sql -c "REVOKE ALL ON DATABASE $database FROM PUBLIC" -c "GRANT CONNECT ON DATABASE $database TO ${database}_app"
done
role keycloak "${KEYCLOAK_DB_PASSWORD:?set KEYCLOAK_DB_PASSWORD}"
sql -c "CREATE DATABASE keycloak OWNER keycloak" -c "REVOKE ALL ON DATABASE keycloak FROM PUBLIC"
