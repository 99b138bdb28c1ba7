//! `par-score template`: a blank evidence sheet for a framework, as a workbook
//! (dropdowns, protected ids) or CSV.

use crate::tr;
use std::path::PathBuf;

use super::Output;
use crate::criteria::load_framework;
use crate::error::{Error, Result};
use crate::labels::Lang;
use crate::output::{Existing, Inputs, write_checked};
use crate::report::template::template_csv;
use crate::report::xlsx::template::template_xlsx;
use crate::text::normalize_name;

/// Options of `template`.
#[derive(Debug, Clone, Default)]
pub struct TemplateOptions {
    /// `--criteria`: a file or a bundled id.
    pub criteria: Option<String>,
    /// `--unit`: the unit's name, filled in on every row.
    pub unit: Option<String>,
    /// `--out`: `.xlsx` or `.csv`.
    pub out: PathBuf,
    /// `--force`: replace an existing `--out` (never one holding evidence rows).
    pub force: bool,
    /// Label language.
    pub lang: Lang,
}

/// Writes the template.
pub fn template(options: &TemplateOptions) -> Result<Output> {
    let extension = options.out.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).unwrap_or_default();
    let framework = load_framework(options.criteria.as_deref())?;
    let unit = options.unit.as_deref().map(normalize_name).filter(|u| !u.is_empty());
    let bytes = match extension.as_str() {
        "xlsx" => template_xlsx(&framework, unit.as_deref(), options.lang)
            .map_err(|source| Error::Workbook { path: options.out.display().to_string(), source })?,
        "csv" => template_csv(&framework, unit.as_deref(), options.lang),
        _ => return Err(Error::Usage(tr!("commands-template-out-extension", out = options.out.display()))),
    };
    let inputs = Inputs::new().spec(options.criteria.as_deref());
    let existing = if options.force { Existing::Replace } else { Existing::Refuse };
    write_checked(&options.out, &bytes, &inputs, existing)?;
    let (leaves, adjustments) = (framework.leaves.len(), framework.adjustments.len());
    let rows = leaves + adjustments;
    let about = tr!("commands-template-about", id = framework.id, rows = rows, leaves = leaves, adjustments = adjustments);
    let shown = crate::report::inert::terminal_text(&options.out.display().to_string()).into_owned();
    let stdout = format!("{}: {shown} ({about})\n", options.lang.council().wrote);
    Ok(Output { stdout: stdout.into_bytes(), ..Output::default() })
}
