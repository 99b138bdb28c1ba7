//! `par-score council`: the council's tables (summary, one appraisal sheet per
//! unit, discrepancies) written to a workbook, an HTML page, Markdown or CSV files.

use std::path::PathBuf;

use super::Output;
use crate::council::{CouncilFormat, council_tables, render};
use crate::criteria::load_framework;
use crate::error::{Error, Result};
use crate::evidence::{ReadOptions, read_evidence};
use crate::labels::Lang;
use crate::output::write_atomic;
use crate::ranking::rank_in;
use crate::scoring::score_all;

/// Options of `council` (recorded in a seal: see docs/seal.md).
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CouncilOptions {
    /// Evidence files and directories.
    pub paths: Vec<PathBuf>,
    /// `--criteria`: a file or a bundled id.
    pub criteria: Option<String>,
    /// `--out`: the file to write; its extension chooses the format.
    pub out: PathBuf,
    /// `--documents`: the folder of evidence documents (one folder per unit, or one).
    pub documents: Option<PathBuf>,
    /// Label language.
    pub lang: Lang,
    /// `--seal`: write `<out>.seal.json` beside the output.
    #[serde(skip)]
    pub seal: bool,
}

/// The council's files, rendered in memory: paths and bytes, the line that closes
/// the command's report, and the warnings about the input.
pub struct CouncilFiles {
    /// Each file to write and its bytes.
    pub files: Vec<(PathBuf, Vec<u8>)>,
    /// "Số đơn vị: … · Danh sách chênh lệch: …".
    pub counts: String,
    /// Warnings about the input.
    pub warnings: crate::diagnostic::Diagnostics,
}

/// Scores and ranks every unit, then writes the council's tables.
pub fn council(options: &CouncilOptions) -> Result<Output> {
    let rendered = council_files(options)?;
    let mut stdout = String::new();
    for (path, bytes) in &rendered.files {
        write_atomic(path, bytes, &options.paths)?;
        stdout.push_str(&format!("{}: {}\n", options.lang.council().wrote, path.display()));
    }
    if options.seal {
        let seal = super::sealing::write_sealed(&super::sealing::Recipe::Council(options.clone()), &rendered.files, &options.paths)?;
        stdout.push_str(&format!("{}: {}\n", options.lang.council().wrote, seal.display()));
    }
    stdout.push_str(&rendered.counts);
    Ok(Output { stdout: stdout.into_bytes(), warnings: rendered.warnings })
}

/// Renders the council's files without writing them.
pub fn council_files(options: &CouncilOptions) -> Result<CouncilFiles> {
    let format = CouncilFormat::from_path(&options.out)
        .ok_or_else(|| Error::Usage(format!("--out {}: the file name must end in .xlsx, .html, .md or .csv", options.out.display())))?;
    let framework = load_framework(options.criteria.as_deref())?;
    let evidence = read_evidence(&options.paths, &framework, ReadOptions { keep_text: true })?;
    let audit = crate::documents::check_documents(&framework, options.documents.as_deref(), &evidence.files, &evidence.units)?;
    let ranked = rank_in(&framework, score_all(&framework, &evidence)?);
    let mut tables = council_tables(&framework, &evidence.units, &ranked, options.lang);
    if let Some(audit) = &audit {
        crate::council::annotate_documents(&mut tables, &framework, audit, &options.out, options.lang);
    }
    let files = render(&tables, format, &options.out, options.lang)
        .map_err(|source| Error::Workbook { path: options.out.display().to_string(), source })?;
    let labels = options.lang.labels();
    let counts = format!(
        "{}: {} · {}: {}\n",
        labels.units,
        ranked.len(),
        options.lang.council().discrepancies_title,
        tables.discrepancies.rows.len()
    );
    let mut warnings = evidence.warnings;
    warnings.extend(audit.map(|a| a.problems).unwrap_or_default());
    Ok(CouncilFiles { files, counts, warnings })
}
