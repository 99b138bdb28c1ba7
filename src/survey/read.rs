//! Reads responses files (CSV with the reading rules of formats.md section 2, or
//! .xlsx), long or wide form, reporting every problem with file, line and column.

use crate::tr;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use calamine::{Data, Reader, SheetType, Xlsx};

use super::Responses;
use super::columns::Layout;
use crate::criteria::{Framework, Survey};
use crate::diagnostic::{Diagnostic, Diagnostics, Location};
use crate::error::{Error, Result};
use crate::evidence::{Fields, Split, detect_separator, is_workbook};
use crate::text::{fold, nfc, nfc_cow, normalize_name, quote, trim};

/// Errors of one file after which it is not read further.
const ERRORS_PER_FILE: usize = 1000;

/// Reads every responses file of `paths` (files, or directories of `*.csv` and
/// `*.xlsx`) for the questions of `framework`; all problems are reported together.
pub fn read_responses(paths: &[PathBuf], framework: &Framework) -> Result<Responses> {
    let (responses, mut problems) = gather_responses(paths, framework)?;
    if problems.has_errors() {
        problems.sort();
        return Err(Error::Input(problems.errors_only()));
    }
    Ok(responses)
}

/// Reads every responses file of `paths`, keeping going past problems: the answers
/// that could be read and every problem found (only unreadable files stop it).
pub fn gather_responses(paths: &[PathBuf], framework: &Framework) -> Result<(Responses, Diagnostics)> {
    let mut responses = Responses::new(framework);
    let Some(survey) = framework.survey.as_ref().filter(|_| !responses.leaves.is_empty()) else {
        return Err(Error::Usage(tr!("survey-framework-without-survey", framework = framework.id)));
    };
    let files = crate::evidence::expand_paths(paths)?;
    let mut problems = Diagnostics::new();
    for path in &files {
        let name = path.display().to_string();
        let file = responses.files.len() as u32;
        responses.files.push(name.clone());
        if is_workbook(path) {
            read_workbook(path, &name, file, framework, survey, &mut responses, &mut problems)?;
        } else {
            read_csv(path, &name, file, framework, survey, &mut responses, &mut problems, Some((PARALLEL_BYTES, CHUNK_BYTES)))?;
        }
    }
    Ok((responses, problems))
}

/// Files at least this large are read in chunks on all cores.
const PARALLEL_BYTES: u64 = 8 << 20;
/// The size of those chunks.
const CHUNK_BYTES: usize = 1 << 20;

/// Reads one CSV file; `chunked` gives the size from which it is read in chunks, and
/// their size.
#[allow(clippy::too_many_arguments)]
fn read_csv(
    path: &Path,
    name: &str,
    file: u32,
    framework: &Framework,
    survey: &Survey,
    responses: &mut Responses,
    problems: &mut Diagnostics,
    chunked: Option<(u64, usize)>,
) -> Result<()> {
    let io_error = |source: std::io::Error| Error::Read { path: name.to_owned(), source };
    let chunk = chunked.filter(|(from, _)| std::fs::metadata(path).is_ok_and(|m| m.len() >= *from)).map(|(_, size)| size);
    // In chunks on all cores when the groups are fixed (their positions are then the
    // same in every chunk) and nothing was read before; any problem, and the file is
    // read again in one pass, which reports it.
    if let Some(chunk) = chunk.filter(|_| !survey.groups.is_empty() && responses.units.is_empty()) {
        let files = responses.files.clone();
        if read_csv_in_chunks(path, file, framework, survey, responses, chunk)? {
            return Ok(());
        }
        *responses = Responses::new(framework);
        responses.files = files;
    }
    let opened = std::fs::File::open(path).map_err(io_error)?;
    let mut buffered = BufReader::with_capacity(1 << 16, opened);
    let peek = buffered.fill_buf().map_err(io_error)?;
    let bom = peek.starts_with(b"\xEF\xBB\xBF");
    let separator = detect_separator(if bom { &peek[3..] } else { peek });
    if bom {
        buffered.consume(3);
    }
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(separator)
        .from_reader(crate::evidence::LineCounting::new(buffered));
    let mut record = csv::ByteRecord::new();
    let mut rows: Option<Rows> = None;
    let mut found = Diagnostics::new();
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(error) => {
                found.push(
                    Diagnostic::error(Location::file(name), tr!("survey-unreadable-csv", reason = error))
                        .expected(tr!("survey-expected-csv")),
                );
                break;
            }
        }
        let line = reader.get_mut().line_of(record.position().map_or(0, |p| p.byte()));
        match &mut rows {
            Some(rows) => {
                rows.row(&record, line, responses, &mut found);
                if found.error_count() >= ERRORS_PER_FILE {
                    break;
                }
            }
            None => {
                if record.iter().all(|f| f.iter().all(u8::is_ascii_whitespace)) {
                    continue;
                }
                let headers: Vec<String> = record.iter().map(|f| nfc(String::from_utf8_lossy(f).trim())).collect();
                match Layout::from_headers(&headers, framework, |field| match field {
                    Some(field) => Location::at(name, line, field as u64 + 1),
                    None => Location::line(name, line),
                }) {
                    Ok(layout) => rows = Some(Rows::new(name, None, file, survey, layout, responses)),
                    Err(header) => {
                        found.extend(header);
                        break;
                    }
                }
            }
        }
    }
    if rows.is_none() && !found.has_errors() {
        found.push(Diagnostic::error(Location::line(name, 1), tr!("survey-file-empty")).expected(tr!("survey-file-empty-expected")));
    }
    problems.extend(found);
    Ok(())
}

