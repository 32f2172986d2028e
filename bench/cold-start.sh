#!/usr/bin/env bash
# Cold start of the nlbrief command as a user starts it (the ./nlbrief launcher included, a fresh
# JVM every run, files in the page cache), beside LanguageTool's own command line in the same run:
#
#   bench/cold-start.sh [SEED]        # default seeds/000_9f455500eaf14fbe.txt
#
# Measures, for `./nlbrief parse SEED`, `./nlbrief parse --format json SEED` (which loads
# LanguageTool's Dutch tagger) and `java -cp 'lt-cli/lib/*' org.languagetool.commandline.Main -l nl SEED`:
#   - wall time: hyperfine -N, median (and min-max) over RUNS runs after WARMUP warm-up runs
#     (LanguageTool: LT_RUNS runs after 1 warm-up, as in ../shared/bench/README.md: a run takes ~9 s);
#   - peak RSS: /usr/bin/time -f '%e s %M KB', median over MEM_RUNS runs.
# Target (issue): `./nlbrief parse` on a seed <= 1.5 s median.
#
# Needs: Java 17, Maven, hyperfine and GNU time (installed with apt-get when missing; root),
# LanguageTool 6.7 command line (fetched from Maven Central into $PEERS_DIR/lt-cli once, the way
# ../shared/bench/peers.sh does it; SKIP_LT=1 leaves LanguageTool out).
# Environment: NLBRIEF_ROOT (see below), RUNS (15), WARMUP (2), LT_RUNS (5), MEM_RUNS (5), PEERS_DIR (/tmp/nlbrief-peers),
# OUT (results folder, default /tmp/nlbrief-bench/cold-<time>).
set -euo pipefail
# NLBRIEF_ROOT: the checkout whose ./nlbrief is measured (default: this one). While others edit
# this tree the launcher would rebuild mid-measurement; measure a clean clone instead:
#   git clone -q . /tmp/nlbrief-clean && NLBRIEF_ROOT=/tmp/nlbrief-clean bench/cold-start.sh
root=${NLBRIEF_ROOT:-$(cd "$(dirname "$0")/.." && pwd)}
cd "$root"
seed=${1:-seeds/000_9f455500eaf14fbe.txt}
RUNS=${RUNS:-15}
WARMUP=${WARMUP:-2}
LT_RUNS=${LT_RUNS:-5}
MEM_RUNS=${MEM_RUNS:-5}
PEERS_DIR=${PEERS_DIR:-/tmp/nlbrief-peers}
OUT=${OUT:-/tmp/nlbrief-bench/cold-$(date -u +%Y%m%dT%H%M%S)}
mkdir -p "$OUT"
log() { printf 'cold-start: %s\n' "$*" >&2; }

[[ -f $seed ]] || { log "no such seed: $seed"; exit 2; }

