//! Random frameworks and evidence for the property tests: specs drawn by proptest
//! and the framework written as TOML (rows.rs writes the evidence).

use proptest::prelude::*;
use std::fmt::Write;

/// How a leaf is scored.
#[derive(Debug, Clone)]
pub enum RuleSpec {
    Check,
    TiersHigher,
    TiersLower,
    Ratio { target: u32, floor: bool },
    Deadline,
    Deduct { per_quarters: u32 },
    Choice,
    Manual { step: bool },
}

/// A leaf: its maximum in quarter points and its rule.
#[derive(Debug, Clone)]
pub struct LeafSpec {
    pub quarters: u32,
    pub rule: RuleSpec,
    pub optional: bool,
    pub evidence_required: bool,
    pub survey: bool,
}

/// A bonus or penalty with a cap (the reference scorer needs one).
#[derive(Debug, Clone)]
pub struct AdjustmentSpec {
    pub bonus: bool,
    pub per_halves: u32,
    pub cap: u32,
}

/// A framework: areas → criteria → leaves (a criterion with one leaf is the leaf).
#[derive(Debug, Clone)]
pub struct FrameworkSpec {
    pub decimals: u32,
    pub cap_index: bool,
    pub areas: Vec<Vec<Vec<LeafSpec>>>,
    pub adjustments: Vec<AdjustmentSpec>,
}

/// One row as drawn; it is read against whichever leaf it lands on.
#[derive(Debug, Clone)]
pub struct RowSpec {
    pub present: bool,
    pub value: u32,
    pub self_score: Option<u32>,
    pub appraised: Option<u32>,
    pub evidence: bool,
    pub not_applicable: bool,
    pub spelling: u32,
}

/// A unit: which name of the pool, and its rows (cycled over the leaves).
#[derive(Debug, Clone)]
pub struct UnitSpec {
    pub name: usize,
    pub rows: Vec<RowSpec>,
}

/// Unit names, distinct even ignoring case and spaces.
pub const NAMES: [&str; 8] =
    ["Sở Tư pháp", "Sở Y tế", "Sở Nội vụ", "Ban Dân tộc", "UBND xã An Phú", "UBND phường 1", "Sở Tài chính", "Văn phòng UBND tỉnh"];

fn rule() -> impl Strategy<Value = RuleSpec> {
    prop_oneof![
        Just(RuleSpec::Check),
        Just(RuleSpec::TiersHigher),
        Just(RuleSpec::TiersLower),
        (prop::sample::select(vec![50u32, 80, 100]), any::<bool>()).prop_map(|(target, floor)| RuleSpec::Ratio { target, floor }),
        Just(RuleSpec::Deadline),
        (1u32..=2).prop_map(|per_quarters| RuleSpec::Deduct { per_quarters }),
        Just(RuleSpec::Choice),
        any::<bool>().prop_map(|step| RuleSpec::Manual { step }),
    ]
}

fn leaf() -> impl Strategy<Value = LeafSpec> {
    (1u32..=12, rule(), any::<bool>(), any::<bool>(), prop::bool::weighted(0.2))
        .prop_map(|(quarters, rule, optional, evidence_required, survey)| LeafSpec { quarters, rule, optional, evidence_required, survey })
}

/// A framework of 1–3 areas, 1–3 criteria each, 1–3 leaves per criterion.
pub fn framework() -> impl Strategy<Value = FrameworkSpec> {
    let areas = prop::collection::vec(prop::collection::vec(prop::collection::vec(leaf(), 1..=3), 1..=3), 1..=3);
    let adjustments = prop::collection::vec(
        (any::<bool>(), 1u32..=2, 1u32..=3).prop_map(|(bonus, per_halves, cap)| AdjustmentSpec { bonus, per_halves, cap }),
        0..=2,
    );
    (0u32..=3, any::<bool>(), areas, adjustments).prop_map(|(decimals, cap_index, mut areas, adjustments)| {
        // Maxima shown exactly with `decimals` (whole points for 0, halves for 1), so that
        // rounded points never exceed them (a finer maximum is allowed, but could be).
        let grain = match decimals {
            0 => 4,
            1 => 2,
            _ => 1,
        };
        for leaf in areas.iter_mut().flatten().flatten() {
            leaf.quarters = leaf.quarters.div_ceil(grain) * grain;
        }
        FrameworkSpec { decimals, cap_index, areas, adjustments }
    })
}

fn row() -> impl Strategy<Value = RowSpec> {
    (
        prop::bool::weighted(0.9),
        any::<u32>(),
        prop::option::weighted(0.6, 0u32..=12),
        prop::option::weighted(0.15, 0u32..=12),
        prop::bool::weighted(0.8),
        prop::bool::weighted(0.1),
        any::<u32>(),
    )
        .prop_map(|(present, value, self_score, appraised, evidence, not_applicable, spelling)| RowSpec {
            present,
            value,
            self_score,
            appraised,
            evidence,
            not_applicable,
            spelling,
        })
}

/// 1–6 distinct units with their rows.
pub fn units() -> impl Strategy<Value = Vec<UnitSpec>> {
    (prop::sample::subsequence((0..NAMES.len()).collect::<Vec<_>>(), 1..=6), prop::collection::vec(prop::collection::vec(row(), 1..=30), 6))
        .prop_map(|(names, rows)| names.into_iter().zip(rows).map(|(name, rows)| UnitSpec { name, rows }).collect())
}

