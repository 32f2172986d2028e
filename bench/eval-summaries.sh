#!/usr/bin/env bash
# ROUGE of nlbrief's summarisation methods and of the Open Text Summarizer (ots), side by side, on
# the dev news articles; see BENCHMARKS.md.
#
#   bench/eval-summaries.sh [DATA.jsonl] [extra `nlbrief eval summaries` options]
#
# DATA defaults to ../shared/eval/dev/news-dev.jsonl, read in place. ots is apt-installed where
# missing. Each article's `text` (never its title: the headline is the reference) is written to a
# temporary folder outside the repository, summarised with `ots --dic=nl --ratio=30`, and the
# summary saved as ID.txt; `nlbrief eval summaries --external ots=FOLDER` then cuts each to its
# first N sentences (N = --sentences, 3 by default) and scores it like nlbrief's own methods.
# Environment: SHARED (../shared), OTS_RATIO (30), KEEP=1 keeps the temporary folder.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
SHARED=${SHARED:-$root/../shared}
data=${1:-$SHARED/eval/dev/news-dev.jsonl}
shift || true
ratio=${OTS_RATIO:-30}
log() { printf 'eval-summaries: %s\n' "$*" >&2; }

if ! command -v ots >/dev/null 2>&1; then
  log "installing ots (apt)"
  if [[ $(id -u) -eq 0 ]]; then
    apt-get update -qq && apt-get install -y -qq ots >&2
  else
    sudo apt-get update -qq && sudo apt-get install -y -qq ots >&2
  fi
fi
command -v python3 >/dev/null || { log "python3 is needed to split the JSON Lines"; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/nlbrief-eval-summaries.XXXXXX")
if [[ ${KEEP:-0} != 1 ]]; then
  trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work/text" "$work/ots"

# One file per article, named by its id (else its line number), exactly as eval summaries names them.
python3 - "$data" "$work/text" <<'PY'
import json, sys, pathlib
data, out = sys.argv[1], pathlib.Path(sys.argv[2])
with open(data, encoding="utf-8") as f:
    number = 0
    for line in f:
        number += 1
        if not line.strip():
            continue
        item = json.loads(line)
        name = item.get("id") or str(number)
        (out / (name + ".txt")).write_text(item["text"], encoding="utf-8")
PY

count=0
for text in "$work"/text/*.txt; do
  ots --dic=nl --ratio="$ratio" "$text" > "$work/ots/$(basename "$text")"
  count=$((count + 1))
done
log "ots $(dpkg-query -W -f='${Version}' ots 2>/dev/null || echo '?') summarised $count articles (--dic=nl --ratio=$ratio) in $work/ots"

./nlbrief eval summaries --data "$data" --external "ots=$work/ots" "$@"
