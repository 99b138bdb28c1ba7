#!/bin/sh
# Recalculates every workbook par-score writes (the list: tests/recalc/workbooks) in
# LibreOffice headless and checks that no formula cell's saved value changes.
# LibreOffice (Debian package `libreoffice-calc-nogui`) is installed with apt-get when
# missing, openpyxl with pip. A throwaway profile sets OOXMLRecalcMode to 0 ("always
# recalculate" on load), so the converted copy holds LibreOffice's own results.
# Usage: tests/recalc/run.sh   (from anywhere; .ci/run calls it)
set -eu
cd "$(dirname "$0")/../.."

if ! command -v soffice >/dev/null 2>&1; then
    echo "installing libreoffice-calc-nogui (Debian package) ..." >&2
    if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libreoffice-calc-nogui >/dev/null
fi
if ! python3 -c "import openpyxl" 2>/dev/null; then
    echo "installing openpyxl (PyPI) ..." >&2
    python3 -m pip install --quiet --user openpyxl 2>/dev/null || python3 -m pip install --quiet openpyxl
fi

cargo build --quiet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
profile="$work/profile"
mkdir -p "$profile/user" "$work/written" "$work/recalculated"
cat >"$profile/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
XCU

grep -v '^[[:space:]]*\(#\|$\)' tests/recalc/workbooks | while read -r name arguments; do
    out="$work/written/$name.xlsx"
    eval "set -- $arguments"
    for argument in "$@"; do
        shift
        if [ "$argument" = OUT ]; then set -- "$@" "$out"; else set -- "$@" "$argument"; fi
    done
    # Warnings about the inputs are not this test's concern; an error is shown.
    target/debug/par-score "$@" >/dev/null 2>"$work/par-score.log" || {
        cat "$work/par-score.log" >&2
        exit 1
    }
done
soffice --headless --norestore -env:UserInstallation="file://$profile" \
    --convert-to xlsx --outdir "$work/recalculated" "$work"/written/*.xlsx >"$work/soffice.log" 2>&1 || {
    cat "$work/soffice.log" >&2
    exit 1
}
python3 tests/recalc/compare.py "$work/written" "$work/recalculated"
