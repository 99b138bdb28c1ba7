//! Reads one evidence CSV file: BOM, `,`/`;` detection, header mapping, and every
//! row checked against the framework, with all problems collected.

use std::io::{BufRead, BufReader, Read};

use super::book::{Book, Conflict, Duplicate};
use super::columns::{COLUMNS, Column, ColumnMap, HeaderProblem};
use super::entry::{Entry, EntryText, Origin, Value};
use super::lines::LineCounting;
use super::records::Fields;
use super::row::{CellProblem, adjustment_value, fraction_hint, leaf_value, points_cell};
use super::sink::RowSink;
use crate::criteria::{Framework, Rule, Target};
use crate::diagnostic::{Diagnostic, Diagnostics, Location};
use crate::error::{Error, Result};
use crate::text::{excerpt, nfc, nfc_cow, normalize_name, quote};
use crate::tr;

/// How much of an evidence file to keep.
#[derive(Debug, Clone, Copy, Default)]
pub struct ReadOptions {
    /// Keep the value, evidence and note text of each row (score sheets, council
    /// tables); ranking needs only the parsed values.
    pub keep_text: bool,
}

/// The rows of one file and the problems found in it.
pub struct FileRead {
    /// Units and their rows.
    pub book: Book,
    /// Errors and warnings, with lines and columns.
    pub problems: Diagnostics,
}

/// How many bytes at the start of a file are looked at to detect the separator.
pub(crate) const PEEK_BYTES: usize = 1 << 16;

/// The separator of a header line: whichever of `;`, `,` and tab occurs most
/// outside quotes (`,` on a tie or when none occurs).
pub fn detect_separator(first_line: &[u8]) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for &byte in first_line {
        match byte {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => break,
            b';' if !quoted => counts[0] += 1,
            b',' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    if counts[0] > counts[1] && counts[0] >= counts[2] {
        b';'
    } else if counts[2] > counts[1] && counts[2] > counts[0] {
        b'\t'
    } else {
        b','
    }
}

/// Reads an evidence CSV from `input`; `name` is the file as the user named it and
/// `file` its index in the run.
pub fn read_csv(input: impl Read, name: &str, file: u32, framework: &Framework, options: ReadOptions) -> Result<FileRead> {
    let io_error = |source: std::io::Error| Error::Read { path: name.to_owned(), source };
    let mut buffered = BufReader::with_capacity(PEEK_BYTES, input);
    let peek = buffered.fill_buf().map_err(io_error)?;
    let bom = peek.starts_with(b"\xEF\xBB\xBF");
    let separator = detect_separator(if bom { &peek[3..] } else { peek });
    let empty = peek.len() == usize::from(bom) * 3;
    if bom {
        buffered.consume(3);
    }
    let mut problems = Diagnostics::new();
    let mut book = Book::new();
    if let Some(problem) = super::sniff::not_text(buffered.buffer(), name, "CSV") {
        problems.push(problem);
        return Ok(FileRead { book, problems });
    }
    if empty {
        problems.push(
            Diagnostic::error(Location::line(name, 1), tr!("evidence-file-empty")).expected(tr!("evidence-expected-header-and-rows")),
        );
        return Ok(FileRead { book, problems });
    }
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(separator).from_reader(LineCounting::new(buffered));
    let mut record = csv::ByteRecord::new();
    let mut state: Option<RowReader> = None;
    let mut rows = 0usize;
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(error) if error.is_io_error() => {
                if let csv::ErrorKind::Io(source) = error.into_kind() {
                    if let Some(line) = super::lines::line_too_long(&source) {
                        problems.push(
                            Diagnostic::error(
                                Location::line(name, line),
                                tr!("evidence-line-too-long", bytes = super::lines::MAX_LINE_BYTES),
                            )
                            .expected(tr!("evidence-line-too-long-expected"))
                            .hint(tr!("evidence-line-too-long-hint")),
                        );
                        return Ok(FileRead { book, problems });
                    }
                    return Err(io_error(source));
                }
                break;
            }
            Err(error) => {
                problems.push(
                    Diagnostic::error(Location::file(name), tr!("evidence-unreadable-csv", reason = error))
                        .expected(tr!("evidence-expected-csv")),
                );
                break;
            }
        }
        let line = reader.get_mut().line_of(record.position().map_or(0, |p| p.byte()));
        let Some(row_reader) = &mut state else {
            match RowReader::from_header(&record, name, line, framework, file, options) {
                Ok(row_reader) => {
                    problems.extend(super::columns::header_warnings(&record, name, line, &row_reader.columns));
                    state = Some(row_reader);
                }
                Err(header_problems) => {
                    problems.extend(header_problems);
                    return Ok(FileRead { book, problems });
                }
            }
            continue;
        };
        match row_reader.row(&record, line, &mut book, &mut problems) {
            RowOutcome::Row => rows += 1,
            RowOutcome::Blank => {}
            RowOutcome::Stop => break,
        }
    }
    if state.is_none() && !problems.has_errors() {
        problems.push(
            Diagnostic::error(Location::line(name, 1), tr!("evidence-only-blank-lines")).expected(tr!("evidence-expected-header-and-rows")),
        );
    }
    if state.is_some() && rows == 0 && !problems.has_errors() {
        problems.push(
            Diagnostic::error(Location::line(name, 1), tr!("evidence-header-but-no-rows"))
                .expected(tr!("evidence-expected-rows-under-header")),
        );
    }
    Ok(FileRead { book, problems })
}

