#!/bin/sh
# Renders the HTML report of the bundled examples in headless Chromium (Debian package
# `chromium`, installed with apt-get when missing) and checks that the screenshot is not
# blank, that the text is in the rendered DOM and that it prints on A4 pages.
# Usage: tests/browser/run.sh   (from anywhere; .ci/run may call it)
set -eu
cd "$(dirname "$0")/../.."

if ! command -v chromium >/dev/null 2>&1; then
    echo "installing chromium (Debian package) ..." >&2
    if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

cargo build --quiet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
target/debug/par-score report --criteria huyen-2024 examples/huyen-2024 --out "$work/report.html" --quiet

browse() {
    # A fresh profile per run; no network, no background services.
    chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$(mktemp -d -p "$work")" "$@" "file://$work/report.html" 2>"$work/chromium.log"
}
browse --screenshot="$work/shot.png" --window-size=1280,2000 >/dev/null
browse --dump-dom >"$work/dom.html"
browse --no-pdf-header-footer --print-to-pdf="$work/report.pdf" >/dev/null

python3 tests/browser/check.py "$work/shot.png" "$work/dom.html" "$work/report.pdf"

# The council page at 1400 px: never wider than the window (issue 10, item 8).
target/debug/par-score council --criteria huyen-2024 examples/huyen-2024 --out "$work/council.html" --quiet >/dev/null
python3 - "$work/council.html" <<'PY'
import sys
path = sys.argv[1]
page = open(path, encoding="utf-8").read()
script = ('<script>var t=document.querySelector("section.summary table");'
          'document.body.setAttribute("data-w",t.getBoundingClientRect().width+" "+document.documentElement.scrollWidth);</script>')
open(path.replace(".html", "-measured.html"), "w", encoding="utf-8").write(page.replace("</body>", script + "</body>"))
PY
chromium --headless --no-sandbox --disable-gpu --window-size=1400,900 --user-data-dir="$(mktemp -d -p "$work")" \
    --dump-dom "file://$work/council-measured.html" >"$work/council-dom.html" 2>"$work/chromium.log"
python3 tests/browser/council_width.py "$work/council-dom.html"
