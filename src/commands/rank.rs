//! `par-score rank`: batch-ranks every unit found in the given files and directories.

use std::path::PathBuf;

use super::{Output, deliver, render_grid};
use crate::criteria::load_framework;
use crate::error::Result;
use crate::evidence::{ReadOptions, read_evidence};
use crate::labels::Lang;
use crate::ranking::rank as rank_units;
use crate::report::{Format, json_text, ranking_csv, ranking_grid, ranking_json};
use crate::scoring::score_all;

/// Options of `rank`.
#[derive(Debug, Clone, Default)]
pub struct RankOptions {
    /// Evidence files and directories.
    pub paths: Vec<PathBuf>,
    /// `--criteria`: a file or a bundled id.
    pub criteria: Option<String>,
    /// Output format.
    pub format: Format,
    /// Label language.
    pub lang: Lang,
    /// `--out`: write to this file instead of standard output.
    pub out: Option<PathBuf>,
}

/// Scores and ranks every unit.
pub fn rank(options: &RankOptions) -> Result<Output> {
    let framework = load_framework(options.criteria.as_deref())?;
    let evidence = read_evidence(&options.paths, &framework, ReadOptions::default())?;
    let ranked = rank_units(score_all(&framework, &evidence)?);
    let stdout = match options.format {
        Format::Csv => ranking_csv(&framework, &ranked),
        Format::Json => json_text(&ranking_json(&framework, &ranked)).into_bytes(),
        format => render_grid(&ranking_grid(&framework, &ranked, options.lang), format),
    };
    let stdout = deliver(stdout, options.out.as_deref(), &options.paths, options.criteria.as_deref())?;
    // One unit typed two ways is ranked as two: say so.
    let mut warnings = evidence.warnings;
    warnings.extend(crate::check::name_warnings(&evidence.files, &[], &evidence.units));
    warnings.sort();
    Ok(Output { stdout, warnings })
}
