//! Command-line arguments (clap derive) and their conversion to library options.

mod help;

use clap::{FromArgMatches, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

use clap_complete::Shell;
use rust_decimal::Decimal;

use par_score::analysis::WhatIfOptions;
use par_score::commands::{
    CheckOptions, CompareOptions, CouncilOptions, CriteriaOptions, DiffOptions, ExportOptions, GapsOptions, ImportOptions, RankOptions,
    ReportOptions, ScoreOptions, SurveyOptions, TemplateOptions, VerifyOptions, WhatIfCommand,
};
use par_score::labels::Lang;
use par_score::report::Format;

/// Computes the Vietnamese PAR Index (Chỉ số cải cách hành chính) from a criteria
/// framework (TOML) and evidence files (CSV or Excel): score sheets, rankings,
/// council tables, evidence templates, frameworks.
#[derive(Debug, Parser)]
#[command(name = "par-score", version, about, long_about = None, after_help = EXIT_CODES)]
pub struct Args {
    #[command(subcommand)]
    pub command: Command,
    /// Language of table labels.
    #[arg(long, global = true, value_enum, default_value_t = LangArg::Vi)]
    pub lang: LangArg,
    /// Do not print warnings about the input on standard error.
    #[arg(long, short, global = true)]
    pub quiet: bool,
}

const EXIT_CODES: &str =
    "Exit status: 0 success; 1 output could not be written, or warnings with `check --deny-warnings`; 2 bad input or command line.";

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// A table for the terminal.
    Table,
    /// CSV (for `rank`, exactly the machine-readable ranking of docs/formats.md).
    Csv,
    /// JSON with exact decimal numbers.
    Json,
    /// Markdown.
    Md,
}

