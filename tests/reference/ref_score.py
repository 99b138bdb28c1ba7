#!/usr/bin/env python3
"""Reference scorer for par-score (formats.md sections 1-4).

Usage: ref_score.py CRITERIA.toml EVIDENCE.csv [EVIDENCE.csv ...]

Prints `par-score rank --format csv` output on stdout. Wrong input stops with
exit status 2 and a message naming the file and line. Decimal arithmetic only.
"""
import csv
import io
import re
import sys
import tomllib
import unicodedata
from datetime import date
from decimal import Decimal, ROUND_HALF_UP, InvalidOperation


class InputError(Exception):
    pass



# Vietnamese alphabetical order, a simplified CLDR `vi` collation written from the
# alphabet (a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y): letters first
# (ă, â, đ, ê, ô, ơ, ư letters of their own), then tones (none, huyền, hỏi, ngã, sắc,
# nặng), then case (lower first); other characters by code point, before letters.
VI_LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
# With the Latin letters Vietnamese does not use, in their Latin places.
VI_ORDER = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
VI_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


def vietnamese_key(name):
    primary, secondary, tertiary = [], [], []
    for ch in unicodedata.normalize("NFC", name):
        parts = unicodedata.normalize("NFD", ch)
        base, marks = parts[0], parts[1:]
        lower = base.lower()
        tone = 0
        for mark in marks:
            if mark in VI_TONES:
                tone = VI_TONES[mark]
            elif mark == "\u0302":
                lower = {"a": "â", "e": "ê", "o": "ô"}.get(lower, lower)
            elif mark == "\u0306" and lower == "a":
                lower = "ă"
            elif mark == "\u031b":
                lower = {"o": "ơ", "u": "ư"}.get(lower, lower)
        if lower in VI_LETTERS or lower in "fjwz":
            primary.append(1000 + VI_ORDER.index(lower))
        else:
            primary.append(ord(ch) if not ch.isdigit() else 500 + int(ch))
        secondary.append(tone)
        tertiary.append(0 if ch == ch.lower() else 1)
    return (primary, secondary, tertiary)

def nfc(s):
    return unicodedata.normalize("NFC", s)


def norm_name(s):
    return " ".join(nfc(s).split())


def key(s):
    return nfc(s).strip().casefold()


def dec(x):
    if isinstance(x, Decimal):
        return x
    if isinstance(x, bool):
        raise InputError(f"expected a number, got {x!r}")
    if isinstance(x, int):
        return Decimal(x)
    raise InputError(f"expected a number, got {x!r}")


# ---------------------------------------------------------------- criteria

