//! Limits a workbook must keep before calamine reads it: the zip's entries, sizes and
//! compression ratios, and what its XML claims (string counts, rows, cells, ranges).
//!
//! calamine trusts a workbook: it reserves memory for a declared `uniqueCount`, makes a
//! grid over the bounding box of the cells, parses `r="99999999999999999999"` with
//! wrapping arithmetic and grows a table to a formula's `si`. A 2 KB file can thus ask
//! for terabytes. This module reads every entry once, streaming, with `quick-xml`, and
//! stops at the first limit with an input error naming the file and the limit.

use std::io::{Read, Seek};

use quick_xml::events::{BytesStart, Event};

use crate::diagnostic::{Diagnostic, Location};
use crate::error::{Error, Result};
use crate::tr;

/// What a workbook may hold. The defaults are far above any real evidence workbook
/// (a province's 4,000 units × 70 criteria × 8 columns is 2.2 million cells).
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Entries in the zip.
    pub entries: usize,
    /// Uncompressed bytes of one entry.
    pub entry_bytes: u64,
    /// Uncompressed bytes of all entries together.
    pub total_bytes: u64,
    /// Uncompressed / compressed size of an entry above `ratio_from` bytes.
    pub ratio: u64,
    /// The size from which `ratio` applies.
    pub ratio_from: u64,
    /// Shared strings, declared or present.
    pub strings: u64,
    /// Cells of one worksheet.
    pub cells: u64,
    /// Rows × columns of a worksheet's bounding box (calamine makes a grid of it).
    pub area: u64,
}

/// Excel's own bounds: 1,048,576 rows, 16,384 columns (XFD).
const MAX_ROW: u64 = 1_048_576;
const MAX_COLUMN: u64 = 16_384;

impl Default for Limits {
    fn default() -> Self {
        Limits {
            entries: 10_000,
            entry_bytes: 256 << 20,
            total_bytes: 512 << 20,
            ratio: 200,
            ratio_from: 4 << 20,
            strings: 4_000_000,
            cells: 4_000_000,
            area: 4_000_000,
        }
    }
}

/// Checks the workbook read by `reader` (`name` is the file as the user named it)
/// against the default limits.
pub fn check<R: Read + Seek>(reader: R, name: &str) -> Result<()> {
    check_with(reader, name, &Limits::default())
}

/// Checks against `limits`. A file that is not a zip passes: calamine reports it.
pub fn check_with<R: Read + Seek>(reader: R, name: &str, limits: &Limits) -> Result<()> {
    let Ok(mut archive) = zip::ZipArchive::new(reader) else { return Ok(()) };
    let too_much = |what: String, limit: String| {
        Error::Input(
            Diagnostic::error(Location::file(name), tr!("evidence-limit-exceeded", what = what))
                .expected(tr!("evidence-limit-expected", limit = limit))
                .hint(tr!("evidence-limit-hint"))
                .into(),
        )
    };
    if archive.len() > limits.entries {
        return Err(too_much(
            tr!("evidence-limit-archive-entries", count = archive.len()),
            tr!("evidence-limit-entries", count = limits.entries),
        ));
    }
    let mut total = 0u64;
    for index in 0..archive.len() {
        let (entry, size, packed) = match archive.by_index_raw(index) {
            Ok(file) => (file.name().map(|n| n.into_owned()).unwrap_or_default(), file.size(), file.compressed_size()),
            Err(_) => continue,
        };
        if size > limits.entry_bytes {
            return Err(too_much(
                tr!("evidence-limit-entry-declares", entry = entry, bytes = size),
                tr!("evidence-limit-bytes-per-entry", bytes = limits.entry_bytes),
            ));
        }
        total = total.saturating_add(size);
        if total > limits.total_bytes {
            return Err(too_much(
                tr!("evidence-limit-entries-declare-total", bytes = limits.total_bytes),
                tr!("evidence-limit-bytes-total", bytes = limits.total_bytes),
            ));
        }
        if size > limits.ratio_from && size / packed.max(1) > limits.ratio {
            return Err(too_much(
                tr!("evidence-limit-entry-ratio", entry = entry, packed = packed, bytes = size, ratio = size / packed.max(1)),
                tr!("evidence-limit-ratio", ratio = limits.ratio),
            ));
        }
        let Ok(file) = archive.by_index(index) else { continue };
        let mut scan = Scan::new(&entry, limits);
        let outcome = scan.run(file);
        total = total.saturating_sub(size).saturating_add(scan.bytes);
        outcome.map_err(|exceeded| too_much(exceeded.what, exceeded.limit))?;
        if total > limits.total_bytes {
            return Err(too_much(
                tr!("evidence-limit-entries-unpack-total", bytes = limits.total_bytes),
                tr!("evidence-limit-bytes-total", bytes = limits.total_bytes),
            ));
        }
    }
    Ok(())
}

