//! The library's error type and the exit status each error maps to.

use std::fmt;

use crate::diagnostic::Diagnostics;
use crate::i18n::io_reason;
use crate::tr;

/// Exit statuses of the `par-score` binary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    /// Success.
    Ok = 0,
    /// Warnings with `--deny-warnings`, or a failure that is not the input's fault
    /// (an output file that cannot be written).
    Failure = 1,
    /// Bad input: a file that cannot be read or does not follow the formats, or a bad
    /// command line.
    BadInput = 2,
}

/// Everything that can go wrong in par-score.
#[derive(Debug)]
pub enum Error {
    /// Input files with problems; each names its file, line and column.
    Input(Diagnostics),
    /// Warnings found by `check --deny-warnings` (no error).
    WarningsDenied(Diagnostics),
    /// An input file that cannot be opened or read.
    Read {
        /// The file.
        path: String,
        /// The operating system's reason.
        source: std::io::Error,
    },
    /// An output file that cannot be written.
    Write {
        /// The file.
        path: String,
        /// The operating system's reason.
        source: std::io::Error,
    },
    /// An output file that another program holds open (on Windows, Excel locks the
    /// workbooks and CSV files it has open, and the new file cannot replace it).
    HeldOpen {
        /// The file.
        path: String,
        /// The operating system's reason.
        source: std::io::Error,
    },
    /// A workbook that cannot be built (not the input's fault).
    Workbook {
        /// The file.
        path: String,
        /// What the workbook writer reported.
        source: rust_xlsxwriter::XlsxError,
    },
    /// `--criteria` names neither a file nor a bundled framework.
    UnknownFramework {
        /// What was asked for.
        name: String,
        /// The bundled ids.
        known: String,
    },
    /// A command line that asks for something impossible.
    Usage(String),
    /// A seal file that is not par-score's, or is damaged.
    Seal {
        /// The seal file.
        path: String,
        /// What is wrong with it.
        why: String,
    },
    /// `verify` found changed inputs or outputs that would differ: one line each.
    SealBroken(Vec<String>),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Error::Input(diagnostics) | Error::WarningsDenied(diagnostics) => return write!(f, "{diagnostics}"),
            Error::Read { path, source } => tr!("error-read", path = path, reason = io_reason(source)),
            Error::Write { path, source } => tr!("error-write", path = path, reason = io_reason(source)),
            Error::HeldOpen { path, .. } => tr!("error-held-open", path = path),
            Error::Workbook { path, source } => tr!("error-workbook", path = path, reason = source),
            Error::UnknownFramework { name, known } => tr!("error-unknown-framework", name = name, known = known),
            Error::Usage(text) => text.clone(),
            Error::Seal { path, why } => format!("{path}: {why}"),
            Error::SealBroken(problems) => problems.join("\n"),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Read { source, .. } | Error::Write { source, .. } | Error::HeldOpen { source, .. } => Some(source),
            Error::Workbook { source, .. } => Some(source),
            _ => None,
        }
    }
}

impl Error {
    /// The exit status for this error.
    pub fn exit_status(&self) -> ExitStatus {
        match self {
            Error::Write { .. } | Error::HeldOpen { .. } | Error::Workbook { .. } | Error::WarningsDenied(_) | Error::SealBroken(_) => {
                ExitStatus::Failure
            }
            _ => ExitStatus::BadInput,
        }
    }
}

impl From<Diagnostics> for Error {
    fn from(diagnostics: Diagnostics) -> Self {
        Error::Input(diagnostics)
    }
}

/// Results of the library.
pub type Result<T, E = Error> = std::result::Result<T, E>;
