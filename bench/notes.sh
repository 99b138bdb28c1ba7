#!/usr/bin/env bash
# Evidence with references and notes on every row (issue 13): `par-score rank` against
# the raw read of the same file, wall time and CPU time, interleaved round by round.
#
#   bash bench/notes.sh                  # 20,000 units × 100 leaves: ≈ 2 M rows
#   UNITS=12000 RUNS=7 bash bench/notes.sh
#
# The data comes from `examples/gen.rs --notes`: every row cites a plan (and now and
# then a report too) and carries a note; a third of the notes hold a comma, a quoted
# word or a line break, so they are quoted. The raw read is examples/rawread.rs
# (csv::ByteRecord on one thread, nothing else). The script checks that one thread and
# all threads give the same ranking, then prints the medians of RUNS rounds.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
DATA=${DATA:-$ROOT/bench/data}
UNITS=${UNITS:-20000}
RUNS=${RUNS:-5}
DIR=$DATA/notes-$UNITS
say() { printf '\n== %s\n' "$*" >&2; }

say "building (release)"
cargo build --release --quiet --bin par-score --example gen --example rawread
PAR=$ROOT/target/release/par-score
RAW=$ROOT/target/release/examples/rawread
if [ ! -f "$DIR/evidence.csv" ]; then
    say "generating $UNITS units with notes"
    "$ROOT/target/release/examples/gen" --units "$UNITS" --leaves 100 --notes --out "$DIR" >/dev/null
fi
cd "$DIR"
ROWS=$(($("$RAW" evidence.csv | cut -d' ' -f1) - 1))
MB=$(($(stat -c %s evidence.csv) / 1000000))

say "checking: one thread = all threads"
"$PAR" rank --criteria framework.toml --format csv evidence.csv > par.csv 2>/dev/null
RAYON_NUM_THREADS=1 "$PAR" rank --criteria framework.toml --format csv evidence.csv 2>/dev/null | cmp - par.csv
echo "same ranking ($(($(wc -l < par.csv) - 1)) units)" >&2

# One run: "wall cpu peak_kb" of the command. The file is read once just before, so
# neither command waits for pages the kernel dropped in between (this machine pages
# out cold files).
measure() {
    cat evidence.csv > /dev/null
    /usr/bin/time -f '%e %U %S %M' -o time.txt "$@" >/dev/null 2>&1
    awk '{ printf "%s %.3f %s\n", $1, $2 + $3, $4 }' time.txt
}
say "measuring $RUNS interleaved rounds"
: > rounds.txt
for _ in $(seq "$RUNS"); do
    echo "par $(measure "$PAR" rank --criteria framework.toml --format csv evidence.csv)" >> rounds.txt
    echo "raw $(measure "$RAW" evidence.csv)" >> rounds.txt
done
median() { grep "^$1 " rounds.txt | awk "{ print \$$2 }" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
PW=$(median par 2); PC=$(median par 3); PM=$(median par 4)
RW=$(median raw 2); RC=$(median raw 3)
echo
echo "Machine: $(nproc) cores; load average: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
echo "| rows | CSV MB | par-score rank (s) | CPU (s) | raw read (s) | CPU (s) | par / raw (wall) | par / raw (CPU) | peak MB |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
awk -v rows="$ROWS" -v mb="$MB" -v pw="$PW" -v pc="$PC" -v rw="$RW" -v rc="$RC" -v pm="$PM" 'BEGIN {
    printf "| %d | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.0f |\n", rows, mb, pw, pc, rw, rc, pw / rw, pc / rc, pm / 1024 }'
echo
echo "Medians of $RUNS interleaved rounds (wall: /usr/bin/time elapsed; CPU: user + system)."
