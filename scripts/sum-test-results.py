#!/usr/bin/env python3
"""Reads the output of `dotnet test` (Microsoft.Testing.Platform) and prints the closing line CI reads:
"N passed, N failed, N skipped", summed over all test projects. Exits non-zero when anything failed,
when no test ran, or when dotnet test itself failed."""
import re
import sys

log_path, dotnet_status = sys.argv[1], int(sys.argv[2])
text = open(log_path, encoding="utf-8", errors="replace").read()

# Each test run summary block ends with total/failed/succeeded/skipped lines. When several projects run,
# `dotnet test` prints one summary for the whole run; take the last block (it covers everything).
blocks = re.findall(
    r"total:\s*(\d+)\s+failed:\s*(\d+)\s+succeeded:\s*(\d+)\s+skipped:\s*(\d+)", text)
if not blocks:
    print("0 passed, 0 failed, 0 skipped")
    print("dotnet test printed no summary: the build or the test host failed (see the log above).", file=sys.stderr)
    sys.exit(1)

total, failed, passed, skipped = (int(x) for x in blocks[-1])
print(f"{passed} passed, {failed} failed, {skipped} skipped")
if failed > 0 or dotnet_status != 0 or passed == 0:
    sys.exit(1)
