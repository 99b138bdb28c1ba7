//! CSV records from bytes in memory, with a parser that is built once per thread and
//! reused for every file and chunk: building one (`csv::Reader` does it for each
//! input) costs more than reading a small per-unit file. Records, lines and byte
//! positions are exactly those of `csv::Reader` with `has_headers(false)` and
//! `flexible(true)`.

use std::ops::Range;

use csv_core::{ReadRecordResult, Reader, ReaderBuilder};

/// The fields of one CSV record, wherever they are stored.
pub(crate) trait Fields {
    /// Number of fields.
    fn count(&self) -> usize;
    /// The bytes of all fields, one after another.
    fn bytes(&self) -> &[u8];
    /// Where field `index` is in [`Fields::bytes`].
    fn range(&self, index: usize) -> Option<Range<usize>>;
    /// Field `index`.
    fn field(&self, index: usize) -> Option<&[u8]> {
        self.range(index).map(|range| &self.bytes()[range])
    }
    /// The record's bytes as text when they are already known to be UTF-8.
    fn text(&self) -> Option<&str> {
        None
    }
    /// Whether every field is blank (white space only, or empty).
    fn blank(&self) -> bool {
        self.bytes().iter().all(u8::is_ascii_whitespace)
    }
}

impl Fields for csv::ByteRecord {
    fn count(&self) -> usize {
        self.len()
    }
    fn bytes(&self) -> &[u8] {
        self.as_slice()
    }
    fn range(&self, index: usize) -> Option<Range<usize>> {
        csv::ByteRecord::range(self, index)
    }
}

/// A record in the parser's buffers, without a copy.
pub(crate) struct View<'a> {
    data: &'a [u8],
    ends: &'a [usize],
}

impl<'a> View<'a> {
    /// Fields laid one after another in `data`, field `i` ending at `ends[i]`.
    pub(crate) fn new(data: &'a [u8], ends: &'a [usize]) -> Self {
        View { data, ends }
    }
}

impl Fields for View<'_> {
    fn count(&self) -> usize {
        self.ends.len()
    }
    fn bytes(&self) -> &[u8] {
        self.data
    }
    fn range(&self, index: usize) -> Option<Range<usize>> {
        let end = *self.ends.get(index)?;
        Some(if index == 0 { 0 } else { self.ends[index - 1] }..end)
    }
}

/// A reusable CSV parser (one per separator seen) and its output buffers.
pub(crate) struct Parser {
    cores: Vec<(u8, Reader)>,
    output: Vec<u8>,
    ends: Vec<usize>,
}

impl Default for Parser {
    fn default() -> Self {
        Parser { cores: Vec::new(), output: vec![0; 1024], ends: vec![0; 32] }
    }
}

/// Where a record starts, as `csv::Position` gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Start {
    /// Byte offset in the input.
    pub byte: usize,
    /// 1-based line.
    pub line: u64,
}

impl Parser {
    /// Starts reading `input` from its beginning with separator `delimiter`.
    pub(crate) fn records<'p, 'i>(&'p mut self, input: &'i [u8], delimiter: u8) -> Records<'p, 'i> {
        let index = match self.cores.iter().position(|(d, _)| *d == delimiter) {
            Some(index) => index,
            None => {
                self.cores.push((delimiter, ReaderBuilder::new().delimiter(delimiter).build()));
                self.cores.len() - 1
            }
        };
        let core = &mut self.cores[index].1;
        core.reset();
        Records { core, output: &mut self.output, ends: &mut self.ends, input, at: 0, done: false, ended_by_input: false }
    }

    /// Whether the record starting at `tail[0]` ends exactly at the end of `tail`,
    /// by its own line end (not because the input stops).
    pub(crate) fn ends_at_record_boundary(&mut self, tail: &[u8], delimiter: u8) -> bool {
        let mut records = self.records(tail, delimiter);
        let mut record = csv::ByteRecord::new();
        records.next_into(&mut record).is_some() && records.at == tail.len() && !records.ended_by_input
    }
}

/// The records of one input.
pub(crate) struct Records<'p, 'i> {
    core: &'p mut Reader,
    output: &'p mut Vec<u8>,
    ends: &'p mut Vec<usize>,
    input: &'i [u8],
    at: usize,
    done: bool,
    /// Whether the last record ended because the input did.
    ended_by_input: bool,
}

impl Records<'_, '_> {
    /// The byte offset reached.
    pub(crate) fn position(&self) -> usize {
        self.at
    }

