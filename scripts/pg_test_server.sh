#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests, from Debian's packages.
#
#   scripts/pg_test_server.sh [start] [DIR]   initdb a cluster in DIR (default: a new temp
#                                             dir), start it on 127.0.0.1 on a free port,
#                                             create the database coopwatch_test and print
#                                             its URL (postgresql+psycopg://...) on stdout
#   scripts/pg_test_server.sh stop DIR        stop the cluster in DIR and remove DIR
#   scripts/pg_test_server.sh halt DIR        stop the server (fast shutdown), keep DIR
#   scripts/pg_test_server.sh resume DIR      start a halted server again, on its port
#                                             (halt and resume: outage drills)
#
# Run as root, the cluster belongs to the `postgres` user (initdb refuses root).
# Authentication is `trust` and the server listens on 127.0.0.1 only: tests only.
set -euo pipefail

action=${1:-start}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [[ -z "$bin" || ! -x "$bin/initdb" ]]; then
  echo "pg_test_server: no PostgreSQL under /usr/lib/postgresql (apt-get install postgresql)" >&2
  exit 2
fi

as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start() {
  local dir=${1:-$(mktemp -d -t coopwatch-pg.XXXXXX)}
  mkdir -p "$dir"
  [[ $(id -u) -eq 0 ]] && chown postgres: "$dir"
  local port user
  port=$(free_port)
  user=$(as_owner id -un)
  as_owner "$bin/initdb" -D "$dir/data" -U "$user" --auth=trust -E UTF8 \
    --locale=C.UTF-8 >"$dir/initdb.log" 2>&1
  run_server "$dir" "$port"
  as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U "$user" coopwatch_test
  echo "$port" >"$dir/port"
  echo "postgresql+psycopg://$user@127.0.0.1:$port/coopwatch_test"
}

run_server() {
  as_owner "$bin/pg_ctl" -D "$1/data" -l "$1/server.log" -w -t 60 \
    -o "-h 127.0.0.1 -p $2 -k $1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null
}

halt() {
  local dir=${1:?usage: pg_test_server.sh halt DIR}
  as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
}

resume() {
  local dir=${1:?usage: pg_test_server.sh resume DIR}
  run_server "$dir" "$(cat "$dir/port")"
}

stop() {
  local dir=${1:?usage: pg_test_server.sh stop DIR}
  if [[ -d "$dir/data" ]]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

case "$action" in
  start) start "${2:-}" ;;
  stop) stop "${2:-}" ;;
  halt) halt "${2:-}" ;;
  resume) resume "${2:-}" ;;
  *) echo "usage: $0 [start [DIR] | stop DIR | halt DIR | resume DIR]" >&2; exit 2 ;;
esac
