//! Vietnamese document references read from evidence text: "KH số 12/KH-UBND ngày
//! 15/01/2025, trang 3" → type KH, number 12, issuer UBND, date, page.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use crate::text::nfc;

/// A document reference, parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocRef {
    /// The type's abbreviation: KH, QĐ, BC, CV, TB, TTr, NQ, CT, … (as the number
    /// writes it, or from the word before "số": "Kế hoạch" → KH).
    pub kind: String,
    /// The number with its symbol, as it is cited: `12/KH-UBND`, `45/2024/NĐ-CP`.
    pub number: String,
    /// The issuer's code: `UBND` in `12/KH-UBND`, `UBND-VP` in `123/UBND-VP`.
    pub issuer: String,
    /// The date of issue, when given ("ngày 15/01/2025", "ngày 15 tháng 01 năm 2025").
    pub date: Option<NaiveDate>,
    /// The page cited ("trang 3", "tr. 3").
    pub page: Option<u32>,
}

/// Full type names and their abbreviations, longest first where one starts another.
const TYPE_WORDS: [(&str, &str); 16] = [
    ("kế hoạch", "KH"),
    ("quyết định", "QĐ"),
    ("báo cáo", "BC"),
    ("công văn", "CV"),
    ("thông báo", "TB"),
    ("tờ trình", "TTr"),
    ("nghị quyết", "NQ"),
    ("chỉ thị", "CT"),
    ("hướng dẫn", "HD"),
    ("kết luận", "KL"),
    ("chương trình", "CTr"),
    ("nghị định", "NĐ"),
    ("thông tư", "TT"),
    ("biên bản", "BB"),
    ("giấy mời", "GM"),
    ("công điện", "CĐ"),
];

/// `số 12/KH-UBND`, `12/2024/NĐ-CP`, `123/UBND-VP`: the number, an optional year, and
/// the symbol (letters, then `-` and the issuer's code).
static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i:số\s*)?\b(\d{1,6}[a-zA-Z]?)\s*/\s*(?:(\d{4})\s*/\s*)?(\p{Lu}[\p{L}]*)\s*-\s*(\p{Lu}[\p{L}\d]*(?:-\p{Lu}[\p{L}\d]*)*)")
        .expect("valid pattern")
});

/// A type written before the number: `KH số`, `QĐ số`, `Kế hoạch số`.
static PREFIX: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*(\p{L}[\p{L} ]*?)\s*(?i:số)?\s*$").expect("valid pattern"));

static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)ngày\s*(\d{1,2})\s*(?:[/.\-]|\s+tháng\s+)\s*(\d{1,2})\s*(?:[/.\-]|\s+năm\s+)\s*(\d{4})").expect("valid pattern")
});

static PAGE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\b(?:trang|tr\.)\s*(\d{1,5})").expect("valid pattern"));

/// Reads a reference; `None` when the text names no document number (it stays text).
pub fn parse_reference(text: &str) -> Option<DocRef> {
    let text = nfc(text);
    let found = NUMBER.captures(&text)?;
    let whole = found.get(0)?;
    let symbol = found[3].to_owned();
    let code = found[4].to_owned();
    let before = &text[..whole.start()];
    let named = PREFIX.captures(before).and_then(|c| type_of(c[1].trim()));
    let (kind, issuer) = match named {
        // `CV số 123/UBND-VP`: the symbol is the issuer's own.
        Some(kind) if !kind.eq_ignore_ascii_case(&symbol) && !symbol_matches(&kind, &symbol) => (kind, format!("{symbol}-{code}")),
        Some(kind) => (kind, code.clone()),
        None => (symbol.clone(), code.clone()),
    };
    let year = found.get(2).map(|y| format!("{}/", y.as_str())).unwrap_or_default();
    let number = format!("{}/{year}{symbol}-{code}", &found[1]);
    let after = &text[whole.end()..];
    let date = DATE.captures(after).and_then(|c| NaiveDate::from_ymd_opt(c[3].parse().ok()?, c[2].parse().ok()?, c[1].parse().ok()?));
    let page = PAGE.captures(after).and_then(|c| c[1].parse().ok());
    Some(DocRef { kind, number, issuer, date, page })
}

