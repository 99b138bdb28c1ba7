//! `par-score rank`: batch-ranks every unit found in the given files and directories.

use std::path::PathBuf;

use super::{Output, deliver, render_grid_for};
use crate::criteria::{Framework, load_framework};
use crate::diagnostic::Diagnostics;
use crate::error::Result;
use crate::evidence::{ReadOptions, read_batch, read_evidence};
use crate::labels::Lang;
use crate::ranking::rank_in;
use crate::report::{Format, json_text, ranking_csv, ranking_grid, ranking_json};
use crate::scoring::{Tally, UnitTotals, score_all};

/// Options of `rank` (recorded in a seal: see docs/seal.md).
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
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
    /// `--documents`: the folder of evidence documents (one folder per unit, or one).
    pub documents: Option<PathBuf>,
    /// `--seal`: write `<out>.seal.json` beside the output.
    #[serde(skip)]
    pub seal: bool,
}

/// Scores and ranks every unit.
///
/// Rows are read in parallel and scored as they come, keeping only each unit's sums
/// (see [`read_batch`]). Input with any problem is read again by the exact reader,
/// which holds every row and reports each problem with its file, line and column.
pub fn rank(options: &RankOptions) -> Result<Output> {
    let (stdout, warnings) = rank_bytes(options)?;
    if options.seal {
        let out = super::sealing::sealed_out(options.out.as_deref())?;
        deliver(stdout.clone(), Some(out), &options.paths, options.criteria.as_deref())?;
        let files = vec![(out.to_path_buf(), stdout)];
        super::sealing::write_sealed(&super::sealing::Recipe::Rank(options.clone()), &files, &options.paths)?;
        return Ok(Output { stdout: Vec::new(), warnings });
    }
    let stdout = deliver(stdout, options.out.as_deref(), &options.paths, options.criteria.as_deref())?;
    Ok(Output { stdout, warnings })
}

/// The ranking's bytes in the chosen format, and the warnings about the input.
pub fn rank_bytes(options: &RankOptions) -> Result<(Vec<u8>, Diagnostics)> {
    let framework = load_framework(options.criteria.as_deref())?;
    // Document checks need every evidence cell's text: only the exact reader keeps it.
    let batch = if options.documents.is_some() {
        None
    } else {
        read_batch(&options.paths, &framework, || Tally::new(&framework))?
            .and_then(|batch| batch.sink.into_totals(&framework).map(|units| (units, batch.warnings)))
            // One unit typed two ways is ranked as two; the exact reader says where.
            .filter(|(units, _)| !crate::check::names_collide(&units.iter().map(|u| u.name.as_str()).collect::<Vec<_>>()))
    };
    let (units, warnings) = match batch {
        Some(found) => found,
        None => exact_totals(options, &framework)?,
    };
    let ranked = rank_in(&framework, units);
    let stdout = match options.format {
        Format::Csv => ranking_csv(&framework, &ranked),
        Format::Json => json_text(&ranking_json(&framework, &ranked)).into_bytes(),
        format => render_grid_for(&ranking_grid(&framework, &ranked, options.lang), format, options.out.as_deref()),
    };
    // A national ranking is a few hundred thousand small allocations: they are
    // freed on the thread pool while the output is written (a program that ends
    // right after need not wait for it).
    rayon::spawn(move || drop(ranked));
    Ok((stdout, warnings))
}

/// The totals through the exact reader (every row kept, every problem located), with
/// the warnings about unit names that look like one unit typed two ways.
pub fn exact_totals(options: &RankOptions, framework: &Framework) -> Result<(Vec<UnitTotals>, Diagnostics)> {
    let keep_text = options.documents.is_some();
    let evidence = read_evidence(&options.paths, framework, ReadOptions { keep_text })?;
    let audit = crate::documents::check_documents(framework, options.documents.as_deref(), &evidence.files, &evidence.units)?;
    let scores = score_all(framework, &evidence)?;
    let mut warnings = evidence.warnings;
    warnings.extend(audit.map(|a| a.problems).unwrap_or_default());
    warnings.extend(crate::check::name_warnings(&evidence.files, &[], &evidence.units));
    warnings.sort();
    Ok((scores.iter().map(|score| UnitTotals::of(framework, score)).collect(), warnings))
}
