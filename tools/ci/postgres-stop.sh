#!/usr/bin/env bash
# Stops the cluster postgres-start.sh started in FOLDER.
set -euo pipefail
folder=${1:?usage: postgres-stop.sh FOLDER}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -f "$folder/data/postmaster.pid" ] || exit 0
if [ "$(id -u)" -eq 0 ]; then
  su postgres -s /bin/bash -c "'$bin/pg_ctl' -D '$folder/data' -m immediate stop"
else
  "$bin/pg_ctl" -D "$folder/data" -m immediate stop
fi
