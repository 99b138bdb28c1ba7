//! Records of a chunk that holds no quote character, split by hand: a faster path
//! than the CSV parser giving the same records and lines.

use std::ops::Range;

use crate::evidence::Fields;

/// One record of a quote-free input: its line as written, separators included.
pub(crate) struct Line<'a> {
    bytes: &'a [u8],
    /// Where each field ends in `bytes` (the next one starts one byte later).
    ends: &'a [usize],
    separator: u8,
    text: Option<&'a str>,
}

impl Fields for Line<'_> {
    fn count(&self) -> usize {
        self.ends.len()
    }
    fn bytes(&self) -> &[u8] {
        self.bytes
    }
    fn range(&self, index: usize) -> Option<Range<usize>> {
        let end = *self.ends.get(index)?;
        Some(if index == 0 { 0 } else { self.ends[index - 1] + 1 }..end)
    }
    fn text(&self) -> Option<&str> {
        self.text
    }
    fn blank(&self) -> bool {
        self.bytes.iter().all(|&b| b.is_ascii_whitespace() || b == self.separator)
    }
}

/// The records of `input`, which must hold no `"`: as the CSV reader (`csv_core`,
/// line ends `\r`, `\n` or `\r\n`, empty lines skipped) splits them, each with its
/// start (byte offset: past any blank line ends before it, where the parser's may
/// still be before them; a record read from either ends at the same place) and its
/// 1-based line counted from `first_line`.
pub(crate) struct Lines<'i> {
    input: &'i [u8],
    /// The input as text, when it is UTF-8 (checked once for all its lines).
    text: Option<&'i str>,
    separator: u8,
    at: usize,
    line: u64,
    ends: Vec<usize>,
}

impl<'i> Lines<'i> {
    pub(crate) fn new(input: &'i [u8], separator: u8, first_line: u64, ends: Vec<usize>) -> Self {
        debug_assert!(memchr::memchr(b'"', input).is_none());
        let text = simdutf8::basic::from_utf8(input).ok();
        Lines { input, text, separator, at: 0, line: first_line, ends }
    }

    /// The field ends buffer, to reuse.
    pub(crate) fn into_buffer(self) -> Vec<usize> {
        self.ends
    }

    /// The next record with its byte offset and line; `None` at the end.
    pub(crate) fn next_line(&mut self) -> Option<(usize, u64, Line<'_>)> {
        let input = self.input;
        while let Some(&byte) = input.get(self.at) {
            match byte {
                b'\n' => self.line += 1,
                b'\r' => {}
                _ => break,
            }
            self.at += 1;
        }
        if self.at >= input.len() {
            return None;
        }
        let start = self.at;
        let separator = self.separator;
        self.ends.clear();
        // Eight bytes at a time: the separators and the line end among them.
        let mut at = start;
        let end = 'line: loop {
            let Some(word) = input.get(at..at + 8) else {
                for (offset, &byte) in input[at..].iter().enumerate() {
                    match byte {
                        b'\n' | b'\r' => break 'line at + offset - start,
                        _ if byte == separator => self.ends.push(at + offset - start),
                        _ => {}
                    }
                }
                break input.len() - start;
            };
            let word = u64::from_le_bytes(word.try_into().unwrap_or_default());
            let line_ends = equal_bytes(word, b'\n') | equal_bytes(word, b'\r');
            // The separators before the first line end (all of them when there is none).
            let mut separators = equal_bytes(word, separator) & (line_ends & line_ends.wrapping_neg()).wrapping_sub(1);
            while separators != 0 {
                self.ends.push(at + (separators.trailing_zeros() / 8) as usize - start);
                separators &= separators - 1;
            }
            if line_ends != 0 {
                break at + (line_ends.trailing_zeros() / 8) as usize - start;
            }
            at += 8;
        };
        let bytes = &input[start..start + end];
        self.ends.push(end);
        self.at = start + end;
        let text = self.text.and_then(|text| text.get(start..start + end));
        Some((start, self.line, Line { bytes, ends: &self.ends, separator, text }))
    }
}

/// The high bit of each byte of `word` that equals `byte` (exactly: no carry between bytes).
fn equal_bytes(word: u64, byte: u8) -> u64 {
    const LOW: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let x = word ^ (0x0101_0101_0101_0101 * u64::from(byte));
    !(((x & LOW) + LOW) | x) & !LOW
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::Parser;

    #[test]
    fn equal_bytes_marks_exactly_the_equal_bytes() {
        // Bytes next to the one sought (0x2b..0x2d around ','), zero, 0x80 and 0xff.
        let word = u64::from_le_bytes([b',', 0x2b, 0x2d, 0, b',', 0x80, 0xff, b',']);
        assert_eq!(equal_bytes(word, b','), 0x8000_0080_0000_0080);
        assert_eq!(equal_bytes(word, 0), 0x0000_0000_8000_0000);
        assert_eq!(equal_bytes(word, 0xff), 0x0080_0000_0000_0000);
    }

    #[test]
    fn quote_free_input_splits_as_the_csv_parser_does() {
        // Random inputs of fields, separators and every kind of line end, blank lines
        // and white space: the same records, byte offsets and lines as the CSV parser.
        let mut parser = Parser::default();
        let mut random = crate::testing::XorShift(0x9E37_79B9_7F4A_7C15);
        for case in 0..3000 {
            let length = if random.below(10) == 0 { 2000 } else { random.below(60) };
            let input: Vec<u8> = (0..length).map(|_| b"ab,;\r\n \n\t\xc3\xa9"[random.below(11) as usize]).collect();
            let separator = if random.below(2) == 0 { b',' } else { b';' };
            let first_line = 1 + random.below(5);
            let mut expected = Vec::new();
            let mut their_last = None;
            let mut records = parser.records(&input, separator);
            while let Some((at, view)) = records.next_view() {
                their_last = Some(at.byte);
                let fields: Vec<Vec<u8>> = (0..view.count()).map(|i| view.field(i).unwrap().to_vec()).collect();
                expected.push((first_line + at.line - 1, fields, view.blank()));
            }
            let mut seen = Vec::new();
            let mut my_last = None;
            let mut lines = Lines::new(&input, separator, first_line, Vec::new());
            while let Some((byte, line, record)) = lines.next_line() {
                let fields: Vec<Vec<u8>> = (0..record.count()).map(|i| record.field(i).unwrap().to_vec()).collect();
                // Text is given only for lines known to be UTF-8, and for all of an input that is.
                let valid = std::str::from_utf8(record.bytes()).ok();
                match record.text() {
                    Some(text) => assert_eq!(Some(text), valid),
                    None => assert!(std::str::from_utf8(&input).is_err()),
                }
                my_last = Some(byte);
                seen.push((line, fields, record.blank()));
                // The last record's proof from here is the parser's proof from its start.
                let tail = &input[byte..];
                let parsed = parser
                    .records(tail, separator)
                    .next_view()
                    .map(|(_, view)| (0..view.count()).map(|i| view.field(i).unwrap().to_vec()).collect::<Vec<_>>());
                assert_eq!(parsed.as_ref(), Some(&seen.last().unwrap().1), "case {case}");
            }
            // The proof that a chunk ends where its last record does: the same from
            // either start of that record.
            let mut proof = |at: Option<usize>| at.map(|at| parser.ends_at_record_boundary(&input[at..], separator));
            let (mine, theirs) = (proof(my_last), proof(their_last));
            assert_eq!(mine, theirs, "case {case}");
            assert_eq!(seen, expected, "case {case}: {:?}", String::from_utf8_lossy(&input));
        }
    }
}
