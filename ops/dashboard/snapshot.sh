#!/usr/bin/env bash
# A picture of the Grafana dashboard fed by a benchmark run: Prometheus (Debian's package) scrapes the
# benchmark's application every 5 s and evaluates the alert rules; afterwards the dashboard's own panels and
# queries are drawn over the run (render.mjs) and Chromium takes the picture.
# Options go to bench/run.sh, e.g. ops/dashboard/snapshot.sh --seconds 120
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=${DASHBOARD_SCREENSHOT:-docs/screenshots/dashboard-bench.png}
PROMETHEUS_PORT=${DASHBOARD_PROMETHEUS_PORT:-19090}
work=$(mktemp -d)
cat > "$work/prometheus.yml" <<YAML
global:
  scrape_interval: 5s
  evaluation_interval: 5s
rule_files:
  - $PWD/ops/prometheus/alerts.yml
scrape_configs:
  - job_name: khaacho
    metrics_path: /actuator/prometheus
    static_configs:
      - targets: ["127.0.0.1:${BENCH_MANAGEMENT_PORT:-18090}"]
YAML
prometheus --config.file="$work/prometheus.yml" --storage.tsdb.path="$work/data" \
  --web.listen-address="127.0.0.1:$PROMETHEUS_PORT" > "$work/prometheus.log" 2>&1 &
prometheus_pid=$!
trap 'kill $prometheus_pid 2>/dev/null || true' EXIT
start=$(date +%s)
bench/run.sh "$@" | tee "$work/bench.txt"
end=$(date +%s)
sleep 6
node ops/dashboard/render.mjs --prometheus "http://127.0.0.1:$PROMETHEUS_PORT" --start "$start" --end "$end" \
  --out "$work/dashboard.html" --note "bench/run.sh $*"
chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --window-size=1600,2640 \
  --screenshot="$PWD/$OUT" "file://$work/dashboard.html" > /dev/null 2>&1
echo "dashboard: $OUT (Prometheus data in $work/data)"
