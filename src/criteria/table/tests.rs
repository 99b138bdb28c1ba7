//! Shared by the table tests: small workbooks typed as a user would, imported.

use rust_xlsxwriter::{Workbook, Worksheet};

use super::import_table;
use crate::error::Error;

/// A workbook whose sheet `Tiêu chí` holds area 1 ("A") and its leaf 1.1 ("B", max 1,
/// scored by `rule`), under the headers Mã, Nội dung, Điểm tối đa, Cách chấm and
/// `more_headers`; the sheet is returned for more cells.
pub fn criteria_sheet<'a>(workbook: &'a mut Workbook, more_headers: &[&str], rule: &str) -> &'a mut Worksheet {
    let sheet = workbook.add_worksheet().set_name("Tiêu chí").unwrap();
    for (column, text) in ["Mã", "Nội dung", "Điểm tối đa", "Cách chấm"].iter().chain(more_headers).enumerate() {
        sheet.write_string(0, column as u16, *text).unwrap();
    }
    sheet.write_string(1, 0, "1").unwrap().write_string(1, 1, "A").unwrap();
    sheet.write_string(2, 0, "1.1").unwrap().write_string(2, 1, "B").unwrap().write_number(2, 2, 1).unwrap();
    sheet.write_string(2, 3, rule).unwrap();
    sheet
}

/// A sheet `name` holding `rows` of text from A1.
pub fn text_sheet(workbook: &mut Workbook, name: &str, rows: &[[&str; 3]]) {
    let sheet = workbook.add_worksheet().set_name(name).unwrap();
    for (row, cells) in rows.iter().enumerate() {
        for (column, text) in cells.iter().enumerate() {
            sheet.write_string(row as u32, column as u16, *text).unwrap();
        }
    }
}

/// The workbook imported as `bang.xlsx`: its TOML, or "ERROR " and the problems.
pub fn imported(workbook: &mut Workbook) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bang.xlsx");
    workbook.save(&path).unwrap();
    match import_table(&path, "bang.xlsx") {
        Ok(imported) => imported.toml,
        Err(Error::Input(found)) => format!("ERROR {found}"),
        Err(other) => panic!("{other}"),
    }
}
