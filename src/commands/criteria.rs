//! `par-score criteria`: the framework as a tree, or the list of bundled frameworks.

use super::{Output, render_grid};
use crate::criteria::{BUNDLED, DEFAULT_FRAMEWORK, load_framework};
use crate::error::Result;
use crate::labels::Lang;
use crate::report::{Format, Grid, criteria_grid, criteria_json, json_text};

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
        let mut grid = Grid { headers: vec!["id".into(), "title".into(), "max".into(), "scores".into()], ..Grid::default() };
        for bundled in &BUNDLED {
            let framework = load_framework(Some(bundled.id))?;
            let default = if bundled.id == DEFAULT_FRAMEWORK { " (default)" } else { "" };
            grid.row(vec![
                format!("{}{default}", bundled.id),
                framework.heading(),
                crate::points::plain(framework.total_max()),
                bundled.summary.to_owned(),
            ]);
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