/// Steps of "did you mean" one file may spend: thousands of hints against a real
/// framework (70 leaves), a few against 10,000 leaves.
const HINT_STEPS_PER_FILE: u64 = 5_000_000;

/// What one record was.
pub(crate) enum RowOutcome {
    /// A row (valid or not).
    Row,
    /// A blank line.
    Blank,
    /// A problem that stops reading the file (text that is not UTF-8).
    Stop,
}

/// Reads rows once the header is known (the workbook reader feeds it rows too). Cloning gives an independent reader for
/// another part of the same file.
#[derive(Clone)]
pub(crate) struct RowReader<'f> {
    name: String,
    file: u32,
    framework: &'f Framework,
    columns: ColumnMap,
    header_len: usize,
    keep_text: bool,
    last_unit_raw: Vec<u8>,
    last_unit: String,
    /// Why the last unit name cannot be used (reported on its first row only).
    last_unit_problem: Option<crate::text::NameProblem>,
    /// Steps of "did you mean" still to spend in this file (see
    /// [`crate::text::closest_within`]); shared by the readers of one file's chunks.
    hint_budget: std::sync::Arc<std::sync::atomic::AtomicU64>,
    /// The target after the last row's: rows usually follow the framework's order,
    /// so one comparison of ids often spares a hash lookup.
    next_target: Option<Target>,
    /// The dates evidence may carry (a date outside is a warning).
    window: super::window::Window,
}

fn cell(record: &impl Fields, position: Option<usize>) -> &[u8] {
    position.and_then(|p| record.field(p)).unwrap_or(b"")
}

fn blank(field: &[u8]) -> bool {
    field.iter().all(u8::is_ascii_whitespace)
}

/// The hint on a header that names no column (the workbook reader replaces it with
/// one about worksheets).
pub(crate) fn header_hint() -> String {
    tr!("evidence-header-hint")
}

fn utf8_problem(name: &str, line: u64, column: usize, bytes: &[u8], error: std::str::Utf8Error) -> Diagnostic {
    let bad = bytes.get(error.valid_up_to()).copied().unwrap_or(0);
    Diagnostic::error(Location::at(name, line, column as u64 + 1), tr!("evidence-not-utf8", byte = format!("0x{bad:02X}")))
        .expected(tr!("evidence-expected-utf8-csv"))
        .hint(tr!("evidence-utf8-hint"))
}

