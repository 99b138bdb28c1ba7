//! The validated criteria framework: a tree of areas, criteria and scored leaves,
//! with adjustments and grades.

use chrono::NaiveDate;
use rust_decimal::Decimal;

/// A validated criteria framework (bộ chỉ số).
#[derive(Debug, Clone, PartialEq)]
pub struct Framework {
    /// Stable id, printed in every output.
    pub id: String,
    /// Title shown above tables.
    pub title: String,
    /// The kind of unit scored (free text).
    pub unit_kind: String,
    /// Assessment year.
    pub year: Option<i64>,
    /// Decimals of reported points and index.
    pub decimals: u32,
    /// Declared total, checked against the sum of leaf maxima.
    pub max_total: Option<Decimal>,
    /// Whether the index is capped at 100.
    pub cap_index: bool,
    /// Free-text description, if any.
    pub description: Option<String>,
    /// Extension: all bonuses together earn at most this (beside each item's cap).
    pub bonus_cap: Option<Decimal>,
    /// Extension: all penalties together take at most this.
    pub penalty_cap: Option<Decimal>,
    /// Extension: how equal indices are ranked.
    pub ties: TiePolicy,
    /// Extension: where points are rounded.
    pub rounding: Rounding,
    /// Grades, checked from the top.
    pub grades: Vec<Grade>,
    /// Extension: grades a unit cannot get when a leaf's value meets a condition.
    pub grade_caps: Vec<GradeCap>,
    /// Areas and criteria in tree order (each area, then its subtree depth first).
    pub nodes: Vec<Node>,
    /// Node indices of the areas, in declared order.
    pub areas: Vec<usize>,
    /// The scored leaves, in tree order.
    pub leaves: Vec<Leaf>,
    /// Bonus and penalty pools, in declared order.
    pub adjustments: Vec<Adjustment>,
    /// Leaves, adjustments and groups by id; the id of every evidence row is looked
    /// up, so with a fast hash (ids come from the framework's author).
    pub(crate) targets: rustc_hash::FxHashMap<String, Target>,
}

/// How units with equal (rounded) indices are ranked: `ties = "shared"|"exact"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TiePolicy {
    /// Equal indices share a rank (1, 2, 2, 4): the default.
    #[default]
    Shared,
    /// Ordered by the unrounded index (total / applicable max); only units whose
    /// unrounded indices are equal share a rank.
    Exact,
}

/// Where points are rounded to `decimals`: `rounding = "leaf"|"total"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Rounding {
    /// Each sub-criterion and adjustment is rounded; sums are exact over the rounded
    /// points (the default).
    #[default]
    Leaf,
    /// Points are summed exactly; only what is shown (area points, total, index) is
    /// rounded, the total and index from the exact sum.
    Total,
}

/// `[[grade_cap]]`: a unit whose value of `leaf` meets the condition gets at best
/// the grade `best`.
#[derive(Debug, Clone, PartialEq)]
pub struct GradeCap {
    /// The leaf whose value is tested (index into [`Framework::leaves`]).
    pub leaf: usize,
    /// The condition holds when the value is at least this.
    pub at_least: Option<Decimal>,
    /// The condition holds when the value is at most this.
    pub at_most: Option<Decimal>,
    /// The best grade allowed (index into [`Framework::grades`]).
    pub best: usize,
}

/// What an id in an evidence file refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    /// A scored leaf (index into [`Framework::leaves`]).
    Leaf(usize),
    /// An adjustment (index into [`Framework::adjustments`]).
    Adjustment(usize),
    /// An area or a criterion with children (index into [`Framework::nodes`]).
    Group(usize),
}

/// An area (lĩnh vực) or criterion (tiêu chí) of the tree.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// Id, e.g. `1.1.2`.
    pub id: String,
    /// Name as written in the framework.
    pub name: String,
    /// Free-text description (what counts as evidence), if any.
    pub description: Option<String>,
    /// Parent node, `None` for an area.
    pub parent: Option<usize>,
    /// Child nodes in declared order.
    pub children: Vec<usize>,
    /// 0 for an area, 1 for its criteria, …
    pub depth: usize,
    /// The area this node belongs to (index into [`Framework::areas`]).
    pub area: usize,
    /// Maximum points: a leaf's own, else the sum of its leaves.
    pub max: Decimal,
    /// For a leaf, its index into [`Framework::leaves`].
    pub leaf: Option<usize>,
}

/// A scored sub-criterion.
#[derive(Debug, Clone, PartialEq)]
pub struct Leaf {
    /// Its node (index into [`Framework::nodes`]).
    pub node: usize,
    /// Its area (index into [`Framework::areas`]).
    pub area: usize,
    /// Maximum points.
    pub max: Decimal,
    /// How points follow from the value.
    pub rule: Rule,
    /// Whether a unit may mark it not applicable.
    pub optional: bool,
    /// Whether its points come from the survey.
    pub source: Source,
    /// Whether points need an evidence reference.
    pub evidence_required: bool,
}

/// Where a leaf's points come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// The appraised self-assessment.
    Assessment,
    /// The sociological survey.
    Survey,
}

/// Which direction of a `tiers` value is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Better {
    /// Larger values earn more (completion rates).
    Higher,
    /// Smaller values earn more (late files, complaints).
    Lower,
}

/// One labelled option of a `choice` rule.
#[derive(Debug, Clone, PartialEq)]
pub struct ChoiceOption {
    /// The label as written in the framework.
    pub label: String,
    /// The label folded for comparison (NFC, trimmed, lower case).
    pub folded: String,
    /// Points for this option.
    pub points: Decimal,
}

