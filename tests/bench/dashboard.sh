#!/usr/bin/env bash
# Dashboard benchmark: Valvur's Dashboard page side by side with pg_activity 3.0.3 (Debian), both
# refreshing every second against one throwaway PostgreSQL 15, in one run:
#   - server-side execution time and statements per refresh (pg_stat_statements, per role),
#     with 0 and with 200 idle client sessions;
#   - connections each tool keeps;
#   - client CPU ms per refresh (/proc/<pid>/stat) and RSS over the run;
#   - rendering a 24 h window (86,400 samples per series) and RSS with a full buffer
#     (bench_dashboard_render, offscreen);
#   - the GUI thread's CPU per tick in process, page hidden vs shown (bench_dashboard_tick, its
#     own throwaway server under a light pgbench load); with CALLGRIND=1 also a callgrind profile
#     of the shown ticks (valgrind is installed here if missing; it is no project dependency).
# Usage: tests/bench/dashboard.sh [BUILD_DIR] [SECONDS_IDLE0] [SECONDS_IDLE200]
# (default build/release, 600 s, 120 s). Not a ctest test: timings go to docs/benchmarks.md.
set -euo pipefail

BUILD=${1:-build/release}
T0=${2:-600}
T200=${3:-120}
PGBIN=$(ls -d /usr/lib/postgresql/15/bin)
VALVUR=$(realpath "$BUILD/app/valvur")
RENDER=$(realpath "$BUILD/tests/bench_dashboard_render")
TICK=$(realpath "$BUILD/tests/bench_dashboard_tick")

if ! command -v pg_activity >/dev/null || ! command -v tmux >/dev/null; then
    apt-get install -y pg-activity tmux
fi
echo "pg_activity: $(pg_activity --version 2>&1 | head -1)"

WORK=$(mktemp -d /tmp/valvur-dashboard-bench.XXXXXX)
chmod 755 "$WORK"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
RUN=()
if [ "$(id -u)" = 0 ]; then chown postgres "$WORK"; RUN=(runuser -u postgres --); fi
VALVUR_PID=""
cleanup() {
    set +e
    [ -n "$VALVUR_PID" ] && kill "$VALVUR_PID" 2>/dev/null
    tmux -L valvur-dashboard-bench kill-server 2>/dev/null
    [ -n "${IDLE_PID:-}" ] && kill "$IDLE_PID" 2>/dev/null
    "${RUN[@]}" "$PGBIN/pg_ctl" -D "$WORK/data" -m fast stop >/dev/null 2>&1
    rm -rf "$WORK"
}
trap cleanup EXIT

"${RUN[@]}" "$PGBIN/initdb" -D "$WORK/data" -A trust -U postgres >/dev/null
cat >> "$WORK/data/postgresql.conf" <<CONF
port = $PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$WORK'
max_connections = 300
shared_preload_libraries = 'pg_stat_statements'
pg_stat_statements.track = all
CONF
"${RUN[@]}" "$PGBIN/pg_ctl" -D "$WORK/data" -l "$WORK/log" -w start >/dev/null
PSQL=("$PGBIN/psql" -X -q -At -h "$WORK" -p "$PORT" -U postgres -d postgres)
"${PSQL[@]}" -c "CREATE EXTENSION pg_stat_statements; CREATE ROLE bench_valvur SUPERUSER LOGIN; CREATE ROLE bench_pgactivity SUPERUSER LOGIN;"
"${PSQL[@]}" -c "CREATE DATABASE pgbench" && "$PGBIN/pgbench" -i -q -s 5 -h "$WORK" -p "$PORT" -U postgres pgbench >/dev/null 2>&1

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$1/status"; }
HZ=$(getconf CLK_TCK)

# Valvur: the real application, offscreen, on its Dashboard page at the default 1 s.
export XDG_CONFIG_HOME="$WORK/config"
QT_QPA_PLATFORM=offscreen "$VALVUR" --lang en --page dashboard \
    "host=127.0.0.1 port=$PORT user=bench_valvur dbname=postgres" >"$WORK/valvur.log" 2>&1 &
VALVUR_PID=$!
# pg_activity in tmux (a private tmux server: nobody else's kill-server ends it) at the same
# refresh interval, its defaults otherwise.
tmux -L valvur-dashboard-bench new-session -d -s pga -x 200 -y 50 \
    "exec pg_activity --refresh 1 -h 127.0.0.1 -p $PORT -U bench_pgactivity -d postgres"
PGA_PID=$(tmux -L valvur-dashboard-bench list-panes -t pga -F '#{pane_pid}')
sleep 15 # both connected and warmed up

