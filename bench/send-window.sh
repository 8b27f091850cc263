#!/usr/bin/env bash
# The send window: how many WhatsApp messages Twilio takes twice when the application is killed
# (SIGKILL) at random moments while it sends. Runs the crash test (CrashRecoveryTest: buyers ordering
# on WhatsApp and over the API, the application killed and started again) with many kills, and prints
# the messages Twilio took twice per thousand sent. Each copy must fall within 2 s before a kill, or
# the test fails. A build is needed first (./mvnw -o install -DskipTests).
# Usage: bench/send-window.sh [kills, default 20] [seed]
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/target
KILLS=${1:-20}
SEED=${2:-}
./mvnw -B -q -o verify -pl app -Dtest=CrashRecoveryTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dkhaacho.fault.kills="$KILLS" ${SEED:+-Dkhaacho.fault.seed=$SEED} > bench/target/send-window.log 2>&1 \
  || { echo "the crash test failed; see bench/target/send-window.log and app/target/surefire-reports" >&2; exit 1; }
grep -E "^CrashRecoveryTest (seed|load)" bench/target/send-window.log
