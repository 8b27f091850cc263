#!/usr/bin/env bash
# One client's read latency at steady state: starts the built jar on the store the last benchmark left
# (khaacho_bench), warms each portal read up, then times it alone. Run bench/run.sh once before.
# Usage: bench/read-probe.sh [warm-up requests, default 2000] [timed requests, default 200]
set -euo pipefail
cd "$(dirname "$0")/.."
WARM=${1:-2000}
TIMED=${2:-200}
PORT=${BENCH_PORT:-18089}
export DATABASE_URL="jdbc:postgresql://${BENCH_DATABASE_HOST:-localhost:5432}/khaacho_bench"
export DATABASE_USER=${DATABASE_USER:-postgres} PORT MANAGEMENT_PORT=${BENCH_MANAGEMENT_PORT:-18090}
export KHAACHO_KEY_FILE=${KHAACHO_KEY_FILE:-$PWD/bench/target/bench-key.pem}

java -Xmx"${BENCH_HEAP:-512m}" ${BENCH_JAVA_OPTS:-} -jar app/target/khaacho.jar demo > bench/target/probe-app.log 2>&1 &
APP_PID=$!
trap 'kill $APP_PID 2>/dev/null; wait $APP_PID 2>/dev/null || true' EXIT
for i in $(seq 1 90); do
  curl -fs "http://127.0.0.1:${PORT}/actuator/health" >/dev/null 2>&1 && break
  kill -0 $APP_PID 2>/dev/null || { echo "the application did not start; see bench/target/probe-app.log" >&2; exit 1; }
  sleep 1
done
token() { java -jar app/target/khaacho.jar token --phone "$1" 2>/dev/null | tail -1; }
BUYER=$(token +9779841100201)
VENDOR=$(token +9779851012301)
ADMIN=$(token +9779800000001)

probe() {
  local path=$1 bearer=$2
  for i in $(seq 1 "$WARM"); do curl -s -o /dev/null -H "Authorization: Bearer $bearer" "http://127.0.0.1:${PORT}$path"; done
  for i in $(seq 1 "$TIMED"); do
    curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $bearer" "http://127.0.0.1:${PORT}$path"
  done | sort -n | awk -v p="$path" '{a[NR]=$1} END {printf "%-28s p50 %5.1f ms  p90 %5.1f ms  (n=%d)\n", p, a[int(NR*0.5)]*1000, a[int(NR*0.9)]*1000, NR}'
}
echo "one client, after $WARM requests of warm-up each:"
probe "/v1/orders?size=20" "$BUYER"
probe "/v1/vendors/me/inbox" "$VENDOR"
probe "/v1/analytics/dashboard" "$ADMIN"
