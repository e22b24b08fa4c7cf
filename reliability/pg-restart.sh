#!/usr/bin/env bash
# The PostgreSQL server restarts in the middle of an import. Expected: the import waits for it and goes on (each
# document is one transaction, retried while the server is away), or reports the documents it could not store; the
# consistency checks find nothing half-written; importing again imports what failed and leaves the rest unchanged.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"; root="$(dirname "$here")"
documents="${1:-600}"
work="$(mktemp -d /tmp/referat-pg-restart.XXXXXX)"
source "$here/postgres.sh"
trap 'pg_stop; rm -rf "$work"' EXIT
pg_psql postgres "CREATE DATABASE referat"
db="Host=127.0.0.1;Port=$pg_port;Username=referat;Database=referat"
export REFERAT_INDEX="$work/index"
"$root/referat" generate --out "$work/gen" --documents "$documents" --seed 31 >/dev/null
"$root/referat" import "$work/gen" --db "$db" > "$work/import.log" 2>&1 &
import=$!
# restart once a quarter of the documents are in
until [ "$(pg_psql referat 'SELECT count(*) FROM source_document' 2>/dev/null || echo 0)" -ge $((documents / 4)) ]; do sleep 0.5; done
before=$(pg_psql referat 'SELECT count(*) FROM source_document')
start=$(date +%s.%N); pg_restart; echo "PostgreSQL restarted after $before documents, in $(echo "$(date +%s.%N) - $start" | bc) s"
set +e; wait $import; status=$?; set -e
echo "import exit code: $status"
grep -E "^│ [0-9]" "$work/import.log" | head -1 | sed 's/^/summary (imported, unchanged, new version, failed, uncertain): /'
psql "host=127.0.0.1 port=$pg_port user=referat dbname=referat" -qtA -f "$here/consistency.sql" | sed 's/^/  /'
"$root/referat" import "$work/gen" --db "$db" > "$work/again.log" 2>&1 || true
grep -E "^│ [0-9]" "$work/again.log" | head -1 | sed 's/^/imported again: /'
echo "documents archived: $(pg_psql referat 'SELECT count(*) FROM source_document') of $documents"
