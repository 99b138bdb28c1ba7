//! The batch reader for ranking many units: files on all cores (rayon), a large file
//! in chunks cut where a record ends (see [`super::chunks`]), every row checked by
//! the same [`RowReader`] as the exact reader and handed to a [`BatchSink`].
//!
//! It only finishes input that has no error. At the first sign of one (a bad row,
//! an unreadable or empty file, a header without rows) it gives up and returns
//! `None`: the caller then reads again with [`super::read_evidence`], which reports
//! every problem with its file, line and column. Warnings are kept and sorted, so
//! neither the thread count nor the order of parts can change any output.

mod part;

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use rayon::prelude::*;

use super::chunks::{Chunk, Chunks};
use super::expand_paths_noting;
use super::read::{PEEK_BYTES, ReadOptions, RowReader, detect_separator};
use super::records::Parser;
use super::sink::BatchSink;
use crate::criteria::Framework;
use crate::diagnostic::Diagnostics;
use crate::error::{Error, Result};
use part::{ChunkScratch, Part, Trouble, read_chunk, read_whole};

/// Files larger than this are cut into chunks of about this size.
const CHUNK_BYTES: usize = 1 << 18;
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// All rows of a run, read without error.
pub struct Batch<S> {
    /// The files, as named by the user, in the order their indices refer to.
    pub files: Vec<String>,
    /// Every valid row, added up.
    pub sink: S,
    /// Warnings, sorted by file, line and column.
    pub warnings: Diagnostics,
}

/// Reads every evidence file of `paths` into sinks made by `new_sink`, or `None` when
/// the input has a problem that [`super::read_evidence`] must report.
pub fn read_batch<S: BatchSink>(paths: &[PathBuf], framework: &Framework, new_sink: impl Fn() -> S + Sync) -> Result<Option<Batch<S>>> {
    read_batch_in_chunks(paths, framework, new_sink, CHUNK_BYTES)
}

/// [`read_batch`] with chunks of about `chunk_bytes`.
fn read_batch_in_chunks<S: BatchSink>(
    paths: &[PathBuf],
    framework: &Framework,
    new_sink: impl Fn() -> S + Sync,
    chunk_bytes: usize,
) -> Result<Option<Batch<S>>> {
    let (files, skipped) = expand_paths_noting(paths)?;
    if files.is_empty() {
        return Err(Error::Usage(crate::tr!("evidence-no-files")));
    }
    if files.iter().any(|file| super::is_workbook(file)) {
        // Workbooks are read by the exact reader.
        return Ok(None);
    }
    let names: Vec<String> = files.iter().map(|p| crate::winpath::shown(p)).collect();
    // Each thread reads a run of consecutive files into one part (not a part per
    // file: a country's per-unit files are 120,000 of them); the parts are then added
    // up in the order of the files, so the result is the same for any thread count.
    let failed = AtomicBool::new(false);
    let parts: Vec<Option<Part<S>>> = (0..files.len())
        .into_par_iter()
        .fold(
            || (Scratch::default(), Some(Part::new(new_sink()))),
            |(mut scratch, part), index| {
                // After a problem the other files need not be read.
                let part = part.filter(|_| !failed.load(Ordering::Relaxed)).and_then(|mut part| {
                    read_file(&files[index], &names[index], index as u32, framework, &new_sink, &mut scratch, chunk_bytes, &mut part)?;
                    Some(part)
                });
                if part.is_none() {
                    failed.store(true, Ordering::Relaxed);
                }
                (scratch, part)
            },
        )
        .map(|(_, part)| part)
        .collect();
    let Some(mut parts) = parts.into_iter().collect::<Option<Vec<_>>>() else { return Ok(None) };
    if parts.is_empty() {
        return Ok(None);
    }
    let mut whole = parts.remove(0);
    whole.absorb_all(parts);
    let Part { sink, mut problems, .. } = whole;
    if problems.has_errors() {
        return Ok(None);
    }
    problems.extend(super::gather::lock_file_warnings(paths));
    problems.extend(skipped);
    problems.sort();
    Ok(Some(Batch { files: names, sink, warnings: problems }))
}

/// What a thread reuses from file to file: the CSV parser and splitter, and a buffer for
/// small files.
#[derive(Default)]
struct Scratch {
    chunk: ChunkScratch,
    buffer: Vec<u8>,
}

