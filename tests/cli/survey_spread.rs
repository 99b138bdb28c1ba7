//! The survey's bootstrap intervals in the HTML report and the council's tables
//! (`report` / `council` with `--responses`), on tests/fixtures/survey/spread/.
//!
//! Worked out by hand ([survey] A = 100, D = 0; groups P1 = 1, P2 = 2; 8.1 ratio max
//! 2; 8.2 tiers 80 → 1.5, 50 → 0.75; 1.1 check max 1; maxima 1 + 2 + 1.5 = 4.5):
//!
//! - Sở A answers A to everything (2 P1, 1 P2 questionnaires): 8.1 100 % → 2, 8.2
//!   100 % → 1.5; survey 3.5; 1.1 có → total 4.5 → index 100. Every resample draws
//!   the same answers: its intervals have no width (3,50 – 3,50, 100,00 – 100,00) and
//!   it is first in every sample (1 – 1).
//! - Sở B and Sở C answer alike: P1 two A and two D (P1.3 and P1.4), P2 one A, one D.
//!   8.1: P1 mean 50, P2 mean 50 → (1 × 50 + 2 × 50) / 3 = 50 → 2 × 0.5 = 1.00; 8.2:
//!   50 % → 0.75; survey 1.75; 1.1 không → total 1.75 / 4.5 = 38.888… → 38.89. They
//!   share rank 2. Resampling moves their points (at most 3.5 → 77.78 < 100, so never
//!   past Sở A), and each is below the other in about half the samples: their rank
//!   intervals are both 2 – 3, and they cannot be told apart.

use crate::util::{fixture, run, run_in};

const CRITERIA: &str = "tests/fixtures/survey/criteria.toml";

fn paths() -> (String, String) {
    (fixture("survey/spread/evidence.csv"), fixture("survey/spread/responses.csv"))
}

