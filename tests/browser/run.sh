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
