//! Deterministic national-scale test data: a framework and evidence in the formats of
//! docs/formats.md, mixed as people type them (decimal commas, `;` files, BOMs,
//! Vietnamese headers, N/A, appraised points, notes with line breaks).
//!
//! `cargo run --release --example gen -- --units 12000 --leaves 100 --out DIR [--split] [--seed N] [--notes]`
//! writes DIR/framework.toml, DIR/evidence.csv (one file) and, with `--split`,
//! DIR/units/NNNNNN.csv (one file per unit, the same rows). With `--notes` every row
//! carries an evidence reference and a note (some quoted, with line breaks). The same arguments always
//! write the same bytes.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::PathBuf;

use unicode_normalization::UnicodeNormalization;

const AREAS: [&str; 8] = [
    "Công tác chỉ đạo, điều hành CCHC",
    "Cải cách thể chế",
    "Cải cách thủ tục hành chính",
    "Cải cách tổ chức bộ máy hành chính nhà nước",
    "Cải cách chế độ công vụ",
    "Cải cách tài chính công",
    "Xây dựng và phát triển chính quyền điện tử, chính quyền số",
    "Tác động của CCHC đến người dân, tổ chức và phát triển KT-XH",
];
const KINDS: [&str; 8] = ["check", "tiers", "ratio", "deadline", "deduct", "choice", "manual", "tiers-lower"];
const MAXIMA: [&str; 6] = ["0.5", "0.75", "1", "1.25", "1.5", "2"];
const PLACES: [&str; 12] = [
    "Tân Hưng Đông",
    "Đầm Dơi",
    "Phú Mỹ",
    "An Lạc",
    "Long Điền",
    "Sơn Hà",
    "Mỹ Lộc",
    "Vĩnh Thạnh",
    "Bình Sơn",
    "Hòa An",
    "Tân Phú",
    "Phước Hải",
];
const UNIT_KINDS: [&str; 4] = ["UBND xã", "UBND phường", "Sở", "UBND huyện"];

/// splitmix64: a tiny deterministic generator, seeded per (unit, leaf).
struct Random(u64);

impl Random {
    fn new(seed: u64, unit: u64, leaf: u64) -> Self {
        let mut random = Random(seed ^ unit.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ leaf.wrapping_mul(0xC2B2_AE3D_27D4_EB4F));
        random.next();
        random
    }
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(1000) < percent * 10
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
}

/// One generated leaf.
struct Leaf {
    id: String,
    kind: &'static str,
    /// Maximum in quarter points.
    quarters: u64,
    optional: bool,
}

struct Args {
    units: u64,
    leaves: usize,
    out: PathBuf,
    split: bool,
    seed: u64,
    /// Every row carries an evidence reference and a note (`--notes`).
    notes: bool,
}

fn args() -> Args {
    let mut args = Args { units: 1200, leaves: 100, out: PathBuf::from("bench/data"), split: false, seed: 2025, notes: false };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().unwrap_or_else(|| panic!("{flag} needs a value"));
        match flag.as_str() {
            "--units" => args.units = value().parse().expect("--units N"),
            "--leaves" => args.leaves = value().parse().expect("--leaves N"),
            "--out" => args.out = PathBuf::from(value()),
            "--seed" => args.seed = value().parse().expect("--seed N"),
            "--split" => args.split = true,
            "--notes" => args.notes = true,
            other => panic!("unknown argument {other}; usage: --units N --leaves N --out DIR [--split] [--seed N]"),
        }
    }
    args
}

