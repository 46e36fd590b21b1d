#!/usr/bin/env bash
# Starts PostgreSQL. On an empty data directory, first: initdb with POSTGRES_USER as the superuser and its password
# (scram-sha-256 for every connection, none trusted), then each script in /docker-entrypoint-initdb.d run once against a
# server listening only on its socket, as the compose file's postgres-init.sh expects. Then the server, on all
# addresses of the container's network, in the foreground, with the container's arguments as its settings.
set -euo pipefail

: "${POSTGRES_USER:=postgres}"
: "${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}"
: "${POSTGRES_DB:=$POSTGRES_USER}"
export POSTGRES_USER POSTGRES_DB

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  password_file=$(mktemp)
  printf '%s\n' "$POSTGRES_PASSWORD" > "$password_file"
  initdb --username="$POSTGRES_USER" --pwfile="$password_file" --auth=scram-sha-256 --encoding=UTF8 \
    --locale=C.UTF-8 >/dev/null
  rm -f "$password_file"
  {
    echo "listen_addresses = '*'"
    echo "password_encryption = 'scram-sha-256'"
  } >> "$PGDATA/postgresql.conf"
  {
    echo "local all all scram-sha-256"
    echo "host all all 0.0.0.0/0 scram-sha-256"
    echo "host all all ::/0 scram-sha-256"
  } > "$PGDATA/pg_hba.conf"

  export PGPASSWORD="$POSTGRES_PASSWORD"
  pg_ctl -D "$PGDATA" -o "-c listen_addresses=''" -w start >/dev/null
  if [ "$POSTGRES_DB" != "postgres" ]; then
    psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres -c "CREATE DATABASE \"$POSTGRES_DB\""
  fi
  for script in /docker-entrypoint-initdb.d/*; do
    [ -e "$script" ] || continue
    echo "Running $script"
    case "$script" in
      *.sh) bash "$script" ;;
      *.sql) psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" -f "$script" ;;
    esac
  done
  pg_ctl -D "$PGDATA" -m fast -w stop >/dev/null
  unset PGPASSWORD
fi

# Arguments are the server's own settings (for example -c max_connections=300).
exec postgres -D "$PGDATA" "$@"
