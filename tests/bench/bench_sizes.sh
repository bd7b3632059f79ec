#!/bin/sh
# The Sizes page with 10,000 tables (see bench_sizes.cpp). Build type matters: use a Release build
# for the numbers in docs/benchmarks.md:
#   cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release && ninja -C build/release -j2 bench_sizes
#   tests/bench/bench_sizes.sh build/release 5
set -e
BUILD=${1:-build/dev}
RUNS=${2:-5}
date -u '+%Y-%m-%d %H:%M UTC'
uname -srm
exec "$BUILD/tests/bench_sizes" "$RUNS"
