#!/usr/bin/env bash
# The benchmark in one command: builds, starts Khaacho on a fresh database of its own
# (khaacho_bench, never the demo's), drives it over loopback, prints the figures, stops it.
# Options after the command go to the load generator, e.g. bench/run.sh --seconds 60 --workers 32
set -euo pipefail
cd "$(dirname "$0")/.."

DB_HOST=${BENCH_DATABASE_HOST:-localhost:5432}
DB_USER=${DATABASE_USER:-postgres}
PORT=${BENCH_PORT:-18089}
# the actuator's own port (loopback only), where the load generator samples the heap
MANAGEMENT_PORT=${BENCH_MANAGEMENT_PORT:-18090}
HEAP=${BENCH_HEAP:-512m}
export DATABASE_URL="jdbc:postgresql://${DB_HOST}/khaacho_bench" DATABASE_USER="$DB_USER" PORT MANAGEMENT_PORT
# the load generator's own psql and pgbench (commit counts, connections, the raw ceiling) connect with these
export PGHOST="${DB_HOST%:*}" PGPORT="${DB_HOST#*:}" PGUSER="$DB_USER"
export KHAACHO_KEY_FILE=${KHAACHO_KEY_FILE:-$PWD/bench/target/bench-key.pem}
# WhatsApp messages come as Twilio would send them: signed with an auth token made up for this run.
# Without an account and sender the replies stay in the local outbox.
export TWILIO_AUTH_TOKEN=${BENCH_TWILIO_AUTH_TOKEN:-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')}
export PUBLIC_BASE_URL="http://127.0.0.1:${PORT}"
# Each demo buyer of the load sends several WhatsApp messages a second, far past what the flood guard lets
# one phone send (120 a minute): the benchmark measures orders, not the guard.
export KHAACHO_WHATSAPP_FLOOD_LIMIT=${KHAACHO_WHATSAPP_FLOOD_LIMIT:-1000000}

# BENCH_APP_JAR runs another build of the application (e.g. one made from an earlier commit) under the same
# load generator, to compare two builds the same hour; the project is then not built again.
APP_JAR=${BENCH_APP_JAR:-app/target/khaacho.jar}
if [ -z "${BENCH_APP_JAR:-}" ] || [ ! -f bench/target/khaacho-bench.jar ]; then
  ./mvnw -B -q package -Dmaven.test.skip=true
fi
# BENCH_KEEP_DATABASE=1 keeps the store of the previous run, e.g. to replay it on another build:
# BENCH_KEEP_DATABASE=1 bench/run.sh --only replay
if [ "${BENCH_KEEP_DATABASE:-0}" != 1 ]; then
  psql -h "${DB_HOST%:*}" -p "${DB_HOST#*:}" -U "$DB_USER" -d postgres -q \
       -c "DROP DATABASE IF EXISTS khaacho_bench WITH (FORCE)" -c "CREATE DATABASE khaacho_bench"
fi

# BENCH_JAVA_OPTS adds JVM options, e.g. -XX:StartFlightRecording=filename=bench/target/app.jfr to profile
# The demo mode: the load drives the demo buyers, vendors and catalog (webhooks stay signed: the token above).
# BENCH_INSTANCES=2 runs two instances on the one database (ports PORT and PORT+2, their actuators on the
# next port of each); the load takes them in turn, request by request, and each is started once the one
# before answers. Every instance signs webhooks against the first one's address (PUBLIC_BASE_URL), as
# instances behind one load balancer do.
INSTANCES=${BENCH_INSTANCES:-1}
APP_PIDS=()
BASE_URLS=()
MANAGEMENT_URLS=()
stop_all() {
  for pid in "${APP_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${APP_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap stop_all EXIT
for i in $(seq 0 $(( INSTANCES - 1 ))); do
  port=$(( PORT + 2 * i ))
  management=$(( MANAGEMENT_PORT + 2 * i ))
  log=bench/target/app.log
  [ "$i" -gt 0 ] && log=bench/target/app-$(( i + 1 )).log
  PORT=$port MANAGEMENT_PORT=$management java -Xmx"$HEAP" ${BENCH_JAVA_OPTS:-} -jar "$APP_JAR" demo > "$log" 2>&1 &
  pid=$!
  APP_PIDS+=("$pid")
  BASE_URLS+=("http://127.0.0.1:${port}")
  MANAGEMENT_URLS+=("http://127.0.0.1:${management}")
  for attempt in $(seq 1 90); do
    curl -fs "http://127.0.0.1:${port}/actuator/health" >/dev/null 2>&1 && break
    kill -0 "$pid" 2>/dev/null || { echo "the application did not start; see $log" >&2; exit 1; }
    sleep 1
  done
done
join() { local IFS=,; echo "$*"; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; application heap $HEAP, $INSTANCES instance(s); PostgreSQL $(psql -V | awk '{print $3}')"
java -jar bench/target/khaacho-bench.jar --jar "$APP_JAR" --base-url "$(join "${BASE_URLS[@]}")" \
  --management-url "$(join "${MANAGEMENT_URLS[@]}")" --app-pid "$(join "${APP_PIDS[@]}")" "$@"
