//! The rule column of an annex table: rules written in plain Vietnamese
//! ("≥ 100%: 2; ≥ 90%: 1,5", "Trừ 0,25 điểm/lần") and read back (docs/criteria-table.md).

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::criteria::{AdjustmentKind, Better, ChoiceOption, Rule};
use crate::points::plain;
use crate::text::{fold, nfc};
use crate::tr;

/// The accepted forms, as a cell holds them (the same in every language).
const RULE_FORM_LIST: &str = "Có: 1; Không: 0 | ≥ 100%: 2; ≥ 90%: 1,5; ≥ 80%: 1 | \
≤ 0: 1; ≤ 2: 0,5 | Tỷ lệ % × điểm tối đa (thêm ; đạt 90%: tối đa hoặc ; dưới 50%: 0) | \
Đúng hạn (đến 31/01/2025): 1; chậm: 0,5 | Trừ 0,25 điểm/lần | \"Hoàn thành\": 1; \"Một phần\": 0,5; \"Không\": 0 | \
Hội đồng chấm | Hội đồng chấm, bước 0,25";

/// The accepted forms, as told to users with every rule that cannot be read.
pub fn rule_forms() -> String {
    tr!("table-rule-forms", forms = RULE_FORM_LIST)
}

/// The accepted forms of a bonus or penalty.
pub fn adjustment_forms() -> String {
    tr!("table-adjustment-forms")
}

/// A number with a decimal comma: `1,5`.
pub fn vi_number(value: Decimal) -> String {
    plain(value).replace('.', ",")
}

/// A rule in the table's syntax, for a leaf worth `max`.
pub fn write_rule(rule: &Rule, max: Decimal) -> String {
    let max_text = vi_number(max);
    match rule {
        Rule::Check => format!("Có: {max_text}; Không: 0"),
        Rule::Tiers { better, percent, tiers } => {
            let sign = if *better == Better::Higher { "≥" } else { "≤" };
            let unit = if *percent { "%" } else { "" };
            tiers.iter().map(|(t, p)| format!("{sign} {}{unit}: {}", vi_number(*t), vi_number(*p))).collect::<Vec<_>>().join("; ")
        }
        Rule::Ratio { target, floor, percent } => {
            let unit = if *percent { "%" } else { "" };
            let mut text =
                if *percent { "Tỷ lệ % × điểm tối đa".to_owned() } else { "Giá trị × điểm tối đa".to_owned() };
            if *target != Decimal::ONE_HUNDRED {
                text.push_str(&format!("; đạt {}{unit}: tối đa", vi_number(*target)));
            }
            if let Some(floor) = floor {
                text.push_str(&format!("; dưới {}{unit}: 0", vi_number(*floor)));
            }
            text
        }
        Rule::Deadline { due, late } => format!("Đúng hạn (đến {}): {max_text}; chậm: {}", due.format("%d/%m/%Y"), vi_number(*late)),
        Rule::Deduct { per } => format!("Trừ {} điểm/lần", vi_number(*per)),
        Rule::Choice { options } => {
            options.iter().map(|o| format!("\"{}\": {}", o.label.replace('"', "\"\""), vi_number(o.points))).collect::<Vec<_>>().join("; ")
        }
        Rule::Manual { step: None } => "Hội đồng chấm".to_owned(),
        Rule::Manual { step: Some(step) } => format!("Hội đồng chấm, bước {}", vi_number(*step)),
    }
}

/// A bonus or penalty in the table's syntax.
pub fn write_adjustment(kind: AdjustmentKind, per: Decimal) -> String {
    match kind {
        AdjustmentKind::Bonus => format!("Cộng {} điểm/lần", vi_number(per)),
        AdjustmentKind::Penalty => format!("Trừ {} điểm/lần", vi_number(per)),
    }
}

/// Reads a bonus or penalty: "Cộng 0,5 điểm/lần" or "Trừ 0,5 điểm/lần".
pub fn read_adjustment(text: &str) -> Result<(AdjustmentKind, Decimal), String> {
    let folded = fold(&nfc(text));
    let (kind, rest) = if let Some(rest) = strip_any(&folded, &["cộng", "thưởng", "+"]) {
        (AdjustmentKind::Bonus, rest)
    } else if let Some(rest) = strip_any(&folded, &["trừ", "-", "−"]) {
        (AdjustmentKind::Penalty, rest)
    } else {
        return Err(tr!("table-adjustment-unreadable", text = text.trim()));
    };
    let per = per_item(rest).ok_or_else(|| tr!("table-adjustment-per-unreadable", text = text.trim()))?;
    Ok((kind, per))
}

