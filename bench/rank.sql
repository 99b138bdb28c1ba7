-- The ranking of docs/formats.md as DuckDB SQL, for the rule kinds and the cell
-- forms that examples/gen.rs writes (decimal comma or point, "%", day-first or ISO
-- dates, yes/no words, choice labels in any case, N/A markers, appraised points).
-- bench/duckdb_prepare.py fills in the {placeholders} from the framework TOML.
-- Points are kept exact: decimals for the rules, and integers in units of
-- 10^-{decimals} ("cents") from the rounded leaf points on, so that ratios and the
-- index are rounded half away from zero exactly as par-score does.
SET threads = {threads};

CREATE TEMP TABLE leaves AS SELECT * FROM (VALUES
{leaves}
) AS t(id, area, max, kind, better, t1, p1, t2, p2, t3, p3, target, floor, due, late, per, o1, q1, o2, q2, o3, q3, optional, evidence_required);

CREATE TEMP TABLE adjustments AS SELECT * FROM (VALUES
{adjustments}
) AS t(id, kind, per, cap);

COPY (
WITH ev AS (
    SELECT regexp_replace(trim(nfc_normalize(unit)), '\s+', ' ', 'g') AS unit,
           trim(criterion) AS criterion,
           trim(coalesce(value, '')) AS v,
           trim(coalesce(self_score, '')) AS s,
           trim(coalesce(appraised, '')) AS a,
           trim(coalesce(evidence, '')) <> '' AS has_evidence
    FROM read_csv('{evidence}', header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')
),
parsed AS (
    SELECT ev.*, l.*,
           lower(ev.v) IN ('n/a', 'kad', 'không áp dụng', 'khong ap dung') AS na,
           TRY_CAST(replace(rtrim(ev.v, '%'), ',', '.') AS DECIMAL(18, 6)) AS n,
           TRY_CAST(replace(ev.s, ',', '.') AS DECIMAL(18, 6)) AS claimed,
           TRY_CAST(replace(ev.a, ',', '.') AS DECIMAL(18, 6)) AS appraised,
           CASE WHEN ev.v LIKE '____-%' THEN TRY_STRPTIME(ev.v, '%Y-%m-%d')
                ELSE TRY_STRPTIME(replace(ev.v, '-', '/'), '%d/%m/%Y') END::DATE AS day,
           CAST(l.max * {scale} AS BIGINT) AS max_c
    FROM ev JOIN leaves l ON l.id = ev.criterion
),
judged AS (
    SELECT *,
        CASE
            WHEN v = '' AND kind <> 'manual' THEN NULL
            WHEN kind = 'ratio' THEN
                CASE WHEN floor IS NOT NULL AND n < floor THEN 0
                     WHEN n >= target THEN max_c
                     -- max × n / target rounded half up, in integers
                     ELSE (2 * CAST(max * 1000000 AS HUGEINT) * CAST(n * 1000000 AS HUGEINT) * {scale}
                           + CAST(target * 1000000 AS HUGEINT) * 1000000)
                          // (2 * CAST(target * 1000000 AS HUGEINT) * 1000000) END
            ELSE CAST(round(CASE kind
                WHEN 'check' THEN CASE WHEN lower(v) IN ('có', 'co', 'đạt', 'dat', 'x', 'yes', 'y', '1', 'true') THEN max
                                       WHEN lower(v) IN ('không', 'khong', 'không đạt', 'khong dat', 'no', 'n', '0', 'false') THEN 0 END
                WHEN 'tiers' THEN CASE WHEN better = 'lower'
                    THEN CASE WHEN n <= t1 THEN p1 WHEN n <= t2 THEN p2 WHEN n <= t3 THEN p3 ELSE 0 END
                    ELSE CASE WHEN n >= t1 THEN p1 WHEN n >= t2 THEN p2 WHEN n >= t3 THEN p3 ELSE 0 END END
                WHEN 'deadline' THEN CASE WHEN day <= due THEN max ELSE late END
                WHEN 'deduct' THEN greatest(0, max - per * n)
                WHEN 'choice' THEN CASE lower(regexp_replace(v, '\s+', ' ', 'g'))
                    WHEN o1 THEN q1 WHEN o2 THEN q2 WHEN o3 THEN q3 END
                WHEN 'manual' THEN claimed
            END, {decimals}) * {scale} AS BIGINT)
        END AS judged_c
    FROM parsed
),
leaf_points AS (
    SELECT unit, area, na, max_c,
        CASE WHEN na THEN 0
             WHEN appraised IS NOT NULL THEN CAST(round(appraised, {decimals}) * {scale} AS BIGINT)
             WHEN judged_c IS NULL THEN 0
             WHEN evidence_required AND NOT has_evidence THEN 0
             ELSE judged_c END AS points_c
    FROM judged
),
per_unit AS (
    SELECT unit,
{area_sums},
           sum(points_c) AS areas_c,
           coalesce(sum(max_c) FILTER (WHERE na), 0) AS na_c
    FROM leaf_points GROUP BY unit
),
adjusted AS (
    SELECT ev.unit,
           sum(CASE WHEN j.kind = 'bonus' THEN points_c ELSE 0 END) AS bonus_c,
           sum(CASE WHEN j.kind = 'penalty' THEN points_c ELSE 0 END) AS penalty_c
    FROM ev JOIN adjustments j ON j.id = ev.criterion,
         LATERAL (SELECT CASE
             WHEN ev.a <> '' THEN CAST(round(CAST(replace(ev.a, ',', '.') AS DECIMAL(18, 6)), {decimals}) * {scale} AS BIGINT)
             WHEN ev.v = '' THEN 0
             ELSE CAST(round(least(coalesce(j.cap, 1e12), j.per * CAST(ev.v AS BIGINT)), {decimals}) * {scale} AS BIGINT)
         END AS points_c)
    GROUP BY ev.unit
),
totals AS (
    SELECT p.*, coalesce(a.bonus_c, 0) - coalesce(a.penalty_c, 0) AS adjustment_c,
           greatest(0, p.areas_c + coalesce(a.bonus_c, 0) - coalesce(a.penalty_c, 0)) AS total_c,
           {total_max_c} - p.na_c AS max_c
    FROM per_unit p LEFT JOIN adjusted a USING (unit)
),
indexed AS (
    SELECT *, {index_expr} AS index_c FROM totals
)
SELECT rank() OVER (ORDER BY index_c DESC) AS rank, unit,
{area_columns},
       {fmt_adjustment} AS adjustment, {fmt_total} AS total, {fmt_max} AS max, {fmt_index} AS "index",
       CASE {grades} ELSE '' END AS grade
FROM indexed
-- Ties in Vietnamese alphabetical order (formats.md section 3: the CLDR `vi` collation,
-- here ICU's in DuckDB), then code points where the collation finds names equal.
ORDER BY index_c DESC, unit COLLATE vi, unit
) TO '/dev/stdout' (FORMAT csv, HEADER true);
