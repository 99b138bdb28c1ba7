//! Reads evidence from a spreadsheet (.xlsx, .xlsm, .xls, .xlsb, .ods): the worksheet
//! named `evidence` or `minh chứng`, else the first one. Its rows go through the CSV
//! reader's row logic; problems name the sheet and cell (`file.xlsx:Sheet1!B12`).

use std::io::Cursor;
use std::path::Path;

use calamine::{Data, Ods, Range, Reader, SheetType, Sheets, StyleRange, Xls, Xlsb, Xlsx};

use super::columns::{Column, ColumnMap};
use super::read::{FileRead, ReadOptions, RowOutcome, RowReader};
use super::xlsx_cell::{CellKind, cell_text, is_percent_format};
use crate::criteria::{Framework, Rule, Target};
use crate::diagnostic::{Diagnostic, Diagnostics, Location};
use crate::error::{Error, Result};
use crate::text::{fold, nfc};
use crate::tr;

/// Sheet names chosen over the first worksheet (compared ignoring case).
const PREFERRED_SHEETS: [&str; 3] = ["evidence", "minh chứng", "minh chung"];
/// How many non-blank rows may stand above the header (a title, a date line).
const HEADER_SEARCH_ROWS: usize = 20;

/// The extensions of the spreadsheets read as evidence (compared ignoring case).
pub const WORKBOOK_EXTENSIONS: [&str; 5] = ["xlsx", "xlsm", "xls", "xlsb", "ods"];

/// Whether a path is read as a workbook: `*.xlsx`, `*.xlsm`, `*.xls`, `*.xlsb` or
/// `*.ods`, any case.
pub fn is_workbook(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| WORKBOOK_EXTENSIONS.iter().any(|w| e.eq_ignore_ascii_case(w)))
}

/// Whether a file's first bytes are a spreadsheet's container: a ZIP archive (.xlsx,
/// .xlsb, .ods) or an OLE compound file (.xls), whatever its name says.
pub fn looks_like_workbook(head: &[u8]) -> bool {
    head.starts_with(b"PK\x03\x04") || head.starts_with(b"\xD0\xCF\x11\xE0")
}

/// Opens a spreadsheet with the reader its extension names; another extension (a
/// workbook renamed) is tried with each reader in turn.
fn open_book(path: &Path, bytes: Vec<u8>) -> Result<Sheets<Cursor<Vec<u8>>>, calamine::Error> {
    let reader = Cursor::new(bytes);
    let extension = path.extension().and_then(|e| e.to_str()).unwrap_or_default().to_ascii_lowercase();
    Ok(match extension.as_str() {
        "xlsx" | "xlsm" => Sheets::Xlsx(Xlsx::new(reader).map_err(calamine::Error::Xlsx)?),
        "xls" => Sheets::Xls(Xls::new(reader).map_err(calamine::Error::Xls)?),
        "xlsb" => Sheets::Xlsb(Xlsb::new(reader).map_err(calamine::Error::Xlsb)?),
        "ods" => Sheets::Ods(Ods::new(reader).map_err(calamine::Error::Ods)?),
        _ => calamine::open_workbook_auto_from_rs(reader)?,
    })
}

/// Whether the workbook counts dates from 1904 (old Mac Excel).
fn epoch_1904<R: std::io::Read + std::io::Seek>(book: &Sheets<R>) -> bool {
    match book {
        Sheets::Xlsx(book) => book.has_1904_epoch(),
        Sheets::Xls(book) => book.has_1904_epoch(),
        Sheets::Xlsb(book) => book.has_1904_epoch(),
        Sheets::Ods(_) => false,
    }
}

/// Reads the evidence sheet of the workbook at `path`; `name` is the file as the
/// user named it and `file` its index in the run. Returns the rows and the sheet read.
pub fn read_xlsx(path: &Path, name: &str, file: u32, framework: &Framework, options: ReadOptions) -> Result<(FileRead, String)> {
    let opened = std::fs::read(path).map_err(|source| Error::Read { path: name.to_owned(), source })?;
    read_book(path, opened, name, file, framework, options)
}