impl<'f> RowReader<'f> {
    /// Maps the header record of file `name` (index `file` in the run).
    pub(crate) fn from_header(
        record: &csv::ByteRecord,
        name: &str,
        line: u64,
        framework: &'f Framework,
        file: u32,
        options: ReadOptions,
    ) -> Result<Self, Diagnostics> {
        let mut headers = Vec::with_capacity(record.len());
        for (column, bytes) in record.iter().enumerate() {
            match std::str::from_utf8(bytes) {
                Ok(text) => headers.push(nfc(text.trim())),
                Err(error) => return Err(utf8_problem(name, line, column, bytes, error).into()),
            }
        }
        let columns = ColumnMap::from_headers(headers.iter().map(String::as_str)).map_err(|header_problems| {
            let mut problems = Diagnostics::new();
            let mut found = headers.iter().take(12).map(|h| format!("\"{}\"", quote(h))).collect::<Vec<_>>().join(", ");
            if headers.len() > 12 {
                found.push_str(&tr!("evidence-and-more", count = headers.len() - 12));
            }
            for problem in header_problems {
                problems.push(match problem {
                    HeaderProblem::Missing(column) => Diagnostic::error(
                        Location::line(name, line),
                        tr!("evidence-header-missing-column", column = column.label(), found = found),
                    )
                    .expected(tr!("evidence-header-missing-column-expected", name = column.name(), vietnamese = column.vietnamese()))
                    .hint(header_hint()),
                    HeaderProblem::Duplicate { column, first, second } => Diagnostic::error(
                        Location::at(name, line, second as u64 + 1),
                        tr!("evidence-header-duplicate-column", first = first + 1, second = second + 1, column = column.label()),
                    )
                    .expected(tr!("evidence-header-duplicate-column-expected")),
                });
            }
            problems
        })?;
        Ok(RowReader {
            name: name.to_owned(),
            file,
            framework,
            header_len: headers.len(),
            columns,
            keep_text: options.keep_text,
            last_unit_raw: Vec::new(),
            last_unit: String::new(),
            last_unit_problem: None,
            hint_budget: std::sync::Arc::new(std::sync::atomic::AtomicU64::new(HINT_STEPS_PER_FILE)),
            next_target: None,
            window: super::window::Window::new(framework.year, super::window::today()),
        })
    }

    fn at(&self, line: u64, column: Column) -> Location {
        Location::at(&self.name, line, self.columns.position(column).map_or(1, |p| p as u64 + 1))
    }

    fn cell_error(&self, line: u64, column: Column, problem: CellProblem) -> Diagnostic {
        Diagnostic::error(self.at(line, column), problem.message).expected(problem.expected).maybe_hint(problem.hint)
    }

    /// Reads one record at `line` into `sink`, adding its problems to `problems`.
    pub(crate) fn row(&mut self, record: &impl Fields, line: u64, sink: &mut impl RowSink, problems: &mut Diagnostics) -> RowOutcome {
        if (0..record.count()).all(|i| record.field(i).is_none_or(blank)) {
            return RowOutcome::Blank;
        }
        // Filled in place: an array of nine cells is too large to return cheaply.
        let mut texts = [""; COLUMNS];
        if !self.cells_if_utf8(record, &mut texts) && !self.cells_checked(record, line, problems, &mut texts) {
            return RowOutcome::Stop;
        }
        if record.count() > self.header_len && (self.header_len..record.count()).any(|i| record.field(i).is_some_and(|f| !blank(f))) {
            problems.push(
                Diagnostic::error(
                    Location::at(&self.name, line, self.header_len as u64 + 1),
                    tr!("evidence-row-too-many-fields", fields = record.count(), header = self.header_len),
                )
                .expected(tr!("evidence-row-too-many-fields-expected", header = self.header_len))
                .hint(tr!("evidence-row-too-many-fields-hint")),
            );
            return RowOutcome::Row;
        }
        let unit_raw = cell(record, self.columns.position(Column::Unit));
        if unit_raw != self.last_unit_raw.as_slice() {
            self.last_unit_raw.clear();
            self.last_unit_raw.extend_from_slice(unit_raw);
            self.last_unit = normalize_name(texts[Column::Unit as usize]);
            self.last_unit_problem = crate::text::name_problem(texts[Column::Unit as usize]);
            if let Some(problem) = self.last_unit_problem {
                problems.push(
                    Diagnostic::error(
                        self.at(line, Column::Unit),
                        tr!("evidence-unit-name-problem", name = quote(&self.last_unit), problem = problem),
                    )
                    .expected(crate::text::NAME_RULE),
                );
            }
        }
        let criterion = nfc_cow(crate::text::trim(texts[Column::Criterion as usize]));
        let mut row_ok = self.last_unit_problem.is_none();
        if self.last_unit.is_empty() {
            problems.push(
                Diagnostic::error(self.at(line, Column::Unit), tr!("evidence-unit-empty")).expected(tr!("evidence-unit-empty-expected")),
            );
            row_ok = false;
        }
        let target = self.target(&criterion, line, problems);
        let (Some(target), true) = (target, row_ok) else { return RowOutcome::Row };
        match self.entry(target, &criterion, &texts, line, problems) {
            Some(entry) => {
                if let Some(duplicate) = sink.add(self.framework, &self.last_unit, target, entry) {
                    problems.push(self.duplicate(&duplicate));
                }
            }
            None => sink.reject(&self.last_unit, target),
        }
        RowOutcome::Row
    }