/// Label languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// Tiếng Việt.
    Vi,
    /// English.
    En,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// One unit's score sheet: every sub-criterion with value, self-score, points and
    /// status, subtotals, adjustments, total, index and grade.
    Score {
        /// Evidence files (CSV or Excel .xlsx) or directories of them.
        #[arg(required = true)]
        evidence: Vec<PathBuf>,
        /// Survey responses files (CSV or .xlsx, long or wide form), repeatable: the
        /// values of the survey sub-criteria that list `questions`.
        #[arg(long, value_name = "FILE")]
        responses: Vec<PathBuf>,
        /// Criteria framework: a TOML file or a bundled id (default: so-2025).
        #[arg(long, short)]
        criteria: Option<String>,
        /// Units register (CSV or .xlsx: unit, block, profile): every registered unit is
        /// scored and ranked within its block.
        #[arg(long, value_name = "FILE")]
        units: Option<PathBuf>,
        /// The unit to score, when the evidence holds several.
        #[arg(long, short)]
        unit: Option<String>,
        /// Output format.
        #[arg(long, short, value_enum, default_value_t = FormatArg::Table)]
        format: FormatArg,
        /// Write to this file (atomically; never over an input) instead of standard output.
        #[arg(long, short)]
        out: Option<PathBuf>,
        /// Folder of evidence documents (tài liệu kiểm chứng): one sub-folder per unit,
        /// named like the unit, or one folder; evidence cells may name its files.
        #[arg(long, value_name = "DIR")]
        documents: Option<PathBuf>,
    },
    /// Ranks every unit found in the given files and directories (every *.csv, *.xlsx, *.xls, *.xlsb, *.ods).
    Rank {
        /// Evidence files (CSV or Excel .xlsx) or directories of them.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Survey responses files (CSV or .xlsx, long or wide form), repeatable: the
        /// values of the survey sub-criteria that list `questions`.
        #[arg(long, value_name = "FILE")]
        responses: Vec<PathBuf>,
        /// Criteria framework: a TOML file or a bundled id (default: so-2025).
        #[arg(long, short)]
        criteria: Option<String>,
        /// Units register (CSV or .xlsx: unit, block, profile): every registered unit is
        /// ranked, within its block.
        #[arg(long, value_name = "FILE")]
        units: Option<PathBuf>,
        /// Output format.
        #[arg(long, short, value_enum, default_value_t = FormatArg::Table)]
        format: FormatArg,
        /// Write to this file (atomically; never over an input) instead of standard output.
        #[arg(long, short)]
        out: Option<PathBuf>,
        /// Write `<out>.seal.json` beside the output: version, options and the SHA-256
        /// of every input and output, for `par-score verify` (an appeal).
        #[arg(long, requires = "out")]
        seal: bool,
        /// Folder of evidence documents (tài liệu kiểm chứng): one sub-folder per unit,
        /// named like the unit, or one folder; evidence cells may name its files.
        #[arg(long, value_name = "DIR")]
        documents: Option<PathBuf>,
    },
    /// Validates a framework and evidence files without scoring them, and lists every
    /// problem at once: errors (exit status 2) and warnings (0, or 1 with --deny-warnings).
    Check {
        /// Evidence files (.csv, .xlsx, .xls, .xlsb, .ods) or directories of them; none checks only the framework.
        paths: Vec<PathBuf>,
        /// Criteria framework: a TOML file or a bundled id (default: so-2025).
        #[arg(long, short)]
        criteria: Option<String>,
        /// Fail (exit status 1) when there are warnings.
        #[arg(long)]
        deny_warnings: bool,
        /// Folder of evidence documents (tài liệu kiểm chứng): one sub-folder per unit,
        /// named like the unit, or one folder; evidence cells may name its files.
        #[arg(long, value_name = "DIR")]
        documents: Option<PathBuf>,
        /// Units register (CSV or .xlsx: unit, block, profile).
        #[arg(long, value_name = "FILE")]
        units: Option<PathBuf>,
        /// Survey responses files (CSV or .xlsx, long or wide form), repeatable: checked
        /// as the scoring commands read them.
        #[arg(long, value_name = "FILE")]
        responses: Vec<PathBuf>,
    },
    /// The appraisal council's tables: summary (Bảng tổng hợp), one appraisal sheet
    /// per unit (Phiếu thẩm định) and discrepancies (Danh sách chênh lệch).
    Council {
        /// Evidence files (CSV or Excel .xlsx) or directories of them.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Survey responses files (CSV or .xlsx, long or wide form), repeatable: the
        /// values of the survey sub-criteria that list `questions`.
        #[arg(long, value_name = "FILE")]
        responses: Vec<PathBuf>,
        /// Criteria framework: a TOML file or a bundled id (default: so-2025).
        #[arg(long, short)]
        criteria: Option<String>,
        /// Units register (CSV or .xlsx: unit, block, profile): every registered unit is
        /// scored and ranked within its block.
        #[arg(long, value_name = "FILE")]
        units: Option<PathBuf>,
        /// Output file; its extension chooses the format: .xlsx, .html, .md, or .csv
        /// (three files: NAME-summary.csv, NAME-sheets.csv, NAME-discrepancies.csv).
        #[arg(long, short)]
        out: PathBuf,
        /// Write `<out>.seal.json` beside the output: version, options and the SHA-256
        /// of every input and output, for `par-score verify` (an appeal).
        #[arg(long)]
        seal: bool,
        /// Folder of evidence documents (tài liệu kiểm chứng): one sub-folder per unit,
        /// named like the unit, or one folder; evidence cells may name its files.
        #[arg(long, value_name = "DIR")]
        documents: Option<PathBuf>,
        /// Instead of the tables, the workbook the council fills in round 1 (Điểm thẩm
        /// định lần 1, Ghi chú) or round 2 (Điểm thẩm định lần 2); passed back beside
        /// the evidence, the filled workbook is read as that round's layer.
        #[arg(long, value_parser = clap::value_parser!(u8).range(1..=2), conflicts_with = "requests")]
        round: Option<u8>,
        /// Instead of the tables, explanation requests (giải trình), one .xlsx and one
        /// .csv per unit whose first-round points differ from its self-score, written
        /// into the directory --out; the returned files are read as a layer.
        #[arg(long)]
        requests: bool,
        /// With --responses: bootstrap samples of the survey's 90 % intervals of survey
        /// points, index and rank (0: none).
        #[arg(long, short = 'n', default_value_t = 1000)]
        samples: u32,
        /// Seed of the bootstrap (the same seed gives the same intervals).
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// A blank evidence sheet listing every sub-criterion and adjustment with its id,
    /// name, maximum and what to enter; fill it in and score it as it is.
    Template {
        /// Criteria framework: a TOML file or a bundled id (default: so-2025).
        #[arg(long, short)]
        criteria: Option<String>,
        /// The unit's name, filled in on every row.
        #[arg(long, short)]
        unit: Option<String>,
        /// Output file: .xlsx (dropdowns, protected ids) or .csv.
        #[arg(long, short)]
        out: PathBuf,
        /// Thay tệp --out đã có (một mẫu trống; tệp đã điền số liệu không bao giờ bị ghi đè).
        #[arg(long)]
        force: bool,
    },
    /// Shows a framework as a tree with maxima and how each sub-criterion is scored;
    /// `export`/`import` turn it into the annex table (Excel) and back; `diff` compares two.
    #[command(args_conflicts_with_subcommands = true)]
    Criteria {
        #[command(subcommand)]
        action: Option<CriteriaCommand>,
        /// Criteria framework: a TOML file or a bundled id (default: so-2025).
        #[arg(long, short)]
        criteria: Option<String>,
        /// List the bundled frameworks.
        #[arg(long, conflicts_with = "criteria")]
        list: bool,
        /// Output format.
        #[arg(long, short, value_enum, default_value_t = FormatArg::Table)]
        format: FormatArg,
    },
    /// Compares two years: each unit's rank and index in both, the change in rank
    /// (↑ 3, ↓ 1, new, gone), in index and per area, and the biggest climbers and
    /// fallers. Each side is a ranking CSV (`rank --format csv`) or evidence.
    Compare {
        /// The previous year: a ranking CSV, or an evidence file or directory.
        previous: PathBuf,
        /// The current year: a ranking CSV, or an evidence file or directory.
        current: PathBuf,
        /// The current year's framework: a TOML file or a bundled id (default: so-2025).
        #[arg(long, short)]
        criteria: Option<String>,
        /// Units register (CSV or .xlsx: unit, block, profile): every registered unit is
        /// scored and ranked within its block.
        #[arg(long, value_name = "FILE")]
        units: Option<PathBuf>,
        /// The previous year's framework (default: --criteria for evidence; for a
        /// ranking CSV, gives its areas' names and maxima).
        #[arg(long)]
        previous_criteria: Option<String>,
        /// How many climbers and fallers to name.
        #[arg(long, default_value_t = 3)]
        top: usize,
        /// Output format.
        #[arg(long, short, value_enum, default_value_t = FormatArg::Table)]
        format: FormatArg,
    },
    /// Where points were lost (applicable max − points) per sub-criterion, criterion
    /// and area, with the index each recovery would give; across all units, the
    /// sub-criteria most units lose points on.
    Gaps {
        /// Evidence files (.csv, .xlsx, .xls, .xlsb, .ods) or directories of them.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Survey responses files (CSV or .xlsx, long or wide form), repeatable: the
        /// values of the survey sub-criteria that list `questions`.
        #[arg(long, value_name = "FILE")]
        responses: Vec<PathBuf>,
        /// Criteria framework: a TOML file or a bundled id (default: so-2025).
        #[arg(long, short)]
        criteria: Option<String>,
        /// Units register (CSV or .xlsx: unit, block, profile): every registered unit is
        /// scored and ranked within its block.
        #[arg(long, value_name = "FILE")]
        units: Option<PathBuf>,
        /// Show this unit's gaps (default: the only unit, else the province's priorities).
        #[arg(long, short)]
        unit: Option<String>,
        /// Rows per table (0 = all).
        #[arg(long, default_value_t = 10)]
        top: usize,
        /// Output format.
        #[arg(long, short, value_enum, default_value_t = FormatArg::Table)]
        format: FormatArg,
        /// Folder of evidence documents (tài liệu kiểm chứng): one sub-folder per unit,
        /// named like the unit, or one folder; evidence cells may name its files.
        #[arg(long, value_name = "DIR")]
        documents: Option<PathBuf>,
    },
    /// How sensitive the ranking is to the method: seeded random area and survey
    /// weights, each area dropped in turn, the survey reweighted; median rank and
    /// 5–95% interval per unit, mean rank shift, grade changes.
    Whatif {
        /// Evidence files (.csv, .xlsx, .xls, .xlsb, .ods) or directories of them.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Survey responses files (CSV or .xlsx, long or wide form), repeatable: the
        /// values of the survey sub-criteria that list `questions`.
        #[arg(long, value_name = "FILE")]
        responses: Vec<PathBuf>,
        /// Criteria framework: a TOML file or a bundled id (default: so-2025).
        #[arg(long, short)]
        criteria: Option<String>,
        /// Units register (CSV or .xlsx: unit, block, profile): every registered unit is
        /// scored and ranked within its block.
        #[arg(long, value_name = "FILE")]
        units: Option<PathBuf>,
        /// Number of random samples.
        #[arg(long, short = 'n', default_value_t = 1000)]
        samples: u32,
        /// Seed of the random stream (the same seed gives the same result).
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Each area's weight varies uniformly within ± this many percent.
        #[arg(long, value_parser = percent, default_value = "20")]
        weight_jitter: Decimal,
        /// The survey's weight varies uniformly within ± this many percent.
        #[arg(long, value_parser = percent, default_value = "30")]
        survey_weight: Decimal,
        /// Output format.
        #[arg(long, short, value_enum, default_value_t = FormatArg::Table)]
        format: FormatArg,
        /// Folder of evidence documents (tài liệu kiểm chứng): one sub-folder per unit,
        /// named like the unit, or one folder; evidence cells may name its files.
        #[arg(long, value_name = "DIR")]
        documents: Option<PathBuf>,
    },
    /// Writes one self-contained HTML report (inline charts, prints on A4): ranking,
    /// index and area charts, weakest sub-criteria, a page per unit.
    Report {
        /// Evidence files (.csv, .xlsx, .xls, .xlsb, .ods) or directories of them.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Survey responses files (CSV or .xlsx, long or wide form), repeatable: the
        /// values of the survey sub-criteria that list `questions`.
        #[arg(long, value_name = "FILE")]
        responses: Vec<PathBuf>,
        /// Criteria framework: a TOML file or a bundled id (default: so-2025).
        #[arg(long, short)]
        criteria: Option<String>,
        /// Units register (CSV or .xlsx: unit, block, profile): every registered unit is
        /// scored and ranked within its block.
        #[arg(long, value_name = "FILE")]
        units: Option<PathBuf>,
        /// The HTML file to write (default: standard output).
        #[arg(long, short)]
        out: Option<PathBuf>,
        /// Write `<out>.seal.json` beside the output: version, options and the SHA-256
        /// of every input and output, for `par-score verify` (an appeal).
        #[arg(long, requires = "out")]
        seal: bool,
        /// Folder of evidence documents (tài liệu kiểm chứng): one sub-folder per unit,
        /// named like the unit, or one folder; evidence cells may name its files.
        #[arg(long, value_name = "DIR")]
        documents: Option<PathBuf>,
        /// With --responses: bootstrap samples of the survey's 90 % intervals of survey
        /// points, index and rank (0: none).
        #[arg(long, short = 'n', default_value_t = 1000)]
        samples: u32,
        /// Seed of the bootstrap (the same seed gives the same intervals).
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Checks a seal written by `--seal`: recomputes the outputs from the recorded
    /// inputs (in memory; nothing is written) and exits 0 when every input is unchanged
    /// and every output byte-identical, 1 naming what changed, 2 for a damaged seal.
    Verify {
        /// The `.seal.json` file.
        seal: PathBuf,
    },
    /// The sociological survey from the raw questionnaires: per unit and sub-criterion
    /// the questionnaires, answers counted and not, each group's mean, the value and
    /// points; the answers to each question; units below min_answers; the sample a
    /// unit needs; seeded bootstrap intervals of survey points, index and rank.
    Survey {
        /// Evidence files or directories (optional: without them, no index or rank).
        paths: Vec<PathBuf>,
        /// Survey responses files (CSV or .xlsx, long or wide form), repeatable.
        #[arg(long, value_name = "FILE", required = true)]
        responses: Vec<PathBuf>,
        /// Criteria framework: a TOML file or a bundled id (default: so-2025).
        #[arg(long, short)]
        criteria: Option<String>,
        /// Show only this unit.
        #[arg(long, short)]
        unit: Option<String>,
        /// Bootstrap samples (0: no intervals).
        #[arg(long, short = 'n', default_value_t = 1000)]
        samples: u32,
        /// Seed of the bootstrap (the same seed gives the same intervals).
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Output format.
        #[arg(long, short, value_enum, default_value_t = FormatArg::Table)]
        format: FormatArg,
        /// Write to this file (atomically; never over an input) instead of standard output.
        #[arg(long, short)]
        out: Option<PathBuf>,
        /// Units register (CSV or .xlsx: unit, block, profile): survey units match it
        /// ignoring case; ranks and bootstrap intervals are within each block.
        #[arg(long, value_name = "FILE")]
        units: Option<PathBuf>,
    },
    /// Prints a shell completion script (bash, zsh, fish, powershell, elvish).
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: Shell,
    },
    /// Prints the man page (roff), or writes it with --out.
    Man {
        /// The file to write (default: standard output).
        #[arg(long, short)]
        out: Option<PathBuf>,
    },
}