def load_criteria(path):
    with open(path, "rb") as f:
        data = tomllib.load(f, parse_float=Decimal)
    fw = data.get("framework", {})
    decimals = int(fw.get("decimals", 2))
    cap_index = fw.get("cap_index", True)
    grades = [(g["name"], dec(g["min_index"])) for g in data.get("grade", [])]
    areas = [(str(a["id"]), a["name"]) for a in data.get("area", [])]
    crits = data.get("criterion", [])
    adjs = data.get("adjustment", [])
    ids = {}
    for a, _ in areas:
        if a in ids:
            raise InputError(f"{path}: duplicate id {a!r}")
        ids[a] = "area"
    for c in crits:
        if c["id"] in ids:
            raise InputError(f"{path}: duplicate id {c['id']!r}")
        ids[c["id"]] = "criterion"
    for a in adjs:
        if a["id"] in ids:
            raise InputError(f"{path}: duplicate id {a['id']!r}")
        ids[a["id"]] = "adjustment"
    children = {}
    for c in crits:
        cid = c["id"]
        if "." not in cid:
            raise InputError(f"{path}: criterion id {cid!r} has no parent")
        parent = cid.rsplit(".", 1)[0]
        if ids.get(parent) not in ("area", "criterion"):
            raise InputError(f"{path}: parent {parent!r} of {cid!r} does not exist")
        children.setdefault(parent, []).append(cid)
    byid = {c["id"]: c for c in crits}
    leaves = {}
    for c in crits:
        if c["id"] in children:
            continue
        if "max" not in c or "rule" not in c:
            raise InputError(f"{path}: leaf {c['id']!r} needs max and rule")
        mx = dec(c["max"])
        if mx <= 0:
            raise InputError(f"{path}: leaf {c['id']!r}: max must be > 0")
        rule = dict(c["rule"])
        check_rule(path, c["id"], mx, rule)
        leaves[c["id"]] = {
            "id": c["id"], "max": mx, "rule": rule,
            "optional": bool(c.get("optional", False)),
            "source": c.get("source", "assessment"),
            "evidence_required": bool(c.get("evidence_required", False)),
            "area": c["id"].split(".")[0],
        }

    def subtotal(cid):
        if cid not in children:
            return leaves[cid]["max"]
        s = sum((subtotal(k) for k in children[cid]), Decimal(0))
        if cid in byid and "max" in byid[cid] and dec(byid[cid]["max"]) != s:
            raise InputError(f"{path}: max of {cid!r} is {byid[cid]['max']}, children sum to {s}")
        return s

    total = Decimal(0)
    for a, _ in areas:
        if a in children:
            total += subtotal(a)
    if "max_total" in fw and dec(fw["max_total"]) != total:
        raise InputError(f"{path}: max_total {fw['max_total']} but leaves sum to {total}")
    adjustments = {}
    for a in adjs:
        if a["kind"] not in ("bonus", "penalty"):
            raise InputError(f"{path}: adjustment {a['id']!r}: kind must be bonus or penalty")
        adjustments[a["id"]] = {"id": a["id"], "kind": a["kind"],
                                "per": dec(a["per"]), "cap": dec(a["cap"])}
    return {"decimals": decimals, "cap_index": cap_index, "grades": grades,
            "areas": areas, "leaves": leaves, "adjustments": adjustments}


def check_rule(path, cid, mx, rule):
    kind = rule.get("kind")
    where = f"{path}: {cid}"

    def pts(p):
        p = dec(p)
        if p < 0 or p > mx:
            raise InputError(f"{where}: points {p} outside 0..{mx}")
        return p

    if kind == "check" or kind == "manual":
        if kind == "manual" and "step" in rule:
            rule["step"] = dec(rule["step"])
    elif kind == "tiers":
        better = rule.get("better", "higher")
        tiers = [(dec(t), pts(p)) for t, p in rule["tiers"]]
        for (t1, p1), (t2, p2) in zip(tiers, tiers[1:]):
            ok = t1 > t2 if better == "higher" else t1 < t2
            if not ok:
                raise InputError(f"{where}: tiers not best first")
        rule["tiers"] = tiers
    elif kind == "ratio":
        rule["target"] = dec(rule.get("target", 100))
        if "floor" in rule:
            rule["floor"] = dec(rule["floor"])
    elif kind == "deadline":
        rule["due"] = rule["due"] if isinstance(rule["due"], date) else date.fromisoformat(rule["due"])
        rule["late"] = pts(rule.get("late", 0))
    elif kind == "deduct":
        rule["per"] = dec(rule["per"])
    elif kind == "choice":
        rule["options"] = {key(k): pts(v) for k, v in rule["options"].items()}
    else:
        raise InputError(f"{where}: unknown rule kind {kind!r}")


# ---------------------------------------------------------------- values

YES = {"có", "đạt", "x", "yes", "1", "true"}
NO = {"không", "không đạt", "no", "0", "false"}
NA = {"n/a", "kad", "không áp dụng"}


def parse_number(s):
    t = s.strip().replace(" ", "").replace("\u00a0", "")
    if t.endswith("%"):
        t = t[:-1]
    if "," in t and "." in t:
        if t.rfind(",") > t.rfind("."):
            t = t.replace(".", "").replace(",", ".")
        else:
            t = t.replace(",", "")
    elif t.count(",") == 1:
        t = t.replace(",", ".")
    elif t.count(",") > 1:
        t = t.replace(",", "")
    elif t.count(".") > 1:
        t = t.replace(".", "")
    if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", t):
        raise InputError(f"expected a number, got {s!r}")
    return Decimal(t)


def parse_count(s):
    n = parse_number(s)
    if n < 0 or n != n.to_integral_value():
        raise InputError(f"expected a whole count >= 0, got {s!r}")
    return n


