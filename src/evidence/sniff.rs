//! Recognises files that are not CSV text at all from their first bytes (UTF-16
//! text, an Excel workbook, a PDF), so that the message says what to do.

use crate::diagnostic::{Diagnostic, Location};
use crate::tr;

/// What a file starting with `head` really is, when it is clearly not UTF-8 text
/// (`kind` is "CSV" or "TOML"): an error at line 1 saying how to save it.
pub fn not_text(head: &[u8], name: &str, kind: &str) -> Option<Diagnostic> {
    let (what, how) = if head.starts_with(b"\xFF\xFE") || head.starts_with(b"\xFE\xFF") {
        (tr!("evidence-sniff-utf16"), tr!("evidence-utf16-hint"))
    } else if head.starts_with(b"PK\x03\x04") {
        (tr!("evidence-sniff-zip"), tr!("evidence-sniff-workbook-hint"))
    } else if head.starts_with(b"\xD0\xCF\x11\xE0") {
        (tr!("evidence-sniff-office"), tr!("evidence-sniff-workbook-hint"))
    } else if head.starts_with(b"%PDF") {
        (tr!("evidence-sniff-pdf"), tr!("evidence-sniff-pdf-hint"))
    } else {
        return None;
    };
    Some(
        Diagnostic::error(Location::line(name, 1), tr!("evidence-not-text", what = what, kind = kind))
            .expected(tr!("evidence-expected-utf8-kind", kind = kind))
            .hint(if kind == "CSV" { how } else { tr!("evidence-save-in-text-editor-hint") }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_what_is_not_csv() {
        let utf16: Vec<u8> = [0xFF, 0xFE].into_iter().chain("unit".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        assert!(not_text(&utf16, "a.csv", "CSV").unwrap().message.contains("UTF-16"));
        assert!(not_text(b"PK\x03\x04\x14\x00", "a.csv", "CSV").unwrap().message.contains("bảng tính"));
        assert!(not_text(b"%PDF-1.7", "a.csv", "CSV").unwrap().message.contains("PDF"));
        assert!(not_text("unit,criterion,value\n".as_bytes(), "a.csv", "CSV").is_none());
        assert!(not_text("\u{feff}đơn vị;mã tiêu chí".as_bytes(), "a.csv", "CSV").is_none());
    }
}