/// Whether a type abbreviation and a number's symbol name the same type (`QĐ`, `QD`).
fn symbol_matches(kind: &str, symbol: &str) -> bool {
    let plain = |s: &str| s.replace(['Đ', 'đ'], "D").to_uppercase();
    plain(kind) == plain(symbol)
}

/// The abbreviation of a type written before "số": an abbreviation as it is, or a
/// full name ("Kế hoạch").
fn type_of(word: &str) -> Option<String> {
    let lower = word.to_lowercase();
    if let Some((_, short)) = TYPE_WORDS.iter().find(|(name, _)| lower.ends_with(name)) {
        return Some((*short).to_owned());
    }
    let last = word.split_whitespace().last()?;
    (last.chars().count() <= 4 && last.chars().next()?.is_uppercase()).then(|| last.to_owned())
}

impl DocRef {
    /// The reference as the council reads it: "KH 12/KH-UBND · UBND · 15/01/2025 · tr. 3".
    pub fn display(&self) -> String {
        let mut parts = vec![format!("{} {}", self.kind, self.number), self.issuer.clone()];
        parts.extend(self.date.map(|d| d.format("%d/%m/%Y").to_string()));
        parts.extend(self.page.map(|p| format!("tr. {p}")));
        parts.join(" · ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn references_as_units_write_them() {
        let plan = parse_reference("KH số 12/KH-UBND ngày 15/01/2025, trang 3").unwrap();
        assert_eq!(
            plan,
            DocRef { kind: "KH".into(), number: "12/KH-UBND".into(), issuer: "UBND".into(), date: date(2025, 1, 15), page: Some(3) }
        );
        assert_eq!(plan.display(), "KH 12/KH-UBND · UBND · 15/01/2025 · tr. 3");
        let decision = parse_reference("Quyết định số 123/QĐ-UBND ngày 5 tháng 3 năm 2025").unwrap();
        assert_eq!((decision.kind.as_str(), decision.issuer.as_str(), decision.date), ("QĐ", "UBND", date(2025, 3, 5)));
        let decree = parse_reference("Nghị định 45/2024/NĐ-CP").unwrap();
        assert_eq!((decree.kind.as_str(), decree.number.as_str(), decree.issuer.as_str()), ("NĐ", "45/2024/NĐ-CP", "CP"));
        let letter = parse_reference("CV số 123/UBND-VP ngày 02-04-2025, tr. 12").unwrap();
        assert_eq!((letter.kind.as_str(), letter.issuer.as_str(), letter.page), ("CV", "UBND-VP", Some(12)));
        let report = parse_reference("BC số 10/BC-UBND tình hình KT-XH năm 2024").unwrap();
        assert_eq!((report.kind.as_str(), report.date), ("BC", None));
        let submission = parse_reference("TTr 7/TTr-SNV ngày 01/12/2024").unwrap();
        assert_eq!((submission.kind.as_str(), submission.issuer.as_str()), ("TTr", "SNV"));
        // Decomposed Vietnamese (as some Mac and web forms send it) reads the same.
        let decomposed = "Quye\u{301}t đi\u{323}nh so\u{302}\u{301} 9/QĐ-SNV";
        assert_eq!(parse_reference(decomposed).unwrap().kind, "QĐ");
    }

    #[test]
    fn text_without_a_number_stays_text() {
        for text in ["Đang tổng hợp số liệu", "kh-12.pdf", "", "số 12", "ngày 15/01/2025", "12/2025"] {
            assert_eq!(parse_reference(text), None, "{text}");
        }
        // An impossible date is no date; the reference itself still reads.
        assert_eq!(parse_reference("KH số 1/KH-UBND ngày 31/02/2025").unwrap().date, None);
    }
}
