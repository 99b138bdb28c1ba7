//! `check`: validates evidence against a framework without scoring it for a report,
//! and collects every error and warning of every file at once.

mod warnings;

use std::path::{Path, PathBuf};

use crate::criteria::Framework;
use crate::diagnostic::{Diagnostic, Diagnostics, Location};
use crate::error::Result;
use crate::evidence::{ReadOptions, gather_evidence, match_units};
use crate::register::Register;
use crate::scoring::score_unit;

pub use warnings::{name_key, name_warnings, names_collide, run_warnings, unit_warnings};

/// What `check` found in a run's evidence.
#[derive(Debug)]
pub struct CheckReport {
    /// Number of evidence files read.
    pub files: usize,
    /// Number of units found.
    pub units: usize,
    /// Number of rows kept (rows with errors are not counted).
    pub rows: usize,
    /// Every error and warning, sorted by file, line and column.
    pub problems: Diagnostics,
}

/// Reads every evidence file of `paths` against `framework` and reports all errors
/// and warnings together: reading errors, units with nothing applicable, and the
/// warnings of [`unit_warnings`] and [`run_warnings`].
pub fn check_evidence(framework: &Framework, paths: &[PathBuf], register: Option<&Register>) -> Result<CheckReport> {
    check_evidence_with(framework, paths, &[], register, None)
}

/// [`check_evidence`] with the document checks of `--documents` (see
/// [`crate::documents::audit`]): their errors and warnings are listed with the rest.
/// With `responses` (survey responses files) their problems are listed too, and the
/// survey values join the units' evidence as in a scoring run.
pub fn check_evidence_with(
    framework: &Framework,
    paths: &[PathBuf],
    responses: &[PathBuf],
    register: Option<&Register>,
    documents: Option<&Path>,
) -> Result<CheckReport> {
    let mut gathered = gather_evidence(paths, framework, ReadOptions { keep_text: true })?;
    let mut problems = gathered.problems.clone();
    let (units, _, matching) = match_units(std::mem::take(&mut gathered.units), &gathered.files, framework, register);
    gathered.units = units;
    problems.extend(matching);
    // The counts are of the evidence; survey values join the units afterwards.
    let (evidence_files, evidence_rows) = (gathered.files.len(), gathered.units.iter().map(|u| u.row_count()).sum());
    if !responses.is_empty() {
        problems.extend(merge_responses(&mut gathered, framework, responses, register)?);
    }
    for unit in &gathered.units {
        match score_unit(framework, unit) {
            Ok(score) => problems.extend(unit_warnings(framework, &gathered, unit, &score)),
            Err(error) => {
                let first = unit.leaves.iter().chain(&unit.adjustments).flatten().map(|e| e.origin).min();
                let location = first.map_or_else(
                    || Location::file(gathered.files.first().map_or("", String::as_str)),
                    |origin| Location::line(&gathered.files[origin.file as usize], origin.line),
                );
                problems
                    .push(Diagnostic::error(location, error.to_string()).expected(crate::tr!("check-no-applicable-criterion-expected")));
            }
        }
    }
    problems.extend(warnings::run_warnings(&gathered));
    if let Some(root) = documents {
        let folder = crate::documents::DocumentsFolder::open(root)?;
        let places = crate::documents::Places { files: &gathered.files, columns: &gathered.columns };
        problems.extend(crate::documents::audit(framework, &folder, &places, &gathered.units)?.problems);
    }
    problems.sort();
    Ok(CheckReport { files: evidence_files, units: gathered.units.len(), rows: evidence_rows, problems })
}

/// Reads the survey responses of a run and merges their values into the gathered
/// units as [`crate::survey::read_inputs`] does; returns the responses' problems and
/// the survey units found neither in the register nor (without one) in the evidence.
fn merge_responses(
    gathered: &mut crate::evidence::Gathered,
    framework: &Framework,
    responses: &[PathBuf],
    register: Option<&Register>,
) -> Result<Diagnostics> {
    let (mut survey, mut problems) = crate::survey::gather_responses(responses, framework)?;
    if let Some(register) = register {
        problems.extend(survey.use_register_names(register));
    }
    let known: std::collections::HashSet<&str> = match register {
        Some(register) => register.units.iter().map(|u| u.name.as_str()).collect(),
        None => gathered.units.iter().map(|u| u.name.as_str()).collect(),
    };
    problems.extend(survey.check_units(&known, register.is_some()));
    let offset = gathered.files.len() as u32;
    gathered.files.extend(survey.files.iter().cloned());
    gathered.columns.extend(survey.files.iter().map(|_| None));
    let values = crate::survey::SurveyValues::new(framework, survey, offset);
    for unit in &mut gathered.units {
        for &leaf in values.leaves() {
            let (mean, origin) = values.mean(&unit.name, leaf);
            unit.leaves[leaf] = crate::survey::merge_entry(unit.leaves[leaf].take(), mean, origin);
        }
    }
    Ok(problems)
}
