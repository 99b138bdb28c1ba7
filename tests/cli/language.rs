//! Issue 10 item 6: the command line speaks Vietnamese by default and English with
//! `--lang en`: help, clap's own errors, and the library's messages.

use crate::util::run;

#[test]
fn help_is_vietnamese_by_default_and_english_with_lang_en() {
    let vi = run(&["rank", "--help"]);
    assert_eq!(vi.code, 0, "{}", vi.stderr);
    for text in [
        "Xếp hạng mọi đơn vị có trong các tệp và thư mục đã nêu",
        "Cách dùng: par-score rank [TÙY-CHỌN] <MINH-CHỨNG>...",
        "Đối số:",
        "Tùy chọn:",
        "-c, --criteria <BỘ-TIÊU-CHÍ>",
        "[mặc định: table]",
        "In trợ giúp này.",
    ] {
        assert!(vi.stdout.contains(text), "{text:?} not in:\n{}", vi.stdout);
    }
    for english in ["Usage:", "Options:", "Print help", "[default:", "Possible values"] {
        assert!(!vi.stdout.contains(english), "{english:?} in:\n{}", vi.stdout);
    }
    let en = run(&["rank", "--help", "--lang", "en"]);
    assert_eq!(en.code, 0, "{}", en.stderr);
    for text in ["Ranks every unit found", "Usage: par-score rank [OPTIONS] <PATHS>...", "Options:", "[default: table]"] {
        assert!(en.stdout.contains(text), "{text:?} not in:\n{}", en.stdout);
    }
    let top = run(&["--help"]);
    assert!(top.stdout.contains("Lệnh:\n  score "), "{}", top.stdout);
    assert!(top.stdout.contains("Mã thoát: 0 thành công"), "{}", top.stdout);
}

#[test]
fn command_line_errors_are_in_the_chosen_language_with_a_hint() {
    let typo = run(&["rnak", "examples/huyen-2024"]);
    assert_eq!(typo.code, 2);
    assert!(typo.stderr.starts_with("lỗi: không có lệnh \"rnak\"\n  gợi ý: có phải ý bạn là rank?\n"), "{}", typo.stderr);
    let option = run(&["rank", "--formt", "csv", "examples/huyen-2024"]);
    assert_eq!(option.code, 2);
    assert!(option.stderr.starts_with("lỗi: không có tùy chọn --formt\n  gợi ý: có phải ý bạn là --format?\n"), "{}", option.stderr);
    let value = run(&["rank", "--format", "xml", "examples/huyen-2024"]);
    assert_eq!(value.code, 2);
    assert!(
        value.stderr.starts_with("lỗi: giá trị \"xml\" không dùng được cho --format <ĐỊNH-DẠNG>; các giá trị được: table, csv, json, md\n"),
        "{}",
        value.stderr
    );
    let english = run(&["rank", "--format", "xml", "examples/huyen-2024", "--lang", "en"]);
    assert!(
        english.stderr.starts_with("error: invalid value \"xml\" for --format <FORMAT>; possible values: table, csv, json, md\n"),
        "{}",
        english.stderr
    );
    let missing = run(&["rank"]);
    assert_eq!(missing.code, 2);
    assert!(missing.stderr.starts_with("lỗi: còn thiếu: <MINH-CHỨNG>..."), "{}", missing.stderr);
}

#[test]
fn library_messages_follow_the_language() {
    let vi = run(&["rank", "no-such-file.csv"]);
    assert_eq!((vi.code, vi.stderr.lines().next()), (2, Some("lỗi: không đọc được no-such-file.csv: không tìm thấy tệp")), "{}", vi.stderr);
    let en = run(&["rank", "no-such-file.csv", "--lang", "en"]);
    assert_eq!((en.code, en.stderr.lines().next()), (2, Some("error: cannot read no-such-file.csv: not found")), "{}", en.stderr);
}
