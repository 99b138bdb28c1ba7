//! Evidence files: reading rows of values, claimed and appraised points for each
//! unit, from CSV files, spreadsheets (.xlsx, .xls, .xlsb, .ods) and directories of them.

mod book;
mod chunks;
mod columns;
mod entry;
mod filled;
mod gather;
mod lines;
mod matching;
mod parallel;
mod read;
mod records;
mod row;
mod sink;
mod sniff;
mod split;
mod window;
mod workbook_limits;
mod xlsx;
mod xlsx_cell;

use std::path::{Path, PathBuf};

pub use book::{Book, Conflict, Duplicate, UnitEvidence, merge_entry};
pub(crate) use chunks::Chunks;
pub use columns::{Column, ColumnMap};
pub use entry::{Entry, EntryText, Origin, Value};
pub use filled::holds_evidence_rows;
pub use gather::{Gathered, gather_evidence, header_columns};
pub(crate) use lines::LineCounting;
pub use matching::{match_units, match_units_named};
pub use parallel::{Batch, read_batch};
pub use read::{FileRead, ReadOptions, detect_separator, read_csv};
pub(crate) use records::{Fields, Parser};
pub use row::expected_value;
pub use sink::{BatchSink, RowSink};
pub(crate) use sniff::not_text;
pub(crate) use split::Split;
pub use xlsx::{CouncilLayer, MARKER_SHEET, is_workbook, read_xlsx, read_xlsx_bytes};
pub(crate) use xlsx_cell::number_text;
pub(crate) use xlsx_cell::{CellKind, cell_text};

use crate::criteria::{Framework, Target};
use crate::diagnostic::{Diagnostic, Diagnostics, Location};
use crate::error::{Error, Result};
use crate::register::Register;
use crate::tr;

/// All evidence of a run: the files read and every unit found.
#[derive(Debug)]
pub struct Evidence {
    /// The files, as named by the user, in the order their indices refer to.
    pub files: Vec<String>,
    /// The units, sorted by name.
    pub units: Vec<UnitEvidence>,
    /// Warnings found while reading (errors stop the run).
    pub warnings: Diagnostics,
    /// Where the units belong (blocks, units that sent nothing), from `--units`.
    pub roster: crate::register::Roster,
}

/// Decodes UTF-8 text, or reports the line of the first invalid byte with a hint.
pub fn decode_utf8<'a>(bytes: &'a [u8], name: &str) -> Result<&'a str> {
    if let Some(problem) = sniff::not_text(bytes, name, "TOML") {
        return Err(Error::Input(problem.into()));
    }
    std::str::from_utf8(bytes).map_err(|error| {
        let valid = &bytes[..error.valid_up_to()];
        let line = valid.iter().filter(|&&b| b == b'\n').count() as u64 + 1;
        let column = valid.rsplit(|&b| b == b'\n').next().map_or(0, |l| String::from_utf8_lossy(l).chars().count()) as u64 + 1;
        let bad = bytes[error.valid_up_to()];
        Error::Input(
            Diagnostic::error(Location::at(name, line, column), tr!("evidence-not-utf8", byte = format!("0x{bad:02X}")))
                .expected(tr!("evidence-expected-utf8-file"))
                .hint(tr!("evidence-save-as-utf8-hint"))
                .into(),
        )
    })
}

/// The evidence files named by `paths`: files as given, directories expanded to their
/// `*.csv` and spreadsheet files; sorted by name and without repeats (even under two
/// spellings of one path), so the order of arguments never changes a result.
pub fn expand_paths(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    expand_paths_noting(paths).map(|(files, _)| files)
}

