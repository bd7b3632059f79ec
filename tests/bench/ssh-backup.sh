#!/bin/sh
# A backup through an SSH tunnel with Valvur vs the same by hand, side by side (issue 15):
#   (A) valvur backup --profile P --format custom --output F
#       (the profile's SSH part: Valvur starts ssh -N -L LOCALSOCK:REMOTESOCK, runs pg_dump through
#        it, plus its preflight and SHA-256, and ends the ssh)
#   (B) ssh -F CFG -f -N -M -S CTL -o ExitOnForwardFailure=yes -L LOCALSOCK:REMOTESOCK ALIAS
#       pg_dump -Fc -f F2 "host=LOCALDIR port=… dbname=…"; ssh -S CTL -O exit ALIAS
#       (what a user types; -f returns once the forward is up; starting ssh counts, as for a user)
#   tests/bench/ssh-backup.sh [BUILD_DIR] [RUNS] [SIZE_MB]
# BUILD_DIR defaults to build/test and needs valvur and bench_ssh_backup built. A throwaway
# PostgreSQL 15 listens on a Unix socket only (trust on that socket), so only the tunnel reaches it;
# a real sshd on loopback (bench_ssh_backup, tests/support/sshserver) is the SSH host. The database
# is filled with SIZE_MB of table rows (random-looking hex text, checked with pg_database_size).
# Both sides use pg_dump's default compression (Valvur passes no --compress unless asked). One
# warm-up of each side, then RUNS rounds alternating which side runs first; the figure to quote is
# the median of the per-round ratios A/B. Run as root (the server runs as postgres) or as a user
# who may run initdb.
set -eu
SRC=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${1:-$SRC/build/test}
RUNS=${2:-3}
SIZE_MB=${3:-1024}
BIN=/usr/lib/postgresql/15/bin
WORK=$(mktemp -d /tmp/valvur-sshbench-XXXXXX)
chmod 755 "$WORK"
SSHPID=
cleanup() {
    exec 3>&-   # bench_ssh_backup ends sshd and its sessions when its standard input closes
    [ -z "$SSHPID" ] || wait "$SSHPID" 2>/dev/null || true
    as_pg "$BIN/pg_ctl" -D "$WORK/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT
cp "$BUILD/app/valvur" "$WORK/valvur"   # a rebuild during the run must not change the program measured
VALVUR="$WORK/valvur"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
mkdir "$WORK/data" "$WORK/sock" "$WORK/out" "$WORK/fwd"
chmod 700 "$WORK/fwd"
[ "$(id -u)" = 0 ] && chown postgres "$WORK/data" "$WORK/sock"
as_pg "$BIN/initdb" -D "$WORK/data" -U postgres --auth=trust --no-sync >/dev/null
cat >> "$WORK/data/postgresql.conf" <<CONF
port = $PORT
listen_addresses = ''
unix_socket_directories = '$WORK/sock'
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
as_pg "$BIN/pg_ctl" -D "$WORK/data" -l "$WORK/data/server.log" -w start >/dev/null

# Valvur's settings and history of these runs stay in $WORK; the tunnel's sockets too.
export XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/share" XDG_RUNTIME_DIR="$WORK/run"
mkdir -m 700 "$WORK/run"
export PGPASSFILE="$WORK/no-pgpass"   # trust on the socket: no password anywhere
unset PGPASSWORD PGHOST PGPORT PGDATABASE PGUSER 2>/dev/null || true

# sshd runs as long as its standard input (a fifo held open by this shell) stays open.
mkfifo "$WORK/ssh-in"
"$BUILD/tests/bench_ssh_backup" bench "$WORK/sock" "$PORT" bench < "$WORK/ssh-in" > "$WORK/ssh-out" 2>"$WORK/ssh-err" &
SSHPID=$!
exec 3>"$WORK/ssh-in"
i=0
until grep -q '^ready$' "$WORK/ssh-out" 2>/dev/null; do
    kill -0 "$SSHPID" 2>/dev/null || { cat "$WORK/ssh-err" >&2; exit 1; }
    i=$((i + 1)); [ $i -lt 300 ] || { echo "sshd did not come up" >&2; exit 1; }; sleep 0.1
done
CFG=$(sed -n 's/^ssh-config //p' "$WORK/ssh-out")
ALIAS=$(sed -n 's/^ssh-alias //p' "$WORK/ssh-out")
export VALVUR_SSH_CONFIG="$CFG"

DIRECT="host=$WORK/sock port=$PORT user=postgres"
psql "$DIRECT dbname=postgres" -qc "create database bench" >/dev/null
# Rows of about 100 bytes on disk: an id and 64 hex characters that compress like real text would
# not (hex: about 2:1 under zlib), in steps of 64 MB so a big fill shows its progress.
t0=$(date +%s.%N)
psql "$DIRECT dbname=bench" -qc "create table filler (id bigint, a text, b text)" >/dev/null
rows_per_mb=10000
step=64
done_mb=0
while [ $done_mb -lt "$SIZE_MB" ]; do
    n=$step; [ $((done_mb + n)) -le "$SIZE_MB" ] || n=$((SIZE_MB - done_mb))
    first=$((done_mb * rows_per_mb + 1)); last=$(((done_mb + n) * rows_per_mb))
    psql "$DIRECT dbname=bench" -qc "insert into filler select g, md5(g::text), md5((g::bigint * 7919)::text) from generate_series($first, $last) g" >/dev/null
    done_mb=$((done_mb + n))
done
psql "$DIRECT dbname=bench" -qc "vacuum analyze filler" >/dev/null
echo "fill took $(awk "BEGIN { printf \"%.1f\", $(date +%s.%N) - $t0 }") s; database $(psql "$DIRECT dbname=bench" -Atc "select pg_size_pretty(pg_database_size('bench')) || ' (' || pg_database_size('bench') || ' bytes), table ' || pg_size_pretty(pg_table_size('filler'))"); valvur $(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$BUILD/CMakeCache.txt") build, $(git -C "$SRC" rev-parse --short HEAD)"

now() { date +%s.%N; }
valvur_run() {
    "$VALVUR" backup --profile bench --format custom --output "$WORK/out/valvur.dump" --overwrite --tool-dir "$BIN" \
        >/dev/null 2>"$WORK/err" || { cat "$WORK/err" >&2; exit 1; }
}
by_hand() {
    rm -f "$WORK/out/hand.dump"
    ssh -F "$CFG" -f -N -M -S "$WORK/fwd/cm" -o ExitOnForwardFailure=yes -o StreamLocalBindUnlink=yes \
        -L "$WORK/fwd/.s.PGSQL.$PORT:$WORK/sock/.s.PGSQL.$PORT" "$ALIAS" 2>"$WORK/err" || { cat "$WORK/err" >&2; exit 1; }
    "$BIN/pg_dump" -Fc -f "$WORK/out/hand.dump" "host=$WORK/fwd port=$PORT user=postgres dbname=bench" 2>"$WORK/err" \
        || { cat "$WORK/err" >&2; ssh -F "$CFG" -S "$WORK/fwd/cm" -O exit "$ALIAS" 2>/dev/null; exit 1; }
    ssh -F "$CFG" -S "$WORK/fwd/cm" -O exit "$ALIAS" 2>/dev/null
}
timeit() { s=$(now); "$@"; awk "BEGIN { printf \"%.3f\", $(now) - $s }"; }

echo "warm-up: valvur $(timeit valvur_run) s, by hand $(timeit by_hand) s"
: > "$WORK/rows"
r=1
while [ $r -le "$RUNS" ]; do
    if [ $((r % 2)) = 1 ]; then h=$(timeit by_hand); v=$(timeit valvur_run); else v=$(timeit valvur_run); h=$(timeit by_hand); fi
    echo "$v $h" >> "$WORK/rows"
    printf 'round %d: valvur %s s, by hand %s s, ratio %s\n' "$r" "$v" "$h" "$(awk "BEGIN { printf \"%.3f\", $v / $h }")"
    r=$((r + 1))
done
echo "sizes: valvur $(stat -c %s "$WORK/out/valvur.dump") bytes, by hand $(stat -c %s "$WORK/out/hand.dump") bytes"
median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
echo "median valvur:   $(awk '{ print $1 }' "$WORK/rows" | median) s"
echo "median by hand:  $(awk '{ print $2 }' "$WORK/rows" | median) s"
echo "median ratio:    $(awk '{ printf "%.3f\n", $1 / $2 }' "$WORK/rows" | median)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