/// `criteria export`, `criteria import`, `criteria diff`.
#[derive(Debug, Subcommand)]
pub enum CriteriaCommand {
    /// Ghi bộ chỉ số thành bảng Excel như phụ lục của Quyết định: mã, nội dung, điểm
    /// tối đa, cách chấm, các cột đánh dấu; thưởng/trừ, xếp loại, thông tin chung.
    Export {
        /// Criteria framework: a TOML file or a bundled id (default: so-2025).
        #[arg(long, short)]
        criteria: Option<String>,
        /// The workbook to write (.xlsx).
        #[arg(long, short)]
        out: PathBuf,
    },
    /// Đọc bảng tiêu chí (Excel .xlsx hoặc CSV, xuất ra hoặc tự gõ theo
    /// docs/criteria-table.md) và ghi tệp bộ chỉ số TOML.
    Import {
        /// The table: .xlsx or .csv.
        table: PathBuf,
        /// The criteria file to write (.toml).
        #[arg(long, short)]
        out: PathBuf,
    },
    /// So sánh hai bộ chỉ số: tiêu chí thêm, bỏ, chuyển, đổi tên; điểm tối đa, cách
    /// chấm, trọng số lĩnh vực đổi; lĩnh vực nào so sánh được giữa hai năm.
    Diff {
        /// The earlier framework: a TOML file or a bundled id.
        before: String,
        /// The later framework: a TOML file or a bundled id.
        after: String,
        /// Output format.
        #[arg(long, short, value_enum, default_value_t = FormatArg::Table)]
        format: FormatArg,
    },
}

