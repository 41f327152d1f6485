#!/usr/bin/env bash
# Local run against a real Keycloak (the real login flow), one command, no Docker:
#   deploy/local/run-with-keycloak.sh
# Starts Keycloak 26.5 from the same Maven artifact the end-to-end tests use (org.keycloak:
# keycloak-quarkus-dist), imports the synthetic realm deploy/keycloak/haven-dev-realm.json, then runs
# Haven in dev mode with its embedded PostgreSQL, validating Keycloak's tokens. Ctrl-C stops both.
# Get a token (users and passwords: deploy/keycloak/haven-dev-realm.json, e.g. olivia / olivia-dev-password):
#   curl -s -d grant_type=password -d client_id=haven-dev-cli -d username=olivia -d password=olivia-dev-password \
#     http://localhost:8180/realms/haven-dev/protocol/openid-connect/token
set -euo pipefail
cd "$(dirname "$0")/../.."
port="${KEYCLOAK_PORT:-8180}"

./mvnw -q dependency:unpack@unpack-keycloak
home=$(ls -d target/keycloak/keycloak-* | head -1)
rm -rf "$home/data/h2"
mkdir -p "$home/data/import"
cp deploy/keycloak/haven-dev-realm.json "$home/data/import/"

bash "$home/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$port" --http-management-port=$((port + 1)) \
    --import-realm > target/keycloak-local.log 2>&1 &
kc=$!
trap 'kill $kc 2>/dev/null || true' EXIT
echo "Starting Keycloak on http://localhost:$port (log: target/keycloak-local.log) ..."
for _ in $(seq 1 120); do
    curl -sf "http://localhost:$port/realms/haven-dev/.well-known/openid-configuration" > /dev/null && break
    sleep 1
done

./mvnw quarkus:dev -Plocal \
    -Dquarkus.oidc.devservices.enabled=false \
    -Dquarkus.oidc.auth-server-url="http://localhost:$port/realms/haven-dev" \
    -Dquarkus.oidc.token.audience=haven-api \
    -Dquarkus.oidc.client-id=haven-api
