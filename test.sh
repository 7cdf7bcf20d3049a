#!/usr/bin/env bash
# Runs every test on a fresh machine: installs what is missing (PostgreSQL from Debian's packages), starts a
# throwaway PostgreSQL, builds once, runs each test project, and ends with "N passed, N failed".
# Extra arguments go to every test run, e.g.  ./test.sh -class "*WorkflowRunnerTests"
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

source tests/postgres.sh
trap pg_stop EXIT
pg_start

results=artifacts/test-results
rm -rf "$results" && mkdir -p "$results"

echo "==> building"
if ! dotnet build Velferd.Workflows.sln -c Release -nologo -clp:ErrorsOnly > "$results/build.log" 2>&1; then
  grep -E "error" "$results/build.log" | sort -u | head -50 || cat "$results/build.log" | tail -50
  echo "0 passed, 1 failed"
  exit 1
fi

passed=0; failed=0; skipped=0; status=0
for project in tests/*/; do
  name=$(basename "$project")
  csproj="$project$name.csproj"
  [ -f "$csproj" ] || continue
  grep -q "<IsTestProject>true</IsTestProject>" "$csproj" || continue
  dll="${project}bin/Release/net10.0/$name.dll"
  echo "==> $name"
  log="$results/$name.log"
  set +e
  dotnet "$dll" -noColor -parallel collections "$@" > "$log" 2>&1
  code=$?
  set -e
  grep -E "\[FAIL\]" -A 6 "$log" | head -200 || true
  summary=$(grep -E "Total: [0-9]+, Errors: [0-9]+, Failed: [0-9]+, Skipped: [0-9]+" "$log" | tail -1 || true)
  if [ -z "$summary" ]; then
    tail -30 "$log"
    echo "    $name did not report a summary (exit $code)"
    failed=$((failed + 1)); status=1
    continue
  fi
  echo "   ${summary#"${summary%%[![:space:]]*}"}"
  read -r t e f s n < <(echo "$summary" | sed -E 's/.*Total: ([0-9]+), Errors: ([0-9]+), Failed: ([0-9]+), Skipped: ([0-9]+), Not Run: ([0-9]+).*/\1 \2 \3 \4 \5/')
  passed=$((passed + t - e - f - s - n)); failed=$((failed + e + f)); skipped=$((skipped + s + n))
  [ "$code" -eq 0 ] || status=1
done

if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
if [ "$failed" -gt 0 ] || [ "$passed" -eq 0 ]; then status=1; fi
exit $status
