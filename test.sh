#!/usr/bin/env bash
# Runs every GreenBuild test: each database test on SQLite and on a throwaway PostgreSQL server started
# here on loopback, and the browser tests in Debian's Chromium. Installs what it needs (Debian packages,
# NuGet and npm restores) and ends with one line "N passed, N failed, N skipped" summed over all projects.
set -euo pipefail
cd "$(dirname "$0")"
root=$PWD
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

bash scripts/install-prerequisites.sh postgresql chromium fonts-noto-cjk fonts-droid-fallback

# --- a throwaway PostgreSQL on a free loopback port -------------------------------------------------
source scripts/throwaway-postgres.sh
start_throwaway_postgres
trap stop_throwaway_postgres EXIT
export GREENBUILD_TEST_PG="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres;Pooling=true;Include Error Detail=true"
export GREENBUILD_CHROMIUM=/usr/bin/chromium
export GREENBUILD_TEST_OUTPUT="$root/test-output"
rm -rf "$GREENBUILD_TEST_OUTPUT" && mkdir -p "$GREENBUILD_TEST_OUTPUT"

# --- the OpenAPI linter the tests call ---------------------------------------------------------------
(cd tests/openapi-lint && npm ci --no-audit --no-fund --loglevel=error)

# --- build once, then run every test project ----------------------------------------------------------
dotnet build GreenBuild.slnx -c Release -nologo -clp:ErrorsOnly
log="$GREENBUILD_TEST_OUTPUT/dotnet-test.log"
set +e
dotnet test --solution GreenBuild.slnx -c Release --no-build --no-progress 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# --- the closing line CI reads ---------------------------------------------------------------------------
python3 scripts/sum-test-results.py "$log" "$status"
