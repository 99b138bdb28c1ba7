//! `par-score score`: one unit's score sheet.

use crate::tr;
use std::path::PathBuf;

use super::{Output, deliver, number_style, render_grid_for};
use crate::criteria::load_framework;
use crate::error::{Error, Result};
use crate::evidence::{ReadOptions, UnitEvidence};
use crate::labels::Lang;
use crate::register::read_register;
use crate::report::{Format, json_text, sheet_grid, sheet_json};
use crate::scoring::score_units;
use crate::text::{fold, normalize_name};

/// Options of `score`.
#[derive(Debug, Clone, Default)]
pub struct ScoreOptions {
    /// Evidence files and directories.
    pub paths: Vec<PathBuf>,
    /// `--responses`: survey responses files (formats.md section 8).
    pub responses: Vec<PathBuf>,
    /// `--criteria`: a file or a bundled id.
    pub criteria: Option<String>,
    /// `--unit`: which unit, when the files hold several.
    pub unit: Option<String>,
    /// Output format.
    pub format: Format,
    /// Label language.
    pub lang: Lang,
    /// `--units`: the units register (formats.md section 6).
    pub units: Option<PathBuf>,
    /// `--out`: write to this file instead of standard output.
    pub out: Option<PathBuf>,
    /// `--documents`: the folder of evidence documents (one folder per unit, or one).
    pub documents: Option<PathBuf>,
}

/// Picks the unit named `wanted` (canonical form, then ignoring case), or the only
/// unit when none is named.
pub fn pick_unit<'e>(units: &'e [UnitEvidence], wanted: Option<&str>) -> Result<&'e UnitEvidence> {
    let listing = || units.iter().map(|u| format!("\"{}\"", u.name)).collect::<Vec<_>>().join(", ");
    match wanted {
        None if units.len() == 1 => Ok(&units[0]),
        None => Err(Error::Usage(tr!("commands-choose-unit", count = units.len(), units = listing()))),
        Some(name) => {
            let exact = normalize_name(name);
            if let Some(unit) = units.iter().find(|u| u.name == exact) {
                return Ok(unit);
            }
            let folded = fold(name);
            let matches: Vec<&UnitEvidence> = units.iter().filter(|u| fold(&u.name) == folded).collect();
            match matches.as_slice() {
                [unit] => Ok(unit),
                _ => Err(Error::Usage(tr!("commands-no-such-unit", unit = exact, units = listing()))),
            }
        }
    }
}

/// Scores one unit and renders its sheet.
pub fn score(options: &ScoreOptions) -> Result<Output> {
    let framework = load_framework(options.criteria.as_deref())?;
    let register = options.units.as_deref().map(|path| read_register(path, &framework)).transpose()?;
    let evidence =
        crate::survey::read_inputs(&options.paths, &options.responses, &framework, ReadOptions { keep_text: true }, register.as_ref())?;
    let unit = pick_unit(&evidence.units, options.unit.as_deref())?;
    // Like the reading warnings, the document checks cover all the evidence read.
    let audit = crate::documents::check_documents(&framework, options.documents.as_deref(), &evidence.files, &evidence.units)?;
    let scored = score_units(&framework, &evidence.files, std::iter::once(unit))?;
    let score = &scored[0];
    let absent = evidence.roster.is_absent(&unit.name);
    let stdout = match options.format {
        Format::Json => {
            let mut json = sheet_json(&framework, unit, score);
            if evidence.roster.has_blocks() {
                json["block"] = serde_json::json!(evidence.roster.block_name(evidence.roster.block(&unit.name)));
                json["submitted"] = serde_json::json!(!absent);
            }
            json_text(&json).into_bytes()
        }
        format => {
            let style = number_style(format, options.lang, framework.decimals);
            let mut grid = sheet_grid(&framework, unit, score, options.lang, &style);
            if evidence.roster.has_blocks() {
                grid.heading.push(format!(
                    "{}: {}",
                    crate::report::block_label(options.lang),
                    evidence.roster.block_name(evidence.roster.block(&unit.name))
                ));
            }
            if absent {
                grid.heading.push(format!("{}: {}", crate::report::note_label(options.lang), crate::register::ABSENT_NOTE));
            }
            render_grid_for(&grid, format, options.out.as_deref())
        }
    };
    let inputs = crate::output::Inputs::new()
        .paths(&options.paths)
        .paths(&options.responses)
        .spec(options.criteria.as_deref())
        .path(options.units.as_deref());
    let stdout = deliver(stdout, options.out.as_deref(), &inputs)?;
    let mut warnings = evidence.warnings;
    warnings.extend(audit.map(|a| a.problems).unwrap_or_default());
    Ok(Output { stdout, warnings })
}
