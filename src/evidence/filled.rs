//! Whether an existing file holds evidence rows someone filled in (a unit's value,
//! self-assessed or appraised points), so that no `--out` ever replaces it.

use std::io::Read;
use std::path::Path;

use calamine::{Reader, Xlsx};

use super::columns::Column;
use super::xlsx::is_workbook;

/// How much of a CSV file is looked at: its header and first rows are enough.
const CSV_PREFIX: u64 = 16 << 20;
/// How many rows may stand above the header (a title, a date line).
const HEADER_ROWS: usize = 20;

/// Whether the file at `path` has an evidence header (unit and criterion columns) and
/// at least one row under it with a unit and a value, self-assessed or appraised
/// points. A blank template (no such row) or a file that cannot be read does not.
pub fn holds_evidence_rows(path: &Path) -> bool {
    if is_workbook(path) { workbook_rows(path).unwrap_or(false) } else { csv_rows(path).unwrap_or(false) }
}

fn csv_rows(path: &Path) -> Option<bool> {
    let mut bytes = Vec::new();
    std::fs::File::open(path).ok()?.take(CSV_PREFIX).read_to_end(&mut bytes).ok()?;
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let first_line = text.split(|&b| b == b'\n').next().unwrap_or_default();
    let separator = super::detect_separator(first_line);
    let reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(separator).from_reader(text);
    let rows = reader
        .into_byte_records()
        .map_while(Result::ok)
        .map(|record| record.iter().map(|f| String::from_utf8_lossy(f).into_owned()).collect());
    Some(rows_hold_evidence(rows))
}

fn workbook_rows(path: &Path) -> Option<bool> {
    let mut file = std::io::BufReader::new(std::fs::File::open(path).ok()?);
    super::workbook_limits::check(&mut file, "").ok()?;
    std::io::Seek::rewind(&mut file).ok()?;
    let mut workbook = Xlsx::new(file).ok()?;
    for name in workbook.sheet_names() {
        let Ok(range) = workbook.worksheet_range(&name) else { continue };
        if rows_hold_evidence(range.rows().map(|row| row.iter().map(|cell| cell.to_string()).collect())) {
            return Some(true);
        }
    }
    Some(false)
}

/// Finds the header among the first rows, then a filled row under it.
fn rows_hold_evidence(rows: impl Iterator<Item = Vec<String>>) -> bool {
    let mut columns: Option<[Option<usize>; 7]> = None;
    for (index, row) in rows.enumerate() {
        match &columns {
            None if index >= HEADER_ROWS => return false,
            None => {
                let mut found = [None; 7];
                for (field, text) in row.iter().enumerate() {
                    if let Some((column, _)) = Column::from_header(text) {
                        found[column as usize].get_or_insert(field);
                    }
                }
                if found[Column::Unit as usize].is_some() && found[Column::Criterion as usize].is_some() {
                    columns = Some(found);
                }
            }
            Some(found) => {
                let cell = |column: Column| found[column as usize].and_then(|at| row.get(at)).is_some_and(|t| !t.trim().is_empty());
                if cell(Column::Unit) && [Column::Value, Column::SelfScore, Column::Appraised].into_iter().any(cell) {
                    return true;
                }
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(lines: &[&str]) -> bool {
        rows_hold_evidence(lines.iter().map(|line| line.split(',').map(str::to_owned).collect()))
    }

    #[test]
    fn filled_rows_count_blank_templates_do_not() {
        assert!(rows(&["unit,criterion,value", "Sở A,1.1,100"]));
        assert!(rows(&["Biểu mẫu", "", "đơn vị,tiêu chí,giá trị,điểm tự chấm", "Sở A,1.1,,1"]));
        // A template with the unit filled in but nothing else: may be replaced.
        assert!(!rows(&["unit,criterion,value,self_score", "Sở A,1.1,,", "Sở A,1.2,,"]));
        // A ranking is not evidence.
        assert!(!rows(&["rank,unit,1,adjustment,total,max,index,grade", "1,Sở A,1.00,0.00,1.00,2.00,50.00,Khá"]));
        assert!(!rows(&[]));
    }
}
