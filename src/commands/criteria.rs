//! `par-score criteria`: the framework as a tree, the list of bundled frameworks, and
//! the framework as an annex table (`export`, `import`).

use crate::tr;
use std::path::PathBuf;

use super::{Output, render_grid};
use crate::criteria::table::{export_workbook, import_table, is_table_file};
use crate::criteria::{BUNDLED, DEFAULT_FRAMEWORK, load_framework};
use crate::error::{Error, Result};
use crate::labels::Lang;
use crate::output::write_atomic;
use crate::report::{Format, Grid, criteria_diff_grid, criteria_diff_json, criteria_grid, criteria_json, json_text};

/// Options of `criteria`.
#[derive(Debug, Clone, Default)]
pub struct CriteriaOptions {
    /// `--criteria`: a file or a bundled id.
    pub criteria: Option<String>,
    /// List the bundled frameworks instead.
    pub list: bool,
    /// Output format.
    pub format: Format,
    /// Label language.
    pub lang: Lang,
}

/// Shows a framework, or lists the bundled ones.
pub fn criteria(options: &CriteriaOptions) -> Result<Output> {
    if options.list {
        let mut grid = Grid {
            headers: vec![
                tr!("commands-criteria-list-id"),
                tr!("commands-criteria-list-title"),
                tr!("commands-criteria-list-max"),
                tr!("commands-criteria-list-scores"),
            ],
            ..Grid::default()
        };
        for bundled in &BUNDLED {
            let framework = load_framework(Some(bundled.id))?;
            let id = if bundled.id == DEFAULT_FRAMEWORK {
                tr!("commands-criteria-list-default", id = bundled.id)
            } else {
                bundled.id.to_owned()
            };
            grid.row(vec![id, framework.heading(), crate::points::plain(framework.total_max()), bundled.summary()]);
        }
        let stdout = match options.format {
            Format::Json => json_text(&serde_json::json!(BUNDLED.iter().map(|b| b.id).collect::<Vec<_>>())).into_bytes(),
            format => render_grid(&grid, format),
        };
        return Ok(Output { stdout, ..Output::default() });
    }
    let framework = load_framework(options.criteria.as_deref())?;
    let stdout = match options.format {
        Format::Json => json_text(&criteria_json(&framework)).into_bytes(),
        format => render_grid(&criteria_grid(&framework, options.lang), format),
    };
    Ok(Output { stdout, ..Output::default() })
}

/// Options of `criteria export`.
#[derive(Debug, Clone, Default)]
pub struct ExportOptions {
    /// `--criteria`: a file or a bundled id.
    pub criteria: Option<String>,
    /// `--out`: the workbook to write (.xlsx).
    pub out: PathBuf,
    /// Label language.
    pub lang: Lang,
}

/// Writes a framework as the annex table (docs/criteria-table.md).
pub fn criteria_export(options: &ExportOptions) -> Result<Output> {
    let extension = options.out.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).unwrap_or_default();
    if extension != "xlsx" {
        return Err(Error::Usage(tr!("commands-out-must-be-xlsx", out = options.out.display())));
    }
    let framework = load_framework(options.criteria.as_deref())?;
    let bytes = export_workbook(&framework).map_err(|source| Error::Workbook { path: options.out.display().to_string(), source })?;
    let inputs = crate::output::Inputs::new().spec(options.criteria.as_deref());
    write_atomic(&options.out, &bytes, &inputs)?;
    Ok(wrote_framework(&options.out, &framework, options.lang))
}

/// "Đã ghi: FILE (id · N tiêu chí thành phần · M điểm)" after a framework is written.
fn wrote_framework(out: &std::path::Path, framework: &crate::criteria::Framework, lang: Lang) -> Output {
    let shown = crate::report::inert::terminal_text(&out.display().to_string()).into_owned();
    let about = tr!("commands-wrote-framework-about", id = framework.id, leaves = framework.leaves.len(), max = framework.total_max());
    let stdout = format!("{}: {shown} ({about})\n", lang.council().wrote);
    Output { stdout: stdout.into_bytes(), ..Output::default() }
}

/// Options of `criteria import`.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// The table: .xlsx or .csv.
    pub table: PathBuf,
    /// `--out`: the criteria file to write (.toml).
    pub out: PathBuf,
    /// Label language.
    pub lang: Lang,
}

/// Reads an annex table into a criteria TOML file, validated as any framework.
pub fn criteria_import(options: &ImportOptions) -> Result<Output> {
    if !is_table_file(&options.table) {
        return Err(Error::Usage(tr!("commands-criteria-import-table-kind", table = options.table.display())));
    }
    let extension = options.out.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).unwrap_or_default();
    if extension != "toml" {
        return Err(Error::Usage(tr!("commands-out-must-be-toml", out = options.out.display())));
    }
    let name = options.table.display().to_string();
    let imported = import_table(&options.table, &name)?;
    write_atomic(&options.out, imported.toml.as_bytes(), std::slice::from_ref(&options.table))?;
    Ok(wrote_framework(&options.out, &imported.framework, options.lang))
}

/// Options of `criteria diff`.
#[derive(Debug, Clone, Default)]
pub struct DiffOptions {
    /// The earlier framework: a file or a bundled id.
    pub before: String,
    /// The later framework: a file or a bundled id.
    pub after: String,
    /// Output format.
    pub format: Format,
}

/// What changed between two frameworks, and which areas stay comparable.
pub fn criteria_diff(options: &DiffOptions) -> Result<Output> {
    let before = load_framework(Some(&options.before))?;
    let after = load_framework(Some(&options.after))?;
    let diff = crate::criteria::diff::diff(&before, &after);
    let stdout = match options.format {
        Format::Json => json_text(&criteria_diff_json(&diff, &before, &after)).into_bytes(),
        format => render_grid(&criteria_diff_grid(&diff, &before, &after), format),
    };
    Ok(Output { stdout, ..Output::default() })
}
