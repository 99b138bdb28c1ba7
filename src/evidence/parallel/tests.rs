//! The batch reader against the exact reader: the same units and totals for any
//! chunk size, with quoted line breaks, stray quotes, `\r\n` line ends and a BOM.

use super::*;
use crate::criteria::parse_framework;
use crate::evidence::{ReadOptions, read_evidence};
use crate::scoring::{Tally, UnitTotals, score_all};

const FRAMEWORK: &str = r#"
[framework]
id = "t"
[[area]]
id = "1"
name = "A"
[[criterion]]
id = "1.1"
name = "Check"
max = 1
rule = { kind = "check" }
[[criterion]]
id = "1.2"
name = "Ratio"
max = 1.5
rule = { kind = "ratio", percent = true }
evidence_required = true
[[criterion]]
id = "1.3"
name = "Judged"
max = 2
rule = { kind = "manual", step = 0.25 }
optional = true
[[adjustment]]
id = "T1"
name = "Bonus"
kind = "bonus"
per = 0.5
cap = 1
"#;

/// Rows for `units` units; notes with line breaks and (with `stray`) quotes inside
/// unquoted cells, the two things that can mislead a cut.
fn evidence(units: usize, stray: bool, line_end: &str) -> String {
    let mut text = format!("\u{feff}unit,criterion,value,self_score,appraised,evidence,note{line_end}");
    for unit in 0..units {
        let note = match unit % 5 {
            0 => "\"giải trình\nvòng 2\"",
            1 if stray => "5\" màn hình",
            2 => "\"a, \"\"b\"\"\"",
            _ => "",
        };
        let evidence = if unit % 3 == 0 { "" } else { "KH 1" };
        for (id, value, claimed) in
            [("1.1", ["có", "không"][unit % 2], ""), ("1.2", "\"87,5\"", ""), ("1.3", "", "\"1,25\""), ("T1", "1", "")]
        {
            let appraised = if unit % 7 == 0 && id == "1.3" { "2" } else { "" };
            text.push_str(&format!("Đơn vị {unit:04},{id},{value},{claimed},{appraised},{evidence},{note}{line_end}"));
        }
    }
    text
}

fn by_name(mut units: Vec<UnitTotals>) -> Vec<UnitTotals> {
    units.sort_by(|a, b| a.name.cmp(&b.name));
    units
}

#[test]
fn any_chunk_size_gives_the_exact_totals() {
    let framework = parse_framework(FRAMEWORK, "t.toml").unwrap();
    let dir = tempfile::tempdir().unwrap();
    for (case, (stray, line_end)) in [(false, "\n"), (true, "\n"), (true, "\r\n")].into_iter().enumerate() {
        let path = dir.path().join(format!("{case}.csv"));
        std::fs::write(&path, evidence(2000, stray, line_end)).unwrap();
        let paths = [path];
        let exact = read_evidence(&paths, &framework, ReadOptions::default()).unwrap();
        let expected: Vec<UnitTotals> = score_all(&framework, &exact).unwrap().iter().map(|s| UnitTotals::of(&framework, s)).collect();
        assert_eq!(expected.len(), 2000);
        for chunk_bytes in [7, 64, 300, 4096, 1 << 20] {
            let batch = read_batch_in_chunks(&paths, &framework, || Tally::new(&framework), chunk_bytes).unwrap().unwrap();
            assert_eq!(batch.warnings, exact.warnings);
            let totals = batch.sink.into_totals(&framework).unwrap();
            assert_eq!(by_name(totals), expected, "case {case}, chunks of {chunk_bytes} bytes");
        }
    }
}

#[test]
fn input_with_a_problem_is_left_to_the_exact_reader() {
    let framework = parse_framework(FRAMEWORK, "t.toml").unwrap();
    let dir = tempfile::tempdir().unwrap();
    let bad = evidence(50, false, "\n").replace("Đơn vị 0040,1.2,\"87,5\"", "Đơn vị 0040,1.2,\"187,5\"");
    let duplicate = evidence(50, false, "\n") + "Đơn vị 0001,1.1,có,,,,\n";
    for (name, text) in
        [("bad.csv", bad), ("duplicate.csv", duplicate), ("empty.csv", String::new()), ("header.csv", "unit,criterion,value\n".into())]
    {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        for chunk_bytes in [64, 1 << 20] {
            let batch = read_batch_in_chunks(std::slice::from_ref(&path), &framework, || Tally::new(&framework), chunk_bytes).unwrap();
            // A duplicate is only seen when the tally adds up.
            assert!(batch.is_none_or(|batch| batch.sink.into_totals(&framework).is_none()), "{name} in chunks of {chunk_bytes}");
        }
    }
}

