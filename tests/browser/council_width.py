#!/usr/bin/env python3
"""Checks that the council HTML page is never cut: rendered in Chromium at a window
1400 px wide, the page is no wider than the window and the summary table fits in it.

Usage: council_width.py MEASURED.html   (the dumped DOM of the page with a measuring
script added by tests/browser/run.sh, which writes the widths into data-w)
"""
import re
import sys

dom = open(sys.argv[1], encoding="utf-8").read()
found = re.search(r'data-w="([0-9.]+) ([0-9.]+)"', dom)
assert found, "the measuring script did not run"
summary, page = (float(v) for v in found.groups())
assert page <= 1400, f"the page is {page} px wide in a 1400 px window: it is cut"
assert summary <= 1400 - 32, f"the summary table is {summary} px wide: wider than the page"
print(f"council page: summary {summary:.0f} px, page {page:.0f} px in a 1400 px window: ok")
