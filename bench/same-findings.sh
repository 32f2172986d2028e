#!/usr/bin/env bash
# Whether two nlbrief jars find the same: each runs one `check --format json` (one JVM) over the
# same files, and the outputs (stdout and stderr) must be byte-identical. For changes that should
# alter speed only. The files are written to a temporary folder from the dev data (never into the
# repository): the news-dev texts, the seeds, the errors-dev sentences (wrong and right, one file
# each) and every third block of 30 lines of the Debian-docs corpus; a second run checks the first
# 50 news-dev and errors-dev files and the first 10 blocks with --variant=nl-BE.
#   bench/same-findings.sh BEFORE.jar AFTER.jar
# EVERY=N keeps every N-th file of each kind (quicker, less certain). Exit 0 when identical.
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 BEFORE.jar AFTER.jar" >&2; exit 2; }
here="$(cd "$(dirname "$0")" && pwd)"; eval_dir="$here/../../shared/eval"; [ -d "$eval_dir" ] || eval_dir=/work/shared/eval
corpus="${CORPUS_NL:-/tmp/nlbrief-peers/corpus-nl.txt}"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
python3 - "$eval_dir/dev" "$corpus" "$work/in" "${EVERY:-1}" <<'EOF'
import json, os, sys
dev, corpus, out, every = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
os.makedirs(out)
def write(name, text):
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        f.write(text)
with open(os.path.join(dev, "news-dev.jsonl"), encoding="utf-8") as f:
    for i, line in enumerate(f):
        if i % every == 0:
            write("news%03d.txt" % i, json.loads(line)["text"])
with open(os.path.join(dev, "errors-dev.jsonl"), encoding="utf-8") as f:
    for i, line in enumerate(f):
        if i % every == 0:
            row = json.loads(line)
            write("err%03d.txt" % i, row["wrong"])
            write("errright%03d.txt" % i, row["right"])
if os.path.exists(corpus):
    lines = open(corpus, encoding="utf-8").read().split("\n")
    for n, k in enumerate(range(0, len(lines), 90)):
        if n % every == 0:
            write("docs%03d.txt" % n, "\n".join(lines[k:k + 30]) + "\n")
EOF
cp "$here"/../seeds/*.txt "$work/in/"
be=( "$work"/in/news0[0-4]*.txt "$work"/in/err0[0-4]*.txt )
be+=( $(ls "$work"/in/docs00*.txt 2>/dev/null || true) )
status=0
for jar in "$1" "$2"; do
  tag=$([ "$jar" = "$1" ] && echo before || echo after)
  java -jar "$jar" check --format json -j 2 "$work/in" > "$work/$tag-nl.json" 2> "$work/$tag-nl.err" || true
  java -jar "$jar" check --format json -j 2 --variant=nl-BE "${be[@]}" > "$work/$tag-be.json" 2> "$work/$tag-be.err" || true
done
files=$(ls "$work/in" | wc -l)
matches=$(python3 -c 'import json,sys; print(sum(len(json.loads(l)["matches"]) for l in open(sys.argv[1])))' "$work/before-nl.json")
for f in nl.json nl.err be.json be.err; do
  if ! cmp -s "$work/before-$f" "$work/after-$f"; then
    echo "DIFFERENT: $f"; diff <(tr ',' '\n' < "$work/before-$f") <(tr ',' '\n' < "$work/after-$f") | head -20; status=1
  fi
done
[ $status -eq 0 ] && echo "IDENTICAL: $files files ($matches matches) and ${#be[@]} with --variant=nl-BE"
exit $status
