//! Chunked parsing must give exactly the records, lines and byte positions of one
//! sequential pass, whatever the cuts; a bad cut must be caught by the proof.

use super::*;
use crate::testing::XorShift;

type Seen = Vec<(Vec<Vec<u8>>, u64, u64)>;

fn records(bytes: &[u8], first_line: u64, offset: u64) -> (Seen, Option<usize>) {
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(bytes);
    let mut record = csv::ByteRecord::new();
    let (mut seen, mut last) = (Vec::new(), None);
    while reader.read_byte_record(&mut record).unwrap() {
        let position = record.position().unwrap();
        last = Some(position.byte() as usize);
        seen.push((record.iter().map(<[u8]>::to_vec).collect(), first_line + position.line() - 1, offset + position.byte()));
    }
    (seen, last)
}

/// The records of `input` read in chunks of `size`, or `None` when a cut is refused.
fn chunked(input: &[u8], size: usize) -> Option<Seen> {
    let mut all = Vec::new();
    let mut offset = 0;
    for chunk in Chunks::new(Vec::new(), input, size) {
        let chunk = chunk.unwrap();
        let (seen, last) = records(&chunk.bytes, chunk.first_line, offset);
        if !chunk.last && !last.is_none_or(|start| ends_at_record_boundary(&chunk.bytes[start..], b',')) {
            return None;
        }
        all.extend(seen);
        offset += chunk.bytes.len() as u64;
    }
    Some(all)
}

/// Well-formed CSV: quotes only around whole cells, with line breaks, separators and
/// doubled quotes inside; `\n` or `\r\n` line ends and blank lines.
fn well_formed(random: &mut XorShift) -> Vec<u8> {
    let mut out = Vec::new();
    let crlf = random.below(2) == 0;
    for _ in 0..random.below(60) {
        for field in 0..1 + random.below(4) {
            if field > 0 {
                out.push(b',');
            }
            if random.below(3) == 0 {
                out.push(b'"');
                for _ in 0..random.below(8) {
                    out.extend_from_slice([&b"a"[..], b",", b"\n", b"\r\n", b"\"\"", b" "][random.below(6) as usize]);
                }
                out.push(b'"');
            } else {
                for _ in 0..random.below(5) {
                    out.push(b"ab1 ;"[random.below(5) as usize]);
                }
            }
        }
        out.extend_from_slice(if crlf { b"\r\n" } else { b"\n" });
        if random.below(10) == 0 {
            out.push(b'\n');
        }
    }
    out
}

#[test]
fn well_formed_files_are_cut_only_at_records() {
    let mut random = XorShift(0x9E37_79B9_7F4A_7C15);
    for case in 0..1500 {
        let input = well_formed(&mut random);
        // Records are at most 80 bytes here: a chunk of 20 bytes doubled three times
        // holds one, so every cut is made by parity and must be proved.
        let size = 20 + random.below(40) as usize;
        let expected = records(&input, 1, 0).0;
        assert_eq!(chunked(&input, size).as_ref(), Some(&expected), "case {case}: {:?}", String::from_utf8_lossy(&input));
    }
}

#[test]
fn any_bytes_either_match_or_are_refused() {
    let mut random = XorShift(0x2545_F491_4F6C_DD1D);
    let (mut refused, mut accepted) = (0, 0);
    for case in 0..8000 {
        let input: Vec<u8> = (0..random.below(80)).map(|_| b"a,\"\r\n \n"[random.below(7) as usize]).collect();
        let size = 1 + random.below(20) as usize;
        match chunked(&input, size) {
            Some(seen) => {
                accepted += 1;
                assert_eq!(seen, records(&input, 1, 0).0, "case {case}: {:?} in chunks of {size}", String::from_utf8_lossy(&input));
            }
            None => refused += 1,
        }
    }
    // Both outcomes must actually occur, or the test proves nothing.
    assert!(refused > 50 && accepted > 50, "refused {refused}, accepted {accepted}");
}

#[test]
fn cuts_fall_after_the_record_end() {
    // Outside quotes: after "b\n"; the break inside the quoted cell is skipped.
    assert_eq!(propose_cut(b"a\nb\n\"c\nd", true), Some(4));
    // \r\n: the cut stands between \r and \n, where a sequential reader stands.
    assert_eq!(propose_cut(b"a\r\nb\r\nc", true), Some(5));
    // Never after a blank line.
    assert_eq!(propose_cut(b"a\n\n", true), Some(2));
    assert_eq!(propose_cut(b"\n\n", true), None);
    // An odd quote count: no cut by parity, a cut without it.
    assert_eq!(propose_cut(b"a\"b\nc", true), None);
    assert_eq!(propose_cut(b"a\"b\nc", false), Some(4));
}

#[test]
fn the_proof_uses_the_parser_rules() {
    assert!(ends_at_record_boundary(b"a,b\n", b','));
    assert!(ends_at_record_boundary(b"a,\"x\ny\"\n", b','));
    assert!(ends_at_record_boundary(b"a;b\r", b';'));
    assert!(!ends_at_record_boundary(b"a,\"x\n", b','));
    assert!(!ends_at_record_boundary(b"a,b\nc\n", b','));
    // A quote inside an unquoted cell is a plain character.
    assert!(ends_at_record_boundary(b"5\" screen,b\n", b','));
}

#[test]
fn lines_are_counted_by_line_feeds() {
    let chunks: Vec<Chunk> = Chunks::new(b"h\n".to_vec(), &b"a\nb\n\"c\nd\"\ne\n"[..], 3).map(Result::unwrap).collect();
    let starts: Vec<(u64, &[u8])> = chunks.iter().map(|c| (c.first_line, c.bytes.as_slice())).collect();
    assert_eq!(starts, [(1, &b"h\n"[..]), (2, b"a\n"), (3, b"b\n"), (4, b"\"c\nd\"\n"), (6, b"e\n")]);
}
