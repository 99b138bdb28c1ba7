//! One part of a batch — a file, or a chunk of a large one — read into its own sink:
//! records handed to the row reader, the proof that a chunk ends at a record, and
//! how parts add up.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use super::BOM;
use crate::diagnostic::Diagnostics;
use crate::evidence::chunks::Chunk;
use crate::evidence::lines::LineCounting;
use crate::evidence::read::{RowOutcome, RowReader};
use crate::evidence::records::{Fields, Parser};
use crate::evidence::sink::BatchSink;
use crate::evidence::split::Split;

/// The rows of one file or chunk.
pub(super) struct Part<S> {
    pub(super) sink: S,
    pub(super) problems: Diagnostics,
    pub(super) rows: usize,
}

/// Why a part was not read.
pub(super) enum Trouble {
    /// The input has a problem: the exact reader must report it.
    Problem,
    /// A chunk did not end where its cut was proposed: read the file in one pass.
    Refused,
}

impl<S: BatchSink> Part<S> {
    pub(super) fn new(sink: S) -> Self {
        Part { sink, problems: Diagnostics::new(), rows: 0 }
    }

    /// Adds `parts`, read after this one, in the order given (the order they were read).
    pub(super) fn absorb_all(&mut self, parts: Vec<Part<S>>) {
        let mut sinks = Vec::with_capacity(parts.len());
        for part in parts {
            self.problems.extend(part.problems);
            self.rows += part.rows;
            sinks.push(part.sink);
        }
        self.sink.absorb_all(sinks);
    }
}

/// Reads the rows of a chunk (the first one starts with the header, skipped) into
/// `part` and proves that it ends where a record ends. The splitter reads the chunk
/// when it can (see [`Split`]), the parser otherwise.
pub(super) fn read_chunk<S: BatchSink>(
    chunk: &Chunk,
    rows: &RowReader,
    separator: u8,
    part: &mut Part<S>,
    scratch: &mut ChunkScratch,
) -> Result<(), Trouble> {
    let ChunkScratch { parser, split } = scratch;
    let mut reader = PartReader::new(rows, part, chunk.first_line, chunk.index == 0);
    let mut last_start = None;
    if split.run(&chunk.bytes, separator) {
        // One check of the whole chunk spares one per record.
        let text = simdutf8::basic::from_utf8(&chunk.bytes).ok();
        for index in 0..split.records().len() {
            let record = split.records()[index];
            if too_long(record.end - record.first) {
                return Err(Trouble::Problem);
            }
            last_start = Some(record.first);
            reader.record(&split.fields(&record, &chunk.bytes, text), record.line)?;
        }
    } else {
        let mut records = parser.records(&chunk.bytes, separator);
        while let Some((start, fields)) = records.next_view() {
            if too_long(fields.bytes().len()) {
                return Err(Trouble::Problem);
            }
            last_start = Some(start.byte);
            reader.record(&fields, start.line)?;
        }
    }
    reader.finish()?;
    let proved = chunk.last || last_start.is_none_or(|start| parser.ends_at_record_boundary(&chunk.bytes[start..], separator));
    if proved { Ok(()) } else { Err(Trouble::Refused) }
}

/// Whether a record is too long for the fast path (the exact reader reports it).
fn too_long(bytes: usize) -> bool {
    bytes as u64 > super::super::lines::MAX_LINE_BYTES
}

/// What reading a chunk reuses: the CSV parser and the splitter's lists.
#[derive(Default)]
pub(super) struct ChunkScratch {
    pub(super) parser: Parser,
    split: Split,
}

/// Reads a whole file into `part` in one pass, streaming, as the exact reader does.
pub(super) fn read_whole<S: BatchSink>(path: &Path, rows: &RowReader, separator: u8, part: &mut Part<S>) -> Result<(), Trouble> {
    let mut input = std::io::BufReader::new(File::open(path).map_err(|_| Trouble::Problem)?);
    let mut bom = [0; 3];
    let bom_len = input.read(&mut bom).map_err(|_| Trouble::Problem)?;
    let skipped = if bom_len == 3 && bom == BOM { &[][..] } else { &bom[..bom_len] };
    let mut csv = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(separator)
        .from_reader(LineCounting::new(skipped.chain(input)));
    let mut reader = PartReader::new(rows, part, 1, true);
    let mut record = csv::ByteRecord::new();
    while csv.read_byte_record(&mut record).map_err(|_| Trouble::Problem)? {
        let line = csv.get_mut().line_of(record.position().map_or(0, |p| p.byte()));
        reader.record(&record, line)?;
    }
    reader.finish()
}

/// Feeds the records of a file or chunk to a row reader and a part.
struct PartReader<'f, 'p, S> {
    rows: RowReader<'f>,
    part: &'p mut Part<S>,
    first_line: u64,
    skip_header: bool,
}

impl<'f, 'p, S: BatchSink> PartReader<'f, 'p, S> {
    fn new(rows: &RowReader<'f>, part: &'p mut Part<S>, first_line: u64, skip_header: bool) -> Self {
        PartReader { rows: rows.clone(), part, first_line, skip_header }
    }

    /// Reads one record found on `line` of the part (counted from 1).
    fn record(&mut self, fields: &impl Fields, line: u64) -> Result<(), Trouble> {
        if std::mem::take(&mut self.skip_header) {
            return Ok(());
        }
        match self.rows.row(fields, self.first_line + line - 1, &mut self.part.sink, &mut self.part.problems) {
            RowOutcome::Row => self.part.rows += 1,
            RowOutcome::Blank => {}
            RowOutcome::Stop => return Err(Trouble::Problem),
        }
        Ok(())
    }

    fn finish(self) -> Result<(), Trouble> {
        if self.part.problems.has_errors() { Err(Trouble::Problem) } else { Ok(()) }
    }
}
