//! Two frameworks side by side (`criteria diff`): criteria added, removed, moved or
//! renamed, changed maxima, rules, flags and area weights; and whether each area's
//! points can be compared between them — the one verdict `compare` also uses.

use rust_decimal::Decimal;
use std::collections::HashMap;

use super::model::{Framework, Source};
use super::table::{write_adjustment, write_rule};
use crate::i18n::decimal;
use crate::text::fold;
use crate::tr;

/// An area's scored leaves as (id, maximum), in tree order.
pub type LeafOutline = Vec<(String, Decimal)>;

/// The leaves of an area (index into [`Framework::areas`]).
pub fn area_leaves(framework: &Framework, area: usize) -> LeafOutline {
    framework.leaves.iter().filter(|leaf| leaf.area == area).map(|leaf| (framework.nodes[leaf.node].id.clone(), leaf.max)).collect()
}

/// Whether an area's points mean the same in two frameworks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AreaVerdict {
    /// Same maximum and the same sub-criteria (where known).
    Same,
    /// Same maximum, other sub-criteria (ids or maxima): totals still comparable.
    CriteriaChanged,
    /// Another maximum: points are not comparable.
    MaxChanged {
        /// The first framework's maximum.
        previous: Decimal,
        /// The second framework's maximum.
        current: Decimal,
    },
}

/// The verdict for one area id present in both; maxima and leaves may be unknown
/// (a ranking file read without its framework), and then count as unchanged.
pub fn area_verdict(
    previous_max: Option<Decimal>,
    previous_leaves: Option<&LeafOutline>,
    current_max: Option<Decimal>,
    current_leaves: Option<&LeafOutline>,
) -> AreaVerdict {
    match (previous_max, current_max, previous_leaves, current_leaves) {
        (Some(previous), Some(current), ..) if previous != current => AreaVerdict::MaxChanged { previous, current },
        (.., Some(previous), Some(current)) if previous != current => AreaVerdict::CriteriaChanged,
        _ => AreaVerdict::Same,
    }
}

/// One difference between two frameworks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// What changed.
    pub kind: ChangeKind,
    /// The id (in the second framework for a move).
    pub id: String,
    /// The first framework's side ("" when absent).
    pub before: String,
    /// The second framework's side ("" when absent).
    pub after: String,
}

/// Kinds of change, in the order they are listed for each id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ChangeKind {
    /// An area whose maximum (weight) changed.
    AreaWeight,
    /// In the second only.
    Added,
    /// In the first only.
    Removed,
    /// The same name under another id (another parent, or renumbered).
    Moved,
    /// The same id, another name.
    Renamed,
    /// The same id, another maximum.
    Max,
    /// The same leaf, another rule.
    Rule,
    /// The same leaf, other flags (optional, evidence required, survey).
    Flags,
    /// A bonus or penalty changed.
    Adjustment,
    /// Grades or settings.
    Setting,
}

impl ChangeKind {
    /// The label, in the current language.
    pub fn label(self) -> String {
        match self {
            ChangeKind::AreaWeight => tr!("diff-kind-area-weight"),
            ChangeKind::Added => tr!("diff-kind-added"),
            ChangeKind::Removed => tr!("diff-kind-removed"),
            ChangeKind::Moved => tr!("diff-kind-moved"),
            ChangeKind::Renamed => tr!("diff-kind-renamed"),
            ChangeKind::Max => tr!("diff-kind-max"),
            ChangeKind::Rule => tr!("diff-kind-rule"),
            ChangeKind::Flags => tr!("diff-kind-flags"),
            ChangeKind::Adjustment => tr!("diff-kind-adjustment"),
            ChangeKind::Setting => tr!("diff-kind-setting"),
        }
    }

    /// The machine name (JSON, CSV).
    pub fn key(self) -> &'static str {
        match self {
            ChangeKind::AreaWeight => "area_weight",
            ChangeKind::Added => "added",
            ChangeKind::Removed => "removed",
            ChangeKind::Moved => "moved",
            ChangeKind::Renamed => "renamed",
            ChangeKind::Max => "max",
            ChangeKind::Rule => "rule",
            ChangeKind::Flags => "flags",
            ChangeKind::Adjustment => "adjustment",
            ChangeKind::Setting => "setting",
        }
    }
}

