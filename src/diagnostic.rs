//! Problems found in input files: where they are, what was found, what was
//! expected, and a hint to fix them.

use std::fmt;

use crate::tr;

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The input cannot be scored.
    Error,
    /// The input can be scored, but something looks wrong.
    Warning,
}

/// A place in an input file. Lines and columns count from 1; in evidence files the
/// column is the field number (1 = first column), in TOML files the character.
/// In a workbook, `sheet` is set, `line` is the row and `column` the column
/// (1 = A), shown as Excel writes a cell: `file.xlsx:Sheet1!B12`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Location {
    /// The file as the user named it.
    pub file: String,
    /// The line (in a workbook, the row), where known.
    pub line: Option<u64>,
    /// The column, where known.
    pub column: Option<u64>,
    /// The worksheet, for a place in a workbook.
    pub sheet: Option<String>,
}

impl Location {
    /// A whole file.
    pub fn file(file: &str) -> Self {
        Location { file: file.to_owned(), line: None, column: None, sheet: None }
    }

    /// A line of a file.
    pub fn line(file: &str, line: u64) -> Self {
        Location { file: file.to_owned(), line: Some(line), column: None, sheet: None }
    }

    /// A line and column of a file.
    pub fn at(file: &str, line: u64, column: u64) -> Self {
        Location { file: file.to_owned(), line: Some(line), column: Some(column), sheet: None }
    }

    /// A cell (or, without a column, a whole row) of a worksheet; rows and columns
    /// count from 1.
    pub fn cell(file: &str, sheet: &str, row: u64, column: Option<u64>) -> Self {
        Location { file: file.to_owned(), line: Some(row), column, sheet: Some(sheet.to_owned()) }
    }
}

/// The letters of a 1-based column number, as Excel names columns: 1 → A, 28 → AB.
pub fn column_letters(column: u64) -> String {
    let mut letters = Vec::new();
    let mut rest = column.max(1);
    while rest > 0 {
        rest -= 1;
        letters.push(b'A' + (rest % 26) as u8);
        rest /= 26;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

/// A sheet name as Excel writes it in a reference: quoted (`'minh chứng'`) unless
/// it is one word of letters, digits and `_` that does not start with a digit.
pub fn sheet_reference(sheet: &str) -> String {
    let plain = sheet.chars().next().is_some_and(|c| !c.is_ascii_digit()) && sheet.chars().all(|c| c.is_alphanumeric() || c == '_');
    if plain { sheet.to_owned() } else { format!("'{}'", sheet.replace('\'', "''")) }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let (Some(sheet), Some(row)) = (&self.sheet, self.line) {
            return match self.column {
                Some(column) => write!(f, ":{}!{}{row}", sheet_reference(sheet), column_letters(column)),
                None => write!(f, ":{}!{row}:{row}", sheet_reference(sheet)),
            };
        }
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        Ok(())
    }
}

/// The source line of a problem with a caret under the offending span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet {
    /// The line number shown in the margin.
    pub line: u64,
    /// The text of the line.
    pub text: String,
    /// Characters before the span.
    pub start: usize,
    /// Width of the span in characters (at least 1).
    pub width: usize,
}

/// One problem in an input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// Where it is.
    pub location: Location,
    /// What is wrong, quoting the offending text.
    pub message: String,
    /// What was expected instead.
    pub expected: Option<String>,
    /// How to fix it, where a hint helps.
    pub hint: Option<String>,
    /// The source line with a caret, for TOML files.
    pub snippet: Option<Snippet>,
}

impl Diagnostic {
    /// An error at `location`.
    pub fn error(location: Location, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Error, location, message: message.into(), expected: None, hint: None, snippet: None }
    }

    /// A warning at `location`.
    pub fn warning(location: Location, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(location, message) }
    }

    /// Adds what was expected.
    pub fn expected(mut self, expected: impl Into<String>) -> Self {
        self.expected = Some(expected.into());
        self
    }

    /// Adds a hint.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Adds a hint when there is one.
    pub fn maybe_hint(mut self, hint: Option<String>) -> Self {
        self.hint = hint.or(self.hint);
        self
    }

    /// Adds the source line with a caret.
    pub fn snippet(mut self, snippet: Option<Snippet>) -> Self {
        self.snippet = snippet;
        self
    }

    fn sort_key(&self) -> (&Location, Severity, &str) {
        (&self.location, self.severity, &self.message)
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Error => tr!("diagnostic-error"),
            Severity::Warning => tr!("diagnostic-warning"),
        };
        write!(f, "{label}: {}: {}", self.location, self.message)?;
        if let Some(snippet) = &self.snippet {
            let margin = snippet.line.to_string().len();
            write!(
                f,
                "\n{:margin$} |\n{} | {}\n{:margin$} | {}{}",
                "",
                snippet.line,
                snippet.text,
                "",
                " ".repeat(snippet.start),
                "^".repeat(snippet.width.max(1))
            )?;
        }
        if let Some(expected) = &self.expected {
            write!(f, "\n  {}", tr!("diagnostic-expected", expected = expected))?;
        }
        if let Some(hint) = &self.hint {
            write!(f, "\n  {}", tr!("diagnostic-hint", hint = hint))?;
        }
        Ok(())
    }
}

