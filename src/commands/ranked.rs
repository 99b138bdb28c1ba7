//! Shared first step of the analysis commands: load the framework, read the
//! evidence, score and rank every unit.

use std::path::{Path, PathBuf};

use crate::criteria::{Framework, load_framework};
use crate::diagnostic::Diagnostics;
use crate::error::Result;
use crate::evidence::ReadOptions;
use crate::ranking::{Ranked, rank_in_blocks};
use crate::register::{Roster, read_register};
use crate::scoring::score_all;

/// A framework, its units scored and ranked, and the warnings about the evidence.
pub(crate) struct RankedRun {
    /// The framework.
    pub framework: Framework,
    /// Units in rank order.
    pub ranked: Vec<Ranked>,
    /// Warnings found while reading.
    pub warnings: Diagnostics,
    /// The document checks, with `--documents`.
    pub audit: Option<crate::documents::Audit>,
    /// Where the units belong (blocks, units that sent nothing), from `--units`.
    pub roster: Roster,
    /// The survey responses, with `--responses` (for the bootstrap).
    pub responses: Option<crate::survey::Responses>,
}

/// Scores and ranks every unit in `paths` with `--criteria`.
/// With `units` (a units register), every registered unit is ranked within its block.
pub(crate) fn score_and_rank(paths: &[PathBuf], responses: &[PathBuf], criteria: Option<&str>, units: Option<&Path>) -> Result<RankedRun> {
    score_and_rank_with(paths, responses, criteria, units, None)
}

/// [`score_and_rank`] with the document checks of `--documents` (warnings added).
pub(crate) fn score_and_rank_with(
    paths: &[PathBuf],
    responses: &[PathBuf],
    criteria: Option<&str>,
    units: Option<&Path>,
    documents: Option<&Path>,
) -> Result<RankedRun> {
    let framework = load_framework(criteria)?;
    let register = units.map(|path| read_register(path, &framework)).transpose()?;
    let options = ReadOptions { keep_text: documents.is_some() };
    let (evidence, responses) = crate::survey::read_inputs_keeping(paths, responses, &framework, options, register.as_ref())?;
    let audit = crate::documents::check_documents(&framework, documents, &evidence.files, &evidence.units)?;
    let ranked = rank_in_blocks(&framework, score_all(&framework, &evidence)?, &evidence.roster);
    let mut warnings = evidence.warnings;
    warnings.extend(audit.as_ref().map(|a| a.problems.clone()).unwrap_or_default());
    Ok(RankedRun { framework, ranked, warnings, audit, roster: evidence.roster, responses })
}
