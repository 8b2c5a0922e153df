#!/usr/bin/env bash
# Start-up time of the bot and the admin console on the embedded default, first start (empty data
# folder: PostgreSQL cluster created, migrations, demo registry imported) and second start (same
# folder). Measures wall time from `java -jar` to /actuator/health answering UP, and the peak RSS.
# Usage: bench/scripts/startup-times.sh [runs]   (after ./mvnw -B -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
port_bot=18611 port_admin=18612 db_port=18613

wait_up() { # pid port -> prints milliseconds until UP, or fails after 120 s
  local pid=$1 port=$2 start=$3
  for _ in $(seq 1 2400); do
    if curl -fsS "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
      echo $(( ($(date +%s%N) - start) / 1000000 )); return 0
    fi
    kill -0 "$pid" 2>/dev/null || { echo "process died" >&2; return 1; }
    sleep 0.05
  done
  echo "not UP after 120 s" >&2; return 1
}

measure() { # app jar port -> "first second rss_kb"
  local app=$1 jar=$2 port=$3 dir
  dir=$(mktemp -d /tmp/hadana-startup-XXXX)
  local out=()
  for phase in first second; do
    local start; start=$(date +%s%N)
    HADANA_DATA_DIR=$dir SERVER_PORT=$port HADANA_EMBEDDED_DB_PORT=$db_port \
      java -jar "$jar" >"$dir/$app-$phase.log" 2>&1 &
    local pid=$!
    out+=("$(wait_up $pid $port "$start")")
    local rss; rss=$(ps -o rss= -p $pid | tr -d ' ')
    kill $pid; wait $pid 2>/dev/null || true
    sleep 1
  done
  echo "${out[0]} ${out[1]} $rss"
  rm -rf "$dir"
}

echo "app first_ms second_ms rss_after_second_start_kb"
for i in $(seq 1 "$runs"); do
  echo "bot $(measure bot bot/target/hadana-bot.jar $port_bot)"
  echo "admin $(measure admin admin/target/hadana-admin.jar $port_admin)"
done
