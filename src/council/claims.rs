//! What a unit claimed: self-assessed points of every leaf, criterion and area, and
//! the self-assessed total and index, set against the final points.
//!
//! The self-assessed points of a leaf are the unit's `self_score`, rounded like final
//! points, and 0 when the cell is empty — except on a survey leaf, which units do not
//! assess: without a self-score its survey points stand on both sides. A leaf marked
//! not applicable counts in neither column. Adjustments carry their sign: a claimed
//! penalty subtracts.

use rust_decimal::Decimal;

use crate::criteria::{AdjustmentKind, Framework, Leaf, Source};
use crate::points::{div_round, round};
use crate::scoring::{LeafScore, Status, UnitScore};

/// A unit's claims, summed like its final points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claims {
    /// Self-assessed points of every node (areas and criteria), in node order.
    pub nodes: Vec<Decimal>,
    /// Sum of the areas.
    pub areas: Decimal,
    /// Claimed bonuses minus claimed penalties.
    pub adjustment: Decimal,
    /// Areas + adjustments, never below 0.
    pub total: Decimal,
    /// `total / applicable max × 100`, rounded and capped like the final index.
    pub index: Decimal,
    /// The grade the claimed index would earn.
    pub grade: Option<usize>,
}

/// The self-assessed points of a leaf: `None` when it is not applicable.
pub fn leaf_claim(leaf: &Leaf, score: &LeafScore, decimals: u32) -> Option<Decimal> {
    if score.status == Status::NotApplicable {
        return None;
    }
    Some(match score.self_score {
        Some(claimed) => round(claimed, decimals),
        None if leaf.source == Source::Survey => score.points,
        None => Decimal::ZERO,
    })
}

/// The sign of an adjustment: +1 for a bonus, −1 for a penalty.
pub fn adjustment_sign(framework: &Framework, adjustment: usize) -> Decimal {
    match framework.adjustments[adjustment].kind {
        AdjustmentKind::Bonus => Decimal::ONE,
        AdjustmentKind::Penalty => Decimal::NEGATIVE_ONE,
    }
}

/// Sums a unit's claims over the framework's tree.
pub fn claims(framework: &Framework, score: &UnitScore) -> Claims {
    let dp = framework.decimals;
    let mut nodes = vec![Decimal::ZERO; framework.nodes.len()];
    for (leaf, result) in framework.leaves.iter().zip(&score.leaves) {
        let Some(claim) = leaf_claim(leaf, result, dp) else { continue };
        let mut node = Some(leaf.node);
        while let Some(index) = node {
            nodes[index] += claim;
            node = framework.nodes[index].parent;
        }
    }
    let areas: Decimal = framework.areas.iter().map(|&area| nodes[area]).sum();
    let adjustment: Decimal = score
        .adjustments
        .iter()
        .enumerate()
        .map(|(index, result)| adjustment_sign(framework, index) * round(result.self_score.unwrap_or_default(), dp))
        .sum();
    let total = (areas + adjustment).max(Decimal::ZERO);
    let mut index = div_round(total * Decimal::ONE_HUNDRED, score.figures.max, dp);
    if framework.cap_index {
        index = index.min(Decimal::ONE_HUNDRED);
    }
    Claims { nodes, areas, adjustment, total, index, grade: framework.grade_for(index) }
}
