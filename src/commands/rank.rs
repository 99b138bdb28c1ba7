//! `par-score rank`: batch-ranks every unit found in the given files and directories.

use std::path::PathBuf;

use super::{Output, deliver, render_grid_for};
use crate::criteria::{Framework, load_framework};
use crate::diagnostic::Diagnostics;
use crate::error::Error;
use crate::error::Result;
use crate::evidence::{ReadOptions, read_batch};
use crate::labels::Lang;
use crate::output::Inputs;
use crate::ranking::rank_in_blocks;
use crate::register::{Register, Roster, read_register};
use crate::report::{Format, json_text, ranking_csv, ranking_grid, ranking_json};
use crate::scoring::{Tally, UnitTotals, score_all};
use crate::survey::{SurveyValues, read_responses};
use std::collections::HashSet;
use std::sync::Arc;

/// Options of `rank` (recorded in a seal: see docs/seal.md).
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RankOptions {
    /// Evidence files and directories.
    pub paths: Vec<PathBuf>,
    /// `--responses`: survey responses files (formats.md section 8).
    pub responses: Vec<PathBuf>,
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
    /// `--units`: the units register (formats.md section 6).
    pub units: Option<PathBuf>,
}

/// Scores and ranks every unit.
///
/// Rows are read in parallel and scored as they come, keeping only each unit's sums
/// (see [`read_batch`]). Input with any problem is read again by the exact reader,
/// which holds every row and reports each problem with its file, line and column.
pub fn rank(options: &RankOptions) -> Result<Output> {
    let (stdout, warnings) = rank_bytes(options)?;
    let inputs =
        Inputs::new().paths(&options.paths).paths(&options.responses).spec(options.criteria.as_deref()).path(options.units.as_deref());
    if options.seal {
        let out = super::sealing::sealed_out(options.out.as_deref())?;
        deliver(stdout.clone(), Some(out), &inputs)?;
        let files = vec![(out.to_path_buf(), stdout)];
        super::sealing::write_sealed(&super::sealing::Recipe::Rank(options.clone()), &files, &inputs)?;
        return Ok(Output { stdout: Vec::new(), warnings });
    }
    let stdout = deliver(stdout, options.out.as_deref(), &inputs)?;
    Ok(Output { stdout, warnings })
}

/// The ranking's bytes in the chosen format, and the warnings about the input.
pub fn rank_bytes(options: &RankOptions) -> Result<(Vec<u8>, Diagnostics)> {
    let framework = load_framework(options.criteria.as_deref())?;
    let register = options.units.as_deref().map(|path| read_register(path, &framework)).transpose()?;
    // Survey values first: each evidence row of a leaf scored by questions meets its
    // unit's value as it is added.
    let survey = match options.responses.is_empty() {
        true => None,
        false => match read_responses(&options.responses, &framework) {
            Ok(responses) => Some(Arc::new(SurveyValues::new(&framework, responses, 0))),
            // The exact reader reports these with the evidence's own problems.
            Err(Error::Input(_)) => None,
            Err(error) => return Err(error),
        },
    };
    let survey_ok = options.responses.is_empty() || survey.is_some();
    let new_tally = || match &survey {
        Some(values) => Tally::with_survey(&framework, values.clone()),
        None => Tally::new(&framework),
    };
    // With a register the exact reader matches names to it (a small run: a province's
    // units); document checks need every evidence cell's text, which only it keeps.
    let batch = if register.is_some() || options.documents.is_some() || !survey_ok {
        None
    } else {
        read_batch(&options.paths, &framework, new_tally)?
    };
    let batch = batch
        .and_then(|batch| {
            if let Some(values) = &survey {
                let names: HashSet<&str> = batch.sink.names().collect();
                if values.check_units(&names).is_err() {
                    return None;
                }
            }
            batch.sink.into_totals(&framework).map(|units| (units, batch.warnings))
        })
        // One unit typed two ways is ranked as two; the exact reader says where.
        .filter(|(units, _)| !crate::check::names_collide(&units.iter().map(|u| u.name.as_str()).collect::<Vec<_>>()));
    let (units, warnings, roster) = match batch {
        Some((units, warnings)) => (units, warnings, Roster::default()),
        None => exact_totals(options, &framework, register.as_ref())?,
    };
    let ranked = rank_in_blocks(&framework, units, &roster);
    let stdout = match options.format {
        Format::Csv => ranking_csv(&framework, &ranked, &roster),
        Format::Json => json_text(&ranking_json(&framework, &ranked, &roster)).into_bytes(),
        format => render_grid_for(&ranking_grid(&framework, &ranked, &roster, options.lang), format, options.out.as_deref()),
    };
    // A national ranking is a few hundred thousand small allocations: they are
    // freed on the thread pool while the output is written (a program that ends
    // right after need not wait for it).
    rayon::spawn(move || drop(ranked));
    Ok((stdout, warnings))
}

/// The totals through the exact reader (every row kept, every problem located), with
/// the warnings about unit names that look like one unit typed two ways.
pub fn exact_totals(
    options: &RankOptions,
    framework: &Framework,
    register: Option<&Register>,
) -> Result<(Vec<UnitTotals>, Diagnostics, Roster)> {
    let keep_text = options.documents.is_some();
    let evidence = crate::survey::read_inputs(&options.paths, &options.responses, framework, ReadOptions { keep_text }, register)?;
    let audit = crate::documents::check_documents(framework, options.documents.as_deref(), &evidence.files, &evidence.units)?;
    let scores = score_all(framework, &evidence)?;
    let mut warnings = evidence.warnings;
    warnings.extend(audit.map(|a| a.problems).unwrap_or_default());
    if register.is_none() {
        warnings.extend(crate::check::name_warnings(&evidence.files, &[], &evidence.units));
    }
    warnings.sort();
    Ok((scores.iter().map(|score| UnitTotals::of(framework, score)).collect(), warnings, evidence.roster))
}
