#!/usr/bin/env bash
# Runs GreenBuild on the embedded default: SQLite in ./data/, demo data on first start, http://localhost:5000.
# The build restores NuGet packages and the npm front-end assets by itself.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
command -v npm >/dev/null || bash scripts/install-prerequisites.sh nodejs npm
[ -e /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf ] || bash scripts/install-prerequisites.sh fonts-droid-fallback   # Chinese glyphs for label certificates (PDF)
exec dotnet run --project src/GreenBuild.Cli -c Release -- serve --urls "${GREENBUILD_URLS:-http://localhost:5000}" "$@"