/// Reads the evidence sheet of a workbook held in memory (the fuzz target's entry);
/// `name` also tells which spreadsheet reader opens it, by its extension.
pub fn read_xlsx_bytes(bytes: &[u8], name: &str, file: u32, framework: &Framework, options: ReadOptions) -> Result<(FileRead, String)> {
    read_book(Path::new(name), bytes.to_vec(), name, file, framework, options)
}

fn read_book(
    path: &Path,
    opened: Vec<u8>,
    name: &str,
    file: u32,
    framework: &Framework,
    options: ReadOptions,
) -> Result<(FileRead, String)> {
    let unreadable = |error: calamine::Error| match error {
        calamine::Error::Io(source)
        | calamine::Error::Xlsx(calamine::XlsxError::Io(source))
        | calamine::Error::Xls(calamine::XlsError::Io(source))
        | calamine::Error::Xlsb(calamine::XlsbError::Io(source))
        | calamine::Error::Ods(calamine::OdsError::Io(source)) => Error::Read { path: name.to_owned(), source },
        other => Error::Input(
            Diagnostic::error(Location::file(name), tr!("evidence-workbook-unreadable", reason = other))
                .expected(tr!("evidence-workbook-unreadable-expected"))
                .hint(tr!("evidence-workbook-unreadable-hint"))
                .into(),
        ),
    };
    // What a workbook claims (entries, sizes, counts, dimensions) is checked before
    // calamine allocates for it (a zip; an .xls passes to calamine).
    super::workbook_limits::check(Cursor::new(opened.as_slice()), name)?;
    let mut workbook = open_book(path, opened).map_err(unreadable)?;
    let sheets: Vec<String> = workbook.sheets_metadata().iter().filter(|s| s.typ == SheetType::WorkSheet).map(|s| s.name.clone()).collect();
    if let Some(kind) = council_kind(&mut workbook, &sheets) {
        return read_council_workbook(&mut workbook, &sheets, kind, name, file, framework, options).map_err(unreadable);
    }
    let chosen = sheets.iter().find(|s| PREFERRED_SHEETS.contains(&fold(s).as_str())).or(sheets.first()).cloned();
    let Some(sheet) = chosen else {
        let problem =
            Diagnostic::error(Location::file(name), tr!("evidence-workbook-no-sheet")).expected(tr!("evidence-workbook-no-sheet-expected"));
        return Ok((FileRead { book: super::Book::new(), problems: problem.into() }, String::new()));
    };
    let range = workbook.worksheet_range(&sheet).map_err(unreadable)?;
    // Formats only refine numbers (percentages); a workbook whose styles cannot be
    // read is still read, by value.
    let styles = workbook.worksheet_style(&sheet).unwrap_or_else(|_| StyleRange::empty());
    // Formulas find cells saved without their result (a program that does not calculate).
    let formulas = workbook.worksheet_formula(&sheet).unwrap_or_default();
    let epoch_1904 = epoch_1904(&workbook);
    let others: Vec<&str> = sheets.iter().filter(|s| **s != sheet).map(String::as_str).collect();
    let sheet_reader = SheetReader {
        name,
        sheet: &sheet,
        others: &others,
        range: &range,
        styles: &styles,
        formulas: &formulas,
        framework,
        epoch_1904,
        keep: None,
    };
    let read = sheet_reader.read(file, options);
    Ok((read, sheet))
}

/// The marker sheet of a workbook written by `council --round` or `--requests`.
pub const MARKER_SHEET: &str = "par-score";

/// Which layer a workbook written by par-score for the council holds, from its hidden
/// marker sheet (`par-score` in A1, the kind in B1).
fn council_kind(workbook: &mut Sheets<Cursor<Vec<u8>>>, sheets: &[String]) -> Option<CouncilLayer> {
    if !sheets.iter().any(|s| s == MARKER_SHEET) {
        return None;
    }
    let range = workbook.worksheet_range(MARKER_SHEET).ok()?;
    let text = |column: u32| range.get_value((0, column)).map(|d| d.to_string()).unwrap_or_default();
    (text(0) == MARKER_SHEET).then(|| CouncilLayer::from_marker(&text(1))).flatten()
}

