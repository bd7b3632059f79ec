#!/usr/bin/env bash
# Start-up cost of Valvur: wall time and peak RSS from launch to a rendered window, as medians of
# N runs, (a) with no server (the empty state) and (b) to the Overview page with live data from a
# local demo server. Prints a small table. Usage: tests/bench/startup.sh [BUILD_DIR] [RUNS]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/test}
runs=${2:-10}
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)"; exit 1; }
export QT_QPA_PLATFORM=offscreen
tmp=$(mktemp -d)
trap 'kill "$server_pid" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$tmp"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

measure() {  # label, valvur arguments…
  local label=$1; shift
  : > "$tmp/t"
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$tmp/one" "$build/app/valvur" --lang en "$@" --screenshot "$tmp/shot.png" >/dev/null 2>&1
    cat "$tmp/one" >> "$tmp/t"
  done
  printf '%-34s %8.0f ms %8.1f MiB\n' "$label" \
    "$(awk '{print $1*1000}' "$tmp/t" | median)" "$(awk '{print $2/1024}' "$tmp/t" | median)"
}

"$build/tests/valvur-demo-server" --serve > "$tmp/server.out" 2>&1 &
server_pid=$!
for _ in $(seq 600); do grep -q 'Press Ctrl+C' "$tmp/server.out" && break; sleep 0.1; done
conninfo=$(sed -n 's/.*valvur "\(host=[^"]*\)".*/\1/p' "$tmp/server.out" | head -1)
export PGPASSFILE=$(sed -n 's/.*PGPASSFILE=\([^ ]*\) valvur.*/\1/p' "$tmp/server.out" | head -1)

echo "Valvur start-up, median of $runs runs ($(nproc) cores, $(date -u +%F))"
printf '%-34s %11s %12s\n' "case" "wall" "peak RSS"
measure "empty window (no server)"
measure "Overview with live data" "$conninfo"
