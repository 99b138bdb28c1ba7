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
use crate::register::Roster;
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
    /// `--units`: the units register (formats.md section 6).
    pub units: Option<PathBuf>,
}

/// Loads one side: a ranking CSV read back exactly, or evidence scored now.
/// `explicit` is the framework the user named for this side, `fallback` the one
/// used to score evidence when none is named.
fn load_side(path: &Path, explicit: Option<&str>, fallback: Option<&str>, units: Option<&Path>) -> Result<(Snapshot, Diagnostics, Roster)> {
    let name = path.display().to_string();
    if path.is_file() {
        let bytes = std::fs::read(path).map_err(|source| Error::Read { path: name.clone(), source })?;
        if is_ranking_csv(&bytes) {
            let mut file = parse_ranking_csv(&bytes, &name)?;
            // A ranking written with a register names each unit's block.
            let mut roster = Roster::default();
            for (row, block) in file.rows.iter().zip(file.blocks.take().unwrap_or_default()) {
                roster.place_in(&row.name, &block);
            }
            let framework = explicit.map(|spec| load_framework(Some(spec))).transpose()?;
            return Ok((Snapshot::from_ranking_file(file, framework.as_ref())?, Diagnostics::new(), roster));
        }
    }
    let run = score_and_rank(&[path.to_path_buf()], &[], explicit.or(fallback), units)?;
    Ok((Snapshot::from_ranked(name, &run.framework, &run.ranked), run.warnings, run.roster))
}

/// Compares two rankings.
pub fn compare(options: &CompareOptions) -> Result<Output> {
    let current_spec = options.criteria.as_deref();
    let (previous, mut warnings, previous_roster) =
        load_side(&options.previous, options.previous_criteria.as_deref(), current_spec, options.units.as_deref())?;
    let (current, more, mut roster) = load_side(&options.current, current_spec, None, options.units.as_deref())?;
    // Blocks come from the current side, else from the previous one (a ranking CSV
    // with a `block` column or a register); a unit neither places is in block "".
    roster.absorb(&previous_roster);
    if roster.has_blocks() {
        for unit in previous.units.iter().chain(&current.units) {
            if roster.placed_block(&unit.name).is_none() {
                roster.place_in(&unit.name, "");
            }
        }
    }
    warnings.extend(more);
    warnings.sort();
    let render = |previous: Snapshot, current: Snapshot| {
        let comparison = compare_snapshots(previous, current);
        match options.format {
            Format::Csv => compare_csv(&comparison),
            Format::Json => json_text(&compare_json(&comparison, options.top)).into_bytes(),
            format => {
                let style = number_style(format, options.lang, comparison.decimals);
                render_grid(&compare_grid(&comparison, options.top, options.lang, &style), format)
            }
        }
    };
    // With a units register each block is compared on its own (ranks are within blocks).
    let stdout = if roster.has_blocks() {
        let mut parts = Vec::new();
        for (block, name) in roster.blocks.iter().enumerate() {
            let keep = |snapshot: &Snapshot| {
                let mut part = snapshot.clone();
                part.units.retain(|unit| roster.block(&unit.name) == block);
                part
            };
            parts.push((name.as_str(), render(keep(&previous), keep(&current))));
        }
        super::join_blocks(parts, options.format)
    } else {
        render(previous, current)
    };
    Ok(Output { stdout, warnings })
}
