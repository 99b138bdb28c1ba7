//! The appraisal cycle (formats.md sections 6–7): a units register with blocks and a
//! profile, layers of self-scores, two council rounds and explanations; and the
//! errors the contract names.

use crate::util::{files, fixture, repo, run, run_in};

const LAYERS: [&str; 4] = ["1-tu-cham.csv", "2-tham-dinh-lan-1.csv", "3-giai-trinh.csv", "4-tham-dinh-lan-2.csv"];

fn cycle_args(extra: &[&str]) -> Vec<String> {
    let dir = fixture("cycle");
    let mut args: Vec<String> = ["rank", "--criteria", &format!("{dir}/criteria.toml"), "--units", &format!("{dir}/register.csv")]
        .iter()
        .map(|s| s.to_string())
        .collect();
    args.extend(extra.iter().map(|s| s.to_string()));
    args.extend(LAYERS.iter().map(|f| format!("{dir}/{f}")));
    args
}

/// The ranking worked out by hand in tests/fixtures/cycle/README.md.
#[test]
fn the_hand_worked_cycle_ranks_as_computed_by_hand() {
    let args = cycle_args(&["--format", "csv"]);
    let result = run(&args.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(result.code, 0, "{}", result.stderr);
    let expected = std::fs::read_to_string(repo().join(fixture("cycle")).join("expected.csv")).unwrap();
    assert_eq!(result.stdout, expected);
    // The unit that sent nothing and the self-score on a leaf its profile rules out.
    assert!(result.stderr.contains("register.csv:5: đơn vị \"Sở Y tế\" không có dòng minh chứng nào"), "{}", result.stderr);
    assert!(result.stderr.contains("1-tu-cham.csv:9: tiêu chí 2.1 không áp dụng cho đơn vị \"Thanh tra tỉnh\""), "{}", result.stderr);
}

#[test]
fn the_unit_that_sent_nothing_is_marked_in_tables_and_json() {
    let args = cycle_args(&[]);
    let table = run(&args.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(table.code, 0, "{}", table.stderr);
    let line = table.stdout.lines().find(|l| l.contains("Sở Y tế")).unwrap();
    assert!(line.contains("không nộp hồ sơ"), "{}", table.stdout);
    assert!(table.stdout.contains("Khối"), "{}", table.stdout);
    let args = cycle_args(&["--format", "json"]);
    let json = run(&args.iter().map(String::as_str).collect::<Vec<_>>());
    let value: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let absent = value["units"].as_array().unwrap().iter().find(|u| u["unit"] == "Sở Y tế").unwrap();
    assert_eq!((absent["block"].as_str(), absent["submitted"].as_bool(), absent["rank"].as_u64()), (Some("Sở"), Some(false), Some(3)));
}

const FRAMEWORK: &str = "tests/fixtures/cycle/criteria.toml";

fn rank_in(dir: &std::path::Path, args: &[&str]) -> crate::util::Run {
    let criteria = repo().join(FRAMEWORK).display().to_string();
    let mut all = vec!["rank", "--criteria", criteria.as_str()];
    all.extend(args);
    run_in(Some(dir), &all)
}

#[test]
fn a_column_given_twice_names_both_places_even_when_equal() {
    let dir = files(&[
        ("a.csv", "unit,criterion,value,appraised_1\nSở Tư pháp,1.1,có,1\n".as_bytes()),
        ("b.csv", "đơn vị,mã tiêu chí,thẩm định lần 1\nSở Tư pháp,1.1,1\n".as_bytes()),
    ]);
    let result = rank_in(dir.path(), &["a.csv", "b.csv"]);
    assert_eq!(result.code, 2, "{}", result.stderr);
    assert!(
        result.stderr.contains(
            "lỗi: b.csv:2: dòng trùng của đơn vị \"Sở Tư pháp\" và tiêu chí 1.1 (trùng với dòng 2 của a.csv): cột \"thẩm định lần 1\" được điền ở cả hai dòng"
        ),
        "{}",
        result.stderr
    );
}

#[test]
fn council_points_on_a_leaf_marked_not_applicable_in_another_layer_are_an_error() {
    let framework = "[framework]\nid = \"t\"\n[[area]]\nid = \"1\"\nname = \"A\"\n[[criterion]]\nid = \"1.1\"\nname = \"x\"\nmax = 1\nrule = { kind = \"check\" }\noptional = true\n[[criterion]]\nid = \"1.2\"\nname = \"y\"\nmax = 1\nrule = { kind = \"check\" }\n";
    let dir = files(&[
        ("c.toml", framework.as_bytes()),
        ("a.csv", "unit,criterion,value\nA,1.1,N/A\nA,1.2,có\n".as_bytes()),
        ("b.csv", "unit,criterion,appraised\nA,1.1,1\n".as_bytes()),
    ]);
    let result = run_in(Some(dir.path()), &["rank", "--criteria", "c.toml", "a.csv", "b.csv"]);
    assert_eq!(result.code, 2, "{}", result.stderr);
    assert!(
        result.stderr.contains(
            "b.csv:2: tiêu chí 1.1 của đơn vị \"A\" được ghi không áp dụng ở một dòng nhưng có điểm ở cột \"appraised\" ở dòng kia (dòng 2 của a.csv)"
        ),
        "{}",
        result.stderr
    );
}

#[test]
fn register_errors_name_the_file_line_and_column() {
    let dir = files(&[
        ("units.csv", "unit,block,profile\nSở Tư pháp,Sở,\nSỞ TƯ PHÁP,Sở,\nThanh tra tỉnh,Sở,khong-tthx\n".as_bytes()),
        ("a.csv", "unit,criterion,value\nSở Tư pháp,1.1,có\n".as_bytes()),
    ]);
    let result = rank_in(dir.path(), &["--units", "units.csv", "a.csv"]);
    assert_eq!(result.code, 2, "{}", result.stderr);
    assert!(
        result.stderr.contains("units.csv:3:1: đơn vị \"SỞ TƯ PHÁP\" có hai lần trong danh sách (lần đầu ở dòng 2: \"Sở Tư pháp\")"),
        "{}",
        result.stderr
    );
    assert!(result.stderr.contains("units.csv:4:3: loại đơn vị \"khong-tthx\" không có trong bộ tiêu chí chu-trinh"), "{}", result.stderr);
    assert!(result.stderr.contains("gợi ý: có phải là \"khong-tthc\"?"), "{}", result.stderr);
}

#[test]
fn an_unregistered_unit_is_an_error_naming_the_closest_registered_names() {
    let dir = files(&[
        ("units.csv", "unit\nSở Tư pháp\nSở Tài chính\nSở Y tế\n".as_bytes()),
        ("a.csv", "unit,criterion,value\nSở Tư pháp,1.1,có\nSở Tu phap,1.2,50\n".as_bytes()),
    ]);
    let result = rank_in(dir.path(), &["--units", "units.csv", "a.csv"]);
    assert_eq!(result.code, 2, "{}", result.stderr);
    assert!(result.stderr.contains("lỗi: a.csv:3: đơn vị \"Sở Tu phap\" không có trong danh sách đơn vị units.csv"), "{}", result.stderr);
    assert!(result.stderr.contains("tên gần nhất trong danh sách: \"Sở Tư pháp\""), "{}", result.stderr);
}

#[test]
fn council_points_on_a_leaf_the_profile_rules_out_are_an_error() {
    let dir = files(&[
        ("units.csv", "unit,profile\nThanh tra tỉnh,khong-tthc\n".as_bytes()),
        ("a.csv", "unit,criterion,value,appraised_1\nThanh tra tỉnh,1.1,có,\nThanh tra tỉnh,2.2,,1\n".as_bytes()),
    ]);
    let result = rank_in(dir.path(), &["--units", "units.csv", "a.csv"]);
    assert_eq!(result.code, 2, "{}", result.stderr);
    assert!(
        result.stderr.contains("a.csv:3: tiêu chí 2.2 không áp dụng cho đơn vị \"Thanh tra tỉnh\" (loại đơn vị \"khong-tthc\") nhưng có điểm thẩm định (appraised_1)"),
        "{}",
        result.stderr
    );
}

#[test]
fn an_unknown_id_in_a_profile_is_an_error() {
    let text = std::fs::read_to_string(repo().join(FRAMEWORK))
        .unwrap()
        .replace("not_applicable = [\"2\"]", "not_applicable = [\"2\", \"3.1\", \"T1\"]");
    let dir = files(&[("c.toml", text.as_bytes())]);
    let result = run_in(Some(dir.path()), &["check", "--criteria", "c.toml"]);
    assert_eq!(result.code, 2, "{}", result.stderr);
    assert!(result.stderr.contains("loại đơn vị \"khong-tthc\": không có mã \"3.1\" trong bộ tiêu chí"), "{}", result.stderr);
    assert!(result.stderr.contains("\"T1\" là điểm thưởng/điểm trừ"), "{}", result.stderr);
}

/// Every output that lists units marks the one that sent nothing: the score sheet
/// and the HTML report too (the ranking CSV's form is fixed by the contract).
#[test]
fn the_unit_that_sent_nothing_is_marked_in_the_score_sheet_and_the_report() {
    let dir = fixture("cycle");
    let (criteria, register) = (format!("{dir}/criteria.toml"), format!("{dir}/register.csv"));
    let layers: Vec<String> = LAYERS.iter().map(|f| format!("{dir}/{f}")).collect();
    let mut args = vec!["score", "--criteria", &criteria, "--units", &register, "--unit", "SỞ Y TẾ"];
    args.extend(layers.iter().map(String::as_str));
    let sheet = run(&args);
    assert_eq!(sheet.code, 0, "{}", sheet.stderr);
    assert!(sheet.stdout.contains("Đơn vị: Sở Y tế\nKhối: Sở\nGhi chú: không nộp hồ sơ"), "{}", sheet.stdout);
    let mut args = vec!["report", "--criteria", &criteria, "--units", &register];
    args.extend(layers.iter().map(String::as_str));
    let report = run(&args);
    assert_eq!(report.code, 0, "{}", report.stderr);
    assert!(report.stdout.contains("Sở Y tế</a> <small>(Khối: Sở)</small> <small><b>không nộp hồ sơ"), "report lacks the note");
}

/// The HTML report has its ranking, charts and weakest sub-criteria per block, in
/// register order; a unit's rank is out of its block. Weakest by hand (final points,
/// tests/fixtures/cycle/README.md), most units losing, then most points lost:
/// Sở: 1.2 lost by 3/3 (0.25 + 1 + 2 = 3.25 of 6 = 54.2 %), 2.1 by 2/2 (1 + 3 = 4
/// of 6 = 66.7 %), 2.2 by 2/2 (1 + 2 = 3 of 4 = 75.0 %), 1.1 by 1/3 (2 of 6 = 33.3 %);
/// Phường: 2.1 by 2/2 (0.5 + 1.5 = 2 of 6 = 33.3 %), 1.1 by 1/2 (2 of 4 = 50.0 %),
/// 2.2 by 1/2 (1 of 4 = 25.0 %), 1.2 by 1/2 (0.09 of 4 = 2.25 → 2.3 %).
#[test]
fn the_report_has_its_sections_per_block() {
    let dir = fixture("cycle");
    let (criteria, register) = (format!("{dir}/criteria.toml"), format!("{dir}/register.csv"));
    let layers: Vec<String> = LAYERS.iter().map(|f| format!("{dir}/{f}")).collect();
    let mut args = vec!["report", "--criteria", &criteria, "--units", &register];
    args.extend(layers.iter().map(String::as_str));
    let report = run(&args);
    assert_eq!(report.code, 0, "{}", report.stderr);
    let html = &report.stdout;
    let section = |id: &str| {
        let start = html.find(&format!("<section id=\"{id}\"")).unwrap_or_else(|| panic!("no section {id}"));
        let end = start + html[start..].find("</section>").unwrap();
        &html[start..end]
    };
    assert!(section("ranking-1").contains("<h2>Bảng xếp hạng – Khối: Sở</h2>"));
    for (id, inside, outside) in [
        ("ranking-1", ["Sở Tư pháp", "Thanh tra tỉnh", "Sở Y tế"].as_slice(), ["UBND phường"].as_slice()),
        ("ranking-2", &["UBND phường Hòa Bình", "UBND phường An Lạc"], &["Sở Tư pháp", "Thanh tra tỉnh", "Sở Y tế"]),
        ("charts-1", &["Sở Tư pháp", "Thanh tra tỉnh", "Sở Y tế"], &["UBND phường"]),
        ("charts-2", &["UBND phường Hòa Bình", "UBND phường An Lạc"], &["Sở Tư pháp", "Thanh tra tỉnh", "Sở Y tế"]),
    ] {
        inside.iter().for_each(|unit| assert!(section(id).contains(unit), "{id} lacks {unit}"));
        outside.iter().for_each(|unit| assert!(!section(id).contains(unit), "{id} has {unit}"));
    }
    assert!(html.find("id=\"ranking-1\"").unwrap() < html.find("id=\"ranking-2\"").unwrap());
    let weakest = |id: &str| -> Vec<String> {
        section(id)
            .split("<tr><td>")
            .skip(1)
            .map(|row| {
                let cells: Vec<&str> = row.split("</td>").collect();
                let share = cells[5].rsplit("</span> ").next().unwrap();
                format!(
                    "{} {} {} {}",
                    cells[0],
                    cells[3].trim_start_matches("<td class=\"num\">"),
                    cells[4].trim_start_matches("<td class=\"num\">"),
                    share
                )
            })
            .collect()
    };
    assert_eq!(weakest("weakest-1"), ["1.2 3/3 3,25 54,2", "2.1 2/2 4,00 66,7", "2.2 2/2 3,00 75,0", "1.1 1/3 2,00 33,3"]);
    assert_eq!(weakest("weakest-2"), ["2.1 2/2 2,00 33,3", "1.1 1/2 2,00 50,0", "2.2 1/2 1,00 25,0", "1.2 1/2 0,09 2,3"]);
    // Hòa Bình is first of the 2 units of its block.
    assert!(html.contains("UBND phường Hòa Bình</h2><p class=\"summary\">Hạng <b>1/2</b>"), "no block rank on the unit page");
}

/// `gaps` and `whatif` work per block: the province's priorities of each block.
#[test]
fn gaps_and_whatif_work_per_block() {
    let dir = fixture("cycle");
    let (criteria, register) = (format!("{dir}/criteria.toml"), format!("{dir}/register.csv"));
    let layers: Vec<String> = LAYERS.iter().map(|f| format!("{dir}/{f}")).collect();
    for command in ["gaps", "whatif"] {
        let mut args = vec![command, "--criteria", &criteria, "--units", &register, "--format", "csv"];
        args.extend(layers.iter().map(String::as_str));
        let result = run(&args);
        assert_eq!(result.code, 0, "{}", result.stderr);
        assert!(result.stdout.starts_with("block,"), "{command}: {}", result.stdout);
        let blocks: std::collections::BTreeSet<&str> = result.stdout.lines().skip(1).filter_map(|l| l.split(',').next()).collect();
        assert_eq!(blocks.into_iter().collect::<Vec<_>>(), ["Phường", "Sở"], "{command}");
    }
}

/// `compare` with a register compares each block on its own. Before the final round
/// (layers 1–2) and after it, by hand (tests/fixtures/cycle/README.md): Sở Tư pháp
/// 7 / 9 = 77.78 → 80.56, Thanh tra tỉnh 2 / 4 = 50.00 → 75.00, An Lạc 3.41 / 9 =
/// 37.89 → 49.00; nobody moves within a block.
#[test]
fn compare_works_per_block() {
    let source = repo().join(fixture("cycle"));
    let read = |name: &str| std::fs::read(source.join(name)).unwrap();
    let (one, two, three, four) = (read(LAYERS[0]), read(LAYERS[1]), read(LAYERS[2]), read(LAYERS[3]));
    let dir = files(&[
        ("truoc/1.csv", &one),
        ("truoc/2.csv", &two),
        ("sau/1.csv", &one),
        ("sau/2.csv", &two),
        ("sau/3.csv", &three),
        ("sau/4.csv", &four),
    ]);
    let (criteria, register) = (source.join("criteria.toml").display().to_string(), source.join("register.csv").display().to_string());
    let result = run_in(Some(dir.path()), &["compare", "--criteria", &criteria, "--units", &register, "--format", "csv", "truoc", "sau"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let lines: Vec<&str> = result.stdout.lines().collect();
    assert!(lines[0].starts_with("block,unit,previous_rank,rank,"), "{}", result.stdout);
    assert!(lines[1].starts_with("Sở,Sở Tư pháp,1,1,0,same,77.78,80.56,2.78,Khá,Tốt"), "{}", result.stdout);
    assert!(lines[2].starts_with("Sở,Thanh tra tỉnh,2,2,0,same,50.00,75.00,25.00,"), "{}", result.stdout);
    assert!(lines[5].starts_with("Phường,UBND phường An Lạc,2,2,0,same,37.89,49.00,11.11,"), "{}", result.stdout);
}

/// `compare` of two ranking CSVs written with a register (leading `block` column):
/// each block on its own, blocks in the current ranking's order. The previous
/// ranking is made up here; the current is expected.csv. By hand: Sở Tư pháp 2 → 1
/// (up 1), 66.67 → 80.56 = +13.89, area 1 3.75 − 3.00 = 0.75, area 2 3.00 − 3.00 =
/// 0.00; Thanh tra tỉnh 1 → 2 (down 1), 100.00 → 75.00 = −25.00, area 1 3.00 − 4.00
/// = −1.00; Sở Y tế is new; Hòa Bình 2 → 1, 77.78 → 94.44 = +16.66, area 1 4.00 −
/// 3.00 = 1.00, area 2 4.50 − 4.00 = 0.50; An Lạc 1 → 2, 88.89 → 49.00 = −39.89,
/// area 1 1.91 − 4.00 = −2.09, area 2 2.50 − 4.00 = −1.50.
#[test]
fn compare_reads_rankings_with_a_block_column_per_block() {
    let previous = "block,rank,unit,1,2,adjustment,total,max,index,grade\n\
        Phường,1,UBND phường An Lạc,4.00,4.00,0.00,8.00,9.00,88.89,Tốt\n\
        Phường,2,UBND phường Hòa Bình,3.00,4.00,0.00,7.00,9.00,77.78,Khá\n\
        Sở,1,Thanh tra tỉnh,4.00,0.00,0.00,4.00,4.00,100.00,Xuất sắc\n\
        Sở,2,Sở Tư pháp,3.00,3.00,0.00,6.00,9.00,66.67,Khá\n";
    let current = std::fs::read(repo().join(fixture("cycle")).join("expected.csv")).unwrap();
    let dir = files(&[("truoc.csv", previous.as_bytes()), ("sau.csv", &current)]);
    let result = run_in(Some(dir.path()), &["compare", "--format", "csv", "truoc.csv", "sau.csv"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let expected = "block,unit,previous_rank,rank,rank_change,status,previous_index,index,index_change,previous_grade,grade,change_1,change_2\n\
        Sở,Sở Tư pháp,2,1,1,up,66.67,80.56,13.89,Khá,Tốt,0.75,0.00\n\
        Sở,Thanh tra tỉnh,1,2,-1,down,100.00,75.00,-25.00,Xuất sắc,Khá,-1.00,0.00\n\
        Sở,Sở Y tế,,3,,new,,0.00,,,Yếu,,\n\
        Phường,UBND phường Hòa Bình,2,1,1,up,77.78,94.44,16.66,Khá,Xuất sắc,1.00,0.50\n\
        Phường,UBND phường An Lạc,1,2,-1,down,88.89,49.00,-39.89,Tốt,Yếu,-2.09,-1.50\n";
    assert_eq!(result.stdout, expected);
    // The table names each block.
    let table = run_in(Some(dir.path()), &["compare", "truoc.csv", "sau.csv"]);
    assert_eq!(table.code, 0, "{}", table.stderr);
    assert!(table.stdout.contains("Khối: Sở\n") && table.stdout.contains("Khối: Phường\n"), "{}", table.stdout);
}

/// The register may be a workbook (its first sheet): the same ranking as the CSV one.
#[test]
fn a_register_workbook_ranks_as_the_csv_register() {
    let dir = tempfile::tempdir().unwrap();
    let register = dir.path().join("don-vi.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let csv = std::fs::read_to_string(repo().join(fixture("cycle")).join("register.csv")).unwrap();
    for (row, line) in csv.lines().enumerate() {
        for (column, cell) in line.split(',').enumerate() {
            if !cell.is_empty() {
                sheet.write_string(row as u32, column as u16, cell).unwrap();
            }
        }
    }
    book.save(&register).unwrap();
    let args = cycle_args(&["--format", "csv"]);
    let csv_register = format!("{}/register.csv", fixture("cycle"));
    let args: Vec<String> = args.into_iter().map(|a| if a == csv_register { register.display().to_string() } else { a }).collect();
    let result = run(&args.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert_eq!(result.stdout, std::fs::read_to_string(repo().join(fixture("cycle")).join("expected.csv")).unwrap());
}

/// The score sheet shows each leaf's trail: self-score 2 → first round 1.5 →
/// explanation → final 1.75 (Sở Tư pháp, 1.2), in the table and in JSON.
#[test]
fn the_score_sheet_shows_the_trail_of_each_leaf() {
    let mut args = cycle_args(&["--unit", "sở tư pháp", "--format", "md"]);
    args[0] = "score".to_owned();
    let sheet = run(&args.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(sheet.code, 0, "{}", sheet.stderr);
    let row = sheet.stdout.lines().find(|l| l.contains("| 1.2 ")).unwrap();
    let cells: Vec<&str> = row.split('|').map(str::trim).collect();
    assert_eq!((cells[5], cells[6], cells[8], cells[9]), ("2,00", "1,75", "1,50", "Đã bổ sung báo cáo số liệu"), "{row}");
    let mut args = cycle_args(&["--unit", "Sở Tư pháp", "--format", "json"]);
    args[0] = "score".to_owned();
    let json = run(&args.iter().map(String::as_str).collect::<Vec<_>>());
    let value: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let leaf = value["leaves"].as_array().unwrap().iter().find(|l| l["id"] == "1.2").unwrap();
    let shown = |key: &str| leaf[key].to_string();
    assert_eq!((shown("appraised_1"), shown("appraised"), shown("points")), ("1.50".to_owned(), "1.75".to_owned(), "1.75".to_owned()));
    assert_eq!(leaf["explanation"], "Đã bổ sung báo cáo số liệu");
}
