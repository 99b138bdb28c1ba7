//! Helpers to read workbooks back with calamine (values, formulas, styles, raw XML)
//! and to write input workbooks with typed cells.

use std::io::Read;
use std::path::Path;

use calamine::{Data, Range, Reader, Xlsx, open_workbook};
use rust_xlsxwriter::{Format, Workbook};

/// An open workbook.
pub fn open(path: &Path) -> Xlsx<std::io::BufReader<std::fs::File>> {
    open_workbook(path).expect("a readable workbook")
}

/// The worksheet names, in order.
pub fn sheet_names(path: &Path) -> Vec<String> {
    open(path).sheet_names()
}

/// The values of a sheet (formula cells hold their cached results).
pub fn values(path: &Path, sheet: &str) -> Range<Data> {
    open(path).worksheet_range(sheet).expect("the sheet exists")
}

/// The formulas of a sheet (without the leading `=`), "" where a cell has none.
pub fn formulas(path: &Path, sheet: &str) -> Range<String> {
    open(path).worksheet_formula(sheet).expect("the sheet exists")
}

/// The formula of one cell (absolute position), "" when it has none.
pub fn formula_at(formulas: &Range<String>, row: u32, column: u32) -> String {
    formulas.get_value((row, column)).cloned().unwrap_or_default()
}

/// The first row whose cell in `column` is the text `text`.
pub fn row_of(range: &Range<Data>, column: u32, text: &str) -> u32 {
    let (start, end) = (range.start().unwrap(), range.end().unwrap());
    (start.0..=end.0)
        .find(|&row| matches!(range.get_value((row, column)), Some(Data::String(s)) if s == text))
        .unwrap_or_else(|| panic!("no row with {text:?} in column {column}"))
}

/// The column whose header (in `row`) is `text`.
pub fn column_of(range: &Range<Data>, row: u32, text: &str) -> u32 {
    let end = range.end().unwrap();
    (0..=end.1)
        .find(|&column| matches!(range.get_value((row, column)), Some(Data::String(s)) if s == text))
        .unwrap_or_else(|| panic!("no header {text:?} in row {row}"))
}

/// A number cell's value.
pub fn number(range: &Range<Data>, row: u32, column: u32) -> f64 {
    match range.get_value((row, column)) {
        Some(Data::Float(value)) => *value,
        Some(Data::Int(value)) => *value as f64,
        other => panic!("({row}, {column}) is not a number: {other:?}"),
    }
}

/// A text cell's value.
pub fn text(range: &Range<Data>, row: u32, column: u32) -> String {
    match range.get_value((row, column)) {
        Some(Data::String(value)) => value.clone(),
        other => panic!("({row}, {column}) is not text: {other:?}"),
    }
}

/// A part of the workbook's zip file, e.g. `xl/worksheets/sheet1.xml`.
pub fn part(path: &Path, name: &str) -> String {
    let mut archive = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut text = String::new();
    archive.by_name(name).unwrap().read_to_string(&mut text).unwrap();
    text
}

/// A typed input cell.
#[derive(Debug, Clone)]
pub enum In {
    /// Text.
    S(String),
    /// A number in the General format.
    N(f64),
    /// A number shown as a percentage (Excel stores 92,5 % as 0.925).
    Pct(f64),
    /// A date serial shown as a date.
    Date(f64),
    /// A formula and its cached result.
    Formula(&'static str, &'static str),
    /// Nothing.
    Blank,
}

/// Text cell.
pub fn s(text: &str) -> In {
    In::S(text.to_owned())
}

/// Writes a workbook of sheets of typed rows from A1.
pub fn write(path: &Path, sheets: &[(&str, Vec<Vec<In>>)]) {
    let mut workbook = Workbook::new();
    let percent = Format::new().set_num_format("0.0%");
    let date = Format::new().set_num_format("dd/mm/yyyy");
    for (name, rows) in sheets {
        let sheet = workbook.add_worksheet();
        sheet.set_name(*name).unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let (r, c) = (r as u32, c as u16);
                match cell {
                    In::S(text) => {
                        sheet.write_string(r, c, text).unwrap();
                    }
                    In::N(value) => {
                        sheet.write_number(r, c, *value).unwrap();
                    }
                    In::Pct(value) => {
                        sheet.write_number_with_format(r, c, *value, &percent).unwrap();
                    }
                    In::Date(serial) => {
                        sheet.write_number_with_format(r, c, *serial, &date).unwrap();
                    }
                    In::Formula(formula, result) => {
                        sheet.write_formula(r, c, rust_xlsxwriter::Formula::new(*formula).set_result(*result)).unwrap();
                    }
                    In::Blank => {}
                }
            }
        }
    }
    workbook.save(path).unwrap();
}
