//! The framework extensions through the real binary: `rank` (batch path) and
//! `council` (exact path, values instead of formulas that would disagree).

use crate::util::{fixture, run};
use crate::workbook::{formulas, values};

#[test]
fn rank_orders_ties_by_the_unrounded_index() {
    let result =
        run(&["rank", &fixture("extensions/evidence.csv"), "--criteria", &fixture("extensions/thanh-hoa.toml"), "--format", "csv"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    // A: 27,01 / 30 = 90,0333… %; B: 26,11 / 29 = 90,0345… % (1.2 N/A); both show 90,03,
    // B ranks above A; C: 30 / 30 = 100 %.
    assert_eq!(
        result.stdout,
        "rank,unit,1,adjustment,total,max,index,grade\n\
         1,Đơn vị C,30.00,0.00,30.00,30.00,100.00,\n\
         2,Đơn vị B,26.11,0.00,26.11,29.00,90.03,\n\
         3,Đơn vị A,27.01,0.00,27.01,30.00,90.03,\n"
    );
}

#[test]
fn the_council_workbook_holds_values_where_formulas_would_disagree() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("hoi-dong.xlsx");
    let result = run(&[
        "council",
        &fixture("extensions/evidence.csv"),
        "--criteria",
        &fixture("extensions/thanh-hoa.toml"),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let written = formulas(&out, "Tổng hợp");
    assert!(written.used_cells().all(|(_, _, f)| f.is_empty()), "no formula: RANK would tie A and B");
    // The rank column still says B 2nd, A 3rd.
    let cells = values(&out, "Tổng hợp");
    let text: Vec<String> = cells.rows().map(|row| row.iter().map(|c| c.to_string()).collect::<Vec<_>>().join("|")).collect();
    let row_of = |name: &str| text.iter().find(|row| row.contains(name)).cloned().unwrap_or_default();
    assert!(row_of("Đơn vị B").starts_with("2|"), "{text:?}");
    assert!(row_of("Đơn vị A").starts_with("3|"), "{text:?}");
}
