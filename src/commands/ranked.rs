//! Shared first step of the analysis commands: load the framework, read the
//! evidence, score and rank every unit.

use std::path::{Path, PathBuf};

use crate::criteria::{Framework, load_framework};
use crate::diagnostic::Diagnostics;
use crate::error::Result;
use crate::evidence::{ReadOptions, read_evidence};
use crate::ranking::{Ranked, rank_in};
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
}

/// Scores and ranks every unit in `paths` with `--criteria`.
pub(crate) fn score_and_rank(paths: &[PathBuf], criteria: Option<&str>) -> Result<RankedRun> {
    score_and_rank_with(paths, criteria, None)
}

/// [`score_and_rank`] with the document checks of `--documents` (warnings added).
pub(crate) fn score_and_rank_with(paths: &[PathBuf], criteria: Option<&str>, documents: Option<&Path>) -> Result<RankedRun> {
    let framework = load_framework(criteria)?;
    let evidence = read_evidence(paths, &framework, ReadOptions { keep_text: documents.is_some() })?;
    let audit = crate::documents::check_documents(&framework, documents, &evidence.files, &evidence.units)?;
    let ranked = rank_in(&framework, score_all(&framework, &evidence)?);
    let mut warnings = evidence.warnings;
    warnings.extend(audit.as_ref().map(|a| a.problems.clone()).unwrap_or_default());
    Ok(RankedRun { framework, ranked, warnings, audit })
}