/// A percentage such as `20`, `20%` or `2,5`.
/// Read exactly (never rounded); its range is checked by the library.
fn percent(text: &str) -> Result<Decimal, String> {
    par_score::values::parse_number(text).map_err(|error| match error {
        par_score::values::ValueError::TooPrecise { .. } => error.to_string(),
        _ => par_score::tr!("cli-error-percent", text = text),
    })
}

impl From<FormatArg> for Format {
    fn from(format: FormatArg) -> Self {
        match format {
            FormatArg::Table => Format::Table,
            FormatArg::Csv => Format::Csv,
            FormatArg::Json => Format::Json,
            FormatArg::Md => Format::Markdown,
        }
    }
}

/// The command line with its help in the chosen language.
pub fn command() -> clap::Command {
    use clap::CommandFactory;
    help::localise(Args::command())
}

/// Parses the process's arguments; prints help, the version, or an error in the
/// chosen language and exits (status 2 for a bad command line).
pub fn parse() -> Args {
    use clap::error::ErrorKind;
    let parsed = command().try_get_matches().and_then(|matches| Args::from_arg_matches(&matches));
    match parsed {
        Ok(args) => args,
        Err(error) if matches!(error.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) => error.exit(),
        Err(error) if error.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            eprint!("{}", error.render());
            std::process::exit(par_score::ExitStatus::BadInput as i32)
        }
        Err(error) => {
            eprintln!("{}", help::error_text(&error));
            std::process::exit(par_score::ExitStatus::BadInput as i32)
        }
    }
}

