//! Ranking: units ordered by index, highest first; equal indices share a rank
//! (1, 2, 2, 4) and are listed by name in Vietnamese alphabetical order.

use std::cmp::Ordering;
use std::sync::OnceLock;

use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed};
use rayon::iter::ParallelIterator;
use rayon::slice::ParallelSliceMut;
use rust_decimal::Decimal;

use crate::criteria::{Framework, TiePolicy};
use crate::register::Roster;
use crate::scoring::{Figures, UnitScore, UnitTotals};

/// What ranking needs of a unit's result: its canonical name and its index.
pub trait Rankable: Send + Sync {
    /// The canonical unit name (ties are listed by it).
    fn name(&self) -> &str;
    /// The index as shown (rounded).
    fn index(&self) -> Decimal;
}

impl Rankable for UnitScore {
    fn name(&self) -> &str {
        &self.name
    }
    fn index(&self) -> Decimal {
        self.figures.index
    }
}

impl Rankable for UnitTotals {
    fn name(&self) -> &str {
        &self.name
    }
    fn index(&self) -> Decimal {
        self.figures.index
    }
}

/// A unit's total and applicable maximum, for ranking by the unrounded index.
pub trait Exact {
    /// (exact total, applicable maximum).
    fn total_and_max(&self) -> (Decimal, Decimal);
}

/// The exact total: leaf points + bonuses − penalties, never below 0. It is the total
/// shown when leaves are rounded, and the unrounded one with `rounding = "total"`.
fn exact_total(figures: &Figures) -> (Decimal, Decimal) {
    ((figures.assessment + figures.survey + figures.bonus - figures.penalty).max(Decimal::ZERO), figures.max)
}

impl Exact for UnitScore {
    fn total_and_max(&self) -> (Decimal, Decimal) {
        exact_total(&self.figures)
    }
}

impl Exact for UnitTotals {
    fn total_and_max(&self) -> (Decimal, Decimal) {
        exact_total(&self.figures)
    }
}

/// A unit seen through its unrounded index (extension `ties = "exact"`).
struct Unrounded<T> {
    unit: T,
    index: Decimal,
}

impl<T: Rankable> Rankable for Unrounded<T> {
    fn name(&self) -> &str {
        self.unit.name()
    }
    fn index(&self) -> Decimal {
        self.index
    }
}

/// Ranks units as their framework's tie policy says: equal indices share a rank
/// ([`rank`]), or, with `ties = "exact"`, units are ordered by the unrounded index
/// total × 100 / max (capped as the index is; 28 significant digits, far more than
/// any two different indices share) and only equal unrounded indices share a rank.
pub fn rank_in<T: Rankable + Exact>(framework: &Framework, scores: Vec<T>) -> Vec<Ranked<T>> {
    if framework.ties == TiePolicy::Shared {
        return rank(scores);
    }
    let refined = scores
        .into_iter()
        .map(|unit| {
            let (total, max) = unit.total_and_max();
            let mut index = if max.is_zero() { Decimal::ZERO } else { total * Decimal::ONE_HUNDRED / max };
            if framework.cap_index {
                index = index.min(Decimal::ONE_HUNDRED);
            }
            Unrounded { unit, index }
        })
        .collect();
    rank(refined).into_iter().map(|ranked| Ranked { rank: ranked.rank, score: ranked.score.unit, block: ranked.block }).collect()
}

/// A unit with its rank: the full score (every leaf) by default, or only the
/// totals on the fast batch path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ranked<T = UnitScore> {
    /// 1 for the highest index; equal indices share the rank.
    pub rank: usize,
    /// The unit's result.
    pub score: T,
    /// Its block (index into [`Roster::blocks`]; 0 without a units register).
    pub block: usize,
}

/// The CLDR `vi` collation (ICU4X, compiled data): "Duy" < "Đông" < "Phước"; tones
/// in the order none, huyền, hỏi, ngã, sắc, nặng.
fn vietnamese() -> &'static CollatorBorrowed<'static> {
    static COLLATOR: OnceLock<CollatorBorrowed<'static>> = OnceLock::new();
    COLLATOR.get_or_init(|| {
        Collator::try_new(icu_locale_core::locale!("vi").into(), CollatorOptions::default())
            .expect("the compiled collation data holds the vi tailoring")
    })
}

/// The primary weight order of the ASCII characters whose order the `vi` collation
/// keeps from the root collation: space < digits (by value) < letters (alphabet, case
/// a tertiary difference only); `None` for every other character.
fn ascii_primary(byte: u8) -> Option<u8> {
    match byte {
        b' ' => Some(0),
        b'0'..=b'9' => Some(1 + byte - b'0'),
        b'a'..=b'z' => Some(11 + byte - b'a'),
        b'A'..=b'Z' => Some(11 + byte - b'A'),
        _ => None,
    }
}

