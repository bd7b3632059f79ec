#!/usr/bin/env bash
# The Activity page with 1,000 live sessions: GUI-thread time per refresh, the longest event-loop
# stall and RSS. Builds a Release tree in build/bench and runs tests/bench/bench_activity.cpp
# (a throwaway PostgreSQL 15 with max_connections=1100; nothing else is touched).
#   tests/bench/activity.sh [--sessions N] [--refreshes N] [--tick MS]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cmake -S "$root" -B "$root/build/bench" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
ninja -C "$root/build/bench" -j2 bench_activity >/dev/null
echo "$(date -u '+%Y-%m-%d %H:%M UTC') on $(uname -n): $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r)"
QT_QPA_PLATFORM=offscreen "$root/build/bench/tests/bench_activity" "$@"
