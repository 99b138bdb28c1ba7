//! Reads every evidence file of a run and keeps going past errors: the rows that
//! could be read, and every error and warning of every file, for `check`.

use std::path::{Path, PathBuf};

use super::book::{Book, UnitEvidence};
use super::columns::ColumnMap;
use super::read::{ReadOptions, detect_separator, read_csv};
use super::xlsx::{is_workbook, looks_like_workbook, read_xlsx};
use super::{duplicate_across_files, expand_paths_noting};
use crate::criteria::{Framework, Target};
use crate::diagnostic::{Diagnostic, Diagnostics, Location};
use crate::error::{Error, Result};
use crate::text::nfc;

/// Everything read from a run's evidence files, errors included.
#[derive(Debug)]
pub struct Gathered {
    /// The files, as named by the user, in the order their indices refer to.
    pub files: Vec<String>,
    /// Where the columns are in each file (`None` for a workbook, or when its header
    /// could not be read).
    pub columns: Vec<Option<ColumnMap>>,
    /// The units, sorted by name, with the rows that could be read.
    pub units: Vec<UnitEvidence>,
    /// Rows left out because of errors: unit and target.
    pub rejected: Vec<(String, Target)>,
    /// Every error and warning of every file, sorted by place.
    pub problems: Diagnostics,
}

/// Reads every evidence file of `paths`; problems in the files are collected, not
/// returned as errors (only unreadable files and bad paths stop it).
pub fn gather_evidence(paths: &[PathBuf], framework: &Framework, options: ReadOptions) -> Result<Gathered> {
    let (files, skipped) = expand_paths_noting(paths)?;
    if files.is_empty() {
        return Err(Error::Usage(crate::tr!("evidence-no-files")));
    }
    let names: Vec<String> = files.iter().map(|p| crate::winpath::shown(p)).collect();
    let mut book = Book::new();
    let mut problems = lock_file_warnings(paths);
    problems.extend(skipped);
    let mut columns = Vec::with_capacity(files.len());
    let mut sheets: Vec<Option<String>> = Vec::with_capacity(files.len());
    for (index, (path, name)) in files.iter().zip(&names).enumerate() {
        // The start of a file tells a spreadsheet from CSV and holds the CSV header; the
        // rest of a CSV file streams (a 1 GB file is never held whole in memory).
        let (file, start) = if is_workbook(path) {
            (None, Vec::new())
        } else {
            use std::io::Read;
            let read_error = |source| Error::Read { path: name.clone(), source };
            let mut file = std::fs::File::open(path).map_err(read_error)?;
            let mut start = Vec::new();
            (&mut file).take(super::lines::MAX_LINE_BYTES + 1).read_to_end(&mut start).map_err(read_error)?;
            (Some(file), start)
        };
        // A spreadsheet is read as one whatever its name (an .ods saved as "x.csv");
        // content that no spreadsheet reader takes is then reported as not CSV text.
        let workbook = if is_workbook(path) {
            Some(read_xlsx(path, name, index as u32, framework, options)?)
        } else if looks_like_workbook(&start) {
            read_xlsx(path, name, index as u32, framework, options).ok()
        } else {
            None
        };
        let read = if let Some((read, sheet)) = workbook {
            sheets.push(Some(sheet));
            columns.push(None);
            read
        } else {
            sheets.push(None);
            columns.push(header_columns(&start));
            let rest = file.map(std::io::BufReader::new);
            read_csv(std::io::Read::chain(start.as_slice(), rest.expect("a CSV file is open")), name, index as u32, framework, options)?
        };
        problems.extend(read.problems);
        for (unit, duplicate) in book.merge(framework, read.book) {
            problems.push(duplicate_across_files(&names, &sheets, &columns, framework, &unit, &duplicate));
        }
    }
    problems.sort();
    let mut rejected = book.rejected().to_vec();
    rejected.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(Gathered { files: names, columns, units: book.into_units(), rejected, problems })
}

/// Whether a file is the lock file Excel keeps beside a workbook it has open
/// (`~$name.xlsx`; Word and other Office programs name theirs alike).
pub(crate) fn is_lock_file(path: &Path) -> bool {
    path.file_name().and_then(|name| name.to_str()).is_some_and(|name| name.starts_with("~$"))
}

/// A warning for each Office lock file in the directories of `paths`: it is skipped,
/// and the workbook beside it is open, so its unsaved changes are not read.
pub fn lock_file_warnings(paths: &[PathBuf]) -> Diagnostics {
    let mut warnings = Diagnostics::new();
    for dir in paths.iter().filter(|path| path.is_dir()) {
        let Ok(entries) = std::fs::read_dir(dir) else { continue };
        let mut locks: Vec<PathBuf> = entries.flatten().map(|entry| entry.path()).filter(|path| is_lock_file(path)).collect();
        locks.sort();
        for lock in locks {
            warnings.push(
                Diagnostic::warning(Location::file(&crate::winpath::shown(&lock)), crate::tr!("evidence-lock-file"))
                    .hint(crate::tr!("evidence-lock-file-hint")),
            );
        }
    }
    warnings
}

/// The column positions named by a file's header line, if it can be read.
pub fn header_columns(bytes: &[u8]) -> Option<ColumnMap> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    // A header longer than a line may be is reported by the reader, not read here.
    let limit = super::lines::MAX_LINE_BYTES as usize;
    if bytes.len() > limit && !bytes[..limit].contains(&b'\n') {
        return None;
    }
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(detect_separator(bytes)).from_reader(bytes);
    let mut record = csv::ByteRecord::new();
    if !reader.read_byte_record(&mut record).ok()? {
        return None;
    }
    let headers: Vec<String> =
        record.iter().map(|field| std::str::from_utf8(field).map(|text| nfc(text.trim()))).collect::<Result<_, _>>().ok()?;
    ColumnMap::from_headers(headers.iter().map(String::as_str)).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn office_lock_files_are_named_in_warnings() {
        let dir = tempfile::tempdir().unwrap();
        // Excel's lock file of an open workbook, one with a Vietnamese name, and Word's.
        for name in ["~$bang-diem.xlsx", "~$Bảng điểm.xlsx", "~$ghi chú.docx", "bang-diem.xlsx", "a~$.csv"] {
            std::fs::write(dir.path().join(name), b"").unwrap();
        }
        let warnings = lock_file_warnings(&[dir.path().to_path_buf(), dir.path().join("bang-diem.xlsx")]);
        let named: Vec<String> = warnings
            .items()
            .iter()
            .map(|warning| {
                assert!(warning.message.contains("tệp khóa của Excel"), "{warning}");
                Path::new(&warning.location.file).strip_prefix(dir.path()).unwrap().display().to_string()
            })
            .collect();
        // Sorted by name (bytes: "~$B" < "~$b" < "~$g").
        assert_eq!(named, ["~$Bảng điểm.xlsx", "~$bang-diem.xlsx", "~$ghi chú.docx"]);
        assert_eq!(warnings.warning_count(), 3);
        assert!(!warnings.has_errors());
        assert!(is_lock_file(Path::new("thu-muc/~$x.xlsx")) && !is_lock_file(Path::new("~$dir/x.xlsx")));
    }
}
