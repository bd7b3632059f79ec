#!/bin/sh
# Valvur's backup/restore vs bare pg_dump/pg_restore with the same options, on a pgbench database.
#   tests/bench/backup-bench.sh [BUILD_DIR] [SCALE] [ROUNDS] [verify]
# With "verify" as the fourth word, only the quick verify is measured: pg_restore -l (the table of
# contents only) against valvur verify (every data block, plus the SHA-256), on one custom archive.
# BUILD_DIR defaults to build/release, configured and built here as a Release build (a Debug or
# sanitizer build is refused: it would measure the build, not Valvur; VALVUR_BENCH_ANY_BUILD=1 lets
# a quick check of this script use any build). Fairness:
#   - one warm-up run of every command before the rounds (page cache, catalog caches, the binary);
#   - the order alternates: odd rounds run the bare tool first, even rounds Valvur first;
#   - each round measures both sides back to back, so the per-round ratio cancels most of the noise
#     of a shared machine: the median of the per-round ratios is the figure to quote.
# Needs PostgreSQL 15 (initdb, pgbench) in /usr/lib/postgresql/15/bin; run as root (uses the
# postgres user for the server) or as a user who may run initdb.
set -eu
SRC=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${1:-$SRC/build/release}
SCALE=${2:-50}
ROUNDS=${3:-5}
ONLY=${4:-all}
BIN=/usr/lib/postgresql/15/bin
if [ "$BUILD" = "$SRC/build/release" ]; then
    cmake -S "$SRC" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    ninja -C "$BUILD" -j2 valvur >/dev/null
fi
TYPE=$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$BUILD/CMakeCache.txt" 2>/dev/null || true)
if [ "$TYPE" != Release ] && [ "${VALVUR_BENCH_ANY_BUILD:-0}" != 1 ]; then
    echo "backup-bench: $BUILD is a '$TYPE' build; measure a Release build (run without BUILD_DIR to make one)." >&2
    exit 2
fi
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
ADMIN="host=127.0.0.1 port=$PORT user=postgres dbname=postgres"
"$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres bench
t0=$(date +%s.%N)
"$BIN/pgbench" -h 127.0.0.1 -p "$PORT" -U postgres -i -q -s "$SCALE" bench >/dev/null 2>&1
echo "pgbench -i -s $SCALE took $(awk "BEGIN { printf \"%.1f\", $(date +%s.%N) - $t0 }") s; database $(psql "$CONN" -Atc "select pg_size_pretty(pg_database_size('bench'))"); valvur: $TYPE build, $(git -C "$SRC" rev-parse --short HEAD)"

now() { date +%s.%N; }
timeit() { s=$(now); "$@" >/dev/null 2>"$WORK/err" || { cat "$WORK/err" >&2; exit 1; }; awk "BEGIN { printf \"%.3f\", $(now) - $s }"; }
dropdbs() { for d in "$@"; do psql "$ADMIN" -qc "drop database if exists $d" >/dev/null 2>&1; done; }

