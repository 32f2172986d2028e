#!/usr/bin/env bash
# Peak RSS (GNU time's "Maximum resident set size") and wall time of one cold ./nlbrief run on one
# big plain-text article: parse --format json, brief --no-check and check, at 1 million words (the
# issue-11 target: at most 2 GB each), 5 million words and 50 MB.
#
#   bench/memory.sh                 # all sizes, all commands (check of 5M words and 50 MB takes long)
#   SIZES="1000000" bench/memory.sh # one size
#   COMMANDS="parse brief" bench/memory.sh
#   COMMANDS="conllu notag" bench/memory.sh   # parse --format conllu, parse --format json --no-tag
#   TEXTS=news SIZES=1000000 COMMANDS=check bench/memory.sh   # the dev news texts only
#   JAR=/tmp/nlbrief-copy.jar NICE=19 TEXTS=news SIZES=5000000 COMMANDS=check bench/memory.sh
#       # a copy of the jar (a rebuild during an hour-long run must not change it), run with the
#       # launcher's JVM options (C1, the heap cap) at the lowest priority; no class-data archive
#   ARGS=--progress ...             # more options for every command (the bar goes to the stderr file)
#
# Each run's full GNU time report (`time -v`: peak RSS, wall, user and system CPU) is kept in
# $BENCH_DIR/time-SIZE-COMMAND.txt and its stderr in $BENCH_DIR/stderr-SIZE-COMMAND.txt.
#
# check's time depends on the text far more than parse's: the Debian docs are full of words the
# speller does not know, and LanguageTool searches suggestions for each (about 80 words per
# CPU-second, against some 3,700 on news), so TEXTS=news measures its memory in reasonable time.
#
# The text is built at run time in $BENCH_DIR (default /tmp/nlbrief-bench), never in the
# repository: the `text` fields of ../shared/eval/dev/news-dev.jsonl and the Debian-docs corpus
# (../shared/bench/make-corpus.sh), one paragraph each, repeated until the size is reached.
# Output goes to /dev/null; the figure printed is GNU time's, in MB (1000 * 1000 bytes).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
SHARED=${SHARED:-$root/../shared}
BENCH_DIR=${BENCH_DIR:-/tmp/nlbrief-bench}
SIZES=${SIZES:-"1000000 5000000 50MB"}
COMMANDS=${COMMANDS:-"parse brief check"}
TEXTS=${TEXTS:-all}
NICE=${NICE:-0}
if [[ -n ${JAR:-} ]]; then
  # The launcher's own options (./nlbrief): C1 only and its heap cap.
  cores=$(nproc 2>/dev/null || echo 2)
  read -r -a user_opts <<<"${NLBRIEF_JAVA_OPTS:-}"
  run=(java -XX:TieredStopAtLevel=1 "-Xmx$((1024 + 256 * cores))m" "${user_opts[@]}" -jar "$JAR")
else
  run=(./nlbrief)
fi
mkdir -p "$BENCH_DIR"
corpus=$BENCH_DIR/corpus-nl.txt
[[ -s $corpus ]] || "$SHARED/bench/make-corpus.sh" "$corpus"

make_text() { # SIZE FILE: SIZE is a word count, or NNMB for bytes
  python3 - "$1" "$2" "$SHARED/eval/dev/news-dev.jsonl" "$corpus" "$TEXTS" <<'PY'
import json, sys
size, out, news, corpus, texts = sys.argv[1:]
blocks = [json.loads(l)["text"] for l in open(news, encoding="utf-8") if l.strip()]
if texts != "news":
    blocks += [p for p in open(corpus, encoding="utf-8").read().split("\n\n") if p.strip()]
by_bytes = size.endswith("MB")
limit = int(size[:-2]) * 1000 * 1000 if by_bytes else int(size)
with open(out, "w", encoding="utf-8") as f:
    f.write("Een heel lang artikel\n\n")
    done, i = 0, 0
    while done < limit:
        b = blocks[i % len(blocks)].strip() + "\n\n"
        f.write(b)
        done += len(b.encode("utf-8")) if by_bytes else len(b.split())
        i += 1
PY
}

printf 'size\tcommand\tpeak RSS MB\twall s\tuser+sys CPU s\texit\n'
for size in $SIZES; do
  text=$BENCH_DIR/memory-$size${TEXTS/#all/}.txt
  [[ -s $text ]] || make_text "$size" "$text"
  for command in $COMMANDS; do
    case $command in
      parse) args=(parse --format json) ;;
      conllu) args=(parse --format conllu) ;;
      notag) args=(parse --format json --no-tag) ;;
      brief) args=(brief --no-check --format json) ;;
      check) args=(check --format json) ;;
    esac
    set +e
    report=$BENCH_DIR/time-$size${TEXTS/#all/}-$command.txt
    /usr/bin/time -v -o "$report" nice -n "$NICE" "${run[@]}" "${args[@]}" ${ARGS:-} --max-size 100MB "$text" -o /dev/null \
      2>"$BENCH_DIR/stderr-$size${TEXTS/#all/}-$command.txt"
    code=$?
    set -e
    kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$report")
    wall=$(awk '/Elapsed \(wall clock\)/ {print $NF}' "$report")
    cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.1f", s}' "$report")
    printf '%s\t%s\t%d\t%s\t%s\t%d\n' "$size" "$command" $((${kb:-0} * 1024 / 1000000)) "$wall" "$cpu" "$code"
  done
done
