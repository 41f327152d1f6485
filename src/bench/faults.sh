#!/usr/bin/env bash
# The long fault run of issue 21: clients doing whole cases against the packaged service (production
# profile, embedded PostgreSQL 17 with synchronous_commit=on) while the service is killed with SIGKILL
# and PostgreSQL is stopped with pg_ctl -m immediate, each time restarted on the same data; a fifth of
# the keyed requests first go out on a connection the client resets. Prints what was acknowledged,
# what was found afterwards, duplicates and the audit chain's state; exits non-zero if anything
# acknowledged was lost or done twice, the chain broke, or the service answered anything but 503
# problem+json while PostgreSQL was down. The short version is FaultToleranceIT (./mvnw verify).
#
# Usage: src/bench/faults.sh [kills, default 50] [postgres-restarts, default 20] [clients, default 8]
# About 15 s per kill and 8 s per PostgreSQL restart on a 2-core machine: the defaults take ~20 min.
set -euo pipefail
cd "$(dirname "$0")/../.."
kills="${1:-50}"
restarts="${2:-20}"
clients="${3:-8}"
./mvnw -q package -DskipTests
./mvnw -q test -Dtest=FaultsBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dhaven.bench.kills="$kills" \
    -Dhaven.bench.restarts="$restarts" -Dhaven.bench.clients="$clients" 2>&1 | grep '^FAULTS' | sed 's/^FAULTS //'
