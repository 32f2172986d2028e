#!/usr/bin/env bash
# Starts nlbrief serve and LanguageTool 6.7's own HTTP server side by side and compares the JSON
# shapes of their answers to the same requests, field by field (bench/serve-shapes.py). Needs
# bench/serve-vs-languagetool.sh to have fetched LanguageTool's server once ($PEERS_DIR/lt-server);
# JAR (default cli/target/nlbrief.jar, copied first: a build may replace it) is the jar served.
#   bench/serve-shapes.sh            (about 2 minutes: most of it the two servers starting)
# Both answers of every request are kept in $PEERS_DIR/out-shapes/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
P="${PEERS_DIR:-/tmp/nlbrief-peers}"; out="$P/out-shapes"; mkdir -p "$out/config"
JAR="${JAR:-$here/../cli/target/nlbrief.jar}"
[ -f "$P/lt-server/lib/languagetool-server-6.7.jar" ] || { echo "run bench/serve-vs-languagetool.sh once first (LanguageTool's server)" >&2; exit 2; }
cp "$JAR" "$out/nlbrief.jar"
fp() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
np=$(fp); lp=$(fp)
NLBRIEF_CONFIG_DIR="$out/config" java -jar "$out/nlbrief.jar" serve --port "$np" --workers 1 > "$out/n.out" 2> "$out/n.log" & npid=$!
java -cp "$P/lt-server/lib/*" org.languagetool.server.HTTPServer --port "$lp" > "$out/lt.log" 2>&1 & lpid=$!
trap 'kill $npid $lpid 2>/dev/null' EXIT
for port in $np $lp; do
  until python3 -c 'import sys,urllib.request,urllib.parse; urllib.request.urlopen(sys.argv[1], urllib.parse.urlencode({"language":"nl","text":"Dit is een zin."}).encode(), timeout=300)' "http://127.0.0.1:$port/v2/check" 2>/dev/null; do sleep 0.5; done
done
python3 "$here/serve-shapes.py" --lt "http://127.0.0.1:$lp" --ours "http://127.0.0.1:$np" --dump "$out" | tee "$out/result.txt"