/// Reads a large CSV file in chunks cut where a record ends (as the evidence's batch
/// reader does), each chunk into its own [`Responses`], added up in file order.
/// `false` at the first problem of any kind.
fn read_csv_in_chunks(
    path: &Path,
    file: u32,
    framework: &Framework,
    survey: &Survey,
    responses: &mut Responses,
    size: usize,
) -> Result<bool> {
    use rayon::prelude::*;
    use std::io::Read;

    use crate::evidence::{Chunks, Parser};

    let name = responses.files[file as usize].clone();
    let mut input = std::fs::File::open(path).map_err(|source| Error::Read { path: name.clone(), source })?;
    let mut start = Vec::with_capacity(size);
    (&mut input).take(size as u64).read_to_end(&mut start).map_err(|source| Error::Read { path: name.clone(), source })?;
    let bom = start.starts_with(b"\xEF\xBB\xBF");
    if bom {
        start.drain(..3);
    }
    let separator = detect_separator(&start);
    // The header: the first record that is not blank.
    let mut parser = Parser::default();
    let mut record = csv::ByteRecord::new();
    let mut records = parser.records(&start, separator);
    let header_line = loop {
        let Some(at) = records.next_into(&mut record) else { return Ok(false) };
        if !record.iter().all(|f| f.iter().all(u8::is_ascii_whitespace)) {
            break at.line;
        }
    };
    if records.position() >= start.len() {
        return Ok(false);
    }
    let headers: Vec<String> = record.iter().map(|f| nfc(String::from_utf8_lossy(f).trim())).collect();
    let Ok(layout) = Layout::from_headers(&headers, framework, |_| Location::file(&name)) else { return Ok(false) };
    let template = {
        let mut empty = Responses::new(framework);
        empty.files = responses.files.clone();
        empty
    };
    let file_bytes = input.metadata().map_or(0, |m| m.len() as usize);
    let chunks = Chunks::new(start, input, size);
    let recycler = chunks.recycler();
    // Parts are added up in file order as soon as their turn comes (a part read early
    // waits), so that their memory is freed and reused as the reading goes on.
    let sum =
        std::sync::Mutex::new(Sum { next: 0, waiting: std::collections::BTreeMap::new(), total: std::mem::take(responses), ok: true });
    let failed = std::sync::atomic::AtomicBool::new(false);
    chunks.par_bridge().for_each_init(
        || (Parser::default(), Vec::new(), 0, Split::default()),
        |(parser, ends, seen, split), chunk| {
            if failed.load(std::sync::atomic::Ordering::Relaxed) {
                return;
            }
            let part = (|| {
                let Ok(chunk) = chunk else { return (usize::MAX, 0, None) };
                let mut part = template.clone();
                // Room for as many questionnaires as this thread's last chunk had.
                part.reserve_respondents(*seen);
                let mut rows = Rows::new(&name, None, file, survey, layout.clone(), &part);
                let mut problems = Diagnostics::new();
                let mut last_start = None;
                let first = |line: u64| chunk.index == 0 && line <= header_line;
                if !matches!(separator, b'"' | b'\n' | b'\r') && memchr::memchr(b'"', &chunk.bytes).is_none() {
                    // No quote: lines split by hand, as the CSV parser would.
                    let mut lines = super::lines::Lines::new(&chunk.bytes, separator, chunk.first_line, std::mem::take(ends));
                    while let Some((byte, line, record)) = lines.next_line() {
                        if first(line) {
                            continue;
                        }
                        last_start = Some(byte);
                        rows.row(&record, line, &mut part, &mut problems);
                        if problems.has_errors() {
                            return (chunk.index, 0, None);
                        }
                    }
                    *ends = lines.into_buffer();
                } else if split.run(&chunk.bytes, separator) {
                    // Quoted cells: split 64 bytes at a time, as the CSV parser would.
                    let text = simdutf8::basic::from_utf8(&chunk.bytes).ok();
                    for index in 0..split.records().len() {
                        let record = split.records()[index];
                        let line = chunk.first_line + record.line - 1;
                        if first(line) {
                            continue;
                        }
                        last_start = Some(record.first);
                        rows.row(&split.fields(&record, &chunk.bytes, text), line, &mut part, &mut problems);
                        if problems.has_errors() {
                            return (chunk.index, 0, None);
                        }
                    }
                } else {
                    let mut records = parser.records(&chunk.bytes, separator);
                    while let Some((at, record)) = records.next_view() {
                        let line = chunk.first_line + at.line - 1;
                        if first(line) {
                            continue;
                        }
                        last_start = Some(at.byte);
                        rows.row(&record, line, &mut part, &mut problems);
                        if problems.has_errors() {
                            return (chunk.index, 0, None);
                        }
                    }
                }
                let proved = chunk.last || last_start.is_none_or(|at| parser.ends_at_record_boundary(&chunk.bytes[at..], separator));
                *seen = part.respondents.len();
                let length = chunk.bytes.len();
                recycler.recycle(chunk.bytes);
                (chunk.index, length, proved.then_some(part))
            })();
            let Ok(mut sum) = sum.lock() else {
                failed.store(true, std::sync::atomic::Ordering::Relaxed);
                return;
            };
            if !sum.add(part, file_bytes) {
                failed.store(true, std::sync::atomic::Ordering::Relaxed);
            }
        },
    );
    let Ok(sum) = sum.into_inner() else { return Ok(false) };
    *responses = sum.total;
    Ok(sum.ok && sum.waiting.is_empty() && !failed.into_inner() && !responses.units.is_empty())
}