/// Reads a rule for a leaf worth `max`.
pub fn read_rule(text: &str, max: Decimal) -> Result<Rule, String> {
    let text = nfc(text.trim());
    let folded = fold(&text);
    let unreadable = || tr!("table-rule-unreadable", text = text);
    if folded.is_empty() {
        return Err(tr!("table-rule-empty"));
    }
    if let Some(rest) = strip_any(&folded, &["hội đồng", "hđ"]) {
        return manual(rest).ok_or_else(unreadable);
    }
    if let Some(rest) = strip_any(&folded, &["trừ", "−", "-"]) {
        return per_item(rest).map(|per| Rule::Deduct { per }).ok_or_else(unreadable);
    }
    if folded.starts_with("đúng hạn") {
        return deadline(&text, max);
    }
    if folded.starts_with("tỷ lệ") || folded.starts_with("tỉ lệ") || folded.starts_with("giá trị") || folded.starts_with("điểm tối đa")
    {
        return ratio(&folded).ok_or_else(unreadable);
    }
    let segments = split_segments(&text).ok_or_else(unreadable)?;
    let first = fold(segments.first().map_or("", |s| s.0.as_str()));
    if !segments[0].1 && (first.starts_with(['≥', '≤', '>', '<', '=']) || first.starts_with("từ ")) {
        return tiers(&segments).ok_or_else(unreadable);
    }
    if let Some(rule) = check(&segments, max)? {
        return Ok(rule);
    }
    choice(&segments).ok_or_else(unreadable)
}

/// `rest` after the first of `prefixes` that `text` starts with, trimmed.
fn strip_any<'a>(text: &'a str, prefixes: &[&str]) -> Option<&'a str> {
    prefixes.iter().find_map(|p| text.strip_prefix(p)).map(str::trim)
}

/// A points figure: `1`, `0,5`, `1.5 điểm`, `0,25đ`.
pub(super) fn points(text: &str) -> Option<Decimal> {
    let text = fold(text);
    let text = text.trim();
    let text = text.strip_suffix("điểm").or_else(|| text.strip_suffix('đ')).unwrap_or(text).trim();
    if text.is_empty() || text.contains('%') {
        return None;
    }
    crate::values::parse_number(text).ok().filter(|p| *p >= Decimal::ZERO)
}

/// A threshold: a number, with `%` when it is a percentage; returns (value, percent).
fn threshold(text: &str) -> Option<(Decimal, bool)> {
    let text = text.trim();
    let percent = text.ends_with('%');
    let number = text.trim_end_matches('%').trim();
    if number.is_empty() {
        return None;
    }
    crate::values::parse_number(number).ok().map(|v| (v, percent))
}

/// `0,25 điểm/lần`, `0,25 đ/lần`, `0,25/lần`, `0,25 điểm mỗi lần`.
fn per_item(rest: &str) -> Option<Decimal> {
    let rest = rest.trim();
    let number = ["/ lần", "/lần", "mỗi lần", "một lần", "cho mỗi lần"].iter().find_map(|s| rest.strip_suffix(s))?.trim();
    points(number).filter(|p| *p > Decimal::ZERO)
}

/// `chấm`, `chấm, bước 0,25`, `thẩm định chấm; bước 0,25`.
fn manual(rest: &str) -> Option<Rule> {
    let rest = rest.trim_start_matches("thẩm định").trim();
    let rest = rest.strip_prefix("chấm").unwrap_or(rest).trim().trim_start_matches([',', ';']).trim();
    if rest.is_empty() {
        return Some(Rule::Manual { step: None });
    }
    let step = rest.strip_prefix("bước")?.trim();
    points(step).filter(|s| *s > Decimal::ZERO).map(|step| Rule::Manual { step: Some(step) })
}

