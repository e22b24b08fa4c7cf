#!/usr/bin/env bash
# The disk fills during an import: a SQLite archive and its search index on a small tmpfs (needs root for mount).
# Expected: the files that no longer fit fail with a clear message, the archive passes SQLite's integrity check and
# the consistency checks, and every document imported before is still there and served.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"; root="$(dirname "$here")"
size="${1:-24m}"; documents="${2:-400}"
work="$(mktemp -d /tmp/referat-disk-full.XXXXXX)"
mnt="$work/disk"; mkdir -p "$mnt"
mount -t tmpfs -o "size=$size" tmpfs "$mnt"
trap 'umount "$mnt" 2>/dev/null || true; [ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
"$root/referat" generate --out "$work/gen" --documents "$documents" --seed 21 >/dev/null
echo "importing $documents generated documents into a SQLite archive on a $size tmpfs"
set +e
"$root/referat" import "$work/gen" --db "$mnt/archive.db" > "$work/import.log" 2>&1
status=$?
set -e
echo "log: $work/import.log"; tail -5 "$work/import.log" | cut -c1-200
echo "import exit code: $status"
grep -E "^│ [0-9]" "$work/import.log" | head -1 | sed 's/^/summary (imported, unchanged, new version, failed, uncertain): /'
grep -oE "(disken er fuld|disk is full|database or disk is full)[^│]*" "$work/import.log" | sort | uniq -c | head -3
df -h "$mnt" | tail -1
echo "integrity: $(sqlite3 "$mnt/archive.db" 'PRAGMA integrity_check;')"
sqlite3 "$mnt/archive.db" < "$here/consistency.sql" | sed 's/^/  /'
echo "meetings in the archive: $(sqlite3 "$mnt/archive.db" 'SELECT count(*) FROM meeting;')"
first=$(sqlite3 "$mnt/archive.db" "SELECT \"Committee\" || ' ' || \"Date\" FROM meeting ORDER BY \"Id\" LIMIT 1;")
echo "the first meeting imported, as the CLI shows it: $("$root/referat" show meeting "${first% *}" "${first##* }" --db "$mnt/archive.db" 2>&1 | head -1)"
