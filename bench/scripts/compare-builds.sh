#!/usr/bin/env bash
# Alternates builds of the bot under the same webhook load, two rounds, each on a fresh data
# folder: liveness 8 clients, SMS 8 clients, SMS 16 clients twice, then the JVM's RSS.
# Usage: bench/scripts/compare-builds.sh name=jar[:ephemeral] ...
#   e.g. bench/scripts/compare-builds.sh old=/tmp/old.jar new=bot/target/hadana-bot.jar \
#        new-fsync-off=bot/target/hadana-bot.jar:true
set -euo pipefail
cd "$(dirname "$0")/../.."
export TWILIO_ACCOUNT_SID=AC0123456789abcdef0123456789abcdef TWILIO_AUTH_TOKEN=load-test-token \
  HADANA_PUBLIC_BASE_URL=https://hadana.test HADANA_RATE_LIMIT_MESSAGES=0
L="java -cp bench/target/classes ma.hadana.bench.load.WebhookLoad --public-base-url https://hadana.test \
  --auth-token load-test-token --account-sid $TWILIO_ACCOUNT_SID --warmup 5s --duration 20s --senders 5000 \
  --url http://localhost:18661"
run() { # name jar ephemeral
  local d; d=$(mktemp -d /tmp/hadana-ab-XXXX)
  HADANA_DB_EPHEMERAL=$3 HADANA_DATA_DIR=$d HADANA_EMBEDDED_DB_PORT=18663 SERVER_PORT=18661 \
    java -Xmx1g -jar "$2" >"$d.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 240); do
    curl -fsS localhost:18661/actuator/health 2>/dev/null | grep -q '"status":"UP"' && break
    sleep 0.5
  done
  echo "## $1 liveness8 $($L --target liveness --clients 8 | tail -1)"
  echo "## $1 sms8 $($L --target sms --clients 8 | tail -1)"
  echo "## $1 sms16a $($L --target sms --clients 16 | tail -1)"
  echo "## $1 sms16b $($L --target sms --clients 16 | tail -1)"
  echo "## $1 rss_kb $(ps -o rss= -p $pid | tr -d ' ')"
  kill $pid; wait $pid 2>/dev/null || true; sleep 2; rm -rf "$d" "$d.log"
}
for round in 1 2; do
  for spec in "$@"; do
    name=${spec%%=*} rest=${spec#*=}
    jar=${rest%%:*} eph=false
    [[ $rest == *:true ]] && eph=true
    run "$name" "$jar" "$eph"
  done
done
