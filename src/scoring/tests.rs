//! Hand-worked tests of the framework extensions (docs/formats.md, "Extensions"),
//! each through the exact path (every row kept) and the batch tally, which must
//! give the same ranking byte for byte.

use std::path::PathBuf;

use crate::criteria::parse_framework;
use crate::evidence::{ReadOptions, read_batch, read_evidence};
use crate::ranking::rank_in;
use crate::report::ranking_csv;
use crate::scoring::{Tally, UnitTotals, score_all};

/// The ranking CSV of `evidence` under `framework`, by both paths (asserted equal).
fn ranking(framework: &str, evidence: &str) -> String {
    let framework = parse_framework(framework, "t.toml").unwrap_or_else(|e| panic!("{e}"));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("e.csv");
    std::fs::write(&path, format!("unit,criterion,value,self_score,appraised,evidence,note\n{evidence}")).unwrap();
    let paths = vec![PathBuf::from(&path)];
    let evidence = read_evidence(&paths, &framework, ReadOptions::default()).unwrap();
    let exact: Vec<UnitTotals> = score_all(&framework, &evidence).unwrap().iter().map(|s| UnitTotals::of(&framework, s)).collect();
    let exact = String::from_utf8(ranking_csv(&framework, &rank_in(&framework, exact), &crate::register::Roster::default())).unwrap();
    let batch = read_batch(&paths, &framework, || Tally::new(&framework)).unwrap().unwrap();
    let totals = batch.sink.into_totals(&framework).unwrap();
    let batch = String::from_utf8(ranking_csv(&framework, &rank_in(&framework, totals), &crate::register::Roster::default())).unwrap();
    assert_eq!(exact, batch, "the exact path and the batch tally differ");
    exact
}

const CAPS: &str = r#"
[framework]
id = "caps"
bonus_cap = 1
penalty_cap = 1.5
[[area]]
id = "1"
name = "A"
[[criterion]]
id = "1.1"
name = "Check"
max = 10
rule = { kind = "check" }
[[adjustment]]
id = "T1"
name = "Sáng kiến"
kind = "bonus"
per = 0.5
cap = 1
[[adjustment]]
id = "T2"
name = "Khen thưởng"
kind = "bonus"
per = 0.75
[[adjustment]]
id = "P1"
name = "Phê bình"
kind = "penalty"
per = 1
cap = 2
[[adjustment]]
id = "P2"
name = "Chậm báo cáo"
kind = "penalty"
per = 0.5
"#;

#[test]
fn shared_bonus_and_penalty_caps_apply_beside_each_item_s_cap() {
    let evidence = "Đơn vị A,1.1,có,,,,\nĐơn vị A,T1,2,,,,\nĐơn vị A,T2,1,,,,\nĐơn vị A,P1,1,,,,\nĐơn vị A,P2,2,,,,\n\
                    Đơn vị B,1.1,có,,,,\nĐơn vị B,T1,1,,,,\nĐơn vị B,P2,1,,,,\n";
    // A: bonuses min(1, 2 × 0,5) = 1 and 1 × 0,75 = 0,75: 1,75, over the shared cap 1 → 1;
    //    penalties min(2, 1 × 1) = 1 and 2 × 0,5 = 1: 2, over the shared cap 1,5 → 1,5;
    //    total 10 + 1 − 1,5 = 9,5 of 10: 95 %. Adjustment shown: 1 − 1,5 = −0,5.
    // B: bonus 0,5, penalty 0,5 (both under the caps): 10, 100 %.
    assert_eq!(
        ranking(CAPS, evidence),
        "rank,unit,1,adjustment,total,max,index,grade\n\
         1,Đơn vị B,10.00,0.00,10.00,10.00,100.00,\n\
         2,Đơn vị A,10.00,-0.50,9.50,10.00,95.00,\n"
    );
}

const TIES: &str = r#"
[framework]
id = "ties"
ties = "TIES"
[[area]]
id = "1"
name = "A"
[[criterion]]
id = "1.1"
name = "Judged"
max = 29
rule = { kind = "manual" }
[[criterion]]
id = "1.2"
name = "Optional"
max = 1
rule = { kind = "manual" }
optional = true
"#;

