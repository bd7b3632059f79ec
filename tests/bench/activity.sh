#!/usr/bin/env bash
# The Activity page with 1,000 live sessions: GUI-thread time per refresh, the longest event-loop
# stall and RSS. Builds a Release tree (build/release, the one the other benchmarks use; another
# with VALVUR_BENCH_BUILD=DIR) and runs tests/bench/bench_activity.cpp
# (a throwaway PostgreSQL 15 with max_connections=1100; nothing else is touched).
#   tests/bench/activity.sh [--callgrind FILE] [--sessions N] [--refreshes N] [--tick MS]
# --callgrind FILE runs the measured process under valgrind's callgrind (installed with apt-get
# when missing) and writes the profile to FILE (read it with callgrind_annotate --inclusive=yes);
# its timings are valgrind's, not the machine's.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
wrap=()
if [[ "${1:-}" == "--callgrind" ]]; then
    out=$2
    shift 2
    if ! command -v valgrind >/dev/null; then
        sudo=""; [[ $(id -u) -ne 0 ]] && sudo="sudo"
        $sudo apt-get install -y valgrind >/dev/null
    fi
    wrap=(valgrind --tool=callgrind --trace-children=no "--callgrind-out-file=$out")
fi
build=${VALVUR_BENCH_BUILD:-$root/build/release}
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
ninja -C "$build" -j2 bench_activity >/dev/null
echo "$(date -u '+%Y-%m-%d %H:%M UTC') on $(uname -n): $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r), load average $(cut -d' ' -f1-3 /proc/loadavg)"
QT_QPA_PLATFORM=offscreen "${wrap[@]}" "$build/tests/bench_activity" "$@"
