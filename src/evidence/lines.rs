//! True line numbers of CSV records. The csv crate counts a record's line wrongly
//! after a CRLF line end and after blank lines (rust-csv issues #395 and #208), so
//! the line of a record is counted here: 1 + the `\n` bytes before its first byte
//! that is not part of a line end.

use std::collections::VecDeque;
use std::io::Read;

/// The longest line read, in bytes: a real evidence row is a few hundred bytes; without
/// a bound, one line of a gigabyte cost ten times its size in memory.
pub const MAX_LINE_BYTES: u64 = 1 << 20;

/// The error a [`LineCounting`] reader gives for a line longer than its limit.
#[derive(Debug)]
pub struct LineTooLong {
    /// The line's 1-based number.
    pub line: u64,
}

impl std::fmt::Display for LineTooLong {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {} is longer than {MAX_LINE_BYTES} bytes", self.line)
    }
}

impl std::error::Error for LineTooLong {}

/// The line too long behind an I/O error, if that was the cause.
pub(crate) fn line_too_long(error: &std::io::Error) -> Option<u64> {
    error.get_ref().and_then(|inner| inner.downcast_ref::<LineTooLong>()).map(|too_long| too_long.line)
}

/// A reader that remembers where line ends are, so that the line of a record can be
/// found from its start offset (as `csv::Position::byte` gives it).
pub(crate) struct LineCounting<R> {
    inner: R,
    /// Bytes passed through so far.
    offset: u64,
    /// Offsets of `\n` bytes not yet counted.
    newlines: VecDeque<u64>,
    /// Runs of `\r`/`\n` bytes (start, end) not yet passed.
    runs: VecDeque<(u64, u64)>,
    /// Start of the run of line-end bytes being read, if any.
    open_run: Option<u64>,
    /// Newlines counted so far.
    counted: u64,
    /// Where the current line starts.
    line_start: u64,
}

impl<R: Read> LineCounting<R> {
    /// Wraps `inner`; offsets count from its first byte.
    pub(crate) fn new(inner: R) -> Self {
        LineCounting { inner, offset: 0, newlines: VecDeque::new(), runs: VecDeque::new(), open_run: None, counted: 0, line_start: 0 }
    }

    /// The 1-based line of the record starting at byte `start`. Records must be asked
    /// for in order.
    pub(crate) fn line_of(&mut self, start: u64) -> u64 {
        while self.runs.front().is_some_and(|&(_, end)| end <= start) {
            self.runs.pop_front();
        }
        let first = match self.runs.front() {
            Some(&(run_start, end)) if run_start <= start => end,
            _ => match self.open_run {
                Some(run_start) if run_start <= start => self.offset,
                _ => start,
            },
        };
        while self.newlines.front().is_some_and(|&newline| newline < first) {
            self.newlines.pop_front();
            self.counted += 1;
        }
        self.counted + 1
    }
}

impl<R: Read> Read for LineCounting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let read = self.inner.read(buf)?;
        for (i, &byte) in buf[..read].iter().enumerate() {
            let at = self.offset + i as u64;
            let line_end = byte == b'\n' || byte == b'\r';
            if byte == b'\n' {
                self.newlines.push_back(at);
                self.line_start = at + 1;
            }
            match (line_end, self.open_run) {
                (true, None) => self.open_run = Some(at),
                (false, Some(run_start)) => {
                    self.runs.push_back((run_start, at));
                    self.open_run = None;
                }
                _ => {}
            }
        }
        self.offset += read as u64;
        if self.offset - self.line_start > MAX_LINE_BYTES {
            let line = self.counted + self.newlines.len() as u64 + 1;
            return Err(std::io::Error::new(std::io::ErrorKind::InvalidData, LineTooLong { line }));
        }
        Ok(read)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lines of every record, through the csv crate with the counting reader.
    fn lines(input: &[u8]) -> Vec<(String, u64)> {
        let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(LineCounting::new(input));
        let mut record = csv::ByteRecord::new();
        let mut out = Vec::new();
        while reader.read_byte_record(&mut record).unwrap() {
            let start = record.position().unwrap().byte();
            let line = reader.get_mut().line_of(start);
            out.push((String::from_utf8_lossy(&record[0]).into_owned(), line));
        }
        out
    }

    #[test]
    fn crlf_blank_lines_and_quoted_line_breaks() {
        let expected = |v: &[(&str, u64)]| v.iter().map(|(s, l)| (s.to_string(), *l)).collect::<Vec<_>>();
        let lf = b"h\na\nb\n";
        assert_eq!(lines(lf), expected(&[("h", 1), ("a", 2), ("b", 3)]));
        let crlf = b"h\r\na\r\nb\r\n";
        assert_eq!(lines(crlf), expected(&[("h", 1), ("a", 2), ("b", 3)]));
        let blank = b"h\na\n\n\r\nb\n";
        assert_eq!(lines(blank), expected(&[("h", 1), ("a", 2), ("b", 5)]));
        let quoted = b"h\r\n\"x\r\n\r\ny\",1\r\nb\r\n";
        assert_eq!(lines(quoted), expected(&[("h", 1), ("x\r\n\r\ny", 2), ("b", 5)]));
    }
}
