//! Batch ranking of files large enough to be read in parallel chunks: the output is
//! byte-identical whatever the thread count, the order of rows and how the rows are
//! spread over files; quoted line breaks never split a record; errors in a large
//! file are located exactly.

use crate::util::{Random, files, run_env};

const CRITERIA: &str = include_str!("../fixtures/conformance/case-501/criteria.toml");

/// The leaves and adjustments of case-501 with the kind of value each takes.
const IDS: [(&str, char); 35] = [
    ("1.1.1", 'n'),
    ("1.1.2", 'n'),
    ("1.2.1", 'p'),
    ("1.2.2", 'n'),
    ("1.3", 'm'),
    ("2.1", 'n'),
    ("2.2", 'm'),
    ("2.3", 'c'),
    ("3.1", 'd'),
    ("3.2", 'y'),
    ("3.3", 'c'),
    ("4.1", 'p'),
    ("4.2", 'n'),
    ("4.3.1", 'p'),
    ("4.3.2", 'p'),
    ("4.3.3", 'd'),
    ("5.1", 'p'),
    ("5.2", 'c'),
    ("5.3", 'p'),
    ("6.1", 'p'),
    ("6.2", 'n'),
    ("6.3", 'y'),
    ("7.1.1", 'n'),
    ("7.1.2", 'c'),
    ("7.1.3", 'm'),
    ("7.2.1", 'n'),
    ("7.2.2", 'p'),
    ("7.3.1", 'd'),
    ("7.3.2", 'm'),
    ("8.1.1", 'm'),
    ("8.1.2", 'n'),
    ("8.2", 'y'),
    ("8.3", 'c'),
    ("T1", 'n'),
    ("P1", 'n'),
];
const UNITS: u64 = 2500;

/// The cells of one row per (unit, id); notes hold line breaks now and then, and
/// with `stray` a quote in the middle of the cell (read as a plain character).
fn rows(stray: bool) -> Vec<[String; 7]> {
    let mut random = Random(0x9E37_79B9_7F4A_7C15);
    let mut rows = Vec::new();
    for unit in 0..UNITS {
        for (id, kind) in IDS {
            let value = match kind {
                'n' => random.below(4).to_string(),
                'p' => format!("{},{}", 40 + random.below(60), random.below(10)),
                'm' => String::new(),
                'c' => ["Hoàn thành", "hoàn thành một phần", "Không hoàn thành"][random.below(3) as usize].to_owned(),
                'd' => format!("{}/0{}/2024", 1 + random.below(28), 6 + random.below(3)),
                _ => ["có", "không", "x", "Đạt"][random.below(4) as usize].to_owned(),
            };
            let claimed = if kind == 'm' { format!("0,{}", [0, 25, 5, 75][random.below(4) as usize]) } else { String::new() };
            let note = match random.below(50) {
                0 => "Giải trình:\nđã bổ sung tài liệu",
                1 if stray => "màn hình 5\" cũ",
                _ => "",
            };
            rows.push([
                format!("UBND xã Số {unit:05}"),
                id.to_owned(),
                value,
                claimed,
                String::new(),
                format!("KH số {unit}"),
                note.to_owned(),
            ]);
        }
    }
    rows
}

/// A CSV line: cells with the separator or a line break are quoted, as Excel does.
fn line(cells: &[String; 7], separator: char) -> String {
    let quoted: Vec<String> = cells
        .iter()
        .map(
            |cell| {
                if cell.contains(separator) || cell.contains('\n') { format!("\"{}\"", cell.replace('"', "\"\"")) } else { cell.clone() }
            },
        )
        .collect();
    quoted.join(&separator.to_string()) + "\n"
}

fn csv(rows: &[[String; 7]], separator: char) -> String {
    let header: Vec<&str> = HEADER.trim_end().split(',').collect();
    let mut text = header.join(&separator.to_string()) + "\n";
    for row in rows {
        text.push_str(&line(row, separator));
    }
    text
}

const HEADER: &str = "unit,criterion,value,self_score,appraised,evidence,note\n";

fn rank(dir: &std::path::Path, threads: &str, paths: &[&str]) -> (i32, String, String) {
    let mut args = vec!["rank", "--criteria", "criteria.toml", "--format", "csv"];
    args.extend(paths);
    let run = run_env(Some(dir), &args, &[("RAYON_NUM_THREADS", threads)]);
    (run.code, run.stdout, run.stderr)
}

