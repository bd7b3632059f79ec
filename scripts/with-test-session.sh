#!/usr/bin/env bash
# Runs a command the way the tests must run: a private HOME and XDG_RUNTIME_DIR, a private D-Bus
# session with an unlocked gnome-keyring (a real Secret Service), offscreen widgets. Nothing
# touches the user's own keychain or settings.   Example: scripts/with-test-session.sh ctest --test-dir build/dev -R keychain
set -euo pipefail
sandbox=$(mktemp -d /tmp/valvur-session-XXXXXX)
trap 'rm -rf "$sandbox"' EXIT
mkdir -p -m 700 "$sandbox/home" "$sandbox/run"
env -u DBUS_SESSION_BUS_ADDRESS HOME="$sandbox/home" XDG_RUNTIME_DIR="$sandbox/run" QT_QPA_PLATFORM=offscreen \
  dbus-run-session -- sh -c 'echo -n valvur-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec "$@"' sh "$@" \
  2> >(grep -v 'Failed to set fd limit' >&2)