/// [`expand_paths`], with a warning naming each other file found in a directory
/// (a PDF, a Word file, an Excel lock file), which is not read; a framework file
/// (`*.toml`) kept beside the evidence is passed over in silence.
pub fn expand_paths_noting(paths: &[PathBuf]) -> Result<(Vec<PathBuf>, Diagnostics)> {
    let mut skipped = Diagnostics::new();
    // Each file with the path that tells whether two spellings name one file: the
    // canonical path, found once per directory for the plain files in it (a
    // directory of a hundred thousand per-unit files is listed, not resolved file by
    // file).
    let mut files: Vec<(PathBuf, PathBuf)> = Vec::new();
    fn read_error(path: &Path) -> impl Fn(std::io::Error) -> Error + '_ {
        move |source| Error::Read { path: path.display().to_string(), source }
    }
    for path in paths {
        if path.is_dir() {
            let canonical_dir = path.canonicalize().unwrap_or_else(|_| path.clone());
            let entries = std::fs::read_dir(path).map_err(read_error(path))?;
            let mut found = Vec::new();
            for entry in entries {
                let entry = entry.map_err(read_error(path))?;
                let file = entry.path();
                let kind = entry.file_type().map_err(read_error(path))?;
                if !is_evidence_file(&file) {
                    // A framework file kept beside the evidence is expected there; a lock
                    // file has a warning of its own.
                    let framework = file.extension().is_some_and(|e| e.eq_ignore_ascii_case("toml"));
                    if !framework && !gather::is_lock_file(&file) && (kind.is_file() || (kind.is_symlink() && file.is_file())) {
                        skipped.push(skipped_file(&file));
                    }
                    continue;
                }
                if kind.is_file() {
                    found.push((file, canonical_dir.join(entry.file_name())));
                } else if kind.is_symlink() && file.is_file() {
                    let canonical = file.canonicalize().unwrap_or_else(|_| file.clone());
                    found.push((file, canonical));
                }
            }
            if found.is_empty() {
                return Err(Error::Usage(tr!("evidence-folder-without-data", folder = path.display())));
            }
            files.extend(found);
        } else if path.exists() {
            files.push((path.clone(), path.canonicalize().unwrap_or_else(|_| path.clone())));
        } else {
            return Err(Error::Read {
                path: path.display().to_string(),
                source: std::io::Error::new(std::io::ErrorKind::NotFound, "no such file or directory"),
            });
        }
    }
    files.sort();
    // One file named twice (`a.csv` and `./a.csv`) is read once.
    let mut seen = std::collections::HashSet::new();
    files.retain(|(_, canonical)| seen.insert(canonical.clone()));
    skipped.sort();
    Ok((files.into_iter().map(|(file, _)| file).collect(), skipped))
}

/// The warning for a file of a directory that is not read (Excel's lock files have
/// their own, [`gather::lock_file_warnings`]).
fn skipped_file(file: &Path) -> Diagnostic {
    Diagnostic::warning(Location::file(&crate::winpath::shown(file)), tr!("evidence-file-skipped"))
        .expected(tr!("evidence-file-skipped-expected"))
        .hint(tr!("evidence-file-skipped-hint"))
}

/// Whether a directory entry is read as evidence: `*.csv` or a spreadsheet
/// (`*.xlsx`, `*.xlsm`, `*.xls`, `*.xlsb`, `*.ods`), any case, but not the lock file
/// Excel keeps beside an open workbook (`~$name.xlsx`), which
/// [`gather::lock_file_warnings`] names in a warning.
pub fn is_evidence_file(path: &Path) -> bool {
    !gather::is_lock_file(path)
        && (is_workbook(path) || path.extension().and_then(|e| e.to_str()).is_some_and(|e| e.eq_ignore_ascii_case("csv")))
}

/// Reads every evidence file of `paths` against `framework`; all problems of all
/// files are reported together.
pub fn read_evidence(paths: &[PathBuf], framework: &Framework, options: ReadOptions) -> Result<Evidence> {
    read_evidence_for(paths, framework, options, None)
}

