#!/usr/bin/env bash
# nlbrief brief: cold wall time on a seed (with and without proofreading, beside `check`) and
# throughput over a folder of 1,000 seed-sized articles, with and without proofreading.
#
#   bench/brief.sh                    # RUNS=10 cold runs per command, N=1000 articles
#
# The folder is made from the dev news articles (../shared/eval/dev/news-dev.jsonl, 105 articles,
# median 482 words): article i is dev article i mod 105 with its title as the first line, so the
# 1,000 files hold 105 distinct texts about 10 times each. It is made in a temporary folder
# outside the repository and removed afterwards.
#
# Needs hyperfine (apt-get install hyperfine) and python3.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${RUNS:-10}
N=${N:-1000}
DEV=${DEV:-$root/../shared/eval/dev}
seed=$root/seeds/000_9f455500eaf14fbe.txt
cd "$root"
export NLBRIEF_CONFIG_DIR=${NLBRIEF_CONFIG_DIR:-$(mktemp -d)}
./nlbrief --version >/dev/null   # builds the jar and the CDS archive when stale
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

hyperfine -N --warmup 1 --runs "$RUNS" \
  "./nlbrief brief $seed --no-check" \
  "./nlbrief brief $seed" \
  "./nlbrief check $seed" \
  "./nlbrief brief --format pdf $seed --no-check -o /dev/null"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$DEV/news-dev.jsonl" "$work/news" "$N" <<'PY'
import json, os, sys
src, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
articles = [json.loads(line) for line in open(src, encoding="utf-8")]
os.makedirs(out)
for i in range(n):
    a = articles[i % len(articles)]
    with open(os.path.join(out, f"{i:04d}.txt"), "w", encoding="utf-8") as f:
        f.write(a["title"] + "\n\n" + a["text"] + "\n")
PY
words=$(cat "$work"/news/*.txt | wc -w)
echo "$N articles, $words words ($((words / N)) a file)"
for check in --no-check ""; do
  rm -rf "$work/out"
  start=$(date +%s.%N)
  /usr/bin/time -f "%e s wall, %U s user, %S s sys, %M KB peak" \
    ./nlbrief brief $check --format json "$work/news" -o "$work/out" 2>&1 | tail -2
  end=$(date +%s.%N)
  python3 -c "print('brief ${check:-(with proofreading)}: %.1f articles/s' % ($N / ($end - $start)))"
done
