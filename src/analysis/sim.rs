//! The what-if simulation's arithmetic, exact in scaled integers (no floating point):
//! points and maxima × 10^k, weights in parts per million, the index rounded half
//! away from zero to the framework's decimals, exactly like the official index.

use crate::tr;
use rand_chacha::ChaCha20Rng;
use rand_chacha::rand_core::{RngCore, SeedableRng};
use rust_decimal::Decimal;

use crate::criteria::{Framework, Source};
use crate::error::{Error, Result};
use crate::scoring::{Status, UnitScore};

/// A weight of 1 (100 %), in parts per million.
pub(super) const ONE: i128 = 1_000_000;

/// Scaled figures must stay below this, so that no weighted sum can overflow an i128.
const LIMIT: i128 = 1_000_000_000_000_000;

/// One unit's figures, scaled by 10^k: per area, assessment and survey points and maxima.
struct SimUnit {
    assessment: Vec<(i128, i128)>,
    survey: Vec<(i128, i128)>,
    adjustment: i128,
}

/// Every unit's figures, ready to be re-weighted.
pub(super) struct Model {
    units: Vec<SimUnit>,
    /// 100 × 10^decimals: the index's scale.
    hundred: i128,
    cap: Option<i128>,
    /// Grade thresholds on the index's scale (⌈min_index × 10^decimals⌉).
    grades: Vec<i128>,
}

fn scaled(value: Decimal, scale: u32) -> Result<i128> {
    let mut shifted = value;
    shifted.rescale(scale);
    let mantissa = shifted.mantissa();
    if shifted != value || mantissa.abs() > LIMIT {
        return Err(Error::Usage(tr!("analysis-whatif-figure-too-large", value = value)));
    }
    Ok(mantissa)
}

