#!/usr/bin/env bash
# The Activity page with 1,000 live sessions: GUI-thread time per refresh, the longest event-loop
# stall and RSS. Builds a Release tree in build/bench and runs tests/bench/bench_activity.cpp
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
cmake -S "$root" -B "$root/build/bench" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
ninja -C "$root/build/bench" -j2 bench_activity >/dev/null
echo "$(date -u '+%Y-%m-%d %H:%M UTC') on $(uname -n): $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r), load average $(cut -d' ' -f1-3 /proc/loadavg)"
QT_QPA_PLATFORM=offscreen "${wrap[@]}" "$root/build/bench/tests/bench_activity" "$@"
