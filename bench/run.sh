#!/usr/bin/env bash
# National-scale benchmark of `par-score rank` (issue 5), from a fresh clone:
#
#   bash bench/run.sh                 # 1,200 / 12,000 / 120,000 units × 100 leaves
#   SCALES="1200 12000" bash bench/run.sh
#
# For each scale it generates the data (examples/gen.rs: one CSV file and the same
# rows split into one file per unit), checks that par-score gives byte-identical
# rankings for the file, the directory, one thread and all threads, and that the
# DuckDB SQL of bench/rank.sql gives the same bytes; then it measures wall time
# (hyperfine), peak memory (/usr/bin/time -v), the raw read limit (examples/rawread.rs:
# splitting the CSV into records and nothing else) and DuckDB, and prints a table.
# Generated data goes to bench/data/ (not committed). Needs network access to PyPI
# and Debian only the first time; without them the missing parts are skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
DATA=${DATA:-$ROOT/bench/data}
SCALES=${SCALES:-"1200 12000 120000"}
LEAVES=${LEAVES:-100}
mkdir -p "$DATA"

say() { printf '\n== %s\n' "$*" >&2; }

# --- tools -------------------------------------------------------------------
if [ ! -x /usr/bin/time ] || ! command -v hyperfine >/dev/null; then
    say "installing time and hyperfine (apt)"
    { apt-get update -qq && apt-get install -y -qq time hyperfine; } >/dev/null 2>&1 || echo "apt-get failed: continuing without" >&2
fi
if ! command -v duckdb >/dev/null; then
    say "installing duckdb (pip: duckdb, duckdb-cli)"
    python3 -m pip install -q duckdb duckdb-cli >/dev/null 2>&1 || echo "pip install failed: DuckDB comparison skipped" >&2
    hash -r
fi
HAVE_HYPERFINE=$(command -v hyperfine >/dev/null && echo 1 || echo 0)
# The DuckDB CLI, or the Python module when the CLI is not on PATH.
HAVE_DUCKDB=1
if command -v duckdb >/dev/null; then
    DUCKDB="duckdb"
elif python3 -c "import duckdb" 2>/dev/null; then
    DUCKDB="python3 -c 'import duckdb, sys; duckdb.connect().execute(sys.stdin.read())'"
else
    HAVE_DUCKDB=0
fi
HAVE_TIME=$([ -x /usr/bin/time ] && echo 1 || echo 0)

say "building (release)"
cargo build --release --quiet --bin par-score --example gen --example rawread
BIN=$ROOT/target/release
PAR=$BIN/par-score
THREADS=$(nproc)

