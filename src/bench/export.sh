#!/usr/bin/env bash
# Export throughput and memory: streams the JSON Lines export of 10,000 and 100,000 synthetic cases
# through the REST API and prints cases/s, time to first byte and peak heap while streaming.
# The JVM heap is capped (-Xmx512m) so that an export that buffered everything would fail.
# Not part of the test suite; nothing here fails on time.
#
# Usage: src/bench/export.sh [case counts, e.g. 10000,100000]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q test -Dtest=ExportBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dhaven.bench.cases="${1:-10000,100000}" -DargLine="-Xmx512m" 2>&1 | grep '^BENCH' | sed 's/^BENCH //'
