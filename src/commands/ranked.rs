//! Shared first step of the analysis commands: load the framework, read the
//! evidence, score and rank every unit.

use std::path::PathBuf;

use crate::criteria::{Framework, load_framework};
use crate::diagnostic::Diagnostics;
use crate::error::Result;
use crate::evidence::ReadOptions;
use crate::ranking::{Ranked, rank};
use crate::scoring::score_all;

/// A framework, its units scored and ranked, and the warnings about the evidence.
pub(crate) struct RankedRun {
    /// The framework.
    pub framework: Framework,
    /// Units in rank order.
    pub ranked: Vec<Ranked>,
    /// Warnings found while reading.
    pub warnings: Diagnostics,
}

/// Scores and ranks every unit in `paths` with `--criteria`.
pub(crate) fn score_and_rank(paths: &[PathBuf], responses: &[PathBuf], criteria: Option<&str>) -> Result<RankedRun> {
    let framework = load_framework(criteria)?;
    let evidence = crate::survey::read_inputs(paths, responses, &framework, ReadOptions::default())?;
    let ranked = rank(score_all(&framework, &evidence)?);
    Ok(RankedRun { framework, ranked, warnings: evidence.warnings })
}