const TIED: &str = "Đơn vị A,1.1,,26.01,,,\nĐơn vị A,1.2,,1,,,\n\
                    Đơn vị B,1.1,,26.11,,,\nĐơn vị B,1.2,N/A,,,,\n\
                    Đơn vị C,1.1,,29,,,\nĐơn vị C,1.2,,1,,,\n\
                    Đơn vị D,1.1,,26.01,,,\nĐơn vị D,1.2,,1,,,\n";

#[test]
fn ties_shared_by_default_or_ordered_by_the_unrounded_index() {
    // A and D: 27,01 / 30 = 90,0333… % → 90,03; B: 26,11 / 29 (1.2 N/A) = 90,0345… %
    // → 90,03; C: 30 / 30 = 100 %. Shared: A, B, D are all 2nd (listed by name).
    assert_eq!(
        ranking(&TIES.replace("TIES", "shared"), TIED),
        "rank,unit,1,adjustment,total,max,index,grade\n\
         1,Đơn vị C,30.00,0.00,30.00,30.00,100.00,\n\
         2,Đơn vị A,27.01,0.00,27.01,30.00,90.03,\n\
         2,Đơn vị B,26.11,0.00,26.11,29.00,90.03,\n\
         2,Đơn vị D,27.01,0.00,27.01,30.00,90.03,\n"
    );
    // Exact (Thanh Hóa 2024): B's 90,0345 % is above A's and D's 90,0333 %: B is 2nd,
    // A and D (exactly equal) share the 3rd place.
    assert_eq!(
        ranking(&TIES.replace("TIES", "exact"), TIED),
        "rank,unit,1,adjustment,total,max,index,grade\n\
         1,Đơn vị C,30.00,0.00,30.00,30.00,100.00,\n\
         2,Đơn vị B,26.11,0.00,26.11,29.00,90.03,\n\
         3,Đơn vị A,27.01,0.00,27.01,30.00,90.03,\n\
         3,Đơn vị D,27.01,0.00,27.01,30.00,90.03,\n"
    );
}

const ROUNDING: &str = r#"
[framework]
id = "rounding"
rounding = "ROUNDING"
[[area]]
id = "1"
name = "A"
[[criterion]]
id = "1.1"
name = "Ratio"
max = 60
rule = { kind = "ratio", percent = true }
[[area]]
id = "2"
name = "B"
[[criterion]]
id = "2.1"
name = "Ratio"
max = 40
rule = { kind = "ratio", percent = true }
"#;

#[test]
fn rounding_each_sub_criterion_or_only_totals_and_index() {
    // 1.1: 60 × 90,325 % = 54,195; 2.1: 40 × 78,9625 % = 31,585.
    let evidence = "Đơn vị,1.1,\"90,325\",,,,\nĐơn vị,2.1,\"78,9625\",,,,\n";
    // Each leaf rounded (default): 54,20 + 31,59 = 85,79.
    assert_eq!(
        ranking(&ROUNDING.replace("ROUNDING", "leaf"), evidence),
        "rank,unit,1,2,adjustment,total,max,index,grade\n1,Đơn vị,54.20,31.59,0.00,85.79,100.00,85.79,\n"
    );
    // Only totals rounded (Ninh Thuận): areas shown 54,20 and 31,59, total from the
    // exact 54,195 + 31,585 = 85,78.
    assert_eq!(
        ranking(&ROUNDING.replace("ROUNDING", "total"), evidence),
        "rank,unit,1,2,adjustment,total,max,index,grade\n1,Đơn vị,54.20,31.59,0.00,85.78,100.00,85.78,\n"
    );
}

