//! The bundled 2025 sets on their examples: survey points from the questionnaires,
//! evidence required, N/A, and xa-2025's "Xuất sắc", all worked out by hand.

use crate::util::run;

/// examples/xa-2025: two communes, their evidence files and one responses file.
#[test]
fn the_xa_2025_example_ranks_as_worked_out_by_hand() {
    let result = run(&[
        "rank",
        "--criteria",
        "xa-2025",
        "--format",
        "csv",
        "--responses",
        "examples/xa-2025/phieu.csv",
        "examples/xa-2025/minh-chung",
    ]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    // Area maxima 11, 6, 15, 6, 8, 6, 11, 37 (8.1 = 7, 8.2 = 15, 8.3 = 15).
    // UBND phường Hòa An: every self-assessed leaf at its maximum except 3.2.1 (99,5 %
    //   → 2 of 3) and 7.3.2 (55 % → 1 of 1,5); 4.5 N/A (max 99, area 4 = 5).
    //   Survey (ND × 2, DN × 1): 8.2.1 ND 7 A 1 B = 95, DN 5 A 3 B = 85 → 275/3 % → 9,1666… → 9,17;
    //   8.2.2 ND 100, DN 3 A 1 B = 90 → 290/3 % → 4,8333… → 4,83; 8.3.1 7 A 1 B = 95 → 4,75;
    //   8.3.2 5 A 3 B = 85 → 4,25; 8.3.3 7 A 1 C = 90 → 4,5. Survey 27,5; area 8 = 7 + 27,5.
    //   Total 11 + 6 + 14 + 5 + 8 + 6 + 10,5 + 34,5 + T1 0,5 = 95,5; 95,5 / 99 = 96,4646… → 96,46: Xuất sắc.
    // UBND xã Tân Lập: 1.1.1 late 0,5; 1.4 appraised 1 (area 1 = 10); 3.3.1 1,5 × 60/80 = 1,125
    //   → 1,13 (area 3 = 14,63); 5.1 no evidence → 0, 5.4 1,5 × 84,5 % = 1,2675 → 1,27 (area 5 =
    //   8 − 1,5 − 0,23 = 6,27); 6.3 72 % → 0,5 (area 6 = 5); 7.3.3 30/50 → 0,6 (area 7 = 10,6);
    //   8.1.2 2 × 90/95 = 1,8947… → 1,89. Survey: 8.2.1 ND 3 A 3 B 1 C (one "không biết") = 500/7,
    //   DN 1 A 5 B 1 C 1 D = 52,5 → (1000/7 + 52,5)/3 = 2735/42 % → 6,5119… → 6,51; 8.2.2 ND 70,
    //   DN 2 B 1 C (one blank) = 140/3 → 560/9 % → 3,1111… → 3,11; 8.3.1 1 A 6 B 1 C = 60 → 3;
    //   8.3.2 3 A 4 B 1 D = 67,5 → 3,375 → 3,38; 8.3.3 1 A 3 B 3 C 1 D = 42,5 → 2,125 → 2,13.
    //   Survey 18,13; area 8 = 6,89 + 18,13 = 25,02. P1 −0,5.
    //   Total 10 + 6 + 14,63 + 6 + 6,27 + 5 + 10,6 + 25,02 − 0,5 = 83,02 of 100: Tốt.
    assert_eq!(
        result.stdout,
        "rank,unit,1,2,3,4,5,6,7,8,adjustment,total,max,index,grade\n\
         1,UBND phường Hòa An,11.00,6.00,14.00,5.00,8.00,6.00,10.50,34.50,0.50,95.50,99.00,96.46,Xuất sắc\n\
         2,UBND xã Tân Lập,10.00,6.00,14.63,6.00,6.27,5.00,10.60,25.02,-0.50,83.02,100.00,83.02,Tốt\n"
    );
}

/// examples/so-tu-phap-2025.csv with its questionnaires (arithmetic in examples/README.md).
#[test]
fn the_so_2025_example_scores_its_survey_from_the_questionnaires() {
    let result = run(&[
        "rank",
        "--criteria",
        "so-2025",
        "--format",
        "csv",
        "--responses",
        "examples/so-tu-phap-2025-phieu.csv",
        "examples/so-tu-phap-2025.csv",
    ]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    // Areas 1–7 and T1 as the reference scorer gives them; area 8 = 5,75 + 8,8 + 4,47 + 4,2
    // + 3,8 + 4,6 + 3,6 = 35,22; total 85,51 of 98,5 = 86,8121… → 86,81.
    assert_eq!(
        result.stdout,
        "rank,unit,1,2,3,4,5,6,7,8,adjustment,total,max,index,grade\n\
         1,Sở Tư pháp,8.25,7.00,9.85,5.25,7.88,3.00,8.56,35.22,0.50,85.51,98.50,86.81,Tốt\n"
    );
}
