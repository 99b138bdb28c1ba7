//! Analyses beyond one year's ranking: year-over-year comparison, where points
//! were lost, and how sensitive the ranking is to the method.

mod compare;
mod gaps;
mod ranking_file;
mod sim;
mod snapshot;
mod whatif;

pub use compare::{AreaPair, Comparability, Comparison, Movement, UnitChange, compare};
pub use gaps::{Gap, GapTarget, Priority, UnitGaps, priorities, unit_gaps};
pub use ranking_file::{RankingFile, is_ranking_csv, parse_ranking_csv};
pub use snapshot::{Snapshot, SnapshotArea, SnapshotUnit};
pub use whatif::{Scenario, ScenarioResult, UnitSensitivity, WhatIf, WhatIfOptions, whatif};
