//! Year over year: each unit's rank and index in two rankings, matched by canonical
//! name, with the change per area where the two frameworks' areas are comparable.

use rust_decimal::Decimal;
use std::cmp::Ordering;
use std::collections::HashMap;

use super::snapshot::{Snapshot, SnapshotArea, SnapshotUnit};
use crate::criteria::diff::{AreaVerdict, area_verdict};

/// How a unit's rank moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Movement {
    /// Climbed this many places (rank number went down).
    Up(usize),
    /// Fell this many places.
    Down(usize),
    /// Same rank.
    Same,
    /// Only in the current ranking.
    New,
    /// Only in the previous ranking.
    Gone,
}

/// Whether an area's points can be compared between the two years.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Comparability {
    /// Same id (and, where the frameworks are known, same maximum and sub-criteria).
    Comparable,
    /// Same id and maximum, but the sub-criteria changed: compared, with a note.
    CriteriaChanged,
    /// Same id, different maximum: points are not comparable.
    MaxChanged {
        /// Previous maximum.
        previous: Decimal,
        /// Current maximum.
        current: Decimal,
    },
    /// The area exists only in the previous framework.
    OnlyPrevious,
    /// The area exists only in the current framework.
    OnlyCurrent,
}

impl Comparability {
    /// Whether points of the area are compared.
    pub fn is_comparable(&self) -> bool {
        matches!(self, Comparability::Comparable | Comparability::CriteriaChanged)
    }
}

/// An area id in either year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AreaPair {
    /// The id.
    pub id: String,
    /// Its name (current year's, else previous), when known.
    pub name: Option<String>,
    /// Its position in the previous snapshot's areas.
    pub previous: Option<usize>,
    /// Its position in the current snapshot's areas.
    pub current: Option<usize>,
    /// Whether it can be compared.
    pub comparability: Comparability,
}

/// One unit in either year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitChange {
    /// Canonical name.
    pub name: String,
    /// Its previous result.
    pub previous: Option<SnapshotUnit>,
    /// Its current result.
    pub current: Option<SnapshotUnit>,
    /// How its rank moved.
    pub movement: Movement,
    /// Current − previous index, when in both.
    pub index_change: Option<Decimal>,
    /// Current − previous points per area pair (None when not comparable or not in both).
    pub area_changes: Vec<Option<Decimal>>,
}

/// Two rankings side by side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    /// The previous ranking.
    pub previous: Snapshot,
    /// The current ranking.
    pub current: Snapshot,
    /// Decimals for showing changes: the larger of the two.
    pub decimals: u32,
    /// Every area id: the current framework's in order, then those only in the previous.
    pub areas: Vec<AreaPair>,
    /// Units in current rank order, then units gone, in previous rank order.
    pub units: Vec<UnitChange>,
}

/// The verdict of `criteria diff` (one source of truth for both commands).
fn comparability(previous: &SnapshotArea, current: &SnapshotArea) -> Comparability {
    match area_verdict(previous.max, previous.leaves.as_ref(), current.max, current.leaves.as_ref()) {
        AreaVerdict::MaxChanged { previous, current } => Comparability::MaxChanged { previous, current },
        AreaVerdict::CriteriaChanged => Comparability::CriteriaChanged,
        AreaVerdict::Same => Comparability::Comparable,
    }
}

fn pair_areas(previous: &Snapshot, current: &Snapshot) -> Vec<AreaPair> {
    let position = |snapshot: &Snapshot, id: &str| snapshot.areas.iter().position(|a| a.id == id);
    let mut pairs: Vec<AreaPair> = current
        .areas
        .iter()
        .enumerate()
        .map(|(c, area)| {
            let p = position(previous, &area.id);
            let comparability = p.map_or(Comparability::OnlyCurrent, |p| comparability(&previous.areas[p], area));
            let name = area.name.clone().or_else(|| p.and_then(|p| previous.areas[p].name.clone()));
            AreaPair { id: area.id.clone(), name, previous: p, current: Some(c), comparability }
        })
        .collect();
    for (p, area) in previous.areas.iter().enumerate() {
        if position(current, &area.id).is_none() {
            pairs.push(AreaPair {
                id: area.id.clone(),
                name: area.name.clone(),
                previous: Some(p),
                current: None,
                comparability: Comparability::OnlyPrevious,
            });
        }
    }
    pairs
}

fn change(
    areas: &[AreaPair],
    previous: Option<&SnapshotUnit>,
    current: Option<&SnapshotUnit>,
) -> (Movement, Option<Decimal>, Vec<Option<Decimal>>) {
    let (Some(p), Some(c)) = (previous, current) else {
        let movement = if previous.is_some() { Movement::Gone } else { Movement::New };
        return (movement, None, vec![None; areas.len()]);
    };
    let movement = match c.rank.cmp(&p.rank) {
        Ordering::Less => Movement::Up(p.rank - c.rank),
        Ordering::Greater => Movement::Down(c.rank - p.rank),
        Ordering::Equal => Movement::Same,
    };
    let area_changes = areas
        .iter()
        .map(|pair| match (pair.comparability.is_comparable(), pair.previous, pair.current) {
            (true, Some(pa), Some(ca)) => Some(c.areas[ca] - p.areas[pa]),
            _ => None,
        })
        .collect();
    (movement, Some(c.index - p.index), area_changes)
}

