//! `par-score council`: the council's tables (summary, one appraisal sheet per
//! unit, discrepancies) written to a workbook, an HTML page, Markdown or CSV files.

use crate::tr;
use std::path::PathBuf;

use super::Output;
use crate::council::{CouncilFormat, council_tables, render, rounds, survey_table, unsaved_workbook};
use crate::criteria::load_framework;
use crate::error::{Error, Result};
use crate::evidence::CouncilLayer;
use crate::evidence::ReadOptions;
use crate::labels::Lang;
use crate::output::{Inputs, write_atomic, write_set};
use crate::ranking::rank_in_blocks;
use crate::register::read_register;
use crate::scoring::score_all;

/// Options of `council` (recorded in a seal: see docs/seal.md).
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CouncilOptions {
    /// Evidence files and directories.
    pub paths: Vec<PathBuf>,
    /// `--responses`: survey responses files (formats.md section 8).
    pub responses: Vec<PathBuf>,
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
    /// `--units`: the units register (formats.md section 6).
    pub units: Option<PathBuf>,
    /// `--round 1|2`: the workbook the council fills in that round instead of the tables.
    pub round: Option<u8>,
    /// `--requests`: explanation requests, one file per unit, into the directory `out`.
    pub requests: bool,
    /// `--samples`: bootstrap samples of the survey's intervals (with `--responses`;
    /// 0: none). A seal written before the option existed reads 1000, its default.
    #[serde(default = "super::default_samples")]
    pub samples: u32,
    /// `--seed`: seed of the bootstrap.
    #[serde(default = "super::default_seed")]
    pub seed: u64,
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

/// The manifest written last beside the council's CSV files: `x-manifest.txt` for
/// `--out x.csv` (see [`write_set`]).
fn manifest_path(out: &std::path::Path) -> PathBuf {
    let stem = out.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    out.with_file_name(format!("{stem}-manifest.txt"))
}

/// Everything `council` reads, which it never writes over.
fn council_inputs(options: &CouncilOptions) -> Inputs {
    Inputs::new().paths(&options.paths).paths(&options.responses).spec(options.criteria.as_deref()).path(options.units.as_deref())
}

/// Scores and ranks every unit, then writes the council's tables.
pub fn council(options: &CouncilOptions) -> Result<Output> {
    if options.round.is_some() || options.requests {
        if options.seal {
            return Err(Error::Usage(tr!("commands-council-seal-with-round")));
        }
        return workflow(options);
    }
    let rendered = council_files(options)?;
    let inputs = council_inputs(options);
    let mut stdout = String::new();
    match rendered.files.as_slice() {
        [(path, bytes)] => write_atomic(path, bytes, &inputs)?,
        files => write_set(files, &manifest_path(&options.out), &inputs)?,
    }
    for (path, _) in &rendered.files {
        let shown = crate::report::inert::terminal_text(&path.display().to_string()).into_owned();
        stdout.push_str(&format!("{}: {shown}\n", options.lang.council().wrote));
    }
    if options.seal {
        let seal = super::sealing::write_sealed(&super::sealing::Recipe::Council(options.clone()), &rendered.files, &inputs)?;
        stdout.push_str(&format!("{}: {}\n", options.lang.council().wrote, seal.display()));
    }
    stdout.push_str(&rendered.counts);
    Ok(Output { stdout: stdout.into_bytes(), warnings: rendered.warnings })
}

/// Renders the council's files without writing them.
pub fn council_files(options: &CouncilOptions) -> Result<CouncilFiles> {
    let format = CouncilFormat::from_path(&options.out)
        .ok_or_else(|| Error::Usage(tr!("commands-council-out-extension", out = options.out.display())))?;
    let framework = load_framework(options.criteria.as_deref())?;
    let register = options.units.as_deref().map(|path| read_register(path, &framework)).transpose()?;
    let (mut evidence, responses) = crate::survey::read_inputs_keeping(
        &options.paths,
        &options.responses,
        &framework,
        ReadOptions { keep_text: true },
        register.as_ref(),
    )?;
    let audit = crate::documents::check_documents(&framework, options.documents.as_deref(), &evidence.files, &evidence.units)?;
    let ranked = rank_in_blocks(&framework, score_all(&framework, &evidence)?, &evidence.roster);
    let mut tables = council_tables(&framework, &evidence.units, &ranked, options.lang, &evidence.roster);
    if let Some(responses) = responses.filter(|_| options.samples > 0) {
        // With survey responses, each unit's bootstrap intervals, within its block.
        let intervals = crate::survey::bootstrap_ranked(&framework, &responses, &ranked, options.samples, options.seed);
        if !intervals.is_empty() {
            let seeded = (options.samples, options.seed);
            tables.survey = Some(survey_table(&framework, &ranked, &intervals, seeded, options.lang, &evidence.roster));
        }
    }
    if let Some(audit) = &audit {
        crate::council::annotate_documents(&mut tables, audit, &options.out);
    }
    let labels = options.lang.labels();
    let counts = format!(
        "{}: {} · {}: {}\n",
        labels.units,
        ranked.len(),
        options.lang.council().discrepancies_title,
        tables.discrepancies.rows.len()
    );
    let workbook_error = |source| Error::Workbook { path: options.out.display().to_string(), source };
    let files = if format == CouncilFormat::Xlsx {
        // Every sheet is written (to temporary files) first; the tables, scores and
        // evidence are freed before the workbook is assembled in memory.
        let mut workbook = unsaved_workbook(tables, options.lang).map_err(workbook_error)?;
        drop(ranked);
        drop(std::mem::take(&mut evidence.units));
        vec![(options.out.clone(), workbook.save_to_buffer().map_err(workbook_error)?)]
    } else {
        render(tables, format, &options.out, options.lang).map_err(workbook_error)?
    };
    let mut warnings = evidence.warnings;
    warnings.extend(audit.map(|a| a.problems).unwrap_or_default());
    Ok(CouncilFiles { files, counts, warnings })
}

/// `council --round 1|2` and `council --requests`: the files of the appraisal cycle,
/// each read back as a layer (see [`crate::council::rounds`]).
fn workflow(options: &CouncilOptions) -> Result<Output> {
    let inputs = council_inputs(options);
    let framework = load_framework(options.criteria.as_deref())?;
    let register = options.units.as_deref().map(|path| read_register(path, &framework)).transpose()?;
    let evidence =
        crate::survey::read_inputs(&options.paths, &options.responses, &framework, ReadOptions { keep_text: true }, register.as_ref())?;
    let ranked = rank_in_blocks(&framework, score_all(&framework, &evidence)?, &evidence.roster);
    let by_name: std::collections::HashMap<&str, &crate::evidence::UnitEvidence> =
        evidence.units.iter().map(|u| (u.name.as_str(), u)).collect();
    let units: Vec<(&crate::evidence::UnitEvidence, &crate::scoring::UnitScore)> =
        ranked.iter().filter_map(|r| by_name.get(r.score.name.as_str()).map(|u| (*u, &r.score))).collect();
    let dp = framework.decimals;
    let workbook_error = |path: &std::path::Path| {
        let path = path.display().to_string();
        move |source| Error::Workbook { path: path.clone(), source }
    };
    let mut written = Vec::new();
    if options.requests {
        std::fs::create_dir_all(&options.out).map_err(|source| Error::Read { path: options.out.display().to_string(), source })?;
        for (unit, _) in &units {
            let Some(sheet) = rounds::explanation_sheet(&framework, unit) else { continue };
            let stem = format!("giai-trinh - {}", rounds::file_stem(&unit.name));
            let xlsx = options.out.join(format!("{stem}.xlsx"));
            let bytes =
                rounds::layer_workbook(std::slice::from_ref(&sheet), CouncilLayer::Explanation, dp).map_err(workbook_error(&xlsx))?;
            write_atomic(&xlsx, &bytes, &inputs)?;
            let csv = options.out.join(format!("{stem}.csv"));
            write_atomic(&csv, &rounds::layer_csv(&sheet, dp), &inputs)?;
            written.extend([xlsx, csv]);
        }
    } else {
        if CouncilFormat::from_path(&options.out) != Some(CouncilFormat::Xlsx) {
            return Err(Error::Usage(tr!("commands-council-round-out-xlsx", out = options.out.display())));
        }
        let (sheets, layer) = match options.round {
            Some(1) => (rounds::first_round_sheets(&framework, &units), CouncilLayer::FirstRound),
            Some(2) => {
                let only: Vec<&crate::evidence::UnitEvidence> = units.iter().map(|(u, _)| *u).collect();
                (rounds::final_round_sheets(&framework, &only), CouncilLayer::FinalRound)
            }
            Some(other) => return Err(Error::Usage(tr!("commands-council-round-number", round = other))),
            None => unreachable!("workflow runs with --round or --requests"),
        };
        let bytes = rounds::layer_workbook(&sheets, layer, dp).map_err(workbook_error(&options.out))?;
        write_atomic(&options.out, &bytes, &inputs)?;
        written.push(options.out.clone());
    }
    let mut stdout = String::new();
    for path in &written {
        stdout.push_str(&format!("{}: {}\n", options.lang.council().wrote, path.display()));
    }
    if written.is_empty() {
        stdout.push_str(&tr!("commands-council-no-requests"));
        stdout.push('\n');
    }
    Ok(Output { stdout: stdout.into_bytes(), warnings: evidence.warnings })
}