/// `Đúng hạn (đến 31/01/2025): 1; chậm: 0,5`.
fn deadline(text: &str, max: Decimal) -> Result<Rule, String> {
    let unreadable = || tr!("table-rule-unreadable", text = text);
    let open = text.find('(').ok_or_else(unreadable)?;
    let close = text[open..].find(')').map(|c| open + c).ok_or_else(unreadable)?;
    let inside = fold(&text[open + 1..close]);
    let date_text = strip_any(&inside, &["đến ngày", "đến hết ngày", "đến", "hạn chót", "hạn"]).unwrap_or(inside.trim());
    let due: NaiveDate = crate::values::parse_date(date_text).map_err(|_| unreadable())?;
    // The on-time points come right after the parenthesis: "): 1; chậm: 0,5".
    let after = text[close + 1..].trim_start().strip_prefix(':').ok_or_else(unreadable)?;
    let (on_time_text, tail) = after.split_once(';').unwrap_or((after, ""));
    let on_time = points(on_time_text).ok_or_else(unreadable)?;
    if on_time != max {
        return Err(tr!("table-deadline-on-time", max = max, found = on_time));
    }
    let segments = if tail.trim().is_empty() { Vec::new() } else { split_segments(tail).ok_or_else(unreadable)? };
    let mut late = Decimal::ZERO;
    for (label, _, value) in &segments {
        let label = fold(label);
        let value = points(value).ok_or_else(unreadable)?;
        match label.as_str() {
            "chậm" | "quá hạn" | "trễ hạn" | "chậm hạn" => late = value,
            "không có" | "không ban hành" | "không" if value.is_zero() => {}
            _ => return Err(unreadable()),
        }
    }
    Ok(Rule::Deadline { due, late })
}

/// `Tỷ lệ % × điểm tối đa; đạt 90%: tối đa; dưới 50%: 0`.
fn ratio(folded: &str) -> Option<Rule> {
    let mut parts = folded.split(';').map(str::trim);
    let head: String = parts.next()?.chars().filter(|c| !c.is_whitespace()).collect();
    let head = head.replace(['x', '*', '✕'], "×").replace("tỉlệ", "tỷlệ");
    let percent = match head.as_str() {
        "tỷlệ%×điểmtốiđa" | "điểmtốiđa×tỷlệ%" => true,
        "tỷlệ×điểmtốiđa" | "giátrị×điểmtốiđa" | "điểmtốiđa×tỷlệ" | "điểmtốiđa×giátrị" => false,
        _ => return None,
    };
    let (mut target, mut floor) = (Decimal::ONE_HUNDRED, None);
    let mut seen_target = false;
    for part in parts.filter(|p| !p.is_empty()) {
        let (label, value) = part.split_once(':')?;
        let (label, value) = (label.trim(), value.trim());
        let bound = |text: &str| -> Option<Decimal> {
            let (number, has_percent) = threshold(text.trim_end_matches("trở lên").trim())?;
            (has_percent == percent).then_some(number)
        };
        if let Some(rest) = strip_any(label, &["đạt", "từ"]) {
            if value != "tối đa" || seen_target {
                return None;
            }
            target = bound(rest)?;
            seen_target = true;
        } else if let Some(rest) = label.strip_prefix("dưới") {
            if points(value) != Some(Decimal::ZERO) || floor.is_some() {
                return None;
            }
            floor = Some(bound(rest)?);
        } else {
            return None;
        }
    }
    Some(Rule::Ratio { target, floor, percent })
}

/// `≥ 100%: 2; ≥ 90%: 1,5` or `≤ 0: 1; ≤ 2: 0,5`, optionally ending "thấp hơn: 0".
fn tiers(segments: &[(String, bool, String)]) -> Option<Rule> {
    let mut better = None;
    let mut percent = None;
    let mut tiers = Vec::new();
    for (index, (label, quoted, value)) in segments.iter().enumerate() {
        if *quoted {
            return None;
        }
        let label = fold(label);
        let (direction, rest) = if let Some(rest) = strip_any(&label, &["≥", ">=", "=>", "từ "]) {
            (Better::Higher, rest.trim_end_matches("trở lên").trim())
        } else if let Some(rest) = strip_any(&label, &["≤", "<=", "=<"]) {
            (Better::Lower, rest)
        } else {
            // The last segment may say what is left scores 0.
            let rest_words = ["thấp hơn", "cao hơn", "còn lại", "dưới", "trên", "khác", "không đạt"];
            if index + 1 == segments.len() && index > 0 && rest_words.iter().any(|w| label.starts_with(w)) && points(value)?.is_zero() {
                break;
            }
            return None;
        };
        if *better.get_or_insert(direction) != direction {
            return None;
        }
        let (limit, has_percent) = threshold(rest)?;
        if *percent.get_or_insert(has_percent) != has_percent {
            return None;
        }
        tiers.push((limit, points(value)?));
    }
    Some(Rule::Tiers { better: better?, percent: percent?, tiers })
}

