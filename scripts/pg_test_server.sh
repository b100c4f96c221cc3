#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests, from Debian's packages.
#
#   scripts/pg_test_server.sh [start] [DIR]   initdb a cluster in DIR (default: a new temp
#                                             dir), start it on 127.0.0.1 on a free port,
#                                             create the database coopwatch_test and print
#                                             its URL (postgresql+psycopg://...) on stdout
#   scripts/pg_test_server.sh stop DIR        stop the cluster in DIR and remove DIR
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
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null
  as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U "$user" coopwatch_test
  echo "$port" >"$dir/port"
  echo "postgresql+psycopg://$user@127.0.0.1:$port/coopwatch_test"
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
  *) echo "usage: $0 [start [DIR] | stop DIR]" >&2; exit 2 ;;
esac
