//! `par-score rank`: batch-ranks every unit found in the given files and directories.

use std::path::PathBuf;

use super::{Output, deliver, render_grid};
use crate::criteria::{Framework, load_framework};
use crate::diagnostic::Diagnostics;
use crate::error::Result;
use crate::evidence::{ReadOptions, read_batch, read_evidence_for};
use crate::labels::Lang;
use crate::ranking::rank_in_blocks;
use crate::register::{Register, Roster, read_register};
use crate::report::{Format, json_text, ranking_csv, ranking_grid, ranking_json};
use crate::scoring::{Tally, UnitTotals, score_all};

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
    /// `--units`: the units register (formats.md section 6).
    pub units: Option<PathBuf>,
}

/// Scores and ranks every unit.
///
/// Rows are read in parallel and scored as they come, keeping only each unit's sums
/// (see [`read_batch`]). Input with any problem is read again by the exact reader,
/// which holds every row and reports each problem with its file, line and column.
pub fn rank(options: &RankOptions) -> Result<Output> {
    let framework = load_framework(options.criteria.as_deref())?;
    let register = options.units.as_deref().map(|path| read_register(path, &framework)).transpose()?;
    // With a register the exact reader matches names to it (a small run: a province's units).
    let batch = if register.is_some() { None } else { read_batch(&options.paths, &framework, || Tally::new(&framework))? };
    let batch = batch
        .and_then(|batch| batch.sink.into_totals(&framework).map(|units| (units, batch.warnings)))
        // One unit typed two ways is ranked as two; the exact reader says where.
        .filter(|(units, _)| !crate::check::names_collide(&units.iter().map(|u| u.name.as_str()).collect::<Vec<_>>()));
    let (units, warnings, roster) = match batch {
        Some((units, warnings)) => (units, warnings, Roster::default()),
        None => exact_totals(options, &framework, register.as_ref())?,
    };
    let ranked = rank_in_blocks(units, &roster);
    let stdout = match options.format {
        Format::Csv => ranking_csv(&framework, &ranked, &roster),
        Format::Json => json_text(&ranking_json(&framework, &ranked, &roster)).into_bytes(),
        format => render_grid(&ranking_grid(&framework, &ranked, &roster, options.lang), format),
    };
    // A national ranking is a few hundred thousand small allocations: they are
    // freed on the thread pool while the output is written (a program that ends
    // right after need not wait for it).
    rayon::spawn(move || drop(ranked));
    let stdout = deliver(stdout, options.out.as_deref(), &options.paths, options.criteria.as_deref())?;
    Ok(Output { stdout, warnings })
}

/// The totals through the exact reader (every row kept, every problem located), with
/// the warnings about unit names that look like one unit typed two ways.
pub fn exact_totals(
    options: &RankOptions,
    framework: &Framework,
    register: Option<&Register>,
) -> Result<(Vec<UnitTotals>, Diagnostics, Roster)> {
    let evidence = read_evidence_for(&options.paths, framework, ReadOptions::default(), register)?;
    let scores = score_all(framework, &evidence)?;
    let mut warnings = evidence.warnings;
    if register.is_none() {
        warnings.extend(crate::check::name_warnings(&evidence.files, &[], &evidence.units));
    }
    warnings.sort();
    Ok((scores.iter().map(|score| UnitTotals::of(framework, score)).collect(), warnings, evidence.roster))
}
