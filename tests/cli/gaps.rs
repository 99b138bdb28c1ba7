//! `gaps`: points lost per level with the index each recovery gives, and the
//! province's priorities. Fixture: tests/fixtures/analysis/2024 with mini-2024 (20 points).

use crate::compare::table_row;
use crate::util::{fixture, run};

fn gaps(extra: &[&str]) -> crate::util::Run {
    let (criteria, dir) = (fixture("analysis/mini-2024.toml"), fixture("analysis/2024"));
    let mut args = vec!["gaps", "--criteria", criteria.as_str(), dir.as_str()];
    args.extend_from_slice(extra);
    run(&args)
}

#[test]
fn one_unit_every_level_largest_first() {
    let result = gaps(&["--unit", "sở a", "-f", "csv"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    // Sở A: areas 3.5/4, 3/6, 8/10; bonus +1 → total 15.5 of 20 = 77.50. Lost 20 − 14.5 = 5.5.
    // Recovering x points gives (15.5 + x) / 20 × 100:
    //   area 2: 6 − 3 = 3 → 18.5/20 = 92.50; area 3: 2 → 87.50; area 1: 0.5 → 80.00.
    //   criterion 2.1 (group): 3 → 92.50; 3.1: 2 → 87.50; 1.2 (1 late report × 0.5): 0.5 → 80.00.
    //   2.1.1: 95 % reaches the 90 % tier, 2 of 4 → lost 2 → 87.50; 3.1 equal, later in tree order;
    //   2.1.2: 2 × 50 % = 1 of 2 → lost 1 → 82.50. 1.1 (có) loses nothing and is not listed.
    let expected = "\
unit,level,id,name,max,points,lost,index_if_recovered,status
Sở A,area,2,Thủ tục hành chính <TTHC>,6.00,3.00,3.00,92.50,
Sở A,area,3,Tác động,10.00,8.00,2.00,87.50,
Sở A,area,1,\"Chỉ đạo, điều hành\",4.00,3.50,0.50,80.00,
Sở A,criterion,2.1,Giải quyết hồ sơ,6.00,3.00,3.00,92.50,
Sở A,criterion,3.1,Mức độ hài lòng,10.00,8.00,2.00,87.50,ok
Sở A,criterion,1.2,\"Báo cáo đúng hạn; mỗi báo cáo chậm trừ 0,5 điểm\",2.00,1.50,0.50,80.00,ok
Sở A,leaf,2.1.1,Tỷ lệ hồ sơ đúng hạn,4.00,2.00,2.00,87.50,ok
Sở A,leaf,3.1,Mức độ hài lòng,10.00,8.00,2.00,87.50,ok
Sở A,leaf,2.1.2,Tỷ lệ hồ sơ trực tuyến,2.00,1.00,1.00,82.50,ok
Sở A,leaf,1.2,\"Báo cáo đúng hạn; mỗi báo cáo chậm trừ 0,5 điểm\",2.00,1.50,0.50,80.00,ok
";
    assert_eq!(result.stdout, expected);
}

#[test]
fn penalties_and_not_applicable_leaves() {
    let result = gaps(&["--unit", "Sở B", "-f", "csv"]);
    // Sở B: 2.1.2 N/A, so max 18; areas 4 + 4 + 7 = 15, penalty 2 × 0.5 = 1 → 14 / 18 = 77.78.
    // Only 3.1 loses points (10 − 7 = 3 → 17/18 = 94.44); without the penalty: 15/18 = 83.33.
    let expected = "\
unit,level,id,name,max,points,lost,index_if_recovered,status
Sở B,area,3,Tác động,10.00,7.00,3.00,94.44,
Sở B,criterion,3.1,Mức độ hài lòng,10.00,7.00,3.00,94.44,ok
Sở B,leaf,3.1,Mức độ hài lòng,10.00,7.00,3.00,94.44,ok
Sở B,penalty,P1,Bị phê bình,1.00,0.00,1.00,83.33,ok
";
    assert_eq!(result.stdout, expected);
}

#[test]
fn province_priorities_most_units_first() {
    let result = gaps(&["-f", "csv"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    // Lost per unit (A, B, C, D): 1.1 (max 2): 0, 0, 2, 0 · 1.2 (2): 0.5, 0, 0, 2 ·
    // 2.1.1 (4): 2, 0, 0, 4 · 2.1.2 (2, N/A for B): 1, –, 0, 0.8 · 3.1 (10): 2, 3, 1, 4.5.
    // 3.1: 4 units, 10.5 of 40 = 26.25 % → 26.3; then the 2-unit ones by points lost:
    // 2.1.1 6 of 16 = 37.5 %; 1.2 2.5 of 8 = 31.25 % → 31.3; 2.1.2 1.8 of 6 = 30.0 %; last 1.1 2 of 8 = 25.0 %.
    let expected = "\
id,name,max,units_losing,units_applicable,total_lost,share_lost
3.1,Mức độ hài lòng,10,4,4,10.50,26.3
2.1.1,Tỷ lệ hồ sơ đúng hạn,4,2,4,6.00,37.5
1.2,\"Báo cáo đúng hạn; mỗi báo cáo chậm trừ 0,5 điểm\",2,2,4,2.50,31.3
2.1.2,Tỷ lệ hồ sơ trực tuyến,2,2,3,1.80,30.0
1.1,Ban hành kế hoạch,2,1,4,2.00,25.0
";
    assert_eq!(result.stdout, expected);
}

#[test]
fn overview_table_and_top() {
    let result = gaps(&["--top", "2", "--lang", "en"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let out = &result.stdout;
    assert!(out.contains("Province priorities"), "{out}");
    assert!(!out.contains("│ 1.2 "), "--top 2 keeps 3.1 and 2.1.1 only: {out}");
    // Sở D: 43.50, lost 20 − 8.7 = 11.3; largest gap 3.1 (10 − 5.5 = 4.5) → 13.2/20 = 66.00.
    assert_eq!(table_row(out, "4"), ["4", "Sở D", "43.50", "11.30", "3.1: 4.50", "66.00"]);
    // Sở C: largest gap 1.1 (2 points, "không") → 19/20 = 95.00.
    assert_eq!(table_row(out, "1"), ["1", "Sở C", "85.00", "3.00", "1.1: 2.00", "95.00"]);
}

#[test]
fn unknown_unit_lists_the_units() {
    let result = gaps(&["--unit", "Sở X"]);
    assert_eq!(result.code, 2);
    assert!(
        result.stderr.contains("không có đơn vị \"Sở X\" trong số liệu; các đơn vị có: \"Sở C\", \"Sở B\", \"Sở A\", \"Sở D\""),
        "{}",
        result.stderr
    );
}

#[test]
fn bundled_example_unit() {
    let result = run(&["gaps", "-c", "huyen-2024", "examples/huyen-2024", "--unit", "UBND huyện Vĩnh Thạnh", "-f", "csv", "--top", "1"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    // Vĩnh Thạnh: total 68.53 of 100 (examples/README.md). 6.1 has no evidence: 0 of 2 → 70.53;
    // 8.1.1 (1 of 3) loses as much and comes later in tree order. Penalty P2 2 → 70.53 too.
    assert!(
        result
            .stdout
            .contains("\nUBND huyện Vĩnh Thạnh,leaf,6.1,Tỷ lệ giải ngân vốn đầu tư công được giao,2.00,0.00,2.00,70.53,no_evidence\n"),
        "{}",
        result.stdout
    );
    assert!(result.stdout.contains(",penalty,P2,"), "{}", result.stdout);
}
