#!/usr/bin/env bash
# Survey benchmark (issue 13): `par-score rank --responses` at national scale.
#
#   bash bench/survey.sh              # 4,000 units × 100 leaves, 6 and 60 respondents per unit
#   UNITS=400 bash bench/survey.sh
#
# Generates the evidence with examples/gen.rs and turns eight number leaves into survey
# leaves of three questions each (bench/survey_prepare.py: the evidence loses their rows,
# responses-N.csv gets every answer of N respondents per unit: 4,000 × 60 × 24 = 5.76 M
# answers, ≈ 310 MB). It checks that DuckDB's SQL (survey aggregation only) gives the
# same value for every unit and leaf as `par-score survey`, then measures, side by side
# and interleaved: `rank --responses` (both files), the raw read of both files
# (examples/rawread.rs: csv::ByteRecord, one thread, nothing else), DuckDB (survey
# aggregation only), peak memory, and 0.58 M against 5.8 M answers.
# Needs python3; DuckDB comes from PyPI (`pip install duckdb`) the first time.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
DATA=${DATA:-$ROOT/bench/data}
UNITS=${UNITS:-4000}
RUNS=${RUNS:-5}
mkdir -p "$DATA"
say() { printf '\n== %s\n' "$*" >&2; }

python3 -c "import duckdb" 2>/dev/null || python3 -m pip install -q duckdb >/dev/null 2>&1 || echo "pip install duckdb failed: DuckDB skipped" >&2
HAVE_DUCKDB=$(python3 -c "import duckdb" 2>/dev/null && echo 1 || echo 0)

say "building (release)"
cargo build --release --quiet --bin par-score --example gen --example rawread
PAR=$ROOT/target/release/par-score
RAW=$ROOT/target/release/examples/rawread
GEN=$DATA/survey-gen-$UNITS
DIR=$DATA/survey-$UNITS
if [ ! -f "$DIR/responses-60.csv" ]; then
    say "generating $UNITS units"
    "$ROOT/target/release/examples/gen" --units "$UNITS" --leaves 100 --out "$GEN" >/dev/null
    python3 "$ROOT/bench/survey_prepare.py" "$GEN" "$DIR" 6 60
fi
cd "$DIR"
THREADS=$(nproc)

say "checking par-score against DuckDB (value of every unit and survey leaf)"
"$PAR" rank --criteria framework.toml --responses responses-60.csv --format csv evidence.csv > par.csv
RAYON_NUM_THREADS=1 "$PAR" rank --criteria framework.toml --responses responses-60.csv --format csv evidence.csv | cmp - par.csv
echo "rank --responses: all threads = 1 thread ($(($(wc -l < par.csv) - 1)) units)" >&2
"$PAR" survey --criteria framework.toml --responses responses-60.csv -n 0 --format json evidence.csv 2>/dev/null \
    | python3 -c "
import json, sys
for leaf in json.load(sys.stdin)['leaves']:
    value = leaf['value']
    print(f\"{leaf['unit']},{leaf['criterion']},{'' if value is None else format(value, '.2f')}\")
" | LC_ALL=C sort > par-values.csv
if [ "$HAVE_DUCKDB" = 1 ]; then
    sed "s|{threads}|$THREADS|; s|{responses}|responses-60.csv|" survey.sql > survey-60.sql
    sed "s|{threads}|$THREADS|; s|{responses}|responses-6.csv|" survey.sql > survey-6.sql
    DUCK="python3 -c 'import duckdb, sys; duckdb.connect().execute(sys.stdin.read())'"
    eval "$DUCK" < survey-60.sql | tail -n +2 | sed 's/^"\(.*\)",/\1,/' | LC_ALL=C sort > duck-values.csv
    if cmp -s duck-values.csv par-values.csv; then
        echo "DuckDB survey values: identical to par-score's ($(wc -l < par-values.csv) unit × leaf values)" >&2
    else
        echo "DuckDB survey values DIFFER from par-score's:" >&2
        diff duck-values.csv par-values.csv | head -5 >&2
        exit 1
    fi
fi

say "timing (interleaved, $RUNS runs each)"
python3 - "$RUNS" "$PAR" "$RAW" "$HAVE_DUCKDB" > "$DIR/results.md" <<'PY'
import os, resource, statistics, subprocess, sys, time
runs, par, raw, duck = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4] == "1"
def rank(responses):
    return [par, "rank", "--criteria", "framework.toml", "--responses", responses, "--format", "csv", "evidence.csv"]
commands = {
    "par-60": rank("responses-60.csv"),
    "par-6": rank("responses-6.csv"),
    "raw-60": [raw, "evidence.csv", "responses-60.csv"],
    "raw-6": [raw, "evidence.csv", "responses-6.csv"],
    "par-evidence": [par, "rank", "--criteria", "framework.toml", "--format", "csv", "evidence.csv"],
}
if duck:
    for n in ("60", "6"):
        commands[f"duck-{n}"] = ["python3", "-c", f"import duckdb; duckdb.connect().execute(open('survey-{n}.sql').read())"]
wall = {k: [] for k in commands}
cpu = {k: [] for k in commands}
peak = {}
for _ in range(runs):
    for key, command in commands.items():
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        wall[key].append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu[key].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        peak[key] = max(peak.get(key, 0), after.ru_maxrss)
def med(values):
    return statistics.median(values)
load = open("/proc/loadavg").read().split()[:3]
print(f"Machine: {os.cpu_count()} cores; load average {' '.join(load)}; median of {runs} interleaved runs.\n")
print("| answers | par-score rank --responses (s) | CPU (s) | raw read of both files (s) | CPU (s) | par / raw (wall) | par / raw (CPU) | DuckDB survey only (s) | DuckDB / par | peak MB par-score |")
print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for n, answers in (("6", "0.58 M"), ("60", "5.8 M")):
    p, r = med(wall[f"par-{n}"]), med(wall[f"raw-{n}"])
    pc, rc = med(cpu[f"par-{n}"]), med(cpu[f"raw-{n}"])
    d = med(wall[f"duck-{n}"]) if duck else None
    print(f"| {answers} | {p:.2f} | {pc:.2f} | {r:.2f} | {rc:.2f} | {p / r:.2f} | {pc / rc:.2f} | "
          f"{'n/a' if d is None else f'{d:.2f}'} | {'n/a' if d is None else f'{d / p:.1f}×'} | n/a |")
print(f"\nEvidence alone (rank without --responses): {med(wall['par-evidence']):.2f} s.")
print(f"10× the answers (0.58 M → 5.8 M): par-score {med(wall['par-60']) / med(wall['par-6']):.2f}× the wall time "
      f"({(med(wall['par-60']) - med(wall['par-evidence'])) / max(1e-9, med(wall['par-6']) - med(wall['par-evidence'])):.2f}× without the evidence's share); "
      f"raw read {med(wall['raw-60']) / med(wall['raw-6']):.2f}×.")
PY
for n in 6 60; do
    KB=$(/usr/bin/time -f "%M" "$PAR" rank --criteria framework.toml --responses "responses-$n.csv" --format csv evidence.csv 2>&1 >/dev/null | tail -1)
    echo "Peak memory, rank --responses with responses-$n.csv: $((KB / 1024)) MB." >> "$DIR/results.md"
done
say "results (also in $DIR/results.md)"
cat "$DIR/results.md"
