# Throwaway PostgreSQL for tests and benchmarks. Source it, then call pg_start / pg_stop.
# pg_start installs PostgreSQL from Debian's packages if missing, starts a server as the postgres user in a temp
# directory on a free loopback port, and exports VELFERD_TEST_POSTGRES (an Npgsql connection string).

pg_bin_dir() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
  done
  return 1
}

pg_install() {
  if pg_bin_dir >/dev/null; then return 0; fi
  echo "==> installing PostgreSQL (Debian package)"
  local sudo=""
  if [ "$(id -u)" != "0" ] && command -v sudo >/dev/null; then sudo="sudo"; fi
  if [ -z "${VELFERD_APT_UPDATED:-}" ]; then
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    export VELFERD_APT_UPDATED=1
  fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
}

pg_as_postgres() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_start() {
  pg_install
  local bin; bin=$(pg_bin_dir)
  PG_DATA_DIR=$(mktemp -d /tmp/velferd-pg.XXXXXX)
  if [ "$(id -u)" = "0" ]; then chown postgres:postgres "$PG_DATA_DIR"; fi
  PG_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  pg_as_postgres "$bin/initdb" -D "$PG_DATA_DIR/data" -U postgres --auth=trust -E UTF8 --no-locale >/dev/null
  pg_as_postgres "$bin/pg_ctl" -D "$PG_DATA_DIR/data" -l "$PG_DATA_DIR/server.log" -w -t 60 \
    -o "-p $PG_PORT -k $PG_DATA_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
    start >/dev/null
  export PG_DATA_DIR PG_PORT
  export VELFERD_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=postgres;Database=postgres;Pooling=true"
  echo "==> PostgreSQL running on 127.0.0.1:$PG_PORT"
}

pg_stop() {
  if [ -n "${PG_DATA_DIR:-}" ] && [ -d "$PG_DATA_DIR/data" ]; then
    local bin; bin=$(pg_bin_dir)
    pg_as_postgres "$bin/pg_ctl" -D "$PG_DATA_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PG_DATA_DIR"
  fi
  PG_DATA_DIR=""
}
