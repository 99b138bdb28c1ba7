//! Command-line arguments (clap derive) and their conversion to library options.

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

use par_score::commands::{CheckOptions, CriteriaOptions, RankOptions, ScoreOptions};
use par_score::labels::Lang;
use par_score::report::Format;

/// Computes the Vietnamese PAR Index (Chỉ số cải cách hành chính) from a criteria
/// framework (TOML) and evidence files (CSV): score sheets, rankings, frameworks.
#[derive(Debug, Parser)]
#[command(name = "par-score", version, about, long_about = None, after_help = EXIT_CODES)]
pub struct Args {
    #[command(subcommand)]
    pub command: Command,
    /// Language of table labels.
    #[arg(long, global = true, value_enum, default_value_t = LangArg::Vi)]
    pub lang: LangArg,
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
        /// Evidence CSV files or directories of them.
        #[arg(required = true)]
        evidence: Vec<PathBuf>,
        /// Criteria framework: a TOML file or a bundled id (default: so-2025).
        #[arg(long, short)]
        criteria: Option<String>,
        /// The unit to score, when the evidence holds several.
        #[arg(long, short)]
        unit: Option<String>,
        /// Output format.
        #[arg(long, short, value_enum, default_value_t = FormatArg::Table)]
        format: FormatArg,
        /// Write to this file (atomically; never over an input) instead of standard output.
        #[arg(long, short)]
        out: Option<PathBuf>,
    },
    /// Ranks every unit found in the given files and directories (every *.csv).
    Rank {
        /// Evidence CSV files or directories of them.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Criteria framework: a TOML file or a bundled id (default: so-2025).
        #[arg(long, short)]
        criteria: Option<String>,
        /// Output format.
        #[arg(long, short, value_enum, default_value_t = FormatArg::Table)]
        format: FormatArg,
        /// Write to this file (atomically; never over an input) instead of standard output.
        #[arg(long, short)]
        out: Option<PathBuf>,
    },
    /// Validates a framework and evidence files without scoring them, and lists every
    /// problem at once: errors (exit status 2) and warnings (0, or 1 with --deny-warnings).
    Check {
        /// Evidence CSV files or directories of them; none checks only the framework.
        paths: Vec<PathBuf>,
        /// Criteria framework: a TOML file or a bundled id (default: so-2025).
        #[arg(long, short)]
        criteria: Option<String>,
        /// Fail (exit status 1) when there are warnings.
        #[arg(long)]
        deny_warnings: bool,
    },
    /// Shows a framework as a tree with maxima and how each sub-criterion is scored.
    Criteria {
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
    Check(CheckOptions),
}

impl Args {
    /// Turns flags into library options.
    pub fn into_request(self) -> Request {
        let lang = Lang::from(self.lang);
        match self.command {
            Command::Score { evidence, criteria, unit, format, out } => {
                Request::Score(ScoreOptions { paths: evidence, criteria, unit, format: format.into(), lang, out })
            }
            Command::Rank { paths, criteria, format, out } => {
                Request::Rank(RankOptions { paths, criteria, format: format.into(), lang, out })
            }
            Command::Check { paths, criteria, deny_warnings } => Request::Check(CheckOptions { paths, criteria, deny_warnings, lang }),
            Command::Criteria { criteria, list, format } => {
                Request::Criteria(CriteriaOptions { criteria, list, format: format.into(), lang })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn arguments_are_consistent() {
        Args::command().debug_assert();
    }
}
