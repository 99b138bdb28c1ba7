//! Hyperlinks from text cells to evidence documents: an Excel hyperlink object on the
//! cell (never a `HYPERLINK` formula), its text the cell's own text.

use rust_xlsxwriter::{Color, Format, FormatAlign, FormatBorder, FormatUnderline, Url, Worksheet, XlsxError};

use super::{fit, text_format};
use crate::report::table::{Cell, Table};

/// Excel's longest hyperlink target, in UTF-16 units (rust_xlsxwriter refuses more).
const MAX_TARGET: usize = 2_079;

/// Writes each linked cell of `table` (body starting at sheet row `body`) again as a
/// hyperlink to its first document. A target Excel cannot hold (too long, or with
/// `#`, which Excel reads as a place inside the file) leaves the cell plain text.
pub fn write_links(sheet: &mut Worksheet, table: &Table, body: u32) -> Result<(), XlsxError> {
    for linked in &table.links {
        let Some((_, target)) = linked.links.first() else { continue };
        let Some(row) = table.rows.get(linked.row) else { continue };
        let Some(Cell::Text(text)) = row.cells.get(linked.column) else { continue };
        if target.contains('#') || target.encode_utf16().count() > MAX_TARGET {
            continue;
        }
        let mut format = Format::new()
            .set_border(FormatBorder::Thin)
            .set_align(FormatAlign::Top)
            .set_font_color(Color::RGB(0x0563C1))
            .set_underline(FormatUnderline::Single);
        if row.strong {
            format = format.set_bold();
        }
        if table.columns.get(linked.column).is_some_and(|c| c.wrap) {
            format = format.set_text_wrap();
        }
        let url = Url::new(format!("file:///{target}")).set_text(fit(text));
        sheet.write_url_with_format(body + linked.row as u32, linked.column as u16, url, &text_format(&format, text))?;
    }
    Ok(())
}
