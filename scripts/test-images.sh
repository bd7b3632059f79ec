#!/usr/bin/env bash
# Builds the PostgreSQL images Valvur's container tests and demo run, from Debian packages, since
# no container registry is reachable from the machines the tests run on:
#   valvur-test/postgres:15   debootstrap --variant=minbase bookworm + postgresql-15
#   valvur-test/postgres:17   debootstrap --variant=minbase trixie   + postgresql-17
# Both keep the official postgres image's contract (scripts/test-images/docker-entrypoint.sh):
# POSTGRES_USER/PASSWORD/DB, PGDATA, the PostgreSQL programs on PATH, a healthcheck (pg_isready).
#
# Cached twice: an image already in the engine with the same recipe is left alone (about 0.1 s);
# otherwise the root file system tarball in $VALVUR_TEST_IMAGE_CACHE (default
# /var/cache/valvur-test-images as root, else ~/.cache/valvur/test-images), built once by
# debootstrap (needs root and deb.debian.org), becomes the image in a few seconds.
# Arguments: the majors to build (default: 15 17). Needs a running engine (container-engine.sh).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
mirror=${VALVUR_DEBIAN_MIRROR:-http://deb.debian.org/debian}
if [ "$(id -u)" -eq 0 ]; then
  cache=${VALVUR_TEST_IMAGE_CACHE:-/var/cache/valvur-test-images}
else
  cache=${VALVUR_TEST_IMAGE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/valvur/test-images}
fi
rootfs_recipe=2   # bump when build_rootfs changes: the cached tarballs are then built again
docker=$(command -v docker || echo /usr/bin/docker)

problem() { echo "test-images: $*" >&2; exit 1; }
building=
trap '[ -z "$building" ] || rm -rf "$building" "$building.part"' EXIT

suite_of() { case "$1" in 15) echo bookworm ;; 17) echo trixie ;; *) problem "no recipe for PostgreSQL $1 (15 or 17)" ;; esac; }

