//! Where points were lost: applicable maximum − points per sub-criterion, criterion
//! and area, the index a unit would reach by recovering each, and the
//! sub-criteria that most units lose points on.

use rust_decimal::Decimal;

use crate::criteria::{AdjustmentKind, Framework};
use crate::points::div_round;
use crate::ranking::Ranked;
use crate::scoring::{Status, UnitScore};

/// What a gap is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GapTarget {
    /// A node of the tree (area, criterion or scored leaf).
    Node(usize),
    /// A penalty (index into the framework's adjustments).
    Penalty(usize),
}

/// Points lost on one node (or to one penalty).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gap {
    /// The node or penalty.
    pub target: GapTarget,
    /// Applicable maximum of the node (for a penalty: the points deducted).
    pub max: Decimal,
    /// Points earned (for a penalty: 0).
    pub points: Decimal,
    /// Points lost: `max − points`.
    pub lost: Decimal,
    /// The unit's index if it recovered these points, everything else unchanged.
    pub index_if_recovered: Decimal,
    /// For a scored leaf, how its points came about.
    pub status: Option<Status>,
}

/// A unit's gaps at each level, largest first (then in tree order).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitGaps {
    /// The unit's canonical name.
    pub unit: String,
    /// Its rank.
    pub rank: usize,
    /// Its index.
    pub index: Decimal,
    /// Its applicable maximum − its points in the areas.
    pub lost: Decimal,
    /// Areas with points lost.
    pub areas: Vec<Gap>,
    /// Criteria (first level below the areas) with points lost.
    pub criteria: Vec<Gap>,
    /// Scored sub-criteria with points lost.
    pub leaves: Vec<Gap>,
    /// Penalties incurred.
    pub penalties: Vec<Gap>,
}

/// The index with `extra` area points and `relief` fewer penalty points.
fn index_with(framework: &Framework, score: &UnitScore, extra: Decimal, relief: Decimal) -> Decimal {
    let areas: Decimal = (0..framework.areas.len()).map(|a| score.area_points(framework, a)).sum();
    let total = (areas + extra + score.figures.bonus - (score.figures.penalty - relief)).max(Decimal::ZERO);
    let index = div_round(total * Decimal::ONE_HUNDRED, score.figures.max, framework.decimals);
    if framework.cap_index { index.min(Decimal::ONE_HUNDRED) } else { index }
}

fn largest_first(mut gaps: Vec<Gap>) -> Vec<Gap> {
    gaps.sort_by_key(|g| std::cmp::Reverse(g.lost)); // stable: equal losses stay in tree order
    gaps
}

/// A ranked unit's gaps.
pub fn unit_gaps(framework: &Framework, ranked: &Ranked) -> UnitGaps {
    let score = &ranked.score;
    let node_gap = |node: usize| {
        let (max, points) = (score.node_max[node], score.node_points[node]);
        let lost = max - points;
        let status = framework.nodes[node].leaf.map(|leaf| score.leaves[leaf].status);
        Gap {
            target: GapTarget::Node(node),
            max,
            points,
            lost,
            index_if_recovered: index_with(framework, score, lost, Decimal::ZERO),
            status,
        }
    };
    let level = |keep: &dyn Fn(usize) -> bool| -> Vec<Gap> {
        let gaps = (0..framework.nodes.len()).filter(|&n| keep(n) && score.node_max[n] > score.node_points[n]).map(node_gap).collect();
        largest_first(gaps)
    };
    let leaves = level(&|n| framework.nodes[n].leaf.is_some_and(|leaf| score.leaves[leaf].status != Status::NotApplicable));
    let penalties = framework
        .adjustments
        .iter()
        .zip(&score.adjustments)
        .enumerate()
        .filter(|(_, (spec, result))| spec.kind == AdjustmentKind::Penalty && result.points > Decimal::ZERO)
        .map(|(a, (_, result))| Gap {
            target: GapTarget::Penalty(a),
            max: result.points,
            points: Decimal::ZERO,
            lost: result.points,
            index_if_recovered: index_with(framework, score, Decimal::ZERO, result.points),
            status: Some(result.status),
        })
        .collect();
    let areas_points: Decimal = (0..framework.areas.len()).map(|a| score.area_points(framework, a)).sum();
    UnitGaps {
        unit: score.name.clone(),
        rank: ranked.rank,
        index: score.figures.index,
        lost: score.figures.max - areas_points,
        areas: level(&|n| framework.nodes[n].depth == 0),
        criteria: level(&|n| framework.nodes[n].depth == 1),
        leaves,
        penalties: largest_first(penalties),
    }
}

/// A sub-criterion that units lose points on, across all units.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Priority {
    /// The leaf (index into the framework's leaves).
    pub leaf: usize,
    /// Units that lose points on it.
    pub units_losing: usize,
    /// Units to which it applies.
    pub units_applicable: usize,
    /// Points lost by all units together.
    pub total_lost: Decimal,
    /// Points at stake: its maximum × the units to which it applies.
    pub total_max: Decimal,
}

/// Sub-criteria that at least one unit loses points on: most units first, then most
/// points lost, then tree order.
pub fn priorities(framework: &Framework, scores: &[&UnitScore]) -> Vec<Priority> {
    let mut list: Vec<Priority> = (0..framework.leaves.len())
        .map(|leaf| {
            let max = framework.leaves[leaf].max;
            let applicable: Vec<Decimal> =
                scores.iter().filter(|s| s.leaves[leaf].status != Status::NotApplicable).map(|s| max - s.leaves[leaf].points).collect();
            Priority {
                leaf,
                units_losing: applicable.iter().filter(|lost| **lost > Decimal::ZERO).count(),
                units_applicable: applicable.len(),
                total_lost: applicable.iter().sum(),
                total_max: max * Decimal::from(applicable.len()),
            }
        })
        .filter(|p| p.units_losing > 0)
        .collect();
    list.sort_by(|a, b| b.units_losing.cmp(&a.units_losing).then_with(|| b.total_lost.cmp(&a.total_lost)));
    list
}
