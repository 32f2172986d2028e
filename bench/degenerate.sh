#!/usr/bin/env bash
# Cold time of every command on degenerate lines (issue 11: every step linear in its input): one
# line of 16 KB and of 100 KB, no spaces, in the shapes that were super-linear somewhere
# (a.a.a.… looks like an abbreviation or an e-mail local part; x'x'… like clitics; 1,1,… like a
# decimal; aaaa… one huge word; ab-ab-… a hyphenated compound), plus a one-line Dutch sentence as
# the cost of starting. Linear means the 100 KB figure is at most about six times the 16 KB one
# above the start cost; parse's target is a 100 KB token in under 2 s.
#
#   bench/degenerate.sh                                  # all shapes, sizes and commands
#   SHAPES="a." SIZES=16000 COMMANDS=check bench/degenerate.sh
#   JAR=/tmp/nlbrief-copy.jar bench/degenerate.sh        # a copy of the jar, with the launcher's options
#
# The lines are generated at run time in $BENCH_DIR (default /tmp/nlbrief-bench/degenerate), never
# committed. One cold run per figure (wall and user+system CPU from GNU time); CPU is the better
# guide on a loaded machine. Output goes to /dev/null.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
BENCH_DIR=${BENCH_DIR:-/tmp/nlbrief-bench/degenerate}
SHAPES=${SHAPES:-"a. x' 1, a ab-"}
SIZES=${SIZES:-"16000 100000"}
COMMANDS=${COMMANDS:-"parse check gloss brief"}
mkdir -p "$BENCH_DIR"
if [[ -n ${JAR:-} ]]; then
  cores=$(nproc 2>/dev/null || echo 2)
  run=(java -XX:TieredStopAtLevel=1 "-Xmx$((1024 + 256 * cores))m" -jar "$JAR")
else
  run=(./nlbrief)
fi

measure() { # LABEL SIZE FILE
  for command in $COMMANDS; do
    case $command in
      parse) args=(parse --format json) ;;
      check) args=(check --format json) ;;
      gloss) args=(gloss) ;;
      brief) args=(brief --format json) ;;
    esac
    set +e
    /usr/bin/time -f '%e %U %S' -o "$BENCH_DIR/time.txt" "${run[@]}" "${args[@]}" "$3" -o /dev/null 2>"$BENCH_DIR/stderr.txt"
    code=$?
    set -e
    read -r wall user sys < <(tail -n 1 "$BENCH_DIR/time.txt")
    printf '%s\t%s\t%s\t%s\t%.1f\t%d\n' "$1" "$2" "$command" "$wall" "$(echo "$user + $sys" | bc)" "$code"
  done
}

printf 'shape\tbytes\tcommand\twall s\tCPU s\texit\n'
start=$BENCH_DIR/start.txt
printf 'Hij komt morgen terug.\n' >"$start"
measure "one sentence" 23 "$start"
for shape in $SHAPES; do
  for size in $SIZES; do
    file=$BENCH_DIR/line-$(printf '%s' "$shape" | od -An -tx1 | tr -d ' \n')-$size.txt
    python3 -c 'import sys; u, n = sys.argv[1], int(sys.argv[2]); print(u * (n // len(u)))' "$shape" "$size" >"$file"
    measure "$shape" "$size" "$file"
  done
done
