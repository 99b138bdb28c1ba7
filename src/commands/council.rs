//! `par-score council`: the council's tables (summary, one appraisal sheet per
//! unit, discrepancies) written to a workbook, an HTML page, Markdown or CSV files.

use std::path::PathBuf;

use super::Output;
use crate::council::{CouncilFormat, council_tables, render};
use crate::criteria::load_framework;
use crate::error::{Error, Result};
use crate::evidence::ReadOptions;
use crate::labels::Lang;
use crate::output::write_atomic;
use crate::ranking::rank;
use crate::scoring::score_all;

/// Options of `council`.
#[derive(Debug, Clone, Default)]
pub struct CouncilOptions {
    /// Evidence files and directories.
    pub paths: Vec<PathBuf>,
    /// `--responses`: survey responses files (formats.md section 8).
    pub responses: Vec<PathBuf>,
    /// `--criteria`: a file or a bundled id.
    pub criteria: Option<String>,
    /// `--out`: the file to write; its extension chooses the format.
    pub out: PathBuf,
    /// Label language.
    pub lang: Lang,
}

/// Scores and ranks every unit, then writes the council's tables.
pub fn council(options: &CouncilOptions) -> Result<Output> {
    let format = CouncilFormat::from_path(&options.out)
        .ok_or_else(|| Error::Usage(format!("--out {}: the file name must end in .xlsx, .html, .md or .csv", options.out.display())))?;
    let framework = load_framework(options.criteria.as_deref())?;
    let evidence = crate::survey::read_inputs(&options.paths, &options.responses, &framework, ReadOptions { keep_text: true })?;
    let ranked = rank(score_all(&framework, &evidence)?);
    let tables = council_tables(&framework, &evidence.units, &ranked, options.lang);
    let files = render(&tables, format, &options.out, options.lang)
        .map_err(|source| Error::Workbook { path: options.out.display().to_string(), source })?;
    let mut stdout = String::new();
    for (path, bytes) in &files {
        write_atomic(path, bytes, &options.paths)?;
        stdout.push_str(&format!("{}: {}\n", options.lang.council().wrote, path.display()));
    }
    let labels = options.lang.labels();
    stdout.push_str(&format!(
        "{}: {} · {}: {}\n",
        labels.units,
        ranked.len(),
        options.lang.council().discrepancies_title,
        tables.discrepancies.rows.len()
    ));
    Ok(Output { stdout: stdout.into_bytes(), warnings: evidence.warnings })
}