def parse_date(s):
    t = s.strip()
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", t)
    if m:
        y, mo, d = map(int, m.groups())
    else:
        m = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", t)
        if not m:
            raise InputError(f"expected a date dd/mm/yyyy, got {s!r}")
        d, mo, y = map(int, m.groups())
    try:
        return date(y, mo, d)
    except ValueError:
        raise InputError(f"not a valid date: {s!r}")


def apply_rule(leaf, value):
    rule, mx = leaf["rule"], leaf["max"]
    kind = rule["kind"]
    if kind == "check":
        k = key(value)
        if k in YES:
            return mx
        if k in NO:
            return Decimal(0)
        raise InputError(f"expected có/không, got {value!r}")
    if kind in ("tiers", "ratio"):
        v = parse_number(value)
        if rule.get("percent") and not (0 <= v <= 100):
            raise InputError(f"percent value {value!r} outside 0..100")
        if kind == "tiers":
            higher = rule.get("better", "higher") == "higher"
            for t, p in rule["tiers"]:
                if (v >= t) if higher else (v <= t):
                    return p
            return Decimal(0)
        if "floor" in rule and v < rule["floor"]:
            return Decimal(0)
        return mx * min(v / rule["target"], Decimal(1))
    if kind == "deadline":
        return mx if parse_date(value) <= rule["due"] else rule["late"]
    if kind == "deduct":
        return max(Decimal(0), mx - rule["per"] * parse_count(value))
    if kind == "choice":
        k = key(value)
        if k not in rule["options"]:
            raise InputError(f"expected one of the choice labels, got {value!r}")
        return rule["options"][k]
    raise AssertionError(kind)


# ---------------------------------------------------------------- evidence

HEADERS = {
    "unit": "unit", "đơn vị": "unit",
    "criterion": "criterion", "tiêu chí": "criterion", "mã tiêu chí": "criterion",
    "value": "value", "giá trị": "value", "kết quả": "value",
    "self_score": "self_score", "tự chấm": "self_score", "điểm tự chấm": "self_score",
    "appraised": "appraised", "thẩm định": "appraised", "điểm thẩm định": "appraised",
    "evidence": "evidence", "tài liệu kiểm chứng": "evidence",
    "note": "note", "ghi chú": "note",
}


def read_evidence(path):
    raw = open(path, "rb").read()
    text = nfc(raw.decode("utf-8"))
    if text.startswith("\ufeff"):
        text = text[1:]
    first = text.split("\n", 1)[0]
    sep = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep)
    header = next(reader)
    cols = {}
    for i, h in enumerate(header):
        k = HEADERS.get(key(h))
        if k is None:
            raise InputError(f"{path}:1: unknown column {h!r}")
        cols[k] = i
    for need in ("unit", "criterion"):
        if need not in cols:
            raise InputError(f"{path}:1: missing column {need!r}")
    rows = []
    for rec in reader:
        line = reader.line_num
        if not any(c.strip() for c in rec):
            continue
        if len(rec) != len(header):
            raise InputError(f"{path}:{line}: {len(rec)} fields, header has {len(header)}")
        get = lambda k: rec[cols[k]].strip() if k in cols and cols[k] < len(rec) else ""
        rows.append({k: get(k) for k in HEADERS.values()} | {"line": line, "file": path})
    return rows


def rnd(x, decimals):
    return x.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def score(fw, files):
    D = fw["decimals"]
    leaves, adjs = fw["leaves"], fw["adjustments"]
    seen = {}
    units = {}
    for path in files:
        for r in read_evidence(path):
            where = f"{r['file']}:{r['line']}"
            unit = norm_name(r["unit"])
            cid = r["criterion"]
            if not unit:
                raise InputError(f"{where}: empty unit name")
            if cid not in leaves and cid not in adjs:
                raise InputError(f"{where}: unknown criterion id {cid!r}")
            if (unit, cid) in seen:
                raise InputError(f"{where}: duplicate row for ({unit}, {cid}), first at {seen[(unit, cid)]}")
            seen[(unit, cid)] = where
            units.setdefault(unit, {})[cid] = r
    out = []
    for unit, rows in units.items():
        try:
            out.append(score_unit(fw, unit, rows))
        except InputError as e:
            raise
    out.sort(key=lambda u: (-u["index"], vietnamese_key(u["unit"]), u["unit"]))
    for u in out:
        u["rank"] = 1 + sum(1 for v in out if v["index"] > u["index"])
    return out


