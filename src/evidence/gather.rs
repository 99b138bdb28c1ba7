//! Reads every evidence file of a run and keeps going past errors: the rows that
//! could be read, and every error and warning of every file, for `check`.

use std::path::PathBuf;

use super::book::{Book, UnitEvidence};
use super::columns::ColumnMap;
use super::read::{ReadOptions, detect_separator, read_csv};
use super::xlsx::{is_workbook, read_xlsx};
use super::{duplicate_across_files, expand_paths};
use crate::criteria::{Framework, Target};
use crate::diagnostic::Diagnostics;
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
    let files = expand_paths(paths)?;
    if files.is_empty() {
        return Err(Error::Usage("no evidence files given".to_owned()));
    }
    let names: Vec<String> = files.iter().map(|p| p.display().to_string()).collect();
    let mut book = Book::new();
    let mut problems = Diagnostics::new();
    let mut columns = Vec::with_capacity(files.len());
    let mut sheets: Vec<Option<String>> = Vec::with_capacity(files.len());
    for (index, (path, name)) in files.iter().zip(&names).enumerate() {
        let read = if is_workbook(path) {
            let (read, sheet) = read_xlsx(path, name, index as u32, framework, options)?;
            sheets.push(Some(sheet));
            columns.push(None);
            read
        } else {
            // The header is looked at in the first bytes; the rest streams (a 1 GB file
            // was held whole in memory).
            use std::io::Read;
            let read_error = |source| Error::Read { path: name.clone(), source };
            let mut file = std::fs::File::open(path).map_err(read_error)?;
            let mut start = Vec::new();
            (&mut file).take(super::lines::MAX_LINE_BYTES + 1).read_to_end(&mut start).map_err(read_error)?;
            sheets.push(None);
            columns.push(header_columns(&start));
            read_csv(start.as_slice().chain(std::io::BufReader::new(file)), name, index as u32, framework, options)?
        };
        problems.extend(read.problems);
        for (unit, duplicate) in book.merge(framework, read.book) {
            problems.push(duplicate_across_files(&names, &sheets, framework, &unit, &duplicate));
        }
    }
    problems.sort();
    let mut rejected = book.rejected().to_vec();
    rejected.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(Gathered { files: names, columns, units: book.into_units(), rejected, problems })
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
