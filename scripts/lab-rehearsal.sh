#!/usr/bin/env bash
# An instructor's rehearsal before a class: runs every lab scenario on a development server the way
# a student does from the command line (valvur lab start … in the foreground), applies the known fix
# with psql, and prints how long each took from start to "solved", as `valvur lab start` reports it.
# The password comes from PGPASSFILE/~/.pgpass (never the command line). Needs a superuser.
# Usage: scripts/lab-rehearsal.sh "host=127.0.0.1 port=5432 user=postgres dbname=postgres" [VALVUR]
set -uo pipefail
server=${1:?"usage: $0 CONNINFO [valvur-binary]"}
valvur=${2:-valvur}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
q() { psql "$server" -v ON_ERROR_STOP=1 -Atqc "$1"; }
lab() { psql "$server dbname=valvur_lab" -v ON_ERROR_STOP=1 -Atqc "$1"; }

fix() {
  case $1 in
  connection-leak) q "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = 'shop-api' AND state LIKE 'idle in transaction%'" ;;
  lock-chain) q "SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE application_name = 'billing-job'" ;;
  slow-query) lab "CREATE INDEX CONCURRENTLY IF NOT EXISTS users_email_idx ON users (email)" ;;
  too-many-connections) q "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = 'shop-worker'" ;;
  cache-hit)
    local need
    need=$(lab "SELECT pg_size_pretty(2 * pg_total_relation_size('products'))" | tr -d ' ')
    q "ALTER SYSTEM SET shared_buffers = '$need'" ;;
  dropped-table)
    "$valvur" restore --input "$(lab "SELECT backup_file FROM valvur_lab.run")" --target-db valvur_lab --into-existing "$server" >/dev/null ;;
  cannot-connect)
    local port
    port=$(q "SHOW port")
    lab "UPDATE valvur_lab.fact SET value = regexp_replace(value, 'port=[0-9]+', 'port=$port') WHERE name = 'app.conninfo'"
    q "ALTER ROLE valvur_lab_app VALID UNTIL 'infinity'"
    q "CREATE DATABASE valvur_lab_shop OWNER valvur_lab_app" ;;
  esac
}

printf '%-22s %-8s %s\n' scenario result "time from start to solved"
for id in $("$valvur" lab list --json | sed -n 's/^ *"id": "\(.*\)",\{0,1\}$/\1/p'); do
  out=$work/$id.out
  "$valvur" lab start "$id" "$server" --lang en >"$out" 2>&1 &
  holder=$!
  for _ in $(seq 1 600); do grep -q 'Ctrl+C' "$out" && break; kill -0 $holder 2>/dev/null || break; sleep 0.5; done
  if ! grep -q 'Ctrl+C' "$out"; then
    printf '%-22s %-8s %s\n' "$id" "no-setup" "$(tail -1 "$out")"; kill $holder 2>/dev/null; wait $holder 2>/dev/null; continue
  fi
  fix "$id" >/dev/null 2>"$work/fix.err" || echo "  the fix failed: $(cat "$work/fix.err")"
  for _ in $(seq 1 120); do kill -0 $holder 2>/dev/null || break; sleep 0.5; done
  if kill -0 $holder 2>/dev/null; then
    kill -INT $holder; wait $holder; printf '%-22s %-8s %s\n' "$id" "unsolved" "$(grep -v '^$' "$out" | tail -3 | head -1)"
  else
    wait $holder; status=$?
    printf '%-22s %-8s %s\n' "$id" "$([ $status -eq 0 ] && echo solved || echo "exit $status")" \
      "$(sed -n 's/^Time from start to solved: \(.*\)\.$/\1/p' "$out")"
  fi
  [ "$id" = cache-hit ] && q "ALTER SYSTEM RESET shared_buffers" >/dev/null
done