fn quarters(q: u64) -> String {
    let text = format!("{}.{:02}", q / 4, (q % 4) * 25);
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

fn framework(leaves: usize) -> (String, Vec<Leaf>) {
    let mut toml = String::from(
        "[framework]\nid = \"gen-2024\"\ntitle = \"Chỉ số CCHC (dữ liệu sinh tự động)\"\nunit_kind = \"xã, phường, sở, huyện\"\nyear = 2024\ndecimals = 2\n\n",
    );
    for (name, min) in [("Xuất sắc", 90), ("Tốt", 80), ("Khá", 70), ("Trung bình", 50), ("Yếu", 0)] {
        let _ = writeln!(toml, "[[grade]]\nname = \"{name}\"\nmin_index = {min}\n");
    }
    for (a, name) in AREAS.iter().enumerate() {
        let _ = writeln!(toml, "[[area]]\nid = \"{}\"\nname = \"{name}\"\n", a + 1);
    }
    let mut out = Vec::new();
    for i in 0..leaves {
        // Leaves spread evenly over the areas, four per criterion: 1.1.1 … 1.1.4, 1.2.1 …
        let area = i * AREAS.len() / leaves;
        let within = i - (area * leaves).div_ceil(AREAS.len());
        let (criterion, k) = (within / 4 + 1, within % 4 + 1);
        if k == 1 {
            let _ = writeln!(toml, "[[criterion]]\nid = \"{}.{criterion}\"\nname = \"Tiêu chí {}.{criterion}\"\n", area + 1, area + 1);
        }
        let id = format!("{}.{criterion}.{k}", area + 1);
        let kind = KINDS[i % KINDS.len()];
        let q = [2, 3, 4, 5, 6, 8][(i * 7 + i / 8) % MAXIMA.len()];
        let max = quarters(q);
        let rule = match kind {
            "check" => "{ kind = \"check\" }".to_owned(),
            "tiers" => format!(
                "{{ kind = \"tiers\", percent = true, tiers = [[100, {max}], [95, {}], [80, {}]] }}",
                quarters(q / 2),
                quarters(q / 4)
            ),
            "tiers-lower" => format!("{{ kind = \"tiers\", better = \"lower\", tiers = [[0, {max}], [3, {}]] }}", quarters(q / 2)),
            "ratio" if i % 3 == 0 => "{ kind = \"ratio\", percent = true, target = 80, floor = 30 }".to_owned(),
            "ratio" => "{ kind = \"ratio\", percent = true }".to_owned(),
            "deadline" => format!("{{ kind = \"deadline\", due = \"2024-0{}-15\", late = {} }}", 1 + i % 6, quarters(q / 2)),
            "deduct" => "{ kind = \"deduct\", per = 0.25 }".to_owned(),
            "choice" => format!(
                "{{ kind = \"choice\", options = {{ \"Hoàn thành\" = {max}, \"Hoàn thành một phần\" = {}, \"Không hoàn thành\" = 0 }} }}",
                quarters(q / 2)
            ),
            _ => "{ kind = \"manual\", step = 0.25 }".to_owned(),
        };
        let optional = i % 7 == 3;
        let _ = write!(toml, "[[criterion]]\nid = \"{id}\"\nname = \"Tiêu chí thành phần {id}\"\nmax = {max}\nrule = {rule}\n");
        if optional {
            toml.push_str("optional = true\n");
        }
        if i % 5 == 1 {
            toml.push_str("evidence_required = true\n");
        }
        if area == AREAS.len() - 1 && kind != "manual" {
            toml.push_str("source = \"survey\"\n");
        }
        toml.push('\n');
        out.push(Leaf { id, kind, quarters: q, optional });
    }
    toml.push_str("[[adjustment]]\nid = \"T1\"\nname = \"Sáng kiến CCHC được công nhận\"\nkind = \"bonus\"\nper = 0.5\ncap = 2\n\n");
    toml.push_str("[[adjustment]]\nid = \"P1\"\nname = \"Bị cấp trên phê bình\"\nkind = \"penalty\"\nper = 1\ncap = 3\n");
    (toml, out)
}

/// A number with a decimal comma or point, sometimes with a % sign.
fn number(random: &mut Random, hundredths: u64, percent: bool) -> String {
    let text = if hundredths.is_multiple_of(100) {
        format!("{}", hundredths / 100)
    } else {
        format!("{}.{:02}", hundredths / 100, hundredths % 100)
    };
    let text = if !hundredths.is_multiple_of(100) && random.chance(50) { text.trim_end_matches('0').replace('.', ",") } else { text };
    if percent && random.chance(20) { text + "%" } else { text }
}

/// A points figure (a multiple of 0.25 up to `q` quarters).
fn points(random: &mut Random, q: u64) -> String {
    let text = quarters(random.below(q + 1));
    if random.chance(50) { text.replace('.', ",") } else { text }
}

/// The seven cells of a unit's row for a leaf, or `None` for a missing row.
fn row(seed: u64, unit: u64, index: usize, leaf: &Leaf, notes: bool) -> Option<[String; 5]> {
    let mut r = Random::new(seed, unit, index as u64);
    if r.chance(1) {
        return None;
    }
    let skill = 60 + (Random::new(seed, unit, u64::MAX).below(40));
    let good = |r: &mut Random| r.below(100) < skill;
    let q = leaf.quarters;
    let mut self_score = String::new();
    let not_applicable = leaf.optional && r.chance(8);
    let value = if not_applicable {
        r.pick(&["N/A", "KAD", "không áp dụng", "n/a"]).to_owned()
    } else {
        if r.chance(70) {
            self_score = points(&mut r, q);
        }
        match leaf.kind {
            "check" if good(&mut r) => r.pick(&["có", "x", "Đạt", "yes", "Có"]).to_owned(),
            "check" => r.pick(&["không", "0", "không đạt", "Không"]).to_owned(),
            "tiers" | "ratio" => {
                let hundredths = if good(&mut r) { 9000 + r.below(1001) } else { 2000 + r.below(8000) };
                number(&mut r, hundredths, true)
            }
            "tiers-lower" => {
                let hundredths = r.below(8) * 100 + if r.chance(10) { 50 } else { 0 };
                number(&mut r, hundredths, false)
            }
            "deadline" => {
                let (day, month) = (1 + r.below(28), 1 + r.below(7));
                match r.below(4) {
                    0 => format!("{day:02}/{month:02}/2024"),
                    1 => format!("{day}/{month}/2024"),
                    2 => format!("2024-{month:02}-{day:02}"),
                    _ => format!("{day:02}-{month:02}-2024"),
                }
            }
            "deduct" => {
                let most = if good(&mut r) { 2 } else { 6 };
                r.below(most).to_string()
            }
            "choice" if good(&mut r) => r.pick(&["Hoàn thành", "hoàn thành", " Hoàn thành "]).to_owned(),
            "choice" => r.pick(&["Hoàn thành một phần", "HOÀN THÀNH MỘT PHẦN", "Không hoàn thành"]).to_owned(),
            _ => {
                if self_score.is_empty() {
                    self_score = points(&mut r, q);
                }
                String::new()
            }
        }
    };
    let appraised = if !not_applicable && r.chance(4) { points(&mut r, q) } else { String::new() };
    if notes {
        // Every row cites its documents and says something about them.
        let mut evidence = format!("KH số {}/KH-UBND ngày 15/01/2024", 1 + r.below(300));
        if r.chance(30) {
            evidence.push_str(&format!("; BC số {}/BC-UBND", 1 + r.below(500)));
        }
        let note = match r.below(10) {
            0..=3 => "Đã nộp kèm báo cáo".to_owned(),
            4 | 5 => format!("Minh chứng: QĐ số {}/QĐ-UBND, bản scan đính kèm", 1 + r.below(900)),
            6 => "Giải trình vòng 1: thiếu tài liệu\nVòng 2: đã bổ sung".to_owned(),
            7 => format!("Theo \"Kế hoạch {}\"; đã nộp", 1 + r.below(50)),
            _ => "Đạt".to_owned(),
        };
        return Some([value, self_score, appraised, evidence, note]);
    }
    let evidence = if r.chance(90) { format!("KH số {}/KH-UBND ngày 15/01/2024", 1 + r.below(300)) } else { String::new() };
    let note = match r.below(1000) {
        0..=29 => "Đã giải trình, có tài liệu bổ sung".to_owned(),
        30..=34 => "Giải trình vòng 1: thiếu tài liệu\nVòng 2: đã bổ sung, đạt".to_owned(),
        35..=36 => "Theo \"Kế hoạch 12\"; đã nộp".to_owned(),
        _ => String::new(),
    };
    Some([value, self_score, appraised, evidence, note])
}

/// The unit's name as typed on one row: now and then with doubled spaces, a
/// trailing space or decomposed (NFD) letters, which par-score must normalise.
fn typed_name(name: &str, r: &mut Random) -> String {
    match r.below(200) {
        0 => name.replacen(' ', "  ", 1),
        1 => format!("{name} "),
        2 => name.nfd().collect(),
        _ => name.to_owned(),
    }
}

fn unit_name(seed: u64, unit: u64) -> String {
    let mut r = Random::new(seed, unit, u64::MAX - 1);
    format!("{} {} {:06}", r.pick(&UNIT_KINDS), r.pick(&PLACES), unit + 1)
}

fn write_rows(out: &mut csv::Writer<impl std::io::Write>, seed: u64, unit: u64, leaves: &[Leaf], order: &[usize], notes: bool) {
    let name = unit_name(seed, unit);
    for (index, leaf) in leaves.iter().enumerate() {
        if let Some(cells) = row(seed, unit, index, leaf, notes) {
            let typed = typed_name(&name, &mut Random::new(seed, unit, index as u64 + 1_000_000));
            let all = [typed.as_str(), leaf.id.as_str(), &cells[0], &cells[1], &cells[2], &cells[3], &cells[4]];
            out.write_record(order.iter().map(|&i| if i == usize::MAX { "" } else { all[i] })).expect("write row");
        }
    }
    let mut r = Random::new(seed, unit, u64::MAX - 2);
    for (id, percent, most) in [("T1", 20, 4), ("P1", 10, 3)] {
        if r.chance(percent) {
            let count = r.below(most).to_string();
            let all = [name.as_str(), id, &count, "", "", "QĐ số 7/QĐ-UBND", ""];
            out.write_record(order.iter().map(|&i| if i == usize::MAX { "" } else { all[i] })).expect("write row");
        }
    }
}

const ENGLISH: [&str; 7] = ["unit", "criterion", "value", "self_score", "appraised", "evidence", "note"];
const VIETNAMESE: [&str; 7] = ["Đơn vị", "Mã tiêu chí", "Giá trị", "Điểm tự chấm", "Điểm thẩm định", "Tài liệu kiểm chứng", "Ghi chú"];

fn main() -> std::io::Result<()> {
    let args = args();
    std::fs::create_dir_all(&args.out)?;
    let (toml, leaves) = framework(args.leaves);
    std::fs::write(args.out.join("framework.toml"), toml)?;
    let natural: Vec<usize> = (0..7).collect();
    let mut file = std::io::BufWriter::with_capacity(1 << 20, std::fs::File::create(args.out.join("evidence.csv"))?);
    file.write_all(b"\xEF\xBB\xBF")?;
    let mut one = csv::WriterBuilder::new().from_writer(file);
    one.write_record(ENGLISH)?;
    for unit in 0..args.units {
        write_rows(&mut one, args.seed, unit, &leaves, &natural, args.notes);
    }
    one.flush()?;
    if args.split {
        let dir = args.out.join("units");
        std::fs::create_dir_all(&dir)?;
        for unit in 0..args.units {
            // Excel in a Vietnamese locale writes `;`; templates carry an STT column
            // and Vietnamese headers; column order is free.
            let separator = if unit % 3 == 0 { b';' } else { b',' };
            let (headers, order): (Vec<&str>, Vec<usize>) = match unit % 4 {
                1 => (VIETNAMESE.to_vec(), natural.clone()),
                2 => (
                    ["STT", "criterion", "unit", "value", "self_score", "appraised", "evidence", "note"].to_vec(),
                    vec![usize::MAX, 1, 0, 2, 3, 4, 5, 6],
                ),
                _ => (ENGLISH.to_vec(), natural.clone()),
            };
            let mut bytes = if unit % 2 == 0 { b"\xEF\xBB\xBF".to_vec() } else { Vec::new() };
            {
                let mut writer = csv::WriterBuilder::new().delimiter(separator).from_writer(&mut bytes);
                writer.write_record(&headers)?;
                write_rows(&mut writer, args.seed, unit, &leaves, &order, args.notes);
                writer.flush()?;
            }
            std::fs::write(dir.join(format!("{:06}.csv", unit + 1)), bytes)?;
        }
    }
    Ok(())
}
