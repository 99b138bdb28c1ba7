//! `par-score council`: the council's tables (summary, one appraisal sheet per
//! unit, discrepancies) written to a workbook, an HTML page, Markdown or CSV files.

use std::path::PathBuf;

use super::Output;
use crate::council::{CouncilFormat, council_tables, render};
use crate::criteria::load_framework;
use crate::error::{Error, Result};
use crate::evidence::{ReadOptions, read_evidence};
use crate::labels::Lang;
use crate::output::{Inputs, write_atomic, write_set};
use crate::ranking::rank;
use crate::scoring::score_all;

/// Options of `council`.
#[derive(Debug, Clone, Default)]
pub struct CouncilOptions {
    /// Evidence files and directories.
    pub paths: Vec<PathBuf>,
    /// `--criteria`: a file or a bundled id.
    pub criteria: Option<String>,
    /// `--out`: the file to write; its extension chooses the format.
    pub out: PathBuf,
    /// Label language.
    pub lang: Lang,
}

/// The manifest written last beside the council's CSV files: `x-manifest.txt` for
/// `--out x.csv` (see [`write_set`]).
fn manifest_path(out: &std::path::Path) -> PathBuf {
    let stem = out.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    out.with_file_name(format!("{stem}-manifest.txt"))
}

/// Scores and ranks every unit, then writes the council's tables.
pub fn council(options: &CouncilOptions) -> Result<Output> {
    let format = CouncilFormat::from_path(&options.out)
        .ok_or_else(|| Error::Usage(format!("--out {}: the file name must end in .xlsx, .html, .md or .csv", options.out.display())))?;
    let framework = load_framework(options.criteria.as_deref())?;
    let evidence = read_evidence(&options.paths, &framework, ReadOptions { keep_text: true })?;
    let ranked = rank(score_all(&framework, &evidence)?);
    let tables = council_tables(&framework, &evidence.units, &ranked, options.lang);
    let files = render(&tables, format, &options.out, options.lang)
        .map_err(|source| Error::Workbook { path: options.out.display().to_string(), source })?;
    let inputs = Inputs::new().paths(&options.paths).spec(options.criteria.as_deref());
    let mut stdout = String::new();
    match files.as_slice() {
        [(path, bytes)] => write_atomic(path, bytes, &inputs)?,
        _ => write_set(&files, &manifest_path(&options.out), &inputs)?,
    }
    for (path, _) in &files {
        let shown = crate::report::inert::terminal_text(&path.display().to_string()).into_owned();
        stdout.push_str(&format!("{}: {shown}\n", options.lang.council().wrote));
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
