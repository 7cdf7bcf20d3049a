# shellcheck shell=bash
# Throwaway PostgreSQL for tests and benchmarks. Source this file, then call pg_start / pg_stop:
#
#   source tests/postgres.sh
#   trap pg_stop EXIT        # the caller owns cleanup; pg_start registers no trap
#   pg_start                 # exports VELFERD_TEST_POSTGRES (an Npgsql connection string)
#
# pg_start installs PostgreSQL from Debian's packages if it is missing, creates a temp directory owned by the
# postgres OS user, runs initdb (trust auth), and starts a server on a free 127.0.0.1 port with its unix socket
# in that directory and durability switched off for speed (VELFERD_PG_DURABLE=1 keeps it on). pg_stop stops it (immediate) and deletes the directory.
# Besides VELFERD_TEST_POSTGRES, pg_start sets the shell variables VELFERD_PG_PORT, VELFERD_PG_DIR, VELFERD_PG_BIN.
#
# Being sourced, this file does not change shell options; the functions return non-zero on failure and are safe
# under `set -euo pipefail`. pg_stop is silent and always returns 0, so it can run from an EXIT trap.

# Runs apt-get install for the given packages; runs `apt-get update` first, once per shell.
velferd_apt_install() {
  local sudo=()
  if [ "$(id -u)" != "0" ] && command -v sudo >/dev/null 2>&1; then sudo=(sudo); fi
  local log
  log=$(mktemp /tmp/velferd-apt.XXXXXX) || return 1
  if [ -z "${_VELFERD_APT_UPDATED:-}" ]; then
    echo "==> apt-get update"
    if ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update >"$log" 2>&1; then
      tail -n 30 "$log" >&2; rm -f "$log"
      echo "apt-get update failed" >&2
      return 1
    fi
    _VELFERD_APT_UPDATED=1
  fi
  echo "==> apt-get install $*"
  if ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "$@" >"$log" 2>&1; then
    tail -n 30 "$log" >&2; rm -f "$log"
    echo "apt-get install $* failed" >&2
    return 1
  fi
  rm -f "$log"
}

