#!/usr/bin/env bash
# Load: wrk against portal pages and search for DURATION seconds while an import runs into PostgreSQL. Reports wrk's
# figures (requests/s, latency, errors), the server's memory sampled every 10 s, and the import's progress.
# `reliability/load.sh [DURATION] [DOCUMENTS]` (default 600 s, 3000 generated documents imported during the load).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"; root="$(dirname "$here")"
duration="${1:-600}"; documents="${2:-3000}"
command -v wrk >/dev/null || { [ "$(id -u)" = 0 ] && apt-get install -y -qq wrk >/dev/null; }
work="$(mktemp -d /tmp/referat-load.XXXXXX)"
source "$here/postgres.sh"
server=""; sampler=""
trap '[ -n "$sampler" ] && kill $sampler 2>/dev/null; [ -n "$server" ] && kill $server 2>/dev/null; pg_stop; rm -rf "$work"' EXIT
pg_psql postgres "CREATE DATABASE referat"
db="Host=127.0.0.1;Port=$pg_port;Username=referat;Database=referat"
export REFERAT_INDEX="$work/index"
"$root/referat" import "$root/../shared/seeds" --db "$db" > "$work/seeds.log" 2>&1
"$root/referat" generate --out "$work/gen" --documents "$documents" --seed 41 >/dev/null
port=$(( 20000 + RANDOM % 40000 ))
"$root/referat" serve --db "$db" --urls "http://127.0.0.1:$port" > "$work/serve.log" 2>&1 &
server=$!
until curl -fsS "http://127.0.0.1:$port/" >/dev/null 2>&1; do sleep 1; done
meetings=$(pg_psql referat 'SELECT string_agg("Id"::text, $$,$$) FROM (SELECT "Id" FROM meeting ORDER BY "Id" LIMIT 40) m')
cat > "$work/paths.lua" <<LUA
local paths = { "/", "/udvalg", "/kalender", "/oekonomi", "/soeg?q=budget", "/soeg?q=tilsyn+plejehjem", "/soeg?q=skole&type=item",
  "/feeds/beslutninger.atom", "/oparl/v1.1/body/1/meeting", "/soeg?q=anl%C3%A6g" }
for id in string.gmatch("$meetings", "%d+") do table.insert(paths, "/moeder/" .. id) end
local i = 0
request = function() i = i + 1; return wrk.format("GET", paths[(i % #paths) + 1]) end
LUA
( while kill -0 $server 2>/dev/null; do echo "$(date +%s) $(ps -o rss= -p $server)" >> "$work/rss.log"; sleep 10; done ) &
sampler=$!
"$root/referat" import "$work/gen" --db "$db" > "$work/import.log" 2>&1 &
import=$!
echo "wrk: $duration s, 2 threads, 16 connections, $(( $(grep -o '"/' "$work/paths.lua" | wc -l) + 40 )) paths; import of $documents documents running"
wrk -t2 -c16 -d"${duration}s" --timeout 10s --latency -s "$work/paths.lua" "http://127.0.0.1:$port" | tee "$work/wrk.log"
echo "import: $(kill -0 $import 2>/dev/null && echo still running || echo done); documents archived: $(pg_psql referat 'SELECT count(*) FROM source_document')"
kill $import 2>/dev/null || true
awk 'NR==1{first=$2} {if ($2>max) max=$2; last=$2} END {printf "server memory (RSS): first %d MB, peak %d MB, last %d MB\n", first/1024, max/1024, last/1024}' "$work/rss.log"
grep -c " 500 \| 503 " "$work/serve.log" | sed 's/^/server 5xx log lines: /' || true