    /// The cells of the columns into `texts`, when the whole record is UTF-8 (known, or
    /// one fast check) and every cell starts and ends on a character boundary, so is UTF-8 too.
    fn cells_if_utf8<'r>(&self, record: &'r impl Fields, texts: &mut [&'r str; COLUMNS]) -> bool {
        let Some(whole) = record.text().or_else(|| simdutf8::basic::from_utf8(record.bytes()).ok()) else { return false };
        for column in Column::ALL {
            if let Some(range) = self.columns.position(column).and_then(|p| record.range(p)) {
                let Some(text) = whole.get(range) else { return false };
                texts[column as usize] = text;
            }
        }
        true
    }

    /// The cells of the columns checked one by one into `texts`; `false` after
    /// reporting the first that is not UTF-8.
    fn cells_checked<'r>(&self, record: &'r impl Fields, line: u64, problems: &mut Diagnostics, texts: &mut [&'r str; COLUMNS]) -> bool {
        for column in Column::ALL {
            let position = self.columns.position(column);
            let bytes = cell(record, position);
            match std::str::from_utf8(bytes) {
                Ok(text) => texts[column as usize] = text,
                Err(error) => {
                    problems.push(utf8_problem(&self.name, line, position.unwrap_or(0), bytes, error));
                    return false;
                }
            }
        }
        true
    }

    fn target(&mut self, id: &str, line: u64, problems: &mut Diagnostics) -> Option<Target> {
        let guess = self.next_target.filter(|&guess| self.framework.scorable_id(guess) == Some(id));
        if let Some(target @ (Target::Leaf(_) | Target::Adjustment(_))) = guess.or_else(|| self.framework.target(id)) {
            self.next_target = self.framework.next_scorable(target);
            return Some(target);
        }
        let location = self.at(line, Column::Criterion);
        if id.is_empty() {
            problems.push(Diagnostic::error(location, tr!("evidence-criterion-empty")).expected(tr!("evidence-criterion-empty-expected")));
            return None;
        }
        match self.framework.target(id) {
            Some(Target::Group(node)) => {
                let node = &self.framework.nodes[node];
                let leaves: Vec<&str> = self
                    .framework
                    .leaves
                    .iter()
                    .map(|l| self.framework.nodes[l.node].id.as_str())
                    .filter(|leaf_id| leaf_id.starts_with(&format!("{id}.")))
                    .collect();
                let message = if node.parent.is_none() {
                    tr!("evidence-row-for-area", id = id)
                } else {
                    tr!("evidence-row-for-criterion-with-subs", id = id)
                };
                problems.push(
                    Diagnostic::error(location, message)
                        .expected(tr!("evidence-row-for-group-expected", leaves = excerpt(&leaves.join(", "), 120))),
                );
                None
            }
            Some(target) => Some(target),
            None => {
                use std::sync::atomic::Ordering::Relaxed;
                let mut budget = self.hint_budget.load(Relaxed);
                let before = budget;
                let near = crate::text::closest_within(id, self.framework.scorable_ids(), &mut budget);
                let spent = before - budget;
                let _ = self.hint_budget.fetch_update(Relaxed, Relaxed, |left| Some(left.saturating_sub(spent)));
                let hint = near.map(|near| tr!("evidence-did-you-mean", near = near));
                problems.push(
                    Diagnostic::error(location, tr!("evidence-unknown-criterion", id = quote(id), framework = self.framework.id))
                        .expected(tr!("evidence-unknown-criterion-expected"))
                        .maybe_hint(hint),
                );
                None
            }
        }
    }

