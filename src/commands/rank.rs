//! `par-score rank`: batch-ranks every unit found in the given files and directories.

use std::path::PathBuf;

use super::{Output, deliver, render_grid};
use crate::criteria::{Framework, load_framework};
use crate::diagnostic::Diagnostics;
use crate::error::Error;
use crate::error::Result;
use crate::evidence::{ReadOptions, read_batch};
use crate::labels::Lang;
use crate::ranking::rank as rank_units;
use crate::report::{Format, json_text, ranking_csv, ranking_grid, ranking_json};
use crate::scoring::{Tally, UnitTotals, score_all};
use crate::survey::{SurveyValues, read_responses};
use std::collections::HashSet;
use std::sync::Arc;

/// Options of `rank`.
#[derive(Debug, Clone, Default)]
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
}

/// Scores and ranks every unit.
///
/// Rows are read in parallel and scored as they come, keeping only each unit's sums
/// (see [`read_batch`]). Input with any problem is read again by the exact reader,
/// which holds every row and reports each problem with its file, line and column.
pub fn rank(options: &RankOptions) -> Result<Output> {
    let framework = load_framework(options.criteria.as_deref())?;
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
    let batch = read_batch(&options.paths, &framework, new_tally)?
        .filter(|_| survey_ok)
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
    let (units, warnings) = match batch {
        Some(found) => found,
        None => exact_totals(options, &framework)?,
    };
    let ranked = rank_units(units);
    let stdout = match options.format {
        Format::Csv => ranking_csv(&framework, &ranked),
        Format::Json => json_text(&ranking_json(&framework, &ranked)).into_bytes(),
        format => render_grid(&ranking_grid(&framework, &ranked, options.lang), format),
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
pub fn exact_totals(options: &RankOptions, framework: &Framework) -> Result<(Vec<UnitTotals>, Diagnostics)> {
    let evidence = crate::survey::read_inputs(&options.paths, &options.responses, framework, ReadOptions::default())?;
    let scores = score_all(framework, &evidence)?;
    let mut warnings = evidence.warnings;
    warnings.extend(crate::check::name_warnings(&evidence.files, &[], &evidence.units));
    warnings.sort();
    Ok((scores.iter().map(|score| UnitTotals::of(framework, score)).collect(), warnings))
}
