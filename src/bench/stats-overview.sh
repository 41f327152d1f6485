#!/usr/bin/env bash
# Time of GET /stats (the caseload overview) over a large synthetic caseload.
#
# Loads N synthetic requests (default 100000) with follow-ups into an embedded PostgreSQL 17,
# then calls GET /stats through the REST API with a real token and prints p50/p95/max.
# Not part of the test suite; nothing here fails on time.
#
# Usage: src/bench/stats-overview.sh [requests] [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q test -Dtest=StatsBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dhaven.bench.requests="${1:-100000}" -Dhaven.bench.runs="${2:-30}" 2>&1 | grep '^BENCH' | sed 's/^BENCH //'
