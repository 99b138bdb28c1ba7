//! `gaps` across all units: the province's priorities (sub-criteria most units lose
//! points on) and every unit's largest gap, as tables, CSV and JSON.

use rust_decimal::Decimal;
use serde_json::{Value as Json, json};

use super::gaps::{NAME_WIDTH, first, id_and_name};
use crate::analysis::{Priority, UnitGaps};
use crate::criteria::Framework;
use crate::labels::Lang;
use crate::points::{div_round, fixed};
use crate::report::json::number;
use crate::report::{Align, Grid, csv_bytes};
use crate::text::excerpt;

/// Share of the points at stake that were lost, in %, 1 decimal.
fn share(priority: &Priority) -> Decimal {
    div_round(priority.total_lost * Decimal::ONE_HUNDRED, priority.total_max, 1)
}

/// The province's priorities: sub-criteria that most units lose points on.
pub fn priorities_grid(framework: &Framework, list: &[Priority], top: usize, lang: Lang, show: &dyn Fn(Decimal) -> String) -> Grid {
    let labels = lang.labels();
    let headers = [labels.id, labels.level_leaf, labels.max, labels.units_losing, labels.total_lost, labels.share_lost];
    let mut grid = Grid {
        heading: vec![labels.priorities.to_owned()],
        headers: headers.map(String::from).to_vec(),
        align: vec![Align::Left, Align::Left, Align::Right, Align::Right, Align::Right, Align::Right],
        ..Grid::default()
    };
    for priority in first(list, top) {
        let node = framework.leaf_node(priority.leaf);
        grid.row(vec![
            node.id.clone(),
            excerpt(&node.name, NAME_WIDTH),
            show(node.max),
            format!("{}/{}", priority.units_losing, priority.units_applicable),
            show(priority.total_lost),
            lang.number(share(priority), 1),
        ]);
    }
    grid
}

/// Every unit's gap in one line: rank, unit, index, points lost, largest gap and the index it would give.
pub fn overview_grid(framework: &Framework, all: &[UnitGaps], lang: Lang, show: &dyn Fn(Decimal) -> String) -> Grid {
    let labels = lang.labels();
    let headers = [labels.rank, labels.unit, labels.index, labels.lost, labels.largest_gap, labels.index_if_recovered];
    let mut grid = Grid {
        headers: headers.map(String::from).to_vec(),
        align: vec![Align::Right, Align::Left, Align::Right, Align::Right, Align::Left, Align::Right],
        ..Grid::default()
    };
    for gaps in all {
        let largest = gaps.leaves.first();
        grid.row(vec![
            gaps.rank.to_string(),
            gaps.unit.clone(),
            show(gaps.index),
            show(gaps.lost),
            largest.map_or(String::new(), |g| format!("{}: {}", id_and_name(framework, g.target).0, show(g.lost))),
            largest.map_or(String::new(), |g| show(g.index_if_recovered)),
        ]);
    }
    grid
}

/// The priorities as CSV.
pub fn priorities_csv(framework: &Framework, list: &[Priority], top: usize) -> Vec<u8> {
    let dp = framework.decimals;
    let headers: Vec<String> =
        ["id", "name", "max", "units_losing", "units_applicable", "total_lost", "share_lost"].map(String::from).to_vec();
    let rows: Vec<Vec<String>> = first(list, top)
        .iter()
        .map(|p| {
            let node = framework.leaf_node(p.leaf);
            vec![
                node.id.clone(),
                node.name.clone(),
                crate::points::plain(node.max),
                p.units_losing.to_string(),
                p.units_applicable.to_string(),
                fixed(p.total_lost, dp),
                fixed(share(p), 1),
            ]
        })
        .collect();
    csv_bytes(&headers, rows.iter().map(Vec::as_slice))
}

/// The priorities as JSON.
pub fn priorities_json(framework: &Framework, list: &[Priority], top: usize) -> Json {
    let dp = framework.decimals;
    let items: Vec<Json> = first(list, top)
        .iter()
        .map(|p| {
            let node = framework.leaf_node(p.leaf);
            json!({
                "id": node.id, "name": node.name, "max": number(node.max, dp), "units_losing": p.units_losing,
                "units_applicable": p.units_applicable, "total_lost": number(p.total_lost, dp), "share_lost": number(share(p), 1),
            })
        })
        .collect();
    Json::Array(items)
}
