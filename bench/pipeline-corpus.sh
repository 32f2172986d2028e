#!/usr/bin/env bash
# Builds the pipeline benchmark's corpus: N distinct Dutch articles (default 10,000), one .txt file
# each in OUT/articles/ and the same articles as one JSON Lines archive OUT/articles.jsonl.
#
# Made deterministically from two sources, never copied into the repository:
#   - the dev news, ../shared/eval/dev/news-dev.jsonl (105 articles): article i takes the title and
#     a run of sentences of news article i mod 105, starting at a sentence that depends on i;
#   - the Debian-docs corpus (../shared/bench/make-corpus.sh, Debian's Dutch FAQ and manuals):
#     two of its paragraphs, chosen by i, between the news sentences.
# Each article gets a number in its title ("(bericht 1234)"), so no two are alike even where the
# sources repeat; the script checks that all N texts differ. Same N, same sources: same bytes.
#
# Usage: bench/pipeline-corpus.sh [OUT] [N]   (default OUT /tmp/nlbrief-bench/pipeline, N 10000)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-/tmp/nlbrief-bench/pipeline}"
n="${2:-10000}"
news="${NEWS:-$here/../../shared/eval/dev/news-dev.jsonl}"
[[ -f $news ]] || news=/work/shared/eval/dev/news-dev.jsonl
docs="$out/corpus-nl.txt"
mkdir -p "$out"
if [[ ! -s $docs ]]; then
  make_corpus="$here/../../shared/bench/make-corpus.sh"
  [[ -f $make_corpus ]] || make_corpus=/work/shared/bench/make-corpus.sh
  bash "$make_corpus" "$docs"
fi

python3 - "$news" "$docs" "$out" "$n" <<'PY'
import hashlib, json, os, re, shutil, sys
news_file, docs_file, out, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
news = [json.loads(l) for l in open(news_file, encoding="utf-8") if l.strip()]
docs = [p for p in open(docs_file, encoding="utf-8").read().split("\n\n") if p.strip()]
# A plain sentence split: enough to cut runs out of an article; the parser splits for real.
split = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'‘“])")
sentences = [[s for s in split.split(a["text"].strip()) if s] for a in news]
folder = os.path.join(out, "articles")
shutil.rmtree(folder, ignore_errors=True)
os.makedirs(folder)
seen = set()
with open(os.path.join(out, "articles.jsonl"), "w", encoding="utf-8") as archive:
    for i in range(n):
        a = i % len(news)
        s = sentences[a]
        start = (i // len(news)) % max(1, len(s))
        run = (s[start:] + s[:start])[: max(6, min(len(s), 12 + i % 9))]
        d1 = docs[(i * 7919) % len(docs)]
        d2 = docs[(i * 104729 + 13) % len(docs)]
        half = len(run) // 2
        paragraphs = [" ".join(run[:half]), d1, " ".join(run[half:]), d2]
        title = (news[a].get("title") or "Bericht").strip() + f" (bericht {i + 1})"
        text = "\n\n".join(p.strip() for p in paragraphs if p.strip())
        digest = hashlib.sha256(text.encode()).hexdigest()
        if digest in seen:
            sys.exit(f"article {i}: same text as an earlier one")
        seen.add(digest)
        ident = f"bench-{i + 1:05d}"
        with open(os.path.join(folder, ident + ".txt"), "w", encoding="utf-8") as f:
            f.write(title + "\n\n" + text + "\n")
        archive.write(json.dumps({"id": ident, "title": title, "date": news[a].get("date"), "text": text}, ensure_ascii=False) + "\n")
words = sum(len(open(os.path.join(folder, f), encoding="utf-8").read().split()) for f in os.listdir(folder))
print(f"{out}: {n} distinct articles, {words} words", file=sys.stderr)
PY
