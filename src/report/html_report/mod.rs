//! The HTML report: one self-contained file (inline CSS and SVG, no external
//! assets) for councils and leaders, readable on screen and printed on A4.

mod documents;
mod sections;
mod spread;
mod svg;
mod unit;

use rust_decimal::Decimal;
use std::fmt::Write;

use crate::analysis::{Priority, priorities};
use crate::criteria::Framework;
use crate::labels::{Labels, Lang};
use crate::points::round;
use crate::ranking::Ranked;
use crate::register::Roster;
use crate::report::html::escape;
use crate::scoring::UnitScore;

pub use documents::ReportDocuments;
pub use spread::SurveySpread;

/// Sub-criteria listed as the province's weakest.
const WEAKEST_SHOWN: usize = 10;
const STYLE: &str = include_str!("style.css");

/// The units one set of province-wide sections covers: all of them, or one block.
struct Part<'a> {
    /// Appended to the sections' ids: "" without a register, else "-<block number>".
    id: String,
    /// Appended to the sections' headings: "" without a register, else " – Khối: <name>".
    heading: String,
    /// The units with their position in the whole ranking (for their page anchors).
    rows: Vec<(usize, &'a Ranked)>,
    /// The sub-criteria these units lose most points on.
    priorities: Vec<Priority>,
}

/// The parts of the report: one per block in register order, or one of every unit.
fn parts<'a>(framework: &Framework, ranked: &'a [Ranked], roster: &Roster, lang: Lang) -> Vec<Part<'a>> {
    let part = |id: String, heading: String, rows: Vec<(usize, &'a Ranked)>| {
        let scores: Vec<&UnitScore> = rows.iter().map(|(_, r)| &r.score).collect();
        Part { id, heading, priorities: priorities(framework, &scores), rows }
    };
    if !roster.has_blocks() {
        return vec![part(String::new(), String::new(), ranked.iter().enumerate().collect())];
    }
    (0..roster.blocks.len())
        .map(|block| {
            let rows = ranked.iter().enumerate().filter(|(_, r)| r.block == block).collect();
            let heading = format!(" – {}: {}", crate::report::block_label(lang), escape(roster.block_name(block)));
            part(format!("-{}", block + 1), heading, rows)
        })
        .collect()
}

/// What every section needs.
struct Context<'a> {
    framework: &'a Framework,
    ranked: &'a [Ranked],
    lang: Lang,
    labels: &'static Labels,
    /// Per area, the mean over units of (points / applicable max × 100), 1 decimal.
    averages: Vec<Option<Decimal>>,
    /// The evidence documents, with `--documents`.
    documents: Option<&'a ReportDocuments<'a>>,
    /// Blocks and units that sent nothing (units register).
    roster: &'a Roster,
    /// The survey's bootstrap intervals, with `--responses`.
    spread: Option<&'a SurveySpread>,
}

impl Context<'_> {
    /// What follows a unit's name in the ranking: its block, and a note when it sent
    /// nothing (with a units register).
    fn name_note(&self, unit: &str) -> String {
        let mut note = String::new();
        if self.roster.has_blocks() {
            let block = self.roster.block_name(self.roster.block(unit));
            note.push_str(&format!(" <small>({}: {})</small>", crate::report::block_label(self.lang), escape(block)));
        }
        if self.roster.is_absent(unit) {
            note.push_str(&format!(" <small><b>{}</b></small>", escape(crate::register::ABSENT_NOTE)));
        }
        note
    }

    /// Points with the framework's decimals, in the language's style.
    fn show(&self, value: Decimal) -> String {
        self.lang.number(value, self.framework.decimals)
    }
}

/// An exact figure without trailing zeros in the language's style (maxima, ticks).
fn plain_number(ctx: &Context, value: Decimal) -> String {
    crate::report::plain_in(ctx.lang, round(value, 2))
}