/// `Có: 1; Không: 0` (unquoted) for a leaf worth `max`; `None` when the labels are
/// other than yes/no (then it may be a choice).
fn check(segments: &[(String, bool, String)], max: Decimal) -> Result<Option<Rule>, String> {
    let [(yes, false, yes_points), (no, false, no_points)] = segments else { return Ok(None) };
    let (yes, no) = (fold(yes), fold(no));
    if !matches!((yes.as_str(), no.as_str()), ("có", "không") | ("đạt", "không đạt")) {
        return Ok(None);
    }
    match (points(yes_points), points(no_points)) {
        (Some(y), Some(n)) if y == max && n.is_zero() => Ok(Some(Rule::Check)),
        _ => Err(tr!("table-check-points", yes = yes, no = no, max = max)),
    }
}

/// `"Hoàn thành": 1; "Một phần": 0,5; "Không": 0` (quotes optional).
fn choice(segments: &[(String, bool, String)]) -> Option<Rule> {
    let mut options: Vec<ChoiceOption> = Vec::new();
    for (label, quoted, value) in segments {
        let label = label.trim();
        if label.is_empty() || options.iter().any(|o| o.folded == fold(label)) {
            return None;
        }
        // "trên 90%: 1" or "90%: 1" reads like a threshold: as a label it must be quoted.
        let folded = fold(label);
        let threshold_words = ["trên", "dưới", "từ", "đến", "không quá", "ít nhất"];
        if !quoted && (folded.starts_with(|c: char| c.is_ascii_digit()) || threshold_words.iter().any(|w| folded.starts_with(w))) {
            return None;
        }
        options.push(ChoiceOption { label: label.to_owned(), folded: fold(label), points: points(value)? });
    }
    (!options.is_empty()).then_some(Rule::Choice { options })
}