/// Vietnamese alphabetical order of two unit names (formats.md section 3): the `vi`
/// collation, then code-point order where it finds them equal.
///
/// Most names of one tie group share a prefix and first differ in an ASCII letter,
/// digit or space ("… 000349" and "… 000350"). After an identical prefix, two such
/// characters of different primary weight decide at once (the prefix weighs the same
/// at every level, and `vi` has no contraction over ASCII); a following combining mark
/// would change the letter, so then, and in every other case, the collator decides.
pub fn compare_names(a: &str, b: &str) -> Ordering {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    let prefix = x.iter().zip(y).take_while(|(p, q)| p == q).count();
    if let (Some(&p), Some(&q)) = (x.get(prefix), y.get(prefix))
        && let (Some(p), Some(q)) = (ascii_primary(p), ascii_primary(q))
        && p != q
    {
        // Both bytes are ASCII, so `prefix + 1` is a character boundary in both.
        let plain_next = |name: &str| name[prefix + 1..].chars().next().is_none_or(|c| !is_combining(c));
        if plain_next(a) && plain_next(b) {
            return p.cmp(&q);
        }
    }
    vietnamese().compare(a, b).then_with(|| a.cmp(b))
}

/// Whether a character is a combining mark (general category M).
fn is_combining(c: char) -> bool {
    unicode_normalization::char::is_combining_mark(c)
}

/// Ranks units scored with one framework in one run.
pub fn rank<T: Rankable>(scores: Vec<T>) -> Vec<Ranked<T>> {
    // Keys are sorted, not the units: a unit is large to move and far away in
    // memory. The last key, the position, makes the order total, so it is that of a
    // stable sort whatever the thread count.
    let mut order: Vec<(std::cmp::Reverse<Decimal>, &str, usize)> =
        scores.iter().enumerate().map(|(position, score)| (std::cmp::Reverse(score.index()), score.name(), position)).collect();
    order.par_sort_unstable();
    // Only units with equal indices are collated (collation is far slower than
    // comparing bytes), each tie group on its own, groups in parallel.
    order
        .par_chunk_by_mut(|a, b| a.0 == b.0)
        .filter(|group| group.len() > 1)
        .for_each(|group| group.sort_unstable_by(|a, b| compare_names(a.1, b.1).then(a.2.cmp(&b.2))));
    let order: Vec<usize> = order.into_iter().map(|(_, _, position)| position).collect();
    let mut slots: Vec<Option<T>> = scores.into_iter().map(Some).collect();
    let mut ranked: Vec<Ranked<T>> = Vec::with_capacity(slots.len());
    for (position, score) in order.into_iter().filter_map(|at| slots[at].take()).enumerate() {
        let rank = match ranked.last() {
            Some(previous) if previous.score.index() == score.index() => previous.rank,
            _ => position + 1,
        };
        ranked.push(Ranked { rank, score, block: 0 });
    }
    ranked
}

