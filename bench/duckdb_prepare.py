#!/usr/bin/env python3
"""Writes the DuckDB SQL that ranks an evidence file like `par-score rank --format csv`.

Usage: duckdb_prepare.py FRAMEWORK.toml EVIDENCE.csv THREADS > rank.sql

Fills bench/rank.sql with the framework's leaves, adjustments, areas and grades.
Only the rule kinds and cell forms of examples/gen.rs are supported (at most three
tiers or choice options per leaf); anything else stops with an error.
"""
import pathlib
import sys
import tomllib
import unicodedata
from decimal import Decimal


def lit(value):
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, Decimal)):
        return f"CAST('{value}' AS DECIMAL(18, 6))"
    return "'" + str(value).replace("'", "''") + "'"


def fold(label):
    return " ".join(unicodedata.normalize("NFC", label).split()).lower()


def main():
    framework_path, evidence, threads = sys.argv[1], sys.argv[2], sys.argv[3]
    with open(framework_path, "rb") as f:
        data = tomllib.load(f, parse_float=Decimal)
    fw = data["framework"]
    decimals = int(fw.get("decimals", 2))
    scale = 10**decimals
    areas = [str(a["id"]) for a in data["area"]]
    ids = {c["id"] for c in data["criterion"]}
    leaves, total_max = [], Decimal(0)
    for c in data["criterion"]:
        if any(other.startswith(c["id"] + ".") for other in ids):
            continue
        rule = c["rule"]
        kind = rule["kind"]
        if kind not in ("check", "tiers", "ratio", "deadline", "deduct", "choice", "manual"):
            sys.exit(f"unsupported rule kind {kind}")
        tiers = [(Decimal(t), Decimal(p)) for t, p in rule.get("tiers", [])]
        options = [(fold(k), Decimal(v)) for k, v in rule.get("options", {}).items()]
        if len(tiers) > 3 or len(options) > 3:
            sys.exit(f"{c['id']}: at most three tiers or options are supported")
        tiers += [(None, None)] * (3 - len(tiers))
        options += [(None, None)] * (3 - len(options))
        max_ = Decimal(c["max"])
        total_max += max_
        row = [c["id"], c["id"].split(".")[0], max_, kind, rule.get("better", "higher")]
        row += [x for pair in tiers for x in pair]
        row += [Decimal(rule.get("target", 100)) if kind == "ratio" else None]
        row += [Decimal(rule["floor"]) if "floor" in rule else None]
        due = rule.get("due")
        row += [f"DATE '{due}'" if due else None, Decimal(rule.get("late", 0)), Decimal(rule.get("per", 0))]
        row += [x for pair in options for x in pair]
        row += [bool(c.get("optional", False)), bool(c.get("evidence_required", False))]
        leaves.append("(" + ", ".join(v if isinstance(v, str) and v.startswith("DATE ") else lit(v) for v in row) + ")")
    adjustments = [
        "(" + ", ".join([lit(a["id"]), lit(a["kind"]), lit(Decimal(a["per"])), lit(Decimal(a["cap"]) if "cap" in a else None)]) + ")"
        for a in data.get("adjustment", [])
    ] or ["(NULL, NULL, NULL, NULL)"]

    def fmt(column):
        if decimals == 0:
            return f"CAST({column} AS VARCHAR)"
        return (f"(CASE WHEN {column} < 0 THEN '-' ELSE '' END || CAST(abs({column}) // {scale} AS VARCHAR) || '.' || "
                f"lpad(CAST(abs({column}) % {scale} AS VARCHAR), {decimals}, '0'))")

    index = f"(2 * CAST(total_c AS HUGEINT) * 100 * {scale} + max_c) // (2 * max_c)"
    if fw.get("cap_index", True):
        index = f"least({100 * scale}, {index})"
    grades = " ".join(
        f"WHEN index_c >= {int(Decimal(g['min_index']) * scale)} THEN {lit(g['name'])}" for g in data.get("grade", [])
    ) or "WHEN false THEN ''"
    template = (pathlib.Path(__file__).parent / "rank.sql").read_text()
    values = dict(
        threads=int(threads),
        leaves=",\n".join(leaves),
        adjustments=",\n".join(adjustments),
        evidence=evidence.replace("'", "''"),
        scale=scale,
        decimals=decimals,
        area_sums=",\n".join(f"           coalesce(sum(points_c) FILTER (WHERE area = {lit(a)}), 0) AS a{i}" for i, a in enumerate(areas)),
        area_columns=",\n".join(f"       {fmt(f'a{i}')} AS \"{a}\"" for i, a in enumerate(areas)),
        total_max_c=int(total_max * scale),
        index_expr=index,
        fmt_adjustment=fmt("adjustment_c"),
        fmt_total=fmt("total_c"),
        fmt_max=fmt("max_c"),
        fmt_index=fmt("index_c"),
        grades=grades,
    )
    for key, value in values.items():
        template = template.replace("{" + key + "}", str(value))
    sys.stdout.write(template)


main()
