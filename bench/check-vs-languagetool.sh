#!/usr/bin/env bash
# nlbrief check against LanguageTool's own command line, side by side in one run:
# cold wall time and peak memory on each seed, warm throughput on the dev news articles with both
# cores (CheckThroughput, -Pbench), then the dev-set figures (eval check) beside raw LanguageTool.
#
#   bench/check-vs-languagetool.sh            # needs ../shared/bench/peers.sh to have fetched lt-cli
#   ONLY=cold bench/check-vs-languagetool.sh  # the cold-start part alone (or ONLY=throughput, ONLY=eval)
#
# Environment: PEERS_DIR (default /tmp/nlbrief-peers), RUNS (default 5), DEV (default ../shared/eval/dev),
# ONLY (default: all parts). The time and load average are printed before each part: the machine is
# shared, so wall times are only comparable within one run.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
PEERS_DIR=${PEERS_DIR:-/tmp/nlbrief-peers}
RUNS=${RUNS:-5}
DEV=${DEV:-$root/../shared/eval/dev}
LT="java -cp $PEERS_DIR/lt-cli/lib/* org.languagetool.commandline.Main -l nl"
[ -d "$PEERS_DIR/lt-cli/lib" ] || { echo "run ../shared/bench/peers.sh first (LanguageTool CLI missing)" >&2; exit 2; }
ONLY=${ONLY:-all}
stamp() { printf '== %s: %s, load average %s\n' "$1" "$(date -u '+%F %T UTC')" "$(cut -d' ' -f1-3 /proc/loadavg)"; }
part() { [[ $ONLY == all || $ONLY == "$1" ]] && stamp "$1"; }
"$root/nlbrief" --version >/dev/null   # builds the jar and the CDS archive when stale
part cold && for seed in "$root"/seeds/*.txt; do
  hyperfine -i -N --warmup 1 --runs "$RUNS" "$LT $seed" "$root/nlbrief check $seed"
  for cmd in "$LT $seed" "$root/nlbrief check $seed"; do
    # Split on spaces but do not expand lib/* here: java reads the class-path wildcard itself.
    (set -f; /usr/bin/time -f "%e s wall, %M KB peak: $cmd" $cmd >/dev/null 2>/tmp/check-bench.err) || true
    tail -1 /tmp/check-bench.err
  done
done
if part throughput; then
  mvn -q -B -o -Pbench -f "$root/pom.xml" -pl bench -am package -DskipTests >&2
  java -cp "$root/bench/target/nlbrief-bench.jar:$root/bench/target/lib/*" io.nlbrief.bench.CheckThroughput \
    --news "$DEV/news-dev.jsonl" --threads 2 --warmup 2 --passes 5
fi
if part eval; then
  "$root/nlbrief" eval check --news "$DEV/news-dev.jsonl" --errors "$DEV/errors-dev.jsonl"
fi
stamp end
