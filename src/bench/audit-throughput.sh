#!/usr/bin/env bash
# Audited decisions per second at 1, 8 and 32 concurrent writers.
#
# Drives defender profile changes (each one an audited, hash-chained decision) through the REST API
# of the application running in the Quarkus test harness against a real embedded PostgreSQL 17 with
# real signed tokens, and prints the figures. Not part of the test suite; nothing here fails on time.
#
# Usage: src/bench/audit-throughput.sh [seconds-per-level] [writers, e.g. 1,8,32]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-10}"
writers="${2:-1,8,32}"
./mvnw -q test -Dtest=AuditThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dhaven.bench.seconds="$seconds" -Dhaven.bench.writers="$writers" 2>&1 | grep '^BENCH' | sed 's/^BENCH //'
