#!/usr/bin/env bash
# Fuzzes one reader with libFuzzer and AddressSanitizer (leaks included) for SECONDS.
# Usage: scripts/fuzz.sh csv|inventory|method|catalog|xlsx SECONDS
# Fails on any crash, leak, timeout or out-of-memory; the input that did it is saved under .fuzz/TARGET/ and should
# become a regression test in Tests/RiskMethodTests/Fixtures/fuzz/TARGET/.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: scripts/fuzz.sh csv|inventory|method|catalog|xlsx SECONDS}
seconds=${2:-60}
case "$target" in
  csv|inventory|catalog|xlsx) max_len=65536 ;;
  method) max_len=8192 ;;
  *) echo "unknown target $target (csv, inventory, method, catalog, xlsx)"; exit 64 ;;
esac
name=RiskFuzz
export RISK_FUZZ=1 RISK_FUZZ_TARGET="$target" SWIFT_BACKTRACE=enable=no
swift build --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp --scratch-path .build-fuzz --product "$name" 2>&1 | tail -n 3
binary=$(swift build --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp --scratch-path .build-fuzz --product "$name" --show-bin-path)/$name
work=.fuzz/$target
mkdir -p "$work/corpus" "$work/artifacts"
cp -n Fuzz/corpus/"$target"/* "$work/corpus/" 2>/dev/null || true
if [ -d "Tests/RiskMethodTests/Fixtures/fuzz/$target" ]; then cp -n Tests/RiskMethodTests/Fixtures/fuzz/"$target"/* "$work/corpus/" 2>/dev/null || true; fi
log=$work/fuzz.log
set +e
ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 "$binary" "$work/corpus" \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" -print_final_stats=1 \
  -artifact_prefix="$work/artifacts/" > "$log" 2>&1
status=$?
set -e
grep -E "^#[0-9]+.*(DONE|pulse)|stat::number_of_executed_units|stat::peak_rss_mb|stat::new_units_added" "$log" | tail -n 4
executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
echo "fuzz $target: ${executions:-0} executions in $seconds s, exit $status"
if [ "$status" -ne 0 ] || grep -qE "ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|SUMMARY: libFuzzer" "$log"; then
  echo "FAIL: fuzz $target found a problem:"; grep -E "ERROR|SUMMARY|Test unit written|fuzz invariant" "$log" | head -n 20
  exit 1
fi
