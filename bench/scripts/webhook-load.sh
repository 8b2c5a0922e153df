#!/usr/bin/env bash
# The webhook load runs of bench/RESULTS.md: one bot instance, then two instances on one database
# (the second joins the first's embedded PostgreSQL), each against the liveness ceiling and signed
# Twilio SMS webhooks; prints each run's summary and the bots' RSS after the runs.
# Usage: bench/scripts/webhook-load.sh   (after ./mvnw -B -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../.."
export TWILIO_ACCOUNT_SID=AC0123456789abcdef0123456789abcdef TWILIO_AUTH_TOKEN=load-test-token \
  HADANA_PUBLIC_BASE_URL=https://hadana.test HADANA_RATE_LIMIT_MESSAGES=0 \
  HADANA_EMBEDDED_DB_PORT=18633
dir=$(mktemp -d /tmp/hadana-load-XXXX)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null; rm -rf "$dir"; }
trap cleanup EXIT
start() { # port
  HADANA_DATA_DIR=$dir SERVER_PORT=$1 java -Xmx1g -jar bot/target/hadana-bot.jar >"$dir/bot-$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 240); do
    curl -fsS "http://localhost:$1/actuator/health" 2>/dev/null | grep -q '"status":"UP"' && return 0
    sleep 0.5
  done
  echo "bot on $1 not UP" >&2; exit 1
}
L="java -cp bench/target/classes ma.hadana.bench.load.WebhookLoad --public-base-url https://hadana.test \
  --auth-token load-test-token --account-sid $TWILIO_ACCOUNT_SID --warmup 5s --duration 20s --senders 5000"
rss() { for p in "${pids[@]}"; do echo "bot pid $p RSS $(ps -o rss= -p "$p" | tr -d ' ') kB"; done; }

echo "== one instance"
start 18631
one=http://localhost:18631
$L --url $one --target liveness --clients 8
$L --url $one --target sms --clients 8
$L --url $one --target sms --clients 16
$L --url $one --target sms --rate 500
rss
echo "== two instances"
start 18632
two=http://localhost:18631,http://localhost:18632
$L --url $two --target liveness --clients 8
$L --url $two --target sms --clients 16
$L --url $two --target sms --rate 500
rss