    /// Reads the next record into `record`; `None` at the end of the input.
    pub(crate) fn next_into(&mut self, record: &mut csv::ByteRecord) -> Option<Start> {
        let (start, view) = self.next_view()?;
        record.clear();
        for index in 0..view.count() {
            record.push_field(view.field(index).unwrap_or_default());
        }
        Some(start)
    }

    /// Reads the next record, left in the parser's buffers; `None` at the end.
    pub(crate) fn next_view(&mut self) -> Option<(Start, View<'_>)> {
        let (start, out_len, ends_len) = self.advance()?;
        Some((start, View { data: &self.output[..out_len], ends: &self.ends[..ends_len] }))
    }

    /// Reads the next record: its start and how much of the output and field ends it
    /// fills; `None` at the end.
    fn advance(&mut self) -> Option<(Start, usize, usize)> {
        if self.done {
            return None;
        }
        // The parser has counted every `\n` before `at`; the line ends just ahead (the
        // `\n` of a CRLF, blank lines) are counted only once it reads on, so add them.
        let ahead = self.input[self.at..].iter().take_while(|&&b| b == b'\n' || b == b'\r').filter(|&&b| b == b'\n').count();
        let start = Start { byte: self.at, line: self.core.line() + ahead as u64 };
        let (core, output, ends) = (&mut *self.core, &mut *self.output, &mut *self.ends);
        let (mut out_len, mut ends_len) = (0, 0);
        loop {
            // An empty slice tells the parser that the data ended.
            let rest = &self.input[self.at..];
            let (result, read, written, ended) = core.read_record(rest, &mut output[out_len..], &mut ends[ends_len..]);
            self.at += read;
            out_len += written;
            ends_len += ended;
            match result {
                ReadRecordResult::InputEmpty => {}
                ReadRecordResult::OutputFull => output.resize(output.len() * 2, 0),
                ReadRecordResult::OutputEndsFull => ends.resize(ends.len() * 2, 0),
                ReadRecordResult::Record => {
                    self.ended_by_input = rest.is_empty();
                    break;
                }
                ReadRecordResult::End => {
                    self.done = true;
                    return None;
                }
            }
        }
        Some((start, out_len, ends_len))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Seen = Vec<(Vec<Vec<u8>>, u64, u64)>;

    /// Records, lines and offsets as the csv crate reads them, with the true line
    /// numbers of the streaming counter (the crate's own count is wrong after CRLF).
    fn by_csv(input: &[u8], delimiter: u8) -> Seen {
        let counting = crate::evidence::lines::LineCounting::new(input);
        let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(counting);
        let mut record = csv::ByteRecord::new();
        let mut seen = Vec::new();
        while reader.read_byte_record(&mut record).unwrap() {
            let byte = record.position().unwrap().byte();
            let line = reader.get_mut().line_of(byte);
            seen.push((record.iter().map(<[u8]>::to_vec).collect(), line, byte));
        }
        seen
    }

    fn by_parser(parser: &mut Parser, input: &[u8], delimiter: u8) -> Seen {
        let mut records = parser.records(input, delimiter);
        let mut record = csv::ByteRecord::new();
        let mut seen = Vec::new();
        while let Some(start) = records.next_into(&mut record) {
            seen.push((record.iter().map(<[u8]>::to_vec).collect(), start.line, start.byte as u64));
        }
        seen
    }

    #[test]
    fn a_reused_parser_reads_exactly_as_csv_reader() {
        let mut parser = Parser::default();
        let mut random = crate::testing::XorShift(0x2545_F491_4F6C_DD1D);
        let mut below = |n: u64| random.below(n);
        for case in 0..3000 {
            let long = below(10) == 0;
            let length = if long { 3000 } else { below(60) };
            let input: Vec<u8> = (0..length).map(|_| b"ab,;\"\r\n \n"[below(9) as usize]).collect();
            let delimiter = if below(2) == 0 { b',' } else { b';' };
            assert_eq!(
                by_parser(&mut parser, &input, delimiter),
                by_csv(&input, delimiter),
                "case {case}: {:?}",
                String::from_utf8_lossy(&input)
            );
        }
    }

    #[test]
    fn the_proof_needs_a_line_end_at_the_end() {
        let mut parser = Parser::default();
        assert!(parser.ends_at_record_boundary(b"a,b\n", b','));
        assert!(parser.ends_at_record_boundary(b"a;b\r", b';'));
        assert!(!parser.ends_at_record_boundary(b"a,b", b','));
        assert!(!parser.ends_at_record_boundary(b"a,\"b\n", b','));
    }
}
