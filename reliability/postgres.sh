# Sourced by the reliability scripts: a throwaway PostgreSQL server on a free port (as ./test starts one), stopped and
# removed on exit. Sets $pg_url (an admin connection string) and $pg_ctl_restart (a command that restarts it).
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
if [ -z "$pg_bin" ] && [ "$(id -u)" = 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
fi
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg_tmp="$(mktemp -d /tmp/referat-reliability-pg.XXXXXX)"
[ "$(id -u)" = 0 ] && chown postgres: "$pg_tmp"
pg_port=$(( 20000 + RANDOM % 40000 ))
as_pg "$pg_bin/initdb" -D "$pg_tmp/data" -U referat --auth=trust -E UTF8 --no-locale >/dev/null
pg_start() { as_pg "$pg_bin/pg_ctl" -D "$pg_tmp/data" -l "$pg_tmp/server.log" -w -t 60 -o "-p $pg_port -k $pg_tmp -c listen_addresses=127.0.0.1" start >/dev/null; }
pg_restart() { as_pg "$pg_bin/pg_ctl" -D "$pg_tmp/data" -m fast -w -t 60 -o "-p $pg_port -k $pg_tmp -c listen_addresses=127.0.0.1" restart >/dev/null; }
pg_stop() { as_pg "$pg_bin/pg_ctl" -D "$pg_tmp/data" -m immediate -w stop >/dev/null 2>&1 || true; rm -rf "$pg_tmp"; }
pg_start
pg_url="Host=127.0.0.1;Port=$pg_port;Username=referat;Database=postgres"
pg_psql() { psql "host=127.0.0.1 port=$pg_port user=referat dbname=$1" -v ON_ERROR_STOP=1 -qtA -c "$2"; }