# Prints the directory holding initdb and pg_ctl: the newest /usr/lib/postgresql/*/bin first, else from PATH.
pg_bin_dir() {
  local dir
  while IFS= read -r dir; do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
  done < <(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -r -V)
  local initdb
  initdb=$(command -v initdb 2>/dev/null) || return 1
  dir=$(dirname "$(readlink -f "$initdb")")
  if [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
  command -v pg_ctl >/dev/null 2>&1 || return 1
  dirname "$initdb"
}

# Installs what pg_start needs (PostgreSQL, python3 for picking a port) if it is missing.
pg_install() {
  local pkgs=()
  pg_bin_dir >/dev/null 2>&1 || pkgs+=(postgresql)
  command -v python3 >/dev/null 2>&1 || pkgs+=(python3)
  if [ "${#pkgs[@]}" -eq 0 ]; then return 0; fi
  velferd_apt_install "${pkgs[@]}"
}

# Runs a command as the postgres OS user when we are root (PostgreSQL refuses to run as root), else as ourselves.
_pg_as_postgres() {
  if [ "$(id -u)" != "0" ]; then "$@"; return; fi
  if command -v runuser >/dev/null 2>&1; then
    (cd / && runuser -u postgres -- "$@")
  else
    (cd / && su postgres -s /bin/sh -c "$(printf '%q ' "$@")")
  fi
}

_pg_free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

pg_start() {
  if [ -n "${VELFERD_PG_DIR:-}" ]; then
    echo "pg_start: a server is already running from $VELFERD_PG_DIR (call pg_stop first)" >&2
    return 1
  fi
  pg_install || return 1
  local bin
  if ! bin=$(pg_bin_dir); then echo "pg_start: initdb/pg_ctl not found" >&2; return 1; fi
  local isready="$bin/pg_isready"
  [ -x "$isready" ] || isready=$(command -v pg_isready) || { echo "pg_start: pg_isready not found" >&2; return 1; }

  if [ "$(id -u)" = "0" ] && ! id -u postgres >/dev/null 2>&1; then
    useradd --system --user-group --no-create-home --home-dir /var/lib/postgresql --shell /bin/bash postgres || return 1
  fi

  VELFERD_PG_BIN=$bin
  VELFERD_PG_DIR=$(mktemp -d /tmp/velferd-pg.XXXXXX) || { VELFERD_PG_DIR=""; return 1; }
  local dir=$VELFERD_PG_DIR data=$VELFERD_PG_DIR/data
  if [ "$(id -u)" = "0" ]; then chown postgres: "$dir" || { pg_stop; return 1; }; fi

  if ! _pg_as_postgres "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
      >"$dir/initdb.log" 2>&1; then
    rm -rf "$data"
    if ! _pg_as_postgres "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --no-locale \
        >"$dir/initdb.log" 2>&1; then
      tail -n 30 "$dir/initdb.log" >&2
      echo "pg_start: initdb failed" >&2
      pg_stop; return 1
    fi
  fi

  # A port picked this way can be taken before the server binds it; then the server exits at once (pg_ctl -w
  # notices) and we try another port.
  local attempt port ready=0 deadline
  # VELFERD_PG_DURABLE=1 keeps what a production server keeps (fsync, synchronous commit, full-page writes): the
  # benchmarks' durable figures. Tests run without it, for speed.
  local durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  if [ "${VELFERD_PG_DURABLE:-}" = "1" ]; then durability=""; fi
  for attempt in 1 2 3; do
    port=$(_pg_free_port) || { pg_stop; return 1; }
    rm -f "$dir/server.log"
    if ! _pg_as_postgres "$bin/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 30 \
        -o "-p $port -k '$dir' -c listen_addresses=127.0.0.1 $durability -c max_connections=300" \
        start >/dev/null 2>&1; then
      _pg_as_postgres "$bin/pg_ctl" -D "$data" -m immediate stop >/dev/null 2>&1 || true
      if grep -qE 'could not bind|Address already in use|could not create any TCP/IP sockets' "$dir/server.log" 2>/dev/null \
          && [ "$attempt" -lt 3 ]; then
        echo "==> port $port was taken, trying another"
        continue
      fi
      break
    fi
    deadline=$((SECONDS + 30))
    while [ "$SECONDS" -lt "$deadline" ]; do
      if "$isready" -q -h 127.0.0.1 -p "$port" -t 2 >/dev/null 2>&1; then ready=1; break; fi
      sleep 0.2
    done
    break
  done
  if [ "$ready" != 1 ]; then
    tail -n 30 "$dir/server.log" >&2 2>/dev/null || true
    echo "pg_start: PostgreSQL did not become ready on 127.0.0.1:$port" >&2
    pg_stop; return 1
  fi

  VELFERD_PG_PORT=$port
  export VELFERD_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Password=postgres;Database=postgres;Pooling=true"
  echo "==> PostgreSQL ($("$bin/pg_ctl" --version | awk '{print $3}')) running on 127.0.0.1:$port"
}

pg_stop() {
  local dir=${VELFERD_PG_DIR:-}
  if [ -n "$dir" ] && [ -d "$dir" ]; then
    local data=$dir/data bin=${VELFERD_PG_BIN:-}
    if [ -f "$data/postmaster.pid" ]; then
      [ -n "$bin" ] || bin=$(pg_bin_dir 2>/dev/null) || true
      if [ -n "$bin" ]; then
        _pg_as_postgres "$bin/pg_ctl" -D "$data" -m immediate -t 30 stop >/dev/null 2>&1 || true
      fi
      # If pg_ctl could not stop it, kill the postmaster we started (the pid in its pid file).
      local pid
      pid=$(head -n 1 "$data/postmaster.pid" 2>/dev/null) || true
      if [ -n "${pid:-}" ] && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = "postgres" ]; then
        kill -KILL "$pid" 2>/dev/null || true
      fi
    fi
    rm -rf "$dir" 2>/dev/null || true
  fi
  VELFERD_PG_DIR=""
  VELFERD_PG_PORT=""
  unset VELFERD_TEST_POSTGRES
  return 0
}