/// A limit passed: what the workbook holds and the limit, in words.
#[derive(Debug, PartialEq)]
struct Exceeded {
    what: String,
    limit: String,
}

/// One entry read as XML, counting what calamine would allocate for.
struct Scan<'a> {
    entry: &'a str,
    limits: &'a Limits,
    /// Uncompressed bytes read.
    bytes: u64,
    strings: u64,
    cells: u64,
    /// calamine's position for a cell without `r`: the current row and next column.
    row: u64,
    column: u64,
    /// Bounding box of the cells: first and last row and column (0-based).
    rows: Option<(u64, u64)>,
    columns: Option<(u64, u64)>,
}

impl<'a> Scan<'a> {
    fn new(entry: &'a str, limits: &'a Limits) -> Self {
        Scan { entry, limits, bytes: 0, strings: 0, cells: 0, row: 0, column: 0, rows: None, columns: None }
    }

    fn exceeded(&self, what: String, limit: String) -> Exceeded {
        Exceeded { what: tr!("evidence-limit-in-entry", what = what, entry = self.entry), limit }
    }

    /// Reads the entry to its end, or to the first limit passed. Text that is not XML
    /// (an image) ends the scan quietly: calamine reads it the same way, if at all.
    fn run(&mut self, file: impl Read) -> std::result::Result<(), Exceeded> {
        let mut counted = Counted { inner: file.take(self.limits.entry_bytes + 1), bytes: 0 };
        let mut xml = quick_xml::Reader::from_reader(std::io::BufReader::new(&mut counted));
        let config = xml.config_mut();
        config.check_end_names = false;
        config.trim_text(false);
        config.check_comments = false;
        config.expand_empty_elements = true;
        let mut buf = Vec::new();
        let result = loop {
            buf.clear();
            let event = xml.read_event_into(&mut buf);
            let read = xml.get_ref().get_ref().bytes;
            if read > self.limits.entry_bytes {
                self.bytes = read;
                return Err(self.exceeded(
                    tr!("evidence-limit-unpacks-more", bytes = self.limits.entry_bytes),
                    tr!("evidence-limit-bytes-per-entry", bytes = self.limits.entry_bytes),
                ));
            }
            match event {
                Ok(Event::Start(element)) => {
                    if let Err(exceeded) = self.start(&element) {
                        break Err(exceeded);
                    }
                }
                Ok(Event::End(element)) if element.local_name().as_ref() == "row" => {
                    self.row += 1;
                    self.column = 0;
                    if self.row > MAX_ROW {
                        break Err(self.exceeded(
                            tr!("evidence-limit-row-past-last", row = self.row + 1),
                            tr!("evidence-limit-rows", count = MAX_ROW),
                        ));
                    }
                }
                Ok(Event::Eof) | Err(_) => break Ok(()),
                Ok(_) => {}
            }
        };
        self.bytes = xml.get_ref().get_ref().bytes;
        result?;
        self.check_area()
    }

