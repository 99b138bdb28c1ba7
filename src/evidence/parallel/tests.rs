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
