#!/usr/bin/env bash
# `valvur profiles import` of N generated entries (default 10,000) from a pgpass file, a
# pg_service.conf and a pgAdmin servers.json, each into empty settings, then the same file again
# (every entry a duplicate). Wall time of the whole command, as a user waits for it.
# Usage: tests/bench/profile-import.sh [BUILD_DIR] [N]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/dev}
n=${2:-10000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "$(date -u '+%F %H:%M UTC'), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1 /proc/loadavg)"
seq 1 "$n" | awk '{ printf "h%d.example.com:%d:db%d:u:pw\n", $1, 1024 + $1 % 50000, $1 }' > "$work/pgpass"
seq 1 "$n" | awk '{ printf "[s%d]\nhost=h%d.example.com\nport=%d\ndbname=db%d\n", $1, $1, 1024 + $1 % 50000, $1 }' > "$work/pg_service.conf"
seq 1 "$n" | awk -v n="$n" 'BEGIN { print "{\"Servers\": {" }
    { printf "\"%d\": {\"Name\": \"s%d\", \"Host\": \"h%d.example.com\", \"Port\": %d, \"MaintenanceDB\": \"db%d\"}%s\n", $1, $1, $1, 1024 + $1 % 50000, $1, ($1 < n ? "," : "") }
    END { print "}}" }' > "$work/servers.json"
chmod 600 "$work/pgpass"
for file in pgpass pg_service.conf servers.json; do
    export XDG_CONFIG_HOME="$work/config-$file"
    for round in first again; do
        start=$(date +%s.%N)
        "$build/app/valvur" profiles import "$work/$file" --json > "$work/out.json"
        end=$(date +%s.%N)
        added=$(grep -m1 '"added"' "$work/out.json" | tr -dc 0-9)
        dups=$(grep -m1 '"duplicates"' "$work/out.json" | tr -dc 0-9)
        printf '%-16s %-6s %6.2f s  (added %s, duplicates %s)\n' "$file" "$round" "$(echo "$end - $start" | bc)" "$added" "$dups"
    done
done
