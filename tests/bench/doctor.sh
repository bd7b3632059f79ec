#!/usr/bin/env bash
# Time from "Test connection" to the doctor's verdict for a refused port and for a listener that
# never answers, next to a blocking libpq connect. Usage: tests/bench/doctor.sh [BUILD_DIR] [REFUSED_RUNS] [SILENT_RUNS]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/dev}
echo "$(date -u '+%F %H:%M UTC'), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1 /proc/loadavg)"
QT_QPA_PLATFORM=offscreen "$build/tests/bench_doctor" "${2:-20}" "${3:-3}"
