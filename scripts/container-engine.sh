#!/usr/bin/env bash
# The container engine for Valvur's container tests and demo.
#   container-engine.sh start   use the engine that answers (DOCKER_HOST or /var/run/docker.sock);
#                               else start dockerd (needs root and Debian's docker.io) and wait for it
#   container-engine.sh stop    stop dockerd only if `start` started it and no container runs on it
#   container-engine.sh status  say which engine answers; exit 1 when none does
# When no engine can run, it says why on stderr and exits non-zero; the container tests then fail
# with that reason (scripts/test.sh passes it on in VALVUR_CONTAINER_ENGINE_PROBLEM).
set -uo pipefail

state_dir=${VALVUR_ENGINE_STATE_DIR:-/run/valvur}
pid_file="$state_dir/dockerd.pid"           # exists only while a dockerd WE started runs
log_file=${VALVUR_DOCKERD_LOG:-/tmp/valvur-dockerd.log}
default_socket=/var/run/docker.sock
wait_seconds=30

docker_cli() { command -v docker 2>/dev/null || echo /usr/bin/docker; }

answers() {  # does the engine DOCKER_HOST (or the default socket) names answer within 10 s?
  timeout 10 "$(docker_cli)" version --format '{{.Server.Version}}' >/dev/null 2>&1
}

where() { echo "${DOCKER_HOST:-unix://$default_socket}"; }

problem() { echo "container-engine: $*" >&2; exit 1; }

listening() {  # does any process listen on this Unix socket path?
  ss -xlH 2>/dev/null | awk '{print $5}' | grep -qxF "$1"
}

we_started() { [ -s "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null; }

start() {
  if answers; then
    echo "container-engine: using the engine at $(where)"
    return 0
  fi
  if [ -n "${DOCKER_HOST:-}" ]; then
    problem "DOCKER_HOST=$DOCKER_HOST names an engine that does not answer ('docker version' fails). Start it, or unset DOCKER_HOST so the tests start their own."
  fi
  command -v docker >/dev/null 2>&1 || [ -x /usr/bin/docker ] \
    || problem "there is no docker client; install Debian's docker.io (scripts/setup-debian.sh)."
  local dockerd
  dockerd=$(command -v dockerd 2>/dev/null || true)
  [ -n "$dockerd" ] || problem "no container engine answers at $(where) and dockerd is not installed; install Debian's docker.io (scripts/setup-debian.sh)."
  [ "$(id -u)" -eq 0 ] || problem "no container engine answers at $(where), and starting dockerd needs root (you are $(id -un)). Start the engine (sudo systemctl start docker) or run the tests as root."
  if [ -S "$default_socket" ] && ! we_started; then
    if listening "$default_socket"; then
      # A live engine that is still starting: give it the same bound as our own start.
      local j
      for ((j = 0; j < wait_seconds * 4; j++)); do
        answers && { echo "container-engine: using the engine at $(where)"; return 0; }
        sleep 0.25
      done
      problem "$default_socket is open but the engine behind it did not answer within ${wait_seconds} s: a dockerd may be hung. Stop it and try again."
    fi
    # Nobody listens: the socket outlived a dockerd that was killed (a crash, a machine snapshot).
    echo "container-engine: removing the stale $default_socket (no process listens on it)"
    rm -f "$default_socket"
  fi

  mkdir -p "$state_dir"
  echo "container-engine: starting dockerd (log: $log_file)"
  # Not the caller's private session (scripts/with-test-session.sh): runc keeps its exec state under
  # XDG_RUNTIME_DIR, and the session's folder goes with the session while dockerd stays; every later
  # docker exec (a container's healthcheck too) then failed with "runc-process…: no such file".
  setsid env -u XDG_RUNTIME_DIR -u TMPDIR HOME=/root "$dockerd" --host "unix://$default_socket" >>"$log_file" 2>&1 </dev/null &
  local pid=$!
  echo "$pid" >"$pid_file"
  local i
  for ((i = 0; i < wait_seconds * 4; i++)); do
    if answers; then
      echo "container-engine: dockerd $pid answers at unix://$default_socket"
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$pid_file"
      problem "dockerd exited while starting; the end of its log ($log_file):
$(tail -n 15 "$log_file")"
    fi
    sleep 0.25
  done
  kill "$pid" 2>/dev/null
  rm -f "$pid_file"
  problem "dockerd did not answer within ${wait_seconds} s; stopped it. The end of its log ($log_file):
$(tail -n 15 "$log_file")"
}

stop() {
  if ! we_started; then
    rm -f "$pid_file"
    echo "container-engine: leaving the engine alone (this script did not start it)"
    return 0
  fi
  local running
  running=$("$(docker_cli)" ps -q 2>/dev/null | wc -l)
  if [ "$running" -gt 0 ]; then
    echo "container-engine: leaving dockerd running: $running container(s) still run on it (another test run?)"
    return 0
  fi
  local pid
  pid=$(cat "$pid_file")
  kill "$pid"
  local i
  for ((i = 0; i < 120; i++)); do
    kill -0 "$pid" 2>/dev/null || { rm -f "$pid_file"; echo "container-engine: stopped dockerd $pid"; return 0; }
    sleep 0.25
  done
  problem "dockerd $pid did not stop within 30 s of SIGTERM; see $log_file"
}

status() {
  if answers; then
    local started=""
    we_started && started=" (started by this script, pid $(cat "$pid_file"))"
    echo "container-engine: the engine at $(where) answers, version $("$(docker_cli)" version --format '{{.Server.Version}}' 2>/dev/null)$started"
    return 0
  fi
  problem "no container engine answers at $(where)"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
