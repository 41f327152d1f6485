#!/usr/bin/env bash
# Server render time of the console's caseload and case pages with many cases.
#
# Loads N synthetic cases (default 10000) into the signed-in officer's team in an embedded
# PostgreSQL 17, signs in through the real code flow, then times each page and, in the same
# alternating rounds, the JSON API answering the same question. Prints p50/p95 and the ratio
# page / API (what rendering HTML adds). Not part of the test suite; nothing here fails on time.
#
# Usage: src/bench/console-render.sh [cases] [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q test -Dtest=ConsoleRenderBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dhaven.bench.cases="${1:-10000}" -Dhaven.bench.runs="${2:-50}" 2>&1 | grep '^BENCH' | sed 's/^BENCH //'
