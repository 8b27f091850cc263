#!/usr/bin/env bash
# The rule parser's speed in one command: messages per second on one core (pinned with taskset),
# over the labelled dev and held-out messages after a warm-up. Builds the jar if it is missing.
# Options go to the command, e.g. bench/parse-bench.sh --seconds 20 --warmup 5
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -f app/target/khaacho.jar ]; then
  ./mvnw -B -q package -Dmaven.test.skip=true
fi
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); pinned to core 0"
exec taskset -c 0 java -jar app/target/khaacho.jar parse-bench --data data/parsing "$@"