/// One area id in either framework, with its verdict.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AreaDiff {
    /// The id.
    pub id: String,
    /// Its name (second framework's, else the first's).
    pub name: String,
    /// `None` when the area is in only one of them.
    pub verdict: Option<AreaVerdict>,
}

/// Everything that differs between two frameworks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrameworkDiff {
    /// The changes, grouped: areas, then criteria in tree order, adjustments, settings.
    pub changes: Vec<Change>,
    /// Every area id: the second framework's in order, then those only in the first.
    pub areas: Vec<AreaDiff>,
}

fn flags(framework: &Framework, leaf: usize) -> String {
    let leaf = &framework.leaves[leaf];
    let mut flags = Vec::new();
    if leaf.optional {
        flags.push(tr!("diff-flag-optional"));
    }
    if leaf.evidence_required {
        flags.push(tr!("diff-flag-evidence-required"));
    }
    if leaf.source == Source::Survey {
        flags.push(tr!("diff-flag-survey"));
    }
    if !leaf.questions.is_empty() {
        flags.push(tr!("diff-flag-questions", questions = leaf.questions.join(" ")));
    }
    flags.join(", ")
}

/// `[survey]` in one line: options, then group weights.
fn survey_summary(framework: &Framework) -> String {
    let Some(survey) = &framework.survey else { return String::new() };
    let options: Vec<String> = survey.options.iter().map(|o| format!("{} = {} %", o.label, decimal(&o.percent))).collect();
    let groups: Vec<String> = survey.groups.iter().map(|(g, w)| format!("{g} × {}", decimal(w))).collect();
    if groups.is_empty() { options.join(", ") } else { tr!("diff-survey-groups", options = options.join(", "), groups = groups.join(", ")) }
}

/// `[[profile]]`s in one line: id and the ids not applicable.
fn profiles_summary(framework: &Framework) -> String {
    framework.profiles.iter().map(|p| format!("{}: {}", p.id, p.listed.join(" "))).collect::<Vec<_>>().join("; ")
}

fn node_summary(framework: &Framework, node: usize) -> String {
    let node = &framework.nodes[node];
    tr!("diff-node", name = node.name, max = node.max)
}

/// Compares `before` with `after`.
pub fn diff(before: &Framework, after: &Framework) -> FrameworkDiff {
    let mut changes = Vec::new();
    let areas = diff_areas(before, after, &mut changes);
    diff_nodes(before, after, &mut changes);
    diff_adjustments(before, after, &mut changes);
    diff_settings(before, after, &mut changes);
    FrameworkDiff { changes, areas }
}

fn diff_areas(before: &Framework, after: &Framework, changes: &mut Vec<Change>) -> Vec<AreaDiff> {
    let position = |framework: &Framework, id: &str| (0..framework.areas.len()).find(|&a| framework.area_node(a).id == id);
    let mut areas = Vec::new();
    for area in 0..after.areas.len() {
        let node = after.area_node(area);
        let verdict = position(before, &node.id).map(|b| {
            let (previous, current) = (area_leaves(before, b), area_leaves(after, area));
            area_verdict(Some(before.area_node(b).max), Some(&previous), Some(node.max), Some(&current))
        });
        if let Some(AreaVerdict::MaxChanged { previous, current }) = &verdict {
            changes.push(Change { kind: ChangeKind::AreaWeight, id: node.id.clone(), before: decimal(previous), after: decimal(current) });
        }
        areas.push(AreaDiff { id: node.id.clone(), name: node.name.clone(), verdict });
    }
    for area in 0..before.areas.len() {
        let node = before.area_node(area);
        if position(after, &node.id).is_none() {
            areas.push(AreaDiff { id: node.id.clone(), name: node.name.clone(), verdict: None });
        }
    }
    areas
}