#[test]
fn many_small_files_give_the_exact_totals_and_one_bad_file_stops_the_batch() {
    let framework = parse_framework(FRAMEWORK, "t.toml").unwrap();
    let dir = tempfile::tempdir().unwrap();
    let text = evidence(300, true, "\n");
    // Four records per unit (notes hold line breaks): a file per unit.
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let mut paths = Vec::new();
    for (unit, unit_rows) in records[1..].chunks(4).enumerate() {
        let path = dir.path().join(format!("{unit:04}.csv"));
        let mut writer = csv::Writer::from_path(&path).unwrap();
        writer.write_record(&records[0]).unwrap();
        for row in unit_rows {
            writer.write_record(row).unwrap();
        }
        writer.flush().unwrap();
        paths.push(path);
    }
    let whole = dir.path().join("all");
    std::fs::create_dir(&whole).unwrap();
    std::fs::write(whole.join("all.csv"), &text).unwrap();
    let exact = read_evidence(&[whole], &framework, ReadOptions::default()).unwrap();
    let expected: Vec<UnitTotals> = score_all(&framework, &exact).unwrap().iter().map(|s| UnitTotals::of(&framework, s)).collect();
    let batch = read_batch_in_chunks(&paths, &framework, || Tally::new(&framework), 1 << 20).unwrap().unwrap();
    assert_eq!(batch.files.len(), 300);
    assert_eq!(by_name(batch.sink.into_totals(&framework).unwrap()), expected);
    // A value out of range in one file in the middle: the exact reader must report it.
    std::fs::write(&paths[150], "unit,criterion,value\nĐơn vị 0150,1.2,187\n").unwrap();
    assert!(read_batch_in_chunks(&paths, &framework, || Tally::new(&framework), 1 << 20).unwrap().is_none());
}

/// A random cell as people and programs write them: bare or quoted; free text (`text`)
/// also with separators, line breaks and escaped quotes inside, or (with `stray`) a
/// quote inside a bare cell, which the CSV parser keeps as a character.
fn random_cell(random: &mut crate::testing::XorShift, plain: &str, text: bool, stray: bool) -> String {
    match random.below(10) {
        _ if plain.is_empty() => String::new(),
        0..=5 if !plain.contains(',') => plain.to_owned(),
        8 if text => format!("\"{plain} \"\"x\"\",\ny\""),
        9 if text && stray => format!("{plain} 5\" x"),
        _ => format!("\"{plain}\""),
    }
}

#[test]
fn random_quoting_gives_the_exact_totals_and_warnings() {
    let framework = parse_framework(FRAMEWORK, "t.toml").unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut random = crate::testing::XorShift(0x5851_F42D_4C95_7F2D);
    for case in 0..40 {
        let (line_end, stray) = (["\n", "\r\n"][random.below(2) as usize], case % 4 == 0);
        let mut text = format!("unit,criterion,value,self_score,appraised,evidence,note{line_end}");
        for unit in 0..60 {
            for (id, value, claimed) in [("1.1", "có", ""), ("1.2", "87,5", ""), ("1.3", "", "1,25"), ("T1", "1", "")] {
                let name = format!("Đơn vị {unit:03}");
                let cells =
                    [(name.as_str(), false), (id, false), (value, false), (claimed, false), ("", false), ("KH 1", true), ("ghi chú", true)];
                let row: Vec<String> = cells.iter().map(|&(cell, free)| random_cell(&mut random, cell, free, stray)).collect();
                text.push_str(&row.join(","));
                text.push_str(line_end);
            }
        }
        let path = dir.path().join(format!("{case}.csv"));
        std::fs::write(&path, &text).unwrap();
        let paths = [path];
        let exact = read_evidence(&paths, &framework, ReadOptions::default()).unwrap();
        let expected: Vec<UnitTotals> = score_all(&framework, &exact).unwrap().iter().map(|s| UnitTotals::of(&framework, s)).collect();
        assert_eq!(expected.len(), 60);
        for chunk_bytes in [64, 1000, 1 << 20] {
            let batch = read_batch_in_chunks(&paths, &framework, || Tally::new(&framework), chunk_bytes).unwrap();
            let batch = batch.unwrap_or_else(|| panic!("case {case}, chunks of {chunk_bytes}: valid input left to the exact reader"));
            assert_eq!(batch.warnings, exact.warnings, "case {case}, chunks of {chunk_bytes}");
            assert_eq!(
                by_name(batch.sink.into_totals(&framework).unwrap()),
                by_name(expected.clone()),
                "case {case}, chunks of {chunk_bytes}"
            );
        }
    }
}