impl Model {
    /// The model of `scores` (in any order; indices follow it).
    pub(super) fn new(framework: &Framework, scores: &[&UnitScore]) -> Result<Self> {
        let scale = scores
            .iter()
            .flat_map(|s| s.leaves.iter().map(|l| l.points.scale()).chain([s.figures.bonus.scale(), s.figures.penalty.scale()]))
            .chain(framework.leaves.iter().map(|l| l.max.scale()))
            .max()
            .unwrap_or(0);
        let units = scores
            .iter()
            .map(|score| {
                let mut parts = [
                    vec![(Decimal::ZERO, Decimal::ZERO); framework.areas.len()],
                    vec![(Decimal::ZERO, Decimal::ZERO); framework.areas.len()],
                ];
                for (spec, leaf) in framework.leaves.iter().zip(&score.leaves) {
                    if leaf.status != Status::NotApplicable {
                        let part = &mut parts[usize::from(spec.source == Source::Survey)][spec.area];
                        part.0 += leaf.points;
                        part.1 += spec.max;
                    }
                }
                let convert = |list: &[(Decimal, Decimal)]| -> Result<Vec<(i128, i128)>> {
                    list.iter().map(|(p, m)| Ok((scaled(*p, scale)?, scaled(*m, scale)?))).collect()
                };
                Ok(SimUnit {
                    assessment: convert(&parts[0])?,
                    survey: convert(&parts[1])?,
                    adjustment: scaled(score.figures.adjustment(), scale)?,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let ten = 10i128.pow(framework.decimals);
        let grades =
            framework.grades.iter().map(|g| scaled((g.min_index * Decimal::from(ten as i64)).ceil(), 0)).collect::<Result<Vec<_>>>()?;
        Ok(Model { units, hundred: 100 * ten, cap: framework.cap_index.then_some(100 * ten), grades })
    }

    /// Number of units.
    pub(super) fn len(&self) -> usize {
        self.units.len()
    }

    /// A unit's index on the scale 10^decimals, with area weights and the survey's
    /// weight in parts per million: Σ w·(assessment + v·survey) + adjustment over
    /// Σ w·(assessment max + v·survey max), × 100, rounded half away from zero.
    pub(super) fn index(&self, unit: usize, weights: &[i128], survey: i128) -> i128 {
        let figures = &self.units[unit];
        let (mut points, mut max) = (figures.adjustment * ONE * ONE, 0i128);
        for (area, weight) in weights.iter().enumerate() {
            let ((a, am), (s, sm)) = (figures.assessment[area], figures.survey[area]);
            points += weight * (a * ONE + survey * s);
            max += weight * (am * ONE + survey * sm);
        }
        if max <= 0 {
            return 0;
        }
        let points = points.max(0);
        let index = (2 * points * self.hundred + max) / (2 * max);
        self.cap.map_or(index, |cap| index.min(cap))
    }

    /// The grade of an index on the scale 10^decimals.
    pub(super) fn grade(&self, index: i128) -> Option<usize> {
        self.grades.iter().position(|&min| min <= index)
    }
}

/// Ranks of `indices`: highest first, ties share a rank and are ordered by `name_order`.
pub(super) fn rank_into(indices: &[i128], name_order: &[usize], order: &mut Vec<usize>, ranks: &mut [usize]) {
    order.clear();
    order.extend(0..indices.len());
    order.sort_unstable_by(|&a, &b| indices[b].cmp(&indices[a]).then(name_order[a].cmp(&name_order[b])));
    for (position, &unit) in order.iter().enumerate() {
        ranks[unit] = match position.checked_sub(1).map(|p| order[p]) {
            Some(previous) if indices[previous] == indices[unit] => ranks[previous],
            _ => position + 1,
        };
    }
}

/// The random stream: ChaCha20 keyed by the seed (little-endian in the key's first
/// 8 bytes, the rest zero), read 64 bits at a time. ChaCha20 is a fixed algorithm,
/// so a seed gives the same samples in every version of par-score.
pub(super) struct Stream(ChaCha20Rng);

impl Stream {
    /// The stream of `seed`.
    pub(super) fn new(seed: u64) -> Self {
        let mut key = [0u8; 32];
        key[..8].copy_from_slice(&seed.to_le_bytes());
        Stream(ChaCha20Rng::from_seed(key))
    }

    /// The next 64 random bits.
    pub(super) fn next_u64(&mut self) -> u64 {
        self.0.next_u64()
    }

    /// A uniform integer in −half..=half, without bias (rejection sampling).
    pub(super) fn symmetric(&mut self, half: i128) -> i128 {
        if half == 0 {
            return 0;
        }
        let span = (2 * half + 1) as u64;
        let zone = u64::MAX - (u64::MAX % span + 1) % span;
        loop {
            let draw = self.next_u64();
            if draw <= zone {
                return i128::from(draw % span) - half;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stream_is_chacha20_of_the_rfc_test_key() {
        // Seed 0 is the all-zero key; the first keystream bytes of ChaCha20 with key 0
        // and nonce 0 are 76 b8 e0 ad a0 f1 3d 90 (RFC 7539 appendix A.1, test vector 1).
        assert_eq!(Stream::new(0).next_u64(), u64::from_le_bytes([0x76, 0xb8, 0xe0, 0xad, 0xa0, 0xf1, 0x3d, 0x90]));
    }

    #[test]
    fn symmetric_stays_in_range_and_reaches_both_ends() {
        let mut stream = Stream::new(7);
        let draws: Vec<i128> = (0..2000).map(|_| stream.symmetric(2)).collect();
        assert!(draws.iter().all(|d| (-2..=2).contains(d)));
        assert!(draws.contains(&-2) && draws.contains(&2));
        assert_eq!(Stream::new(7).symmetric(0), 0);
    }

    /// With every weight 1 the model gives exactly the official index and grade of every
    /// unit of the bundled examples (N/A leaves, bonuses, penalties, two frameworks).
    #[test]
    fn unit_weights_reproduce_the_official_scores() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        for (id, dir) in
            [("huyen-2024", "examples/huyen-2024"), ("huyen-2023", "examples/huyen-2023"), ("so-2025", "examples/so-tu-phap-2025.csv")]
        {
            let framework = crate::criteria::load_framework(Some(id)).unwrap();
            let evidence = crate::evidence::read_evidence(&[root.join(dir)], &framework, Default::default()).unwrap();
            let scores = crate::scoring::score_all(&framework, &evidence).unwrap();
            let model = Model::new(&framework, &scores.iter().collect::<Vec<_>>()).unwrap();
            let weights = vec![ONE; framework.areas.len()];
            for (unit, score) in scores.iter().enumerate() {
                let index = model.index(unit, &weights, ONE);
                assert_eq!(Decimal::from_i128_with_scale(index, framework.decimals), score.figures.index, "{id} {}", score.name);
                assert_eq!(model.grade(index), score.figures.grade, "{id} {}", score.name);
            }
        }
    }

    #[test]
    fn ranks_share_ties_and_order_them_by_name() {
        let (mut order, mut ranks) = (Vec::new(), vec![0; 4]);
        // indices 80, 95.7, 95.7, 99 (scale 10^2); names in order D, Sở Y tế, B, A → name order 3, 2, 1, 0.
        rank_into(&[8000, 9570, 9570, 9900], &[3, 2, 1, 0], &mut order, &mut ranks);
        assert_eq!(ranks, [4, 2, 2, 1]);
        assert_eq!(order, [3, 2, 1, 0]);
    }
}
