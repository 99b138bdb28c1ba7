//! The survey's uncertainty in the HTML report: each unit's 90 % bootstrap interval
//! of survey points, index and rank, and the units it cannot be told apart from.

use std::fmt::Write;

use super::{Context, Part};
use crate::labels::Lang;
use crate::report::html::escape;
use crate::survey::Uncertainty;

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

fn en(lang: Lang, vi: &'static str, english: &'static str) -> &'static str {
    if lang == Lang::En { english } else { vi }
}

/// The section's title.
pub(super) fn title(lang: Lang) -> &'static str {
    en(lang, "Độ tin cậy của điều tra xã hội học", "Uncertainty of the survey")
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
        names.push(match ctx.lang {
            Lang::En => format!("… and {more} more"),
            Lang::Vi => format!("… và {more} đơn vị khác"),
        });
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
        escape(&match lang {
            Lang::En => format!(
                "90 % intervals of a bootstrap over respondents ({} samples, seed {}): the 5th and 95th percentiles. Units whose rank intervals overlap cannot be told apart by the survey.",
                spread.samples, spread.seed
            ),
            Lang::Vi => format!(
                "Khoảng 90 % theo bootstrap trên người trả lời ({} mẫu, seed {}): bách phân vị 5 và 95. Các đơn vị có khoảng hạng chồng lên nhau thì điều tra không phân biệt được thứ hạng.",
                spread.samples, spread.seed
            ),
        }),
        l.rank,
        l.unit,
        l.survey_points,
        en(lang, "Khoảng 90 %", "90 % interval"),
        l.index,
        en(lang, "Khoảng 90 %", "90 % interval"),
        en(lang, "Hạng (khoảng 90 %)", "Rank (90 % interval)"),
        en(lang, "Không phân biệt được với", "Cannot be told apart from"),
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
    let _ = write!(
        out,
        r#"<p class="spread">{} (90 %): {} {} · {} {} · {} {} – {}"#,
        en(lang, "Khoảng tin cậy của điều tra", "Survey uncertainty"),
        en(lang, "điểm điều tra", "survey points"),
        interval(ctx, unit.survey),
        en(lang, "chỉ số", "index"),
        interval(ctx, unit.index),
        en(lang, "hạng", "rank"),
        unit.rank.0,
        unit.rank.1
    );
    if !unit.overlapping.is_empty() {
        let _ = write!(out, " · {}: {}", en(lang, "không phân biệt được với", "cannot be told apart from"), apart(ctx, spread, unit));
    }
    out.push_str("</p>");
}
