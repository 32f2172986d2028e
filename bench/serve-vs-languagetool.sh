#!/usr/bin/env bash
# nlbrief serve beside LanguageTool 6.7's own HTTP server, in one run on this machine:
#   start to first answer, warm throughput (../shared/bench/lt-throughput.py, 1 and 2 clients, the
#   Debian-docs corpus and the dev news, one article a request), latency p50/p95/p99 at 1, 2 and 8
#   clients, overload at 4x the sustainable (2-client) request rate for 60 s, resident memory.
#
#   bench/serve-vs-languagetool.sh            (about 30 min on 2 cores)
#   ONLY=nlbrief bench/serve-vs-languagetool.sh   (skip LanguageTool's server)
#
# Environment: PEERS_DIR (downloads and outputs, default /tmp/nlbrief-peers), LT_EVERY (every K-th
# corpus document, 4), LT_PASSES (counted passes, 3), NEWS_JSONL (default ../shared/eval/dev/news-dev.jsonl,
# read in place), SECONDS_LAT (latency run length, 30), WORKERS (nlbrief serve --workers, 2).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"; root="$here/.."
shared="$root/../shared/bench"; [ -d "$shared" ] || shared=/work/shared/bench
PEERS_DIR="${PEERS_DIR:-/tmp/nlbrief-peers}"; out="$PEERS_DIR/out-serve"; mkdir -p "$out"
LT_EVERY="${LT_EVERY:-4}"; LT_PASSES="${LT_PASSES:-3}"; SECONDS_LAT="${SECONDS_LAT:-30}"; WORKERS="${WORKERS:-2}"
NEWS_JSONL="${NEWS_JSONL:-$shared/../eval/dev/news-dev.jsonl}"
JAR="$root/cli/target/nlbrief.jar"
log() { printf '%s\n' "$*" >&2; }
[ -f "$JAR" ] || (cd "$root" && ./nlbrief --version >/dev/null)
# A copy: a build during the run replaces cli/target/nlbrief.jar under the running server.
cp "$JAR" "$out/nlbrief.jar"; JAR="$out/nlbrief.jar"
CORPUS="$PEERS_DIR/corpus-nl.txt"; [ -s "$CORPUS" ] || "$shared/make-corpus.sh" "$CORPUS"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
first_answer() {  # $1 url; prints seconds since $2 (date +%s.%N) when the first check answers 200
  until python3 -c 'import sys,urllib.request,urllib.parse; urllib.request.urlopen(sys.argv[1], urllib.parse.urlencode({"language":"nl","text":"Dit is een zin."}).encode(), timeout=300)' "$1" 2>/dev/null; do sleep 0.1; done
  python3 -c "import sys; print(f'{float(sys.argv[2])-float(sys.argv[1]):.1f}')" "$2" "$(date +%s.%N)"
}
rss() { echo "$(( $(awk '/VmRSS/{print $2}' /proc/$1/status) / 1024 )) MiB"; }
res() { grep "RESULT.*$2" "$1" | sed -E 's/.*: median ([0-9.]+) \(min ([0-9.]+), max ([0-9.]+)\)/\1 (\2-\3)/'; }
corpora=("docs|$CORPUS|"); [ -f "$NEWS_JSONL" ] && corpora+=("news|$NEWS_JSONL|--jsonl-field=text")
pids=(); trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT
echo "serve benchmark, $(date -u +%FT%TZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

# ---- nlbrief serve
np=$(free_port); t0=$(date +%s.%N)
NLBRIEF_CONFIG_DIR="$out/config" java -jar "$JAR" serve --port "$np" --workers "$WORKERS" > "$out/nlbrief.out" 2> "$out/nlbrief.log" &
npid=$!; pids+=("$npid")
echo "nlbrief serve: start to first answer $(first_answer "http://127.0.0.1:$np/v2/check" "$t0") s"
until curl -sf "http://127.0.0.1:$np/health" | grep -q "\"workersReady\":$WORKERS"; do sleep 0.5; done

# ---- LanguageTool server
if [ "${ONLY:-}" != nlbrief ]; then
  d="$PEERS_DIR/lt-server"
  if [ ! -f "$d/lib/languagetool-server-6.7.jar" ]; then
    mkdir -p "$d"
    cat > "$d/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>throwaway</groupId><artifactId>lt-server</artifactId><version>1</version><packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>org.languagetool</groupId><artifactId>languagetool-server</artifactId><version>6.7</version></dependency>
    <dependency><groupId>org.languagetool</groupId><artifactId>language-nl</artifactId><version>6.7</version></dependency>
  </dependencies></project>
