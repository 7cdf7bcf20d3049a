#!/usr/bin/env bash
# The project's one test command. On a fresh Debian 12 machine it installs what is missing (PostgreSQL, Chromium)
# from Debian's packages, starts a throwaway PostgreSQL, builds the solution once, runs every test project with
# `dotnet test`, and ends with the line "N passed, N failed" (", N skipped" when some were skipped).
#
# Arguments go to every `dotnet test` run, e.g.  ./test.sh --filter "FullyQualifiedName~WorkflowRunnerTests"
# Results (trx files and logs) are kept under artifacts/test-results/, which is emptied at the start.
#
# Environment given to the tests:
#   VELFERD_TEST_POSTGRES  Npgsql connection string of the throwaway server (superuser "postgres", trust auth)
#   VELFERD_CHROMIUM       path of the Chromium binary, for browser tests
#   VELFERD_TEST_SQLSERVER (yours to set) a SQL Server connection string; without it the SQL Server store tests report
#                          on a line before the summary that they did not run
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
repo=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

results="$repo/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

# Any failure before the tests run still ends with a summary line, so CI logs always show one.
fail_early() {
  echo "error: $*" >&2
  echo "0 passed, 1 failed"
  exit 1
}

# shellcheck source=tests/postgres.sh
source "$repo/tests/postgres.sh"
trap pg_stop EXIT          # pg_stop is silent, so the summary line stays the last line
trap 'exit 130' INT
trap 'exit 143' TERM HUP

# --- prerequisites ---------------------------------------------------------------------------------------------
echo "==> checking prerequisites"
pg_install || fail_early "could not install PostgreSQL"
export VELFERD_CHROMIUM=/usr/bin/chromium
if [ ! -x "$VELFERD_CHROMIUM" ]; then
  velferd_apt_install chromium || echo "warning: could not install chromium; browser tests will fail" >&2
fi

# --- PostgreSQL ------------------------------------------------------------------------------------------------
echo "==> starting PostgreSQL"
pg_start || fail_early "could not start PostgreSQL"

# --- build -----------------------------------------------------------------------------------------------------
echo "==> building Velferd.Workflows.sln (Release)"
if ! dotnet build Velferd.Workflows.sln -c Release >"$results/build.log" 2>&1; then
  errors=$(grep -E ': (error|fatal error) [A-Za-z]*[0-9]+|: error :|error MSB[0-9]+|error NU[0-9]+' "$results/build.log" \
    | sed -E 's/^[[:space:]]+//' | sort -u || true)
  if [ -n "$errors" ]; then
    printf '%s\n' "$errors" | head -n 100 || true
  else
    tail -n 60 "$results/build.log" || true
  fi
  echo "build failed (full log: artifacts/test-results/build.log)"
  echo "0 passed, 1 failed"
  exit 1
fi

# --- tests -----------------------------------------------------------------------------------------------------
projects=()
for csproj in tests/*/*.csproj; do
  [ -f "$csproj" ] || continue
  case "$csproj" in
    tests/Velferd.Workflows.Benchmarks/* | tests/Velferd.Workflows.Testing/* | tests/Velferd.Workflows.Testing.Host/*) continue ;;
  esac
  if grep -qiE '<IsTestProject>[[:space:]]*true[[:space:]]*</IsTestProject>' "$csproj" \
      || grep -qiE '<PackageReference[^>]*Include="xunit' "$csproj"; then
    projects+=("$csproj")
  fi
done
[ "${#projects[@]}" -gt 0 ] || echo "warning: no test projects found under tests/" >&2

runs=()   # name:exit-code for each project, read by the summary below
for csproj in "${projects[@]}"; do
  name=$(basename "$csproj" .csproj)
  out="$results/$name"
  mkdir -p "$out"
  echo "==> testing $name"
  set +e
  # xunit.v3 4.x marks test projects as Microsoft.Testing.Platform apps, which the .NET 10 SDK refuses to run
  # through VSTest ("Testing with VSTest target is no longer supported ..."); turning that off for the test run
  # (the build is unaffected) lets xunit.runner.visualstudio run them and write the trx file.
  dotnet test "$csproj" -c Release --no-build -p:IsTestingPlatformApplication=false \
    --logger "trx;LogFileName=$name.trx" --results-directory "$out" "$@" >"$out/$name.log" 2>&1
  code=$?
  set -e
  runs+=("$name:$code")
  # VSTest's one-line summary ("Passed!  - Failed: 0, Passed: 12, ...") when there is one.
  grep -E '^[[:space:]]*(Passed|Failed|Skipped)![[:space:]]+-' "$out/$name.log" | sed -E 's/^[[:space:]]*/    /' || true
  if [ "$code" -ne 0 ]; then
    echo "    dotnet test exited $code (log: artifacts/test-results/$name/$name.log)"
    if ! find "$out" -name '*.trx' -print -quit | grep -q .; then
      tail -n 40 "$out/$name.log" | sed 's/^/    | /'
    else
      grep -iE 'test run aborted|test host process crashed|active test run was aborted' "$out/$name.log" \
        | sort -u | head -n 10 | sed 's/^/    | /' || true
    fi
  fi
