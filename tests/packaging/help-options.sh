# Sourced by the packaging tests: the long options `valvur [COMMAND] --help` lists, one a line.
help_options() {  # valvur-binary [command]
  local out
  out=$(LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen timeout 20 "$@" --help 2>&1) || { echo "cannot run $* --help: $out" >&2; return 1; }
  printf '%s\n' "$out" | sed -n 's/^  \(-[a-zA-Z], \)\{0,1\}\(--[a-z][a-z-]*\).*/\2/p' | sort -u
}
valvur_commands="backup containers doctor lab profiles restore schedule verify"