    fn entry(&self, target: Target, id: &str, texts: &[&str; COLUMNS], line: u64, problems: &mut Diagnostics) -> Option<Entry> {
        let value_text = texts[Column::Value as usize];
        let (value, limit, step) = match target {
            Target::Leaf(index) => {
                let leaf = &self.framework.leaves[index];
                let step = match leaf.rule {
                    Rule::Manual { step } => step,
                    _ => None,
                };
                let value = leaf_value(leaf, id, value_text);
                if let Ok(value) = &value {
                    if let Value::Date(date) = value {
                        let due = match leaf.rule {
                            Rule::Deadline { due, .. } => Some(due),
                            _ => None,
                        };
                        if let Some(warning) = self.window.check(*date, due, value_text, id, self.at(line, Column::Value)) {
                            problems.push(warning);
                        }
                    }
                    if let Some(hint) = fraction_hint(leaf, value) {
                        problems.push(
                            Diagnostic::warning(self.at(line, Column::Value), tr!("evidence-fraction", value = quote(value_text), id = id))
                                .expected(tr!("evidence-fraction-expected"))
                                .hint(hint),
                        );
                    }
                    if matches!(leaf.rule, Rule::Manual { .. }) && *value == Value::Empty && !crate::text::trim(value_text).is_empty() {
                        problems.push(
                            Diagnostic::warning(
                                self.at(line, Column::Value),
                                tr!("evidence-manual-value-ignored", value = quote(value_text), id = id),
                            )
                            .expected(tr!(
                                "evidence-manual-value-ignored-expected",
                                self_score = self.columns.label(Column::SelfScore),
                                appraised = self.columns.label(Column::Appraised)
                            )),
                        );
                    }
                }
                (value, Some(leaf.max), step)
            }
            Target::Adjustment(index) => {
                let adjustment = &self.framework.adjustments[index];
                (adjustment_value(adjustment, value_text), adjustment.cap, None)
            }
            Target::Group(_) => return None,
        };
        let points = |column: Column| points_cell(texts[column as usize], self.columns.label(column), id, limit, step);
        let self_score = points(Column::SelfScore);
        let appraised = points(Column::Appraised);
        let appraised_1 = points(Column::AppraisedFirst);
        let mut ok = true;
        for (column, result) in [
            (Column::Value, value.as_ref().err()),
            (Column::SelfScore, self_score.as_ref().err()),
            (Column::Appraised, appraised.as_ref().err()),
            (Column::AppraisedFirst, appraised_1.as_ref().err()),
        ] {
            if let Some(problem) = result {
                let mut problem = problem.clone();
                if problem.hint.is_none() && texts[column as usize].trim().contains('\n') {
                    problem.hint = Some(tr!("evidence-unclosed-quote-hint"));
                }
                problems.push(self.cell_error(line, column, problem));
                ok = false;
            }
        }
        let (Ok(value), Ok(self_score), Ok(appraised), Ok(appraised_1)) = (value, self_score, appraised, appraised_1) else { return None };
        for (column, points) in [(Column::Appraised, appraised), (Column::AppraisedFirst, appraised_1)] {
            if value == Value::NotApplicable && points.is_some() {
                problems.push(
                    Diagnostic::error(
                        self.at(line, column),
                        tr!("evidence-not-applicable-with-points", id = id, column = self.columns.label(column)),
                    )
                    .expected(tr!("evidence-not-applicable-or-points-expected"))
                    .hint(tr!("evidence-not-applicable-or-points-hint")),
                );
                ok = false;
            }
        }
        let evidence = crate::text::trim(texts[Column::Evidence as usize]);
        let mut filled = 0u16;
        // The unit and criterion name the row; the other columns are its layer's data.
        for column in Column::ALL.into_iter().skip(2) {
            let text = texts[column as usize];
            if !text.is_empty() && !crate::text::trim(text).is_empty() {
                filled |= 1 << column as u16;
            }
        }
        ok.then(|| Entry {
            value,
            self_score,
            appraised,
            appraised_1,
            has_evidence: !evidence.is_empty(),
            origin: Origin { file: self.file, line },
            text: self.keep_text.then(|| {
                Box::new(EntryText {
                    value: value_text.trim().to_owned(),
                    evidence: nfc(evidence),
                    note: nfc(texts[Column::Note as usize].trim()),
                    explanation: nfc(texts[Column::Explanation as usize].trim()),
                })
            }),
            filled,
            layers: None,
        })
    }

    fn duplicate(&self, duplicate: &Duplicate) -> Diagnostic {
        let column = match duplicate.conflict {
            Conflict::Twice(_) => Column::Criterion,
            Conflict::NotApplicable(column) => column,
        };
        let place = tr!("evidence-place-line", line = duplicate.first.line);
        super::duplicate_diagnostic(
            self.at(duplicate.second.line, column),
            self.framework,
            &self.last_unit,
            duplicate,
            &place,
            Some(&self.columns),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separator_is_taken_from_the_header_line() {
        assert_eq!(detect_separator(b"unit;criterion;value\n1,2;3"), b';');
        assert_eq!(detect_separator(b"unit,criterion,value"), b',');
        assert_eq!(detect_separator(b"\"a;b\",c,d"), b',');
        assert_eq!(detect_separator(b"unit\tcriterion\tvalue"), b'\t');
        assert_eq!(detect_separator(b"unit"), b',');
    }
}