/// Compares two rankings; units are matched by canonical name.
pub fn compare(previous: Snapshot, current: Snapshot) -> Comparison {
    let areas = pair_areas(&previous, &current);
    let before: HashMap<&str, &SnapshotUnit> = previous.units.iter().map(|u| (u.name.as_str(), u)).collect();
    let now: HashMap<&str, &SnapshotUnit> = current.units.iter().map(|u| (u.name.as_str(), u)).collect();
    let mut units = Vec::with_capacity(current.units.len());
    for unit in &current.units {
        let old = before.get(unit.name.as_str()).copied();
        let (movement, index_change, area_changes) = change(&areas, old, Some(unit));
        units.push(UnitChange {
            name: unit.name.clone(),
            previous: old.cloned(),
            current: Some(unit.clone()),
            movement,
            index_change,
            area_changes,
        });
    }
    for unit in previous.units.iter().filter(|u| !now.contains_key(u.name.as_str())) {
        let (movement, index_change, area_changes) = change(&areas, Some(unit), None);
        units.push(UnitChange {
            name: unit.name.clone(),
            previous: Some(unit.clone()),
            current: None,
            movement,
            index_change,
            area_changes,
        });
    }
    let decimals = previous.decimals.max(current.decimals);
    Comparison { previous, current, decimals, areas, units }
}

impl Comparison {
    /// Up to `n` units that climbed, most places first (then larger index gain, then name).
    pub fn climbers(&self, n: usize) -> Vec<&UnitChange> {
        self.extremes(n, |m| if let Movement::Up(k) = m { Some(k) } else { None }, |a, b| b.cmp(a))
    }

    /// Up to `n` units that fell, most places first (then larger index loss, then name).
    pub fn fallers(&self, n: usize) -> Vec<&UnitChange> {
        self.extremes(n, |m| if let Movement::Down(k) = m { Some(k) } else { None }, |a, b| a.cmp(b))
    }

    fn extremes(
        &self,
        n: usize,
        places: impl Fn(Movement) -> Option<usize>,
        by_index: impl Fn(&Decimal, &Decimal) -> Ordering,
    ) -> Vec<&UnitChange> {
        let mut moved: Vec<(usize, &UnitChange)> = self.units.iter().filter_map(|u| places(u.movement).map(|k| (k, u))).collect();
        moved.sort_by(|(ka, a), (kb, b)| {
            let (ia, ib) = (a.index_change.unwrap_or_default(), b.index_change.unwrap_or_default());
            kb.cmp(ka).then_with(|| by_index(&ia, &ib)).then_with(|| a.name.cmp(&b.name))
        });
        moved.into_iter().take(n).map(|(_, u)| u).collect()
    }

    /// Whether both frameworks are known, so that areas were checked beyond their ids.
    pub fn frameworks_known(&self) -> bool {
        self.previous.framework_id.is_some() && self.current.framework_id.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn area(id: &str, max: &str, leaves: &[(&str, &str)]) -> SnapshotArea {
        SnapshotArea {
            id: id.into(),
            name: Some(format!("Lĩnh vực {id}")),
            max: Some(max.parse().unwrap()),
            leaves: Some(leaves.iter().map(|(l, m)| (l.to_string(), m.parse().unwrap())).collect()),
        }
    }

    fn unit(name: &str, rank: usize, areas: &[&str], index: &str) -> SnapshotUnit {
        SnapshotUnit {
            name: name.into(),
            rank,
            areas: areas.iter().map(|a| a.parse().unwrap()).collect(),
            adjustment: Decimal::ZERO,
            total: Decimal::ZERO,
            max: Decimal::ONE_HUNDRED,
            index: index.parse().unwrap(),
            grade: String::new(),
        }
    }

    fn snapshot(areas: Vec<SnapshotArea>, units: Vec<SnapshotUnit>) -> Snapshot {
        Snapshot { source: "x".into(), framework_id: Some("f".into()), decimals: 2, areas, units }
    }

    #[test]
    fn same_maximum_with_other_sub_criteria_is_compared_with_a_note() {
        // Area 1 keeps its maximum 3 but 1.2 (2) became 1.2 (1) + 1.3 (1): still compared.
        let previous = snapshot(vec![area("1", "3", &[("1.1", "1"), ("1.2", "2")])], vec![unit("A", 1, &["2"], "66.67")]);
        let current = snapshot(vec![area("1", "3", &[("1.1", "1"), ("1.2", "1"), ("1.3", "1")])], vec![unit("A", 1, &["2.5"], "83.33")]);
        let comparison = compare(previous, current);
        assert_eq!(comparison.areas[0].comparability, Comparability::CriteriaChanged);
        assert_eq!(comparison.units[0].area_changes, [Some("0.5".parse().unwrap())]);
        assert_eq!(comparison.units[0].movement, Movement::Same);
        assert_eq!(comparison.units[0].index_change, Some("16.66".parse().unwrap()));
    }

    #[test]
    fn climbers_by_places_then_index_gain_then_name() {
        let areas = || vec![area("1", "10", &[("1.1", "10")])];
        let before = vec![unit("C", 5, &["1"], "10"), unit("B", 4, &["1"], "20"), unit("A", 3, &["1"], "30"), unit("D", 1, &["1"], "90")];
        // A, B and C each climb 2 places (A +5, B +5, C +9); D falls 3.
        let after = vec![unit("A", 1, &["1"], "35"), unit("B", 2, &["1"], "25"), unit("C", 3, &["1"], "19"), unit("D", 4, &["1"], "15")];
        let comparison = compare(snapshot(areas(), before), snapshot(areas(), after));
        let names = |list: Vec<&UnitChange>| list.iter().map(|u| u.name.clone()).collect::<Vec<_>>();
        assert_eq!(names(comparison.climbers(3)), ["C", "A", "B"]);
        assert_eq!(names(comparison.climbers(1)), ["C"]);
        assert_eq!(names(comparison.fallers(3)), ["D"]);
        assert_eq!(comparison.units[3].movement, Movement::Down(3));
    }
}
