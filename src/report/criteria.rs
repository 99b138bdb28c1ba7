//! The framework as a tree with maxima and a one-line description of each rule.

use crate::tr;
use serde_json::{Value as Json, json};

use super::grid::{Align, Grid};
use super::json::number;
use crate::criteria::{AdjustmentKind, Framework, Source, describe_rule};
use crate::labels::Lang;

/// The tree as a grid: id, indented name, max, rule, flags.
pub fn criteria_grid(framework: &Framework, lang: Lang) -> Grid {
    let labels = lang.labels();
    let dp = framework.decimals;
    let mut grid = Grid {
        heading: vec![
            framework.heading(),
            format!("{}: {} · {}: {}", labels.framework, framework.id, labels.max, lang.number(framework.total_max(), dp)),
        ],
        headers: [labels.id, labels.name, labels.max, labels.rule, labels.note].map(String::from).to_vec(),
        align: vec![Align::Left, Align::Left, Align::Right, Align::Left, Align::Left],
        ..Grid::default()
    };
    for node in &framework.nodes {
        let name = format!("{}{}", "\u{a0}\u{a0}".repeat(node.depth), node.name);
        let max = lang.number(node.max, dp);
        match node.leaf {
            Some(leaf) => {
                let spec = &framework.leaves[leaf];
                let mut flags = Vec::new();
                if spec.source == Source::Survey {
                    flags.push(labels.survey);
                }
                if spec.optional {
                    flags.push(labels.optional);
                }
                if spec.evidence_required {
                    flags.push(labels.evidence_required);
                }
                let mut flags: Vec<String> = flags.into_iter().map(str::to_owned).collect();
                if !spec.questions.is_empty() {
                    flags.push(crate::tr_in!(lang, "report-criteria-questions", questions = spec.questions.join(", ")));
                }
                grid.row(vec![node.id.clone(), name, max, describe_rule(spec), flags.join("; ")]);
            }
            None if node.depth == 0 => grid.strong_row(vec![node.id.clone(), name, max, String::new(), String::new()]),
            None => grid.row(vec![node.id.clone(), name, max, String::new(), String::new()]),
        }
    }
    for adjustment in &framework.adjustments {
        let (sign, kind) = match adjustment.kind {
            AdjustmentKind::Bonus => ("+", labels.bonus),
            AdjustmentKind::Penalty => ("−", labels.penalty),
        };
        let cap = adjustment.cap.map(|c| format!("; {} {}", labels.cap, lang.number(c, dp))).unwrap_or_default();
        grid.row(vec![
            adjustment.id.clone(),
            adjustment.name.clone(),
            String::new(),
            format!("{sign}{} {}{cap}", lang.number(adjustment.per, dp), labels.per_item),
            kind.to_owned(),
        ]);
    }
    let assessment = framework.max_of(Source::Assessment);
    let survey = framework.max_of(Source::Survey);
    grid.footer.push(format!("{}: {} · {}: {}", labels.assessment, lang.number(assessment, dp), labels.survey, lang.number(survey, dp)));
    for line in extension_lines(framework) {
        grid.footer.push(line);
    }
    if !framework.grades.is_empty() {
        let grades: Vec<String> =
            framework.grades.iter().map(|g| format!("{} ≥ {}", g.name, crate::i18n::decimal_in(lang, &g.min_index))).collect();
        grid.footer.push(format!("{}: {}", labels.grade, grades.join(" · ")));
    }
    grid
}

/// The extensions a framework uses (docs/formats.md, "Extensions"), one line each.
fn extension_lines(framework: &Framework) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(cap) = framework.bonus_cap {
        lines.push(tr!("report-bonus-cap", cap = cap));
    }
    if let Some(cap) = framework.penalty_cap {
        lines.push(tr!("report-penalty-cap", cap = cap));
    }
    if framework.ties == crate::criteria::TiePolicy::Exact {
        lines.push(tr!("report-ties-exact"));
    }
    if framework.rounding == crate::criteria::Rounding::Total {
        lines.push(tr!("report-rounding-total"));
    }
    for cap in &framework.grade_caps {
        let condition = match (cap.at_least, cap.at_most) {
            (Some(bound), _) => format!("≥ {}", crate::i18n::decimal(&bound)),
            (_, Some(bound)) => format!("≤ {}", crate::i18n::decimal(&bound)),
            _ => String::new(),
        };
        let leaf = &framework.leaf_node(cap.leaf).id;
        lines.push(tr!("report-grade-cap", leaf = leaf, condition = condition, grade = framework.grades[cap.best].name));
    }
    if let Some(survey) = &framework.survey {
        let options: Vec<String> = survey.options.iter().map(|o| format!("{} = {} %", o.label, crate::i18n::decimal(&o.percent))).collect();
        let mut line = tr!("report-survey-options", options = options.join(" · "));
        if !survey.groups.is_empty() {
            let groups: Vec<String> =
                survey.groups.iter().map(|(group, weight)| format!("{group} × {}", crate::i18n::decimal(weight))).collect();
            line = format!("{line}; {}", tr!("report-survey-groups", groups = groups.join(" · ")));
        }
        lines.push(line);
    }
    for profile in &framework.profiles {
        lines.push(tr!("report-profile", id = profile.id, name = profile.name, ids = profile.listed.join(", ")));
    }
    lines
}