need=()
command -v hyperfine >/dev/null || need+=(hyperfine)
[[ -x /usr/bin/time ]] || need+=(time)
command -v python3 >/dev/null || need+=(python3)
if [[ ${#need[@]} -gt 0 ]]; then
  log "installing: ${need[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need[@]}" >/dev/null
fi

# The launcher builds the jar when it is stale and records its class-data archive on the first
# start: do both now, so that no measured run includes a build.
log "preparing ./nlbrief (build if stale, class-data archive)"
./nlbrief parse "$seed" >/dev/null
./nlbrief parse --format json "$seed" >/dev/null

lt_cmd=()
if [[ -z ${SKIP_LT:-} ]]; then
  lt=$PEERS_DIR/lt-cli
  if [[ ! -f $lt/lib/languagetool-commandline-6.7.jar ]]; then
    log "fetching LanguageTool 6.7 command line + language-nl into $lt (Maven Central)"
    mkdir -p "$lt"
    cat >"$lt/pom.xml" <<'EOF'
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>throwaway</groupId><artifactId>lt-cli</artifactId><version>1</version><packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>org.languagetool</groupId><artifactId>languagetool-commandline</artifactId><version>6.7</version></dependency>
    <dependency><groupId>org.languagetool</groupId><artifactId>language-nl</artifactId><version>6.7</version></dependency>
  </dependencies>
</project>
EOF
    (cd "$lt" && mvn -q -B -Dstyle.color=never dependency:copy-dependencies -DoutputDirectory=lib >mvn.log 2>&1) \
      || { cat "$lt/mvn.log" >&2; exit 1; }
  fi
  # hyperfine -N runs it without a shell: java itself expands the lib/* class-path wildcard.
  lt_cmd=(java -cp "$lt/lib/*" org.languagetool.commandline.Main -l nl "$seed")
fi

text_cmd="./nlbrief parse $seed"
json_cmd="./nlbrief parse --format json $seed"

# The launcher rebuilds the jar when any main source or pom is newer than it: in a work tree that
# someone is editing, that would put a Maven build inside a measured run. Refuse to start on a
# stale tree, and flag results when the jar changed during the measurement.
jar=cli/target/nlbrief.jar
stamp() { stat -c %Y "$jar" 2>/dev/null || echo none; }
newer=$(find pom.xml ./*/pom.xml ./*/src/main -newer "$jar" -print -quit 2>/dev/null || true)
if [[ -n $newer ]]; then
  log "sources changed while preparing ($newer is newer than $jar): rerun when the tree is quiet"
  exit 3
fi
jar_before=$(stamp)

log "load average: $(cat /proc/loadavg)"
log "hyperfine: nlbrief, $WARMUP warm-up + $RUNS runs each"
hyperfine -N --style basic --warmup "$WARMUP" --runs "$RUNS" --export-json "$OUT/nlbrief.json" \
  -n "nlbrief parse" "$text_cmd" \
  -n "nlbrief parse --format json" "$json_cmd" >&2
if [[ ${#lt_cmd[@]} -gt 0 ]]; then
  log "hyperfine: LanguageTool CLI, 1 warm-up + $LT_RUNS runs"
  hyperfine -N --style basic --warmup 1 --runs "$LT_RUNS" --export-json "$OUT/lt.json" \
    -n "LanguageTool 6.7 CLI -l nl" "${lt_cmd[*]}" >&2
fi

# Peak memory: GNU time's maximum resident set size, median over MEM_RUNS runs.
peak() {  # name, command...
  local name=$1; shift
  : >"$OUT/$name.time"
  for _ in $(seq "$MEM_RUNS"); do
    /usr/bin/time -f '%e s %M KB' -a -o "$OUT/$name.time" "$@" >/dev/null 2>&1 \
      || log "$name: a run failed (see $OUT/$name.time)"
  done
}
log "peak RSS: $MEM_RUNS runs each"
peak text ./nlbrief parse "$seed"
peak json ./nlbrief parse --format json "$seed"
[[ ${#lt_cmd[@]} -gt 0 ]] && peak lt "${lt_cmd[@]}"
log "load average: $(cat /proc/loadavg)"
if [[ $(stamp) != "$jar_before" ]]; then
  log "WARNING: $jar was rebuilt during the measurement (someone changed the sources): the figures include a build; rerun"
  echo "WARNING: $jar was rebuilt during the measurement; figures invalid" >"$OUT/INVALID"
fi

python3 - "$OUT" "$seed" "$RUNS" "$MEM_RUNS" <<'PY'
import json, os, statistics as st, sys
out, seed, runs, mem_runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
rows = []
for f in ("nlbrief.json", "lt.json"):
    p = os.path.join(out, f)
    if os.path.exists(p):
        rows += json.load(open(p))["results"]
def mem(name):
    p = os.path.join(out, name + ".time")
    if not os.path.exists(p):
        return None
    v = [float(l.split()[2]) / 1024 for l in open(p) if l.strip().endswith(" KB")]
    if not v:
        return None
    return st.median(v), min(v), max(v)
names = {"nlbrief parse": "text", "nlbrief parse --format json": "json", "LanguageTool 6.7 CLI -l nl": "lt"}
print(f"cold start on {seed} (median over hyperfine runs; peak RSS median over {mem_runs} runs of /usr/bin/time)")
print(f"{'command':34} {'wall median':>12} {'min-max':>15} {'runs':>5} {'peak RSS median':>16}")
base = None
for r in rows:
    m = mem(names.get(r["command"], "?"))
    rss = f"{m[0]:.0f} MiB" if m else "-"
    print(f"{r['command']:34} {r['median']:10.3f} s {r['min']:6.2f}-{r['max']:<6.2f}s {len(r['times']):5d} {rss:>16}")
    if r["command"] == "nlbrief parse":
        base = r["median"]
lt = next((r for r in rows if r["command"].startswith("LanguageTool")), None)
js = next((r for r in rows if r["command"] == "nlbrief parse --format json"), None)
if base:
    print(f"target: nlbrief parse <= 1.5 s median: {'met' if base <= 1.5 else 'NOT met'} ({base:.2f} s)")
if lt and base:
    print(f"ratio: LanguageTool CLI / nlbrief parse = {lt['median'] / base:.1f}x"
          + (f"; LanguageTool CLI / nlbrief parse --format json = {lt['median'] / js['median']:.1f}x" if js else ""))
PY
[[ -f $OUT/INVALID ]] && { cat "$OUT/INVALID"; log "raw results in $OUT"; exit 4; }
log "raw results in $OUT"
