#!/usr/bin/env bash
# Runs the benchmarks against SQLite and a throwaway PostgreSQL (started and stopped here).
# Usage: bash tests/Velferd.Workflows.Benchmarks/run.sh [--quick]
set -euo pipefail
cd "$(dirname "$0")/../.."
source tests/postgres.sh
trap pg_stop EXIT
pg_start
dotnet run -c Release --project tests/Velferd.Workflows.Benchmarks -- "$@"