/// The province's average share of each area's maximum, over the units to which it applies.
fn area_averages(framework: &Framework, scores: &[&UnitScore]) -> Vec<Option<Decimal>> {
    (0..framework.areas.len())
        .map(|area| {
            let shares: Vec<Decimal> = scores
                .iter()
                .filter(|s| !s.area_max(framework, area).is_zero())
                .map(|s| s.area_points(framework, area) * Decimal::ONE_HUNDRED / s.area_max(framework, area))
                .collect();
            (!shares.is_empty()).then(|| round(shares.iter().sum::<Decimal>() / Decimal::from(shares.len()), 1))
        })
        .collect()
}

/// The complete report of units ranked with `framework`.
pub fn html_report(framework: &Framework, ranked: &[Ranked], lang: Lang, roster: &Roster) -> String {
    html_report_with_documents(framework, ranked, lang, roster, None, None)
}

/// [`html_report`] with each unit's evidence documents on its page (`--documents`)
/// and the survey's bootstrap intervals (`--responses`).
pub fn html_report_with_documents(
    framework: &Framework,
    ranked: &[Ranked],
    lang: Lang,
    roster: &Roster,
    documents: Option<&ReportDocuments>,
    spread: Option<&SurveySpread>,
) -> String {
    let scores: Vec<&UnitScore> = ranked.iter().map(|r| &r.score).collect();
    let spread = spread.filter(|s| !s.intervals.is_empty());
    let ctx =
        Context { framework, ranked, lang, labels: lang.labels(), averages: area_averages(framework, &scores), documents, roster, spread };
    let l = ctx.labels;
    let code = match lang {
        Lang::Vi => "vi",
        Lang::En => "en",
    };
    let mut out = String::with_capacity(64 * 1024);
    let title = format!("{} – {}", l.report_title, framework.heading());
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n",
        escape(&title)
    );
    let _ = write!(
        out,
        r#"<header><h1>{}</h1><p class="meta">{}<br>{}: {} · {}: {}</p></header>"#,
        l.report_title,
        escape(&framework.heading()),
        l.framework,
        escape(&framework.id),
        l.units,
        ranked.len()
    );
    let parts = parts(framework, ranked, roster, lang);
    let _ = write!(out, r#"<nav class="toc"><h2>{}</h2><ol>"#, l.contents);
    for part in &parts {
        let (id, heading) = (&part.id, &part.heading);
        let _ = write!(
            out,
            r##"<li><a href="#ranking{id}">{}{heading}</a></li><li><a href="#charts{id}">{}{heading}</a></li><li><a href="#weakest{id}">{}{heading}</a></li>"##,
            l.ranking_section, l.index_chart, l.weakest
        );
        if ctx.spread.is_some() {
            let _ = write!(out, r##"<li><a href="#uncertainty{id}">{}{heading}</a></li>"##, spread::title(lang));
        }
    }
    let _ = write!(out, "<li>{}<ol>", l.unit_pages);
    for (position, r) in ranked.iter().enumerate() {
        let _ = write!(out, r##"<li><a href="#unit-{}">{}</a></li>"##, position + 1, escape(&r.score.name));
    }
    out.push_str("</ol></li></ol></nav>\n");
    for part in &parts {
        sections::ranking(&ctx, part, &mut out);
        out.push('\n');
        if let Some(spread) = ctx.spread {
            spread::section(&ctx, spread, part, &mut out);
            out.push('\n');
        }
        sections::charts(&ctx, part, &mut out);
        out.push('\n');
        sections::weakest(&ctx, part, &mut out, WEAKEST_SHOWN);
        out.push('\n');
    }
    for (position, r) in ranked.iter().enumerate() {
        unit::unit_page(&ctx, position, r, &mut out);
        out.push('\n');
    }
    let _ = write!(out, "<footer>{} {}</footer>\n</body>\n</html>\n", l.made_with, env!("CARGO_PKG_VERSION"));
    out
}
