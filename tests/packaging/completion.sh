#!/usr/bin/env bash
# The bash completion (packaging/valvur.bash-completion) as bash calls it: COMP_WORDS/COMP_CWORD set,
# _valvur called, COMPREPLY checked. Each command's options must be exactly what its --help lists.
# Usage: completion.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
src=$1 build=$2
valvur=$build/app/valvur
[ -x "$valvur" ] || { echo "FAIL: $valvur is not built"; exit 1; }
. "$src/tests/packaging/help-options.sh"
. "$src/packaging/valvur.bash-completion"
complete -p valvur >/dev/null || { echo "FAIL: the file registers no completion for valvur"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME=$work/config LANG=C.UTF-8
failures=0

candidates() {  # the command line up to the cursor ("valvur backup --fo"; a trailing space starts a new word)
  read -r -a COMP_WORDS <<<"$1"
  [[ "$1" == *" " ]] && COMP_WORDS+=("")
  COMP_WORDS[0]=$valvur
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  _valvur 2>/dev/null
  printf '%s\n' "${COMPREPLY[@]}" | sed '/^$/d' | sort
}
expect() {  # command-line expected-candidates (space separated)
  local got want
  got=$(candidates "$1" | tr '\n' ' ' | sed 's/ $//')
  want=$(tr ' ' '\n' <<<"$2" | sed '/^$/d' | sort | tr '\n' ' ' | sed 's/ $//')
  if [ "$got" = "$want" ]; then
    echo "ok    '$1' -> $got"
  else
    echo "FAIL  '$1' -> '$got', expected '$want'"
    failures=$((failures + 1))
  fi
}

expect "valvur " "$valvur_commands"
expect "valvur re" "restore"
expect "valvur -" "$(help_options "$valvur" | tr '\n' ' ')"
expect "valvur --" "$(help_options "$valvur" | tr '\n' ' ')"
for c in $valvur_commands; do
  expect "valvur $c --" "$(help_options "$valvur" "$c" | tr '\n' ' ')"
done
expect "valvur --lang " "et en"
expect "valvur backup --lang =" "et en"      # bash splits --lang= at the '='
expect "valvur backup --lang = e" "et en"
pages=$(QT_QPA_PLATFORM=offscreen timeout 20 "$valvur" --page no-such-page 2>&1 | sed -n 's/.*Pages: //p' | tr -d ',' || true)
[ -n "$pages" ] || { echo "FAIL: valvur --page no-such-page lists no pages"; failures=$((failures + 1)); }
expect "valvur --page " "$pages"
expect "valvur backup --format " "custom directory tar plain physical"
expect "valvur backup --jobs " ""
expect "valvur profiles " "list import export"
expect "valvur lab " "list start check hint reset"
expect "valvur schedule " "add list remove run-now status"
expect "valvur lab start connection-l" "connection-leak"
expect "valvur --lab-scenario lock-c" "lock-chain"
mkdir "$work/files" && touch "$work/files/shop.dump" "$work/files/shop.sql" "$work/files/other.txt"
expect "valvur backup --output $work/files/sh" "$work/files/shop.dump $work/files/shop.sql"
expect "valvur restore --input $work/files/o" "$work/files/other.txt"
expect "valvur profiles import $work/files/o" "$work/files/other.txt"
printf '[staging]\nhost=db.example\nport=5433\nuser=app\n\n[prod eu]\nhost=db2.example\nuser=app\n' >"$work/pg_service.conf"
"$valvur" profiles import "$work/pg_service.conf" >/dev/null
expect "valvur --profile st" "staging"
IFS=$'\n' read -r -d '' -a both < <(candidates "valvur doctor --profile " && printf '\0') || true
if [ "${#both[@]}" -eq 2 ] && [ "${both[0]}" = "prod eu" ] && [ "${both[1]}" = "staging" ]; then
  echo "ok    'valvur doctor --profile ' -> 'prod eu' 'staging' (a name with a space is one candidate)"
else
  echo "FAIL  'valvur doctor --profile ' -> ${both[*]@Q}, expected 'prod eu' 'staging'"
  failures=$((failures + 1))
fi
[ "$failures" -eq 0 ] || { echo "$failures completion check(s) failed"; exit 1; }
echo "bash completion: all checks passed"
