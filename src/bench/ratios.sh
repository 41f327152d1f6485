#!/usr/bin/env bash
# Haven as a ratio to PostgreSQL itself (issue 20). The packaged service (production profile) on an
# embedded PostgreSQL 17 with a local token issuer; wrk drives Haven and pgbench runs the SQL that
# Haven runs for the same request (src/bench/sql/, wrk scripts in src/bench/wrk/), in alternating
# rounds on the same database. Prints, per figure, both rates and the ratio Haven / pgbench with each
# round's ratio (the spread), then the CPU per request of the service and of PostgreSQL on each side
# and how busy the machine was (from /proc). Absolute rates vary from machine to machine; the ratios
# much less.
# Nothing here fails on time: a refused request or a failed transaction stops the run.
#
# Usage: src/bench/ratios.sh [rounds, default 3] [seconds per run, default 10] [defenders, default 1000]
#        [cases to export, default 100000]
# Environment: ONLY=write,read,stats,export,start picks figures; PROFILE=true records the service with
# JFR (target/ratios/haven.jfr; read it with `jfr print --events jdk.ExecutionSample`); EXPLAIN=true
# also prints latency and commits per request. A warm-up under load (writes, then reads, each at least
# 30 s and on until the rate settles) comes before any figure.
# Needs wrk and pgbench (Debian: apt-get install wrk postgresql-client); installs them when missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in wrk:wrk pgbench:postgresql-client; do
    if ! command -v "${tool%%:*}" > /dev/null; then
        sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
        $sudo apt-get install -y -q "${tool##*:}" > /dev/null
    fi
done
./mvnw -q package -DskipTests
./mvnw -q -f src/bench/minimal/pom.xml package -DskipTests
./mvnw -q test -Dtest=RatioBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dhaven.bench.rounds="${1:-3}" \
    -Dhaven.bench.seconds="${2:-10}" -Dhaven.bench.defenders="${3:-1000}" \
    -Dhaven.bench.cases="${4:-100000}" -Dhaven.bench.only="${ONLY:-}" -Dhaven.bench.profile="${PROFILE:-false}" \
    -Dhaven.bench.explain="${EXPLAIN:-false}" 2>&1 | grep '^RATIO\|FAIL\|Exception' \
    | sed 's/^RATIO //'
