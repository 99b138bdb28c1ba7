//! `par-score report`: one self-contained HTML file with the ranking, charts, the
//! province's weakest sub-criteria and a page per unit.

use std::path::PathBuf;

use super::Output;
use super::ranked::score_and_rank;
use crate::error::Result;
use crate::labels::Lang;
use crate::output::write_atomic;
use crate::report::html_report;

/// Options of `report`.
#[derive(Debug, Clone, Default)]
pub struct ReportOptions {
    /// Evidence files and directories.
    pub paths: Vec<PathBuf>,
    /// `--criteria`: a file or a bundled id.
    pub criteria: Option<String>,
    /// `--out`: the HTML file to write (standard output when absent).
    pub out: Option<PathBuf>,
    /// Label language.
    pub lang: Lang,
}

/// Renders the report, to `--out` or standard output.
pub fn report(options: &ReportOptions) -> Result<Output> {
    let run = score_and_rank(&options.paths, options.criteria.as_deref())?;
    let html = html_report(&run.framework, &run.ranked, options.lang);
    let stdout = match &options.out {
        Some(path) => {
            write_atomic(path, html.as_bytes(), &options.paths)?;
            format!("{}: {}\n", options.lang.council().wrote, path.display()).into_bytes()
        }
        None => html.into_bytes(),
    };
    Ok(Output { stdout, warnings: run.warnings })
}
