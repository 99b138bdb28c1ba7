#!/usr/bin/env python3
"""Survey benchmark data: turns a generated framework and evidence (examples/gen.rs) into
one whose eight survey leaves are scored from questionnaires (docs/formats.md section 8).

Usage: survey_prepare.py GEN_DIR OUT_DIR RESPONDENTS_PER_UNIT [RESPONDENTS_PER_UNIT …]

Writes OUT_DIR/framework.toml (the framework plus [survey] and three questions on each
of eight number leaves), OUT_DIR/evidence.csv (the evidence without those leaves' rows),
OUT_DIR/responses-N.csv (long form, one row per answer: every respondent of every unit
answers all 24 questions; about 1 in 20 answers "không biết", 1 in 50 blank) and
OUT_DIR/survey.sql (DuckDB: only the survey aggregation, one value per unit and leaf).
The same arguments always write the same bytes.
"""
import csv
import pathlib
import random
import sys
import tomllib
import unicodedata

gen, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
sizes = [int(n) for n in sys.argv[3:]]
out.mkdir(parents=True, exist_ok=True)
text = (gen / "framework.toml").read_text(encoding="utf-8")
framework = tomllib.loads(text)

# Eight leaves that take a percent (tiers higher or ratio), from the end of the tree.
chosen = []
for criterion in reversed(framework["criterion"]):
    rule = criterion.get("rule")
    if rule and rule.get("kind") in ("tiers", "ratio") and rule.get("percent") and rule.get("better", "higher") == "higher":
        chosen.append(criterion["id"])
    if len(chosen) == 8:
        break
chosen.reverse()
questions = {leaf: [f"Q{leaf}.{k}" for k in (1, 2, 3)] for leaf in chosen}
lines = text.split("\n")
result = []
for i, line in enumerate(lines):
    result.append(line)
    if line.startswith('id = "') and line[6:-1] in questions:
        leaf = line[6:-1]
        # the block's own keys follow until a blank line
        block = []
        for following in lines[i + 1:]:
            if not following.strip():
                break
            block.append(following)
        if not any(b.startswith("source") for b in block):
            result.append('source = "survey"')
        result.append("questions = [" + ", ".join(f'"{q}"' for q in questions[leaf]) + "]")
survey = '\n[survey]\noptions = { A = 100, B = 60, C = 20, D = 0 }\ngroups = { P1 = 1, P2 = 2, P3 = 1 }\nmin_answers = 30\n'
(out / "framework.toml").write_text("\n".join(result) + survey, encoding="utf-8")

# The evidence without the survey leaves' rows (their values would be a second source).
raw = (gen / "evidence.csv").read_bytes()
bom = raw.startswith(b"\xef\xbb\xbf")
body = raw.decode("utf-8-sig")
first = body.split("\n", 1)[0]
sep = ";" if first.count(";") > first.count(",") else ","
rows = list(csv.reader(body.splitlines(keepends=True), delimiter=sep))
header = [h.strip().lower() for h in rows[0]]
ci = next(i for i, h in enumerate(header) if h in ("criterion", "mã tiêu chí", "tiêu chí"))
ui = next(i for i, h in enumerate(header) if h in ("unit", "đơn vị"))
units = []
seen = set()
with open(out / "evidence.csv", "w", encoding="utf-8", newline="") as f:
    if bom:
        f.write("\ufeff")
    writer = csv.writer(f, delimiter=sep, lineterminator="\n")
    writer.writerow(rows[0])
    for row in rows[1:]:
        if len(row) > ci and row[ci].strip() in questions:
            continue
        writer.writerow(row)
        if len(row) > ui:
            name = " ".join(unicodedata.normalize("NFC", row[ui]).split())
            if name and name not in seen:
                seen.add(name)
                units.append(name)

all_questions = [q for leaf in chosen for q in questions[leaf]]
for size in sizes:
    random.seed(size)
    answers = ["A", "B", "C", "D", "a", "b"]
    with open(out / f"responses-{size}.csv", "w", encoding="utf-8", newline="") as f:
        f.write("respondent,group,unit,question,answer\n")
        number = 0
        for unit in units:
            quoted = f'"{unit}"' if ("," in unit or '"' in unit) else unit
            bias = random.random()
            for r in range(size):
                number += 1
                respondent = f"R{number:08d}"
                group = ("P1", "P2", "P3")[r % 3]
                lines = []
                for q in all_questions:
                    x = random.random()
                    if x < 0.05:
                        answer = "không biết"
                    elif x < 0.07:
                        answer = ""
                    else:
                        answer = answers[min(5, int(random.random() * (3 + 3 * bias)))]
                    lines.append(f"{respondent},{group},{quoted},{q},{answer}\n")
                f.write("".join(lines))

# DuckDB: the survey aggregation only (value per unit and leaf, rounded to 2 places).
values = ",\n".join(f"('{q}', '{leaf}')" for leaf in chosen for q in questions[leaf])
sql = f"""SET threads = {{threads}};
SET enable_progress_bar = false;
CREATE TEMP TABLE q(question VARCHAR, leaf VARCHAR);
INSERT INTO q VALUES {values};
CREATE TEMP TABLE opt(label VARCHAR, pct DECIMAL(18, 6));
INSERT INTO opt VALUES ('a', 100), ('b', 60), ('c', 20), ('d', 0);
CREATE TEMP TABLE grp(name VARCHAR, w DECIMAL(18, 6));
INSERT INTO grp VALUES ('P1', 1), ('P2', 2), ('P3', 1);
COPY (
  WITH a AS (SELECT unit, "group" AS g, question, lower(trim(answer)) AS ans
             FROM read_csv('{{responses}}', header = true, all_varchar = true, delim = ',', quote = '"')),
  c AS (SELECT a.unit, q.leaf, a.g, o.pct FROM a JOIN q USING (question) JOIN opt o ON o.label = a.ans),
  gm AS (SELECT unit, leaf, g, sum(pct) / count(*) AS m FROM c GROUP BY ALL),
  v AS (SELECT unit, leaf, sum(w * m) / sum(w) AS val FROM gm JOIN grp ON grp.name = gm.g GROUP BY ALL)
  SELECT unit, leaf, printf('%.2f', round(val::DECIMAL(38, 10), 2)) AS value FROM v ORDER BY unit, leaf
) TO '/dev/stdout' (HEADER, DELIMITER ',');
"""
(out / "survey.sql").write_text(sql, encoding="utf-8")
print(f"{len(units)} units, survey leaves {', '.join(chosen)}", file=sys.stderr)
