//! The library's error type and the exit status each error maps to.

use crate::diagnostic::Diagnostics;

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
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Input files with problems; each names its file, line and column.
    #[error("{0}")]
    Input(Diagnostics),
    /// Warnings found by `check --deny-warnings` (no error).
    #[error("{0}")]
    WarningsDenied(Diagnostics),
    /// An input file that cannot be opened or read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file.
        path: String,
        /// The operating system's reason.
        source: std::io::Error,
    },
    /// An output file that cannot be written.
    #[error("cannot write {path}: {source}")]
    Write {
        /// The file.
        path: String,
        /// The operating system's reason.
        source: std::io::Error,
    },
    /// An output file that another program holds open (on Windows, Excel locks the
    /// workbooks and CSV files it has open, and the new file cannot replace it).
    #[error("Tệp {path} đang được mở trong Excel hoặc chương trình khác; hãy đóng tệp rồi chạy lại")]
    HeldOpen {
        /// The file.
        path: String,
        /// The operating system's reason.
        source: std::io::Error,
    },
    /// A workbook that cannot be built (not the input's fault).
    #[error("cannot build the workbook {path}: {source}")]
    Workbook {
        /// The file.
        path: String,
        /// What the workbook writer reported.
        source: rust_xlsxwriter::XlsxError,
    },
    /// `--criteria` names neither a file nor a bundled framework.
    #[error("no criteria file or bundled framework named \"{name}\"; bundled frameworks: {known}")]
    UnknownFramework {
        /// What was asked for.
        name: String,
        /// The bundled ids.
        known: String,
    },
    /// A command line that asks for something impossible.
    #[error("{0}")]
    Usage(String),
    /// A seal file that is not par-score's, or is damaged.
    #[error("{path}: {why}")]
    Seal {
        /// The seal file.
        path: String,
        /// What is wrong with it.
        why: String,
    },
    /// `verify` found changed inputs or outputs that would differ: one line each.
    #[error("{}", .0.join("\n"))]
    SealBroken(Vec<String>),
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
