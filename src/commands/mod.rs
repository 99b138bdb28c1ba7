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
pub use template::{TemplateOptions, template};
pub use whatif::{WhatIfCommand, whatif};

use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostics;
use crate::labels::Lang;
use crate::report::{Format, Grid};

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
pub(crate) fn deliver(bytes: Vec<u8>, out: Option<&Path>, paths: &[PathBuf], criteria: Option<&str>) -> crate::error::Result<Vec<u8>> {
    let Some(out) = out else { return Ok(bytes) };
    let mut inputs = paths.to_vec();
    inputs.extend(criteria.map(PathBuf::from).filter(|p| p.is_file()));
    crate::output::write_atomic(out, &bytes, &inputs)?;
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
