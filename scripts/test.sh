#!/usr/bin/env bash
# Builds Valvur and runs the whole test suite on Debian 12: ctest against real PostgreSQL 15
# servers the tests start themselves, widgets under QT_QPA_PLATFORM=offscreen, and a real
# keychain (gnome-keyring on a private D-Bus session). Runs the suite twice: once built with
# AddressSanitizer + UndefinedBehaviorSanitizer, then the ordinary build, whose ctest summary ends
# the output. Set VALVUR_SKIP_SANITIZERS=1 to skip the first pass while developing.
# The tests labelled docker run against a real container engine (scripts/container-engine.sh, which
# starts dockerd when none runs and stops it at the end) and locally built images
# (scripts/test-images.sh, cached); where no engine can run, those tests fail and say why.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup-debian.sh"

jobs=$(nproc)
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)  # reruns rebuild in seconds
build_dir() {  # name, cmake options…
  local dir="$root/build/$1"; shift
  cmake -S "$root" -B "$dir" -G Ninja "${launcher[@]}" "$@" >/dev/null
  cmake --build "$dir" -j "$jobs"
}

run_ctest() {  # build dir, ctest options…  (private keychain session: scripts/with-test-session.sh)
  local dir="$1"; shift
  "$root/scripts/with-test-session.sh" ctest --test-dir "$dir" --output-on-failure -j "$jobs" "$@"
}

# The engine and the images first. A problem here stops no other test: the docker tests fail with it.
engine_log=$(mktemp)
trap '"$root/scripts/container-engine.sh" stop || true; rm -f "$engine_log"' EXIT
if ! "$root/scripts/container-engine.sh" start 2>"$engine_log" || ! "$root/scripts/test-images.sh" 2>"$engine_log"; then
  VALVUR_CONTAINER_ENGINE_PROBLEM=$(tail -n 8 "$engine_log")
  export VALVUR_CONTAINER_ENGINE_PROBLEM
  echo "== No container engine: the tests labelled docker will fail: $VALVUR_CONTAINER_ENGINE_PROBLEM" >&2
fi

status=0
if [ "${VALVUR_SKIP_SANITIZERS:-0}" != 1 ]; then
  echo "== Building with AddressSanitizer + UndefinedBehaviorSanitizer"
  build_dir asan -DCMAKE_BUILD_TYPE=Debug -DVALVUR_SANITIZE=ON
  echo "== Tests under the sanitizers"
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 \
  LSAN_OPTIONS="suppressions=$root/tests/support/lsan.supp:print_suppressions=0" \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    run_ctest "$root/build/asan" || status=1
fi

echo "== Building"
build_dir test -DCMAKE_BUILD_TYPE=RelWithDebInfo
echo "== Tests"
run_ctest "$root/build/test" || status=1
if [ "$status" -ne 0 ]; then
  echo "Some tests failed (see above; the sanitizer pass runs first)." >&2
fi
exit "$status"