#[test]
fn exact_ties_use_the_unrounded_total_when_only_totals_are_rounded() {
    let framework = ROUNDING.replace("rounding = \"ROUNDING\"", "rounding = \"total\"\nties = \"exact\"");
    // Y: 60 × 90 % + 40 × 79,46 % = 54 + 31,784 = 85,784; X: 54 + 40 × 79,44 % = 85,776.
    // Both show 85,78 (total and index); the exact totals put Y first.
    let evidence = "X,1.1,90,,,,\nX,2.1,\"79,44\",,,,\nY,1.1,90,,,,\nY,2.1,\"79,46\",,,,\n";
    assert_eq!(
        ranking(&framework, evidence),
        "rank,unit,1,2,adjustment,total,max,index,grade\n1,Y,54.00,31.78,0.00,85.78,100.00,85.78,\n2,X,54.00,31.78,0.00,85.78,100.00,85.78,\n"
    );
    // Rounding each leaf instead, both have 54 + 31,78 = 85,78 exactly: they share 1st.
    let framework = ROUNDING.replace("rounding = \"ROUNDING\"", "rounding = \"leaf\"\nties = \"exact\"");
    assert_eq!(
        ranking(&framework, evidence),
        "rank,unit,1,2,adjustment,total,max,index,grade\n1,X,54.00,31.78,0.00,85.78,100.00,85.78,\n1,Y,54.00,31.78,0.00,85.78,100.00,85.78,\n"
    );
}

const GRADE_CAP: &str = r#"
[framework]
id = "khanh-hoa"
[[grade]]
name = "Xuất sắc"
min_index = 90
[[grade]]
name = "Tốt"
min_index = 80
[[grade]]
name = "Khá"
min_index = 70
[[grade]]
name = "Trung bình"
min_index = 50
[[grade]]
name = "Yếu"
min_index = 0
[[area]]
id = "1"
name = "A"
[[criterion]]
id = "1.1"
name = "Check"
max = 9
rule = { kind = "check" }
[[criterion]]
id = "1.2"
name = "Tỷ lệ hồ sơ trễ hạn"
max = 1
rule = { kind = "tiers", better = "lower", percent = true, tiers = [[0, 1], [10, 0.5]] }
[[grade_cap]]
criterion = "1.2"
at_least = 10
best = "Khá"
"#;

#[test]
fn a_grade_cap_by_condition_lowers_the_grade_but_not_the_rank() {
    let evidence = "Đơn vị P,1.1,có,,,,\nĐơn vị P,1.2,12,,,,\nĐơn vị Q,1.1,có,,,,\nĐơn vị Q,1.2,10,,,,\n\
                    Đơn vị R,1.1,có,,,,\nĐơn vị R,1.2,\"9,9\",,,,\nĐơn vị S,1.1,không,,,,\nĐơn vị S,1.2,50,,,,\n";
    // P: 9 + 0 (12 % late > 10) = 9 → 90 %, Xuất sắc, but 12 ≥ 10: at best Khá.
    // Q: 9 + 0,5 (10 % ≤ 10) = 9,5 → 95 %, 10 ≥ 10: Khá. R: 9,9 % < 10: Xuất sắc.
    // S: 0 → 0 %, Yếu; the cap never raises a grade.
    assert_eq!(
        ranking(GRADE_CAP, evidence),
        "rank,unit,1,adjustment,total,max,index,grade\n\
         1,Đơn vị Q,9.50,0.00,9.50,10.00,95.00,Khá\n\
         1,Đơn vị R,9.50,0.00,9.50,10.00,95.00,Xuất sắc\n\
         3,Đơn vị P,9.00,0.00,9.00,10.00,90.00,Khá\n\
         4,Đơn vị S,0.00,0.00,0.00,10.00,0.00,Yếu\n"
    );
}

#[test]
fn extension_settings_are_checked() {
    let bad = TIES.replace("ties = \"TIES\"", "ties = \"random\"\nrounding = \"up\"\nbonus_cap = -1");
    let found = parse_framework(&bad, "t.toml").unwrap_err().to_string();
    assert!(found.contains("ties = \"random\" không phải cách xếp hạng"), "{found}");
    assert!(found.contains("rounding = \"up\" không phải cách làm tròn"), "{found}");
    assert!(found.contains("bonus_cap phải lớn hơn 0, nhưng là -1"), "{found}");
    let cap = GRADE_CAP.replace("criterion = \"1.2\"", "criterion = \"1.1\"").replace("best = \"Khá\"", "best = \"Giỏi\"");
    let found = parse_framework(&cap, "t.toml").unwrap_err().to_string();
    assert!(found.contains("tiêu chí \"1.1\" không có giá trị là số"), "{found}");
    assert!(found.contains("không có xếp loại \"Giỏi\""), "{found}");
}