/// Reads one file into `into`: directly when small, else in chunks on all cores; a
/// refused cut sends the whole file through one pass. `None` after a problem.
#[allow(clippy::too_many_arguments)]
fn read_file<S: BatchSink>(
    path: &Path,
    name: &str,
    file: u32,
    framework: &Framework,
    new_sink: &(impl Fn() -> S + Sync),
    scratch: &mut Scratch,
    chunk_bytes: usize,
    into: &mut Part<S>,
) -> Option<()> {
    let Scratch { chunk: chunk_scratch, buffer } = scratch;
    let parser = &mut chunk_scratch.parser;
    let mut input = File::open(path).ok()?;
    // The buffer of the previous file is reused (no size asked of the system: a
    // directory of per-unit files costs a system call less per file).
    let mut start = std::mem::take(buffer);
    start.clear();
    let mut want = chunk_bytes.max(PEEK_BYTES);
    start.reserve(PEEK_BYTES);
    (&mut input).take(want as u64).read_to_end(&mut start).ok()?;
    let bom = start.starts_with(BOM);
    let peek = &start[..start.len().min(PEEK_BYTES)];
    if peek.len() == usize::from(bom) * BOM.len() {
        return None;
    }
    let separator = detect_separator(if bom { &peek[BOM.len()..] } else { peek });
    if bom {
        start.drain(..BOM.len());
        want -= BOM.len();
    }
    // The header must end inside `start` (or the file must end there).
    while start.len() == want && header_end(&start, separator, parser) >= start.len() {
        // A header longer than a line may be is reported by the exact reader.
        if want as u64 > 2 * super::lines::MAX_LINE_BYTES {
            return None;
        }
        (&mut input).take(want as u64).read_to_end(&mut start).ok()?;
        want *= 2;
    }
    let rows = header(&start, name, file, framework, separator, parser)?;
    let rows_before = into.rows;
    if start.len() < want {
        // The whole file is in `start`, and the buffer serves the next file.
        let chunk = Chunk { index: 0, first_line: 1, last: true, bytes: start };
        let read = read_chunk(&chunk, &rows, separator, into, chunk_scratch);
        *buffer = chunk.bytes;
        read.ok()?;
    } else {
        let mut chunks = Chunks::new(start, input, chunk_bytes);
        let first = chunks.next()?.ok()?;
        // Chunks are read on all cores and their parts added up in file order (a unit
        // cut by a chunk's end continues in the next part); the first trouble in file
        // order decides, since a chunk after an unproved cut may not start at a
        // record, so its problems mean nothing.
        let recycler = chunks.recycler();
        let mut read: Vec<(usize, Result<Part<S>, Trouble>)> = std::iter::once(Ok(first))
            .chain(chunks)
            .par_bridge()
            .map_init(ChunkScratch::default, |scratch, chunk| match chunk {
                Ok(chunk) => {
                    let mut part = Part::new(new_sink());
                    let read = read_chunk(&chunk, &rows, separator, &mut part, scratch);
                    recycler.recycle(chunk.bytes);
                    (chunk.index, read.map(|()| part))
                }
                Err(_) => (usize::MAX, Err(Trouble::Problem)),
            })
            .collect();
        read.sort_unstable_by_key(|(index, _)| *index);
        let parts = match read.into_iter().map(|(_, part)| part).collect::<Result<Vec<_>, _>>() {
            Ok(parts) => parts,
            Err(Trouble::Refused) => {
                let mut whole = Part::new(new_sink());
                read_whole(path, &rows, separator, &mut whole).ok()?;
                vec![whole]
            }
            Err(Trouble::Problem) => return None,
        };
        into.absorb_all(parts);
    }
    // A header without rows is an error, reported by the exact reader.
    (into.rows > rows_before).then_some(())
}

/// Where the first record of `start` ends.
fn header_end(start: &[u8], separator: u8, parser: &mut Parser) -> usize {
    let mut records = parser.records(start, separator);
    records.next_into(&mut csv::ByteRecord::new());
    records.position()
}

/// The row reader for the file's header, the first record of `start`; `None` when
/// the header has a problem.
fn header<'f>(start: &[u8], name: &str, file: u32, framework: &'f Framework, separator: u8, parser: &mut Parser) -> Option<RowReader<'f>> {
    let mut record = csv::ByteRecord::new();
    let first = parser.records(start, separator).next_into(&mut record)?;
    RowReader::from_header(&record, name, first.line, framework, file, ReadOptions::default()).ok()
}

#[cfg(test)]
mod tests;
