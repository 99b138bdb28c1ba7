//! Records of a chunk of CSV split 64 bytes at a time with bit masks (quotes paired by
//! a running parity, as in simdjson), each field checked to be one the CSV parser
//! would read the same way; anything else leaves the chunk to the parser.
//!
//! Why it gives the parser's records: a field (the bytes between two separators or line
//! ends outside quotes) is accepted only when it holds no `"`, or starts and ends with
//! one and every run of `"` between holds an even number of them. The parser reads such
//! a field exactly as the parity does: a bare field ends at the first separator or line
//! end, and a quoted one at its closing quote, which the accepted field has right before
//! the separator or line end. A field with `""` inside (an escaped quote) is accepted
//! but its record is marked, to be unescaped by a copy. Everything else (a quote inside
//! a bare field, text after a closing quote, a quote left open at the end) refuses the
//! whole input, which the caller then gives to the parser.

use std::ops::Range;

use super::records::{Fields, View};

/// One record found by [`Split::run`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct Record {
    /// Its first byte in the input (past any blank line before it).
    pub first: usize,
    /// One past its last byte: its line end, or the end of the input.
    pub end: usize,
    /// The 1-based line of its first byte.
    pub line: u64,
    /// Its fields in [`Split`]'s list.
    fields: (u32, u32),
    /// Whether a quoted field holds `""`, so that the record is unescaped by a copy.
    escaped: bool,
}

/// The records and fields of one input, reused from input to input.
#[derive(Default)]
pub(crate) struct Split {
    records: Vec<Record>,
    /// Where each field's text is in the input (inside its quotes when quoted).
    fields: Vec<(u32, u32)>,
    /// The fields of a record with an escaped quote, unescaped, and where each ends.
    unescaped: Vec<u8>,
    ends: Vec<usize>,
}

/// The record being read.
struct Open {
    first: usize,
    line: u64,
    fields: u32,
    escaped: bool,
}

impl Open {
    /// A record starting at `first` after `lines_before` line ends, its first field
    /// at `fields` in the list.
    fn new(first: usize, lines_before: u64, fields: usize) -> Self {
        Open { first, line: lines_before + 1, fields: fields as u32, escaped: false }
    }
}

impl Split {
    /// Splits `input` with `separator`; `false` when the parser must read it instead.
    pub(crate) fn run(&mut self, input: &[u8], separator: u8) -> bool {
        self.records.clear();
        self.fields.clear();
        if matches!(separator, b'"' | b'\r' | b'\n' | 0) || u32::try_from(input.len()).is_err() {
            return false;
        }
        let mut open: Option<Open> = None;
        // Where the next record or field starts, and the line ends before the next record.
        let (mut next_start, mut field_start, mut lines_before_next) = (0usize, 0usize, 0u64);
        // One past the last quote before the block (0: none yet), the line ends before
        // the block, and whether it starts inside quotes (all ones) or not.
        let (mut quote_end, mut lines_before, mut inside) = (0usize, 0u64, 0u64);
        let mut base = 0;
        while base < input.len() {
            let (quotes, separators, line_feeds, returns) = match input.get(base..base + 64) {
                Some(block) => masks(block.try_into().unwrap_or(&[0; 64]), separator),
                None => masks(&last_block(&input[base..]), separator),
            };
            let quoted = prefix_xor(quotes) ^ inside;
            inside = 0u64.wrapping_sub(quoted >> 63);
            let mut structural = (separators | line_feeds | returns) & !quoted;
            while structural != 0 {
                let bit = structural.trailing_zeros();
                structural &= structural - 1;
                let at = base + bit as usize;
                let is_separator = separators >> bit & 1 == 1;
                let record = match open.as_mut() {
                    Some(record) => record,
                    None if !is_separator && at == next_start => {
                        // A blank line (or the `\n` of a `\r\n`): no record.
                        next_start = at + 1;
                        field_start = at + 1;
                        lines_before_next = lines_before + u64::from((line_feeds & (u64::MAX >> (63 - bit))).count_ones());
                        continue;
                    }
                    None => open.insert(Open::new(next_start, lines_before_next, self.fields.len())),
                };
                // The quotes of the block before `at`.
                let before = quotes & !(u64::MAX << bit);
                let last_quote_end = if before != 0 { base + 64 - before.leading_zeros() as usize } else { quote_end };
                if last_quote_end <= field_start {
                    self.fields.push((field_start as u32, at as u32));
                } else if !self.quoted_field(input, field_start..at, &mut record.escaped) {
                    return false;
                }
                field_start = at + 1;
                if !is_separator {
                    if let Some(record) = open.take() {
                        self.close(record, at);
                    }
                    next_start = at + 1;
                    lines_before_next = lines_before + u64::from((line_feeds & (u64::MAX >> (63 - bit))).count_ones());
                }
            }
            if quotes != 0 {
                quote_end = base + 64 - quotes.leading_zeros() as usize;
            }
            lines_before += u64::from(line_feeds.count_ones());
            base += 64;
        }
        // The last record, when no line end follows it.
        if open.is_none() && next_start < input.len() {
            open = Some(Open::new(next_start, lines_before_next, self.fields.len()));
        }
        if let Some(mut record) = open {
            if quote_end <= field_start {
                self.fields.push((field_start as u32, input.len() as u32));
            } else if !self.quoted_field(input, field_start..input.len(), &mut record.escaped) {
                return false;
            }
            self.close(record, input.len());
        }
        true
    }

