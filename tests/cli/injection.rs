//! Injection: a unit name that a spreadsheet would run is an input error; free text
//! (evidence references, notes) that would start a formula comes out as text in .xlsx
//! and every .csv, markup is escaped in .html and Markdown, control sequences are
//! shown, not obeyed, on the terminal, and non-characters never reach a workbook.

use calamine::Data;

use crate::util::{files, run_in};
use crate::workbook::{formulas, part, row_of, sheet_names, values};

/// A unit name with markup and characters a sheet name cannot hold (a legal name).
const UNIT: &str = "Sở \"A\": <i>B</i>/C";
/// What the unit's sheet is named: ':' and '/' replaced.
const SHEET: &str = "Sở \"A\"_ <i>B<_i>_C";

fn evidence() -> String {
    let quoted = UNIT.replace('"', "\"\"");
    format!(
        "unit,criterion,value,self_score,appraised,evidence,note\n\
         \"{quoted}\",1.1,31/01/2024,1,,-1+2,\n\
         \"{quoted}\",1.2,97,2,1,BC 1,@SUM(1)\n\
         \"{quoted}\",1.3,có,,,,\n\
         \"{quoted}\",1.4,60,,,,\n\
         <b>x</b>,1.1,31/01/2024,,,,\n"
    )
}

fn council(out: &str) -> tempfile::TempDir {
    let evidence = evidence();
    let dir = files(&[("thu.toml", crate::xlsx_input::FRAMEWORK.as_bytes()), ("e.csv", evidence.as_bytes())]);
    let result = run_in(Some(dir.path()), &["council", "--criteria", "thu.toml", "e.csv", "--out", out]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    dir
}

#[test]
fn workbook_cells_hold_the_text_and_no_formula_carries_input() {
    let dir = council("hd.xlsx");
    let path = dir.path().join("hd.xlsx");
    let names = sheet_names(&path);
    // The unit's sheet is named after it, with ':' and '/' replaced.
    assert!(names.contains(&SHEET.to_owned()), "{names:?}");
    let summary = values(&path, "Tổng hợp");
    let row = row_of(&summary, 1, UNIT);
    assert_eq!(summary.get_value((row, 1)), Some(&Data::String(UNIT.to_owned())));
    assert_eq!(formulas(&path, "Tổng hợp").get_value((row, 1)).map(String::as_str).unwrap_or(""), "");
    let sheet = values(&path, SHEET);
    let leaf = row_of(&sheet, 0, "1.2");
    assert_eq!(sheet.get_value((leaf, 9)), Some(&Data::String("@SUM(1)".to_owned())));
    assert_eq!(sheet.get_value((row_of(&sheet, 0, "1.1"), 7)), Some(&Data::String("-1+2".to_owned())));
    // Every formula in the workbook is made of references (to a sheet of the workbook
    // by its quoted name, apostrophes doubled), numbers, comparisons, the empty text
    // and our functions.
    let quoted: Vec<String> = names.iter().map(|name| format!("'{}'!", name.replace('\'', "''"))).collect();
    assert!(formulas(&path, "Tổng hợp").used_cells().any(|(_, _, f)| f.contains(&quoted[2])), "the summary links to the unit's sheet");
    for name in &names {
        let all = formulas(&path, name);
        for formula in all.used_cells().map(|(_, _, f)| f).filter(|f| !f.is_empty()) {
            let bare = quoted.iter().fold(formula.replace("\"\"", ""), |text, sheet| text.replace(sheet.as_str(), ""));
            assert!(bare.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || "$:,()+-*/.>=".contains(c)), "{formula}");
        }
    }
    // Text that looks like a formula also carries Excel's quote prefix, so editing
    // the cell keeps it text.
    assert!(part(&path, "xl/styles.xml").contains("quotePrefix=\"1\""));
}