/// The chunks' parts added up in file order.
struct Sum {
    /// The index of the next part to add.
    next: usize,
    /// Parts read before their turn.
    waiting: std::collections::BTreeMap<usize, (usize, Responses)>,
    total: Responses,
    ok: bool,
}

impl Sum {
    /// Adds part `(index, bytes read, part)` and the waiting ones whose turn comes;
    /// `false` once any part is missing (a problem) or clashes with the total.
    fn add(&mut self, (index, length, part): (usize, usize, Option<Responses>), file_bytes: usize) -> bool {
        let Some(part) = part.filter(|_| self.ok) else {
            self.ok = false;
            return false;
        };
        self.waiting.insert(index, (length, part));
        while let Some((length, part)) = self.waiting.remove(&self.next) {
            if self.next == 0 {
                // Room for the questionnaires of the whole file, guessed from the first part.
                self.total.reserve_respondents(part.respondents.len() * (file_bytes / length.max(1) + 1));
            }
            if !self.total.absorb(part) {
                self.ok = false;
                return false;
            }
            self.next += 1;
        }
        true
    }
}

fn read_workbook(
    path: &Path,
    name: &str,
    file: u32,
    framework: &Framework,
    survey: &Survey,
    responses: &mut Responses,
    problems: &mut Diagnostics,
) -> Result<()> {
    let opened = std::fs::File::open(path).map_err(|source| Error::Read { path: name.to_owned(), source })?;
    let unreadable = |error: calamine::XlsxError| {
        Error::Input(
            Diagnostic::error(Location::file(name), tr!("survey-unreadable-workbook", reason = error))
                .expected(tr!("survey-unreadable-workbook-expected"))
                .into(),
        )
    };
    let mut workbook = Xlsx::new(BufReader::new(opened)).map_err(unreadable)?;
    let sheets: Vec<String> = workbook.sheets_metadata().iter().filter(|s| s.typ == SheetType::WorkSheet).map(|s| s.name.clone()).collect();
    let preferred = ["responses", "trả lời", "phiếu", "tra loi", "phieu"];
    let Some(sheet) = sheets.iter().find(|s| preferred.contains(&fold(s).as_str())).or(sheets.first()).cloned() else {
        problems.push(
            Diagnostic::error(Location::file(name), tr!("survey-workbook-no-sheet")).expected(tr!("survey-workbook-no-sheet-expected")),
        );
        return Ok(());
    };
    let range = workbook.worksheet_range(&sheet).map_err(unreadable)?;
    let (Some(start), Some(end)) = (range.start(), range.end()) else {
        problems.push(
            Diagnostic::error(Location::file(name), tr!("survey-sheet-empty", sheet = sheet)).expected(tr!("survey-sheet-empty-expected")),
        );
        return Ok(());
    };
    let text = |row: u32, column: u32| -> String {
        match range.get_value((row, column)) {
            None | Some(Data::Empty) => String::new(),
            Some(Data::String(text)) => text.clone(),
            Some(Data::Float(number)) => crate::evidence::number_text(*number, false),
            Some(Data::Int(number)) => number.to_string(),
            Some(other) => other.to_string(),
        }
    };
    let mut rows: Option<Rows> = None;
    let mut found = Diagnostics::new();
    for row in start.0..=end.0 {
        let cells: Vec<String> = (0..=end.1).map(|column| text(row, column)).collect();
        let line = u64::from(row) + 1;
        match &mut rows {
            Some(rows) => {
                rows.row(&csv::ByteRecord::from(cells), line, responses, &mut found);
                if found.error_count() >= ERRORS_PER_FILE {
                    break;
                }
            }
            None if cells.iter().all(|c| c.trim().is_empty()) => {}
            None => {
                let headers: Vec<String> = cells.iter().map(|c| nfc(c.trim())).collect();
                match Layout::from_headers(&headers, framework, |field| Location::cell(name, &sheet, line, field.map(|f| f as u64 + 1))) {
                    Ok(layout) => rows = Some(Rows::new(name, Some(&sheet), file, survey, layout, responses)),
                    Err(header) => {
                        found.extend(header);
                        break;
                    }
                }
            }
        }
    }
    if rows.is_none() && !found.has_errors() {
        found.push(
            Diagnostic::error(Location::file(name), tr!("survey-sheet-empty", sheet = sheet)).expected(tr!("survey-sheet-empty-expected")),
        );
    }
    problems.extend(found);
    Ok(())
}

