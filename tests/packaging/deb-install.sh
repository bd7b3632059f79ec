#!/usr/bin/env bash
# The Debian package as a user gets it: builds valvur_<version>_amd64.deb with CPack, installs it
# with apt into a clean Debian 12 root (debootstrap --variant=minbase bookworm, only what the package
# Depends on, no Recommends), runs `valvur --version` and an offscreen --screenshot there, then purges
# it and checks that none of its files is left. Usage: deb-install.sh BUILD_DIR
#
# Needs root (chroot, mount) and the Debian mirror (the package's dependencies). The clean root is
# built once by debootstrap and cached as a tarball in $VALVUR_TEST_IMAGE_CACHE/deb (default
# /var/cache/valvur-test-images/deb); the .deb files apt downloads are cached beside it. Everything
# else lives in a temporary folder of its own and goes at exit; /proc is mounted in a private mount
# namespace, so no mount outlives the test whatever way it ends.
# Writes a short report to BUILD_DIR/packaging/deb-install.log and the screenshot beside it.
set -euo pipefail

fail() { echo "deb-install: FAIL: $*" >&2; exit 1; }
[ $# -eq 1 ] || fail "usage: $0 BUILD_DIR"
build=$(cd "$1" && pwd)
[ "$(id -u)" -eq 0 ] || fail "this test needs root (debootstrap, chroot, mount /proc); it runs as $(id -un). Run ctest as root."
for tool in debootstrap chroot unshare mount flock timeout cpack dpkg-deb tar python3; do
  command -v "$tool" >/dev/null || fail "$tool is not installed (scripts/setup-debian.sh installs what the tests need)"
done

# A mount namespace of our own: the /proc mounted below vanishes with this process on every exit path.
if [ -z "${VALVUR_DEB_TEST_NS:-}" ]; then
  exec env VALVUR_DEB_TEST_NS=1 unshare --mount --propagation private "$0" "$@"
fi

mirror=${VALVUR_DEBIAN_MIRROR:-http://deb.debian.org/debian}
cache=${VALVUR_TEST_IMAGE_CACHE:-/var/cache/valvur-test-images}/deb
root_recipe=1   # bump when make_root changes: the cached root is then built again
tarball=$cache/bookworm-minbase-r$root_recipe.tar
report_dir=$build/packaging
report=$report_dir/deb-install.log
mkdir -p "$cache/archives" "$report_dir"

work=$(mktemp -d /var/tmp/valvur-deb-test.XXXXXX)
root=$work/root
cleanup() {
  umount "$root/proc" 2>/dev/null || true
  if grep -q " $work/" /proc/self/mounts; then
    echo "deb-install: something is still mounted under $work; not removing it" >&2
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT
started=$SECONDS
log() { echo "$*" | tee -a "$report"; }
phases= phase_start=$SECONDS
phase() { phases+="${phases:+, }$1 $((SECONDS - phase_start)) s"; phase_start=$SECONDS; }
: >"$report"

# 1. A clean Debian 12 root: debootstrap once, then the cached tarball.
make_root() {
  local dir=$cache/building.$$
  rm -rf "$dir"
  echo "deb-install: debootstrap bookworm into $dir (a few minutes, once)"
  timeout 1200 debootstrap --variant=minbase --keyring=/usr/share/keyrings/debian-archive-keyring.gpg \
    bookworm "$dir" "$mirror" >"$work/debootstrap.log" 2>&1 \
    || { tail -n 20 "$work/debootstrap.log" >&2; rm -rf "$dir"; fail "debootstrap bookworm from $mirror failed"; }
  chroot "$dir" apt-get clean
  rm -rf "$dir"/var/lib/apt/lists/*
  ! grep -q " $dir" /proc/self/mounts || umount -R "$dir"/* 2>/dev/null || true
  ! grep -q " $dir" /proc/self/mounts || fail "debootstrap left mounts under $dir"
  tar --numeric-owner --exclude='./proc/*' --exclude='./sys/*' -C "$dir" -cf "$tarball.part" .
  mv "$tarball.part" "$tarball"
  rm -rf "$dir"
}
exec 9>"$cache/.lock"
flock -w 1500 9 || fail "another run holds $cache/.lock for 25 minutes"
[ -s "$tarball" ] || make_root
flock -u 9
mkdir "$root"
timeout 300 tar --numeric-owner -xf "$tarball" -C "$root" || fail "cannot unpack $tarball into $root"
cp /etc/resolv.conf "$root/etc/resolv.conf"
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d" && chmod +x "$root/usr/sbin/policy-rc.d"
mount -t proc proc "$root/proc"
phase root
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 HOME=/root DEBIAN_FRONTEND=noninteractive "$@"; }

# 2. The package, built from this build tree into our own folder (parallel runs do not collide).
timeout 300 cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/pkg" >"$work/cpack.log" 2>&1 \
  || { tail -n 20 "$work/cpack.log" >&2; fail "cpack could not build the package (is the valvur target built?)"; }
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")/\1/p' "$build/CPackConfig.cmake")
deb=$work/pkg/valvur_${version}_amd64.deb
[ -f "$deb" ] || fail "cpack made no $(basename "$deb"); it made: $(cd "$work/pkg" && ls -- *.deb 2>/dev/null | tr '\n' ' ')"
field() { dpkg-deb -f "$deb" "$1"; }
log "package:        $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB, Installed-Size $(field Installed-Size) KiB"
log "Depends:        $(field Depends)"
log "Recommends:     $(field Recommends)"
dpkg-deb --fsys-tarfile "$deb" | tar -xf - -C "$work" ./usr/bin/valvur
! readelf -S "$work/usr/bin/valvur" | grep -Eq '\.symtab|\.debug_' || fail "usr/bin/valvur in the package is not stripped (it has a symbol table or debug sections)"
log "usr/bin/valvur: $(du -k "$work/usr/bin/valvur" | cut -f1) KiB, stripped"
phase cpack


# 3. Install with apt, as a user would: the dependencies come from the mirror (cached between runs).
cp "$deb" "$root/tmp/"
flock -w 900 9 || fail "another run holds $cache/.lock for 15 minutes"
cp -l "$cache"/archives/*.deb "$root/var/cache/apt/archives/" 2>/dev/null || true
flock -u 9
timeout 300 chroot "$root" apt-get update -qq >"$work/apt.log" 2>&1 \
  || { tail -n 20 "$work/apt.log" >&2; fail "apt-get update in the clean root failed (mirror $mirror)"; }
phase apt-update
# Every Recommends names a package (one alternative at least) that Debian 12 has.
recommends=$(field Recommends)
while read -r group; do
  found=
  for alternative in ${group//|/ }; do
    in_root apt-cache show --no-all-versions "$alternative" </dev/null >/dev/null 2>&1 && found=$alternative && break
  done
  [ -n "$found" ] || fail "no package of the Recommends \"$group\" is in Debian 12"
done < <(tr ',' '\n' <<<"$recommends" | sed 's/([^)]*)//g; s/^ *//; s/ *$//')
before=$(in_root dpkg-query -W -f='${Package}\n' | sort)
timeout 900 chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
  -o Dpkg::Options::=--force-unsafe-io \
  "/tmp/$(basename "$deb")" >>"$work/apt.log" 2>&1 \
  || { tail -n 30 "$work/apt.log" >&2; fail "apt-get install ./$(basename "$deb") failed in a clean Debian 12 root"; }
flock -w 900 9 || fail "another run holds $cache/.lock for 15 minutes"
cp -n "$root"/var/cache/apt/archives/*.deb "$cache/archives/" 2>/dev/null || true
flock -u 9
phase install
added=$(comm -13 <(echo "$before") <(in_root dpkg-query -W -f='${Package}\n' | sort) | wc -l)
log "installed:      valvur and $((added - 1)) packages it depends on, into a clean bookworm minbase root (every Recommends is in bookworm too)"
in_root dpkg -L valvur >"$work/files"
for f in /usr/bin/valvur /usr/share/man/man1/valvur.1.gz /usr/share/bash-completion/completions/valvur \
  /usr/share/doc/valvur/copyright /usr/share/applications/ee.valvur.Valvur.desktop; do
  grep -qx "$f" "$work/files" || fail "the package does not install $f"
done

# 4. It runs: --version, and the window rendered offscreen (the Overview page needs no server).
got=$(timeout 30 chroot "$root" env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME=/tmp valvur --version 2>&1) \
  || fail "valvur --version failed in the clean root: $got"
[ "$got" = "valvur $version" ] || fail "valvur --version said \"$got\", expected \"valvur $version\""
log "--version:      $got"
mkdir -p -m 700 "$root/tmp/home"
shot_out=$(timeout 90 chroot "$root" env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME=/tmp/home XDG_RUNTIME_DIR=/tmp/home \
  QT_QPA_PLATFORM=offscreen valvur --lang en --page overview --screenshot /tmp/shot.png 2>&1) \
  || fail "valvur --screenshot failed in the clean root: $shot_out"
[ -s "$root/tmp/shot.png" ] || fail "valvur --screenshot wrote no /tmp/shot.png; it said: $shot_out"
cp "$root/tmp/shot.png" "$report_dir/deb-install-screenshot.png"
python3 - "$root/tmp/shot.png" <<'EOF' | tee -a "$report" || fail "the screenshot is not a rendered window"
# The PNG is the 1280x800 window with content: many colours, no one colour covering nearly all of it.
import collections, struct, sys, zlib
data = open(sys.argv[1], 'rb').read()
assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
pos, idat, head = 8, b'', None
while pos < len(data):
    length, kind = struct.unpack('>I4s', data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if kind == b'IHDR': head = struct.unpack('>IIBBBBB', body)
    if kind == b'IDAT': idat += body
    pos += 12 + length
width, height, depth, ctype, _, _, interlace = head
assert depth == 8 and ctype in (2, 6) and not interlace, f'unexpected PNG format {head}'
bpp = 4 if ctype == 6 else 3
raw, stride, prev, counts = zlib.decompress(idat), width * bpp, bytearray(width * bpp), collections.Counter()
for y in range(height):
    kind, row = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
    for i in range(stride):  # undo the PNG row filter
        a = row[i - bpp] if i >= bpp else 0
        b, c = prev[i], (prev[i - bpp] if i >= bpp else 0)
        if kind == 1: row[i] = (row[i] + a) & 255
        elif kind == 2: row[i] = (row[i] + b) & 255
        elif kind == 3: row[i] = (row[i] + (a + b) // 2) & 255
        elif kind == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            row[i] = (row[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    counts.update(bytes(row[x:x + bpp]) for x in range(0, stride, bpp))
    prev = row
top = counts.most_common(1)[0][1] * 100 // (width * height)
summary = f'{width}x{height} PNG, {len(data) // 1024} KiB, {len(counts)} colours, the commonest on {top}% of it'
if (width, height) != (1280, 800) or len(counts) < 16 or top > 97:
    print(f'screenshot:     {summary}: blank or the wrong size')
    sys.exit(1)
print(f'screenshot:     {summary}')
EOF
phase run

# 5. Purged, nothing of it is left.
timeout 300 chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y -q valvur >>"$work/apt.log" 2>&1 \
  || { tail -n 20 "$work/apt.log" >&2; fail "apt-get remove --purge valvur failed"; }
! in_root dpkg-query -W -f='${Status}' valvur 2>/dev/null | grep -q installed || fail "dpkg still lists valvur after the purge"
left=$(while read -r f; do [ -f "$root$f" ] || [ -L "$root$f" ] && echo "$f"; done <"$work/files" || true)
[ -z "$left" ] || fail "files of the package are left after the purge: $left"
stray=$(cd "$root" && find usr etc var opt -iname '*valvur*' 2>/dev/null || true)
[ -z "$stray" ] || fail "files named valvur are left after the purge: $stray"
log "purged:         $(grep -c . "$work/files") paths of the package gone, no file named valvur left"
phase purge
log "time:           $((SECONDS - started)) s ($phases)"
echo "deb-install: PASS (report: $report)"
