//! Recognises files that are not CSV text at all from their first bytes (UTF-16
//! text, an Excel workbook, a PDF), so that the message says what to do.

use crate::diagnostic::{Diagnostic, Location};

/// What to do with a workbook given where text was expected.
const WORKBOOK_HINT: &str =
    "par-score đọc trực tiếp bảng tính .xlsx, .xls, .xlsb, .ods: hãy đặt đúng đuôi tệp; tài liệu Word không phải là số liệu";

/// What a file starting with `head` really is, when it is clearly not UTF-8 text
/// (`kind` is "CSV" or "TOML"): an error at line 1 saying how to save it.
pub fn not_text(head: &[u8], name: &str, kind: &str) -> Option<Diagnostic> {
    let (what, how) = if head.starts_with(b"\xFF\xFE") || head.starts_with(b"\xFE\xFF") {
        ("UTF-16 text (Excel's \"Unicode Text\")", "in Excel use \"Save As → CSV UTF-8 (Comma delimited)\"")
    } else if head.starts_with(b"PK\x03\x04") {
        ("a ZIP archive (a workbook such as .xlsx or .ods, or a Word file)", WORKBOOK_HINT)
    } else if head.starts_with(b"\xD0\xCF\x11\xE0") {
        ("an Office 97–2003 file (an .xls workbook or a .doc)", WORKBOOK_HINT)
    } else if head.starts_with(b"%PDF") {
        ("a PDF document", "evidence must be the CSV table of values, not the scanned documents")
    } else {
        return None;
    };
    Some(
        Diagnostic::error(Location::line(name, 1), format!("the file is {what}, not {kind} text"))
            .expected(format!("a {kind} file saved as UTF-8"))
            .hint(if kind == "CSV" { how } else { "save it as UTF-8 text in a text editor" }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_what_is_not_csv() {
        let utf16: Vec<u8> = [0xFF, 0xFE].into_iter().chain("unit".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        assert!(not_text(&utf16, "a.csv", "CSV").unwrap().message.contains("UTF-16"));
        assert!(not_text(b"PK\x03\x04\x14\x00", "a.csv", "CSV").unwrap().message.contains("workbook"));
        assert!(not_text(b"%PDF-1.7", "a.csv", "CSV").unwrap().message.contains("PDF"));
        assert!(not_text("unit,criterion,value\n".as_bytes(), "a.csv", "CSV").is_none());
        assert!(not_text("\u{feff}đơn vị;mã tiêu chí".as_bytes(), "a.csv", "CSV").is_none());
    }
}