/// The framework as JSON: header, grades, the tree in order, adjustments.
pub fn criteria_json(framework: &Framework) -> Json {
    let dp = framework.decimals;
    let nodes: Vec<Json> = framework
        .nodes
        .iter()
        .map(|node| {
            let mut item = json!({
                "id": node.id,
                "name": node.name,
                "parent": node.parent.map(|p| framework.nodes[p].id.clone()),
                "depth": node.depth,
                "max": number(node.max, dp),
            });
            if let Some(leaf) = node.leaf {
                let spec = &framework.leaves[leaf];
                item["rule"] = json!(spec.rule.kind());
                item["description"] = json!(describe_rule(spec));
                item["optional"] = json!(spec.optional);
                item["source"] = json!(if spec.source == Source::Survey { "survey" } else { "assessment" });
                item["evidence_required"] = json!(spec.evidence_required);
                if !spec.questions.is_empty() {
                    item["questions"] = json!(spec.questions);
                }
            }
            item
        })
        .collect();
    let adjustments: Vec<Json> = framework
        .adjustments
        .iter()
        .map(|a| {
            json!({
                "id": a.id,
                "name": a.name,
                "kind": if a.kind == AdjustmentKind::Bonus { "bonus" } else { "penalty" },
                "per": number(a.per, dp),
                "cap": a.cap.map(|c| number(c, dp)),
            })
        })
        .collect();
    let grades: Vec<Json> = framework.grades.iter().map(|g| json!({ "name": g.name, "min_index": number(g.min_index, dp) })).collect();
    let profiles: Vec<Json> =
        framework.profiles.iter().map(|p| json!({ "id": p.id, "name": p.name, "not_applicable": p.listed })).collect();
    let mut out = json!({
        "framework": super::json::framework_header(framework),
        "max_total": number(framework.total_max(), dp),
        "grades": grades,
        "criteria": nodes,
        "adjustments": adjustments,
        "profiles": profiles,
    });
    if let Some(survey) = &framework.survey {
        // Exact, as written in the framework (12.5 stays 12.5).
        let exact = |value: rust_decimal::Decimal| number(value, value.scale());
        let options: serde_json::Map<String, Json> = survey.options.iter().map(|o| (o.label.clone(), exact(o.percent))).collect();
        let groups: serde_json::Map<String, Json> = survey.groups.iter().map(|(group, weight)| (group.clone(), exact(*weight))).collect();
        out["survey"] = json!({ "options": options, "groups": groups, "min_answers": survey.min_answers, "population": survey.population });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::criteria::parse_framework;

    #[test]
    fn the_extensions_in_use_are_listed_below_the_tree() {
        let text = r#"
[framework]
id = "x"
bonus_cap = 1.5
ties = "exact"
rounding = "total"
[[grade]]
name = "Tốt"
min_index = 80
[[grade]]
name = "Khá"
min_index = 0
[[area]]
id = "1"
name = "A"
[[criterion]]
id = "1.1"
name = "Trễ hạn"
max = 1
rule = { kind = "ratio", percent = true }
[[grade_cap]]
criterion = "1.1"
at_least = 10
best = "Khá"
"#;
        let footer = criteria_grid(&parse_framework(text, "x.toml").unwrap(), Lang::Vi).footer;
        for line in [
            "Tổng điểm thưởng tối đa: 1,5",
            "Chỉ số bằng nhau: xếp theo chỉ số chưa làm tròn",
            "Làm tròn: chỉ tổng điểm và chỉ số (cộng điểm chưa làm tròn)",
            "Giới hạn xếp loại: 1.1 ≥ 10 → cao nhất Khá",
        ] {
            assert!(footer.iter().any(|l| l == line), "{line} in {footer:?}");
        }
        // A framework without extensions shows none of them.
        let plain = criteria_grid(&crate::criteria::load_framework(Some("so-2025")).unwrap(), Lang::Vi).footer;
        assert!(!plain.iter().any(|l| l.starts_with("Giới hạn") || l.starts_with("Làm tròn")), "{plain:?}");
    }

    #[test]
    fn survey_options_profiles_and_questions_are_shown() {
        let text = r#"
[framework]
id = "x"
[survey]
options = { A = 100, B = 62.5, D = 0 }
groups = { ND = 2, LD = 1 }
[[profile]]
id = "khong-tthc"
name = "Không có TTHC"
not_applicable = ["2", "1.1"]
[[area]]
id = "1"
name = "A"
[[criterion]]
id = "1.1"
name = "Hài lòng"
max = 2
rule = { kind = "ratio", percent = true }
source = "survey"
questions = ["ND.1", "LD.1"]
[[area]]
id = "2"
name = "B"
[[criterion]]
id = "2.1"
name = "Có"
max = 1
rule = { kind = "check" }
"#;
        let framework = parse_framework(text, "x.toml").unwrap();
        let grid = criteria_grid(&framework, Lang::Vi);
        for line in [
            "Phiếu điều tra: A = 100 % · B = 62,5 % · D = 0 %; trọng số nhóm ND × 2 · LD × 1",
            "Loại đơn vị khong-tthc (Không có TTHC): không áp dụng 2, 1.1",
        ] {
            assert!(grid.footer.iter().any(|l| l == line), "{line} in {:?}", grid.footer);
        }
        let json = criteria_json(&framework);
        assert_eq!(json["survey"]["options"]["B"].to_string(), "62.5");
        assert_eq!(json["profiles"][0]["not_applicable"], serde_json::json!(["2", "1.1"]));
        assert_eq!(json["criteria"][1]["questions"], serde_json::json!(["ND.1", "LD.1"]));
    }
}
