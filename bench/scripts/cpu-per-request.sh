#!/usr/bin/env bash
# Throughput, latency and CPU time per request of one bot jar under the webhook load: a
# discarded 16-client SMS run (JIT warm-up), then each target at several concurrencies (liveness
# with 8, 16, 32 and 64 clients, SMS with 16, 32 and 64; LIVENESS_CLIENTS and SMS_CLIENTS change
# them), and the best of each: the machine's ceiling, the webhook's throughput and their ratio
# (see bench/RESULTS.md, session 5). CPU per request is read from /proc (user + system time of the bot JVM, of its embedded
# PostgreSQL's processes and of the load generator), divided by the run's requests (warm-up
# included), so it says where the time goes whatever share of the cores the run got.
# Usage: bench/scripts/cpu-per-request.sh NAME JAR [VAR=value ...]   (after -pl bot,bench package)
#   e.g. bench/scripts/cpu-per-request.sh sync bot/target/hadana-bot.jar HADANA_DB_ASYNC_ROUTINE_COMMIT=false
set -euo pipefail
cd "$(dirname "$0")/../.."
name=$1 jar=$2
shift 2
export TWILIO_ACCOUNT_SID=AC0123456789abcdef0123456789abcdef TWILIO_AUTH_TOKEN=load-test-token \
  HADANA_PUBLIC_BASE_URL=https://hadana.test HADANA_RATE_LIMIT_MESSAGES=0
port=18681 dbport=18683
L="java -cp bench/target/classes ma.hadana.bench.load.WebhookLoad --public-base-url https://hadana.test \
  --auth-token load-test-token --account-sid $TWILIO_ACCOUNT_SID --warmup 5s --duration 20s \
  --senders 5000 --url http://localhost:$port"
d=$(mktemp -d /tmp/hadana-cpu-XXXX)
env "$@" HADANA_DATA_DIR="$d" HADANA_EMBEDDED_DB_PORT=$dbport SERVER_PORT=$port \
  java -Xmx1g -jar "$jar" >"$d.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$d" "$d.log"' EXIT
for _ in $(seq 1 240); do
  curl -fsS "localhost:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"' && break
  sleep 0.5
done
ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
pg_ticks() {
  local pm sum=0 p
  pm=$(pgrep -f "postgres.*-p $dbport" | head -1 || true)
  [ -z "$pm" ] && pm=$(pgrep -f "postgres.*$dbport" | head -1 || true)
  for p in $pm $(pgrep -P "$pm" 2>/dev/null || true); do sum=$((sum + $(ticks "$p"))); done
  echo $sum
}
hz=$(getconf CLK_TCK)
best_liveness=0 best_sms=0
run() {
  local b0 p0 b1 p1 out gen n rate
  b0=$(ticks $pid) p0=$(pg_ticks)
  out=$( { /usr/bin/time -f 'gen %U %S' $L "$@"; } 2>&1 )
  b1=$(ticks $pid) p1=$(pg_ticks)
  gen=$(echo "$out" | awk '/^gen /{print $2 + $3}')
  n=$(echo "$out" | grep -o '[0-9]* requests' | awk '{s += $1} END {print s}')
  echo "## $name $* | $(echo "$out" | grep 'req/s' | grep -v warm-up | tail -1) | CPU ms per request:" \
    "bot $(echo "scale=3; ($b1 - $b0) * 1000 / $hz / $n" | bc)" \
    "postgres $(echo "scale=3; ($p1 - $p0) * 1000 / $hz / $n" | bc)" \
    "generator $(echo "scale=3; $gen * 1000 / $n" | bc)"
  rate=$(echo "$out" | grep 'req/s' | grep -v warm-up | tail -1 | grep -o '= [0-9.]* req/s' | tr -dc '0-9.')
  if [ "$2" = liveness ] && [ "$(echo "$rate > $best_liveness" | bc)" = 1 ]; then best_liveness=$rate; fi
  if [ "$2" = sms ] && [ "$(echo "$rate > $best_sms" | bc)" = 1 ]; then best_sms=$rate; fi
}
run --target sms --clients 16 >/dev/null
for c in ${LIVENESS_CLIENTS:-8 16 32 64}; do run --target liveness --clients "$c"; done
for c in ${SMS_CLIENTS:-16 32 64}; do run --target sms --clients "$c"; done
echo "## $name best: liveness $best_liveness req/s, sms $best_sms req/s," \
  "sms / liveness $(echo "scale=1; 100 * $best_sms / $best_liveness" | bc) %"
