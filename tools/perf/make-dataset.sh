#!/usr/bin/env bash
# Creates database veridesk_perf_<entities>, migrates it with the real migrations and fills it with
# scale-dataset.sql. Usage: tools/perf/make-dataset.sh 5000
set -euo pipefail
entities=${1:?entities}
db=veridesk_perf_${entities}
admin=${PERF_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/postgres}
url=${admin%/*}/${db}
psql "$admin" -qc "DROP DATABASE IF EXISTS ${db}" -c "CREATE DATABASE ${db}"
DATABASE_URL=$url TS_NODE_PROJECT=apps/api/tsconfig.app.json TS_NODE_TRANSPILE_ONLY=1 \
  npx typeorm-ts-node-commonjs -d apps/api/src/database/data-source.ts migration:run >/dev/null
psql "$url" -v entities="$entities" -f "$(dirname "$0")/scale-dataset.sql"
