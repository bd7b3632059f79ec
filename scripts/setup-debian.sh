#!/usr/bin/env bash
# Installs what Valvur needs to build, test and run on Debian 12. Idempotent: installs only what
# is missing. Uses sudo when not run as root.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n qtkeychain-qt6-dev libpq-dev libssl-dev
  postgresql-15 postgresql-client-15 postgresql-contrib
  podman
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-1-0 fonts-dejavu-core
  desktop-file-utils appstream util-linux openssl iproute2 ccache
  dpkg-dev man-db python3   # the Debian package: dpkg-shlibdeps (cpack), its man page and install tests
  docker.io debootstrap   # the container tests: an engine and locally built PostgreSQL images
  openssh-server openssh-client
  cron systemd   # scheduled backups: the crontab program, systemd-analyze for the unit checks
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "Valvur needs these Debian packages, and installing them needs root: ${missing[*]}" >&2; exit 1; }
  as_root=(sudo)
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
# Debian's postgresql-common would create and start a cluster on 5432; Valvur's tests and demo
# start their own throwaway servers, so ask it not to.
if [ ! -e /etc/postgresql-common/createcluster.conf ]; then
  "${as_root[@]}" mkdir -p /etc/postgresql-common/createcluster.d
  echo "create_main_cluster = false" | "${as_root[@]}" tee /etc/postgresql-common/createcluster.d/valvur.conf >/dev/null
fi
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
