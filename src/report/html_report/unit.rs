//! One page per unit: its figures, its area scores against the province's average,
//! and its largest gaps.

use rust_decimal::Decimal;
use std::fmt::Write;

use super::Context;
use super::sections::grade_color;
use super::svg::paired_chart;
use crate::analysis::{GapTarget, unit_gaps};
use crate::points::div_round;
use crate::ranking::Ranked;
use crate::report::html::escape;

/// Colours of the unit's bar and of the province average.
const UNIT_COLOR: &str = "#4e79a7";
const AVERAGE_COLOR: &str = "#bab0ac";
/// Gaps listed on a unit's page.
const GAPS_SHOWN: usize = 5;

/// A unit's page; `position` gives its anchor (`unit-1` for the first ranked); its
/// rank is out of the units of its block (all units without a register).
pub(super) fn unit_page(ctx: &Context, position: usize, ranked: &Ranked, out: &mut String) {
    let (f, l, s) = (ctx.framework, ctx.labels, &ranked.score);
    let _ = write!(
        out,
        r#"<section class="page unit" id="unit-{}"><h2>{}</h2><p class="summary">{} <b>{}/{}</b> · {} <b>{}</b> · {} <span class="chip" style="background:{}"></span><b>{}</b> · {} {} / {}</p>"#,
        position + 1,
        escape(&s.name),
        l.rank,
        ranked.rank,
        ctx.ranked.iter().filter(|r| r.block == ranked.block).count(),
        l.index,
        ctx.show(s.figures.index),
        l.grade,
        grade_color(s.figures.grade),
        escape(s.figures.grade_name(f)),
        l.total,
        ctx.show(s.figures.total),
        ctx.show(s.figures.max)
    );
    if let Some(spread) = ctx.spread {
        super::spread::unit_line(ctx, spread, position, out);
    }
    let _ = write!(
        out,
        r#"<table><thead><tr><th>{}</th><th>{}</th><th class="num">{}</th><th class="num">{}</th><th class="num">{}</th><th class="num">{}</th></tr></thead><tbody>"#,
        l.id, l.areas, l.points, l.max, l.unit_share, l.province_average
    );
    let mut rows = Vec::new();
    for area in 0..f.areas.len() {
        let node = f.area_node(area);
        let (points, max) = (s.area_points(f, area), s.area_max(f, area));
        let share = (!max.is_zero()).then(|| div_round(points * Decimal::ONE_HUNDRED, max, 1));
        let average = ctx.averages[area];
        let percent = |v: Option<Decimal>| v.map_or("–".to_owned(), |v| ctx.lang.number(v, 1));
        let _ = write!(
            out,
            r#"<tr><td>{}</td><td>{}</td><td class="num">{}</td><td class="num">{}</td><td class="num">{}</td><td class="num">{}</td></tr>"#,
            escape(&node.id),
            escape(&node.name),
            ctx.show(points),
            ctx.show(max),
            percent(share),
            percent(average)
        );
        if let (Some(share), Some(average)) = (share, average) {
            rows.push((format!("{} {}", node.id, node.name), share, average));
        }
    }
    out.push_str("</tbody></table>");
    let show_percent = |v: Decimal| ctx.lang.number(v, 1);
    out.push_str(&paired_chart(&rows, (UNIT_COLOR, AVERAGE_COLOR), &show_percent, l.province_average));
    let _ = write!(
        out,
        r#"<p class="legend"><span class="chip" style="background:{UNIT_COLOR}"></span>{} <span class="chip" style="background:{AVERAGE_COLOR}"></span>{}</p>"#,
        escape(&s.name),
        l.province_average
    );
    let gaps = unit_gaps(f, ranked);
    if !gaps.leaves.is_empty() {
        let _ = write!(
            out,
            r#"<h3>{}</h3><table><thead><tr><th>{}</th><th>{}</th><th class="num">{}</th><th class="num">{}</th></tr></thead><tbody>"#,
            l.gaps_heading, l.id, l.level_leaf, l.lost, l.index_if_recovered
        );
        for gap in gaps.leaves.iter().take(GAPS_SHOWN) {
            if let GapTarget::Node(node) = gap.target {
                let node = &f.nodes[node];
                let _ = write!(
                    out,
                    r#"<tr><td>{}</td><td>{}</td><td class="num">{}</td><td class="num">{}</td></tr>"#,
                    escape(&node.id),
                    escape(&node.name),
                    ctx.show(gap.lost),
                    ctx.show(gap.index_if_recovered)
                );
            }
        }
        out.push_str("</tbody></table>");
    }
    super::documents::section(ctx, &s.name, out);
    out.push_str("</section>");
}
