#!/usr/bin/env bash
# The search index damaged under a running server: every page but search is served, search says it is out of order,
# `referat index --rebuild` restores it without a restart. On the seeds, SQLite.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"; root="$(dirname "$here")"
work="$(mktemp -d /tmp/referat-index-fault.XXXXXX)"; server=""
trap '[ -n "$server" ] && kill $server 2>/dev/null; rm -rf "$work"' EXIT
"$root/referat" import "$root/../shared/seeds" --db "$work/archive.db" > /dev/null 2>&1
port=$(( 20000 + RANDOM % 40000 )); base="http://127.0.0.1:$port"
"$root/referat" serve --db "$work/archive.db" --urls "$base" > "$work/serve.log" 2>&1 &
server=$!
until curl -fsS "$base/" >/dev/null 2>&1; do sleep 1; done
status() { curl -s -o "$work/body" -w "%{http_code}" "$base$1"; }
echo "before: /soeg?q=budget $(status '/soeg?q=budget'), hits on the page: $(grep -c '<h3><a href' "$work/body" || true)"
for file in "$work"/search/*; do printf 'ødelagt' > "$file"; done
kill $server; wait $server 2>/dev/null || true   # a fresh server opens the damaged index
"$root/referat" serve --db "$work/archive.db" --urls "$base" > "$work/serve.log" 2>&1 &
server=$!
until curl -fsS "$base/" >/dev/null 2>&1; do sleep 1; done
echo "damaged: /soeg?q=budget $(status '/soeg?q=budget') ($(grep -o 'Søgningen er midlertidigt ude af drift' "$work/body" | head -1)); / $(status /); /udvalg $(status /udvalg); /oparl/v1.1/body $(status /oparl/v1.1/body); /kalender.ics $(status /kalender.ics)"
"$root/referat" index --rebuild --db "$work/archive.db" 2>&1 | grep -v "Indekserer" | tail -2
sleep 2
echo "rebuilt: /soeg?q=budget $(status '/soeg?q=budget'), hits on the page: $(grep -c '<h3><a href' "$work/body" || true)"
rm -rf "$work/search"; sleep 2
echo "deleted: /soeg?q=budget $(status '/soeg?q=budget') ($(grep -oE 'ude af drift|ikke klar|<h3><a href' "$work/body" | head -1)); / $(status /)"
