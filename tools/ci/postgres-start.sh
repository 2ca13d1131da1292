#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for the tests, as the postgres user, listening only on a Unix socket, and
# prints the connection string the tests read from STANCETRACKER_TEST_POSTGRES. Usage: postgres-start.sh FOLDER
set -euo pipefail
folder=${1:?usage: postgres-start.sh FOLDER}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bin" ] || { echo "no PostgreSQL binaries under /usr/lib/postgresql" >&2; exit 1; }

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then
    # PATH and HOME of root mean nothing to postgres; the command is spelled out in full.
    su postgres -s /bin/bash -c "$*"
  else
    bash -c "$*"
  fi
}

mkdir -p "$folder"
if [ "$(id -u)" -eq 0 ]; then chown postgres "$folder"; fi
if [ ! -f "$folder/data/PG_VERSION" ]; then
  as_postgres "'$bin/initdb' -D '$folder/data' -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8" >/dev/null
fi
# No TCP at all (listen_addresses empty); fsync off: the cluster is thrown away after the run.
as_postgres "'$bin/pg_ctl' -D '$folder/data' -l '$folder/server.log' -w -o \"-c listen_addresses='' -k '$folder' -c fsync=off -c synchronous_commit=off -c full_page_writes=off\" start" >/dev/null
echo "Host=$folder;Username=postgres;Database=postgres"
