//! The subcommands: each takes validated options and returns what to print.

mod check;
mod compare;
mod completions;
mod council;
mod criteria;
mod gaps;
mod rank;
mod ranked;
mod report;
mod score;
mod sealing;
mod survey;
mod template;

pub use council::{CouncilOptions, council};
mod whatif;

pub use check::{CheckOptions, check};
pub use compare::{CompareOptions, compare};
pub use completions::{completions, man_page};
pub use criteria::{CriteriaOptions, DiffOptions, ExportOptions, ImportOptions, criteria, criteria_diff, criteria_export, criteria_import};
pub use gaps::{GapsOptions, gaps};
pub use rank::{RankOptions, rank};
pub use report::{ReportOptions, report};
pub use score::{ScoreOptions, score};
pub use sealing::{Recipe, VerifyOptions, verify};
pub use survey::{SurveyOptions, survey};
pub use template::{TemplateOptions, template};
pub use whatif::{WhatIfCommand, whatif};

use crate::tr;
use std::path::Path;

use crate::diagnostic::Diagnostics;
use crate::labels::Lang;
use crate::report::{Format, Grid};

/// The bootstrap samples of `report` and `council` when a seal does not say.
pub(crate) fn default_samples() -> u32 {
    1000
}

/// The bootstrap seed of `report` and `council` when a seal does not say.
pub(crate) fn default_seed() -> u64 {
    1
}

/// What a command prints: the output and any warnings about the input.
#[derive(Debug, Default)]
pub struct Output {
    /// Bytes for standard output.
    pub stdout: Vec<u8>,
    /// Warnings for standard error.
    pub warnings: Diagnostics,
}

/// Sends a command's output to `out` (atomically, never over an input: see
/// [`crate::output::write_atomic`]) and returns what is left for standard output.
pub(crate) fn deliver(bytes: Vec<u8>, out: Option<&Path>, inputs: &crate::output::Inputs) -> crate::error::Result<Vec<u8>> {
    let Some(out) = out else { return Ok(bytes) };
    crate::output::write_atomic(out, &bytes, inputs)?;
    Ok(Vec::new())
}

/// Renders a grid for `--out` when it is given (a table never styled nor fitted to the
/// terminal), else for standard output.
pub(crate) fn render_grid_for(grid: &Grid, format: Format, out: Option<&Path>) -> Vec<u8> {
    match (format, out) {
        (Format::Table | Format::Json, Some(_)) => grid.to_file_table().into_bytes(),
        _ => render_grid(grid, format),
    }
}

/// Renders a grid in a human format; CSV and JSON are handled by each command.
pub(crate) fn render_grid(grid: &Grid, format: Format) -> Vec<u8> {
    match format {
        Format::Markdown => grid.to_markdown().into_bytes(),
        Format::Csv => grid.to_csv(),
        Format::Table | Format::Json => grid.to_table().into_bytes(),
    }
}

/// Number formatting for a format: a decimal comma for Vietnamese people, a point
/// for machines and English.
pub(crate) fn number_style(format: Format, lang: Lang, decimals: u32) -> impl Fn(rust_decimal::Decimal) -> String {
    move |value| match format {
        Format::Csv | Format::Json => crate::points::fixed(value, decimals),
        Format::Table | Format::Markdown => lang.number(value, decimals),
    }
}

/// Runs `render` on each block's units (ranks restart per block) and joins the
/// outputs: tables under a "Khối: …" line, CSV with a leading `block` column, JSON as
/// `{"blocks": [{"block": …, "result": …}]}`. Without blocks it is `render(ranked)`.
pub(crate) fn per_block<T: Clone>(
    roster: &crate::register::Roster,
    ranked: &[crate::ranking::Ranked<T>],
    format: Format,
    render: impl Fn(&[crate::ranking::Ranked<T>]) -> crate::error::Result<Vec<u8>>,
) -> crate::error::Result<Vec<u8>> {
    if !roster.has_blocks() {
        return render(ranked);
    }
    let mut parts = Vec::new();
    for (block, name) in roster.blocks.iter().enumerate() {
        let units: Vec<_> = ranked.iter().filter(|r| r.block == block).cloned().collect();
        if !units.is_empty() {
            parts.push((name.as_str(), render(&units)?));
        }
    }
    Ok(join_blocks(parts, format))
}

/// Joins the outputs of each block (see [`per_block`]).
pub(crate) fn join_blocks(parts: Vec<(&str, Vec<u8>)>, format: Format) -> Vec<u8> {
    match format {
        Format::Csv => {
            let mut out = csv::Writer::from_writer(Vec::new());
            let mut header_written = false;
            for (name, bytes) in &parts {
                let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(bytes.as_slice());
                for (at, record) in reader.records().flatten().enumerate() {
                    if at == 0 && header_written {
                        continue;
                    }
                    let first = if at == 0 { "block" } else { name };
                    let _ = out.write_record(std::iter::once(first).chain(record.iter()));
                }
                header_written = true;
            }
            out.into_inner().unwrap_or_default()
        }
        Format::Json => {
            let blocks: Vec<serde_json::Value> = parts
                .iter()
                .map(|(name, bytes)| {
                    let result: serde_json::Value = serde_json::from_slice(bytes).unwrap_or(serde_json::Value::Null);
                    serde_json::json!({ "block": name, "result": result })
                })
                .collect();
            let mut text = serde_json::to_string_pretty(&serde_json::json!({ "blocks": blocks })).unwrap_or_default();
            text.push('\n');
            text.into_bytes()
        }
        Format::Table | Format::Markdown => {
            let sections: Vec<Vec<u8>> = parts
                .into_iter()
                .map(|(name, bytes)| {
                    let mut section = match format {
                        Format::Markdown => format!("## {}\n\n", tr!("commands-block-heading", block = name)),
                        _ => format!("{}\n", tr!("commands-block-heading", block = name)),
                    }
                    .into_bytes();
                    section.extend(bytes);
                    section
                })
                .collect();
            sections.join(&b"\n"[..])
        }
    }
}
