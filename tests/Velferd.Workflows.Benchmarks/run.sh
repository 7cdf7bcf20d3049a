#!/usr/bin/env bash
# Runs the benchmarks against SQLite and a throwaway PostgreSQL (started and stopped here).
# Usage: bash tests/Velferd.Workflows.Benchmarks/run.sh [--durable] [--quick] [other flags of Program.cs]
# --durable starts PostgreSQL as production keeps it (fsync, synchronous_commit and full_page_writes on); without it
# the server runs with them off, as the tests do. The PostgreSQL figures say which.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [[ " $* " == *" --durable "* ]]; then export VELFERD_PG_DURABLE=1; fi
source tests/postgres.sh
trap pg_stop EXIT
pg_start
dotnet run -c Release --project tests/Velferd.Workflows.Benchmarks -- "$@"
