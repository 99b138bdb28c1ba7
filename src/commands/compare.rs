//! `par-score compare PREVIOUS CURRENT`: two years side by side; each side is a
//! ranking CSV (`rank --format csv`) or evidence scored with its framework.

use std::path::{Path, PathBuf};

use super::ranked::score_and_rank;
use super::{Output, number_style, render_grid};
use crate::analysis::{Snapshot, compare as compare_snapshots, is_ranking_csv, parse_ranking_csv};
use crate::criteria::load_framework;
use crate::diagnostic::Diagnostics;
use crate::error::{Error, Result};
use crate::labels::Lang;
use crate::report::{Format, compare_csv, compare_grid, compare_json, json_text};

/// Options of `compare`.
#[derive(Debug, Clone, Default)]
pub struct CompareOptions {
    /// The previous year: a ranking CSV, or an evidence file or directory.
    pub previous: PathBuf,
    /// The current year: a ranking CSV, or an evidence file or directory.
    pub current: PathBuf,
    /// `--criteria`: the current year's framework.
    pub criteria: Option<String>,
    /// `--previous-criteria`: the previous year's framework (default: `--criteria`
    /// for evidence; for a ranking CSV, only when given).
    pub previous_criteria: Option<String>,
    /// How many climbers and fallers to name.
    pub top: usize,
    /// Output format.
    pub format: Format,
    /// Label language.
    pub lang: Lang,
}

/// Loads one side: a ranking CSV read back exactly, or evidence scored now.
/// `explicit` is the framework the user named for this side, `fallback` the one
/// used to score evidence when none is named.
fn load_side(path: &Path, explicit: Option<&str>, fallback: Option<&str>) -> Result<(Snapshot, Diagnostics)> {
    let name = path.display().to_string();
    if path.is_file() {
        let bytes = std::fs::read(path).map_err(|source| Error::Read { path: name.clone(), source })?;
        if is_ranking_csv(&bytes) {
            let file = parse_ranking_csv(&bytes, &name)?;
            let framework = explicit.map(|spec| load_framework(Some(spec))).transpose()?;
            return Ok((Snapshot::from_ranking_file(file, framework.as_ref())?, Diagnostics::new()));
        }
    }
    let run = score_and_rank(&[path.to_path_buf()], &[], explicit.or(fallback))?;
    Ok((Snapshot::from_ranked(name, &run.framework, &run.ranked), run.warnings))
}

/// Compares two rankings.
pub fn compare(options: &CompareOptions) -> Result<Output> {
    let current_spec = options.criteria.as_deref();
    let (previous, mut warnings) = load_side(&options.previous, options.previous_criteria.as_deref(), current_spec)?;
    let (current, more) = load_side(&options.current, current_spec, None)?;
    warnings.extend(more);
    warnings.sort();
    let comparison = compare_snapshots(previous, current);
    let stdout = match options.format {
        Format::Csv => compare_csv(&comparison),
        Format::Json => json_text(&compare_json(&comparison, options.top)).into_bytes(),
        format => {
            let style = number_style(format, options.lang, comparison.decimals);
            render_grid(&compare_grid(&comparison, options.top, options.lang, &style), format)
        }
    };
    Ok(Output { stdout, warnings })
}
