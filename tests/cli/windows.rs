//! Files as they come from Windows PCs: CRLF line ends, Vietnamese file and folder
//! names (NFC or NFD), and the lock files Excel leaves beside open workbooks.
//! (The Windows build itself is checked by tests/dist/check.py, see docs/windows.md.)

use crate::util::{files, repo, run, run_in};

/// Rows of examples/README.md's reference result (tests/reference/ref_score.py).
const HOA_AN: &str = "1,UBND thành phố Hòa An,9.00,5.70,11.25,6.50,7.50,6.00,8.96,36.85,1.50,93.26,98.00,95.16,Xuất sắc";
const TAN_PHU: &str = "UBND huyện Tân Phú,6.75,5.16,10.00,5.84,6.19,4.75,8.45,35.05,-0.50,81.69,100.00,81.69,Tốt";

fn crlf(bytes: &[u8]) -> Vec<u8> {
    String::from_utf8(bytes.to_vec()).unwrap().replace("\r\n", "\n").replace('\n', "\r\n").into_bytes()
}

#[test]
fn a_framework_and_evidence_saved_with_crlf_score_as_with_lf() {
    let examples = repo().join("examples/huyen-2024");
    let mut list = vec![("huyen-2024.toml".to_owned(), crlf(&std::fs::read(repo().join("criteria/huyen-2024.toml")).unwrap()))];
    for entry in std::fs::read_dir(&examples).unwrap() {
        let path = entry.unwrap().path();
        list.push((format!("ho-so/{}", path.file_name().unwrap().to_str().unwrap()), crlf(&std::fs::read(&path).unwrap())));
    }
    let borrowed: Vec<(&str, &[u8])> = list.iter().map(|(name, bytes)| (name.as_str(), bytes.as_slice())).collect();
    let dir = files(&borrowed);
    let toml = std::fs::read(dir.path().join("huyen-2024.toml")).unwrap();
    assert!(toml.windows(2).filter(|pair| pair == b"\r\n").count() > 100, "the framework really has CRLF line ends");
    let with_crlf = run_in(Some(dir.path()), &["rank", "--criteria", "huyen-2024.toml", "--format", "csv", "ho-so"]);
    let with_lf = run(&["rank", "--criteria", "huyen-2024", "--format", "csv", "examples/huyen-2024"]);
    assert_eq!((with_crlf.code, with_crlf.stderr.as_str()), (0, ""));
    assert_eq!(with_crlf.stdout, with_lf.stdout);
    assert_eq!(with_crlf.stdout.lines().nth(1), Some(HOA_AN));
}

#[test]
fn vietnamese_file_and_folder_names_in_nfc_and_nfd() {
    let hoa_an = std::fs::read(repo().join("examples/huyen-2024/01-tp-hoa-an.csv")).unwrap();
    let tan_phu = std::fs::read(repo().join("examples/huyen-2024/03-huyen-tan-phu.csv")).unwrap();
    // "Huyện Tân Phú.csv" decomposed (as a Mac or some Windows tools write names):
    // e + U+0323 (dot below) + U+0302 (circumflex), a + U+0302.
    let nfd = "Huye\u{0323}\u{0302}n Ta\u{0302}n Phu\u{0301}.csv";
    let dir = files(&[("hồ sơ/Thành phố Hòa An.csv", &hoa_an), (&format!("hồ sơ/{nfd}"), &tan_phu)]);
    let ranked = run_in(Some(dir.path()), &["rank", "--criteria", "huyen-2024", "--format", "csv", "hồ sơ"]);
    assert_eq!((ranked.code, ranked.stderr.as_str()), (0, ""));
    let rows: Vec<&str> = ranked.stdout.lines().skip(1).collect();
    assert_eq!(rows, [HOA_AN.to_owned(), format!("2,{TAN_PHU}")]);

    // An error in a file with a decomposed name names the file as it is on disk.
    std::fs::write(dir.path().join("hồ sơ").join(nfd), "unit,criterion,value\nUBND huyện Tân Phú,9.9.9,1\n").unwrap();
    let failed = run_in(Some(dir.path()), &["rank", "--criteria", "huyen-2024", "hồ sơ"]);
    assert_eq!(failed.code, 2);
    assert!(
        failed.stderr.starts_with(&format!("lỗi: hồ sơ/{nfd}:2:2: mã tiêu chí \"9.9.9\" không có trong bộ tiêu chí")),
        "{}",
        failed.stderr
    );
}

#[test]
fn excel_lock_files_are_skipped_with_a_warning_naming_them() {
    let hoa_an = std::fs::read(repo().join("examples/huyen-2024/01-tp-hoa-an.csv")).unwrap();
    // Excel's lock file holds the name of the user who has the workbook open, not a workbook.
    let dir = files(&[("ho-so/01.csv", &hoa_an), ("ho-so/~$Bảng điểm.xlsx", b"\x0bNguyen Van A")]);
    let warning = "cảnh báo: ho-so/~$Bảng điểm.xlsx: bỏ qua tệp khóa của Excel: một bảng tính trong thư mục đang được mở\n  \
                   gợi ý: những thay đổi chưa lưu không được tính; hãy lưu và đóng bảng tính rồi chạy lại\n";
    let ranked = run_in(Some(dir.path()), &["rank", "--criteria", "huyen-2024", "--format", "csv", "ho-so"]);
    assert_eq!((ranked.code, ranked.stderr.as_str()), (0, warning));
    assert_eq!(ranked.stdout.lines().nth(1), Some(HOA_AN));
    let checked = run_in(Some(dir.path()), &["check", "--criteria", "huyen-2024", "--deny-warnings", "ho-so"]);
    assert_eq!(checked.code, 1, "{}", checked.stderr);
    assert!(checked.stderr.contains(warning), "{}", checked.stderr);
}