# mean_seconds NAME RUNS WARMUP COMMAND: mean wall time in seconds (hyperfine, or a
# plain loop when hyperfine is missing); the full hyperfine JSON is kept in $DATA.
mean_seconds() {
    local name=$1 runs=$2 warmup=$3 command=$4
    if [ "$HAVE_HYPERFINE" = 1 ]; then
        hyperfine --style none --warmup "$warmup" --runs "$runs" --export-json "$DATA/$name.json" "$command" >/dev/null 2>&1
        python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['results'][0]; print(f\"{r['mean']:.3f} {r['stddev'] or 0:.3f} {r['min']:.3f}\")" "$DATA/$name.json"
    else
        python3 - "$runs" "$warmup" "$command" <<'PY'
import statistics, subprocess, sys, time
runs, warmup, command = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
for _ in range(warmup):
    subprocess.run(command, shell=True, check=True)
times = []
for _ in range(runs):
    start = time.perf_counter(); subprocess.run(command, shell=True, check=True); times.append(time.perf_counter() - start)
print(f"{statistics.mean(times):.3f} {statistics.stdev(times) if len(times) > 1 else 0:.3f} {min(times):.3f}")
PY
    fi
}

# peak_mb COMMAND: peak resident memory in MB (from /usr/bin/time -v).
peak_mb() {
    if [ "$HAVE_TIME" = 1 ]; then
        /usr/bin/time -v bash -c "$1" 2>&1 >/dev/null | awk -F: '/Maximum resident set size/ {printf "%.1f", $2 / 1024}'
    else
        echo "n/a"
    fi
}

RESULTS=$DATA/results.md
{
    echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GiB;" \
        "load average at start: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "| units | rows | CSV MB | par-score file (s) | par-score 1 thread (s) | par-score per-unit files (s) | raw read file (s) | raw read files (s) | DuckDB (s) | par-score / raw | DuckDB / par-score | peak MB par-score file / files | peak MB DuckDB |"
    echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
} > "$RESULTS"

for UNITS in $SCALES; do
    DIR=$DATA/u$UNITS
    if [ ! -f "$DIR/evidence.csv" ] || [ ! -d "$DIR/units" ] || [ "$(cat "$DIR/.args" 2>/dev/null)" != "$UNITS $LEAVES" ]; then
        say "generating $UNITS units × $LEAVES leaves"
        rm -rf "$DIR"
        "$BIN/examples/gen" --units "$UNITS" --leaves "$LEAVES" --out "$DIR" --split
        echo "$UNITS $LEAVES" > "$DIR/.args"
    fi
    cd "$DIR"
    ROWS=$(($("$BIN/examples/rawread" evidence.csv | cut -d' ' -f1) - 1))
    MB=$(du -m evidence.csv | cut -f1)
    RANK="$PAR rank --criteria framework.toml --format csv"

    say "$UNITS units: checking that every way of ranking gives the same bytes"
    $RANK evidence.csv > par.csv
    RAYON_NUM_THREADS=1 $RANK evidence.csv | cmp - par.csv
    $RANK units | cmp - par.csv
    RAYON_NUM_THREADS=1 $RANK units | cmp - par.csv
    echo "par-score: file = files = 1 thread = $THREADS threads ($(($(wc -l < par.csv) - 1)) units ranked)" >&2
    if [ "$HAVE_DUCKDB" = 1 ]; then
        python3 "$ROOT/bench/duckdb_prepare.py" framework.toml evidence.csv "$THREADS" > rank.sql
        eval "$DUCKDB" < rank.sql > duck.csv
        if cmp -s duck.csv par.csv; then
            echo "DuckDB SQL ranking: identical to par-score's ($(wc -c < par.csv) bytes)" >&2
        else
            echo "DuckDB SQL ranking DIFFERS from par-score's:" >&2
            diff duck.csv par.csv | head -5 >&2
            exit 1
        fi
    fi

    say "$UNITS units: timing"
    if [ "$UNITS" -ge 100000 ]; then RUNS=3; DRUNS=2; DWARM=0; else RUNS=10; DRUNS=5; DWARM=1; fi
    read -r PAR_ONE PAR_ONE_SD _ < <(mean_seconds "par-file-$UNITS" "$RUNS" 2 "$RANK evidence.csv")
    read -r PAR_SEQ _ _ < <(mean_seconds "par-1thread-$UNITS" "$RUNS" 1 "RAYON_NUM_THREADS=1 $RANK evidence.csv")
    read -r PAR_DIR PAR_DIR_SD _ < <(mean_seconds "par-files-$UNITS" "$RUNS" 1 "$RANK units")
    read -r RAW_ONE _ _ < <(mean_seconds "raw-file-$UNITS" "$RUNS" 2 "$BIN/examples/rawread evidence.csv")
    read -r RAW_DIR _ _ < <(mean_seconds "raw-files-$UNITS" "$RUNS" 1 "$BIN/examples/rawread units")
    PEAK_ONE=$(peak_mb "$RANK evidence.csv")
    PEAK_DIR=$(peak_mb "$RANK units")
    DUCK="n/a"; PEAK_DUCK="n/a"; DUCK_RATIO="n/a"
    if [ "$HAVE_DUCKDB" = 1 ]; then
        read -r DUCK _ _ < <(mean_seconds "duckdb-$UNITS" "$DRUNS" "$DWARM" "$DUCKDB < rank.sql")
        PEAK_DUCK=$(peak_mb "$DUCKDB < rank.sql")
        DUCK_RATIO=$(python3 -c "print(f'{$DUCK / $PAR_ONE:.1f}×')")
    fi
    RAW_RATIO=$(python3 -c "print(f'{$PAR_ONE / $RAW_ONE:.2f}')")
    echo "| $UNITS | $ROWS | $MB | $PAR_ONE ± $PAR_ONE_SD | $PAR_SEQ | $PAR_DIR ± $PAR_DIR_SD | $RAW_ONE | $RAW_DIR | $DUCK | $RAW_RATIO | $DUCK_RATIO | $PEAK_ONE / $PEAK_DIR | $PEAK_DUCK |" >> "$RESULTS"
    cd "$ROOT"
done
python3 - "$DATA" $SCALES >> "$RESULTS" <<'PY'
import json, os, sys
data, scales = sys.argv[1], [int(s) for s in sys.argv[2:]]
def result(name):
    path = os.path.join(data, name + ".json")
    return json.load(open(path))["results"][0] if os.path.exists(path) else None
def mean(name):
    r = result(name)
    return r["mean"] if r else None
# CPU time (user + system, mean per run): the work done, whatever else runs on the machine.
names = [("par-file", "par-score file"), ("par-1thread", "par-score 1 thread"), ("par-files", "par-score files"),
         ("raw-file", "raw read file"), ("raw-files", "raw read files"), ("duckdb", "DuckDB")]
print("\nCPU seconds (user + system, mean of the same runs):\n")
print("| units | " + " | ".join(label for _, label in names) + " |")
print("|---:|" + "---:|" * len(names))
for scale in scales:
    cells = []
    for key, _ in names:
        r = result(f"{key}-{scale}")
        cells.append(f"{r['user'] + r['system']:.3f}" if r else "n/a")
    print(f"| {scale} | " + " | ".join(cells) + " |")
lines = []
for small, big in zip(scales, scales[1:]):
    for kind in ("file", "files"):
        a, b = mean(f"par-{kind}-{small}"), mean(f"par-{kind}-{big}")
        if a and b:
            what = "one file" if kind == "file" else "per-unit files"
            lines.append(f"{big // small}× the units ({small} → {big}, {what}): {b / a:.1f}× the time")
if lines:
    print("\nScaling (means above): " + "; ".join(lines) + ".")
PY
# Scaling, measured in pairs: the speed of a shared machine drifts by several per
# cent within minutes, so the means above, taken minutes apart, can differ for that
# reason alone. Here the runs of two scales alternate (small, big, small, big, …),
# each big run is divided by the small run next to it, and the median is printed.
PAIRS=${PAIRS:-5}
python3 - "$DATA" "$PAIRS" "$PAR" $SCALES >> "$RESULTS" <<'PY'
import os, statistics, subprocess, sys, time
data, pairs, par, scales = sys.argv[1], int(sys.argv[2]), sys.argv[3], [int(s) for s in sys.argv[4:]]
def timed(directory, target):
    start = time.perf_counter()
    subprocess.run([par, "rank", "--criteria", "framework.toml", "--format", "csv", target], cwd=directory,
                   stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start
lines = []
for small, big in zip(scales, scales[1:]):
    for target, what in (("evidence.csv", "one file"), ("units", "per-unit files")):
        a, b = os.path.join(data, f"u{small}"), os.path.join(data, f"u{big}")
        timed(a, target), timed(b, target)  # warm-up
        ratios = []
        for _ in range(pairs):
            ratios.append(timed(b, target) / timed(a, target))
        lines.append(f"{big // small}× the units ({small} → {big}, {what}): {statistics.median(ratios):.2f}× the time "
                     f"(median of {pairs} interleaved pairs; {min(ratios):.2f}–{max(ratios):.2f})")
if lines:
    print("\nScaling in pairs: " + "; ".join(lines) + ".")
PY
echo >> "$RESULTS"
echo "Load average at end: $(cut -d' ' -f1-3 /proc/loadavg). Times are hyperfine means (± standard deviation) of the wall time; 'raw read' is examples/rawread.rs (csv::ByteRecord, one thread, nothing else)." >> "$RESULTS"

say "results (also in $RESULTS)"
cat "$RESULTS"

# The survey benchmark (issue 13): rank --responses at 4,000 units and 5.8 M answers.
if [ "${SURVEY:-1}" = 1 ]; then
    bash "$ROOT/bench/survey.sh"
fi
