//! Excel output: a table becomes a worksheet with the framework's title, a bold
//! frozen header, numbers with the framework's decimals, live formulas with their
//! results cached, and a printable page (landscape, fit to width, header repeated).
//! Text is only ever written as text: nothing from an input reaches a formula.

mod formula;
mod links;
mod names;
pub mod template;

pub use formula::{Links, formula, formula_linked};
pub use names::{MAX_SHEET_NAME, SheetNames};

use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Formula, Worksheet, XlsxError};

use super::inert::is_formula_like;
use super::table::{Cell, Table};
use crate::points::fixed;

/// A4 in Excel's paper codes.
pub(crate) const A4: u8 = 9;
const HEADER_FILL: u32 = 0xDDEBF7;
const TITLE_SIZE: f64 = 14.0;

/// The number format for `decimals` places: `0.00` for 2.
pub fn number_format(decimals: u32) -> String {
    if decimals == 0 { "0".to_owned() } else { format!("0.{}", "0".repeat(decimals as usize)) }
}

/// A format for text from anywhere: text that a spreadsheet would take for a
/// formula gets Excel's quote prefix, so it stays text even when the cell is edited.
pub fn text_format(base: &Format, text: &str) -> Format {
    if is_formula_like(text) { base.clone().set_quote_prefix() } else { base.clone() }
}

/// Excel keeps at most 32,767 UTF-16 units in a cell.
const MAX_CELL_TEXT: usize = 32_767;

/// `text` cut to what a cell holds (longer text is cut, with "…"), without the
/// characters XML cannot hold (see [`crate::report::inert::xml_text`]).
pub fn fit(text: &str) -> std::borrow::Cow<'_, str> {
    let text = match crate::report::inert::xml_text(text) {
        std::borrow::Cow::Borrowed(text) => text,
        std::borrow::Cow::Owned(clean) => return std::borrow::Cow::Owned(fit(&clean).into_owned()),
    };
    if text.encode_utf16().count() <= MAX_CELL_TEXT {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut units = 0;
    let cut = text.char_indices().find(|(_, c)| {
        units += c.len_utf16();
        units > MAX_CELL_TEXT - 1
    });
    let end = cut.map_or(text.len(), |(at, _)| at);
    std::borrow::Cow::Owned(format!("{}…", &text[..end]))
}

fn to_f64(value: rust_decimal::Decimal) -> f64 {
    value.to_f64().unwrap_or_default()
}

/// The sheet row (0-based) of `table`'s first body row: the heading, a blank row,
/// then one header row (two with groups).
pub fn body_start(table: &Table) -> u32 {
    table.heading.len() as u32 + 1 + if table.groups.is_empty() { 1 } else { 2 }
}

/// The sheet row (0-based) of the first grade of `table`'s scale: after the body, a
/// blank row, the footer, a blank row and the scale's header.
pub fn scale_start(table: &Table) -> u32 {
    body_start(table) + table.rows.len() as u32 + 1 + table.footer.len() as u32 + 2
}

/// Writes `table` into `sheet`; numbers get `decimals` places.
pub fn write_table(sheet: &mut Worksheet, table: &Table, decimals: u32) -> Result<(), XlsxError> {
    write_table_linked(sheet, table, decimals, &Links::default(), &[])
}