#[test]
fn csv_fields_start_with_a_quote() {
    let dir = council("hd.csv");
    let read = |name: &str| {
        let mut reader = csv::Reader::from_path(dir.path().join(name)).unwrap();
        reader.records().map(|r| r.unwrap().iter().map(str::to_owned).collect::<Vec<_>>()).collect::<Vec<_>>()
    };
    let summary = read("hd-summary.csv");
    assert!(summary.iter().any(|row| row[1] == UNIT), "{summary:?}");
    let sheets = read("hd-sheets.csv");
    let leaf = sheets.iter().find(|row| row[1] == "1.2").unwrap();
    assert_eq!((leaf[0].as_str(), leaf[10].as_str()), (UNIT, "'@SUM(1)"));
    let first = sheets.iter().find(|row| row[1] == "1.1").unwrap();
    assert_eq!(first[8], "'-1+2");
    // Our own negative numbers are numbers, not text.
    assert!(sheets.iter().any(|row| row[7] == "-1.00"));
}

#[test]
fn html_escapes_every_input_text() {
    let dir = council("hd.html");
    let html = std::fs::read_to_string(dir.path().join("hd.html")).unwrap();
    assert!(html.contains("<td>Sở &quot;A&quot;: &lt;i&gt;B&lt;/i&gt;/C</td>"), "{html}");
    assert!(html.contains("&lt;b&gt;x&lt;/b&gt;") && !html.contains("<b>x</b>"));
    assert!(html.contains("<td>@SUM(1)</td>"));
}

#[test]
fn names_that_would_run_as_formulas_are_input_errors() {
    // Issue 11: `=1+1` or `=HYPERLINK(…)` as a unit name became a live formula in every
    // CSV output; a name with U+FFFF made a workbook no spreadsheet opens.
    for (name, shown) in [
        ("=1+1", "bắt đầu bằng ="),
        ("=HYPERLINK(\"\"http://evil.example/\"\",\"\"click me\"\")", "bắt đầu bằng ="),
        ("@SUM(1)", "bắt đầu bằng @"),
        ("+84", "bắt đầu bằng +"),
        ("-Sở A", "bắt đầu bằng -"),
        ("Sở A\u{ffff}", "chứa U+FFFF, không phải ký tự Unicode"),
        ("Sở\u{1b}]8;;http://x\u{7}A", "chứa ký tự điều khiển U+001B"),
        ("Sở Tư ph\u{430}p", "trộn chữ Latinh với chữ \"\u{430}\" (U+0430"),
    ] {
        let evidence = format!("unit,criterion,value\n\"{name}\",1.2,97\n");
        let dir = files(&[("thu.toml", crate::xlsx_input::FRAMEWORK.as_bytes()), ("e.csv", evidence.as_bytes())]);
        for command in ["rank", "check"] {
            let result = run_in(Some(dir.path()), &[command, "--criteria", "thu.toml", "e.csv"]);
            assert_eq!(result.code, 2, "{name:?}: {}", result.stderr);
            assert!(result.stderr.contains("e.csv:2:1: tên đơn vị"), "{name:?}: {}", result.stderr);
            assert!(result.stderr.contains(shown), "{name:?}: {}", result.stderr);
            // The terminal sees the escape, never the raw ESC or BEL.
            assert!(!result.stderr.contains('\u{1b}') && !result.stderr.contains('\u{7}'), "{:?}", result.stderr);
        }
    }
}

#[test]
fn framework_names_that_would_run_as_formulas_are_input_errors() {
    let framework = crate::xlsx_input::FRAMEWORK
        .replace("name = \"Lĩnh vực thử\"", "name = \"=1+1\"")
        .replace("name = \"Tốt\"", "name = \"@Tốt\"")
        .replace("name = \"Ban hành quy chế\"", "name = \"Quy chế\\uFFFE\"");
    let dir = files(&[("thu.toml", framework.as_bytes())]);
    let result = run_in(Some(dir.path()), &["check", "--criteria", "thu.toml"]);
    assert_eq!(result.code, 2, "{}", result.stderr);
    for fragment in
        ["tên của lĩnh vực \"1\" bắt đầu bằng =", "tên xếp loại \"@Tốt\" bắt đầu bằng @", "tên của tiêu chí \"1.3\" chứa U+FFFE"]
    {
        assert!(result.stderr.contains(fragment), "{fragment}: {}", result.stderr);
    }
}