/// Reads the rows of one file once its header is known.
struct Rows<'a> {
    name: &'a str,
    sheet: Option<&'a str>,
    file: u32,
    survey: &'a Survey,
    layout: Layout,
    /// Question positions of the wide form's columns.
    wide: Vec<(usize, usize)>,
    last_unit_raw: Vec<u8>,
    last_unit: Option<u32>,
    /// The last questionnaire (unit, position): its answers usually follow each other.
    last_respondent: Option<(u32, u32)>,
    /// The question after the last row's.
    next_question: Option<usize>,
    /// The respondent cell of the last questionnaire, as written.
    last_respondent_raw: Vec<u8>,
    /// The group cell of the last row as written, and its group (fixed groups only).
    last_group: Option<(Vec<u8>, u16)>,
    /// Whether each question id is written as a cell reading it would give (trimmed,
    /// NFC): a cell with those very bytes is then that question.
    canonical: Vec<bool>,
    /// Answer cells as written and the option they choose (a few at most).
    options_seen: Vec<(Box<[u8]>, usize)>,
    /// The option of answer cells of one byte, as found.
    option_of_byte: Box<[Option<u16>; 256]>,
}

/// Whether two short byte strings are equal (without a call to `memcmp`).
fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    if a.len() < 8 {
        return a.iter().zip(b).all(|(x, y)| x == y);
    }
    let word = |s: &[u8], at: usize| u64::from_le_bytes(s[at..at + 8].try_into().unwrap_or_default());
    let last = a.len() - 8;
    (0..last).step_by(8).all(|at| word(a, at) == word(b, at)) && word(a, last) == word(b, last)
}

/// The answer cells remembered with their option.
const OPTIONS_SEEN: usize = 16;

impl<'a> Rows<'a> {
    fn new(name: &'a str, sheet: Option<&'a str>, file: u32, survey: &'a Survey, layout: Layout, responses: &Responses) -> Self {
        let wide = layout.wide.iter().filter_map(|(field, id)| Some((*field, responses.question(id)?))).collect();
        Rows {
            name,
            sheet,
            file,
            survey,
            layout,
            wide,
            last_unit_raw: Vec::new(),
            last_unit: None,
            last_respondent: None,
            next_question: None,
            last_respondent_raw: Vec::new(),
            last_group: None,
            canonical: responses.questions.iter().map(|id| nfc_cow(trim(id)) == id.as_str()).collect(),
            options_seen: Vec::new(),
            option_of_byte: Box::new([None; 256]),
        }
    }

    fn at(&self, line: u64, field: usize) -> Location {
        match self.sheet {
            Some(sheet) => Location::cell(self.name, sheet, line, Some(field as u64 + 1)),
            None => Location::at(self.name, line, field as u64 + 1),
        }
    }