/// [`read_evidence`] with the units matched to a units register, when one is given
/// (formats.md section 6): every registered unit present, in register order.
pub fn read_evidence_for(paths: &[PathBuf], framework: &Framework, options: ReadOptions, register: Option<&Register>) -> Result<Evidence> {
    let gathered = gather_evidence(paths, framework, options)?;
    if gathered.problems.has_errors() {
        return Err(Error::Input(gathered.problems.errors_only()));
    }
    let (units, roster, mut problems) = match_units_named(gathered.units, &gathered.files, &gathered.columns, framework, register);
    problems.extend(gathered.problems);
    problems.sort();
    if problems.has_errors() {
        return Err(Error::Input(problems.errors_only()));
    }
    Ok(Evidence { files: gathered.files, units, warnings: problems, roster })
}

pub(crate) fn duplicate_across_files(
    names: &[String],
    sheets: &[Option<String>],
    columns: &[Option<ColumnMap>],
    framework: &Framework,
    unit: &str,
    duplicate: &Duplicate,
) -> Diagnostic {
    let (first, second) = (duplicate.first.file as usize, duplicate.second.file as usize);
    let location = match &sheets[second] {
        Some(sheet) => Location::cell(&names[second], sheet, duplicate.second.line, None),
        None => Location::line(&names[second], duplicate.second.line),
    };
    let line = duplicate.first.line;
    let place = match (sheets[first].is_some(), first == second) {
        (true, true) => tr!("evidence-place-row", line = line),
        (false, true) => tr!("evidence-place-line", line = line),
        (true, false) => tr!("evidence-place-row-of", line = line, file = names[first]),
        (false, false) => tr!("evidence-place-line-of", line = line, file = names[first]),
    };
    // The column is named as the later file's header names it.
    duplicate_diagnostic(location, framework, unit, duplicate, &place, columns.get(second).and_then(Option::as_ref))
}

/// The error for two rows of one (unit, criterion) that cannot be merged; `place`
/// names the earlier row ("line 2", "line 2 of a.csv").
pub(crate) fn duplicate_diagnostic(
    location: Location,
    framework: &Framework,
    unit: &str,
    duplicate: &Duplicate,
    place: &str,
    columns: Option<&ColumnMap>,
) -> Diagnostic {
    let label = |column: Column| columns.map_or(column.label(), |columns| columns.label(column)).to_owned();
    let id = match duplicate.target {
        Target::Leaf(leaf) => framework.leaf_node(leaf).id.as_str(),
        Target::Adjustment(adjustment) => framework.adjustments[adjustment].id.as_str(),
        Target::Group(node) => framework.nodes[node].id.as_str(),
    };
    match duplicate.conflict {
        Conflict::Twice(column) => {
            Diagnostic::error(location, tr!("evidence-duplicate-row", unit = unit, id = id, place = place, column = label(column)))
                .expected(tr!("evidence-duplicate-row-expected"))
                .hint(tr!("evidence-duplicate-row-hint"))
        }
        Conflict::NotApplicable(column) => Diagnostic::error(
            location,
            tr!("evidence-duplicate-not-applicable", id = id, unit = unit, column = label(column), place = place),
        )
        .expected(tr!("evidence-not-applicable-or-points-expected"))
        .hint(tr!("evidence-not-applicable-or-points-hint")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_evidence_file_is_read_once_however_it_is_named() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("units");
        std::fs::create_dir(&dir).unwrap();
        for name in ["b.csv", "a.CSV", "notes.txt", "~$c.xlsx", "c.xlsx"] {
            std::fs::write(dir.join(name), "unit,criterion,value\n").unwrap();
        }
        std::fs::create_dir(dir.join("sub.csv")).unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink(dir.join("b.csv"), dir.join("d.csv")).unwrap();
        let given = [dir.clone(), dir.join("b.csv"), dir.join(".").join("a.CSV"), root.path().join("units/../units/c.xlsx")];
        let files = expand_paths(&given).unwrap();
        let names: Vec<String> = files.iter().map(|f| f.strip_prefix(root.path()).unwrap().display().to_string()).collect();
        // The listing gives a.CSV, b.csv, c.xlsx and (a link to b.csv) d.csv; the
        // arguments name three of them again. The first spelling in sorted order stays.
        assert_eq!(names, ["units/../units/c.xlsx", "units/a.CSV", "units/b.csv"]);
    }
}