    fn close(&mut self, record: Open, end: usize) {
        let fields = (record.fields, self.fields.len() as u32);
        self.records.push(Record { first: record.first, end, line: record.line, fields, escaped: record.escaped });
    }

    /// Adds the field `span`, which holds a quote character; `false` when the parser
    /// could read it differently.
    fn quoted_field(&mut self, input: &[u8], span: Range<usize>, escaped: &mut bool) -> bool {
        let (start, end) = (span.start, span.end);
        if end - start < 2 || input[start] != b'"' || input[end - 1] != b'"' {
            return false;
        }
        if input[start + 1..end - 1].contains(&b'"') {
            // Every run of quotes inside must pair up (`""` is one quote).
            let mut run = 0usize;
            for &byte in &input[start + 1..end - 1] {
                if byte == b'"' {
                    run += 1;
                } else if run % 2 == 1 {
                    return false;
                } else {
                    run = 0;
                }
            }
            if run % 2 == 1 {
                return false;
            }
            *escaped = true;
        }
        self.fields.push((start as u32 + 1, end as u32 - 1));
        true
    }

    /// The records found by the last [`Split::run`].
    pub(crate) fn records(&self) -> &[Record] {
        &self.records
    }

    /// Record `record` of `input` (the input of the last [`Split::run`]; `text` is the
    /// input as text when it is UTF-8): in place, or unescaped (`""` → `"`) into the
    /// splitter's buffer.
    pub(crate) fn fields<'a>(&'a mut self, record: &Record, input: &'a [u8], text: Option<&'a str>) -> SplitFields<'a> {
        let ranges = &self.fields[record.fields.0 as usize..record.fields.1 as usize];
        if record.escaped {
            let (data, ends) = (&mut self.unescaped, &mut self.ends);
            data.clear();
            ends.clear();
            for &(start, end) in ranges {
                let mut rest = &input[start as usize..end as usize];
                // A quote inside a field is always the first of a pair.
                while let Some(at) = memchr::memchr(b'"', rest) {
                    data.extend_from_slice(&rest[..=at]);
                    rest = rest.get(at + 2..).unwrap_or_default();
                }
                data.extend_from_slice(rest);
                ends.push(data.len());
            }
            return SplitFields::Unescaped(View::new(data, ends));
        }
        let bytes = &input[record.first..record.end];
        SplitFields::InPlace(InPlace { bytes, first: record.first, ranges, text: text.and_then(|text| text.get(record.first..record.end)) })
    }
}

/// The last bytes of an input, padded with zeros to a block (zero is never a
/// separator).
fn last_block(rest: &[u8]) -> [u8; 64] {
    let mut block = [0; 64];
    block[..rest.len()].copy_from_slice(rest);
    block
}