    /// [`Rows::option`] of an answer cell, `raw` its bytes: remembered for the few
    /// cells seen most.
    fn option_of(&mut self, raw: &[u8], answer: &str) -> usize {
        if let [byte] = raw
            && let Some(option) = self.option_of_byte[*byte as usize]
        {
            return option as usize;
        }
        if let Some((_, option)) = self.options_seen.iter().find(|(seen, _)| same(seen, raw)) {
            return *option;
        }
        let option = self.option(answer);
        if raw == answer.as_bytes() {
            match raw {
                [byte] => self.option_of_byte[*byte as usize] = Some(option as u16),
                _ if self.options_seen.len() < OPTIONS_SEEN => self.options_seen.push((raw.into(), option)),
                _ => {}
            }
        }
        option
    }

    /// The option an answer chooses, or `options` when it is not counted.
    fn option(&self, answer: &str) -> usize {
        let answer = trim(answer);
        let found = if answer.is_ascii() && !answer.contains("  ") {
            self.survey.options.iter().position(|o| o.folded.eq_ignore_ascii_case(answer))
        } else {
            let folded = fold(answer);
            self.survey.options.iter().position(|o| o.folded == folded)
        };
        found.unwrap_or(self.survey.options.len())
    }

    fn row(&mut self, record: &impl Fields, line: u64, responses: &mut Responses, problems: &mut Diagnostics) {
        if record.blank() {
            return;
        }
        // UTF-8 is checked once per record, leaving out the unit's name when it is the
        // previous row's (already checked): the text before it and the text after it.
        let bytes = record.bytes();
        let unit_range = record.range(self.layout.unit).unwrap_or(0..0);
        let same_unit = self.last_unit.is_some() && same(&bytes[unit_range.clone()], &self.last_unit_raw);
        let (cut, rest) = if same_unit { (unit_range.start, unit_range.end) } else { (bytes.len(), bytes.len()) };
        // A record whose text is known to be UTF-8 (its whole chunk was checked) is not checked again.
        let checked = record.text().and_then(|text| text.get(..cut).zip(text.get(rest..)));
        let Some((head, tail)) =
            checked.or_else(|| simdutf8::basic::from_utf8(&bytes[..cut]).ok().zip(simdutf8::basic::from_utf8(&bytes[rest..]).ok()))
        else {
            problems.push(
                Diagnostic::error(Location::line(self.name, line), tr!("survey-line-not-utf8"))
                    .expected(tr!("survey-line-not-utf8-expected"))
                    .hint(tr!("survey-line-not-utf8-hint")),
            );
            return;
        };
        let field = |at: usize| -> &str {
            match record.range(at) {
                Some(r) if r.end <= cut => head.get(r).unwrap_or(""),
                Some(r) if r.start >= rest => tail.get(r.start - rest..r.end - rest).unwrap_or(""),
                _ => "",
            }
        };
        // The unit: rows of one unit usually follow each other.
        let unit = match self.last_unit {
            Some(unit) if same_unit => unit,
            _ => {
                let unit_raw = field(self.layout.unit);
                let name = normalize_name(unit_raw);
                if name.is_empty() {
                    problems.push(
                        Diagnostic::error(self.at(line, self.layout.unit), tr!("survey-unit-empty"))
                            .expected(tr!("survey-unit-empty-expected")),
                    );
                    return;
                }
                let unit = responses.unit_or_add(name, self.at(line, self.layout.unit), (self.file, line));
                self.last_unit_raw.clear();
                self.last_unit_raw.extend_from_slice(&bytes[unit_range.clone()]);
                self.last_unit = Some(unit);
                unit
            }
        };
        // The questionnaire: the last row's when its cell has the same bytes.
        let respondent_range = record.range(self.layout.respondent).unwrap_or(0..0);
        if let Some((last_unit, at)) = &self.last_respondent
            && *last_unit == unit
            && same(&bytes[respondent_range.clone()], &self.last_respondent_raw)
        {
            let at = *at;
            let group_cell = self.layout.group.and_then(|g| record.range(g)).map(|r| &bytes[r]);
            if let (Some((raw, group)), Some(cell)) = (&self.last_group, group_cell)
                && same(raw, cell)
                && responses.respondents[at as usize].group == *group
            {
                self.answers(field, record, line, at, responses, problems);
                return;
            }
        }
        let id = nfc_cow(trim(field(self.layout.respondent)));
        if id.is_empty() {
            problems.push(
                Diagnostic::error(self.at(line, self.layout.respondent), tr!("survey-respondent-empty"))
                    .expected(tr!("survey-respondent-empty-expected")),
            );
            return;
        }
        let Some(group) = self.group(field, line, responses, problems) else { return };
        if !self.survey.groups.is_empty()
            && let Some(range) = self.layout.group.and_then(|g| record.range(g))
        {
            let cache = self.last_group.get_or_insert_with(|| (Vec::new(), group));
            cache.0.clear();
            cache.0.extend_from_slice(&bytes[range]);
            cache.1 = group;
        }
        let (respondent, new) = match &self.last_respondent {
            Some((last_unit, at)) if *last_unit == unit && *responses.respondents[*at as usize].id == *id => (*at, false),
            _ => {
                let found = responses.respondent_or_add(unit, &id, group, (self.file, line));
                self.last_respondent = Some((unit, found.0));
                found
            }
        };
        self.last_respondent_raw.clear();
        self.last_respondent_raw.extend_from_slice(&bytes[respondent_range]);
        let known_group = responses.respondents[respondent as usize].group;
        if !new && known_group != group {
            let at = self.layout.group.unwrap_or(0);
            problems.push(
                Diagnostic::error(
                    self.at(line, at),
                    tr!(
                        "survey-respondent-two-groups",
                        respondent = quote(&id),
                        unit = responses.units[unit as usize].name,
                        group = responses.groups[group as usize],
                        line = responses.respondents[respondent as usize].first.1,
                        first_group = responses.groups[known_group as usize]
                    ),
                )
                .expected(tr!("survey-respondent-two-groups-expected")),
            );
            return;
        }
        self.answers(field, record, line, respondent, responses, problems);
    }