/// A leaf placed in the tree.
#[derive(Debug, Clone)]
pub struct PlacedLeaf {
    pub id: String,
    pub spec: LeafSpec,
}

impl FrameworkSpec {
    /// The leaves with their ids, in tree order.
    pub fn leaves(&self) -> Vec<PlacedLeaf> {
        let mut leaves = Vec::new();
        for (a, criteria) in self.areas.iter().enumerate() {
            for (c, children) in criteria.iter().enumerate() {
                for (l, spec) in children.iter().enumerate() {
                    let id = if children.len() == 1 { format!("{}.{}", a + 1, c + 1) } else { format!("{}.{}.{}", a + 1, c + 1, l + 1) };
                    leaves.push(PlacedLeaf { id, spec: spec.clone() });
                }
            }
        }
        leaves
    }

    /// The framework as a TOML file.
    pub fn toml(&self) -> String {
        let mut out = format!(
            "[framework]\nid = \"prop\"\ntitle = \"Ngẫu nhiên\"\ndecimals = {}\ncap_index = {}\n\n\
             [[grade]]\nname = \"Xuất sắc\"\nmin_index = 90\n[[grade]]\nname = \"Tốt\"\nmin_index = 80\n\
             [[grade]]\nname = \"Khá\"\nmin_index = 70\n[[grade]]\nname = \"Trung bình\"\nmin_index = 50\n",
            self.decimals, self.cap_index
        );
        let leaves = self.leaves();
        for (a, criteria) in self.areas.iter().enumerate() {
            writeln!(out, "\n[[area]]\nid = \"{}\"\nname = \"Lĩnh vực {}\"", a + 1, a + 1).unwrap();
            for (c, children) in criteria.iter().enumerate() {
                if children.len() > 1 {
                    writeln!(out, "\n[[criterion]]\nid = \"{}.{}\"\nname = \"Tiêu chí {}.{}\"", a + 1, c + 1, a + 1, c + 1).unwrap();
                }
                for leaf in
                    leaves.iter().filter(|l| l.id == format!("{}.{}", a + 1, c + 1) || l.id.starts_with(&format!("{}.{}.", a + 1, c + 1)))
                {
                    out.push_str(&leaf_toml(leaf));
                }
            }
        }
        for (i, adjustment) in self.adjustments.iter().enumerate() {
            let kind = if adjustment.bonus { "bonus" } else { "penalty" };
            writeln!(
                out,
                "\n[[adjustment]]\nid = \"T{}\"\nname = \"Điều chỉnh {}\"\nkind = \"{kind}\"\nper = {}\ncap = {}",
                i + 1,
                i + 1,
                quarters_text(adjustment.per_halves * 2),
                adjustment.cap
            )
            .unwrap();
        }
        out
    }
}

/// `q / 4` as a TOML or CSV number with a decimal point.
pub fn quarters_text(q: u32) -> String {
    let whole = q / 4;
    match q % 4 {
        0 => whole.to_string(),
        1 => format!("{whole}.25"),
        2 => format!("{whole}.5"),
        _ => format!("{whole}.75"),
    }
}

fn leaf_toml(leaf: &PlacedLeaf) -> String {
    let spec = &leaf.spec;
    let m = spec.quarters;
    let max = quarters_text(m);
    let half = quarters_text(m / 2);
    let rule = match &spec.rule {
        RuleSpec::Check => "{ kind = \"check\" }".to_owned(),
        RuleSpec::TiersHigher => {
            format!("{{ kind = \"tiers\", percent = true, tiers = [[100, {max}], [80, {half}], [50, {}]] }}", quarters_text(m / 4))
        }
        RuleSpec::TiersLower => format!("{{ kind = \"tiers\", better = \"lower\", tiers = [[0, {max}], [3, {half}]] }}"),
        RuleSpec::Ratio { target, floor: true } => format!("{{ kind = \"ratio\", percent = true, target = {target}, floor = 20 }}"),
        RuleSpec::Ratio { target, floor: false } => format!("{{ kind = \"ratio\", percent = true, target = {target} }}"),
        RuleSpec::Deadline => format!("{{ kind = \"deadline\", due = \"2024-01-31\", late = {half} }}"),
        RuleSpec::Deduct { per_quarters } => format!("{{ kind = \"deduct\", per = {} }}", quarters_text(*per_quarters)),
        RuleSpec::Choice => {
            format!("{{ kind = \"choice\", options = {{ \"Đầy đủ\" = {max}, \"Còn thiếu\" = {half}, \"Không đạt\" = 0 }} }}")
        }
        RuleSpec::Manual { step: true } => "{ kind = \"manual\", step = 0.25 }".to_owned(),
        RuleSpec::Manual { step: false } => "{ kind = \"manual\" }".to_owned(),
    };
    let mut out = format!("\n[[criterion]]\nid = \"{}\"\nname = \"Tiêu chí {}\"\nmax = {max}\nrule = {rule}\n", leaf.id, leaf.id);
    if spec.optional {
        out.push_str("optional = true\n");
    }
    if spec.evidence_required {
        out.push_str("evidence_required = true\n");
    }
    if spec.survey {
        out.push_str("source = \"survey\"\n");
    }
    out
}
