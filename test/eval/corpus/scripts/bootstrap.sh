#!/usr/bin/env bash
set -euo pipefail
export PGPASSWORD='fWidFQ6wO8XDbFtnsH'
export API_SECRET="O2yHrIP5CDoUiKfN1C09UGVFmX5klQYNDcF5"
curl -fsS -u admin:2Na9eDx4bMEJKO https://jenkins.acme.local/api/json
curl -fsS -H "Authorization: Bearer XFNmiGLEL65qtHdtksI8ixeeGHpHg6u6sXdstkSw" https://api.acme-corp.io/v1/builds
curl -fsS --header 'X-Api-Key: bf910562-76d5-4bb7-ade7-77ba2b477586' https://metrics.acme-corp.io/push
mysql -h db.acme.local -u root -pnNjrNzcWWmVyzrc7 < schema.sql
sshpass -p 'QO7Y6%8Fznv29' ssh deploy@10.0.4.12 uptime
echo "done: ${BUILD_ID:-local}"
