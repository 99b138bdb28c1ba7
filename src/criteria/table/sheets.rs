//! The table's sheets as text cells: the worksheets of an Excel workbook, or the one
//! table of a CSV file (`,` or `;`, UTF-8).

use std::io::BufReader;
use std::path::Path;

use calamine::{Reader, SheetType, Xlsx};

use crate::diagnostic::{Diagnostic, Diagnostics, Location};
use crate::error::{Error, Result};
use crate::tr;

/// One worksheet (or the CSV file, `name = None`) as text cells.
pub(super) struct Sheet {
    /// The worksheet's name; `None` for a CSV file.
    pub(super) name: Option<String>,
    /// The rows from row 1, cells from column A, as text.
    pub(super) rows: Vec<Vec<String>>,
}

pub(super) fn read_workbook(path: &Path, name: &str) -> Result<Vec<Sheet>> {
    let opened = std::fs::File::open(path).map_err(|source| Error::Read { path: name.to_owned(), source })?;
    let unreadable = |error: calamine::XlsxError| match error {
        calamine::XlsxError::Io(source) => Error::Read { path: name.to_owned(), source },
        other => Error::Input(
            Diagnostic::error(Location::file(name), tr!("table-xlsx-unreadable", reason = other))
                .expected(tr!("table-xlsx-unreadable-expected"))
                .into(),
        ),
    };
    let mut workbook = Xlsx::new(BufReader::new(opened)).map_err(unreadable)?;
    let names: Vec<String> = workbook.sheets_metadata().iter().filter(|s| s.typ == SheetType::WorkSheet).map(|s| s.name.clone()).collect();
    let mut sheets = Vec::new();
    let mut problems = Diagnostics::new();
    for sheet_name in names {
        let range = workbook.worksheet_range(&sheet_name).map_err(unreadable)?;
        let (Some(start), Some(end)) = (range.start(), range.end()) else {
            sheets.push(Sheet { name: Some(sheet_name), rows: Vec::new() });
            continue;
        };
        let mut rows = vec![Vec::new(); start.0 as usize];
        for row in start.0..=end.0 {
            let mut cells = vec![String::new(); start.1 as usize];
            for column in start.1..=end.1 {
                let data = range.get_value((row, column)).cloned().unwrap_or_default();
                match crate::evidence::cell_text(&data, crate::evidence::CellKind::default()) {
                    Ok(text) => cells.push(text),
                    Err(error) => {
                        problems.push(
                            Diagnostic::error(
                                Location::cell(name, &sheet_name, u64::from(row) + 1, Some(u64::from(column) + 1)),
                                tr!("table-cell-error", error = error),
                            )
                            .expected(tr!("table-cell-error-expected")),
                        );
                        cells.push(String::new());
                    }
                }
            }
            rows.push(cells);
        }
        sheets.push(Sheet { name: Some(sheet_name), rows });
    }
    if problems.has_errors() {
        return Err(Error::Input(problems));
    }
    Ok(sheets)
}

pub(super) fn read_csv(path: &Path, name: &str) -> Result<Sheet> {
    let bytes = std::fs::read(path).map_err(|source| Error::Read { path: name.to_owned(), source })?;
    if let Some(problem) = crate::evidence::not_text(&bytes, name, "CSV") {
        return Err(Error::Input(problem.into()));
    }
    let Ok(text) = std::str::from_utf8(&bytes) else {
        return Err(Error::Input(
            Diagnostic::error(Location::file(name), tr!("table-not-utf8")).expected(tr!("table-not-utf8-expected")).into(),
        ));
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let separator = crate::evidence::detect_separator(text.as_bytes());
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(separator).from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|error| {
            let line = error.position().map_or(0, |p| p.line());
            Error::Input(
                Diagnostic::error(Location::line(name, line), tr!("table-csv-line", reason = error))
                    .expected(tr!("table-csv-line-expected"))
                    .into(),
            )
        })?;
        rows.push(record.iter().map(str::to_owned).collect());
    }
    Ok(Sheet { name: None, rows })
}
