"""Compares every formula cell's saved value in the workbooks par-score wrote with the
value LibreOffice computed when it recalculated them (tests/recalc/run.sh).

Usage: compare.py WRITTEN_DIR RECALCULATED_DIR
Numbers must agree within 1e-9, text exactly. Prints each mismatch, then a closing
line `N passed, M failed` (one check per formula cell); exits 1 on any mismatch."""

import math
import os
import sys

import openpyxl

TOLERANCE = 1e-9


def same(saved, computed):
    numbers = (int, float)
    if isinstance(saved, bool) or isinstance(computed, bool):
        return saved == computed
    if isinstance(saved, numbers) and isinstance(computed, numbers):
        return math.isfinite(computed) and abs(saved - computed) <= TOLERANCE
    # A blank saved result and an empty text are the same.
    return (saved if saved is not None else "") == (computed if computed is not None else "")


def check(written, recalculated):
    """(passed, failures) of one workbook."""
    formulas = openpyxl.load_workbook(written, data_only=False)
    saved = openpyxl.load_workbook(written, data_only=True)
    computed = openpyxl.load_workbook(recalculated, data_only=True)
    passed, failures = 0, []
    for sheet in formulas.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type != "f":
                    continue
                before = saved[sheet.title][cell.coordinate].value
                after = computed[sheet.title][cell.coordinate].value
                if same(before, after):
                    passed += 1
                else:
                    failures.append(f"{sheet.title}!{cell.coordinate} {cell.value}: saved {before!r}, LibreOffice {after!r}")
    if passed == 0 and not failures:
        pass  # a workbook without formulas (the template) has nothing to compare
    return passed, failures


def main():
    written_dir, recalculated_dir = sys.argv[1], sys.argv[2]
    total_passed, total_failed = 0, 0
    for name in sorted(os.listdir(written_dir)):
        recalculated = os.path.join(recalculated_dir, name)
        if not os.path.exists(recalculated):
            print(f"{name}: LibreOffice wrote no converted copy")
            total_failed += 1
            continue
        passed, failures = check(os.path.join(written_dir, name), recalculated)
        for failure in failures:
            print(f"{name}: {failure}")
        print(f"{name}: {passed} formula cells agree, {len(failures)} differ")
        total_passed += passed
        total_failed += len(failures)
    print(f"{total_passed} passed, {total_failed} failed")
    sys.exit(1 if total_failed else 0)


if __name__ == "__main__":
    main()