POM
    log "fetching languagetool-server 6.7 + language-nl"
    (cd "$d" && mvn -q -B dependency:copy-dependencies -DoutputDirectory=lib > mvn.log 2>&1) || { cat "$d/mvn.log" >&2; exit 1; }
  fi
  lp=$(free_port); t0=$(date +%s.%N)
  java -cp "$d/lib/*" org.languagetool.server.HTTPServer --port "$lp" > "$out/lt-server.log" 2>&1 &
  lpid=$!; pids+=("$lpid")
  echo "LanguageTool server: start to first answer $(first_answer "http://127.0.0.1:$lp/v2/check" "$t0") s"
fi

# ---- throughput, interleaved: LanguageTool then nlbrief for each corpus and client count
for spec in "${corpora[@]}"; do
  IFS='|' read -r name file opt <<<"$spec"
  for c in 1 2; do
    for who in lt nlbrief; do
      [ "$who" = lt ] && [ "${ONLY:-}" = nlbrief ] && continue
      port=$np; [ "$who" = lt ] && port=$lp
      log "throughput $who $name c=$c (load $(cut -d' ' -f1 /proc/loadavg))"
      python3 "$shared/lt-throughput.py" --url "http://127.0.0.1:$port/v2/check" --corpus "$file" $opt \
        --clients "$c" --every "$LT_EVERY" --warmup 1 --passes "$LT_PASSES" > "$out/$who-$name-c$c.txt"
      echo "$who $name $c client(s): words/s $(res "$out/$who-$name-c$c.txt" words/s), sentences/s $(res "$out/$who-$name-c$c.txt" sentences/s)"
    done
  done
done

# ---- latency of nlbrief at 1, 2, 8 clients (news, one article a request)
lat_corpus="$NEWS_JSONL"; lat_opt="--jsonl-field=text"; [ -f "$NEWS_JSONL" ] || { lat_corpus="$CORPUS"; lat_opt=""; }
for c in 1 2 8; do
  python3 "$here/serve-load.py" latency --url "http://127.0.0.1:$np/v2/check" --corpus "$lat_corpus" $lat_opt \
    --clients "$c" --seconds "$SECONDS_LAT" | tee "$out/nlbrief-latency-c$c.txt"
done
[ "${ONLY:-}" != nlbrief ] && for c in 1 2 8; do
  python3 "$here/serve-load.py" latency --url "http://127.0.0.1:$lp/v2/check" --corpus "$lat_corpus" $lat_opt \
    --clients "$c" --seconds "$SECONDS_LAT" | sed 's/^RESULT/RESULT LanguageTool/' | tee "$out/lt-latency-c$c.txt"
done

# ---- overload: 4x the 2-client request rate for 60 s, then a normal request
rate=$(grep -o 'req/s=[0-9.]*' "$out/nlbrief-latency-c2.txt" | cut -d= -f2)
rate4=$(python3 -c "print(round(4*float('$rate'), 2))")
echo "nlbrief RSS before overload: $(rss $npid)"
peak=0; ( while kill -0 $npid 2>/dev/null; do r=$(awk '/VmRSS/{print $2}' /proc/$npid/status); echo "$r"; sleep 1; done > "$out/rss-samples.txt" ) &
sampler=$!; pids+=("$sampler")
python3 "$here/serve-load.py" overload --url "http://127.0.0.1:$np/v2/check" --corpus "$lat_corpus" $lat_opt \
  --rate "$rate4" --seconds 60 --limit 60 | tee "$out/nlbrief-overload.txt"
kill "$sampler" 2>/dev/null || true
echo "nlbrief peak RSS during overload: $(( $(sort -n "$out/rss-samples.txt" | tail -1) / 1024 )) MiB"
after=$(python3 -c 'import sys,urllib.request,urllib.parse,time; t=time.monotonic(); r=urllib.request.urlopen(sys.argv[1], urllib.parse.urlencode({"language":"nl","text":"Gisteren zag ik de de man."}).encode(), timeout=120); print(r.status, f"{time.monotonic()-t:.2f} s")' "http://127.0.0.1:$np/v2/check")
echo "after overload: $after"
echo "RSS after the runs: nlbrief $(rss $npid)${lpid:+, LanguageTool $(rss ${lpid:-$$})}"
