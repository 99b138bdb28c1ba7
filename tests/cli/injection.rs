//! Formula injection: text from a unit's file that a spreadsheet would run comes
//! out as text in .xlsx and .csv, and escaped in .html.

use calamine::Data;

use crate::util::{files, run_in};
use crate::workbook::{formulas, part, row_of, sheet_names, values};

const UNIT: &str = "=HYPERLINK(\"http://x\",\"y\")";

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
    assert!(names.contains(&"=HYPERLINK(\"http___x\",\"y\")".to_owned()), "{names:?}");
    let summary = values(&path, "Tổng hợp");
    let row = row_of(&summary, 1, UNIT);
    assert_eq!(summary.get_value((row, 1)), Some(&Data::String(UNIT.to_owned())));
    assert_eq!(formulas(&path, "Tổng hợp").get_value((row, 1)).map(String::as_str).unwrap_or(""), "");
    let sheet = values(&path, "=HYPERLINK(\"http___x\",\"y\")");
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
    assert!(summary.iter().any(|row| row[1] == format!("'{UNIT}")), "{summary:?}");
    let sheets = read("hd-sheets.csv");
    let leaf = sheets.iter().find(|row| row[1] == "1.2").unwrap();
    assert_eq!((leaf[0].as_str(), leaf[10].as_str()), (format!("'{UNIT}").as_str(), "'@SUM(1)"));
    let first = sheets.iter().find(|row| row[1] == "1.1").unwrap();
    assert_eq!(first[8], "'-1+2");
    // Our own negative numbers are numbers, not text.
    assert!(sheets.iter().any(|row| row[7] == "-1.00"));
}

#[test]
fn html_escapes_every_input_text() {
    let dir = council("hd.html");
    let html = std::fs::read_to_string(dir.path().join("hd.html")).unwrap();
    assert!(html.contains("<td>=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)</td>"));
    assert!(html.contains("&lt;b&gt;x&lt;/b&gt;") && !html.contains("<b>x</b>"));
    assert!(html.contains("<td>@SUM(1)</td>"));
}
