#!/usr/bin/env bash
# Runs a benchmark of bench/GreenBuild.Bench against a throwaway PostgreSQL server and prints its figures with
# their anchors. Usage: bench/run.sh [energy] [--readings 10000000] [--buildings 5000] [--runs 50] [--work DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-prerequisites.sh postgresql sqlite3
source scripts/throwaway-postgres.sh
start_throwaway_postgres
trap stop_throwaway_postgres EXIT
benchmark="${1:-energy}"
shift || true
dotnet build bench/GreenBuild.Bench -c Release -v quiet -nologo >/dev/null
dotnet run -c Release --no-build --project bench/GreenBuild.Bench -- "$benchmark" \
  --pg "Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres;Pooling=true" "$@"