# A Debian root file system with postgresql-$major, small: no apt lists, docs, manuals or translations.
build_rootfs() {  # major suite tarball
  local major=$1 suite=$2 tarball=$3
  [ "$(id -u)" -eq 0 ] || problem "building the $suite root file system needs root (debootstrap); run this once as root"
  command -v debootstrap >/dev/null || problem "debootstrap is not installed (scripts/setup-debian.sh)"
  local dir
  dir=$(mktemp -d "$cache/rootfs-$suite.XXXXXX")
  building=$dir   # removed on exit, whatever happens
  echo "test-images: debootstrap $suite into $dir (a few minutes, once)"
  # bookworm's debian-archive-keyring holds trixie's archive keys too: the signatures are checked.
  debootstrap --variant=minbase --include=util-linux,ca-certificates \
    --keyring=/usr/share/keyrings/debian-archive-keyring.gpg "$suite" "$dir" "$mirror" >"$dir.log" 2>&1 \
    || { tail -n 20 "$dir.log" >&2; problem "debootstrap $suite failed (log: $dir.log)"; }
  # No cluster of Debian's own (the entrypoint makes PGDATA), no services started while installing.
  mkdir -p "$dir/etc/postgresql-common/createcluster.d"
  echo "create_main_cluster = false" >"$dir/etc/postgresql-common/createcluster.d/valvur.conf"
  printf '#!/bin/sh\nexit 101\n' >"$dir/usr/sbin/policy-rc.d"
  chmod +x "$dir/usr/sbin/policy-rc.d"
  cp /etc/resolv.conf "$dir/etc/resolv.conf"
  echo "test-images: installing postgresql-$major"
  chroot "$dir" env DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8 sh -c \
    "apt-get update -qq && apt-get install -y -qq --no-install-recommends postgresql-$major >/dev/null" \
    >>"$dir.log" 2>&1 || { tail -n 20 "$dir.log" >&2; problem "installing postgresql-$major into $suite failed (log: $dir.log)"; }
  chroot "$dir" dpkg-query -W -f='${Version}' "postgresql-$major" >"$tarball.version"
  chroot "$dir" apt-get clean
  # No JIT (LLVM is a third of the image); the server runs without it as it does when jit = off.
  local jit
  jit=$(chroot "$dir" dpkg-query -W -f='${Package}\n' 'libllvm*' 'libz3-*' 2>/dev/null || true)
  [ -z "$jit" ] || chroot "$dir" dpkg --purge --force-depends $jit >>"$dir.log" 2>&1
  rm -rf "$dir"/usr/lib/postgresql/"$major"/lib/llvmjit* "$dir"/usr/lib/postgresql/"$major"/lib/bitcode
  rm -rf "$dir"/var/lib/apt/lists/* "$dir"/var/cache/apt/*.bin "$dir"/usr/share/doc/* "$dir"/usr/share/man/* \
    "$dir"/usr/share/info/* "$dir"/usr/share/locale/* "$dir"/var/cache/debconf/*-old "$dir"/var/log/*.log \
    "$dir"/var/log/apt/* "$dir/usr/sbin/policy-rc.d" "$dir/etc/resolv.conf"
  rm -f "$dir.log"
  tar --numeric-owner --exclude='./dev/*' --exclude='./proc/*' --exclude='./sys/*' \
    -C "$dir" -cf "$tarball.part" .
  mv "$tarball.part" "$tarball"
  rm -rf "$dir"
  building=
}

build_image() {  # major
  local major=$1 suite tag context recipe
  suite=$(suite_of "$major")
  tag="valvur-test/postgres:$major"
  context="$cache/pg$major"
  local tarball="$context/rootfs-$suite-r$rootfs_recipe.tar"
  # The recipe: the root file system's, and this script's image part with the entrypoint.
  recipe=$( { echo "$rootfs_recipe"; sed -n '/^build_image()/,/^}/p' "$0"; cat "$here/test-images/docker-entrypoint.sh"; } | sha256sum | cut -c1-16)
  if [ "$("$docker" image inspect -f '{{index .Config.Labels "valvur.recipe"}}' "$tag" 2>/dev/null)" = "$recipe" ]; then
    echo "test-images: $tag is up to date"
    return 0
  fi
  mkdir -p "$context"
  # Root file systems of older recipes go.
  find "$context" -maxdepth 1 -name 'rootfs-*.tar*' ! -name "$(basename "$tarball")*" -delete
  [ -s "$tarball" ] && [ -s "$tarball.version" ] || build_rootfs "$major" "$suite" "$tarball"
  cp "$here/test-images/docker-entrypoint.sh" "$context/docker-entrypoint.sh"
  printf '%s\n' '*' "!$(basename "$tarball")" '!docker-entrypoint.sh' >"$context/.dockerignore"
  cat >"$context/Dockerfile" <<EOF
FROM scratch
ADD $(basename "$tarball") /
COPY docker-entrypoint.sh /usr/local/bin/docker-entrypoint.sh
RUN mkdir -p /docker-entrypoint-initdb.d /var/lib/postgresql/data /var/run/postgresql \
 && chown postgres:postgres /var/lib/postgresql/data /var/run/postgresql && chmod 03775 /var/run/postgresql
ENV PG_MAJOR=$major PG_VERSION=$(cat "$tarball.version") PGDATA=/var/lib/postgresql/data \
    LANG=C.UTF-8 PATH=/usr/lib/postgresql/$major/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
VOLUME /var/lib/postgresql/data
EXPOSE 5432
STOPSIGNAL SIGINT
HEALTHCHECK --interval=1s --timeout=5s --start-period=60s --retries=3 CMD pg_isready -q -h 127.0.0.1 -p 5432 -U "\${POSTGRES_USER:-postgres}" || exit 1
LABEL valvur.recipe=$recipe org.opencontainers.image.description="PostgreSQL $major on Debian $suite, built locally for Valvur's tests"
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["postgres"]
EOF
  echo "test-images: building $tag"
  DOCKER_BUILDKIT=0 "$docker" build -t "$tag" "$context" >"$context/build.log" 2>&1 \
    || { tail -n 20 "$context/build.log" >&2; problem "docker build $tag failed (log: $context/build.log)"; }
  "$docker" image prune -f --filter label=valvur.recipe >/dev/null 2>&1 || true  # its older builds
  echo "test-images: built $tag ($("$docker" image inspect -f '{{.Size}}' "$tag" | awk '{printf "%d MB", $1/1e6}'))"
}

timeout 10 "$docker" version >/dev/null 2>&1 || problem "no container engine answers; start one first (scripts/container-engine.sh start)"
mkdir -p "$cache"
# One build at a time on this machine: two test runs that both find no image wait for each other.
exec 9>"$cache/.lock"
flock -w 900 9 || problem "another build of the test images holds $cache/.lock for 15 minutes"
for major in "${@:-15 17}"; do
  for m in $major; do build_image "$m"; done
done
