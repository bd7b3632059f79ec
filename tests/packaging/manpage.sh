#!/usr/bin/env bash
# The manual page (packaging/valvur.1) renders without a groff warning, has a section for every
# command, and names every option that `valvur [COMMAND] --help` lists. Usage: manpage.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
src=$1 build=$2
valvur=$build/app/valvur
[ -x "$valvur" ] || { echo "FAIL: $valvur is not built"; exit 1; }
command -v man >/dev/null || { echo "FAIL: man is not installed (man-db; scripts/setup-debian.sh)"; exit 1; }
. "$src/tests/packaging/help-options.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# Rendered as `man` shows it; groff's warnings (bad macros, unknown escapes) go to stderr.
gzip -dc "$build/packaging/valvur.1.gz" >"$work/valvur.1" || fail "the build made no packaging/valvur.1.gz"
cmp -s "$work/valvur.1" "$src/packaging/valvur.1" || fail "packaging/valvur.1.gz is not packaging/valvur.1 (rebuild)"
LC_ALL=C.UTF-8 MANWIDTH=200 man --warnings=w -l "$work/valvur.1" >"$work/page" 2>"$work/warnings" || fail "man -l could not render the page"
[ ! -s "$work/warnings" ] || fail "groff warns: $(cat "$work/warnings")"
grep -q '^NAME' "$work/page" && grep -q 'valvur - desktop operations console for PostgreSQL' "$work/page" \
  || fail "no NAME section with the one-line description"
# man renders "-" as U+2010 or U+2212 in places; compare with plain hyphens.
sed 's/\xe2\x80\x90/-/g; s/\xe2\x88\x92/-/g' "$work/page" >"$work/plain"

version=$("$valvur" --version | sed 's/^valvur //')
grep -q "valvur $version" "$work/plain" || fail "the page is not for version $version (the .TH line)"
for c in "" $valvur_commands; do
  if [ -n "$c" ]; then
    grep -Eq "^ {3}valvur $c \[options\]" "$work/plain" || fail "no section for valvur $c"
  fi
  for option in $(help_options "$valvur" $c); do
    grep -Eq -- "(^|[^a-z-])$option([^a-z-]|$)" "$work/plain" || fail "valvur $c --help lists $option; the man page does not"
  done
done
[ "$failures" -eq 0 ] || { echo "$failures man page check(s) failed"; exit 1; }
echo "man page: renders without warnings; every command and every option of every --help is on it"