fn diff_nodes(before: &Framework, after: &Framework, changes: &mut Vec<Change>) {
    let index =
        |framework: &Framework| -> HashMap<String, usize> { framework.nodes.iter().enumerate().map(|(i, n)| (n.id.clone(), i)).collect() };
    let (in_before, in_after) = (index(before), index(after));
    // Removed and added nodes with the same name (ignoring case) are one node moved.
    let removed: Vec<usize> = (0..before.nodes.len()).filter(|&n| !in_after.contains_key(&before.nodes[n].id)).collect();
    let added: Vec<usize> = (0..after.nodes.len()).filter(|&n| !in_before.contains_key(&after.nodes[n].id)).collect();
    let mut moved_from: HashMap<usize, usize> = HashMap::new();
    for &a in &added {
        let name = fold(&after.nodes[a].name);
        let candidates: Vec<usize> =
            removed.iter().copied().filter(|&r| fold(&before.nodes[r].name) == name && !moved_from.values().any(|&m| m == r)).collect();
        if let [only] = candidates.as_slice() {
            moved_from.insert(a, *only);
        }
    }
    for (position, node) in after.nodes.iter().enumerate() {
        let previous = in_before.get(&node.id).copied().or_else(|| moved_from.get(&position).copied());
        let Some(previous) = previous else {
            changes.push(Change {
                kind: ChangeKind::Added,
                id: node.id.clone(),
                before: String::new(),
                after: node_summary(after, position),
            });
            continue;
        };
        let old = &before.nodes[previous];
        if old.id != node.id {
            let parent = |f: &Framework, n: &super::Node| n.parent.map(|p| f.nodes[p].id.clone()).unwrap_or_default();
            let (from, to) = (parent(before, old), parent(after, node));
            let after = if from == to { node.id.clone() } else { tr!("diff-moved", id = node.id, from = from, to = to) };
            changes.push(Change { kind: ChangeKind::Moved, id: node.id.clone(), before: old.id.clone(), after });
        }
        if old.name != node.name {
            changes.push(Change { kind: ChangeKind::Renamed, id: node.id.clone(), before: old.name.clone(), after: node.name.clone() });
        }
        if old.max != node.max && node.depth > 0 {
            changes.push(Change { kind: ChangeKind::Max, id: node.id.clone(), before: decimal(&old.max), after: decimal(&node.max) });
        }
        match (old.leaf, node.leaf) {
            (Some(b), Some(a)) => {
                let (rule_before, rule_after) =
                    (write_rule(&before.leaves[b].rule, before.leaves[b].max), write_rule(&after.leaves[a].rule, after.leaves[a].max));
                if rule_before != rule_after {
                    changes.push(Change { kind: ChangeKind::Rule, id: node.id.clone(), before: rule_before, after: rule_after });
                }
                let (flags_before, flags_after) = (flags(before, b), flags(after, a));
                if flags_before != flags_after {
                    changes.push(Change { kind: ChangeKind::Flags, id: node.id.clone(), before: flags_before, after: flags_after });
                }
            }
            (Some(_), None) => {
                changes.push(Change { kind: ChangeKind::Rule, id: node.id.clone(), before: tr!("diff-leaf"), after: tr!("diff-parent") })
            }
            (None, Some(_)) => {
                changes.push(Change { kind: ChangeKind::Rule, id: node.id.clone(), before: tr!("diff-parent"), after: tr!("diff-leaf") })
            }
            (None, None) => {}
        }
    }
    let moved: Vec<usize> = moved_from.values().copied().collect();
    for &r in removed.iter().filter(|r| !moved.contains(r)) {
        changes.push(Change {
            kind: ChangeKind::Removed,
            id: before.nodes[r].id.clone(),
            before: node_summary(before, r),
            after: String::new(),
        });
    }
}

fn adjustment_text(framework: &Framework, index: usize) -> String {
    let adjustment = &framework.adjustments[index];
    let text = format!("{}: {}", adjustment.name, write_adjustment(adjustment.kind, adjustment.per));
    match adjustment.cap {
        Some(cap) => tr!("diff-adjustment-cap", text = text, cap = cap),
        None => text,
    }
}

fn diff_adjustments(before: &Framework, after: &Framework, changes: &mut Vec<Change>) {
    let find = |framework: &Framework, id: &str| framework.adjustments.iter().position(|a| a.id == id);
    for (index, adjustment) in after.adjustments.iter().enumerate() {
        let text = adjustment_text(after, index);
        match find(before, &adjustment.id) {
            None => changes.push(Change { kind: ChangeKind::Added, id: adjustment.id.clone(), before: String::new(), after: text }),
            Some(old) if adjustment_text(before, old) != text => changes.push(Change {
                kind: ChangeKind::Adjustment,
                id: adjustment.id.clone(),
                before: adjustment_text(before, old),
                after: text,
            }),
            Some(_) => {}
        }
    }
    for (index, adjustment) in before.adjustments.iter().enumerate() {
        if find(after, &adjustment.id).is_none() {
            changes.push(Change {
                kind: ChangeKind::Removed,
                id: adjustment.id.clone(),
                before: adjustment_text(before, index),
                after: String::new(),
            });
        }
    }
}

