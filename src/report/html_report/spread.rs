//! The survey's uncertainty in the HTML report: each unit's 90 % bootstrap interval
//! of survey points, index and rank, and the units it cannot be told apart from.

use std::fmt::Write;

use super::{Context, Part};
use crate::labels::Lang;
use crate::report::html::escape;
use crate::survey::Uncertainty;
use crate::tr_in;

/// Names shown of the units a unit cannot be told apart from; the rest are counted.
const NAMES_SHOWN: usize = 5;

/// The bootstrap intervals of a run with survey responses.
#[derive(Debug, Clone, Default)]
pub struct SurveySpread {
    /// One per ranked unit, in the ranking's order; `overlapping` holds positions in
    /// the ranking (see [`crate::survey::bootstrap_ranked`]).
    pub intervals: Vec<Uncertainty>,
    /// Bootstrap samples.
    pub samples: u32,
    /// Seed of the bootstrap.
    pub seed: u64,
}

/// The section's title.
pub(super) fn title(lang: Lang) -> String {
    tr_in!(lang, "report-spread-title")
}

/// "a – b" in the language's number style.
fn interval(ctx: &Context, (low, high): (rust_decimal::Decimal, rust_decimal::Decimal)) -> String {
    format!("{} – {}", ctx.show(low), ctx.show(high))
}

/// The units a unit cannot be told apart from, linked to their pages.
fn apart(ctx: &Context, spread: &SurveySpread, unit: &Uncertainty) -> String {
    let mut names: Vec<String> = unit
        .overlapping
        .iter()
        .take(NAMES_SHOWN)
        .map(|&other| format!(r##"<a href="#unit-{}">{}</a>"##, other + 1, escape(&spread.intervals[other].unit)))
        .collect();
    if unit.overlapping.len() > NAMES_SHOWN {
        let more = unit.overlapping.len() - NAMES_SHOWN;
        names.push(escape(&tr_in!(ctx.lang, "report-spread-more", more = more)));
    }
    names.join("; ")
}

/// The intervals of a part's units, in rank order.
pub(super) fn section(ctx: &Context, spread: &SurveySpread, part: &Part, out: &mut String) {
    let (l, lang) = (ctx.labels, ctx.lang);
    let _ = write!(
        out,
        r#"<section id="uncertainty{}"><h2>{}{}</h2><p class="meta">{}</p><table class="uncertainty"><thead><tr><th class="num">{}</th><th>{}</th><th class="num">{}</th><th class="num">{}</th><th class="num">{}</th><th class="num">{}</th><th class="num">{}</th><th>{}</th></tr></thead><tbody>"#,
        part.id,
        title(lang),
        part.heading,
        escape(&tr_in!(lang, "report-spread-explained-html", samples = spread.samples, seed = spread.seed.to_string())),
        l.rank,
        l.unit,
        l.survey_points,
        tr_in!(lang, "report-spread-interval"),
        l.index,
        tr_in!(lang, "report-spread-interval"),
        tr_in!(lang, "report-spread-rank-interval"),
        tr_in!(lang, "report-spread-apart"),
    );
    for &(position, r) in &part.rows {
        let Some(unit) = spread.intervals.get(position) else { continue };
        let _ = write!(
            out,
            r##"<tr><td class="num">{}</td><td><a href="#unit-{}">{}</a></td><td class="num">{}</td><td class="num">{}</td><td class="num">{}</td><td class="num">{}</td><td class="num">{} – {}</td><td>{}</td></tr>"##,
            r.rank,
            position + 1,
            escape(&r.score.name),
            ctx.show(r.score.figures.survey),
            interval(ctx, unit.survey),
            ctx.show(r.score.figures.index),
            interval(ctx, unit.index),
            unit.rank.0,
            unit.rank.1,
            apart(ctx, spread, unit)
        );
    }
    out.push_str("</tbody></table></section>");
}

/// The line of a unit's page with its intervals.
pub(super) fn unit_line(ctx: &Context, spread: &SurveySpread, position: usize, out: &mut String) {
    let Some(unit) = spread.intervals.get(position) else { return };
    let lang = ctx.lang;
    let line = tr_in!(
        lang,
        "report-spread-unit-line",
        survey = interval(ctx, unit.survey),
        index = interval(ctx, unit.index),
        best = unit.rank.0,
        worst = unit.rank.1
    );
    let _ = write!(out, r#"<p class="spread">{}"#, escape(&line));
    if !unit.overlapping.is_empty() {
        let _ = write!(out, " · {}: {}", tr_in!(lang, "report-spread-unit-apart"), apart(ctx, spread, unit));
    }
    out.push_str("</p>");
}
