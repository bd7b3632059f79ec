#!/bin/sh
# A container backup with Valvur vs the same by hand, side by side in one run:
#   valvur backup --container X --output F        (the container's own pg_dump through the Engine API,
#                                                  plus Valvur's preflight and SHA-256)
#   docker exec -u postgres X pg_dump -Fc DB > F   (what a user types)
#   tests/bench/container-backup.sh [BUILD_DIR] [SCALE] [ROUNDS]
# Starts a throwaway valvur-test/postgres:17 container (port on 127.0.0.1, removed at the end), fills
# it with pgbench -i -s SCALE inside, warms both commands up once, then alternates which runs first
# each round. The figure to quote is the median of the per-round ratios (valvur / by hand).
set -eu
SRC=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${1:-$SRC/build/test}
SCALE=${2:-20}
ROUNDS=${3:-7}
WORK=$(mktemp -d /tmp/valvur-cbench-XXXXXX)
cp "$BUILD/app/valvur" "$WORK/valvur"   # a rebuild during the run must not change the program measured
VALVUR="$WORK/valvur"
NAME=valvur-test-bench-$$
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
trap 'docker rm -f -v "$NAME" >/dev/null 2>&1; rm -rf "$WORK"' EXIT
docker run -d --name "$NAME" -e POSTGRES_PASSWORD=bench-pw -p "127.0.0.1:$PORT:5432" valvur-test/postgres:17 >/dev/null
i=0
until [ "$(docker inspect -f '{{.State.Health.Status}}' "$NAME")" = healthy ]; do
    i=$((i + 1)); [ $i -lt 120 ] || { echo "container did not become healthy" >&2; exit 1; }; sleep 1
done
t0=$(date +%s.%N)
docker exec -u postgres "$NAME" pgbench -i -q -s "$SCALE" postgres >/dev/null 2>&1
echo "pgbench -i -s $SCALE took $(awk "BEGIN { printf \"%.1f\", $(date +%s.%N) - $t0 }") s; database $(docker exec -u postgres "$NAME" psql -Atc "select pg_size_pretty(pg_database_size('postgres'))"); valvur $(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$BUILD/CMakeCache.txt") build, $(git -C "$SRC" rev-parse --short HEAD)"
export XDG_CONFIG_HOME="$WORK/config"   # the backup history of these runs stays in $WORK

now() { date +%s.%N; }
valvur_run() { "$VALVUR" backup --container "$NAME" --output "$WORK/valvur.dump" --overwrite >/dev/null 2>"$WORK/err" || { cat "$WORK/err" >&2; exit 1; }; }
by_hand() { docker exec -u postgres "$NAME" pg_dump -Fc postgres > "$WORK/hand.dump"; }
timeit() { s=$(now); "$@"; awk "BEGIN { printf \"%.3f\", $(now) - $s }"; }

valvur_run; by_hand   # warm-up
: > "$WORK/rows"
r=1
while [ $r -le "$ROUNDS" ]; do
    if [ $((r % 2)) = 1 ]; then h=$(timeit by_hand); v=$(timeit valvur_run); else v=$(timeit valvur_run); h=$(timeit by_hand); fi
    echo "$v $h" >> "$WORK/rows"
    printf 'round %d: valvur %s s, by hand %s s, ratio %s\n' "$r" "$v" "$h" "$(awk "BEGIN { printf \"%.3f\", $v / $h }")"
    r=$((r + 1))
done
echo "sizes: valvur $(stat -c %s "$WORK/valvur.dump") bytes, by hand $(stat -c %s "$WORK/hand.dump") bytes"
median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
echo "median valvur:   $(awk '{ print $1 }' "$WORK/rows" | median) s"
echo "median by hand:  $(awk '{ print $2 }' "$WORK/rows" | median) s"
echo "median ratio:    $(awk '{ printf "%.3f\n", $1 / $2 }' "$WORK/rows" | median)"
