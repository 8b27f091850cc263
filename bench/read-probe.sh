#!/usr/bin/env bash
# One client's read latency at steady state: starts the built jar on the store the last benchmark left
# (khaacho_bench), warms each portal read up, then times it alone. Run bench/run.sh once before.
# Prints each read's latency and the application's CPU time per request (its own CPU clock, less what it
# spends idle over the same time).
# Usage: bench/read-probe.sh [warm-up requests, default 2000] [timed requests, default 2000]
# BENCH_APP_JAR probes another build (e.g. one made from an earlier commit) on the same store.
set -euo pipefail
cd "$(dirname "$0")/.."
WARM=${1:-2000}
TIMED=${2:-2000}
PORT=${BENCH_PORT:-18089}
export DATABASE_URL="jdbc:postgresql://${BENCH_DATABASE_HOST:-localhost:5432}/khaacho_bench"
export DATABASE_USER=${DATABASE_USER:-postgres} PORT MANAGEMENT_PORT=${BENCH_MANAGEMENT_PORT:-18090}
export KHAACHO_KEY_FILE=${KHAACHO_KEY_FILE:-$PWD/bench/target/bench-key.pem}

APP_JAR=${BENCH_APP_JAR:-app/target/khaacho.jar}
java -Xmx"${BENCH_HEAP:-512m}" ${BENCH_JAVA_OPTS:-} -jar "$APP_JAR" demo > bench/target/probe-app.log 2>&1 &
APP_PID=$!
trap 'kill $APP_PID 2>/dev/null; wait $APP_PID 2>/dev/null || true' EXIT
for i in $(seq 1 90); do
  curl -fs "http://127.0.0.1:${PORT}/actuator/health" >/dev/null 2>&1 && break
  kill -0 $APP_PID 2>/dev/null || { echo "the application did not start; see bench/target/probe-app.log" >&2; exit 1; }
  sleep 1
done
token() { java -jar "$APP_JAR" token --phone "$1" 2>/dev/null | tail -1; }
BUYER=$(token +9779841100201)
VENDOR=$(token +9779851012301)
ADMIN=$(token +9779800000001)

# the application's CPU time so far, in clock ticks (user + system)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$APP_PID/stat"; }
TICK_MS=$(awk -v hz="$(getconf CLK_TCK)" 'BEGIN {print 1000 / hz}')

# one curl for all requests of a round, on one kept-alive connection, as a portal's page makes them
requests() {
  local path=$1 bearer=$2 count=$3
  for i in $(seq 1 "$count"); do echo "url = \"http://127.0.0.1:${PORT}$path\""; echo "output = /dev/null"; done > bench/target/probe-urls
  curl -s -K bench/target/probe-urls -H "Authorization: Bearer $bearer" -w '%{time_total}\n'
}

probe() {
  local path=$1 bearer=$2
  requests "$path" "$bearer" "$WARM" > /dev/null
  local before idle_before after
  idle_before=$(cpu_ticks); sleep 5; before=$(cpu_ticks)
  requests "$path" "$bearer" "$TIMED" > bench/target/probe-times
  after=$(cpu_ticks)
  sort -n bench/target/probe-times | awk -v p="$path" -v cpu=$(( after - before )) -v idle=$(( before - idle_before )) \
      -v tick="$TICK_MS" '{a[NR]=$1; sum+=$1} END {
        busy = cpu - idle * sum / 5   # less what the application spends idle (its processors polling) meanwhile
        printf "%-28s p50 %5.2f ms  p90 %5.2f ms  CPU %5.2f ms per request  (n=%d)\n", p, a[int(NR*0.5)]*1000,
               a[int(NR*0.9)]*1000, busy * tick / NR, NR}'
}
echo "one client, after $WARM requests of warm-up each:"
probe "/v1/orders?size=20" "$BUYER"
ORDER=$(curl -fs "http://127.0.0.1:${PORT}/v1/orders?size=1" -H "Authorization: Bearer $BUYER" \
  | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
probe "/v1/orders/$ORDER" "$BUYER"
probe "/v1/vendors/me/inbox" "$VENDOR"
probe "/v1/analytics/dashboard" "$ADMIN"