/// Ranks units within their blocks (formats.md section 6): blocks in register order,
/// ranks restarting at 1 in each, under the framework's tie policy ([`rank_in`]).
/// Without blocks it is [`rank_in`].
pub fn rank_in_blocks<T: Rankable + Exact>(framework: &Framework, scores: Vec<T>, roster: &Roster) -> Vec<Ranked<T>> {
    if !roster.has_blocks() {
        return rank_in(framework, scores);
    }
    let mut blocks: Vec<Vec<T>> = (0..roster.blocks.len()).map(|_| Vec::new()).collect();
    for score in scores {
        let block = roster.block(score.name());
        blocks[block].push(score);
    }
    let mut ranked = Vec::new();
    for (block, scores) in blocks.into_iter().enumerate() {
        ranked.extend(rank_in(framework, scores).into_iter().map(|r| Ranked { block, ..r }));
    }
    ranked
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;
    use std::str::FromStr;

    fn unit(name: &str, index: &str) -> UnitTotals {
        UnitTotals {
            name: name.into(),
            areas: vec![],
            figures: crate::scoring::Figures {
                assessment: Decimal::ZERO,
                survey: Decimal::ZERO,
                bonus: Decimal::ZERO,
                penalty: Decimal::ZERO,
                total: Decimal::ZERO,
                max: Decimal::ONE,
                index: Decimal::from_str(index).unwrap(),
                grade: None,
            },
        }
    }

    #[test]
    fn ties_share_a_rank_and_are_listed_by_name() {
        let ranked = rank(vec![unit("D", "80"), unit("Sở Y tế", "95.7"), unit("B", "95.70"), unit("A", "99")]);
        let shown: Vec<(usize, &str)> = ranked.iter().map(|r| (r.rank, r.score.name.as_str())).collect();
        assert_eq!(shown, [(1, "A"), (2, "B"), (2, "Sở Y tế"), (4, "D")]);
    }

    #[test]
    fn ranks_restart_in_each_block_in_register_order() {
        let register = crate::register::parse_register(
            &[(1, vec!["unit".into(), "block".into()]), (2, vec!["B".into(), "Xã".into()]), (3, vec!["A".into(), "Sở".into()]), (4, vec!["C".into(), "Sở".into()])]
                .into_iter()
                .collect::<Vec<(u64, Vec<String>)>>(),
            "r.csv",
            &crate::criteria::parse_framework("[framework]\nid = \"t\"\n[[area]]\nid = \"1\"\nname = \"A\"\n[[criterion]]\nid = \"1.1\"\nname = \"x\"\nmax = 1\nrule = { kind = \"check\" }\n", "t.toml").unwrap(),
        )
        .unwrap();
        let mut roster = Roster::with_blocks(register.blocks.clone());
        for unit in &register.units {
            roster.place(&unit.name, unit.block, false);
        }
        let framework = crate::criteria::parse_framework("[framework]\nid = \"t\"\n[[area]]\nid = \"1\"\nname = \"A\"\n[[criterion]]\nid = \"1.1\"\nname = \"x\"\nmax = 1\nrule = { kind = \"check\" }\n", "t.toml").unwrap();
        let ranked = rank_in_blocks(&framework, vec![unit("A", "50"), unit("B", "10"), unit("C", "90")], &roster);
        let shown: Vec<(usize, usize, &str)> = ranked.iter().map(|r| (r.block, r.rank, r.score.name.as_str())).collect();
        // Block "Xã" comes first (register line 2): B alone is 1st; then "Sở": C 90 before A 50.
        assert_eq!(shown, [(0, 1, "B"), (1, 1, "C"), (1, 2, "A")]);
    }

    fn order(names: &[&str]) -> Vec<String> {
        let ranked = rank(names.iter().map(|name| unit(name, "50")).collect());
        assert!(ranked.iter().all(|r| r.rank == 1));
        ranked.into_iter().map(|r| r.score.name).collect()
    }

    #[test]
    fn ties_are_listed_in_vietnamese_alphabetical_order() {
        // Đ is a letter of its own after D (CLDR vi), not after Z as in code points.
        assert_eq!(order(&["UBND xã Phú Mỹ", "UBND xã Đông Hòa"]), ["UBND xã Đông Hòa", "UBND xã Phú Mỹ"]);
        assert_eq!(order(&["Phước", "Đông", "Duy"]), ["Duy", "Đông", "Phước"]);
        // Tones: none, huyền, hỏi, ngã, sắc, nặng.
        assert_eq!(order(&["mạ", "má", "mã", "mả", "mà", "ma"]), ["ma", "mà", "mả", "mã", "má", "mạ"]);
        // Letter case is a tertiary difference: lower case first.
        assert_eq!(order(&["Z", "b", "B"]), ["b", "B", "Z"]);
    }

    #[test]
    fn the_ascii_shortcut_agrees_with_the_collator() {
        // Random names over ASCII and Vietnamese letters, digits, space, punctuation
        // and a combining mark, many sharing a prefix: compare_names must order every
        // pair as the collator does (then code points).
        let alphabet: Vec<char> = "aAbBdDđĐoOơƠuUưƯzZ09 5-.\u{301}ãạăâêôAa".chars().collect();
        let mut random = crate::testing::XorShift(0x9E37_79B9_7F4A_7C15);
        let name = |random: &mut crate::testing::XorShift| -> String {
            let length = 1 + random.below(6) as usize;
            (0..length).map(|_| alphabet[random.below(alphabet.len() as u64) as usize]).collect()
        };
        for _ in 0..20_000 {
            let stem = name(&mut random);
            let (a, b) = (format!("UBND {stem}{}", name(&mut random)), format!("UBND {stem}{}", name(&mut random)));
            let expected = vietnamese().compare(&a, &b).then_with(|| a.cmp(&b));
            assert_eq!(compare_names(&a, &b), expected, "{a:?} / {b:?}");
        }
    }

    #[test]
    fn names_the_collation_finds_equal_fall_back_to_code_points() {
        // A zero-width joiner is ignored by the collation; code points then decide.
        let (plain, joined) = ("Sở Y tế", "Sở Y\u{200d} tế");
        assert_eq!(vietnamese().compare(plain, joined), std::cmp::Ordering::Equal);
        assert_eq!(order(&[joined, plain]), [plain, joined]);
    }
}