/// The language asked for by `--lang en` / `--lang=en` anywhere on the command line
/// (Vietnamese when absent or not understood: clap reports a bad value later).
pub fn lang_of(args: impl IntoIterator<Item = std::ffi::OsString>) -> Lang {
    let mut args = args.into_iter().skip(1);
    let mut lang = Lang::Vi;
    while let Some(arg) = args.next() {
        let value = match arg.to_str() {
            Some("--") => break,
            Some("--lang") => args.next(),
            Some(text) => match text.strip_prefix("--lang=") {
                Some(value) => Some(value.into()),
                None => continue,
            },
            None => continue,
        };
        lang = match value.as_ref().and_then(|value| value.to_str()) {
            Some("en") => Lang::En,
            _ => Lang::Vi,
        };
    }
    lang
}

impl From<LangArg> for Lang {
    fn from(lang: LangArg) -> Self {
        match lang {
            LangArg::Vi => Lang::Vi,
            LangArg::En => Lang::En,
        }
    }
}

/// A validated request for the library.
pub enum Request {
    Score(ScoreOptions),
    Rank(RankOptions),
    Criteria(CriteriaOptions),
    CriteriaExport(ExportOptions),
    CriteriaImport(ImportOptions),
    CriteriaDiff(DiffOptions),
    Council(CouncilOptions),
    Template(TemplateOptions),
    Compare(CompareOptions),
    Gaps(GapsOptions),
    WhatIf(WhatIfCommand),
    Report(ReportOptions),
    Completions(Shell),
    Man(Option<PathBuf>),
    Check(CheckOptions),
    Verify(VerifyOptions),
    Survey(SurveyOptions),
}