/// The layers of the council's workflow that par-score writes as workbooks and reads
/// back (formats.md section 7): only the cells of that layer are read; the other
/// columns repeat the earlier layers for the reader's convenience.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CouncilLayer {
    /// The council's first round: `appraised_1` and its reason in `note`.
    FirstRound,
    /// The units' explanations: `explanation` and more `evidence`.
    Explanation,
    /// The council's final round: `appraised`.
    FinalRound,
}

impl CouncilLayer {
    /// The text of the marker sheet's B1.
    pub fn marker(self) -> &'static str {
        match self {
            CouncilLayer::FirstRound => "thẩm định lần 1",
            CouncilLayer::Explanation => "giải trình",
            CouncilLayer::FinalRound => "thẩm định lần 2",
        }
    }

    fn from_marker(text: &str) -> Option<Self> {
        [CouncilLayer::FirstRound, CouncilLayer::Explanation, CouncilLayer::FinalRound].into_iter().find(|k| k.marker() == text)
    }

    /// The columns read from a workbook of this layer.
    pub fn columns(self) -> &'static [Column] {
        match self {
            CouncilLayer::FirstRound => &[Column::Unit, Column::Criterion, Column::AppraisedFirst, Column::Note],
            CouncilLayer::Explanation => &[Column::Unit, Column::Criterion, Column::Explanation, Column::Evidence],
            CouncilLayer::FinalRound => &[Column::Unit, Column::Criterion, Column::Appraised],
        }
    }
}

/// Reads every unit sheet of a council workbook (all sheets but the marker), only
/// the columns of its layer; rows where those are all empty are not rows.
fn read_council_workbook(
    workbook: &mut Sheets<Cursor<Vec<u8>>>,
    sheets: &[String],
    kind: CouncilLayer,
    name: &str,
    file: u32,
    framework: &Framework,
    options: ReadOptions,
) -> std::result::Result<(FileRead, String), calamine::Error> {
    let mut book = super::Book::new();
    let mut problems = Diagnostics::new();
    let epoch_1904 = epoch_1904(workbook);
    for sheet in sheets.iter().filter(|s| *s != MARKER_SHEET) {
        let range = workbook.worksheet_range(sheet)?;
        if range.is_empty() {
            continue;
        }
        let styles = workbook.worksheet_style(sheet).unwrap_or_else(|_| StyleRange::empty());
        let formulas = workbook.worksheet_formula(sheet).unwrap_or_default();
        let reader = SheetReader {
            name,
            sheet,
            others: &[],
            range: &range,
            styles: &styles,
            formulas: &formulas,
            framework,
            epoch_1904,
            keep: Some(kind.columns()),
        };
        let read = reader.read(file, options);
        // A unit sheet the council left empty is not an error.
        let no_rows = tr!("evidence-sheet-header-but-no-rows");
        for problem in read.problems.items().iter().filter(|p| p.message != no_rows) {
            problems.push(problem.clone());
        }
        for (unit, duplicate) in book.merge(framework, read.book) {
            // Both rows are in this workbook (index 0 of a one-file list).
            let (names, sheets) = ([name.to_owned()], [Some(sheet.clone())]);
            let first = super::Origin { file: 0, ..duplicate.first };
            let second = super::Origin { file: 0, ..duplicate.second };
            let duplicate = super::Duplicate { first, second, ..duplicate };
            problems.push(super::duplicate_across_files(&names, &sheets, &[None], framework, &unit, &duplicate));
        }
    }
    Ok((FileRead { book, problems }, kind.marker().to_owned()))
}

struct SheetReader<'a> {
    name: &'a str,
    sheet: &'a str,
    /// The workbook's other worksheets, named when the rows are not found.
    others: &'a [&'a str],
    range: &'a Range<Data>,
    styles: &'a StyleRange,
    formulas: &'a Range<String>,
    framework: &'a Framework,
    epoch_1904: bool,
    /// Only these columns are read (a council workbook); `None`: every column.
    keep: Option<&'a [Column]>,
}