fn grade_caps(framework: &Framework) -> String {
    let caps = framework.grade_caps.iter().map(|cap| {
        let condition = match (cap.at_least, cap.at_most) {
            (Some(bound), _) => format!("≥ {}", decimal(&bound)),
            (_, Some(bound)) => format!("≤ {}", decimal(&bound)),
            _ => String::new(),
        };
        tr!("diff-grade-cap", id = framework.leaf_node(cap.leaf).id, condition = condition, best = framework.grades[cap.best].name)
    });
    caps.collect::<Vec<_>>().join("; ")
}

fn diff_settings(before: &Framework, after: &Framework, changes: &mut Vec<Change>) {
    let grades = |f: &Framework| f.grades.iter().map(|g| format!("{} ≥ {}", g.name, decimal(&g.min_index))).collect::<Vec<_>>().join("; ");
    let yes_no = |yes: bool| if yes { tr!("diff-yes") } else { tr!("diff-no") };
    let number = |value: Option<Decimal>| value.as_ref().map(decimal).unwrap_or_default();
    let settings = [
        (tr!("diff-setting-grades"), grades(before), grades(after)),
        ("decimals".to_owned(), before.decimals.to_string(), after.decimals.to_string()),
        ("cap_index".to_owned(), yes_no(before.cap_index), yes_no(after.cap_index)),
        (tr!("diff-setting-total"), decimal(&before.total_max()), decimal(&after.total_max())),
        ("bonus_cap".to_owned(), number(before.bonus_cap), number(after.bonus_cap)),
        ("penalty_cap".to_owned(), number(before.penalty_cap), number(after.penalty_cap)),
        ("ties".to_owned(), format!("{:?}", before.ties).to_lowercase(), format!("{:?}", after.ties).to_lowercase()),
        ("rounding".to_owned(), format!("{:?}", before.rounding).to_lowercase(), format!("{:?}", after.rounding).to_lowercase()),
        (tr!("diff-setting-grade-caps"), grade_caps(before), grade_caps(after)),
        (tr!("diff-setting-survey"), survey_summary(before), survey_summary(after)),
        (tr!("diff-setting-profiles"), profiles_summary(before), profiles_summary(after)),
    ];
    for (id, old, new) in settings {
        if old != new {
            changes.push(Change { kind: ChangeKind::Setting, id, before: old, after: new });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::criteria::parse_framework;

    const BEFORE: &str = r#"
[framework]
id = "a"
[[area]]
id = "1"
name = "Chỉ đạo"
[[criterion]]
id = "1.1"
name = "Kế hoạch"
max = 1
rule = { kind = "check" }
[[criterion]]
id = "1.2"
name = "Báo cáo"
max = 1
rule = { kind = "deduct", per = 0.25 }
[[area]]
id = "2"
name = "Thể chế"
[[criterion]]
id = "2.1"
name = "Văn bản"
max = 2
rule = { kind = "manual" }
[[criterion]]
id = "2.2"
name = "Kiểm tra"
max = 1
rule = { kind = "check" }
"#;

    const AFTER: &str = r#"
[framework]
id = "b"
[[area]]
id = "1"
name = "Chỉ đạo, điều hành"
[[criterion]]
id = "1.1"
name = "Kế hoạch"
max = 1
rule = { kind = "check" }
evidence_required = true
[[criterion]]
id = "1.2"
name = "Báo cáo"
max = 1
rule = { kind = "deduct", per = 0.5 }
[[criterion]]
id = "1.3"
name = "Kiểm tra"
max = 1
rule = { kind = "check" }
[[area]]
id = "2"
name = "Thể chế"
[[criterion]]
id = "2.1"
name = "Văn bản"
max = 2
rule = { kind = "manual" }
[[area]]
id = "3"
name = "Mới"
[[criterion]]
id = "3.1"
name = "Số hóa"
max = 1
rule = { kind = "check" }
"#;

    fn d(text: &str) -> Decimal {
        text.parse().unwrap()
    }

    #[test]
    fn lists_each_kind_of_change() {
        let diff = diff(&parse_framework(BEFORE, "a.toml").unwrap(), &parse_framework(AFTER, "b.toml").unwrap());
        let seen: Vec<(ChangeKind, &str, &str, &str)> =
            diff.changes.iter().map(|c| (c.kind, c.id.as_str(), c.before.as_str(), c.after.as_str())).collect();
        // Area 1: 2 → 3 points (1.3 moved in from area 2); area 2: 3 → 2.
        assert_eq!(
            seen,
            [
                (ChangeKind::AreaWeight, "1", "2", "3"),
                (ChangeKind::AreaWeight, "2", "3", "2"),
                (ChangeKind::Renamed, "1", "Chỉ đạo", "Chỉ đạo, điều hành"),
                (ChangeKind::Flags, "1.1", "", "bắt buộc có tài liệu kiểm chứng"),
                (ChangeKind::Rule, "1.2", "Trừ 0,25 điểm/lần", "Trừ 0,5 điểm/lần"),
                (ChangeKind::Moved, "1.3", "2.2", "1.3 (thuộc 2 → thuộc 1)"),
                (ChangeKind::Added, "3", "", "Mới (1 điểm)"),
                (ChangeKind::Added, "3.1", "", "Số hóa (1 điểm)"),
                (ChangeKind::Setting, "tổng điểm", "5", "6"),
            ]
        );
        assert_eq!(diff.areas[0].verdict, Some(AreaVerdict::MaxChanged { previous: d("2"), current: d("3") }));
        assert_eq!(diff.areas[2].verdict, None);
    }

    #[test]
    fn survey_questions_options_and_profiles_are_compared() {
        let head = "[framework]\nid = \"s\"\n";
        let tree = |questions: &str| {
            format!(
                "[[area]]\nid = \"1\"\nname = \"A\"\n[[criterion]]\nid = \"1.1\"\nname = \"H\"\nmax = 1\n\
                 rule = {{ kind = \"ratio\", percent = true }}\nsource = \"survey\"\nquestions = {questions}\n"
            )
        };
        let before = format!("{head}[survey]\noptions = {{ A = 100, B = 50 }}\n{}", tree("[\"ND.1\"]"));
        let after = format!(
            "{head}[survey]\noptions = {{ A = 100, B = 60 }}\ngroups = {{ ND = 2 }}\n\
             [[profile]]\nid = \"k\"\nname = \"K\"\nnot_applicable = [\"1\"]\n{}",
            tree("[\"ND.1\", \"ND.2\"]")
        );
        let diff = diff(&parse_framework(&before, "a.toml").unwrap(), &parse_framework(&after, "b.toml").unwrap());
        let seen: Vec<(ChangeKind, &str, &str, &str)> =
            diff.changes.iter().map(|c| (c.kind, c.id.as_str(), c.before.as_str(), c.after.as_str())).collect();
        assert_eq!(
            seen,
            [
                (ChangeKind::Flags, "1.1", "điều tra xã hội học, câu hỏi ND.1", "điều tra xã hội học, câu hỏi ND.1 ND.2"),
                (ChangeKind::Setting, "phiếu điều tra", "A = 100 %, B = 50 %", "A = 100 %, B = 60 %; nhóm ND × 2"),
                (ChangeKind::Setting, "loại đơn vị", "", "k: 1"),
            ]
        );
    }

    #[test]
    fn same_maximum_with_other_leaves_is_still_comparable() {
        let leaves = |pairs: &[(&str, &str)]| -> LeafOutline { pairs.iter().map(|(i, m)| (i.to_string(), d(m))).collect() };
        let (before, after) = (leaves(&[("1.1", "2")]), leaves(&[("1.1", "1"), ("1.2", "1")]));
        assert_eq!(area_verdict(Some(d("2")), Some(&before), Some(d("2")), Some(&after)), AreaVerdict::CriteriaChanged);
        assert_eq!(area_verdict(Some(d("2")), None, Some(d("2")), Some(&after)), AreaVerdict::Same);
        assert_eq!(area_verdict(None, None, None, None), AreaVerdict::Same);
        assert!(matches!(area_verdict(Some(d("2")), Some(&before), Some(d("3")), Some(&after)), AreaVerdict::MaxChanged { .. }));
    }
}