/// Splits `label: points; label: points` into (label, quoted, points), honouring
/// double quotes (`""` inside quotes is one quote); `None` when a segment has no `:`.
fn split_segments(text: &str) -> Option<Vec<(String, bool, String)>> {
    let mut segments = Vec::new();
    let mut chars = text.chars().peekable();
    loop {
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        if chars.peek().is_none() {
            break;
        }
        let mut label = String::new();
        let quoted = matches!(chars.peek(), Some('"' | '“'));
        if quoted {
            chars.next();
            loop {
                match chars.next()? {
                    '"' if chars.peek() == Some(&'"') => {
                        chars.next();
                        label.push('"');
                    }
                    '"' | '”' => break,
                    c => label.push(c),
                }
            }
            while chars.peek().is_some_and(|c| c.is_whitespace()) {
                chars.next();
            }
            if chars.next()? != ':' {
                return None;
            }
        } else {
            loop {
                match chars.next()? {
                    ':' => break,
                    ';' => return None,
                    c => label.push(c),
                }
            }
        }
        let mut value = String::new();
        while let Some(c) = chars.next_if(|&c| c != ';') {
            value.push(c);
        }
        chars.next();
        segments.push((label.trim().to_owned(), quoted, value.trim().to_owned()));
    }
    (!segments.is_empty()).then_some(segments)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Decimal {
        text.parse().unwrap()
    }

    fn read(text: &str, max: &str) -> Rule {
        read_rule(text, d(max)).unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    #[test]
    fn the_brief_s_examples_are_read() {
        assert!(matches!(read("Đúng hạn (đến 31/01/2025): 1; chậm: 0,5", "1"),
            Rule::Deadline { due, late } if due == NaiveDate::from_ymd_opt(2025, 1, 31).unwrap() && late == d("0.5")));
        let Rule::Tiers { better, percent, tiers } = read("≥ 100%: 2; ≥ 90%: 1,5; ≥ 80%: 1", "2") else { panic!() };
        assert_eq!((better, percent), (Better::Higher, true));
        assert_eq!(tiers, vec![(d("100"), d("2")), (d("90"), d("1.5")), (d("80"), d("1"))]);
        assert!(matches!(read("Có: 1; Không: 0", "1"), Rule::Check));
        assert!(matches!(read("Tỷ lệ % × điểm tối đa", "2"), Rule::Ratio { percent: true, floor: None, target } if target == d("100")));
        assert!(matches!(read("Trừ 0,25 điểm/lần", "1"), Rule::Deduct { per } if per == d("0.25")));
        assert!(matches!(read("Hội đồng chấm, bước 0,25", "1"), Rule::Manual { step: Some(s) } if s == d("0.25")));
        assert!(matches!(read("Hội đồng chấm", "1"), Rule::Manual { step: None }));
    }

    #[test]
    fn generous_forms_mean_the_same() {
        let Rule::Tiers { tiers, percent, .. } = read(">= 100 %: 2 điểm; >=90%: 1.5đ; còn lại: 0", "2") else { panic!() };
        assert!(percent);
        assert_eq!(tiers, vec![(d("100"), d("2")), (d("90"), d("1.5"))]);
        let Rule::Tiers { better, percent, tiers } = read("<= 0: 1; =< 2: 0,5; cao hơn: 0", "1") else { panic!() };
        assert_eq!((better, percent, tiers), (Better::Lower, false, vec![(d("0"), d("1")), (d("2"), d("0.5"))]));
        assert!(matches!(read("trừ 0.5 đ/lần", "2"), Rule::Deduct { per } if per == d("0.5")));
        assert!(matches!(read("TỶ LỆ % x ĐIỂM TỐI ĐA; đạt 90% trở lên: tối đa; dưới 50%: 0", "2"),
            Rule::Ratio { percent: true, target, floor: Some(f) } if target == d("90") && f == d("50")));
        assert!(matches!(read("Đạt: 1,5; Không đạt: 0", "1.5"), Rule::Check));
        assert!(matches!(read("Đúng hạn (đến ngày 2025-01-31): 1", "1"), Rule::Deadline { late, .. } if late.is_zero()));
    }

    #[test]
    fn choices_keep_labels_and_quotes() {
        let Rule::Choice { options } = read("\"Hoàn thành\": 1; \"Một phần; gần xong\": 0,5; Không: 0", "1") else { panic!() };
        let labels: Vec<&str> = options.iter().map(|o| o.label.as_str()).collect();
        assert_eq!(labels, ["Hoàn thành", "Một phần; gần xong", "Không"]);
        assert_eq!(options[1].points, d("0.5"));
        // Quoted yes/no labels are a choice, not a check.
        assert!(matches!(read("\"Có\": 1; \"Không\": 0", "1"), Rule::Choice { .. }));
        // A label that reads like a threshold is a choice only when quoted.
        assert!(matches!(read("\"Trên 90%\": 1; \"Còn lại\": 0", "1"), Rule::Choice { .. }));
    }

    #[test]
    fn every_rule_reads_back_as_written() {
        let rules = [
            "Có: 1; Không: 0",
            "≥ 100%: 2; ≥ 90%: 1,5; ≥ 80%: 1",
            "≤ 0: 1; ≤ 2: 0,5",
            "Tỷ lệ % × điểm tối đa; đạt 90%: tối đa; dưới 50%: 0",
            "Giá trị × điểm tối đa; đạt 10: tối đa",
            "Đúng hạn (đến 31/01/2025): 1; chậm: 0,5",
            "Trừ 0,25 điểm/lần",
            "\"Hoàn thành\": 1; \"Một \"\"phần\"\"\": 0,5",
            "Hội đồng chấm, bước 0,25",
        ];
        for text in rules {
            assert_eq!(write_rule(&read(text, "1"), d("1")), text);
        }
    }

    #[test]
    fn unreadable_or_ambiguous_rules_are_refused() {
        for text in [
            "",
            "tùy",
            "> 90%: 1",
            "≥ 90%: 1; ≤ 50%: 0,5",
            "≥ 90%: 1; ≥ 50: 0,5",
            "Trừ 0,25",
            "Tỷ lệ % × điểm tối đa; đạt 90: tối đa",
            "Đúng hạn (trước 31/01/2025): 1",
            "Hội đồng chấm, bước 0",
        ] {
            assert!(read_rule(text, d("1")).is_err(), "{text}");
        }
        // A yes/no that does not give the leaf's maximum is a mistake, not a choice.
        assert!(read_rule("Có: 0,5; Không: 0", d("1")).unwrap_err().contains("ngoặc kép"));
        assert!(read_rule("Đúng hạn (đến 31/01/2025): 0,5", d("1")).is_err());
    }

    #[test]
    fn adjustments_read_both_ways() {
        assert_eq!(read_adjustment("Cộng 0,5 điểm/lần").unwrap(), (AdjustmentKind::Bonus, d("0.5")));
        assert_eq!(read_adjustment("trừ 1 đ/lần").unwrap(), (AdjustmentKind::Penalty, d("1")));
        assert!(read_adjustment("0,5 điểm").is_err());
        assert_eq!(write_adjustment(AdjustmentKind::Penalty, d("0.25")), "Trừ 0,25 điểm/lần");
    }
}