/// How a leaf's value turns into points.
#[derive(Debug, Clone, PartialEq)]
pub enum Rule {
    /// Yes/no: `max` if yes.
    Check,
    /// Points of the first tier the value reaches.
    Tiers {
        /// Direction of improvement.
        better: Better,
        /// Whether the value must lie in 0..100.
        percent: bool,
        /// `(threshold, points)` pairs, best first.
        tiers: Vec<(Decimal, Decimal)>,
    },
    /// `max × min(value / target, 1)`, 0 below `floor`.
    Ratio {
        /// The value that earns full points.
        target: Decimal,
        /// Values below this earn 0.
        floor: Option<Decimal>,
        /// Whether the value must lie in 0..100.
        percent: bool,
    },
    /// `max` on or before `due`, `late` after.
    Deadline {
        /// Last day for full points.
        due: NaiveDate,
        /// Points when late.
        late: Decimal,
    },
    /// `max − per × count`, never below 0.
    Deduct {
        /// Points lost per counted item.
        per: Decimal,
    },
    /// Points of the chosen label.
    Choice {
        /// The options in declared order.
        options: Vec<ChoiceOption>,
    },
    /// Points judged by people, a multiple of `step` if set.
    Manual {
        /// Granularity of judged points.
        step: Option<Decimal>,
    },
}

impl Rule {
    /// The rule's kind as written in TOML.
    pub fn kind(&self) -> &'static str {
        match self {
            Rule::Check => "check",
            Rule::Tiers { .. } => "tiers",
            Rule::Ratio { .. } => "ratio",
            Rule::Deadline { .. } => "deadline",
            Rule::Deduct { .. } => "deduct",
            Rule::Choice { .. } => "choice",
            Rule::Manual { .. } => "manual",
        }
    }
}

/// Whether an adjustment adds or subtracts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdjustmentKind {
    /// Điểm thưởng: adds.
    Bonus,
    /// Điểm trừ: subtracts.
    Penalty,
}

/// A bonus or penalty pool outside the areas.
#[derive(Debug, Clone, PartialEq)]
pub struct Adjustment {
    /// Id, e.g. `T1`.
    pub id: String,
    /// Name.
    pub name: String,
    /// Free-text description, if any.
    pub description: Option<String>,
    /// Adds or subtracts.
    pub kind: AdjustmentKind,
    /// Points per counted item.
    pub per: Decimal,
    /// At most this many points, if set.
    pub cap: Option<Decimal>,
}

/// A grade band (xếp loại).
#[derive(Debug, Clone, PartialEq)]
pub struct Grade {
    /// Name, e.g. "Xuất sắc".
    pub name: String,
    /// Lowest index that earns it.
    pub min_index: Decimal,
}

impl Framework {
    /// What an id in an evidence file refers to.
    pub fn target(&self, id: &str) -> Option<Target> {
        self.targets.get(id).copied()
    }

    /// The id of a leaf or an adjustment; `None` for a group.
    pub fn scorable_id(&self, target: Target) -> Option<&str> {
        match target {
            Target::Leaf(leaf) => Some(self.nodes[self.leaves.get(leaf)?.node].id.as_str()),
            Target::Adjustment(adjustment) => Some(self.adjustments.get(adjustment)?.id.as_str()),
            Target::Group(_) => None,
        }
    }

    /// The leaf or adjustment declared after `target` (leaves first, then
    /// adjustments): the row an evidence file in framework order has next.
    pub fn next_scorable(&self, target: Target) -> Option<Target> {
        match target {
            Target::Leaf(leaf) if leaf + 1 < self.leaves.len() => Some(Target::Leaf(leaf + 1)),
            Target::Leaf(_) if !self.adjustments.is_empty() => Some(Target::Adjustment(0)),
            Target::Adjustment(adjustment) if adjustment + 1 < self.adjustments.len() => Some(Target::Adjustment(adjustment + 1)),
            _ => None,
        }
    }

    /// All ids that evidence rows may name (leaves and adjustments).
    pub fn scorable_ids(&self) -> impl Iterator<Item = &str> {
        self.leaves.iter().map(|leaf| self.nodes[leaf.node].id.as_str()).chain(self.adjustments.iter().map(|a| a.id.as_str()))
    }

    /// The node of a leaf.
    pub fn leaf_node(&self, leaf: usize) -> &Node {
        &self.nodes[self.leaves[leaf].node]
    }

    /// The node of an area.
    pub fn area_node(&self, area: usize) -> &Node {
        &self.nodes[self.areas[area]]
    }

    /// Sum of all leaf maxima.
    pub fn total_max(&self) -> Decimal {
        self.leaves.iter().map(|leaf| leaf.max).sum()
    }

    /// Sum of the maxima of the leaves from `source`.
    pub fn max_of(&self, source: Source) -> Decimal {
        self.leaves.iter().filter(|leaf| leaf.source == source).map(|leaf| leaf.max).sum()
    }

    /// Whether any leaf comes from the survey.
    pub fn has_survey(&self) -> bool {
        self.leaves.iter().any(|leaf| leaf.source == Source::Survey)
    }

    /// Rounds a leaf's or adjustment's points as the rounding policy says.
    pub fn round_points(&self, points: Decimal) -> Decimal {
        match self.rounding {
            Rounding::Leaf => crate::points::round(points, self.decimals),
            Rounding::Total => points,
        }
    }

    /// The grade an index earns: the first whose minimum it reaches.
    pub fn grade_for(&self, index: Decimal) -> Option<usize> {
        self.grades.iter().position(|grade| grade.min_index <= index)
    }

    /// "Title (year)" for headings.
    pub fn heading(&self) -> String {
        match self.year {
            Some(year) if !self.title.contains(&year.to_string()) => format!("{} – {year}", self.title),
            _ => self.title.clone(),
        }
    }
}
