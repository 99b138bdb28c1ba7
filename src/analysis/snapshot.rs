//! One year's ranking, from evidence scored now or from a ranking CSV written
//! earlier, with what is known about its framework's areas.

use crate::tr;
use rust_decimal::Decimal;

use super::ranking_file::RankingFile;
use crate::criteria::Framework;
use crate::diagnostic::{Diagnostic, Location};
use crate::error::{Error, Result};
use crate::ranking::Ranked;

/// An area of a snapshot's framework.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SnapshotArea {
    /// The area id.
    pub id: String,
    /// Its name, when the framework is known.
    pub name: Option<String>,
    /// Its maximum, when the framework is known.
    pub max: Option<Decimal>,
    /// Its scored leaves (id, maximum), when the framework is known.
    pub leaves: Option<Vec<(String, Decimal)>>,
}

/// One unit of a snapshot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SnapshotUnit {
    /// Canonical name.
    pub name: String,
    /// Rank in its year.
    pub rank: usize,
    /// Points per area, in the order of [`Snapshot::areas`].
    pub areas: Vec<Decimal>,
    /// Bonuses − penalties.
    pub adjustment: Decimal,
    /// Total points.
    pub total: Decimal,
    /// Applicable maximum.
    pub max: Decimal,
    /// Index (%).
    pub index: Decimal,
    /// Grade name (may be empty).
    pub grade: String,
}

/// A ranking of one year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snapshot {
    /// Where it came from (file or directories, as named by the user).
    pub source: String,
    /// The framework's id, when known.
    pub framework_id: Option<String>,
    /// Decimals of its figures.
    pub decimals: u32,
    /// Its areas in declared order.
    pub areas: Vec<SnapshotArea>,
    /// Its units in rank order.
    pub units: Vec<SnapshotUnit>,
}

fn framework_areas(framework: &Framework) -> Vec<SnapshotArea> {
    (0..framework.areas.len())
        .map(|area| {
            let node = framework.area_node(area);
            let leaves = crate::criteria::diff::area_leaves(framework, area);
            SnapshotArea { id: node.id.clone(), name: Some(node.name.clone()), max: Some(node.max), leaves: Some(leaves) }
        })
        .collect()
}

impl Snapshot {
    /// A snapshot of units just scored and ranked with `framework`.
    pub fn from_ranked(source: String, framework: &Framework, ranked: &[Ranked]) -> Self {
        let units = ranked
            .iter()
            .map(|r| {
                let s = &r.score;
                SnapshotUnit {
                    name: s.name.clone(),
                    rank: r.rank,
                    areas: (0..framework.areas.len()).map(|a| s.area_points(framework, a)).collect(),
                    adjustment: s.figures.adjustment(),
                    total: s.figures.total,
                    max: s.figures.max,
                    index: s.figures.index,
                    grade: s.figures.grade_name(framework).to_owned(),
                }
            })
            .collect();
        Snapshot {
            source,
            framework_id: Some(framework.id.clone()),
            decimals: framework.decimals,
            areas: framework_areas(framework),
            units,
        }
    }

    /// A snapshot of a ranking CSV; with the framework it was scored with, the areas
    /// get names and maxima (its area ids must be the file's columns).
    pub fn from_ranking_file(file: RankingFile, framework: Option<&Framework>) -> Result<Self> {
        let areas = match framework {
            Some(framework) => {
                let known = framework_areas(framework);
                let ids: Vec<&str> = known.iter().map(|a| a.id.as_str()).collect();
                if ids != file.area_ids {
                    let message = tr!(
                        "analysis-snapshot-areas-differ",
                        columns = file.area_ids.join(", "),
                        framework = framework.id,
                        areas = ids.join(", ")
                    );
                    let expected = tr!("analysis-snapshot-areas-differ-expected");
                    return Err(Error::Input(Diagnostic::error(Location::line(&file.name, 1), message).expected(expected).into()));
                }
                known
            }
            None => file.area_ids.iter().map(|id| SnapshotArea { id: id.clone(), name: None, max: None, leaves: None }).collect(),
        };
        Ok(Snapshot { source: file.name, framework_id: framework.map(|f| f.id.clone()), decimals: file.decimals, areas, units: file.rows })
    }
}
