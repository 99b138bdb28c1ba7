//! `par-score whatif`: how the ranking moves when the method changes (seeded samples
//! of area and survey weights, and fixed scenarios).

use rust_decimal::Decimal;
use std::path::PathBuf;

use super::ranked::score_and_rank_with;
use super::{Output, number_style, render_grid};
use crate::analysis::{WhatIfOptions, whatif as simulate};
use crate::error::Result;
use crate::labels::Lang;
use crate::report::{Format, json_text, whatif_csv, whatif_grids, whatif_json};

/// Options of `whatif`.
#[derive(Debug, Clone)]
pub struct WhatIfCommand {
    /// Evidence files and directories.
    pub paths: Vec<PathBuf>,
    /// `--responses`: survey responses files (formats.md section 8).
    pub responses: Vec<PathBuf>,
    /// `--criteria`: a file or a bundled id.
    pub criteria: Option<String>,
    /// Samples, seed and perturbations.
    pub simulation: WhatIfOptions,
    /// Output format.
    pub format: Format,
    /// Label language.
    pub lang: Lang,
    /// `--documents`: the folder of evidence documents (one folder per unit, or one).
    pub documents: Option<PathBuf>,
    /// `--units`: the units register (formats.md section 6).
    pub units: Option<PathBuf>,
}

impl Default for WhatIfCommand {
    fn default() -> Self {
        WhatIfCommand {
            paths: Vec::new(),
            responses: Vec::new(),
            criteria: None,
            simulation: WhatIfOptions { samples: 1000, seed: 1, weight_jitter: Decimal::from(20), survey_weight: Decimal::from(30) },
            format: Format::default(),
            lang: Lang::default(),
            documents: None,
            units: None,
        }
    }
}

/// Runs the sensitivity analysis.
pub fn whatif(options: &WhatIfCommand) -> Result<Output> {
    let run = score_and_rank_with(
        &options.paths,
        &options.responses,
        options.criteria.as_deref(),
        options.units.as_deref(),
        options.documents.as_deref(),
    )?;
    // With survey responses, the sampling uncertainty of the survey too: a bootstrap
    // over respondents with the same number of samples and seed, within each block.
    let responses = run.responses.as_ref();
    let stdout = super::per_block(&run.roster, &run.ranked, options.format, |ranked| {
        let result = simulate(&run.framework, ranked, &options.simulation)?;
        let survey = match responses {
            None => Vec::new(),
            Some(responses) => {
                let scores: Vec<crate::scoring::UnitScore> = ranked.iter().map(|r| r.score.clone()).collect();
                crate::survey::bootstrap(&run.framework, responses, &scores, options.simulation.samples, options.simulation.seed)
            }
        };
        Ok(match options.format {
            Format::Csv => whatif_csv(&run.framework, &result),
            Format::Json => {
                let mut json = whatif_json(&run.framework, &result);
                if !survey.is_empty() {
                    json["survey_uncertainty"] = serde_json::Value::Array(super::survey::uncertainty_json(&survey, run.framework.decimals));
                }
                json_text(&json).into_bytes()
            }
            format => {
                let style = number_style(format, options.lang, run.framework.decimals);
                let mut grids = whatif_grids(&run.framework, &result, options.lang, &style);
                if !survey.is_empty() {
                    let units: Vec<String> = ranked.iter().map(|r| r.score.name.clone()).collect();
                    let ranks: Vec<Option<usize>> = ranked.iter().map(|r| Some(r.rank)).collect();
                    grids.push(super::survey::uncertainty_grid(
                        &units,
                        &ranks,
                        &survey,
                        options.simulation.samples,
                        options.simulation.seed,
                        options.lang,
                        &style,
                    ));
                }
                let parts: Vec<Vec<u8>> = grids.iter().map(|g| render_grid(g, format)).collect();
                parts.join(&b"\n"[..])
            }
        })
    })?;
    Ok(Output { stdout, warnings: run.warnings })
}