/// As [`write_table`], with references to other sheets resolved through `links`;
/// `scale_headers` head the grade scale's two columns.
pub fn write_table_linked(
    sheet: &mut Worksheet,
    table: &Table,
    decimals: u32,
    links: &Links,
    scale_headers: &[&str],
) -> Result<(), XlsxError> {
    let last_column = table.columns.len().saturating_sub(1) as u16;
    let title = Format::new().set_bold().set_font_size(TITLE_SIZE);
    let subtitle = Format::new().set_bold();
    let mut row: u32 = 0;
    for (index, line) in table.heading.iter().enumerate() {
        let format = text_format(if index == 0 { &title } else { &subtitle }, line);
        if last_column > 0 {
            sheet.merge_range(row, 0, row, last_column, &fit(line), &format)?;
        } else {
            sheet.write_string_with_format(row, 0, fit(line), &format)?;
        }
        row += 1;
    }
    row += 1;
    let header = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter)
        .set_border(FormatBorder::Thin)
        .set_background_color(HEADER_FILL);
    let first_header_row = row;
    if !table.groups.is_empty() {
        for column in 0..table.columns.len() {
            let grouped = table.groups.iter().any(|(_, first, span)| (*first..first + span).contains(&column));
            if !grouped {
                let text = &table.columns[column].header;
                sheet.merge_range(row, column as u16, row + 1, column as u16, &fit(text), &text_format(&header, text))?;
            }
        }
        for (label, first, span) in &table.groups {
            let (first, last) = (*first as u16, (first + span - 1) as u16);
            if first == last {
                sheet.write_string_with_format(row, first, fit(label), &text_format(&header, label))?;
            } else {
                sheet.merge_range(row, first, row, last, &fit(label), &text_format(&header, label))?;
            }
        }
        row += 1;
        for (_, first, span) in &table.groups {
            for column in *first..first + span {
                let text = &table.columns[column].header;
                sheet.write_string_with_format(row, column as u16, fit(text), &text_format(&header, text))?;
            }
        }
    } else {
        for (column, spec) in table.columns.iter().enumerate() {
            sheet.write_string_with_format(row, column as u16, fit(&spec.header), &text_format(&header, &spec.header))?;
        }
    }
    let header_row = row;
    row += 1;
    let body = row;
    debug_assert_eq!(body, body_start(table));
    write_body(sheet, table, body, decimals, links)?;
    links::write_links(sheet, table, body)?;
    let last_row = body + table.rows.len() as u32;
    for (index, line) in table.footer.iter().enumerate() {
        sheet.write_string_with_format(last_row + 1 + index as u32, 0, fit(line), &text_format(&Format::new(), line))?;
    }
    write_scale(sheet, table, decimals, scale_headers)?;
    for (column, spec) in table.columns.iter().enumerate() {
        sheet.set_column_width(column as u16, spec.width)?;
    }
    sheet.set_freeze_panes(body, table.frozen_columns)?;
    if table.filter && !table.rows.is_empty() {
        sheet.autofilter(header_row, 0, last_row - 1, last_column)?;
    }
    sheet.set_landscape().set_paper_size(A4).set_print_fit_to_pages(1, 0).set_repeat_rows(first_header_row, header_row)?;
    sheet.set_footer("&C&P / &N");
    Ok(())
}

/// The grade scale under the footer (lowest index in column B, name in C), which the
/// grade formulas refer to.
fn write_scale(sheet: &mut Worksheet, table: &Table, decimals: u32, headers: &[&str]) -> Result<(), XlsxError> {
    if table.scale.is_empty() {
        return Ok(());
    }
    let top = scale_start(table);
    let bold = Format::new().set_bold().set_border(FormatBorder::Thin).set_background_color(HEADER_FILL);
    for (column, header) in headers.iter().enumerate().take(2) {
        sheet.write_string_with_format(top - 1, SCALE_COLUMN + column as u16, *header, &bold)?;
    }
    let border = Format::new().set_border(FormatBorder::Thin);
    for (offset, (min, name)) in table.scale.iter().enumerate() {
        let row = top + offset as u32;
        sheet.write_number_with_format(row, SCALE_COLUMN, to_f64(*min), &border.clone().set_num_format(number_format(decimals)))?;
        sheet.write_string_with_format(row, SCALE_COLUMN + 1, fit(name), &text_format(&border, name))?;
    }
    Ok(())
}

/// The grade scale's first column (B).
pub const SCALE_COLUMN: u16 = 1;

fn write_body(sheet: &mut Worksheet, table: &Table, body: u32, decimals: u32, links: &Links) -> Result<(), XlsxError> {
    let numbers = number_format(decimals);
    for (index, table_row) in table.rows.iter().enumerate() {
        let row = body + index as u32;
        for (column, cell) in table_row.cells.iter().enumerate() {
            let mut format = Format::new().set_border(FormatBorder::Thin).set_align(FormatAlign::Top);
            if table_row.strong {
                format = format.set_bold();
            }
            if table.columns[column].wrap {
                format = format.set_text_wrap();
            }
            let column = column as u16;
            match cell {
                Cell::Blank => sheet.write_blank(row, column, &format)?,
                Cell::Text(text) => sheet.write_string_with_format(row, column, fit(text), &text_format(&format, text))?,
                Cell::Number(value) => sheet.write_number_with_format(row, column, to_f64(*value), &format.set_num_format(&numbers))?,
                Cell::Integer(value) => sheet.write_number_with_format(row, column, *value as f64, &format.set_num_format("0"))?,
                Cell::Calc(value, expr) => {
                    let formula = Formula::new(formula_linked(expr, body, links)).set_result(fixed(*value, decimals));
                    sheet.write_formula_with_format(row, column, formula, &format.set_num_format(&numbers))?
                }
                Cell::CalcInteger(value, expr) => {
                    let formula = Formula::new(formula_linked(expr, body, links)).set_result(value.to_string());
                    sheet.write_formula_with_format(row, column, formula, &format.set_num_format("0"))?
                }
                Cell::CalcText(value, expr) => {
                    let formula = Formula::new(formula_linked(expr, body, links)).set_result(fit(value));
                    sheet.write_formula_with_format(row, column, formula, &format)?
                }
            };
        }
    }
    Ok(())
}
