#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for tests and benchmarks: cluster in a temp folder,
# owned by the `postgres` user (PostgreSQL refuses to run as root), listening on loopback only.
# Prints the DATABASE_URL to use. Stop it with: scripts/pg-temp-server.sh stop DIR
# For the crash test: `crash DIR` stops it at once, as a power cut would stop PostgreSQL (immediate
# mode: no checkpoint, WAL not yet written is gone), and `start DIR` starts it again (crash recovery).
set -euo pipefail
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$PG_BIN" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
run() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }

if [ "${1:-}" = "crash" ]; then
  run "$PG_BIN/pg_ctl -D '$2/data' -m immediate stop" >/dev/null
  exit 0
fi
if [ "${1:-}" = "start" ]; then
  run "$PG_BIN/pg_ctl -D '$2/data' -l '$2/server.log' -w start" >/dev/null
  exit 0
fi

if [ "${1:-}" = "stop" ]; then
  dir=$2
  run "$PG_BIN/pg_ctl -D '$dir/data' -m fast stop" >/dev/null 2>&1 || true
  rm -rf "$dir"
  exit 0
fi

port=${PGPORT_TEST:-55432}
# Take the first free port from there, so several servers (tests, a benchmark) can run at once.
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
dir=$(mktemp -d /tmp/stadspas-pg.XXXXXX)
chown postgres:postgres "$dir"
run "$PG_BIN/initdb -D '$dir/data' -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8" >/dev/null
cat >> "$dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
max_connections = 300
shared_buffers = 256MB
fsync = on
synchronous_commit = on
CONF
run "$PG_BIN/pg_ctl -D '$dir/data' -l '$dir/server.log' -w start" >/dev/null
echo "PG_TEMP_DIR=$dir"
echo "DATABASE_URL=postgres://postgres@127.0.0.1:$port/postgres"
