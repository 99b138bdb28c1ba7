//! The province-wide sections of the HTML report: ranking table, index chart,
//! stacked area chart and the weakest sub-criteria.

use rust_decimal::Decimal;
use std::fmt::Write;

use super::svg::{Bar, Stack, bar_chart, stacked_chart};
use super::{Context, Part};
use crate::points::div_round;
use crate::report::html::escape;

/// Colours of grades, best first.
const GRADE_COLORS: [&str; 6] = ["#1a7f37", "#57a84a", "#c9a227", "#e07b28", "#c8372d", "#8c1c13"];
/// Colour of a unit without a grade.
const NO_GRADE: &str = "#9e9e9e";
/// Colours of areas (Tableau 10).
pub(super) const AREA_COLORS: [&str; 10] =
    ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"];

/// Units per chart: a chart of 40 bars fits on an A4 page, so a long ranking prints
/// as several charts, each kept whole.
const ROWS_PER_CHART: usize = 40;

/// The colour of a grade (index into the framework's grades).
pub(super) fn grade_color(grade: Option<usize>) -> &'static str {
    grade.map_or(NO_GRADE, |g| GRADE_COLORS[g.min(GRADE_COLORS.len() - 1)])
}

fn ticks(max: Decimal, ctx: &Context) -> Vec<(Decimal, String)> {
    (0..=5).map(|i| max * Decimal::from(i) / Decimal::from(5)).map(|t| (t, super::plain_number(ctx, t))).collect()
}

/// The ranking table.
pub(super) fn ranking(ctx: &Context, part: &Part, out: &mut String) {
    let (f, l) = (ctx.framework, ctx.labels);
    let _ = write!(
        out,
        r#"<section id="ranking{}"><h2>{}{}</h2><table class="ranking"><thead><tr><th>{}</th><th>{}</th>"#,
        part.id, l.ranking_section, part.heading, l.rank, l.unit
    );
    for area in &f.areas {
        let node = &f.nodes[*area];
        let _ = write!(out, r#"<th class="num" title="{}">{}</th>"#, escape(&node.name), escape(&node.id));
    }
    let _ = write!(
        out,
        r#"<th class="num">{}</th><th class="num">{}</th><th class="num">{}</th><th class="num">{}</th><th>{}</th></tr></thead><tbody>"#,
        l.adjustment, l.total, l.max, l.index, l.grade
    );
    for &(position, r) in &part.rows {
        let s = &r.score;
        let _ = write!(
            out,
            r##"<tr><td class="num">{}</td><td><a href="#unit-{}">{}</a>{}</td>"##,
            r.rank,
            position + 1,
            escape(&s.name),
            ctx.name_note(&s.name)
        );
        for area in 0..f.areas.len() {
            let _ = write!(out, r#"<td class="num">{}</td>"#, ctx.show(s.area_points(f, area)));
        }
        let _ = write!(
            out,
            r#"<td class="num">{}</td><td class="num">{}</td><td class="num">{}</td><td class="num"><b>{}</b></td><td><span class="chip" style="background:{}"></span>{}</td></tr>"#,
            ctx.show(s.figures.adjustment()),
            ctx.show(s.figures.total),
            ctx.show(s.figures.max),
            ctx.show(s.figures.index),
            grade_color(s.figures.grade),
            escape(s.figures.grade_name(f))
        );
    }
    out.push_str("</tbody></table>");
    out.push_str(r#"<ol class="areas">"#);
    for area in &f.areas {
        let node = &f.nodes[*area];
        let _ = write!(
            out,
            "<li><b>{}</b> {} ({} {})</li>",
            escape(&node.id),
            escape(&node.name),
            l.max.to_lowercase(),
            super::plain_number(ctx, node.max)
        );
    }
    out.push_str("</ol></section>");
}

/// The index of every unit, coloured by grade, and the stacked area points.
pub(super) fn charts(ctx: &Context, part: &Part, out: &mut String) {
    let (f, l) = (ctx.framework, ctx.labels);
    let bars: Vec<Bar> = part
        .rows
        .iter()
        .map(|(_, r)| Bar {
            label: r.score.name.clone(),
            value: r.score.figures.index,
            color: grade_color(r.score.figures.grade),
            shown: ctx.show(r.score.figures.index),
        })
        .collect();
    let hundred = Decimal::ONE_HUNDRED;
    let _ = write!(
        out,
        r#"<section id="charts{}" class="page"><h2>{}{}</h2>{}"#,
        part.id,
        l.index_chart,
        part.heading,
        bar_chart(&bars, hundred, &ticks(hundred, ctx), l.index_chart)
    );
    out.push_str(r#"<p class="legend">"#);
    for (g, grade) in f.grades.iter().enumerate() {
        let _ = write!(
            out,
            r#"<span class="chip" style="background:{}"></span>{} (≥ {}) "#,
            grade_color(Some(g)),
            escape(&grade.name),
            super::plain_number(ctx, grade.min_index)
        );
    }
    out.push_str("</p>");
    let max = f.total_max();
    let stacks: Vec<Stack> = part
        .rows
        .iter()
        .map(|(_, r)| {
            let segments = (0..f.areas.len())
                .map(|a| {
                    let node = f.area_node(a);
                    let points = r.score.area_points(f, a);
                    (points, AREA_COLORS[a % AREA_COLORS.len()], format!("{} {}: {}", node.id, node.name, ctx.show(points)))
                })
                .collect();
            Stack { label: r.score.name.clone(), segments, shown: ctx.show(r.score.figures.total - r.score.figures.adjustment()) }
        })
        .collect();
    let _ = write!(out, "<h2>{}{}</h2>", l.area_chart, part.heading);
    for chunk in stacks.chunks(ROWS_PER_CHART) {
        out.push_str(&stacked_chart(chunk, max, &ticks(max, ctx), l.area_chart));
    }
    out.push_str(r#"<p class="legend">"#);
    for a in 0..f.areas.len() {
        let node = f.area_node(a);
        let _ = write!(
            out,
            r#"<span class="chip" style="background:{}"></span>{} {} "#,
            AREA_COLORS[a % AREA_COLORS.len()],
            escape(&node.id),
            escape(&node.name)
        );
    }
    out.push_str("</p></section>");
}

/// The sub-criteria that most units lose points on.
pub(super) fn weakest(ctx: &Context, part: &Part, out: &mut String, top: usize) {
    let (f, l) = (ctx.framework, ctx.labels);
    let _ = write!(
        out,
        r#"<section id="weakest{}" class="page"><h2>{}{}</h2><p>{}</p><table><thead><tr><th>{}</th><th>{}</th><th class="num">{}</th><th class="num">{}</th><th class="num">{}</th><th>{}</th></tr></thead><tbody>"#,
        part.id, l.weakest, part.heading, l.priorities, l.id, l.level_leaf, l.max, l.units_losing, l.total_lost, l.share_lost
    );
    for p in part.priorities.iter().take(top) {
        let node = f.leaf_node(p.leaf);
        let share = div_round(p.total_lost * Decimal::ONE_HUNDRED, p.total_max, 1);
        let _ = write!(
            out,
            r#"<tr><td>{}</td><td>{}</td><td class="num">{}</td><td class="num">{}/{}</td><td class="num">{}</td><td><span class="meter"><span style="width:{}%"></span></span> {}</td></tr>"#,
            escape(&node.id),
            escape(&node.name),
            super::plain_number(ctx, node.max),
            p.units_losing,
            p.units_applicable,
            ctx.show(p.total_lost),
            share.round_dp(0),
            ctx.lang.number(share, 1)
        );
    }
    out.push_str("</tbody></table></section>");
}
