//! One-line descriptions of rules, in Vietnamese, for `criteria` and templates.

use super::model::{Better, Leaf, Rule};
use crate::points::plain;

fn vi(value: rust_decimal::Decimal) -> String {
    plain(value).replace('.', ",")
}

/// How a leaf is scored, in one line, e.g. "≥ 100%: 1; ≥ 80%: 0,5; thấp hơn: 0".
pub fn describe_rule(leaf: &Leaf) -> String {
    let max = vi(leaf.max);
    match &leaf.rule {
        Rule::Check => format!("có/đạt: {max}; không: 0"),
        Rule::Tiers { better, percent, tiers } => {
            let unit = if *percent { "%" } else { "" };
            let (sign, otherwise) = match better {
                Better::Higher => ("≥", "thấp hơn"),
                Better::Lower => ("≤", "cao hơn"),
            };
            let mut parts: Vec<String> = tiers.iter().map(|(t, p)| format!("{sign} {}{unit}: {}", vi(*t), vi(*p))).collect();
            parts.push(format!("{otherwise}: 0"));
            parts.join("; ")
        }
        Rule::Ratio { target, floor, percent } => {
            let unit = if *percent { "%" } else { "" };
            let mut text = format!("{max} × giá trị / {}{unit} (tối đa {max})", vi(*target));
            if let Some(floor) = floor {
                text.push_str(&format!("; dưới {}{unit}: 0", vi(*floor)));
            }
            text
        }
        Rule::Deadline { due, late } => {
            format!("đúng hạn (đến {}): {max}; chậm: {}; không có: 0", due.format("%d/%m/%Y"), vi(*late))
        }
        Rule::Deduct { per } => format!("{max} − {} × số lần, không dưới 0", vi(*per)),
        Rule::Choice { options } => options.iter().map(|o| format!("\"{}\": {}", o.label, vi(o.points))).collect::<Vec<_>>().join("; "),
        Rule::Manual { step } => match step {
            Some(step) => format!("Hội đồng chấm 0–{max}, bước {}", vi(*step)),
            None => format!("Hội đồng chấm 0–{max}"),
        },
    }
}

/// What a unit types in the value cell of a leaf, e.g. "ngày ban hành (dd/mm/yyyy)".
/// A leaf scored from questionnaires takes no value (one there would be a second source).
pub fn value_hint(leaf: &Leaf) -> String {
    if !leaf.questions.is_empty() {
        return format!("để trống: tính từ phiếu điều tra (câu hỏi {})", leaf.questions.join(", "));
    }
    match &leaf.rule {
        Rule::Check => "có/không".to_owned(),
        Rule::Tiers { percent: true, .. } | Rule::Ratio { percent: true, .. } => "tỷ lệ % (0–100)".to_owned(),
        Rule::Tiers { .. } | Rule::Ratio { .. } => "số".to_owned(),
        Rule::Deadline { .. } => "ngày ban hành (dd/mm/yyyy)".to_owned(),
        Rule::Deduct { .. } => "số lần (số nguyên ≥ 0)".to_owned(),
        Rule::Choice { options } => options.iter().map(|o| o.label.as_str()).collect::<Vec<_>>().join(" / "),
        Rule::Manual { .. } => "để trống; ghi điểm tự chấm".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::value_hint;

    #[test]
    fn a_leaf_scored_from_questionnaires_is_left_empty() {
        let framework = crate::criteria::load_framework(Some("so-2025")).unwrap();
        let hint = |id: &str| value_hint(&framework.leaves[framework.nodes.iter().find(|n| n.id == id).unwrap().leaf.unwrap()]);
        assert_eq!(hint("8.2.2"), "để trống: tính từ phiếu điều tra (câu hỏi ND.3, DN.3)");
        assert_eq!(hint("8.1.2"), "tỷ lệ % (0–100)");
    }
}
