//! Worksheet names from unit names within Excel's rules: at most 31 characters,
//! none of `[]:*?/\`, no apostrophe at either end, not "History", and unique
//! ignoring case.

use std::collections::HashSet;

/// Excel's limit, in UTF-16 code units.
pub const MAX_SHEET_NAME: usize = 31;
const FORBIDDEN: [char; 7] = ['[', ']', ':', '*', '?', '/', '\\'];

/// Hands out valid, unique worksheet names.
#[derive(Debug, Default)]
pub struct SheetNames {
    taken: HashSet<String>,
}

fn utf16_len(text: &str) -> usize {
    text.chars().map(char::len_utf16).sum()
}

/// `text` cut to at most `limit` UTF-16 units, trailing spaces removed.
fn cut(text: &str, limit: usize) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if utf16_len(&out) + c.len_utf16() > limit {
            break;
        }
        out.push(c);
    }
    out.trim_end().to_owned()
}

impl SheetNames {
    /// No names taken yet.
    pub fn new() -> Self {
        SheetNames::default()
    }

    /// A valid name close to `wanted`, different (ignoring case) from every name
    /// handed out before; `fallback` is used when nothing of `wanted` is left.
    pub fn name(&mut self, wanted: &str, fallback: &str) -> String {
        let cleaned: String = wanted.chars().map(|c| if FORBIDDEN.contains(&c) || c.is_control() { '_' } else { c }).collect::<String>();
        let cleaned = cleaned.trim().trim_matches('\'').trim();
        let base = if cleaned.is_empty() { fallback.to_owned() } else { cut(cleaned, MAX_SHEET_NAME) };
        let base = if base.eq_ignore_ascii_case("history") { format!("{base} (1)") } else { base };
        let mut candidate = base.clone();
        let mut counter = 2;
        while self.taken.contains(&candidate.to_lowercase()) {
            let suffix = format!(" ({counter})");
            candidate = format!("{}{suffix}", cut(&base, MAX_SHEET_NAME - suffix.len()).trim_end_matches('\''));
            counter += 1;
        }
        self.taken.insert(candidate.to_lowercase());
        candidate
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_excel_rules_and_stay_unique() {
        let mut names = SheetNames::new();
        assert_eq!(names.name("Tổng hợp", "x"), "Tổng hợp");
        assert_eq!(names.name("TỔNG HỢP", "x"), "TỔNG HỢP (2)");
        assert_eq!(names.name("Sở Kế hoạch/Đầu tư [KH:ĐT]?", "x"), "Sở Kế hoạch_Đầu tư _KH_ĐT__");
        // 38 characters → the first 31, then 27 and a suffix for the second such name.
        let long = "Sở Nông nghiệp và Phát triển nông thôn";
        assert_eq!(names.name(long, "x"), "Sở Nông nghiệp và Phát triển nô");
        assert_eq!(names.name(long, "x"), "Sở Nông nghiệp và Phát triể (2)");
        assert_eq!(names.name("'quoted'", "x"), "quoted");
        assert_eq!(names.name("History", "x"), "History (1)");
        assert_eq!(names.name("***", "Đơn vị 7"), "___");
        assert_eq!(names.name("  ", "Đơn vị 7"), "Đơn vị 7");
        for name in names.taken.iter() {
            assert!(utf16_len(name) <= MAX_SHEET_NAME && !name.contains(FORBIDDEN), "{name}");
        }
    }
}
