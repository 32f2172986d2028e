#!/usr/bin/env bash
# Builds the bench module and runs the benchmarks; see bench/README.md and BENCHMARKS.md.
#
#   bench/run.sh              # throughput, then cold start (~10 min on 2 cores)
#   bench/run.sh throughput   # ParseThroughput only (~2 min)
#   bench/run.sh cold         # cold-start.sh only (~8 min, most of it LanguageTool's CLI)
#
# Nothing here is part of `mvn verify`. The throughput text is built at run time from
# ../shared/bench/make-corpus.sh (Debian's Dutch documentation; apt) and the `text` fields of
# ../shared/eval/dev/news-dev.jsonl, read in place: none of it is written into the repository.
# Environment: SHARED (../shared), BENCH_DIR (/tmp/nlbrief-bench: corpus and results),
# BENCH_JAVA_OPTS (extra JVM options for ParseThroughput), BENCH_CPU (core to pin to, 0),
# THROUGHPUT_ARGS (extra ParseThroughput options, e.g. "--warm 9 --steady 9"); cold-start.sh's own.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
what=${1:-all}
SHARED=${SHARED:-$root/../shared}
BENCH_DIR=${BENCH_DIR:-/tmp/nlbrief-bench}
BENCH_CPU=${BENCH_CPU:-0}
out=$BENCH_DIR/results-$(date -u +%Y%m%dT%H%M%S)
mkdir -p "$out"
log() { printf 'bench: %s\n' "$*" >&2; }

machine() {
  echo "date: $(date -u +%FT%TZ)"
  echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
  echo "java: $(java -version 2>&1 | tr '\n' ' ')"
  echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo none)$(git diff --quiet 2>/dev/null || echo ' + uncommitted changes')"
  echo "load average: $(cat /proc/loadavg)"
}
machine | tee "$out/machine.txt" >&2

if [[ $what == all || $what == throughput ]]; then
  corpus=$BENCH_DIR/corpus-nl.txt
  if [[ ! -s $corpus ]]; then
    if [[ ! -d /usr/share/doc/debian/FAQ/nl || ! -d /usr/share/doc/aptitude/html/nl ]]; then
      apt-get update -qq   # make-corpus.sh apt-installs the Dutch documentation packages
    fi
    "$SHARED/bench/make-corpus.sh" "$corpus"
  fi
  log "building the bench module"
  if ! mvn -q -B -o -Pbench -pl bench -am package -DskipTests >&2; then
    log "offline build failed; trying again with network access (first build fetches maven-dependency-plugin)"
    mvn -q -B -Pbench -pl bench -am package -DskipTests >&2
  fi
  # shellcheck disable=SC2206 # option lists, split on spaces on purpose
  jopts=(${BENCH_JAVA_OPTS:-})
  # shellcheck disable=SC2206
  targs=(${THROUGHPUT_ARGS:-})
  log "ParseThroughput on core $BENCH_CPU (taskset -c $BENCH_CPU, -XX:ActiveProcessorCount=1)"
  taskset -c "$BENCH_CPU" java -XX:ActiveProcessorCount=1 "${jopts[@]}" \
    -cp "bench/target/nlbrief-bench.jar:bench/target/lib/*" io.nlbrief.bench.ParseThroughput \
    --news "$SHARED/eval/dev/news-dev.jsonl" --docs "$corpus" "${targs[@]}" | tee "$out/throughput.txt"
fi

if [[ $what == all || $what == cold ]]; then
  OUT=$out/cold bench/cold-start.sh | tee "$out/cold-start.txt"
fi
log "results in $out"
