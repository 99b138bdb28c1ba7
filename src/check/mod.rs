//! `check`: validates evidence against a framework without scoring it for a report,
//! and collects every error and warning of every file at once.

mod warnings;

use std::path::{Path, PathBuf};

use crate::criteria::Framework;
use crate::diagnostic::{Diagnostic, Diagnostics, Location};
use crate::error::Result;
use crate::evidence::{ReadOptions, gather_evidence};
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
pub fn check_evidence(framework: &Framework, paths: &[PathBuf]) -> Result<CheckReport> {
    check_evidence_with(framework, paths, None)
}

/// [`check_evidence`] with the document checks of `--documents` (see
/// [`crate::documents::audit`]): their errors and warnings are listed with the rest.
pub fn check_evidence_with(framework: &Framework, paths: &[PathBuf], documents: Option<&Path>) -> Result<CheckReport> {
    let gathered = gather_evidence(paths, framework, ReadOptions { keep_text: true })?;
    let mut problems = gathered.problems.clone();
    for unit in &gathered.units {
        match score_unit(framework, unit) {
            Ok(score) => problems.extend(unit_warnings(framework, &gathered, unit, &score)),
            Err(error) => {
                let first = unit.leaves.iter().chain(&unit.adjustments).flatten().map(|e| e.origin).min();
                let location = first.map_or_else(
                    || Location::file(gathered.files.first().map_or("", String::as_str)),
                    |origin| Location::line(&gathered.files[origin.file as usize], origin.line),
                );
                problems.push(Diagnostic::error(location, error.to_string()).expected("at least one criterion that applies to the unit"));
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
    Ok(CheckReport {
        files: gathered.files.len(),
        units: gathered.units.len(),
        rows: gathered.units.iter().map(|u| u.row_count()).sum(),
        problems,
    })
}
