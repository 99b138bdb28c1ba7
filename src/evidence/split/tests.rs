use super::*;
use crate::evidence::records::Parser;
use crate::testing::XorShift;

type Seen = Vec<(u64, Vec<Vec<u8>>, bool)>;

/// The records of `input` as the CSV parser reads them: line, fields, blank.
fn by_parser(parser: &mut Parser, input: &[u8], separator: u8) -> Seen {
    let mut records = parser.records(input, separator);
    let mut seen = Vec::new();
    while let Some((start, view)) = records.next_view() {
        seen.push((start.line, (0..view.count()).map(|i| view.field(i).unwrap().to_vec()).collect(), view.blank()));
    }
    seen
}

/// The records of `input` as the splitter reads them, or `None` when it refuses.
fn by_split(split: &mut Split, input: &[u8], separator: u8) -> Option<Seen> {
    if !split.run(input, separator) {
        return None;
    }
    let text = std::str::from_utf8(input).ok();
    let mut seen = Vec::new();
    for record in split.records().to_vec() {
        let fields = split.fields(&record, input, text);
        // Text is given exactly for the records of an input that is UTF-8.
        if let SplitFields::InPlace(_) = fields {
            assert_eq!(fields.text().is_some(), text.is_some());
        }
        seen.push((record.line, (0..fields.count()).map(|i| fields.field(i).unwrap().to_vec()).collect(), fields.blank()));
    }
    Some(seen)
}

/// A random field: bare, quoted (with separators, line ends and `""` inside), or
/// now and then broken (a stray quote, text after the closing quote).
fn field(random: &mut XorShift, out: &mut Vec<u8>) {
    let bare: &[u8] = b"ab ;,\t\xc3\xa9";
    let length = random.below(6);
    match random.below(8) {
        0..=3 => (0..length).for_each(|_| {
            let byte = bare[random.below(bare.len() as u64) as usize];
            out.push(byte);
        }),
        4..=6 => {
            out.push(b'"');
            for _ in 0..length {
                match random.below(8) {
                    0 => out.extend_from_slice(b"\"\""),
                    1 => out.push(b'\n'),
                    2 => out.extend_from_slice(b"\r\n"),
                    _ => out.push(bare[random.below(bare.len() as u64) as usize]),
                }
            }
            out.push(b'"');
        }
        _ => out.extend_from_slice([&b"5\" x"[..], b"\"a\"b", b"\"", b"\"\"\"", b"a\"\"", b"\"a"][random.below(6) as usize]),
    }
}

/// A random input of records with every kind of line end and blank lines.
fn input(random: &mut XorShift, separator: u8) -> Vec<u8> {
    let mut out = Vec::new();
    let records = if random.below(10) == 0 { 60 } else { random.below(6) };
    for record in 0..records {
        if record > 0 {
            out.extend_from_slice([&b"\n"[..], b"\r\n", b"\r", b"\n\n", b"\r\n\r\n", b"\n \n"][random.below(6) as usize]);
        }
        let fields = 1 + random.below(5);
        for index in 0..fields {
            if index > 0 {
                out.push(separator);
            }
            field(random, &mut out);
        }
    }
    if random.below(2) == 0 {
        out.extend_from_slice([&b"\n"[..], b"\r\n", b"\r"][random.below(3) as usize]);
    }
    out
}

/// How many random inputs a test tries: 20,000, or `SPLIT_CASES` for a longer run
/// (`SPLIT_CASES=5000000 cargo test --release --lib evidence::split`).
fn cases() -> u64 {
    std::env::var("SPLIT_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(20_000)
}

#[test]
fn accepted_inputs_split_as_the_csv_parser_does() {
    let (mut split, mut parser) = (Split::default(), Parser::default());
    let mut random = XorShift(0x2545_F491_4F6C_DD1D);
    let mut accepted = 0;
    let cases = cases();
    for case in 0..cases {
        let separator = [b',', b';', b'\t'][random.below(3) as usize];
        let input = input(&mut random, separator);
        let Some(seen) = by_split(&mut split, &input, separator) else { continue };
        accepted += 1;
        assert_eq!(seen, by_parser(&mut parser, &input, separator), "case {case}: {:?}", String::from_utf8_lossy(&input));
        // The parser's proof that the input ends where its last record does holds from
        // the record's first byte.
        if let Some(last) = split.records().last() {
            let tail = &input[last.first..];
            let parsed = by_parser(&mut parser, tail, separator);
            assert_eq!(parsed.first().map(|r| &r.1), seen.last().map(|r| &r.1), "case {case}");
        }
    }
    // Most inputs are well formed and must take the fast path.
    assert!(accepted > cases / 4, "only {accepted} of {cases} accepted");
}

#[test]
fn random_bytes_split_as_the_csv_parser_does_or_are_refused() {
    let (mut split, mut parser) = (Split::default(), Parser::default());
    let mut random = XorShift(0x9E37_79B9_7F4A_7C15);
    for case in 0..cases() {
        let length = if random.below(10) == 0 { 300 } else { random.below(40) };
        let input: Vec<u8> = (0..length).map(|_| b"ab,;\"\r\n \n\t\xc3\xa9\""[random.below(13) as usize]).collect();
        if let Some(seen) = by_split(&mut split, &input, b',') {
            assert_eq!(seen, by_parser(&mut parser, &input, b','), "case {case}: {:?}", String::from_utf8_lossy(&input));
        }
    }
}

#[test]
fn fields_and_lines_of_a_small_input() {
    let mut split = Split::default();
    let input = b"\r\nu,\"0,25\",\"a \"\"b\"\"\"\r\n\r\n\"x\ny\",,z\nlast";
    assert!(split.run(input, b','));
    let seen = by_split(&mut split, input, b',').unwrap();
    let fields = |list: &[&str]| list.iter().map(|f| f.as_bytes().to_vec()).collect::<Vec<_>>();
    assert_eq!(
        seen,
        vec![(2, fields(&["u", "0,25", "a \"b\""]), false), (4, fields(&["x\ny", "", "z"]), false), (6, fields(&["last"]), false),]
    );
    // Only the record with an escaped quote is copied.
    let escaped: Vec<bool> = split.records().iter().map(|r| r.escaped).collect();
    assert_eq!(escaped, [true, false, false]);
}

#[test]
fn quotes_the_parity_could_misread_are_refused() {
    let mut split = Split::default();
    for input in [&b"a,5\" screen,b\n"[..], b"\"ab\"cd,e\n", b"\"open,x\n", b"\"a\"\"\"b\",c\n", b"\"\n", b"x\"\n"] {
        assert!(!split.run(input, b','), "{:?}", String::from_utf8_lossy(input));
    }
    // A separator the masks cannot hold.
    assert!(!split.run(b"a\"b", b'"'));
}

#[test]
fn vector_masks_equal_the_byte_by_byte_ones() {
    let mut random = XorShift(0xD1B5_4A32_D192_ED03);
    for _ in 0..2000 {
        let block: [u8; 64] = std::array::from_fn(|_| b"\",;\t\r\na\x80\xff\0"[random.below(10) as usize]);
        for separator in [b',', b';', b'\t'] {
            assert_eq!(masks(&block, separator), portable_masks(&block, separator));
        }
    }
    // Each mask marks exactly its byte, in little-endian bit order.
    let mut block = [b'x'; 64];
    (block[0], block[17], block[40], block[63]) = (b'"', b',', b'\n', b'\r');
    assert_eq!(masks(&block, b','), (1, 1 << 17, 1 << 40, 1 << 63));
}
