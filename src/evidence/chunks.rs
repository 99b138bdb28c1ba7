//! Cuts a large CSV file into chunks that begin exactly where a record begins, so
//! that the chunks can be parsed in parallel with the same result as one pass.
//!
//! A quoted cell may hold line breaks (Excel writes them), so not every line break
//! ends a record. The cut is made in two steps:
//! 1. *Proposal*: the last line break of a block with an even number of `"` since
//!    the chunk began (a record always starts outside quotes), right after the byte
//!    that ends the record: after `\n`, or after `\r` when the line ends in `\r\n`
//!    (there a sequential reader stands after the `\r`, so the next chunk starts
//!    there too and lines and positions come out the same).
//! 2. *Proof*: quote parity is a guess when a quote stands inside an unquoted cell
//!    (`5" screen`), so after parsing a chunk, its last record is parsed again with
//!    the parser that `csv` uses (csv_core); the chunk is good only if that record
//!    ends exactly at the cut. The first chunk starts at the file's start, so by
//!    induction every chunk of a file whose chunks are all good starts at a record.
//!    When one is not, the caller reads the file again in one pass.

use std::io::{self, Read};

#[cfg(test)]
use super::records::Parser;

/// A part of a file that begins at a record boundary (if the proof succeeds).
pub(crate) struct Chunk {
    /// Position among the file's chunks, from 0.
    pub index: usize,
    /// The 1-based line number of the chunk's first byte.
    pub first_line: u64,
    /// Whether the chunk ends at the end of the file (no cut to prove).
    pub last: bool,
    /// The bytes.
    pub bytes: Vec<u8>,
}

/// Reads `input` in chunks of about `size` bytes, each cut after a record.
pub(crate) struct Chunks<R> {
    input: R,
    size: usize,
    carry: Vec<u8>,
    /// Buffers of chunks already read, handed back for reuse (see [`Chunks::recycle`]).
    spare: std::sync::Arc<std::sync::Mutex<Vec<Vec<u8>>>>,
    next_line: u64,
    index: usize,
    done: bool,
}

impl<R: Read> Chunks<R> {
    /// Chunks of `start` (bytes already read) followed by the rest of `input`.
    pub(crate) fn new(start: Vec<u8>, input: R, size: usize) -> Self {
        Chunks { input, size: size.max(1), carry: start, spare: Default::default(), next_line: 1, index: 0, done: false }
    }

    /// A handle to give chunk buffers back once read, so that the next chunks reuse
    /// memory that is already mapped instead of new pages.
    pub(crate) fn recycler(&self) -> Recycler {
        Recycler(self.spare.clone())
    }
}

/// Gives a chunk's buffer back to its [`Chunks`].
#[derive(Clone)]
pub(crate) struct Recycler(std::sync::Arc<std::sync::Mutex<Vec<Vec<u8>>>>);

impl Recycler {
    /// Hands `bytes` back for reuse.
    pub(crate) fn recycle(&self, mut bytes: Vec<u8>) {
        bytes.clear();
        if let Ok(mut spare) = self.0.lock() {
            spare.push(bytes);
        }
    }
}

impl<R: Read> Iterator for Chunks<R> {
    type Item = io::Result<Chunk>;

    fn next(&mut self) -> Option<io::Result<Chunk>> {
        if self.done {
            return None;
        }
        let mut bytes = self.spare.lock().ok().and_then(|mut spare| spare.pop()).unwrap_or_default();
        bytes.append(&mut self.carry);
        let mut want = self.size.max(bytes.len() + 1);
        let mut doublings = 0;
        loop {
            let missing = want.saturating_sub(bytes.len());
            bytes.reserve(missing);
            if let Err(error) = (&mut self.input).take(missing as u64).read_to_end(&mut bytes) {
                self.done = true;
                return Some(Err(error));
            }
            if bytes.len() < want {
                self.done = true;
                break;
            }
            // After a few doublings without a cut (one huge quoted cell, or a stray
            // quote that spoils the parity), any line end is proposed: the proof decides.
            if let Some(cut) = propose_cut(&bytes, doublings < 3) {
                self.carry.extend_from_slice(&bytes[cut..]);
                bytes.truncate(cut);
                break;
            }
            // No cut, and a last line longer than a line may be: the exact reader
            // reports it (reading on would hold the whole file in memory).
            let last_line = bytes.len() - memchr::memrchr(b'\n', &bytes).map_or(0, |at| at + 1);
            if last_line as u64 > super::lines::MAX_LINE_BYTES {
                self.done = true;
                return Some(Err(io::Error::new(io::ErrorKind::InvalidData, "a line longer than 1 MiB")));
            }
            want *= 2;
            doublings += 1;
        }
        if bytes.is_empty() {
            return None;
        }
        let first_line = self.next_line;
        self.next_line += count_lines(&bytes);
        let index = self.index;
        self.index += 1;
        Some(Ok(Chunk { index, first_line, last: self.done, bytes }))
    }
}

/// The number of `\n` bytes (the CSV reader counts lines the same way).
pub(crate) fn count_lines(bytes: &[u8]) -> u64 {
    memchr::memchr_iter(b'\n', bytes).count() as u64
}

/// Where to cut `bytes` (the start of a chunk): the end of the last line whose break
/// lies outside quotes by parity (any line when `parity` is false), not after a blank
/// line. `None` when there is no such line.
pub(crate) fn propose_cut(bytes: &[u8], parity: bool) -> Option<usize> {
    let total_quotes = memchr::memchr_iter(b'"', bytes).count();
    let mut quotes_after = 0;
    let mut end = bytes.len();
    while let Some(at) = memchr::memrchr2(b'\n', b'"', &bytes[..end]) {
        end = at;
        if bytes[at] == b'"' {
            quotes_after += 1;
            continue;
        }
        if parity && (total_quotes - quotes_after) % 2 == 1 {
            continue;
        }
        match (at.checked_sub(2).map(|i| bytes[i]), at.checked_sub(1).map(|i| bytes[i])) {
            (Some(before), Some(b'\r')) if before != b'\r' && before != b'\n' => return Some(at),
            (_, Some(before)) if before != b'\r' && before != b'\n' => return Some(at + 1),
            _ => {}
        }
    }
    None
}

/// Whether the record starting at `tail[0]` ends exactly at the end of `tail`, by the
/// CSV parser's own rules with separator `delimiter` (see [`Parser`] to reuse one).
#[cfg(test)]
pub(crate) fn ends_at_record_boundary(tail: &[u8], delimiter: u8) -> bool {
    Parser::default().ends_at_record_boundary(tail, delimiter)
}

#[cfg(test)]
mod tests;
