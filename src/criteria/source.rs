//! Positions in a TOML source: spans to line and column, source lines for carets,
//! and exact decimals read from the literal text of numbers.

use rust_decimal::Decimal;
use std::ops::Range;
use std::str::FromStr;

use crate::diagnostic::{Diagnostic, Location, Snippet};

/// A TOML file being validated: its name, text and line starts.
pub struct SourceFile<'a> {
    name: &'a str,
    text: &'a str,
    line_starts: Vec<usize>,
}

impl<'a> SourceFile<'a> {
    /// Indexes `text` for position look-ups.
    pub fn new(name: &'a str, text: &'a str) -> Self {
        let line_starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
        SourceFile { name, text, line_starts }
    }

    /// The file's name.
    pub fn name(&self) -> &str {
        self.name
    }

    /// The literal text of a span.
    pub fn slice(&self, span: &Range<usize>) -> &'a str {
        self.text.get(span.clone()).unwrap_or("")
    }

    /// 1-based line and character column of a byte offset.
    fn line_column(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&start| start <= offset) - 1;
        let start = self.line_starts[line];
        let before = self.text.get(start..offset).unwrap_or("");
        // On the line break of a CRLF file (Windows) the column is the one after the
        // text, as with LF: the `\r` is part of the break, not a character of the line.
        let before = if self.text.get(offset..).is_some_and(|rest| rest.starts_with('\n')) {
            before.strip_suffix('\r').unwrap_or(before)
        } else {
            before
        };
        (line + 1, before.chars().count() + 1)
    }

    /// The location of a span's start.
    pub fn location(&self, span: &Range<usize>) -> Location {
        let (line, column) = self.line_column(span.start);
        Location::at(self.name, line as u64, column as u64)
    }

    /// The line holding a span's start, with the span (clipped to that line) marked.
    pub fn snippet(&self, span: &Range<usize>) -> Snippet {
        let (line, column) = self.line_column(span.start);
        let start = self.line_starts[line - 1];
        let end = self.line_starts.get(line).map_or(self.text.len(), |&next| next - 1);
        let text = self.text.get(start..end).unwrap_or("").trim_end_matches('\r');
        // The span may start past the text shown (on a trimmed `\r`, or on the line
        // break itself): clip both ends to the line.
        let line_end = start + text.len();
        let span_start = span.start.min(line_end);
        let span_end = span.end.clamp(span_start, line_end);
        let width = self.text.get(span_start..span_end).map_or(1, |s| s.chars().count().max(1));
        window(Snippet { line: line as u64, text: text.to_owned(), start: column - 1, width })
    }

    /// An error at a span, with the source line and a caret.
    pub fn error(&self, span: &Range<usize>, message: impl Into<String>) -> Diagnostic {
        Diagnostic::error(self.location(span), message).snippet(Some(self.snippet(span)))
    }

    /// The exact decimal a TOML number literal stands for, read from its text so that
    /// `0.1` is exactly one tenth (not the nearest binary float).
    pub fn decimal(&self, value: &toml::Value, span: &Range<usize>) -> Result<Decimal, String> {
        match value {
            toml::Value::Integer(integer) => Ok(Decimal::from(*integer)),
            toml::Value::Float(float) => {
                let literal: String = self.slice(span).chars().filter(|&c| c != '_').collect();
                let literal = literal.strip_prefix('+').unwrap_or(&literal);
                let unsigned = literal.strip_prefix('-').unwrap_or(literal);
                let too_precise = || crate::tr!("criteria-number-too-precise", literal = literal);
                if literal.contains(['e', 'E']) {
                    if crate::values::significant_digits(unsigned) > 28 {
                        return Err(too_precise());
                    }
                } else if crate::values::exact_decimal(unsigned) == crate::values::Exact::TooPrecise {
                    return Err(too_precise());
                }
                let parsed = if literal.contains(['e', 'E']) { Decimal::from_scientific(literal) } else { Decimal::from_str(literal) };
                parsed.map_err(|_| match float.is_finite() {
                    true => crate::tr!("criteria-number-too-many-decimals", literal = literal),
                    false => crate::tr!("criteria-number-not-finite", literal = literal),
                })
            }
            other => Err(crate::tr!("criteria-number-wrong-type", kind = other.type_str(), found = self.slice(span))),
        }
    }
}

/// The widest source line shown under a message, in characters.
const SNIPPET_WIDTH: usize = 120;