    /// The answers of a row, once its questionnaire is known.
    fn answers<'r>(
        &mut self,
        field: impl Fn(usize) -> &'r str,
        record: &impl Fields,
        line: u64,
        respondent: u32,
        responses: &mut Responses,
        problems: &mut Diagnostics,
    ) {
        match self.layout.long {
            Some((question_field, answer_field)) => {
                // Questions usually come in the framework's order: the one after the
                // last is tried, by its bytes, before the look-up.
                let cell = record.field(question_field).unwrap_or_default();
                let same = self.next_question.filter(|&q| {
                    self.canonical.get(q).is_some_and(|&c| c) && responses.questions.get(q).is_some_and(|id| same(id.as_bytes(), cell))
                });
                if let Some(question) = same {
                    self.next_question = Some(question + 1);
                    let option = self.option_of(record.field(answer_field).unwrap_or_default(), field(answer_field));
                    self.answer(responses, respondent, question, option, line, question_field, problems);
                    return;
                }
                let question_text = nfc_cow(trim(field(question_field)));
                let guess = self.next_question.filter(|&q| responses.questions.get(q).is_some_and(|id| **id == *question_text));
                let Some(question) = guess.or_else(|| responses.question(&question_text)) else {
                    let hint = crate::text::closest(&question_text, responses.questions.iter().map(String::as_str))
                        .map(|c| tr!("survey-did-you-mean", near = c))
                        .unwrap_or_else(|| tr!("survey-unknown-question-hint"));
                    problems.push(
                        Diagnostic::error(self.at(line, question_field), tr!("survey-unknown-question", question = quote(&question_text)))
                            .expected(tr!("survey-expected-question-id"))
                            .hint(hint),
                    );
                    return;
                };
                self.next_question = Some(question + 1);
                let option = self.option_of(record.field(answer_field).unwrap_or_default(), field(answer_field));
                self.answer(responses, respondent, question, option, line, question_field, problems);
            }
            None => {
                for index in 0..self.wide.len() {
                    let (at, question) = self.wide[index];
                    let cell = field(at);
                    // In the wide form a blank cell is a question not asked of this group.
                    if trim(cell).is_empty() {
                        continue;
                    }
                    let option = self.option(cell);
                    self.answer(responses, respondent, question, option, line, at, problems);
                }
            }
        }
    }

    /// The row's group: one of `[survey] groups` (required when set), else as found.
    fn group<'r>(&self, field: impl Fn(usize) -> &'r str, line: u64, responses: &mut Responses, problems: &mut Diagnostics) -> Option<u16> {
        let text = self.layout.group.map_or("", |at| trim(field(at)));
        let text = nfc_cow(text);
        if !self.survey.groups.is_empty() {
            let at = self.layout.group.unwrap_or(0);
            let known = || self.survey.groups.iter().map(|(g, _)| g.as_str()).collect::<Vec<_>>().join(", ");
            return match self.survey.groups.iter().position(|(g, _)| **g == *text) {
                Some(group) => Some(group as u16),
                None if text.is_empty() => {
                    problems.push(
                        Diagnostic::error(self.at(line, at), tr!("survey-group-empty"))
                            .expected(tr!("survey-expected-group", groups = known())),
                    );
                    None
                }
                None => {
                    let hint = self
                        .survey
                        .groups
                        .iter()
                        .find(|(g, _)| g.to_lowercase() == text.to_lowercase())
                        .map(|(g, _)| tr!("survey-group-case-hint", near = g))
                        .unwrap_or_else(|| tr!("survey-unknown-group-hint"));
                    problems.push(
                        Diagnostic::error(self.at(line, at), tr!("survey-unknown-group", group = quote(&text)))
                            .expected(tr!("survey-expected-group", groups = known()))
                            .hint(hint),
                    );
                    None
                }
            };
        }
        if let Some(group) = responses.groups.iter().position(|g| **g == *text) {
            return Some(group as u16);
        }
        if responses.groups.len() >= u16::MAX as usize {
            problems.push(
                Diagnostic::error(self.at(line, self.layout.group.unwrap_or(0)), tr!("survey-too-many-groups"))
                    .expected(tr!("survey-too-many-groups-expected", max = u16::MAX)),
            );
            return None;
        }
        responses.groups.push(text.into_owned());
        Some((responses.groups.len() - 1) as u16)
    }

    #[allow(clippy::too_many_arguments)]
    fn answer(
        &self,
        responses: &mut Responses,
        respondent: u32,
        question: usize,
        option: usize,
        line: u64,
        at: usize,
        problems: &mut Diagnostics,
    ) {
        if responses.answer(respondent, question, option) {
            return;
        }
        let r = &responses.respondents[respondent as usize];
        let first = if r.first.0 == self.file {
            tr!("survey-place-line", line = r.first.1)
        } else {
            tr!("survey-place-line-of", line = r.first.1, file = responses.files[r.first.0 as usize])
        };
        problems.push(
            Diagnostic::error(
                self.at(line, at),
                tr!(
                    "survey-answered-twice",
                    respondent = quote(&r.id),
                    question = responses.questions[question],
                    unit = responses.units[r.unit as usize].name,
                    first = first
                ),
            )
            .expected(tr!("survey-answered-twice-expected"))
            .hint(tr!("survey-answered-twice-hint")),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::criteria::parse_framework;

    fn framework() -> Framework {
        let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/survey/criteria.toml")).unwrap();
        parse_framework(&text, "criteria.toml").unwrap()
    }

    fn read(path: &Path, chunked: Option<(u64, usize)>) -> (Responses, Diagnostics) {
        let framework = framework();
        let mut responses = Responses::new(&framework);
        responses.files.push("r.csv".into());
        let mut problems = Diagnostics::new();
        let survey = framework.survey.as_ref().unwrap();
        read_csv(path, "r.csv", 0, &framework, survey, &mut responses, &mut problems, chunked).unwrap();
        (responses, problems)
    }

    fn summary(responses: &Responses) -> Vec<String> {
        let framework = framework();
        (0..responses.units.len() as u32)
            .flat_map(|unit| (0..responses.leaves.len()).map(move |slot| (unit, slot)))
            .map(|(unit, slot)| {
                let mean = responses.mean(&framework, unit, slot).map(|m| m.to_string());
                let answers: Vec<u32> = (0..responses.questions.len()).flat_map(|q| responses.distribution(unit, q).to_vec()).collect();
                format!("{} {slot} {mean:?} {answers:?} {}", responses.units[unit as usize].name, responses.units[unit as usize].first)
            })
            .collect()
    }

    #[test]
    fn chunks_give_what_one_pass_gives() {
        // 3,000 questionnaires of 40 units, with quoted names holding a comma (and for
        // 8 of them an escaped quote), blank lines and \r\n line ends, read in 512-byte
        // chunks and in one pass.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.csv");
        let mut text = String::from("\u{feff}\r\nrespondent,group,unit,question,answer\r\n");
        for i in 0..3000u32 {
            let unit = if i % 40 < 8 { format!("\"Xã {}, huyện \"\"A\"\"\"", i % 40) } else { format!("\"Xã {}, huyện A\"", i % 40) };
            let group = if i % 3 == 0 { "P1" } else { "P2" };
            let answer = ["A", "b", "C", "D", "không biết", ""][(i as usize * 7) % 6];
            text.push_str(&format!("R{i},{group},{unit},P1.3,{answer}\r\n"));
            if i % 500 == 0 {
                text.push_str("\r\n");
            }
            text.push_str(&format!("R{i},{group},{unit},P1.4,{}\r\n", ["A", "B"][i as usize % 2]));
        }
        std::fs::write(&path, text).unwrap();
        let (one, problems) = read(&path, None);
        assert!(!problems.has_errors());
        let (chunked, problems) = read(&path, Some((0, 512)));
        assert!(!problems.has_errors());
        assert_eq!(summary(&one), summary(&chunked));
        assert_eq!(one.respondents.len(), 3000);
        assert_eq!(chunked.respondents.len(), 3000);
    }

    #[test]
    fn chunks_without_quotes_give_what_one_pass_gives() {
        // No quote anywhere (the chunks are split by hand): each questionnaire's three
        // rows follow each other with its id, group and question written in two ways
        // (spaces), answers in several (case, spaces, decomposed letters, unknown),
        // unit names too; \n, \r\n, \r and blank lines. 256-byte chunks give what
        // one pass gives, and neither finds a problem.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.csv");
        let mut text = String::from("respondent;group;unit;question;answer\r\n");
        let answers = ["A", "b", " C", "D ", "không biết", "Khong biet", "kho\u{302}ng bie\u{302}\u{301}t", "", "E"];
        for i in 0..2000u32 {
            let unit = ["Sở Tư pháp", "So\u{31b}\u{309} Tư pháp", "Sở Tư  pháp", "Sở Y tế"][(i as usize / 3) % 4];
            let group = ["P1", "P2"][(i as usize / 7) % 2];
            for (k, question) in ["P1.3", " P2.3", "P1.4 "].iter().enumerate() {
                let (id, group) = if k % 2 == 0 { (format!("R{i}"), group.to_string()) } else { (format!(" R{i} "), format!("{group} ")) };
                let answer = answers[(i as usize * 5 + k) % answers.len()];
                let end = ["\n", "\r\n", "\r", "\n\n"][(i as usize + k) % 4];
                text.push_str(&format!("{id};{group};{unit};{question};{answer}{end}"));
            }
        }
        std::fs::write(&path, text).unwrap();
        let (one, problems) = read(&path, None);
        assert!(problems.items().is_empty(), "{:?}", problems.items().first().map(|p| p.message.clone()));
        let (chunked, problems) = read(&path, Some((0, 256)));
        assert!(problems.items().is_empty());
        assert_eq!(summary(&one), summary(&chunked));
        assert_eq!((one.units.len(), one.respondents.len(), chunked.respondents.len()), (2, 2000, 2000));
    }

    #[test]
    fn a_problem_in_a_chunk_is_reported_by_one_pass() {
        // The repeat of R7's answer sits in a later chunk than the first: one pass says where.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.csv");
        let mut text = String::from("respondent,group,unit,question,answer\n");
        for i in 0..400u32 {
            text.push_str(&format!("R{i},P1,Sở Tư pháp,P1.3,A\n"));
        }
        text.push_str("R7,P1,Sở Tư pháp,P1.3,B\n");
        std::fs::write(&path, text).unwrap();
        let (_, problems) = read(&path, Some((0, 256)));
        let messages: Vec<String> = problems.items().iter().map(|p| format!("{}: {}", p.location, p.message)).collect();
        assert_eq!(
            messages,
            ["r.csv:402:4: phiếu \"R7\" trả lời câu hỏi \"P1.3\" về đơn vị \"Sở Tư pháp\" hai lần (phiếu này có từ dòng 9)"]
        );
    }

    #[test]
    fn bytes_that_are_not_utf8_are_reported_even_after_the_same_unit() {
        // Row 3 repeats row 2's unit (its name is not checked again) and has a bad byte
        // in its answer; row 4 has one in a new unit's name.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.csv");
        let mut bytes = b"respondent,group,unit,question,answer\nR1,P1,S\xe1\xbb\x9f T\xc6\xb0 ph\xc3\xa1p,P1.3,A\n".to_vec();
        bytes.extend_from_slice(b"R2,P1,S\xe1\xbb\x9f T\xc6\xb0 ph\xc3\xa1p,P1.3,\xff\nR3,P1,S\xff,P1.3,A\n");
        std::fs::write(&path, bytes).unwrap();
        let (_, problems) = read(&path, None);
        let places: Vec<String> = problems.items().iter().map(|p| format!("{}: {}", p.location, p.message)).collect();
        assert_eq!(places, ["r.csv:3: dòng này không phải văn bản UTF-8", "r.csv:4: dòng này không phải văn bản UTF-8"]);
    }
}
