#!/usr/bin/env bash
# The demo: a throwaway PostgreSQL with a demo database and a light pgbench load, and Valvur
# connected to it. Where a container engine can run, the server is a container of the locally
# built valvur-test/postgres:17 image (a named volume, a port on 127.0.0.1); elsewhere a plain
# local PostgreSQL 15, and the demo says why. Closing Valvur stops the load and removes the
# container and its volume (or the plain server's directory); an engine the demo started stops.
# Extra arguments go to Valvur, e.g. scripts/demo.sh --lang et --page overview
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup-debian.sh"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" != offscreen ]; then
  echo "There is no display to open Valvur's window on." >&2
  echo "Run the demo under a virtual one:  xvfb-run -a $0 $*" >&2
  echo "(or take a picture of it: QT_QPA_PLATFORM=offscreen $0 --screenshot demo.png)" >&2
  exit 1
fi

dir="$root/build/demo"
cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$dir" -j "$(nproc)" --target valvur valvur-demo-server

# The engine and the images (built once, cached); without them the demo falls back and says why.
engine_log=$(mktemp)
trap '"$root/scripts/container-engine.sh" stop >/dev/null || true; rm -f "$engine_log"' EXIT
if ! "$root/scripts/container-engine.sh" start 2>"$engine_log" || ! "$root/scripts/test-images.sh" 2>"$engine_log"; then
  VALVUR_CONTAINER_ENGINE_PROBLEM=$(tail -n 8 "$engine_log")
  export VALVUR_CONTAINER_ENGINE_PROBLEM
fi
VALVUR_SOURCE_DIR="$root" "$dir/tests/valvur-demo-server" --valvur "$dir/app/valvur" "$@"