#[test]
fn output_is_the_same_for_any_thread_count_row_order_and_file_split() {
    let rows = rows(false);
    let mut shuffled = rows.clone();
    let mut random = Random(42);
    random.shuffle(&mut shuffled);
    let one = format!("\u{feff}{}", csv(&rows, ','));
    let mixed = csv(&shuffled, ',');
    // The shuffled rows spread over seven files, some with `;` as Excel writes them.
    let mut parts = vec![Vec::new(); 7];
    for row in &shuffled {
        parts[random.below(7) as usize].push(row.clone());
    }
    assert!(one.len() > 3 << 20, "the file must be cut into several chunks");
    let mut list: Vec<(String, Vec<u8>)> =
        vec![("criteria.toml".into(), CRITERIA.into()), ("one.csv".into(), one.into_bytes()), ("mixed.csv".into(), mixed.into_bytes())];
    for (i, part) in parts.iter().enumerate() {
        list.push((format!("parts/{i}.csv"), csv(part, if i % 2 == 0 { ';' } else { ',' }).into_bytes()));
    }
    let borrowed: Vec<(&str, &[u8])> = list.iter().map(|(name, bytes)| (name.as_str(), bytes.as_slice())).collect();
    let dir = files(&borrowed);
    let (code, expected, stderr) = rank(dir.path(), "1", &["one.csv"]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(expected.lines().count() as u64, UNITS + 1);
    for (threads, paths) in [("2", "one.csv"), ("2", "mixed.csv"), ("1", "parts"), ("2", "parts"), ("3", "parts")] {
        let (code, stdout, stderr) = rank(dir.path(), threads, &[paths]);
        assert_eq!(code, 0, "{stderr}");
        assert!(stdout == expected, "{paths} with {threads} threads differs");
    }
}

#[test]
fn quotes_inside_unquoted_cells_do_not_change_the_result() {
    // A stray quote spoils the quote-parity guess of a cut; the proof catches it and
    // the file is read in one pass, giving the same ranking as a file without them.
    let (clean, stray) = (csv(&rows(false), ','), csv(&rows(true), ','));
    let dir = files(&[("criteria.toml", CRITERIA.as_bytes()), ("clean.csv", clean.as_bytes()), ("stray.csv", stray.as_bytes())]);
    let (code, expected, stderr) = rank(dir.path(), "2", &["clean.csv"]);
    assert_eq!(code, 0, "{stderr}");
    let (code, stdout, stderr) = rank(dir.path(), "2", &["stray.csv"]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    assert!(stdout == expected, "stray quotes changed the ranking");
}

#[test]
fn a_duplicate_far_apart_in_a_large_file_is_located_exactly() {
    let mut rows = rows(false);
    rows.retain(|row| !row[6].contains('\n'));
    // Unit 0's rows come first, one line each after the header on line 1.
    let first = rows.iter().position(|row| row[0] == "UBND xã Số 00000" && row[1] == "3.2").unwrap();
    let first_line = first + 2;
    rows.push(rows[first].clone());
    let last_line = rows.len() + 1;
    let text = csv(&rows, ',');
    assert!(text.len() > 3 << 20, "the file must be cut into several chunks");
    let dir = files(&[("criteria.toml", CRITERIA.as_bytes()), ("big.csv", text.as_bytes())]);
    let (code, stdout, stderr) = rank(dir.path(), "2", &["big.csv"]);
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert_eq!(
        stderr,
        format!(
            "lỗi: big.csv:{last_line}:2: dòng trùng của đơn vị \"UBND xã Số 00000\" và tiêu chí 3.2 (trùng với dòng {first_line}): cột \"value\" được điền ở cả hai dòng\n  cần: mỗi cột của một đơn vị và tiêu chí chỉ điền ở một dòng (các dòng của nhiều lớp số liệu được gộp lại)\n  gợi ý: mỗi cột của một đơn vị và tiêu chí chỉ được điền ở một dòng (kể cả khi hai ô giống nhau); xóa ô ở một trong hai dòng, hoặc sửa mã tiêu chí\n"
        )
    );
}