impl SheetReader<'_> {
    fn read(&self, file: u32, options: ReadOptions) -> FileRead {
        let mut book = super::Book::new();
        let mut problems = Diagnostics::new();
        let (Some(start), Some(end)) = (self.range.start(), self.range.end()) else {
            problems.push(
                Diagnostic::error(Location::file(self.name), tr!("evidence-sheet-empty", sheet = self.sheet))
                    .expected(tr!("evidence-expected-header-row-and-rows")),
            );
            return FileRead { book, problems };
        };
        let header_row = self.header_row(start.0, end.0);
        let mut headers = self.texts(header_row, end.1);
        if let Some(keep) = self.keep {
            for header in &mut headers {
                if Column::from_header(header).is_none_or(|(column, _)| !keep.contains(&column)) {
                    header.clear();
                }
            }
        }
        let width = headers.iter().rposition(|h| !h.trim().is_empty()).map_or(1, |last| last + 1);
        let header_record = csv::ByteRecord::from(headers[..width].to_vec());
        let mut reader = match RowReader::from_header(&header_record, self.name, u64::from(header_row) + 1, self.framework, file, options) {
            Ok(reader) => reader,
            Err(header_problems) => {
                problems.extend(self.relocate(self.sheet_hints(header_problems)));
                return FileRead { book, problems };
            }
        };
        let header_texts: Vec<&str> = headers[..width].iter().map(|h| h.trim()).collect();
        let columns = ColumnMap::from_headers(header_texts.iter().copied()).unwrap_or_default();
        let mut found = Diagnostics::new();
        let mut rows = 0usize;
        for row in header_row + 1..=end.0 {
            let Some(cells) = self.row_cells(row, width, &columns, &mut found) else { continue };
            // In a council workbook a row whose layer's cells are all empty was not filled in.
            if self.keep.is_some()
                && Column::ALL[2..].iter().filter_map(|&c| columns.position(c)).all(|at| cells.get(at).is_none_or(|c| c.trim().is_empty()))
            {
                continue;
            }
            let record = csv::ByteRecord::from(cells);
            match reader.row(&record, u64::from(row) + 1, &mut book, &mut found) {
                RowOutcome::Row => rows += 1,
                RowOutcome::Blank => {}
                RowOutcome::Stop => break,
            }
        }
        problems.extend(self.relocate(found));
        if rows == 0 && !problems.has_errors() {
            problems.push(
                Diagnostic::error(
                    Location::cell(self.name, self.sheet, u64::from(header_row) + 1, None),
                    tr!("evidence-sheet-header-but-no-rows"),
                )
                .expected(tr!("evidence-expected-rows-under-header")),
            );
        }
        FileRead { book, problems }
    }

    /// The header: the first row naming at least one evidence column among the
    /// first rows, so a title above it is skipped; else the first non-blank row.
    fn header_row(&self, first: u32, last: u32) -> u32 {
        let end_column = self.range.end().map_or(0, |end| end.1);
        let non_blank: Vec<u32> = (first..=last)
            .filter(|&row| self.texts(row, end_column).iter().any(|t| !t.trim().is_empty()))
            .take(HEADER_SEARCH_ROWS)
            .collect();
        non_blank
            .iter()
            .copied()
            .find(|&row| self.texts(row, end_column).iter().any(|t| Column::from_header(t).is_some()))
            .or(non_blank.first().copied())
            .unwrap_or(first)
    }

    /// The cells of a data row from column A, read for their column and leaf; `None`
    /// when a cell read by par-score holds an Excel error (reported in `problems`).
    fn row_cells(&self, row: u32, width: usize, columns: &ColumnMap, problems: &mut Diagnostics) -> Option<Vec<String>> {
        let value_column = columns.position(Column::Value);
        let date_leaf = columns.position(Column::Criterion).is_some_and(|at| {
            let id = self.text(row, at as u32);
            matches!(self.framework.target(nfc(id.trim()).as_str()), Some(Target::Leaf(leaf))
                if matches!(self.framework.leaves[leaf].rule, Rule::Deadline { .. }))
        });
        let mut cells = Vec::with_capacity(width);
        let mut ok = true;
        for column in 0..width {
            let kind = CellKind { date: date_leaf && value_column == Some(column), ..self.kind(row, column as u32) };
            let read = Column::ALL.iter().any(|&c| columns.position(c) == Some(column));
            if read && let Some(formula) = self.uncalculated(row, column as u32) {
                problems.push(
                    Diagnostic::error(
                        Location::at(self.name, u64::from(row) + 1, column as u64 + 1),
                        tr!("evidence-formula-uncalculated", formula = formula),
                    )
                    .expected(tr!("evidence-formula-uncalculated-expected"))
                    .hint(tr!("evidence-formula-uncalculated-hint")),
                );
                ok = false;
                cells.push(String::new());
                continue;
            }
            match self.range.get_value((row, column as u32)).map_or(Ok(String::new()), |data| cell_text(data, kind)) {
                Ok(text) => cells.push(text),
                Err(error) => {
                    cells.push(String::new());
                    if read {
                        problems.push(
                            Diagnostic::error(
                                Location::at(self.name, u64::from(row) + 1, column as u64 + 1),
                                tr!("evidence-cell-excel-error", error = error),
                            )
                            .expected(tr!("evidence-cell-excel-error-expected"))
                            .hint(tr!("evidence-cell-excel-error-hint")),
                        );
                        ok = false;
                    }
                }
            }
        }
        ok.then_some(cells)
    }

    /// The formula of a cell saved without a value, shortened for a message.
    fn uncalculated(&self, row: u32, column: u32) -> Option<String> {
        let formula = self.formulas.get_value((row, column)).filter(|f| !f.is_empty())?;
        let empty = self.range.get_value((row, column)).is_none_or(|data| matches!(data, Data::Empty));
        empty.then(|| crate::text::quote(formula))
    }

    /// The texts of a row from column A to `last`, as plain cells.
    fn texts(&self, row: u32, last: u32) -> Vec<String> {
        (0..=last).map(|column| self.text(row, column)).collect()
    }

    /// The text of one cell, as a plain cell (Excel errors read as nothing).
    fn text(&self, row: u32, column: u32) -> String {
        let kind = self.kind(row, column);
        self.range.get_value((row, column)).map_or(Ok(String::new()), |data| cell_text(data, kind)).unwrap_or_default()
    }

    fn kind(&self, row: u32, column: u32) -> CellKind {
        let percent = self
            .styles
            .get((row, column))
            .and_then(|style| style.number_format.as_ref())
            .is_some_and(|format| is_percent_format(&format.format_code));
        CellKind { percent, date: false, epoch_1904: self.epoch_1904 }
    }

    /// Header problems of a worksheet: no separator to blame, but perhaps the sheet —
    /// the rows may be on another one.
    fn sheet_hints(&self, problems: Diagnostics) -> Diagnostics {
        let hint = if self.others.is_empty() {
            tr!("evidence-sheet-header-hint")
        } else {
            tr!(
                "evidence-sheet-other-sheets-hint",
                sheet = self.sheet,
                others = self.others.iter().map(|s| format!("\"{s}\"")).collect::<Vec<_>>().join(", ")
            )
        };
        let csv_hint = super::read::header_hint();
        let mut out = Diagnostics::new();
        for problem in problems.items() {
            let mut problem = problem.clone();
            if problem.hint.as_deref() == Some(csv_hint.as_str()) {
                problem.hint = Some(hint.clone());
            }
            out.push(problem);
        }
        out
    }

    /// Turns the row reader's line:field places into cells of this sheet (fields are
    /// columns from A, lines are rows).
    fn relocate(&self, problems: Diagnostics) -> Diagnostics {
        let mut moved = Diagnostics::new();
        for problem in problems.items() {
            let mut problem = problem.clone();
            if problem.location.file == self.name
                && problem.location.sheet.is_none()
                && let Some(row) = problem.location.line
            {
                problem.location = Location::cell(self.name, self.sheet, row, problem.location.column);
            }
            moved.push(problem);
        }
        moved
    }
}
