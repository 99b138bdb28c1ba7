//! Fuzzes the workbook reader: a zip built from the input (sheet XML, shared strings
//! and styles separated by 0xFF bytes), or the input itself when it starts like a zip,
//! read as evidence against tests/fixtures/all-rules.toml, then scored. The limits of
//! src/evidence/workbook_limits.rs must stop every workbook that would exhaust memory.
#![no_main]

use libfuzzer_sys::fuzz_target;
use par_score::criteria::{Framework, parse_framework};
use par_score::evidence::{ReadOptions, read_xlsx_bytes};
use std::io::Write;
use std::sync::OnceLock;
use zip::write::SimpleFileOptions;

fn framework() -> &'static Framework {
    static FRAMEWORK: OnceLock<Framework> = OnceLock::new();
    FRAMEWORK.get_or_init(|| parse_framework(include_str!("../../tests/fixtures/all-rules.toml"), "all-rules.toml").expect("fuzz framework is valid"))
}

const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;
const WORKBOOK: &str = r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="evidence" sheetId="1" r:id="rId1"/></sheets></workbook>"#;
const WORKBOOK_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#;

/// A workbook of the parts: sheet, shared strings, styles (stored, not deflated).
fn workbook(data: &[u8]) -> Vec<u8> {
    let mut parts = data.split(|&b| b == 0xFF);
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let mut add = |name: &str, bytes: &[u8]| {
        zip.start_file(name, stored).expect("zip entry");
        zip.write_all(bytes).expect("zip write");
    };
    add("_rels/.rels", RELS.as_bytes());
    add("xl/workbook.xml", WORKBOOK.as_bytes());
    add("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.as_bytes());
    add("xl/worksheets/sheet1.xml", parts.next().unwrap_or_default());
    if let Some(strings) = parts.next() {
        add("xl/sharedStrings.xml", strings);
    }
    if let Some(styles) = parts.next() {
        add("xl/styles.xml", styles);
    }
    zip.finish().expect("zip").into_inner()
}

fuzz_target!(|data: &[u8]| {
    let framework = framework();
    let bytes = if data.starts_with(b"PK") { data.to_vec() } else { workbook(data) };
    let Ok((read, _sheet)) = read_xlsx_bytes(&bytes, "fuzz.xlsx", 0, framework, ReadOptions { keep_text: true }) else { return };
    let _ = read.problems.to_string();
    if read.problems.has_errors() {
        return;
    }
    for unit in read.book.into_units() {
        if let Ok(score) = par_score::scoring::score_unit(framework, &unit) {
            assert!(score.figures.total >= rust_decimal::Decimal::ZERO);
        }
    }
});
