//! `report`: one self-contained HTML file. Checked here for content, escaping and
//! self-containment; tests/browser/run.sh renders it in headless Chromium.

use crate::util::{files, fixture, run, run_in};

fn report_of_fixture(extra: &[&str]) -> String {
    let (criteria, dir) = (fixture("analysis/mini-2024.toml"), fixture("analysis/2024"));
    let mut args = vec!["report", "--criteria", criteria.as_str(), dir.as_str()];
    args.extend_from_slice(extra);
    let result = run(&args);
    assert_eq!(result.code, 0, "{}", result.stderr);
    result.stdout
}

#[test]
fn self_contained_with_a_page_per_unit() {
    let html = report_of_fixture(&[]);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"vi\">"));
    assert!(html.trim_end().ends_with("</html>"));
    // No external assets: no src attributes, no links or imports to other places.
    for forbidden in ["src=", "href=\"http", "url(", "@import", "<script", "<link"] {
        assert!(!html.contains(forbidden), "found {forbidden}");
    }
    assert_eq!(html.matches(r#"<section class="page unit""#).count(), 4);
    assert_eq!(html.matches("<svg").count(), 2 + 4, "index and area charts, one chart per unit");
    assert!(html.contains("@media print") && html.contains("size: A4"));
    // Ranking order and Vietnamese numbers: C 85,00; B 77,78; A 77,50; D 43,50.
    let order: Vec<usize> = ["Sở C", "Sở B", "Sở A", "Sở D"].iter().map(|u| html.find(&format!(">{u}</a></td>")).unwrap()).collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
    assert!(html.contains("<b>85,00</b>") && html.contains("<b>43,50</b>"));
}

#[test]
fn unit_page_against_the_province_average() {
    let html = report_of_fixture(&[]);
    let page = &html[html.find(r#"id="unit-3""#).unwrap()..];
    let page = &page[..page.find("</section>").unwrap()];
    assert!(page.contains("<h2>Sở A</h2>"), "{page}");
    // Area 1: Sở A 3.5/4 = 87,5 %; province average of 87.5, 100, 50, 50 = 71.875 → 71,9 %.
    assert!(
        page.contains(r#"<td class="num">3,50</td><td class="num">4,00</td><td class="num">87,5</td><td class="num">71,9</td>"#),
        "{page}"
    );
    // Area 2: 3/6 = 50,0 %; average of 50, 100 (B: 4/4, 2.1.2 N/A), 100, 20 = 67,5 %.
    assert!(page.contains(r#"<td class="num">50,0</td><td class="num">67,5</td>"#), "{page}");
    // Area 3: 80,0 %; average of 80, 70, 90, 55 = 73.75 → 73,8 %.
    assert!(page.contains(r#"<td class="num">80,0</td><td class="num">73,8</td>"#), "{page}");
    // Largest gap first: 2.1.1 loses 2 → (15.5 + 2)/20 = 87,50.
    assert!(page.contains(r#"<td>2.1.1</td><td>Tỷ lệ hồ sơ đúng hạn</td><td class="num">2,00</td><td class="num">87,50</td>"#), "{page}");
}

#[test]
fn every_input_text_is_escaped() {
    // The framework's area 2 is named "Thủ tục hành chính <TTHC>".
    let html = report_of_fixture(&["--lang", "en"]);
    assert!(html.contains("Thủ tục hành chính &lt;TTHC&gt;") && !html.contains("<TTHC>"));
    assert!(html.contains("<html lang=\"en\">") && html.contains("Province average (%)"));
    let criteria = std::fs::read(crate::util::repo().join(fixture("analysis/mini-2024.toml"))).unwrap();
    let evidence = "unit,criterion,value\n\"<script>alert('x')</script> & \"\"Co\"\"\",1.1,có\n";
    let dir = files(&[("c.toml", &criteria), ("e.csv", evidence.as_bytes())]);
    let result = run_in(Some(dir.path()), &["report", "--criteria", "c.toml", "e.csv", "--out", "out.html"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    // Like every command that writes a file, report says so.
    assert_eq!(result.stdout, "Đã ghi: out.html\n");
    let html = std::fs::read_to_string(dir.path().join("out.html")).unwrap();
    assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;"), "escaped name");
    assert!(!html.contains("<script"), "no raw markup from the input");
}

#[test]
fn refuses_to_overwrite_an_input() {
    let criteria = std::fs::read(crate::util::repo().join(fixture("analysis/mini-2024.toml"))).unwrap();
    let dir = files(&[("c.toml", &criteria), ("e.csv", b"unit,criterion,value\nX,1.1,co\n")]);
    let result = run_in(Some(dir.path()), &["report", "--criteria", "c.toml", "e.csv", "--out", "e.csv"]);
    assert_eq!(result.code, 2);
    assert!(result.stderr.contains("từ chối ghi e.csv: đây là tệp đầu vào"), "{}", result.stderr);
}

#[test]
fn bundled_examples() {
    let result = run(&["report", "-c", "huyen-2024", "examples/huyen-2024", "-q"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert_eq!(result.stdout.matches(r#"<section class="page unit""#).count(), 10);
    assert!(result.stdout.contains("UBND thành phố Hòa An") && result.stdout.contains("<b>95,16</b>"));
}