    fn start(&mut self, element: &BytesStart) -> std::result::Result<(), Exceeded> {
        match element.local_name().as_ref() {
            "sst" => {
                for key in ["count", "uniqueCount"] {
                    if let Some(value) = attribute(element, key)
                        && number(&value).is_none_or(|n| n > self.limits.strings)
                    {
                        return Err(self.exceeded(
                            tr!("evidence-limit-strings-declared", key = key, value = shown(&value)),
                            tr!("evidence-limit-strings", count = self.limits.strings),
                        ));
                    }
                }
            }
            "si" => {
                self.strings += 1;
                if self.strings > self.limits.strings {
                    return Err(self.exceeded(
                        tr!("evidence-limit-more-strings", count = self.limits.strings),
                        tr!("evidence-limit-strings", count = self.limits.strings),
                    ));
                }
            }
            "dimension" => {
                for value in attribute_values(element, "ref") {
                    self.range(&value)?;
                }
            }
            "row" => {
                self.single_position(element, || tr!("evidence-limit-what-row"))?;
                for value in attribute_values(element, "r") {
                    match number(&value) {
                        Some(row) if (1..=MAX_ROW).contains(&row) => self.row = row - 1,
                        _ => {
                            return Err(self.exceeded(
                                tr!("evidence-limit-row-attribute", value = shown(&value)),
                                tr!("evidence-limit-row-range", last = MAX_ROW),
                            ));
                        }
                    }
                }
            }
            "c" => {
                self.single_position(element, || tr!("evidence-limit-what-cell"))?;
                let (row, column) = match attribute(element, "r") {
                    Some(value) => self.cell(&value)?,
                    None => (self.row, self.column),
                };
                if column >= MAX_COLUMN {
                    return Err(self.exceeded(
                        tr!("evidence-limit-cell-past-xfd", column = column + 1, row = row + 1),
                        tr!("evidence-limit-columns", count = MAX_COLUMN),
                    ));
                }
                self.column = column + 1;
                self.cells += 1;
                if self.cells > self.limits.cells {
                    return Err(self.exceeded(
                        tr!("evidence-limit-sheet-cells", count = self.limits.cells),
                        tr!("evidence-limit-cells-per-sheet", count = self.limits.cells),
                    ));
                }
                self.rows = Some(self.rows.map_or((row, row), |(first, last)| (first.min(row), last.max(row))));
                self.columns = Some(self.columns.map_or((column, column), |(first, last)| (first.min(column), last.max(column))));
            }
            "f" => {
                if let Some(value) = attribute(element, "si")
                    && number(&value).is_none_or(|n| n > self.limits.cells)
                {
                    return Err(self.exceeded(
                        tr!("evidence-limit-shared-formula", value = shown(&value)),
                        tr!("evidence-limit-shared-formula-range", last = self.limits.cells),
                    ));
                }
                if let Some(value) = attribute(element, "ref") {
                    self.range(&value)?;
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// XML forbids repeating an attribute, and calamine would take one of them by
    /// rules of its own: a repeated position (`r`) is refused.
    fn single_position(&self, element: &BytesStart, what: impl Fn() -> String) -> std::result::Result<(), Exceeded> {
        let values = attribute_values(element, "r");
        if values.len() > 1 {
            let shown: Vec<String> = values.iter().take(3).map(|v| format!("r=\"{}\"", shown(v))).collect();
            return Err(self.exceeded(
                tr!("evidence-limit-repeated-attribute", what = what(), values = shown.join(" ")),
                tr!("evidence-limit-attribute-once"),
            ));
        }
        Ok(())
    }

    /// A cell reference `B12`: its 0-based row and column, within Excel's bounds.
    fn cell(&self, text: &str) -> std::result::Result<(u64, u64), Exceeded> {
        cell_position(text)
            .ok_or_else(|| self.exceeded(tr!("evidence-limit-cell-reference", value = shown(text)), tr!("evidence-limit-cell-range")))
    }

    /// A range `A1:C9` (or one cell), first corner before the second.
    fn range(&self, text: &str) -> std::result::Result<(), Exceeded> {
        let mut corners = text.split(':');
        let bad = || self.exceeded(tr!("evidence-limit-area-reference", value = shown(text)), tr!("evidence-limit-area-range"));
        let first = corners.next().and_then(cell_position).ok_or_else(bad)?;
        let last = match corners.next() {
            Some(corner) => cell_position(corner).ok_or_else(bad)?,
            None => first,
        };
        if corners.next().is_some() || last.0 < first.0 || last.1 < first.1 {
            return Err(bad());
        }
        Ok(())
    }

    /// calamine makes a grid over the bounding box of a sheet's cells.
    fn check_area(&self) -> std::result::Result<(), Exceeded> {
        let (Some((top, bottom)), Some((left, right))) = (self.rows, self.columns) else { return Ok(()) };
        let (height, width) = (bottom - top + 1, right - left + 1);
        if height.saturating_mul(width) > self.limits.area {
            return Err(self.exceeded(
                tr!(
                    "evidence-limit-area",
                    first = format!("{}{}", crate::diagnostic::column_letters(left + 1), top + 1),
                    last = format!("{}{}", crate::diagnostic::column_letters(right + 1), bottom + 1),
                    height = height,
                    width = width
                ),
                tr!("evidence-limit-area-cells", count = self.limits.area),
            ));
        }
        Ok(())
    }
}

/// Counts the bytes read through it.
struct Counted<R> {
    inner: R,
    bytes: u64,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let read = self.inner.read(buf)?;
        self.bytes += read as u64;
        Ok(read)
    }
}

/// The raw value of an attribute: its last value when repeated (calamine keeps the
/// last), see [`attribute_values`].
fn attribute(element: &BytesStart, key: &str) -> Option<String> {
    attribute_values(element, key).pop()
}

/// Every value given to `key` in the element, as calamine's own attribute scanner
/// reads them (a key is everything up to `=`; a value runs to the matching quote;
/// an element may repeat a key). A limit is checked on all of them, so whichever
/// calamine uses passed it: `<c r="A1" r="inlineStr…">` once made calamine read the
/// second `r` and overflow on its letters.
fn attribute_values(element: &BytesStart, key: &str) -> Vec<String> {
    let raw: &str = element.attributes_raw();
    let bytes = raw.as_bytes();
    let mut values = Vec::new();
    let mut at = 0;
    loop {
        while at < bytes.len() && bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        let key_start = at;
        while at < bytes.len() && bytes[at] != b'=' {
            at += 1;
        }
        if at >= bytes.len() {
            return values;
        }
        let found = raw[key_start..at].trim_ascii_end();
        at += 1;
        while at < bytes.len() && bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        let Some(&quote) = bytes.get(at).filter(|&&q| q == b'"' || q == b'\'') else { return values };
        at += 1;
        let value_start = at;
        while at < bytes.len() && bytes[at] != quote {
            at += 1;
        }
        if found == key {
            values.push(raw[value_start..at].to_owned());
        }
        at += 1;
    }
}

/// A decimal number of at most 19 digits.
fn number(text: &str) -> Option<u64> {
    (!text.is_empty() && text.len() <= 19 && text.bytes().all(|b| b.is_ascii_digit())).then(|| text.parse().ok()).flatten()
}

/// A cell reference's 0-based row and column: letters then digits, within XFD1048576.
fn cell_position(text: &str) -> Option<(u64, u64)> {
    let split = text.find(|c: char| !c.is_ascii_alphabetic())?;
    let (letters, digits) = text.split_at(split);
    if letters.is_empty() || letters.len() > 3 {
        return None;
    }
    let column = letters.bytes().fold(0u64, |n, b| n * 26 + u64::from(b.to_ascii_uppercase() - b'A' + 1));
    let row = number(digits)?;
    ((1..=MAX_COLUMN).contains(&column) && (1..=MAX_ROW).contains(&row)).then(|| (row - 1, column - 1))
}

/// A value as shown in a message: at most 40 characters.
fn shown(text: &str) -> String {
    let mut shown: String = text.chars().take(40).filter(|c| !c.is_control()).collect();
    if text.chars().count() > 40 {
        shown.push('…');
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(xml: &str, limits: &Limits) -> std::result::Result<(), Exceeded> {
        Scan::new("x.xml", limits).run(xml.as_bytes())
    }

    #[test]
    fn cell_positions_stay_within_excel() {
        assert_eq!(cell_position("A1"), Some((0, 0)));
        // XFD = 24 × 26² + 6 × 26 + 4 = 16,384, the last column.
        assert_eq!(cell_position("XFD1048576"), Some((1_048_575, 16_383)));
        assert_eq!(cell_position("XFE1"), None);
        assert_eq!(cell_position("A1048577"), None);
        assert_eq!(cell_position("A99999999999999999999"), None);
        assert_eq!(cell_position("A0"), None);
        assert_eq!(cell_position("1"), None);
        assert_eq!(cell_position("AAAA1"), None);
    }

    #[test]
    fn declared_string_counts_are_capped() {
        let limits = Limits::default();
        assert!(scan(r#"<sst uniqueCount="18446744073709551615"></sst>"#, &limits).is_err());
        assert!(scan(r#"<sst uniqueCount="1000000000000"></sst>"#, &limits).is_err());
        assert!(scan(r#"<sst count="3" uniqueCount="2"><si/><si/></sst>"#, &limits).is_ok());
        let two = Limits { strings: 2, ..limits };
        assert!(scan("<sst><si/><si/><si/></sst>", &two).is_err());
    }

    #[test]
    fn far_apart_cells_and_huge_rows_are_refused() {
        let limits = Limits::default();
        let sheet = |data: &str| format!("<worksheet><sheetData>{data}</sheetData></worksheet>");
        // A1 and XFD1048576: a grid of 16,384 × 1,048,576 cells.
        assert!(scan(&sheet(r#"<row r="1"><c r="A1"/></row><row r="1048576"><c r="XFD1048576"/></row>"#), &limits).is_err());
        // XFD4000: 16,384 × 4,000 = 65.5 million > 4 million.
        assert!(scan(&sheet(r#"<row r="1"><c r="A1"/></row><row r="4000"><c r="XFD4000"/></row>"#), &limits).is_err());
        assert!(scan(&sheet(r#"<row r="99999999999999999999"><c><v>1</v></c></row>"#), &limits).is_err());
        assert!(scan(&sheet(r#"<row r="2"><c r="B2"><f t="shared" si="1000000000000" ref="B2:B3"/></c></row>"#), &limits).is_err());
        assert!(scan(r#"<worksheet><dimension ref="B2:A1"/></worksheet>"#, &limits).is_err());
        // A repeated `r` whose later value has many letters (found by fuzzing: calamine
        // keeps the last and overflowed on "inlineSt…").
        assert!(scan(&sheet(r#"<row r="1"><c r="A1" r="inlineStr"><v>1</v></c></row>"#), &limits).is_err());
        assert!(scan(&sheet(r#"<row r="1" r="ZZZZZZZZ1"><c><v>1</v></c></row>"#), &limits).is_err());
        // Cells without `r` follow one another: 16,385 in one row pass XFD.
        assert!(scan(&sheet(&format!("<row>{}</row>", "<c><v>1</v></c>".repeat(16_385))), &limits).is_err());
        let few = Limits { cells: 10, ..limits };
        assert!(scan(&sheet(&format!("<row>{}</row>", "<c><v>1</v></c>".repeat(11))), &few).is_err());
        // An ordinary sheet passes: 3 rows × 2 columns.
        let ordinary = r#"<dimension ref="A1:B3"/><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>2</v></c></row><row><c/><c><f>B1*2</f><v>4</v></c></row><row r="3"><c r="A3"/></row></sheetData>"#;
        assert_eq!(scan(&format!("<worksheet>{ordinary}</worksheet>"), &limits), Ok(()));
    }

    #[test]
    fn long_entries_stop_at_the_byte_limit() {
        let small = Limits { entry_bytes: 100, ..Limits::default() };
        assert!(scan(&format!("<a>{}</a>", "x".repeat(200)), &small).is_err());
        assert!(scan(&format!("<a>{}</a>", "x".repeat(50)), &small).is_ok());
    }
}
