#!/usr/bin/env bash
# Scale-out ingestion on one PostgreSQL: queues the articles of the given files into a new database, drains the queue
# with N `stancetracker worker` processes (optionally killing one with -9 after K seconds), then checks that every
# article was stored exactly once and prints the throughput.
# Usage: tools/bench/workers.sh SERVER_CONNECTION WORKERS [KILL_AFTER_SECONDS] FILE...
# e.g.   tools/bench/workers.sh "Host=/tmp/st-pg;Username=postgres" 3 20 ../shared/corpus/kremlin-president-ua-2022/*.jsonl
# WORKER_ARGS adds options to each worker (e.g. WORKER_ARGS="--model fast").
set -euo pipefail
server=${1:?server connection string}; workers=${2:?number of workers}; kill_after=${3:-0}; shift 3
root=$(cd "$(dirname "$0")/../.." && pwd)
cli="dotnet $root/src/StanceTracker.Cli/bin/Release/net10.0/stancetracker.dll"
host=$(sed -E 's/.*Host=([^;]+).*/\1/' <<<"$server")
name="st_workers_$(date +%s)_$workers"
psql=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)/psql
"$psql" -h "$host" -U postgres -d postgres -qc "CREATE DATABASE $name" >/dev/null
db="$server;Database=$name"
log=$(mktemp -d)
echo "database $name, $workers worker(s), logs in $log"
$cli ingest --queue --db "$db" "$@" > "$log/enqueue.txt" 2>&1 || true
grep -E "Queued|waiting" "$log/enqueue.txt"
start=$(date +%s.%N)
pids=()
for i in $(seq 1 "$workers"); do
  $cli worker --db "$db" --drain --claim-timeout 30 --name "worker-$i" ${WORKER_ARGS:-} > "$log/worker-$i.out" 2> "$log/worker-$i.err" &
  pids+=($!)
done
if [ "$kill_after" -gt 0 ]; then
  sleep "$kill_after"
  # The dotnet process itself: kill -9 gives it no chance to hand back its claims.
  kill -9 "${pids[0]}" && echo "killed worker-1 (pid ${pids[0]}) with -9 after ${kill_after} s"
fi
for pid in "${pids[@]}"; do wait "$pid" || true; done
# A killed worker's claims wait out their timeout; a last worker finishes them if the others stopped first.
left=$("$psql" -h "$host" -U postgres -d "$name" -tAc "SELECT count(*) FROM article_queue WHERE finished_at IS NULL")
if [ "$left" -gt 0 ]; then
  echo "$left article(s) still claimed by the killed worker: a worker waits out the claim timeout and finishes them"
  sleep 31
  $cli worker --db "$db" --drain --claim-timeout 30 --name "worker-late" ${WORKER_ARGS:-} > "$log/worker-late.out" 2> "$log/worker-late.err" || true
fi
end=$(date +%s.%N)
q() { "$psql" -h "$host" -U postgres -d "$name" -tAc "$1"; }
echo "queue by outcome:     $(q "SELECT string_agg(coalesce(outcome,'unfinished') || ' ' || n, ', ') FROM (SELECT outcome, count(*) n FROM article_queue GROUP BY outcome) t")"
echo "finished by worker:   $(q "SELECT string_agg(w || ' ' || n, ', ') FROM (SELECT claimed_by w, count(*) n FROM article_queue WHERE outcome IS NOT NULL GROUP BY claimed_by ORDER BY 1) t")"
echo "claimed more than once (a dead worker's claims, finished by another): $(q "SELECT coalesce(string_agg(id || ' by ' || claimed_by || ' on attempt ' || attempts, ', '), 'none') FROM article_queue WHERE attempts > 1")"
echo "articles stored:      $(q "SELECT count(*) FROM articles")"
echo "distinct texts:       $(q "SELECT count(DISTINCT content_hash) FROM articles")"
echo "queued, not stored:   $(q "SELECT count(*) FROM article_queue q WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.content_hash = q.content_hash) AND q.outcome <> 'refused'")"
echo "statements:           $(q "SELECT count(*) FROM statements")"
printf 'wall time:            %.1f s\n' "$(echo "$end - $start" | bc)"
printf 'throughput:           %.2f articles/s\n' "$(echo "$(q "SELECT count(*) FROM articles") / ($end - $start)" | bc -l)"