done

# --- summary ---------------------------------------------------------------------------------------------------
# Sums the trx counters of every run, lists the failed tests, and prints "N passed, N failed[, N skipped]" last.
# A run that exited non-zero without a failed test in its results (crash, abort, no trx) counts as one failure.
set +e
python3 - "$results" "${runs[@]}" <<'PY'
import os
import sys
import xml.etree.ElementTree as ET

# Current VSTest writes trx files in the ".../VisualStudio/TeamTest/2010" namespace, older tools used
# ".../2006/07/TestTools"; each file is read in the namespace of its root element, so either works.
FAILED = ("Failed", "Error", "Timeout", "Aborted")
results_dir, runs = sys.argv[1], sys.argv[2:]


def counter(counters, attr):
    try:
        return int(counters.get(attr, "0") or 0)
    except ValueError:
        return 0


def main():
    passed = failed = skipped = not_run = 0
    failures = []
    bad_exit = False
    for run in runs:
        name, _, code = run.rpartition(":")
        code = int(code)
        bad_exit = bad_exit or code != 0
        run_dir = os.path.join(results_dir, name)
        trx_files = sorted(
            os.path.join(root, f) for root, _, files in os.walk(run_dir) for f in files if f.endswith(".trx"))
        run_failed = 0
        for trx in trx_files:
            try:
                root = ET.parse(trx).getroot()
            except (ET.ParseError, OSError) as e:
                failures.append((name, os.path.basename(trx), "could not read the trx file: %s" % e))
                run_failed += 1
                continue
            NS = root.tag[:root.tag.index("}") + 1] if root.tag.startswith("{") else ""
            counters = root.find(NS + "ResultSummary/" + NS + "Counters")
            if counters is None:
                counters = root.find(".//" + NS + "Counters")
            outcomes = {}
            run_not_run = 0
            for result in root.iter(NS + "UnitTestResult"):
                outcome = result.get("outcome", "")
                outcomes[outcome] = outcomes.get(outcome, 0) + 1
                # Tests on a database this machine does not have (SQL Server without VELFERD_TEST_SQLSERVER) say so in
                # their skip reason; they are counted on a line of their own, neither passed nor hidden among skips.
                if outcome == "NotExecuted" and "VELFERD_TEST_SQLSERVER" in ET.tostring(result, encoding="unicode"):
                    run_not_run += 1
                if outcome in FAILED:
                    message = result.findtext(NS + "Output/" + NS + "ErrorInfo/" + NS + "Message") or ""
                    first = next((line.strip() for line in message.splitlines() if line.strip()), "")
                    failures.append((name, result.get("testName", "?"), first))
            if counters is not None:
                passed += counter(counters, "passed")
                run_failed += sum(counter(counters, a.lower()) for a in FAILED)
                not_executed = counter(counters, "notExecuted")
            else:  # no counters: count the results themselves
                passed += outcomes.get("Passed", 0)
                run_failed += sum(outcomes.get(a, 0) for a in FAILED)
                not_executed = 0
            # VSTest writes skipped tests as outcome="NotExecuted" results but leaves the notExecuted counter at 0.
            skipped += max(not_executed, outcomes.get("NotExecuted", 0)) - run_not_run
            not_run += run_not_run
        if run_failed == 0 and code != 0:
            why = "no test results (trx) were produced" if not trx_files else "no failed test in its results"
            failures.append((name, "(test run)", "dotnet test exited %d; %s; see artifacts/test-results/%s/%s.log"
                             % (code, why, name, name)))
            run_failed = 1
        failed += run_failed

    if failures:
        print("")
        print("Failed tests:")
        for name, test, message in failures[:200]:
            print("  FAILED [%s] %s%s" % (name, test, (": " + message[:300]) if message else ""))
        if len(failures) > 200:
            print("  ... and %d more (see the trx files under artifacts/test-results/)" % (len(failures) - 200))

    if not_run > 0:
        print("%d SQL Server tests did not run: no SQL Server here (set VELFERD_TEST_SQLSERVER to run them)" % not_run)
    summary = "%d passed, %d failed" % (passed, failed)
    if skipped > 0:
        summary += ", %d skipped" % skipped
    print(summary)
    sys.exit(0 if failed == 0 and passed > 0 and not bad_exit else 1)


try:
    main()
except SystemExit:
    raise
except Exception:  # a bug here must not hide the outcome: still end with a summary line
    import traceback
    traceback.print_exc(file=sys.stdout)
    print("0 passed, 1 failed")
    sys.exit(1)
PY
status=$?
set -e
exit "$status"