#[test]
fn free_text_is_inert_in_every_csv_and_markdown_output() {
    // Evidence references and notes are free text: kept, but never live.
    let evidence = "unit,criterion,value,self_score,appraised,evidence,note\n\
                    Sở A,1.1,31/01/2024,1,,=HYPERLINK(\"\"http://x\"\"),<script>alert(1)</script>\n\
                    Sở A,1.2,97,2,,[l](javascript:alert(1)),-1+2\n\
                    Sở A,1.3,có,,,,\n\
                    Sở A,1.4,60,,,,\n";
    let dir = files(&[("thu.toml", crate::xlsx_input::FRAMEWORK.as_bytes()), ("e.csv", evidence.as_bytes())]);
    let result = run_in(Some(dir.path()), &["score", "--criteria", "thu.toml", "e.csv", "--format", "csv"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    for line in result.stdout.lines() {
        for field in line.split(',') {
            let field = field.trim_start_matches('"');
            assert!(!field.starts_with(['=', '@']), "live field {field:?} in {line}");
        }
    }
    let result = run_in(Some(dir.path()), &["council", "--criteria", "thu.toml", "e.csv", "--out", "c.md"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let markdown = std::fs::read_to_string(dir.path().join("c.md")).unwrap();
    // No raw tag, and every `]` before a link target is escaped (no link is formed).
    assert!(!markdown.contains("<script>") && !markdown.replace("\\]", "").contains("](javascript:"), "{markdown}");
    assert!(markdown.contains("&lt;script&gt;") && markdown.contains("\\[l\\](javascript:"), "{markdown}");
}

#[test]
fn workbooks_stay_well_formed_whatever_the_free_text_holds() {
    // Issue 11: U+FFFF in a name made a council workbook no spreadsheet opens. Names
    // are now refused; free text (a note, an evidence reference) loses what XML 1.0
    // cannot hold (U+FFFD instead) and keeps the rest.
    let evidence = "unit,criterion,value,self_score,appraised,evidence,note\n\
                    Sở A,1.1,31/01/2024,1,,KH\u{ffff}1,ghi\u{1}chú\u{fffe}\n\
                    Sở A,1.2,97,2,,,\n";
    let dir = files(&[("thu.toml", crate::xlsx_input::FRAMEWORK.as_bytes()), ("e.csv", evidence.as_bytes())]);
    let result = run_in(Some(dir.path()), &["council", "--criteria", "thu.toml", "e.csv", "--out", "hd.xlsx"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let path = dir.path().join("hd.xlsx");
    let sheet = values(&path, "Sở A");
    let leaf = row_of(&sheet, 0, "1.1");
    assert_eq!(sheet.get_value((leaf, 7)), Some(&Data::String("KH\u{fffd}1".to_owned())));
    assert_eq!(sheet.get_value((leaf, 9)), Some(&Data::String("ghi\u{fffd}chú\u{fffd}".to_owned())));
    let xml = part(&path, "xl/worksheets/sheet3.xml");
    assert!(!xml.contains('\u{ffff}') && !xml.contains('\u{1}') && !xml.contains('\u{fffe}'));
}

#[test]
fn file_names_never_drive_the_terminal() {
    // An output name holding an OSC 8 hyperlink: printed escaped after "Đã ghi".
    let dir = files(&[("thu.toml", crate::xlsx_input::FRAMEWORK.as_bytes())]);
    let name = "m\u{1b}]8;;evil.example\u{7}a\u{1b}]8;;\u{7}u.csv";
    let result = run_in(Some(dir.path()), &["template", "--criteria", "thu.toml", "--out", name]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert!(!result.stdout.contains('\u{1b}') && result.stdout.contains("\\u{1b}]8;;evil.example"), "{:?}", result.stdout);
    // The same name as an input that does not exist: the message escapes it too.
    let result = run_in(Some(dir.path()), &["rank", "--criteria", "thu.toml", "no\u{1b}[31mred.csv"]);
    assert_eq!(result.code, 2);
    assert!(!result.stderr.contains('\u{1b}') && result.stderr.contains("\\u{1b}[31m"), "{:?}", result.stderr);
}
