#!/bin/sh
# Valvur's backup/restore vs bare pg_dump/pg_restore with the same options, interleaved, on a
# pgbench database. Prints one line per run and the medians and ratios at the end.
#   tests/bench/backup-bench.sh BUILD_DIR [SCALE] [RUNS]
# Needs PostgreSQL 15 (initdb, pgbench) in /usr/lib/postgresql/15/bin; run as root (uses the
# postgres user for the server) or as a user who may run initdb.
set -eu
BUILD=${1:?usage: backup-bench.sh BUILD_DIR [SCALE] [RUNS]}
SCALE=${2:-50}
RUNS=${3:-5}
BIN=/usr/lib/postgresql/15/bin
WORK=$(mktemp -d /tmp/valvur-bench-XXXXXX)
cp "$BUILD/app/valvur" "$WORK/valvur"   # a rebuild during the run must not change the program measured
VALVUR="$WORK/valvur"
chmod 755 "$WORK"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
mkdir "$WORK/data" "$WORK/out"
[ "$(id -u)" = 0 ] && chown postgres "$WORK" "$WORK/data"
as_pg "$BIN/initdb" -D "$WORK/data" -U postgres --auth=trust --no-sync >/dev/null
cat >> "$WORK/data/postgresql.conf" <<CONF
port = $PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$WORK'
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
as_pg "$BIN/pg_ctl" -D "$WORK/data" -l "$WORK/server.log" -w start >/dev/null
trap 'as_pg "$BIN/pg_ctl" -D "$WORK/data" -m immediate stop >/dev/null 2>&1; rm -rf "$WORK"' EXIT
CONN="host=127.0.0.1 port=$PORT user=postgres dbname=bench"
"$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres bench
t0=$(date +%s.%N)
"$BIN/pgbench" -h 127.0.0.1 -p "$PORT" -U postgres -i -q -s "$SCALE" bench >/dev/null 2>&1
echo "pgbench -i -s $SCALE took $(awk "BEGIN { printf \"%.1f\", $(date +%s.%N) - $t0 }") s; database $(psql "$CONN" -Atc "select pg_size_pretty(pg_database_size('bench'))")"

now() { date +%s.%N; }
timeit() { s=$(now); "$@" >/dev/null 2>"$WORK/err" || { cat "$WORK/err" >&2; exit 1; }; awk "BEGIN { printf \"%.3f\", $(now) - $s }"; }
results="$WORK/results"
: > "$results"
for i in $(seq 1 "$RUNS"); do
    rm -rf "$WORK/out"/*
    a=$(timeit "$BIN/pg_dump" --format=c --file="$WORK/out/bare.dump" --verbose --dbname="$CONN")
    b=$(timeit "$VALVUR" backup "$CONN" --format custom --output "$WORK/out/valvur.dump" --tool-dir "$BIN")
    c=$(timeit "$BIN/pg_dump" --format=d --jobs=2 --file="$WORK/out/bare.d2" --verbose --dbname="$CONN")
    d=$(timeit "$VALVUR" backup "$CONN" --format directory --jobs 2 --output "$WORK/out/valvur.d2" --tool-dir "$BIN")
    e=$(timeit "$VALVUR" backup "$CONN" --format directory --jobs 1 --output "$WORK/out/valvur.d1" --tool-dir "$BIN")
    psql "$CONN" -qc "drop database if exists r_bare" -c "drop database if exists r_valvur" 2>/dev/null >/dev/null
    # The same work on both sides: create the database, then restore in one transaction.
    f=$(timeit sh -c "'$BIN/createdb' -h 127.0.0.1 -p $PORT -U postgres r_bare && '$BIN/pg_restore' --dbname='host=127.0.0.1 port=$PORT user=postgres dbname=r_bare' --verbose --exit-on-error --single-transaction '$WORK/out/bare.dump'")
    g=$(timeit "$VALVUR" restore "host=127.0.0.1 port=$PORT user=postgres dbname=postgres" --input "$WORK/out/bare.dump" --target-db r_valvur --create --tool-dir "$BIN")
    psql "$CONN" -qc "drop database if exists r_j1" -c "drop database if exists r_j2" 2>/dev/null >/dev/null
    h=$(timeit "$VALVUR" restore "host=127.0.0.1 port=$PORT user=postgres dbname=postgres" --input "$WORK/out/valvur.d1" --target-db r_j1 --create --tool-dir "$BIN")
    j=$(timeit "$VALVUR" restore "host=127.0.0.1 port=$PORT user=postgres dbname=postgres" --input "$WORK/out/valvur.d1" --target-db r_j2 --create --jobs 2 --tool-dir "$BIN")
    psql "$CONN" -qc "drop database r_bare" -c "drop database r_valvur" -c "drop database r_j1" -c "drop database r_j2" >/dev/null
    echo "$a $b $c $d $e $f $g $h $j" | tee -a "$results"
done
python3 - "$results" <<'PY'
import statistics, sys
rows = [list(map(float, l.split())) for l in open(sys.argv[1]) if l.strip()]
cols = list(zip(*rows))
med = [statistics.median(c) for c in cols]
names = ["pg_dump -Fc", "valvur backup custom", "pg_dump -Fd -j2", "valvur backup directory -j2", "valvur backup directory -j1",
         "createdb + pg_restore (single txn)", "valvur restore (create, single txn)", "valvur restore directory -j1", "valvur restore directory -j2"]
for n, m in zip(names, med):
    print(f"median {n:38s} {m:8.2f} s")
# Each run measures both sides back to back, so the ratio within a run cancels most of the noise
# of a shared machine: the median of the per-run ratios is the figure to quote.
def ratio(a, b):
    return statistics.median(r[a] / r[b] for r in rows)
print(f"ratio valvur/pg_dump custom        {ratio(1, 0):.3f} (median of per-run ratios; ratio of medians {med[1]/med[0]:.3f})")
print(f"ratio valvur/pg_dump directory -j2 {ratio(3, 2):.3f} (ratio of medians {med[3]/med[2]:.3f})")
print(f"ratio directory -j2 / -j1 (valvur) {ratio(3, 4):.3f} (ratio of medians {med[3]/med[4]:.3f})")
print(f"ratio valvur restore / pg_restore  {ratio(6, 5):.3f} (ratio of medians {med[6]/med[5]:.3f})")
print(f"ratio restore -j2 / -j1 (valvur)   {ratio(8, 7):.3f} (ratio of medians {med[8]/med[7]:.3f})")
PY