/// How many problems are printed before the rest are only counted.
pub const SHOWN_AT_MOST: usize = 200;

/// All the problems found in a run, in file and line order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    /// No problems yet.
    pub fn new() -> Self {
        Diagnostics::default()
    }

    /// Records a problem.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    /// Records all the problems of another run.
    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }

    /// Whether any problem is an error.
    pub fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Error)
    }

    /// Number of errors.
    pub fn error_count(&self) -> usize {
        self.items.iter().filter(|d| d.severity == Severity::Error).count()
    }

    /// Number of warnings.
    pub fn warning_count(&self) -> usize {
        self.items.len() - self.error_count()
    }

    /// Whether there is no problem at all.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The problems, sorted by file, line and column.
    pub fn items(&self) -> &[Diagnostic] {
        &self.items
    }

    /// Sorts by place, so that the order of files and rows never changes the report.
    pub fn sort(&mut self) {
        self.items.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        self.items.dedup();
    }

    /// Keeps only the errors.
    pub fn errors_only(mut self) -> Self {
        self.items.retain(|d| d.severity == Severity::Error);
        self
    }

    /// Keeps only the warnings.
    pub fn warnings_only(mut self) -> Self {
        self.items.retain(|d| d.severity == Severity::Warning);
        self
    }

    /// `Ok(())` when there is no error, else the errors.
    pub fn into_result(self) -> Result<(), Diagnostics> {
        if self.has_errors() { Err(self.errors_only()) } else { Ok(()) }
    }
}

impl From<Diagnostic> for Diagnostics {
    fn from(diagnostic: Diagnostic) -> Self {
        Diagnostics { items: vec![diagnostic] }
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, diagnostic) in self.items.iter().take(SHOWN_AT_MOST).enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{diagnostic}")?;
        }
        if self.items.len() > SHOWN_AT_MOST {
            write!(f, "\n{}", tr!("diagnostics-not-shown", count = self.items.len() - SHOWN_AT_MOST))?;
        }
        let (errors, warnings) = (self.error_count(), self.warning_count());
        if errors + warnings > 1 {
            write!(f, "\n{}", tr!("diagnostics-summary", errors = errors, warnings = warnings))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_place_expectation_hint_and_caret() {
        let diagnostic = Diagnostic::error(Location::at("c.toml", 12, 7), "max must be greater than 0, found -1")
            .expected("a number > 0")
            .hint("write the leaf's maximum points")
            .snippet(Some(Snippet { line: 12, text: "max = -1".into(), start: 6, width: 2 }));
        assert_eq!(
            diagnostic.to_string(),
            "lỗi: c.toml:12:7: max must be greater than 0, found -1\n   |\n12 | max = -1\n   |       ^^\n  cần: a number > 0\n  gợi ý: write the leaf's maximum points"
        );
    }

    #[test]
    fn workbook_places_print_like_excel_references() {
        assert_eq!(Location::cell("a.xlsx", "Sheet1", 12, Some(2)).to_string(), "a.xlsx:Sheet1!B12");
        assert_eq!(Location::cell("a.xlsx", "minh chứng", 3, Some(28)).to_string(), "a.xlsx:'minh chứng'!AB3");
        assert_eq!(Location::cell("a.xlsx", "O'Brien", 7, None).to_string(), "a.xlsx:'O''Brien'!7:7");
        assert_eq!(Location::cell("a.xlsx", "2024", 1, Some(1)).to_string(), "a.xlsx:'2024'!A1");
        // 26 → Z, 27 → AA, 702 → ZZ, 703 → AAA.
        let letters: Vec<String> = [1, 26, 27, 702, 703].map(column_letters).to_vec();
        assert_eq!(letters, ["A", "Z", "AA", "ZZ", "AAA"]);
        assert_eq!(Location::at("a.csv", 3, 2).to_string(), "a.csv:3:2");
    }

    #[test]
    fn sorting_makes_order_independent_of_discovery() {
        let mut a = Diagnostics::new();
        a.push(Diagnostic::error(Location::line("b.csv", 3), "x"));
        a.push(Diagnostic::error(Location::line("a.csv", 9), "y"));
        a.push(Diagnostic::warning(Location::line("a.csv", 2), "z"));
        a.sort();
        let order: Vec<_> = a.items().iter().map(|d| d.message.as_str()).collect();
        assert_eq!(order, ["z", "y", "x"]);
        assert_eq!((a.error_count(), a.warning_count()), (2, 1));
    }
}
