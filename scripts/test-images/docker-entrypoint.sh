#!/usr/bin/env bash
# Entrypoint of Valvur's locally built PostgreSQL test images (scripts/test-images.sh). It keeps the
# official postgres image's contract, so what users of that image meet, the tests meet too:
#   POSTGRES_PASSWORD (or POSTGRES_PASSWORD_FILE), POSTGRES_USER (default postgres),
#   POSTGRES_DB (default: the user), POSTGRES_INITDB_ARGS, POSTGRES_HOST_AUTH_METHOD
#   (default scram-sha-256), PGDATA, /docker-entrypoint-initdb.d/*.sh|*.sql, CMD postgres.
# The password never reaches a command line, the log or a file: initdb reads it from a pipe.
set -Eeo pipefail

log() { echo "$*"; }
fail() { echo >&2 "$*"; exit 1; }

# file_env VAR [DEFAULT]: VAR from the environment, or from the file VAR_FILE names.
file_env() {
  local var="$1" file_var="${1}_FILE" def="${2:-}"
  if [ -n "${!var:-}" ] && [ -n "${!file_var:-}" ]; then
    fail "error: both $var and $file_var are set (but are exclusive)"
  fi
  local val="$def"
  if [ -n "${!var:-}" ]; then
    val="${!var}"
  elif [ -n "${!file_var:-}" ]; then
    [ -r "${!file_var}" ] || fail "error: $file_var names a file that cannot be read: ${!file_var}"
    val="$(<"${!file_var}")"
  fi
  export "$var"="$val"
  unset "$file_var"
}

if [ "${1:0:1}" = '-' ]; then
  set -- postgres "$@"
fi

# As root: own the data and socket directories, then run this script again as postgres.
if [ "$1" = postgres ] && [ "$(id -u)" = 0 ]; then
  mkdir -p "$PGDATA" /var/run/postgresql
  chown postgres:postgres "$PGDATA" /var/run/postgresql
  chmod 00700 "$PGDATA"
  chmod 03775 /var/run/postgresql
  exec setpriv --reuid=postgres --regid=postgres --init-groups "$BASH_SOURCE" "$@"
fi

if [ "$1" = postgres ] && [ ! -s "$PGDATA/PG_VERSION" ]; then
  file_env POSTGRES_PASSWORD
  file_env POSTGRES_USER postgres
  file_env POSTGRES_DB "$POSTGRES_USER"
  file_env POSTGRES_INITDB_ARGS
  auth="${POSTGRES_HOST_AUTH_METHOD:-scram-sha-256}"

  if [ -z "$POSTGRES_PASSWORD" ] && [ "$auth" != trust ]; then
    cat >&2 <<'EOM'
Error: Database is uninitialized and superuser password is not specified.
       You must specify POSTGRES_PASSWORD to a non-empty value for the
       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".

       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all
       connections without a password. This is *not* recommended.
EOM
    exit 1
  fi

  if [ -n "$POSTGRES_PASSWORD" ]; then
    # shellcheck disable=SC2086 # POSTGRES_INITDB_ARGS is a list of options, as in the official image
    initdb --username="$POSTGRES_USER" --pwfile=<(printf '%s\n' "$POSTGRES_PASSWORD") $POSTGRES_INITDB_ARGS
  else
    # shellcheck disable=SC2086
    initdb --username="$POSTGRES_USER" $POSTGRES_INITDB_ARGS
  fi
  unset POSTGRES_PASSWORD
  echo "listen_addresses = '*'" >>"$PGDATA/postgresql.conf"
  if [ "$auth" = md5 ]; then
    echo "password_encryption = md5" >>"$PGDATA/postgresql.conf"
  fi
  printf '\nhost all all all %s\n' "$auth" >>"$PGDATA/pg_hba.conf"

  # The set-up server listens on its Unix socket only, so nobody connects before it is ready.
  PGUSER="$POSTGRES_USER" pg_ctl -D "$PGDATA" -o "-c listen_addresses='' -p 5432" -w start
  export PGUSER="$POSTGRES_USER" PGDATABASE=postgres PGHOST=/var/run/postgresql
  if [ "$POSTGRES_DB" != postgres ]; then
    psql -v ON_ERROR_STOP=1 --no-psqlrc -q -v db="$POSTGRES_DB" <<<'CREATE DATABASE :"db";'
  fi
  shopt -s nullglob
  for f in /docker-entrypoint-initdb.d/*; do
    case "$f" in
      *.sh) log "$0: running $f"; . "$f" ;;
      *.sql) log "$0: running $f"; psql -v ON_ERROR_STOP=1 --no-psqlrc -d "$POSTGRES_DB" -f "$f" ;;
      *.sql.gz) log "$0: running $f"; gunzip -c "$f" | psql -v ON_ERROR_STOP=1 --no-psqlrc -d "$POSTGRES_DB" ;;
      *) log "$0: ignoring $f" ;;
    esac
  done
  shopt -u nullglob
  pg_ctl -D "$PGDATA" -m fast -w stop
  unset PGUSER PGDATABASE PGHOST
  log
  log 'PostgreSQL init process complete; ready for start up.'
  log
elif [ "$1" = postgres ]; then
  log
  log 'PostgreSQL Database directory appears to contain a database; Skipping initialization'
  log
fi

exec "$@"
