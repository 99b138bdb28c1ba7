//! `par-score report`: one self-contained HTML file with the ranking, charts, the
//! province's weakest sub-criteria and a page per unit.

use std::path::PathBuf;

use super::Output;
use super::ranked::score_and_rank_with;
use crate::error::Result;
use crate::labels::Lang;
use crate::output::{Inputs, write_atomic};
use crate::report::{ReportDocuments, SurveySpread, html_report_with_documents};

/// Options of `report` (recorded in a seal: see docs/seal.md).
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ReportOptions {
    /// Evidence files and directories.
    pub paths: Vec<PathBuf>,
    /// `--responses`: survey responses files (formats.md section 8).
    pub responses: Vec<PathBuf>,
    /// `--criteria`: a file or a bundled id.
    pub criteria: Option<String>,
    /// `--out`: the HTML file to write (standard output when absent).
    pub out: Option<PathBuf>,
    /// `--documents`: the folder of evidence documents (one folder per unit, or one).
    pub documents: Option<PathBuf>,
    /// Label language.
    pub lang: Lang,
    /// `--seal`: write `<out>.seal.json` beside the output.
    #[serde(skip)]
    pub seal: bool,
    /// `--units`: the units register (formats.md section 6).
    pub units: Option<PathBuf>,
    /// `--samples`: bootstrap samples of the survey's intervals (with `--responses`;
    /// 0: none). A seal written before the option existed reads 1000, its default.
    #[serde(default = "super::default_samples")]
    pub samples: u32,
    /// `--seed`: seed of the bootstrap.
    #[serde(default = "super::default_seed")]
    pub seed: u64,
}

/// Renders the report, to `--out` or standard output.
pub fn report(options: &ReportOptions) -> Result<Output> {
    let (html, warnings) = report_html(options)?;
    let inputs =
        Inputs::new().paths(&options.paths).paths(&options.responses).spec(options.criteria.as_deref()).path(options.units.as_deref());
    if options.seal {
        let out = super::sealing::sealed_out(options.out.as_deref())?;
        let files = vec![(out.to_path_buf(), html.into_bytes())];
        write_atomic(out, &files[0].1, &inputs)?;
        super::sealing::write_sealed(&super::sealing::Recipe::Report(options.clone()), &files, &inputs)?;
        return Ok(Output { stdout: Vec::new(), warnings });
    }
    let stdout = match &options.out {
        Some(path) => {
            write_atomic(path, html.as_bytes(), &inputs)?;
            let shown = crate::report::inert::terminal_text(&path.display().to_string()).into_owned();
            format!("{}: {shown}\n", options.lang.council().wrote).into_bytes()
        }
        None => html.into_bytes(),
    };
    Ok(Output { stdout, warnings })
}

/// The report's HTML, rendered in memory, and the warnings about the input.
pub fn report_html(options: &ReportOptions) -> Result<(String, crate::diagnostic::Diagnostics)> {
    let run = score_and_rank_with(
        &options.paths,
        &options.responses,
        options.criteria.as_deref(),
        options.units.as_deref(),
        options.documents.as_deref(),
    )?;
    let here = std::env::current_dir().unwrap_or_default();
    let out_directory = options.out.as_ref().and_then(|out| here.join(out).parent().map(std::path::Path::to_path_buf)).unwrap_or(here);
    let documents = run.audit.as_ref().map(|audit| ReportDocuments { audit, out_directory });
    // With survey responses, each unit's bootstrap intervals, within its block.
    let spread = run.responses.as_ref().map(|responses| SurveySpread {
        intervals: crate::survey::bootstrap_ranked(&run.framework, responses, &run.ranked, options.samples, options.seed),
        samples: options.samples,
        seed: options.seed,
    });
    let html = html_report_with_documents(&run.framework, &run.ranked, options.lang, &run.roster, documents.as_ref(), spread.as_ref());
    Ok((html, run.warnings))
}