/// Bit `i` set where byte `i` of `block` is `"`, the separator, `\n`, `\r`: sixteen
/// bytes per vector compare (SSE2, which every x86-64 processor has).
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[inline(always)]
fn masks(block: &[u8; 64], separator: u8) -> (u64, u64, u64, u64) {
    use std::arch::x86_64::{__m128i, _mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_set1_epi8};
    let mut masks = [0u64; 4];
    // SAFETY: the intrinsics need SSE2, which this code is compiled only with (the
    // `cfg` above; every x86-64 processor has it), and each load reads 16 bytes inside
    // `block` (unaligned loads are allowed).
    unsafe {
        let wanted = [b'"', separator, b'\n', b'\r'].map(|byte| _mm_set1_epi8(byte as i8));
        for lane in 0..4 {
            let vector = _mm_loadu_si128(block.as_ptr().add(lane * 16).cast::<__m128i>());
            for (mask, byte) in masks.iter_mut().zip(wanted) {
                *mask |= u64::from(_mm_movemask_epi8(_mm_cmpeq_epi8(vector, byte)) as u16) << (lane * 16);
            }
        }
    }
    (masks[0], masks[1], masks[2], masks[3])
}

/// Bit `i` set where byte `i` of `block` is `"`, the separator, `\n`, `\r`.
#[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
fn masks(block: &[u8; 64], separator: u8) -> (u64, u64, u64, u64) {
    portable_masks(block, separator)
}

/// [`masks`] byte by byte, for processors without SSE2 (and to test the vector code).
#[cfg(any(test, not(all(target_arch = "x86_64", target_feature = "sse2"))))]
fn portable_masks(block: &[u8; 64], separator: u8) -> (u64, u64, u64, u64) {
    let equal = |byte: u8| block.iter().enumerate().fold(0u64, |mask, (i, &b)| mask | u64::from(b == byte) << i);
    (equal(b'"'), equal(separator), equal(b'\n'), equal(b'\r'))
}

/// Bit `i` set where an odd number of bits `0..=i` of `x` are set: the bytes from an
/// opening quote up to (not including) its closing one.
fn prefix_xor(mut x: u64) -> u64 {
    for shift in [1, 2, 4, 8, 16, 32] {
        x ^= x << shift;
    }
    x
}

/// A record read in place: its fields are slices of the input.
pub(crate) struct InPlace<'a> {
    bytes: &'a [u8],
    first: usize,
    ranges: &'a [(u32, u32)],
    text: Option<&'a str>,
}

impl Fields for InPlace<'_> {
    fn count(&self) -> usize {
        self.ranges.len()
    }
    fn bytes(&self) -> &[u8] {
        self.bytes
    }
    fn range(&self, index: usize) -> Option<Range<usize>> {
        let &(start, end) = self.ranges.get(index)?;
        Some(start as usize - self.first..end as usize - self.first)
    }
    fn text(&self) -> Option<&str> {
        self.text
    }
    fn blank(&self) -> bool {
        (0..self.count()).all(|i| self.field(i).is_some_and(|f| f.iter().all(u8::is_ascii_whitespace)))
    }
}

/// A record of a split input: in place, or unescaped.
pub(crate) enum SplitFields<'a> {
    InPlace(InPlace<'a>),
    Unescaped(View<'a>),
}

impl Fields for SplitFields<'_> {
    fn count(&self) -> usize {
        match self {
            SplitFields::InPlace(f) => f.count(),
            SplitFields::Unescaped(f) => f.count(),
        }
    }
    fn bytes(&self) -> &[u8] {
        match self {
            SplitFields::InPlace(f) => f.bytes(),
            SplitFields::Unescaped(f) => f.bytes(),
        }
    }
    fn range(&self, index: usize) -> Option<Range<usize>> {
        match self {
            SplitFields::InPlace(f) => f.range(index),
            SplitFields::Unescaped(f) => f.range(index),
        }
    }
    fn text(&self) -> Option<&str> {
        match self {
            SplitFields::InPlace(f) => f.text(),
            SplitFields::Unescaped(f) => f.text(),
        }
    }
    fn blank(&self) -> bool {
        match self {
            SplitFields::InPlace(f) => f.blank(),
            SplitFields::Unescaped(f) => f.blank(),
        }
    }
}

#[cfg(test)]
mod tests;
