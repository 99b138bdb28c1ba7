//! `par-score check`: validates a framework and, when given, evidence files, and
//! reports every problem at once; nothing is scored for a report.

use crate::tr;
use std::path::PathBuf;

use super::Output;
use crate::check::check_evidence_with;
use crate::criteria::{Framework, load_framework};
use crate::error::{Error, Result};
use crate::labels::Lang;
use crate::register::read_register;

/// Options of `check`.
#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    /// Evidence files and directories; none checks only the framework.
    pub paths: Vec<PathBuf>,
    /// `--criteria`: a file or a bundled id.
    pub criteria: Option<String>,
    /// `--deny-warnings`: warnings fail the check (exit status 1).
    pub deny_warnings: bool,
    /// Label language.
    pub lang: Lang,
    /// `--documents`: the folder of evidence documents (one folder per unit, or one).
    pub documents: Option<PathBuf>,
    /// `--units`: the units register (formats.md section 6).
    pub units: Option<PathBuf>,
    /// `--responses`: survey responses files (formats.md section 8).
    pub responses: Vec<PathBuf>,
}

/// One line about the framework, e.g. "Bộ chỉ số so-2025: 8 lĩnh vực, 88 tiêu chí
/// thành phần, 3 điểm thưởng/trừ, tối đa 100: hợp lệ".
fn framework_line(framework: &Framework, lang: Lang) -> String {
    let labels = lang.labels();
    format!(
        "{} {}: {} {}, {} {}, {} {}, {} {}: {}\n",
        labels.framework,
        framework.id,
        framework.areas.len(),
        labels.areas.to_lowercase(),
        framework.leaves.len(),
        labels.sub_criteria,
        framework.adjustments.len(),
        labels.adjustment_count,
        labels.max.to_lowercase(),
        crate::i18n::decimal_in(lang, &framework.total_max()),
        labels.valid
    )
}

/// Checks the framework and the evidence: errors give exit status 2, warnings are
/// printed and give 1 only with `--deny-warnings`.
pub fn check(options: &CheckOptions) -> Result<Output> {
    let framework = load_framework(options.criteria.as_deref())?;
    let mut stdout = framework_line(&framework, options.lang);
    if options.paths.is_empty() {
        if !options.responses.is_empty() {
            // The responses are checked against the units of the evidence: never ignored silently.
            return Err(Error::Usage(tr!("commands-check-responses-need-evidence")));
        }
        return Ok(Output { stdout: stdout.into_bytes(), ..Output::default() });
    }
    let register = options.units.as_deref().map(|path| read_register(path, &framework)).transpose()?;
    let report = check_evidence_with(&framework, &options.paths, &options.responses, register.as_ref(), options.documents.as_deref())?;
    if report.problems.has_errors() {
        return Err(Error::Input(report.problems));
    }
    if options.deny_warnings && !report.problems.is_empty() {
        return Err(Error::WarningsDenied(report.problems));
    }
    let labels = options.lang.labels();
    stdout.push_str(&format!(
        "{}: {} {}, {} {}, {} {}: 0 {}, {} {}\n",
        labels.evidence_files,
        report.files,
        labels.files,
        report.units,
        labels.unit_count,
        report.rows,
        labels.rows,
        labels.errors,
        report.problems.warning_count(),
        labels.warnings
    ));
    Ok(Output { stdout: stdout.into_bytes(), warnings: report.problems })
}
