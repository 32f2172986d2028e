#!/usr/bin/env bash
# A short same-run pair of nlbrief serve and LanguageTool 6.7's server, for a loaded machine where
# bench/serve-vs-languagetool.sh does not fit: both servers started together, then
# ../shared/bench/lt-throughput.py on every EVERY-th document (1 warm-up + 1 counted pass), 1 and 2
# clients, interleaved. Needs bench/serve-vs-languagetool.sh to have run once (jar copy, LT libs).
# PASSES=3 counts 3 passes (the median is printed): steadier on a loaded machine.
#   CORPUS=news bench/serve-pair-quick.sh    (EVERY=35: 3 dev news articles)
#   CORPUS=docs bench/serve-pair-quick.sh    (EVERY=58: 3 Debian-docs requests)
set -u
here="$(cd "$(dirname "$0")" && pwd)"; shared="$here/../../shared/bench"; [ -d "$shared" ] || shared=/work/shared/bench
P="${PEERS_DIR:-/tmp/nlbrief-peers}"; CORPUS="${CORPUS:-news}"; out=$P/out-pair-$CORPUS; mkdir -p "$out"
if [ "$CORPUS" = news ]; then src=(--corpus "$shared/../eval/dev/news-dev.jsonl" --jsonl-field=text --every "${EVERY:-35}")
else src=(--corpus "$P/corpus-nl.txt" --every "${EVERY:-58}"); fi
fp() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
np=$(fp); lp=$(fp)
NLBRIEF_CONFIG_DIR=$P/out-serve/config java -jar "$P/out-serve/nlbrief.jar" serve --port "$np" --workers 2 > "$out/n.out" 2> "$out/n.log" & npid=$!
java -cp "$P/lt-server/lib/*" org.languagetool.server.HTTPServer --port "$lp" > "$out/lt.log" 2>&1 & lpid=$!
trap 'kill $npid $lpid 2>/dev/null' EXIT
for port in $np $lp; do
  until python3 -c 'import sys,urllib.request,urllib.parse; urllib.request.urlopen(sys.argv[1], urllib.parse.urlencode({"language":"nl","text":"Dit is een zin."}).encode(), timeout=300)' "http://127.0.0.1:$port/v2/check" 2>/dev/null; do sleep 0.5; done
done
until curl -sf "http://127.0.0.1:$np/health" | grep -q '"workersReady":2'; do sleep 0.5; done
echo "both ready $(date -u +%T), load $(cut -d' ' -f1 /proc/loadavg)"
for c in 1 2; do for who in lt nlbrief; do
  port=$np; [ "$who" = lt ] && port=$lp
  python3 "$shared/lt-throughput.py" --url "http://127.0.0.1:$port/v2/check" "${src[@]}" --clients "$c" --warmup 1 --passes "${PASSES:-1}" > "$out/$who-c$c.txt" 2>&1
  echo "$who $CORPUS c=$c $(grep 'RESULT.*words/s' "$out/$who-c$c.txt") ($(date -u +%T), load $(cut -d' ' -f1 /proc/loadavg))"
done; done
echo "RSS: nlbrief $(( $(awk '/VmRSS/{print $2}' /proc/$npid/status) / 1024 )) MiB, LanguageTool $(( $(awk '/VmRSS/{print $2}' /proc/$lpid/status) / 1024 )) MiB"
