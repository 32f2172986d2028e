#!/usr/bin/env bash
# Articles per second of `nlbrief pipeline` (Beam's DirectRunner, this process, every core)
# against `nlbrief brief -o DIR` (the batch runner of the plain jar) on the same distinct articles,
# without and with proofreading. Both read the same folder of .txt files and write one JSON record
# per article; both run as `java -XX:TieredStopAtLevel=1 -jar JAR` (the launcher's JIT setting), a
# fresh JVM each, so start-up is in both figures. Runs alternate brief, pipeline, brief, pipeline so
# that load from other work on the machine hits both alike.
#
# Usage: bench/pipeline-throughput.sh [CORPUS] [N_CHECK] [ROUNDS]
#   CORPUS   what bench/pipeline-corpus.sh made (default /tmp/nlbrief-bench/pipeline; made when missing)
#   N_CHECK  articles of it for the runs with proofreading (default 500: 10,000 take hours on 2 cores)
#   ROUNDS   brief/pipeline pairs per mode (default 1)
# Needs cli/target/nlbrief.jar (./nlbrief builds it) and cli/target/nlbrief-pipeline.jar
# (mvn -B -o -Ppipeline -pl cli -am package -DskipTests). Prints one line per run and a table.
# MODES=check runs only the proofreading pair (MODES=plain only the other; default both). To keep
# the figures clean on a machine shared with other work, run it at a higher priority. With the
# kernel's autogroup scheduling (/proc/sys/kernel/sched_autogroup_enabled = 1, Debian's default)
# nice only ranks processes of one session against each other, so raise the session's group:
#   sudo sh -c 'echo -15 > /proc/$$/autogroup; exec nice -n -15 bench/pipeline-throughput.sh CORPUS 10000 1'
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${1:-/tmp/nlbrief-bench/pipeline}"
n_check="${2:-500}"
rounds="${3:-1}"
jar="$root/cli/target/nlbrief.jar"
pjar="$root/cli/target/nlbrief-pipeline.jar"
[[ -f $jar && -f $pjar ]] || { echo "build both jars first (see the header)" >&2; exit 2; }
[[ -d $corpus/articles ]] || "$root/bench/pipeline-corpus.sh" "$corpus"
all="$corpus/articles"
sub="$corpus/articles-$n_check"
if [[ ! -d $sub ]]; then
  mkdir -p "$sub"
  # sed, not head: head would close the pipe early and pipefail would stop the script.
  ls "$all" | sort | sed -n "1,${n_check}p" | while read -r f; do cp "$all/$f" "$sub/"; done
fi
n_all=$(ls "$all" | wc -l)
work=$(mktemp -d /tmp/nlbrief-pipeline-bench.XXXXXX)
results="$work/results.tsv"
java=(java -XX:TieredStopAtLevel=1)

one() { # label articles command...
  local label=$1 n=$2; shift 2
  local out="$work/out"
  rm -rf "$out"
  local t0 t1
  t0=$(date +%s.%N)
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" -o "$out" >/dev/null 2>"$work/err" || { tail -5 "$work/err" >&2; exit 1; }
  t1=$(date +%s.%N)
  read -r wall user sys rss <"$work/time"
  local load; load=$(cut -d' ' -f1 /proc/loadavg)
  local rate; rate=$(python3 -c "print(f'{$n/$wall:.2f}')")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$n" "$wall" "$user" "$sys" "$rss" "$rate" "$load" | tee -a "$results"
}

printf 'run\tarticles\twall_s\tuser_s\tsys_s\tpeak_kb\tarticles_per_s\tload_after\n'
modes="${MODES:-plain check}"
[[ " $modes " == *" plain "* ]] && for ((r = 1; r <= rounds; r++)); do
  one "brief --no-check" "$n_all" "${java[@]}" -jar "$jar" brief --no-check --format json "$all"
  one "pipeline --no-check" "$n_all" "${java[@]}" -jar "$pjar" pipeline --no-check "$all"
done
[[ " $modes " == *" check "* ]] && for ((r = 1; r <= rounds; r++)); do
  one "brief" "$n_check" "${java[@]}" -jar "$jar" brief --format json "$sub"
  one "pipeline" "$n_check" "${java[@]}" -jar "$pjar" pipeline "$sub"
done
echo "results: $results" >&2
