#!/usr/bin/env bash
# The demo: a throwaway local PostgreSQL 15 with a demo database and a light pgbench load, and
# Valvur connected to it. Closing Valvur stops the load and the server and removes its directory.
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
exec "$dir/tests/valvur-demo-server" --valvur "$dir/app/valvur" "$@"
