//! Turns a worksheet cell into the text the row reader parses: numbers in their
//! shortest exact form, percent-formatted numbers as `92.5%`, dates day first.

use calamine::{Data, ExcelDateTime, ExcelDateTimeType};
use rust_decimal::Decimal;
use std::str::FromStr;

/// Excel shows and keeps at most 15 significant digits; more is binary noise
/// (`0.1 + 0.2` = 0.30000000000000004).
const EXCEL_DIGITS: u32 = 15;
/// The last day Excel can show, 31/12/9999, as a 1900-system serial.
const LAST_SERIAL: f64 = 2_958_465.0;

/// How to read one cell.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct CellKind {
    /// The cell's number format shows a percentage (`0.0%`): Excel stores 92.5 % as 0.925.
    pub percent: bool,
    /// The cell is the value of a `deadline` leaf: a plain number is a date serial.
    pub date: bool,
    /// The workbook counts dates from 1904 (old Excel for Mac).
    pub epoch_1904: bool,
}

/// The text of a cell, or the Excel error it holds (`#DIV/0!`, `#REF!`, …).
pub(crate) fn cell_text(data: &Data, kind: CellKind) -> Result<String, String> {
    Ok(match data {
        Data::Empty => String::new(),
        Data::String(text) | Data::DateTimeIso(text) | Data::DurationIso(text) => text.clone(),
        Data::Bool(yes) => if *yes { "TRUE" } else { "FALSE" }.to_owned(),
        Data::Int(number) => number_text(*number as f64, kind.percent),
        Data::Float(number) if kind.date && (1.0..=LAST_SERIAL).contains(number) => {
            date_text(&ExcelDateTime::new(*number, ExcelDateTimeType::DateTime, kind.epoch_1904))
        }
        Data::Float(number) => number_text(*number, kind.percent),
        Data::DateTime(moment) if moment.is_datetime() => date_text(moment),
        Data::DateTime(duration) => number_text(duration.as_f64(), false),
        Data::Error(error) => return Err(error.to_string()),
    })
}

/// A date as the contract writes it: `15/01/2024` (the time of day is dropped).
fn date_text(moment: &ExcelDateTime) -> String {
    let (year, month, day, ..) = moment.to_ymd_hms_milli();
    format!("{day:02}/{month:02}/{year:04}")
}

/// A number in its shortest exact decimal form, cut to the 15 significant digits
/// Excel shows; percentages are multiplied by 100 (exactly) and get a `%`.
pub(crate) fn number_text(number: f64, percent: bool) -> String {
    // `{}` on f64 prints the shortest text that reads back as the same float, never
    // with an exponent, so `Decimal` reads it exactly.
    let shortest = format!("{number}");
    let Ok(mut exact) = Decimal::from_str(&shortest) else { return shortest };
    if let Some(rounded) = exact.round_sf(EXCEL_DIGITS) {
        exact = rounded;
    }
    if percent {
        exact *= Decimal::ONE_HUNDRED;
    }
    let mut text = exact.normalize().to_string();
    if text == "-0" {
        text = "0".to_owned();
    }
    if percent {
        text.push('%');
    }
    text
}

/// Whether a number format code shows a percentage: a `%` outside quotes and
/// not escaped (`0.0%`, `0%;[Red]-0%`, but not `0" %"`).
pub(crate) fn is_percent_format(code: &str) -> bool {
    let mut quoted = false;
    let mut escaped = false;
    for c in code.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' if !quoted => escaped = true,
            '"' => quoted = !quoted,
            '%' if !quoted => return true,
            _ => {}
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(data: Data, kind: CellKind) -> String {
        cell_text(&data, kind).unwrap()
    }

    #[test]
    fn floats_read_as_the_number_typed() {
        let plain = CellKind::default();
        assert_eq!(text(Data::Float(92.5), plain), "92.5");
        assert_eq!(text(Data::Float(1.45), plain), "1.45");
        assert_eq!(text(Data::Float(3.0), plain), "3");
        assert_eq!(text(Data::Int(7), plain), "7");
        // A formula's binary noise is cut to the 15 digits Excel shows: 0.1 + 0.2 → 0.3.
        assert_eq!(text(Data::Float(0.1 + 0.2), plain), "0.3");
        assert_eq!(text(Data::Float(2.0 / 3.0), plain), "0.666666666666667");
        assert_eq!(text(Data::Float(-0.0), plain), "0");
    }

    #[test]
    fn percent_cells_are_multiplied_exactly() {
        let percent = CellKind { percent: true, ..CellKind::default() };
        // Excel stores 92,5 % as 0.925; 0.925 × 100 in binary is 92.50000000000001.
        assert_eq!(text(Data::Float(0.925), percent), "92.5%");
        assert_eq!(text(Data::Float(0.9914), percent), "99.14%");
        assert_eq!(text(Data::Float(1.0), percent), "100%");
    }

    #[test]
    fn date_serials_become_day_first_dates() {
        let date = CellKind { date: true, ..CellKind::default() };
        // 45306 days after 30/12/1899 is 15/01/2024.
        assert_eq!(text(Data::Float(45306.0), date), "15/01/2024");
        assert_eq!(text(Data::Float(45306.75), date), "15/01/2024");
        let moment = ExcelDateTime::new(45322.0, ExcelDateTimeType::DateTime, false);
        assert_eq!(text(Data::DateTime(moment), CellKind::default()), "31/01/2024");
        // In the 1904 system the same day is 1462 days earlier: 43844.
        let mac = CellKind { date: true, epoch_1904: true, ..CellKind::default() };
        assert_eq!(text(Data::Float(43844.0), mac), "15/01/2024");
        // Not a plausible serial: left as a number, so the reader reports it.
        assert_eq!(text(Data::Float(0.5), date), "0.5");
    }

    #[test]
    fn booleans_text_and_errors() {
        assert_eq!(text(Data::Bool(true), CellKind::default()), "TRUE");
        assert_eq!(text(Data::String("có".into()), CellKind::default()), "có");
        assert_eq!(cell_text(&Data::Error(calamine::CellErrorType::Div0), CellKind::default()), Err("#DIV/0!".to_owned()));
    }

    #[test]
    fn percent_formats_are_recognised() {
        for yes in ["0%", "0.00%", "0.0%;[Red]-0.0%", "#,##0.0 %"] {
            assert!(is_percent_format(yes), "{yes}");
        }
        for no in ["General", "0.00", "0\" %\"", "0\\%", "dd/mm/yyyy"] {
            assert!(!is_percent_format(no), "{no}");
        }
    }
}
