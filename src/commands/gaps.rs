//! `par-score gaps`: where a unit lost points and what recovering each would give;
//! across all units, the sub-criteria most units lose points on.

use crate::tr;
use std::path::PathBuf;

use super::ranked::score_and_rank_with;
use super::{Output, number_style, render_grid};
use crate::analysis::{priorities, unit_gaps};
use crate::error::{Error, Result};
use crate::labels::Lang;
use crate::ranking::Ranked;
use crate::report::{
    Format, Grid, gaps_csv, gaps_grids, gaps_json, json_text, overview_grid, priorities_csv, priorities_grid, priorities_json,
};
use crate::scoring::UnitScore;
use crate::text::{fold, normalize_name};

/// Options of `gaps`.
#[derive(Debug, Clone, Default)]
pub struct GapsOptions {
    /// Evidence files and directories.
    pub paths: Vec<PathBuf>,
    /// `--responses`: survey responses files (formats.md section 8).
    pub responses: Vec<PathBuf>,
    /// `--criteria`: a file or a bundled id.
    pub criteria: Option<String>,
    /// `--unit`: show this unit's gaps.
    pub unit: Option<String>,
    /// Rows per table (0 = all).
    pub top: usize,
    /// Output format.
    pub format: Format,
    /// Label language.
    pub lang: Lang,
    /// `--documents`: the folder of evidence documents (one folder per unit, or one).
    pub documents: Option<PathBuf>,
    /// `--units`: the units register (formats.md section 6).
    pub units: Option<PathBuf>,
}

/// The ranked unit named `wanted` (canonical form, then ignoring case).
pub(crate) fn find_ranked<'r>(ranked: &'r [Ranked], wanted: &str) -> Result<&'r Ranked> {
    let exact = normalize_name(wanted);
    if let Some(found) = ranked.iter().find(|r| r.score.name == exact) {
        return Ok(found);
    }
    let folded = fold(wanted);
    let matches: Vec<&Ranked> = ranked.iter().filter(|r| fold(&r.score.name) == folded).collect();
    match matches.as_slice() {
        [found] => Ok(found),
        _ => {
            let listing = ranked.iter().map(|r| format!("\"{}\"", r.score.name)).collect::<Vec<_>>().join(", ");
            Err(Error::Usage(tr!("commands-no-such-unit", unit = exact, units = listing)))
        }
    }
}

fn render_grids(grids: &[Grid], format: Format) -> Vec<u8> {
    let parts: Vec<Vec<u8>> = grids.iter().map(|g| render_grid(g, format)).collect();
    parts.join(&b"\n"[..])
}

/// Shows gaps: one unit's when `--unit` is given or the evidence holds one unit,
/// else the province's priorities and every unit's largest gap.
pub fn gaps(options: &GapsOptions) -> Result<Output> {
    let run = score_and_rank_with(
        &options.paths,
        &options.responses,
        options.criteria.as_deref(),
        options.units.as_deref(),
        options.documents.as_deref(),
    )?;
    let (framework, ranked) = (&run.framework, &run.ranked);
    let single = match (&options.unit, ranked.as_slice()) {
        (Some(name), _) => Some(find_ranked(ranked, name)?),
        (None, [only]) => Some(only),
        (None, _) => None,
    };
    let style = number_style(options.format, options.lang, framework.decimals);
    let stdout = if let Some(unit) = single {
        let gaps = unit_gaps(framework, unit);
        match options.format {
            Format::Csv => gaps_csv(framework, &gaps, options.top),
            Format::Json => json_text(&gaps_json(framework, &gaps, options.top)).into_bytes(),
            format => render_grids(&gaps_grids(framework, &gaps, options.top, options.lang, &style), format),
        }
    } else {
        super::per_block(&run.roster, ranked, options.format, |ranked| {
            let scores: Vec<&UnitScore> = ranked.iter().map(|r| &r.score).collect();
            let list = priorities(framework, &scores);
            Ok(match options.format {
                Format::Csv => priorities_csv(framework, &list, options.top),
                Format::Json => {
                    let units: Vec<_> = ranked.iter().map(|r| gaps_json(framework, &unit_gaps(framework, r), options.top)).collect();
                    json_text(&serde_json::json!({ "priorities": priorities_json(framework, &list, options.top), "units": units }))
                        .into_bytes()
                }
                format => {
                    let all: Vec<_> = ranked.iter().map(|r| unit_gaps(framework, r)).collect();
                    let grids = [
                        priorities_grid(framework, &list, options.top, options.lang, &style),
                        overview_grid(framework, &all, options.lang, &style),
                    ];
                    render_grids(&grids, format)
                }
            })
        })?
    };
    Ok(Output { stdout, warnings: run.warnings })
}
