//! Injection: text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab
//! or carriage return first), Markdown that would become HTML or a link, and control
//! sequences a terminal would obey (ESC, OSC) are made inert.

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

/// Whether a cell is a plain number (`-1.50`, `+2`, `97,5%`): a spreadsheet reads it
/// as that number, so it keeps its sign without a quote.
fn is_plain_number(text: &str) -> bool {
    let body = text.strip_suffix('%').unwrap_or(text);
    let body = body.strip_prefix(['-', '+']).unwrap_or(body);
    let (whole, fraction) = body.split_once(['.', ',']).unwrap_or((body, "0"));
    !whole.is_empty() && !fraction.is_empty() && whole.bytes().all(|b| b.is_ascii_digit()) && fraction.bytes().all(|b| b.is_ascii_digit())
}

/// A field of any CSV par-score writes: [`csv_text`], except plain numbers (a negative
/// adjustment `-0.50` stays a number).
pub fn csv_cell(text: &str) -> Cow<'_, str> {
    if is_plain_number(text) { Cow::Borrowed(text) } else { csv_text(text) }
}

/// Text for a Markdown table or line: HTML and link syntax escaped (`<script>` and
/// `[l](javascript:…)` show as typed), pipes escaped, line breaks and control
/// characters made visible.
pub fn markdown_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in terminal_text(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '|' | '[' | ']' | '`' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// Text for a terminal: control characters other than line feed and tab (ESC, BEL,
/// CR, the C1 controls that start OSC sequences) and bidirectional overrides are
/// shown as escapes (`\u{1b}`), so names and file names cannot drive the terminal.
pub fn terminal_text(text: &str) -> Cow<'_, str> {
    let unsafe_char =
        |c: char| (c.is_control() && c != '\n' && c != '\t') || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    if !text.chars().any(unsafe_char) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if unsafe_char(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Text for a workbook cell or any XML: characters XML 1.0 cannot hold (control
/// characters other than tab and line breaks, U+FFFE, U+FFFF and the other
/// non-characters) become U+FFFD, so the file stays well-formed.
pub fn xml_text(text: &str) -> Cow<'_, str> {
    let bad = |c: char| (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || crate::text::is_noncharacter(c);
    if !text.chars().any(bad) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().map(|c| if bad(c) { '\u{FFFD}' } else { c }).collect())
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
        // Numbers keep their sign; formulas that look numeric do not pass.
        for number in ["-0.50", "+2", "-97,5%", "12"] {
            assert_eq!(csv_cell(number), number);
        }
        for risky in ["-1+2", "-", "=1", "-0.5.5", "@1"] {
            assert_eq!(csv_cell(risky), format!("'{risky}"));
        }
    }

    #[test]
    fn markdown_shows_markup_as_typed() {
        assert_eq!(markdown_text("<script>alert(1)</script>"), "&lt;script&gt;alert(1)&lt;/script&gt;");
        assert_eq!(markdown_text("[l](javascript:alert(1))"), "\\[l\\](javascript:alert(1))");
        assert_eq!(markdown_text("a|b\nc & d"), "a\\|b c &amp; d");
        assert_eq!(markdown_text("Sở Tư pháp"), "Sở Tư pháp");
    }

    #[test]
    fn terminal_and_xml_text_lose_their_control_characters() {
        // An OSC 8 hyperlink and a colour change.
        assert_eq!(terminal_text("a\u{1b}]8;;http://x\u{7}b\u{1b}[31m"), "a\\u{1b}]8;;http://x\\u{7}b\\u{1b}[31m");
        assert_eq!(terminal_text("x\u{9b}y\rz\u{202e}"), "x\\u{9b}y\\rz\\u{202e}");
        assert_eq!(terminal_text("Sở\tA\n"), "Sở\tA\n");
        assert_eq!(xml_text("a\u{ffff}b\u{0}c\u{fffe}\n"), "a\u{fffd}b\u{fffd}c\u{fffd}\n");
    }
}