/// Cuts a long source line to a window around the span, marked with "…".
fn window(snippet: Snippet) -> Snippet {
    let chars: Vec<char> = snippet.text.chars().collect();
    if chars.len() <= SNIPPET_WIDTH {
        return snippet;
    }
    let from = snippet.start.saturating_sub(SNIPPET_WIDTH / 3).min(chars.len().saturating_sub(SNIPPET_WIDTH));
    let to = (from + SNIPPET_WIDTH).min(chars.len());
    let head = if from > 0 { "…" } else { "" };
    let tail = if to < chars.len() { "…" } else { "" };
    let text = format!("{head}{}{tail}", chars[from..to].iter().collect::<String>());
    let start = snippet.start - from + head.chars().count();
    Snippet { text, start, width: snippet.width.min(to.saturating_sub(snippet.start)).max(1), ..snippet }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_map_to_lines_and_character_columns() {
        let text = "a = 1\nname = \"Sở\"\nmax = -1\n";
        let source = SourceFile::new("c.toml", text);
        let offset = text.find("-1").unwrap();
        assert_eq!(source.location(&(offset..offset + 2)).to_string(), "c.toml:3:7");
        let snippet = source.snippet(&(offset..offset + 2));
        assert_eq!((snippet.line, snippet.text.as_str(), snippet.start, snippet.width), (3, "max = -1", 6, 2));
        let after_accent = text.find("\"\n").unwrap();
        // `name = "Sở"`: the closing quote is the 11th character although "ở" takes 3 bytes.
        assert_eq!(source.location(&(after_accent..after_accent + 1)).column, Some(11));
    }

    #[test]
    fn a_span_after_a_trimmed_carriage_return_is_shown() {
        // Found by fuzzing: a lone "\r" made TOML report a span past the text shown
        // (the line without its "\r"), and clamping it panicked.
        let source = SourceFile::new("c.toml", "\r");
        let snippet = source.snippet(&(1..1));
        assert_eq!((snippet.line, snippet.text.as_str(), snippet.start, snippet.width), (1, "", 1, 1));
        let source = SourceFile::new("c.toml", "a = 1\r\nb");
        assert_eq!(source.snippet(&(5..7)).text, "a = 1");
    }

    #[test]
    fn crlf_line_breaks_give_the_columns_of_lf() {
        // An unclosed string: TOML points at the line break. `title = "Sở` is 11
        // characters, so the break is column 12 whether it is "\n" or "\r\n".
        for text in ["title = \"Sở\nx = 1\n", "title = \"Sở\r\nx = 1\r\n"] {
            let source = SourceFile::new("c.toml", text);
            let newline = text.find('\n').unwrap();
            assert_eq!(source.location(&(newline..newline + 1)).to_string(), "c.toml:1:12", "{text:?}");
            let snippet = source.snippet(&(newline..newline + 1));
            assert_eq!((snippet.text.as_str(), snippet.start, snippet.width), ("title = \"Sở", 11, 1));
            let x = text.find('x').unwrap();
            assert_eq!(source.location(&(x..x + 1)).to_string(), "c.toml:2:1");
        }
    }

    #[test]
    fn long_lines_are_cut_around_the_span() {
        let text = format!("x = [{}\"unclosed", "1, ".repeat(100_000));
        let source = SourceFile::new("c.toml", &text);
        let offset = text.find('"').unwrap();
        let snippet = source.snippet(&(offset..offset + 1));
        assert!(snippet.text.chars().count() <= SNIPPET_WIDTH + 2, "{}", snippet.text.len());
        // The caret still points at the quote.
        assert_eq!(snippet.text.chars().nth(snippet.start), Some('"'));
        assert!(snippet.text.starts_with('…'));
    }

    #[test]
    fn decimals_come_from_the_literal_text() {
        let source = SourceFile::new("c.toml", "0.1 1_000.25 1e2 +2.5 inf");
        let float = toml::Value::Float(0.0);
        assert_eq!(source.decimal(&float, &(0..3)).unwrap().to_string(), "0.1");
        assert_eq!(source.decimal(&float, &(4..12)).unwrap().to_string(), "1000.25");
        assert_eq!(source.decimal(&float, &(13..16)).unwrap(), Decimal::from(100));
        assert_eq!(source.decimal(&float, &(17..21)).unwrap().to_string(), "2.5");
        assert!(source.decimal(&float, &(22..25)).is_err());
        assert!(source.decimal(&toml::Value::String("x".into()), &(0..1)).is_err());
    }

    #[test]
    fn too_many_significant_digits_are_errors_not_roundings() {
        let float = toml::Value::Float(80.0);
        let read = |text: &str| SourceFile::new("c.toml", text).decimal(&float, &(0..text.len()));
        // 31 significant digits: rust_decimal would round it to 80 and meet an 80 threshold.
        for text in ["79.99999999999999999999999999999", "1.0000000000000000000000000000001", "-1.2345678901234567890123456789e2"] {
            assert!(read(text).unwrap_err().contains("tối đa 28 chữ số"), "{text}");
        }
        // Trailing zeros are not significant: 0.1 exactly; 28 digits are held.
        assert_eq!(read("0.1000000000000000000000000000000").unwrap().normalize().to_string(), "0.1");
        assert_eq!(read("1.234567890123456789012345678").unwrap().to_string(), "1.234567890123456789012345678");
    }
}