def score_unit(fw, unit, rows):
    D = fw["decimals"]
    area_pts = {a: Decimal(0) for a, _ in fw["areas"]}
    app_max = Decimal(0)
    for lid, leaf in fw["leaves"].items():
        r = rows.get(lid)
        mx = leaf["max"]
        if r is None:
            app_max += mx
            continue
        where = f"{r['file']}:{r['line']}"
        try:
            value = r["value"]
            if key(value) in NA:
                if not leaf["optional"]:
                    raise InputError(f"criterion {lid} is not optional; {value!r} not allowed")
                if r["appraised"]:
                    raise InputError(f"criterion {lid}: appraised score on a row marked N/A")
                continue
            app_max += mx
            if r["appraised"]:
                p = parse_number(r["appraised"])
                if not (0 <= p <= mx):
                    raise InputError(f"appraised {r['appraised']!r} outside 0..{mx}")
                if leaf["rule"]["kind"] == "manual":
                    check_step(leaf, p, r["appraised"])
            elif leaf["evidence_required"] and not r["evidence"]:
                p = Decimal(0)
                # still validate the value
                if leaf["rule"]["kind"] != "manual" and value:
                    apply_rule(leaf, value)
            elif leaf["rule"]["kind"] == "manual":
                p = parse_number(r["self_score"]) if r["self_score"] else Decimal(0)
                if not (0 <= p <= mx):
                    raise InputError(f"self_score {r['self_score']!r} outside 0..{mx}")
                check_step(leaf, p, r["self_score"])
            elif not value:
                p = Decimal(0)
            else:
                p = apply_rule(leaf, value)
            if r["self_score"]:
                parse_number(r["self_score"])
        except InputError as e:
            raise InputError(f"{where}: {e}")
        area_pts[leaf["area"]] += rnd(p, D)
    bonus = Decimal(0)
    penalty = Decimal(0)
    for aid, adj in fw["adjustments"].items():
        r = rows.get(aid)
        if r is None:
            continue
        where = f"{r['file']}:{r['line']}"
        try:
            if r["appraised"]:
                p = parse_number(r["appraised"])
                if not (0 <= p <= adj["cap"]):
                    raise InputError(f"appraised {r['appraised']!r} outside 0..{adj['cap']}")
            elif r["value"]:
                p = min(adj["cap"], adj["per"] * parse_count(r["value"]))
            else:
                p = Decimal(0)
        except InputError as e:
            raise InputError(f"{where}: {e}")
        p = rnd(p, D)
        if adj["kind"] == "bonus":
            bonus += p
        else:
            penalty += p
    if app_max == 0:
        raise InputError(f"unit {unit!r}: applicable max is 0 (everything N/A)")
    adjustment = bonus - penalty
    total = sum(area_pts.values(), Decimal(0)) + adjustment
    if total < 0:
        total = Decimal(0)
    index = rnd(total / app_max * 100, D)
    if fw["cap_index"] and index > 100:
        index = Decimal(100)
    grade = ""
    for name, mn in fw["grades"]:
        if mn <= index:
            grade = name
            break
    return {"unit": unit, "areas": area_pts, "adjustment": adjustment, "total": total,
            "max": app_max, "index": index, "grade": grade}


def check_step(leaf, p, text):
    step = leaf["rule"].get("step")
    if step and (p / step) != (p / step).to_integral_value():
        raise InputError(f"{text!r} is not a multiple of {step}")


def fmt(x, D):
    return f"{rnd(x, D):.{D}f}"


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        fw = load_criteria(argv[1])
        result = score(fw, argv[2:])
    except (InputError, KeyError, ValueError, tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    D = fw["decimals"]
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(["rank", "unit"] + [a for a, _ in fw["areas"]]
               + ["adjustment", "total", "max", "index", "grade"])
    for u in result:
        w.writerow([u["rank"], u["unit"]] + [fmt(u["areas"][a], D) for a, _ in fw["areas"]]
                   + [fmt(u["adjustment"], D), fmt(u["total"], D), fmt(u["max"], D),
                      fmt(u["index"], D), u["grade"]])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
