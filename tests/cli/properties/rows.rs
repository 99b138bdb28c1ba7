//! Evidence rows for generated frameworks, typed the way people type them: either
//! decimal mark, `%`, several date forms, any case, NFD names, extra spaces, `;` or
//! `,`, with or without a BOM.

use super::generate::{FrameworkSpec, NAMES, RuleSpec, UnitSpec, quarters_text};

/// A number typed with a comma, a point, or a trailing %.
fn number_text(value: &str, style: u32) -> String {
    match style % 3 {
        0 => value.to_owned(),
        1 => value.replace('.', ","),
        _ => format!("{}%", value.replace('.', ",")),
    }
}

/// The value cell a row holds for a leaf.
fn value_text(rule: &RuleSpec, pick: u32) -> String {
    if pick.is_multiple_of(17) {
        return String::new();
    }
    let p = pick / 17;
    let pick_from = |pool: &[&str]| pool[(p as usize) % pool.len()].to_owned();
    match rule {
        RuleSpec::Check => pick_from(&["có", "không", "đạt", "không đạt", "x", "yes", "no", "1", "0", "true", "false", "CÓ", "Không"]),
        RuleSpec::TiersHigher => number_text(&pick_from(&["0", "50", "79.99", "80", "92.5", "99.99", "100"]), p / 7),
        RuleSpec::TiersLower => pick_from(&["0", "1", "2", "3", "3.5", "10"]),
        RuleSpec::Ratio { .. } => number_text(&pick_from(&["0", "19.9", "20", "35", "50", "66.6", "80", "97.5", "100"]), p / 9),
        RuleSpec::Deadline => {
            let (day, month) = [(15, 1), (31, 1), (1, 2), (10, 3)][(p % 4) as usize];
            match (p / 4) % 5 {
                0 => format!("{day:02}/{month:02}/2024"),
                1 => format!("{day:02}-{month:02}-2024"),
                2 => format!("2024-{month:02}-{day:02}"),
                3 => format!("{day}/{month}/2024"),
                _ => format!("{day:02}.{month:02}.2024"),
            }
        }
        RuleSpec::Deduct { .. } => (p % 6).to_string(),
        RuleSpec::Choice => pick_from(&["Đầy đủ", "đầy đủ", "Còn thiếu", " còn thiếu ", "KHÔNG ĐẠT", "Không đạt"]),
        RuleSpec::Manual { .. } => String::new(),
    }
}

/// A unit's name as typed in one row: as is, decomposed (NFD), or with extra spaces.
fn spelled(name: &str, spelling: u32) -> String {
    use unicode_normalization::UnicodeNormalization;
    match spelling % 4 {
        0 | 1 => name.to_owned(),
        2 => name.nfd().collect(),
        _ => format!("  {}  ", name.replace(' ', "   ")),
    }
}

/// One evidence row: cells in the contract's column order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub unit: usize,
    pub cells: [String; 7],
}

/// The rows of every unit: one per leaf (unless absent) and per adjustment.
pub fn rows(framework: &FrameworkSpec, units: &[UnitSpec]) -> Vec<Row> {
    let leaves = framework.leaves();
    let mut out = Vec::new();
    for unit in units {
        let name = NAMES[unit.name];
        let targets = leaves.len() + framework.adjustments.len();
        for index in 0..targets {
            let spec = &unit.rows[index % unit.rows.len()];
            // The first leaf is always present and applicable, so no unit has an
            // applicable maximum of 0.
            if !spec.present && index != 0 {
                continue;
            }
            let (id, value, limit) = if let Some(leaf) = leaves.get(index) {
                let na = spec.not_applicable && leaf.spec.optional && index != 0 && spec.appraised.is_none();
                let value = if na {
                    ["N/A", "KAD", "không áp dụng"][(spec.value % 3) as usize].to_owned()
                } else {
                    value_text(&leaf.spec.rule, spec.value)
                };
                (leaf.id.clone(), value, leaf.spec.quarters)
            } else {
                let adjustment = &framework.adjustments[index - leaves.len()];
                (format!("T{}", index - leaves.len() + 1), (spec.value % 5).to_string(), adjustment.cap * 4)
            };
            let points = |q: Option<u32>| q.map(|q| quarters_text(q.min(limit))).unwrap_or_default();
            let evidence = if spec.evidence { format!("KH số {}/KH", spec.value % 100) } else { String::new() };
            out.push(Row {
                unit: unit.name,
                cells: [spelled(name, spec.spelling), id, value, points(spec.self_score), points(spec.appraised), evidence, String::new()],
            });
        }
    }
    out
}

/// CSV text of `rows`, with `;` or `,`, with or without a BOM, cells quoted when needed.
pub fn csv_text(rows: &[&Row], semicolon: bool, bom: bool) -> String {
    let separator = if semicolon { ';' } else { ',' };
    let mut out = String::new();
    if bom {
        out.push('\u{feff}');
    }
    let header = ["unit", "criterion", "value", "self_score", "appraised", "evidence", "note"];
    out.push_str(&header.join(&separator.to_string()));
    out.push('\n');
    for row in rows {
        let cells: Vec<String> = row
            .cells
            .iter()
            .map(|cell| if cell.contains([separator, '"', ',', ';']) { format!("\"{}\"", cell.replace('"', "\"\"")) } else { cell.clone() })
            .collect();
        out.push_str(&cells.join(&separator.to_string()));
        out.push('\n');
    }
    out
}
