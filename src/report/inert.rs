//! Spreadsheet-formula injection: text that a spreadsheet would run as a formula
//! (`=`, `+`, `-`, `@`, tab or carriage return first) is made inert.

use std::borrow::Cow;

/// Whether a spreadsheet would read `text` as a formula when it opens a CSV file or
/// when someone edits the cell (OWASP "CSV injection").
pub fn is_formula_like(text: &str) -> bool {
    text.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// `text` for a CSV field: prefixed with `'` when it would start a formula, so a
/// spreadsheet shows it as text.
pub fn csv_text(text: &str) -> Cow<'_, str> {
    if is_formula_like(text) { Cow::Owned(format!("'{text}")) } else { Cow::Borrowed(text) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_starters_get_a_quote() {
        for risky in ["=HYPERLINK(\"http://x\",\"y\")", "+1", "-2+3", "@SUM(1)", "\tx", "\rx"] {
            assert_eq!(csv_text(risky), format!("'{risky}"), "{risky:?}");
        }
        for safe in ["Sở Tư pháp", "1,5", " =x", "", "'already"] {
            assert_eq!(csv_text(safe), safe);
        }
    }
}
