#!/usr/bin/env bash
# Valvur's start-up against a bare Qt Widgets + Charts window (tests/bench/bench_bare_window.cpp),
# run alternately against one local demo server, offscreen. Wall = process start to exit, the PNG
# written (valvur --page overview CONNINFO --screenshot FILE; the bare window grabs itself the same
# way once it has painted its query's rows). Peak RSS from /usr/bin/time. Prints each median, the
# median of the per-pair ratios, and with TRACE=1 Valvur's own start-up marks (VALVUR_STARTUP_TRACE)
# as medians per mark.
# Usage: tests/bench/startup-ratio.sh [BUILD_DIR] [RUNS]   (default build/test, 11)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/test}
runs=${2:-11}
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)"; exit 1; }
valvur=${VALVUR:-$build/app/valvur}   # VALVUR=path measures another build (a "before")
for program in app/valvur tests/bench_bare_window tests/valvur-demo-server; do
  [ -x "$build/$program" ] || { echo "build $program first (cmake --build $build --target $(basename "$program"))"; exit 1; }
done
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8
tmp=$(mktemp -d)
server_pid=""
trap '[ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME=$tmp/config   # Valvur starts with no remembered window or page

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

"$build/tests/valvur-demo-server" --serve --no-container > "$tmp/server.out" 2>&1 &
server_pid=$!
for _ in $(seq 600); do grep -q 'Press Ctrl+C' "$tmp/server.out" && break; sleep 0.1; done
grep -q 'Press Ctrl+C' "$tmp/server.out" || { cat "$tmp/server.out"; exit 1; }
conninfo=$(sed -n 's/.*valvur "\(host=[^"]*\)".*/\1/p' "$tmp/server.out" | head -1)
export PGPASSFILE=$(sed -n 's/.*PGPASSFILE=\([^ ]*\) valvur.*/\1/p' "$tmp/server.out" | head -1)

one() {  # name, output file of "ms kB", command…
  local name=$1 out=$2; shift 2
  rm -f "$tmp/shot.png"
  local start end
  start=$(date +%s%N)
  /usr/bin/time -f "%M" -o "$tmp/rss" "$@" 2> "$tmp/$name.err" >/dev/null || { echo "$name failed:"; cat "$tmp/$name.err"; exit 1; }
  end=$(date +%s%N)
  [ -s "$tmp/shot.png" ] || { echo "$name wrote no screenshot"; exit 1; }
  echo "$(( (end - start) / 1000 )) $(cat "$tmp/rss")" >> "$out"
}

# One warm-up of each (page cache, the server's first backend), then alternate.
one valvur "$tmp/warm" "$valvur" --lang en --page overview "$conninfo" --screenshot "$tmp/shot.png"
one bare "$tmp/warm" "$build/tests/bench_bare_window" "$conninfo" "$tmp/shot.png"
for _ in $(seq "$runs"); do
  VALVUR_STARTUP_TRACE=${TRACE:-0} one valvur "$tmp/valvur" "$valvur" --lang en --page overview "$conninfo" --screenshot "$tmp/shot.png"
  grep '^valvur-startup: .* ms [^ ]' "$tmp/valvur.err" | grep -v epoch >> "$tmp/trace" || true
  one bare "$tmp/bare" "$build/tests/bench_bare_window" "$conninfo" "$tmp/shot.png"
done

paste "$tmp/valvur" "$tmp/bare" | awk '{print $1 / $3}' > "$tmp/ratio"
ms() { awk '{print $1 / 1000}' "$1" | median; }
mib() { awk '{print $2 / 1024}' "$1" | median; }
echo "Start-up to the Overview with data, median of $runs alternate runs ($(nproc) cores, $(date -u '+%F %H:%M') UTC, load $(cut -d' ' -f1 /proc/loadavg))"
printf '%-36s %10s %14s\n' "program" "wall" "peak RSS"
printf '%-36s %7.0f ms %10.1f MiB\n' "valvur --screenshot" "$(ms "$tmp/valvur")" "$(mib "$tmp/valvur")"
printf '%-36s %7.0f ms %10.1f MiB\n' "bare Widgets+Charts window" "$(ms "$tmp/bare")" "$(mib "$tmp/bare")"
printf 'median ratio valvur / bare: %.2f\n' "$(median < "$tmp/ratio")"
if [ -s "$tmp/trace" ]; then
  echo "Valvur's marks (ms since main, median):"
  awk '{ms = $2; $1 = $2 = $3 = ""; sub(/^ +/, ""); if (!($0 in v)) names[++n] = $0; v[$0] = v[$0] " " ms}
       END {for (i = 1; i <= n; i++) print names[i] "\t" v[names[i]]}' "$tmp/trace" \
    | while IFS=$'\t' read -r name values; do
        printf '  %-28s %7.1f\n' "$name" "$(tr ' ' '\n' <<< "$values" | grep . | median)"
      done
fi
