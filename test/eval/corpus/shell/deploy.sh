#!/usr/bin/env bash
# Nightly deploy of the orders service. Run from the bastion host.
set -euo pipefail

REGISTRY=registry.acme-corp.io
RELEASE_ID=0db0042c-fb87-4071-b14d-1af7bf7fd55d
BUILD_COMMIT=5f1c9a7e2b4d8c0e3a6f9b1d4e7c2a5b8d0f3e6a
GIT_SHA=$(git rev-parse HEAD)

log() { printf '%s %s\n' "$(date -u +%FT%TZ)" "$*"; }

log "registry login"
docker login -u deploy-bot -p 4ykEZcvirW6UFPP8 "$REGISTRY"
docker login -u "$CI_USER" --password-stdin "$REGISTRY" < /run/secrets/registry

log "upload the artifact"
curl -fsS -u deploy:mciIxBBUeqDuCDlW -T build/orders.tar.gz https://artifacts.acme-corp.io/releases/
curl -fsS --user "ci-bot:Ktw4_Rs4SWD0tm" https://nexus.acme-corp.io/service/rest/v1/status
curl -fsS -u "$NEXUS_USER:$NEXUS_PASS" https://nexus.acme-corp.io/service/rest/v1/components?repository=releases

log "notify the release channel"
curl -X POST https://hooks.acme-corp.io/deploy \
  -H "Content-Type: application/json" \
  -H "X-Request-Id: 95ee14a4-20db-4d0d-b883-55393a851ee0" \
  -H "X-API-Key: 940a7a6f-e6d9-4a02-9bb8-7e5d71278729" \
  -d "{\"release\": \"$RELEASE_ID\", \"sha\": \"$GIT_SHA\", \"build\": \"$BUILD_COMMIT\"}"

curl -s -H "Authorization: Bearer 9pbLPlI78HXkrhYCyX2pUFYnsk9lls8i" https://status.acme-corp.io/api/v2/incidents.json
curl -s -H "Authorization: Bearer $STATUS_TOKEN" https://status.acme-corp.io/api/v2/components.json

log "database migrations"
mysql -h db.prod.acme-corp.io -u migrator -pfPhaRNOTzttUowFU orders < migrations/latest.sql
mysql -h db.prod.acme-corp.io -u migrator -p orders
mysqldump --user=backup --password='esXF-WgzPfY1d5' orders > "/backups/orders-$(date +%F).sql"

log "restart the app servers"
sshpass -p 'EvCms7FPPhaOm1JL' ssh ops@app-01.acme-corp.io 'sudo systemctl restart orders'
SSHPASS="$APP_SSH_PASSWORD" sshpass -e ssh ops@app-02.acme-corp.io 'sudo systemctl restart orders'

log "refresh the geo database"
wget --user=geo --password=yOnGhHkepmTR20jK https://downloads.acme-corp.io/geo/GeoLite2-City.tar.gz
wget --http-user=geo --http-password="$GEO_PASSWORD" https://downloads.acme-corp.io/geo/GeoLite2-ASN.tar.gz
redis-cli -h cache.prod.acme-corp.io -a 99ZDdCwVar3ilYUu --no-auth-warning DEL orders:catalog
log "done: $GIT_SHA"