phase() { # phase NAME SECONDS
    local name=$1 secs=$2
    "${PSQL[@]}" -c "SELECT pg_stat_statements_reset()" >/dev/null
    local v0 p0 start
    v0=$(cpu_ticks "$VALVUR_PID"); p0=$(cpu_ticks "$PGA_PID"); start=$(date +%s.%N)
    local vr0 pr0
    vr0=$(rss_kb "$VALVUR_PID"); pr0=$(rss_kb "$PGA_PID")
    sleep "$secs"
    local v1 p1 end
    v1=$(cpu_ticks "$VALVUR_PID"); p1=$(cpu_ticks "$PGA_PID"); end=$(date +%s.%N)
    local vr1 pr1
    vr1=$(rss_kb "$VALVUR_PID"); pr1=$(rss_kb "$PGA_PID")
    local refreshes
    refreshes=$(python3 -c "print(round($end - $start))") # both tools refresh every 1 s
    echo "== $name: $refreshes s, $refreshes refreshes at 1 s"
    "${PSQL[@]}" -F ' | ' -c "
      SELECT r.rolname,
             round(sum(s.calls)::numeric / $refreshes, 2) AS statements_per_refresh,
             round((sum(s.total_exec_time) / $refreshes)::numeric, 3) AS server_ms_per_refresh,
             (SELECT count(*) FROM pg_stat_activity a WHERE a.usename = r.rolname) AS connections
      FROM pg_stat_statements s JOIN pg_roles r ON r.oid = s.userid
      WHERE r.rolname IN ('bench_valvur', 'bench_pgactivity')
      GROUP BY r.rolname ORDER BY r.rolname DESC" | sed 's/^/role | statements\/refresh | server ms\/refresh | connections: /'
    echo "pg_activity statements (calls, mean ms):"
    "${PSQL[@]}" -F ' | ' -c "SELECT calls, round(mean_exec_time::numeric, 3), left(regexp_replace(query, '\s+', ' ', 'g'), 90)
      FROM pg_stat_statements s JOIN pg_roles r ON r.oid = s.userid WHERE r.rolname = 'bench_pgactivity' ORDER BY total_exec_time DESC LIMIT 8"
    echo "valvur statements (calls, mean ms):"
    "${PSQL[@]}" -F ' | ' -c "SELECT calls, round(mean_exec_time::numeric, 3), left(regexp_replace(query, '\s+', ' ', 'g'), 90)
      FROM pg_stat_statements s JOIN pg_roles r ON r.oid = s.userid WHERE r.rolname = 'bench_valvur' ORDER BY total_exec_time DESC LIMIT 4"
    python3 - "$v0" "$v1" "$p0" "$p1" "$HZ" "$refreshes" "$vr0" "$vr1" "$pr0" "$pr1" <<'PY'
import sys
v0, v1, p0, p1, hz, n, vr0, vr1, pr0, pr1 = map(float, sys.argv[1:])
print(f"client CPU ms per refresh: valvur {(v1 - v0) * 1000 / hz / n:.2f}, pg_activity {(p1 - p0) * 1000 / hz / n:.2f}")
print(f"RSS kB start -> end: valvur {vr0:.0f} -> {vr1:.0f}, pg_activity {pr0:.0f} -> {pr1:.0f}")
PY
}

phase "0 idle client sessions" "$T0"

# 200 idle client sessions: one pgbench process whose clients sleep between statements. The
# sleep stays under 2^31 microseconds: pgbench 15 overflows a longer one and its clients then
# spin (two cores busy; seen with 3600 s), which is not idle and disturbs every measurement.
echo '\sleep 1800 s' > "$WORK/idle.sql"
"$PGBIN/pgbench" -n -c 200 -j 4 -T 7200 -f "$WORK/idle.sql" -h "$WORK" -p "$PORT" -U postgres pgbench >/dev/null 2>&1 &
IDLE_PID=$!
for _ in $(seq 60); do
    [ "$("${PSQL[@]}" -c "SELECT count(*) FROM pg_stat_activity WHERE usename = 'postgres' AND datname = 'pgbench'")" -ge 200 ] && break
    sleep 1
done
phase "200 idle client sessions" "$T200"
echo "pgbench (the 200 idle sessions) CPU over the phase: $(ps -o cputime= -p "$IDLE_PID")"
kill "$IDLE_PID" 2>/dev/null; wait "$IDLE_PID" 2>/dev/null || true; IDLE_PID=""

echo "== rendering a 24 h window (86,400 samples per series), offscreen"
"$RENDER" --redraws 100

echo "== client CPU per tick in process (page hidden vs shown, 1280x800, pgbench at 50 tps)"
"$TICK" --ticks 120 2>/dev/null
if [ "${CALLGRIND:-0}" = 1 ]; then
    command -v valgrind >/dev/null || apt-get install -y valgrind
    PROFILE=$(mktemp -d /tmp/valvur-dashboard-callgrind.XXXXXX)
    valgrind --tool=callgrind --callgrind-out-file="$PROFILE/callgrind.out" \
        "$TICK" --ticks 20 --warmup 30 --shown-only >/dev/null 2>&1
    # the dump taken at the end of the shown ticks (the bench zeroes the counters before them)
    callgrind_annotate --inclusive=yes "$PROFILE"/callgrind.out.1 | head -80
    echo "callgrind profile: $PROFILE"
fi