impl Args {
    /// Turns flags into library options.
    pub fn into_request(self) -> Request {
        let lang = Lang::from(self.lang);
        match self.command {
            Command::Score { evidence, responses, criteria, units, unit, format, out, documents } => Request::Score(ScoreOptions {
                paths: evidence,
                responses,
                criteria,
                unit,
                format: format.into(),
                lang,
                out,
                units,
                documents,
            }),
            Command::Rank { paths, responses, criteria, units, format, out, seal, documents } => {
                Request::Rank(RankOptions { paths, responses, criteria, format: format.into(), lang, out, units, seal, documents })
            }
            Command::Check { paths, criteria, deny_warnings, units, documents, responses } => {
                Request::Check(CheckOptions { paths, criteria, deny_warnings, lang, units, documents, responses })
            }
            Command::Criteria { action: Some(CriteriaCommand::Export { criteria, out }), .. } => {
                Request::CriteriaExport(ExportOptions { criteria, out, lang })
            }
            Command::Criteria { action: Some(CriteriaCommand::Import { table, out }), .. } => {
                Request::CriteriaImport(ImportOptions { table, out, lang })
            }
            Command::Criteria { action: Some(CriteriaCommand::Diff { before, after, format }), .. } => {
                Request::CriteriaDiff(DiffOptions { before, after, format: format.into() })
            }
            Command::Criteria { action: None, criteria, list, format } => {
                Request::Criteria(CriteriaOptions { criteria, list, format: format.into(), lang })
            }
            Command::Council { paths, responses, criteria, units, out, round, requests, seal, documents, samples, seed } => {
                Request::Council(CouncilOptions {
                    paths,
                    responses,
                    criteria,
                    out,
                    lang,
                    units,
                    round,
                    requests,
                    seal,
                    documents,
                    samples,
                    seed,
                })
            }
            Command::Template { criteria, unit, out, force } => Request::Template(TemplateOptions { criteria, unit, out, force, lang }),
            Command::Compare { previous, current, criteria, units, previous_criteria, top, format } => {
                Request::Compare(CompareOptions { previous, current, criteria, previous_criteria, top, format: format.into(), lang, units })
            }
            Command::Gaps { paths, responses, criteria, units, unit, top, format, documents } => {
                Request::Gaps(GapsOptions { paths, responses, criteria, unit, top, format: format.into(), lang, units, documents })
            }
            Command::Whatif { paths, responses, criteria, units, samples, seed, weight_jitter, survey_weight, format, documents } => {
                Request::WhatIf(WhatIfCommand {
                    documents,
                    paths,
                    responses,
                    criteria,
                    units,
                    simulation: WhatIfOptions { samples, seed, weight_jitter, survey_weight },
                    format: format.into(),
                    lang,
                })
            }
            Command::Report { paths, responses, criteria, units, out, seal, documents, samples, seed } => {
                Request::Report(ReportOptions { paths, responses, criteria, out, lang, units, seal, documents, samples, seed })
            }
            Command::Verify { seal } => Request::Verify(VerifyOptions { seal }),
            Command::Survey { paths, responses, criteria, unit, samples, seed, format, out, units } => {
                Request::Survey(SurveyOptions { paths, responses, criteria, unit, samples, seed, format: format.into(), lang, out, units })
            }
            Command::Completions { shell } => Request::Completions(shell),
            Command::Man { out } => Request::Man(out),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_language_is_found_before_clap_parses() {
        let lang = |args: &[&str]| lang_of(args.iter().map(std::ffi::OsString::from));
        assert_eq!(lang(&["par-score", "rank", "a.csv"]), Lang::Vi);
        assert_eq!(lang(&["par-score", "rank", "--lang", "en", "a.csv"]), Lang::En);
        assert_eq!(lang(&["par-score", "--lang=en", "rank"]), Lang::En);
        assert_eq!(lang(&["par-score", "--lang", "en", "--lang", "vi"]), Lang::Vi);
        // After `--`, `--lang` is a file name.
        assert_eq!(lang(&["par-score", "rank", "--", "--lang", "en"]), Lang::Vi);
    }

    #[test]
    fn arguments_are_consistent() {
        Args::command().debug_assert();
        command().debug_assert();
    }

    /// Every command and argument has its help in both catalogues.
    #[test]
    fn every_command_and_argument_has_help_in_both_languages() {
        fn walk(command: &clap::Command, path: &str, missing: &mut Vec<String>) {
            for lang in [Lang::Vi, Lang::En] {
                if !par_score::i18n::has_message(lang, path) {
                    missing.push(format!("{lang:?} {path}"));
                }
                for arg in command.get_arguments() {
                    let key = help::argument_key(path, arg.get_id().as_str());
                    if !par_score::i18n::has_message(lang, &key) {
                        missing.push(format!("{lang:?} {key}"));
                    }
                }
            }
            for sub in command.get_subcommands() {
                walk(sub, &format!("{path}-{}", sub.get_name()), missing);
            }
        }
        let mut missing = Vec::new();
        walk(&Args::command(), "cli", &mut missing);
        assert!(missing.is_empty(), "help missing from the catalogues: {missing:#?}");
    }
}
