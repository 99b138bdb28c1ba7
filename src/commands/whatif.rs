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
}

impl Default for WhatIfCommand {
    fn default() -> Self {
        WhatIfCommand {
            paths: Vec::new(),
            criteria: None,
            simulation: WhatIfOptions { samples: 1000, seed: 1, weight_jitter: Decimal::from(20), survey_weight: Decimal::from(30) },
            format: Format::default(),
            lang: Lang::default(),
            documents: None,
        }
    }
}

/// Runs the sensitivity analysis.
pub fn whatif(options: &WhatIfCommand) -> Result<Output> {
    let run = score_and_rank_with(&options.paths, options.criteria.as_deref(), options.documents.as_deref())?;
    let result = simulate(&run.framework, &run.ranked, &options.simulation)?;
    let stdout = match options.format {
        Format::Csv => whatif_csv(&run.framework, &result),
        Format::Json => json_text(&whatif_json(&run.framework, &result)).into_bytes(),
        format => {
            let style = number_style(format, options.lang, run.framework.decimals);
            let grids = whatif_grids(&run.framework, &result, options.lang, &style);
            let parts: Vec<Vec<u8>> = grids.iter().map(|g| render_grid(g, format)).collect();
            parts.join(&b"\n"[..])
        }
    };
    Ok(Output { stdout, warnings: run.warnings })
}