#[test]
fn report_shows_each_units_intervals_and_who_cannot_be_told_apart() {
    let (evidence, responses) = paths();
    let result = run(&["report", "-c", CRITERIA, "--responses", &responses, "-n", "400", &evidence]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let html = result.stdout;
    assert!(html.contains(r##"<a href="#uncertainty">Độ tin cậy của điều tra xã hội học</a>"##), "table of contents");
    assert!(html.contains("(400 mẫu, seed 1)"));
    let section = &html[html.find(r#"<section id="uncertainty">"#).expect("the section")..];
    let section = &section[..section.find("</section>").unwrap()];
    // Sở A: a zero-width interval equal to its points, alone at rank 1.
    assert!(
        section.contains(
            r##"<td class="num">1</td><td><a href="#unit-1">Sở A</a></td><td class="num">3,50</td><td class="num">3,50 – 3,50</td><td class="num">100,00</td><td class="num">100,00 – 100,00</td><td class="num">1 – 1</td><td></td></tr>"##
        ),
        "{section}"
    );
    // Sở B and Sở C: the same points, rank 2 shared, intervals 2 – 3 naming each other.
    for (unit, own, other, position) in [("Sở B", 2, "Sở C", 3), ("Sở C", 3, "Sở B", 2)] {
        // Rank 2, shared.
        let start = format!(r##"<td class="num">2</td><td><a href="#unit-{own}">{unit}</a></td>"##);
        let row = section.split("<tr>").find(|row| row.starts_with(&start)).expect(unit);
        assert!(row.contains(r#"<td class="num">1,75</td>"#) && row.contains(r#"<td class="num">38,89</td>"#), "{row}");
        assert!(row.contains(r#"<td class="num">2 – 3</td>"#), "{row}");
        assert!(row.contains(&format!(r##"<a href="#unit-{position}">{other}</a></td></tr>"##)), "{row}");
        // The survey points move: low below high, 1,75 between them.
        let cells: Vec<&str> = row.split("<td class=\"num\">").map(|c| c.split('<').next().unwrap()).collect();
        let (low, high) = cells[3].split_once(" – ").unwrap();
        let number = |text: &str| text.replace(',', ".").parse::<f64>().unwrap();
        assert!(number(low) < 1.75 && 1.75 < number(high), "{row}");
    }
    // Each unit's page says it too.
    assert!(html.contains("Khoảng tin cậy của điều tra (90 %): điểm điều tra 3,50 – 3,50 · chỉ số 100,00 – 100,00 · hạng 1 – 1</p>"));
    assert!(html.contains(r##"hạng 2 – 3 · không phân biệt được với: <a href="#unit-2">Sở B</a></p>"##));
    assert!(html.contains(r##"hạng 2 – 3 · không phân biệt được với: <a href="#unit-3">Sở C</a></p>"##));

    // The same report in English: the section's words and numbers are English.
    let english = run(&["report", "--lang", "en", "-c", CRITERIA, "--responses", &responses, "-n", "400", &evidence]);
    assert_eq!(english.code, 0, "{}", english.stderr);
    let html = english.stdout;
    assert!(html.contains(r##"<a href="#uncertainty">Uncertainty of the survey</a>"##), "table of contents");
    assert!(html.contains("(400 samples, seed 1): the 5th and 95th percentiles."));
    assert!(html.contains("<th>Cannot be told apart from</th>"));
    assert!(html.contains("Survey uncertainty (90 %): survey points 3.50 – 3.50 · index 100.00 – 100.00 · rank 1 – 1</p>"));
    assert!(html.contains(r##"rank 2 – 3 · cannot be told apart from: <a href="#unit-2">Sở B</a></p>"##));
}

#[test]
fn report_without_responses_or_samples_has_no_intervals() {
    let (evidence, responses) = paths();
    let none = run(&["report", "-c", CRITERIA, "--responses", &responses, "-n", "0", &evidence]);
    assert_eq!(none.code, 0, "{}", none.stderr);
    assert!(!none.stdout.contains("uncertainty"));
    let without = run(&["report", "-c", CRITERIA, &evidence]);
    assert!(!without.stdout.contains("uncertainty"));
    // The same seed gives the same report, whatever the number of threads.
    let args = ["report", "-c", CRITERIA, "--responses", &responses, "-n", "300", "--seed", "9", &evidence];
    let one = crate::util::run_env(None, &args, &[("RAYON_NUM_THREADS", "1")]);
    let two = crate::util::run_env(None, &args, &[("RAYON_NUM_THREADS", "2")]);
    assert!(one.stdout.contains("(300 mẫu, seed 9)"));
    assert_eq!(one.stdout, two.stdout);
}

#[test]
fn council_tables_show_the_intervals_in_every_format() {
    let (evidence, responses) = paths();
    let dir = tempfile::tempdir().unwrap();
    let out = |name: &str| dir.path().join(name).display().to_string();
    let root = crate::util::repo();
    let absolute = |p: &str| root.join(p).display().to_string();
    let (criteria, evidence, responses) = (absolute(CRITERIA), absolute(&evidence), absolute(&responses));
    let council = |name: &str| {
        let result =
            run_in(Some(dir.path()), &["council", "-c", &criteria, "--responses", &responses, "-n", "400", "--out", &out(name), &evidence]);
        assert_eq!(result.code, 0, "{}", result.stderr);
        result
    };
    // CSV: a fourth file, -survey.csv; every figure worked out above.
    let written = council("hoi-dong.csv");
    assert!(written.stdout.contains("hoi-dong-survey.csv"), "{}", written.stdout);
    let csv = std::fs::read_to_string(out("hoi-dong-survey.csv")).unwrap();
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(
        lines[0],
        "Hạng,Đơn vị,Điểm điều tra – Điểm,Điểm điều tra – Thấp (5 %),Điểm điều tra – Cao (95 %),Chỉ số CCHC (%) – Chỉ số,Chỉ số CCHC (%) – Thấp (5 %),Chỉ số CCHC (%) – Cao (95 %),Hạng (khoảng 90 %) – Tốt nhất,Hạng (khoảng 90 %) – Kém nhất,Số đơn vị không phân biệt được,Không phân biệt được với"
    );
    assert_eq!(lines[1], "1,Sở A,3.50,3.50,3.50,100.00,100.00,100.00,1,1,0,");
    for (line, unit, other) in [(lines[2], "Sở B", "Sở C"), (lines[3], "Sở C", "Sở B")] {
        let cells: Vec<&str> = line.split(',').collect();
        assert_eq!((cells[0], cells[1], cells[2], cells[5]), ("2", unit, "1.75", "38.89"), "{line}");
        assert_eq!((cells[8], cells[9], cells[10], cells[11]), ("2", "3", "1", other), "{line}");
        let (low, high): (f64, f64) = (cells[3].parse().unwrap(), cells[4].parse().unwrap());
        assert!(low < 1.75 && 1.75 < high && low >= 0.0 && high <= 3.5, "{line}");
    }
    // The workbook: a sheet of values with the same rows.
    council("hoi-dong.xlsx");
    let path = dir.path().join("hoi-dong.xlsx");
    assert!(crate::workbook::sheet_names(&path).contains(&"Độ tin cậy điều tra".to_owned()));
    let values = crate::workbook::values(&path, "Độ tin cậy điều tra");
    let row = crate::workbook::row_of(&values, 1, "Sở A");
    let figures: Vec<f64> = (2..11).map(|column| crate::workbook::number(&values, row, column)).collect();
    assert_eq!(figures, [3.5, 3.5, 3.5, 100.0, 100.0, 100.0, 1.0, 1.0, 0.0]);
    // HTML and Markdown: a section / table with the same title.
    council("hoi-dong.html");
    let html = std::fs::read_to_string(out("hoi-dong.html")).unwrap();
    assert!(html.contains("<section class=\"survey\">") && html.contains("<h2>Độ tin cậy của điều tra xã hội học · Số đơn vị: 3</h2>"));
    council("hoi-dong.md");
    let markdown = std::fs::read_to_string(out("hoi-dong.md")).unwrap();
    assert!(markdown.contains("| 1 | Sở A | 3,50 | 3,50 | 3,50 | 100,00 | 100,00 | 100,00 | 1 | 1 | 0 |  |"), "{markdown}");
}

/// With a units register the intervals are within each block, as the ranks are. Blocks
/// "Khối 1" (Sở A) and "Khối 2" (Sở B, Sở C): Sở A is alone (1 – 1); Sở B and Sở C
/// share rank 1 of their block and are each below the other in about half the samples:
/// 1 – 2, naming each other. Sở A, in another block, is named by neither.
#[test]
fn intervals_are_within_each_block_of_the_register() {
    let (evidence, responses) = paths();
    let dir = crate::util::files(&[("don-vi.csv", "unit,block\nSở A,Khối 1\nSở B,Khối 2\nSở C,Khối 2\n".as_bytes())]);
    let register = dir.path().join("don-vi.csv").display().to_string();
    let result = run(&["report", "-c", CRITERIA, "--responses", &responses, "--units", &register, "-n", "300", &evidence]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let html = result.stdout;
    let block = |id: &str| {
        let section = &html[html.find(&format!(r#"<section id="uncertainty-{id}">"#)).expect("a section per block")..];
        section[..section.find("</section>").unwrap()].to_owned()
    };
    let (first, second) = (block("1"), block("2"));
    assert!(first.contains("Khối 1") && first.contains("Sở A") && !first.contains("Sở B"), "{first}");
    assert!(first.contains(r#"<td class="num">1 – 1</td><td></td></tr>"#), "{first}");
    for (unit, other) in [("Sở B", "Sở C"), ("Sở C", "Sở B")] {
        let row = second
            .split("<tr>")
            .find(|row| row.starts_with(r#"<td class="num">1</td>"#) && row.contains(&format!(">{unit}</a></td><td class")))
            .expect(unit);
        assert!(row.contains(r#"<td class="num">1 – 2</td>"#) && row.contains(&format!(">{other}</a></td></tr>")), "{row}");
        assert!(!row.contains("Sở A"), "{row}");
    }
}