# The measured commands; each writes to its own output, removed before it runs.
bare_custom()  { rm -rf "$WORK/out/bare.dump"; "$BIN/pg_dump" --format=c --file="$WORK/out/bare.dump" --verbose --dbname="$CONN"; }
vv_custom()    { rm -rf "$WORK/out/valvur.dump"; "$VALVUR" backup "$CONN" --format custom --output "$WORK/out/valvur.dump" --tool-dir "$BIN"; }
bare_dir2()    { rm -rf "$WORK/out/bare.d2"; "$BIN/pg_dump" --format=d --jobs=2 --file="$WORK/out/bare.d2" --verbose --dbname="$CONN"; }
vv_dir2()      { rm -rf "$WORK/out/valvur.d2"; "$VALVUR" backup "$CONN" --format directory --jobs 2 --output "$WORK/out/valvur.d2" --tool-dir "$BIN"; }
vv_dir1()      { rm -rf "$WORK/out/valvur.d1"; "$VALVUR" backup "$CONN" --format directory --jobs 1 --output "$WORK/out/valvur.d1" --tool-dir "$BIN"; }
# The same work on both sides: create the database, then restore in one transaction.
bare_restore() { dropdbs r_bare; "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres r_bare && "$BIN/pg_restore" --dbname="host=127.0.0.1 port=$PORT user=postgres dbname=r_bare" --verbose --exit-on-error --single-transaction "$WORK/out/bare.dump"; }
vv_restore()   { dropdbs r_valvur; "$VALVUR" restore "$ADMIN" --input "$WORK/out/bare.dump" --target-db r_valvur --create --tool-dir "$BIN"; }
vv_restore1()  { dropdbs r_j1; "$VALVUR" restore "$ADMIN" --input "$WORK/out/valvur.d1" --target-db r_j1 --create --tool-dir "$BIN"; }
vv_restore2()  { dropdbs r_j2; "$VALVUR" restore "$ADMIN" --input "$WORK/out/valvur.d1" --target-db r_j2 --create --jobs 2 --tool-dir "$BIN"; }

# A pair measured back to back; $1 = 1 runs the first (bare) command first, else the second first.
pair() {
    if [ "$1" = 1 ]; then x=$(timeit "$2"); y=$(timeit "$3"); else y=$(timeit "$3"); x=$(timeit "$2"); fi
    echo "$x $y"
}

if [ "$ONLY" = verify ]; then
    timeit bare_custom >/dev/null
    echo "archive: $(du -h "$WORK/out/bare.dump" | cut -f1) ($(stat -c %s "$WORK/out/bare.dump") bytes)"
    list()   { "$BIN/pg_restore" -l "$WORK/out/bare.dump"; }
    full()   { "$BIN/pg_restore" -f /dev/null "$WORK/out/bare.dump"; }
    verify() { "$VALVUR" verify --input "$WORK/out/bare.dump" --tool-dir "$BIN"; }
    timeit list >/dev/null; timeit verify >/dev/null   # warm-up, not counted
    : > "$WORK/results"
    echo "round first   pg_restore-l valvur-verify pg_restore-f-devnull"
    for i in $(seq 1 "$ROUNDS"); do
        first=$((i % 2))
        line="$(pair $first list verify) $(timeit full)"
        echo "$i $first $line" >> "$WORK/results"
        printf '%5d %-7s %s\n' "$i" "$([ $first = 1 ] && echo list || echo verify)" "$line"
    done
    python3 - "$WORK/results" <<'PY'
import statistics, sys
rows = [list(map(float, l.split()[2:])) for l in open(sys.argv[1]) if l.strip()]
for n, c in zip(["pg_restore -l", "valvur verify (quick)", "pg_restore -f /dev/null"], zip(*rows)):
    print(f"median {n:26s} {statistics.median(c):8.2f} s")
PY
    exit 0
fi

echo "warm-up run (not counted)"
for c in bare_custom vv_custom bare_dir2 vv_dir2 vv_dir1 bare_restore vv_restore vv_restore1 vv_restore2; do timeit $c >/dev/null; done

results="$WORK/results"
: > "$results"
echo "round first   pg_dump-Fc valvur-Fc  pg_dump-Fd2 valvur-Fd2 valvur-Fd1  pg_restore valvur-restore  restore-j1 restore-j2"
for i in $(seq 1 "$ROUNDS"); do
    bareFirst=$((i % 2))                       # odd rounds: the bare tool first; even rounds: Valvur first
    ab=$(pair $bareFirst bare_custom vv_custom)
    cd=$(pair $bareFirst bare_dir2 vv_dir2)
    e=$(timeit vv_dir1)
    fg=$(pair $bareFirst bare_restore vv_restore)
    hj=$(pair $bareFirst vv_restore1 vv_restore2)   # -j1 first in odd rounds, -j2 first in even ones
    line="$ab $cd $e $fg $hj"
    echo "$i $bareFirst $line" >> "$results"
    printf '%5d %-7s %s\n' "$i" "$([ $bareFirst = 1 ] && echo bare || echo valvur)" "$line"
done
dropdbs r_bare r_valvur r_j1 r_j2
python3 - "$results" <<'PY'
import statistics, sys
rows = [list(map(float, l.split()[2:])) for l in open(sys.argv[1]) if l.strip()]
first = [l.split()[1] for l in open(sys.argv[1]) if l.strip()]
names = ["pg_dump -Fc", "valvur backup custom", "pg_dump -Fd -j2", "valvur backup directory -j2", "valvur backup directory -j1",
         "createdb + pg_restore (single txn)", "valvur restore (create, single txn)", "valvur restore directory -j1", "valvur restore directory -j2"]
cols = list(zip(*rows))
for n, c in zip(names, cols):
    print(f"median {n:38s} {statistics.median(c):8.2f} s")
pairs = [("valvur/pg_dump custom", 1, 0), ("valvur/pg_dump directory -j2", 3, 2), ("directory -j2 / -j1 (valvur)", 3, 4),
         ("valvur restore / pg_restore", 6, 5), ("restore -j2 / -j1 (valvur)", 8, 7)]
print()
print("per-round ratios (o: odd round, the bare tool or -j1 ran first; e: even round, Valvur or -j2 first)")
for label, a, b in pairs:
    ratios = [r[a] / r[b] for r in rows]
    per = " ".join(f"{x:.3f}{'o' if f == '1' else 'e'}" for x, f in zip(ratios, first))
    print(f"ratio {label:30s} median {statistics.median(ratios):.3f}  rounds: {per}")
PY
