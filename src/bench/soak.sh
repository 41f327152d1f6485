#!/usr/bin/env bash
# The soak of issue 21: 64 clients doing whole cases (registration, a keyed request, transition,
# assessment, proposal, approvals, a keyed payment, list and detail reads) against the packaged
# service in the production profile (pool of 10) for N minutes. Samples the app's resident memory,
# heap and live heap after GC, and PostgreSQL connections; prints their growth after the warm-up,
# every 5xx other than the documented 503, and the reconciliation (nothing lost, nothing twice,
# chain valid). Exits non-zero on any 5xx but 503 or a failed reconciliation; growth is for you to read.
#
# Usage: src/bench/soak.sh [minutes, default 30] [clients, default 64] [seconds between samples, default 30]
set -euo pipefail
cd "$(dirname "$0")/../.."
minutes="${1:-30}"
clients="${2:-64}"
every="${3:-30}"
./mvnw -q package -DskipTests
./mvnw -q test -Dtest=SoakBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dhaven.bench.minutes="$minutes" \
    -Dhaven.bench.clients="$clients" -Dhaven.bench.sample-seconds="$every" 2>&1 | grep '^SOAK' | sed 's/^SOAK //'
