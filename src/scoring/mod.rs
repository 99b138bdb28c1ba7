//! Scoring: rules turn values into points, points add up to criteria, areas,
//! totals and the index of each unit.

mod rules;
mod tally;
mod totals;
mod unit;

#[cfg(test)]
mod tests;

pub use rules::{adjustment_points, rule_points};
pub use tally::Tally;
pub use totals::{Figures, Sums, UnitTotals, index_and_grade};
pub use unit::{
    LeafScore, NothingApplicable, Status, UnitScore, grade_cap_met, leaf_points, score_adjustment, score_leaf, score_unit, total,
};

use crate::criteria::Framework;
use crate::diagnostic::{Diagnostic, Diagnostics, Location};
use crate::error::{Error, Result};
use crate::evidence::{Evidence, UnitEvidence};

/// Scores every unit of the evidence; units with nothing applicable are reported
/// together, at the first row of each.
pub fn score_all(framework: &Framework, evidence: &Evidence) -> Result<Vec<UnitScore>> {
    score_units(framework, &evidence.files, evidence.units.iter())
}

/// Scores the given units of a run whose files are `files`.
pub fn score_units<'e>(framework: &Framework, files: &[String], units: impl Iterator<Item = &'e UnitEvidence>) -> Result<Vec<UnitScore>> {
    let mut scores = Vec::new();
    let mut problems = Diagnostics::new();
    for unit in units {
        match score_unit(framework, unit) {
            Ok(score) => scores.push(score),
            Err(error) => {
                let first = unit.leaves.iter().chain(&unit.adjustments).flatten().map(|e| e.origin).min();
                let location = match first {
                    Some(origin) => Location::line(&files[origin.file as usize], origin.line),
                    None => Location::file(files.first().map_or("", String::as_str)),
                };
                problems.push(Diagnostic::error(location, error.to_string()).expected("at least one criterion that applies to the unit"));
            }
        }
    }
    problems.sort();
    if problems.has_errors() {
        return Err(Error::Input(problems));
    }
    Ok(scores)
}
