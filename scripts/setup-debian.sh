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
# openssh-server is there only for the tests' own sshd (a private one on a loopback port): it is
# installed without starting or enabling the system's sshd service (policy-rc.d answers 101 "not
# allowed" for that one install; on a CI container without an init system a start would fail).
sshd_new=0
rest=()
for p in "${missing[@]}"; do
  if [ "$p" = openssh-server ]; then sshd_new=1; else rest+=("$p"); fi
done
if [ ${#rest[@]} -gt 0 ]; then
  "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${rest[@]}"
fi
if [ $sshd_new -eq 1 ]; then
  policy_added=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | "${as_root[@]}" tee /usr/sbin/policy-rc.d >/dev/null
    "${as_root[@]}" chmod 755 /usr/sbin/policy-rc.d
    policy_added=1
  fi
  "${as_root[@]}" apt-get install -y -qq --no-install-recommends openssh-server || { [ $policy_added -eq 1 ] && "${as_root[@]}" rm -f /usr/sbin/policy-rc.d; exit 1; }
  if [ $policy_added -eq 1 ]; then
    "${as_root[@]}" rm -f /usr/sbin/policy-rc.d
    if command -v systemctl >/dev/null && [ -d /run/systemd/system ]; then
      "${as_root[@]}" systemctl disable ssh.service ssh.socket >/dev/null 2>&1 || true
    fi
  fi
fi
