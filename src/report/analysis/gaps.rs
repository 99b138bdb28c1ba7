//! `gaps` for one unit: its lost points per level (areas, criteria, sub-criteria,
//! penalties) with the index each recovery gives, as tables, CSV and JSON.

use rust_decimal::Decimal;
use serde_json::{Value as Json, json};

use crate::analysis::{Gap, GapTarget, UnitGaps};
use crate::criteria::Framework;
use crate::labels::{Labels, Lang};
use crate::points::fixed;
use crate::report::json::number;
use crate::report::{Align, Grid, csv_bytes, status_word};
use crate::scoring::{LeafScore, Status};
use crate::text::excerpt;

/// Longest name shown in a table cell.
pub(super) const NAME_WIDTH: usize = 70;

pub(super) fn id_and_name(framework: &Framework, target: GapTarget) -> (&str, &str) {
    match target {
        GapTarget::Node(node) => (&framework.nodes[node].id, &framework.nodes[node].name),
        GapTarget::Penalty(a) => (&framework.adjustments[a].id, &framework.adjustments[a].name),
    }
}

fn status_of(gap: &Gap, labels: &Labels) -> String {
    match gap.status {
        Some(status @ (Status::Missing | Status::NoEvidence)) => {
            let as_leaf = LeafScore { points: Decimal::ZERO, status, self_score: None, self_score_differs: false };
            crate::report::status_text(&as_leaf, labels)
        }
        Some(Status::Appraised) => labels.status_appraised.to_owned(),
        _ => String::new(),
    }
}

/// `top` items, or all when `top` is 0.
pub(super) fn first<T>(items: &[T], top: usize) -> &[T] {
    if top == 0 { items } else { &items[..top.min(items.len())] }
}

/// The levels of a unit's gaps with their titles.
fn levels<'g>(gaps: &'g UnitGaps, labels: &Labels) -> [(&'static str, &'static str, &'g [Gap]); 4] {
    [
        ("area", labels.level_area, &gaps.areas),
        ("criterion", labels.level_criterion, &gaps.criteria),
        ("leaf", labels.level_leaf, &gaps.leaves),
        ("penalty", labels.penalty, &gaps.penalties),
    ]
}

/// One grid per level (areas, criteria, sub-criteria, penalties), largest gaps first;
/// the status column only where a row has one, no max and points for penalties.
pub fn gaps_grids(framework: &Framework, gaps: &UnitGaps, top: usize, lang: Lang, show: &dyn Fn(Decimal) -> String) -> Vec<Grid> {
    let labels = lang.labels();
    let mut grids = Vec::new();
    for (level, title, list) in levels(gaps, labels) {
        let shown = first(list, top);
        if shown.is_empty() {
            continue;
        }
        let penalty = level == "penalty";
        let status = shown.iter().any(|g| !status_of(g, labels).is_empty());
        let mut headers = vec![labels.id, title];
        let mut align = vec![Align::Left, Align::Left];
        if !penalty {
            headers.extend([labels.max, labels.points]);
            align.extend([Align::Right, Align::Right]);
        }
        headers.extend([labels.lost, labels.index_if_recovered]);
        align.extend([Align::Right, Align::Right]);
        if status {
            headers.push(labels.status);
            align.push(Align::Left);
        }
        let mut grid = Grid { headers: headers.into_iter().map(String::from).collect(), align, ..Grid::default() };
        if grids.is_empty() {
            grid.heading = vec![
                format!("{}: {}", labels.gaps_heading, gaps.unit),
                format!("{}: {} · {}: {} · {}: {}", labels.rank, gaps.rank, labels.index, show(gaps.index), labels.lost, show(gaps.lost)),
            ];
        }
        for gap in shown {
            let (id, name) = id_and_name(framework, gap.target);
            let mut cells = vec![id.to_owned(), excerpt(name, NAME_WIDTH)];
            if !penalty {
                cells.extend([show(gap.max), show(gap.points)]);
            }
            cells.extend([show(gap.lost), show(gap.index_if_recovered)]);
            if status {
                cells.push(status_of(gap, labels));
            }
            grid.row(cells);
        }
        grids.push(grid);
    }
    grids
}

/// A unit's gaps as CSV: level,id,name,max,points,lost,index_if_recovered,status.
pub fn gaps_csv(framework: &Framework, gaps: &UnitGaps, top: usize) -> Vec<u8> {
    let dp = framework.decimals;
    let headers: Vec<String> =
        ["unit", "level", "id", "name", "max", "points", "lost", "index_if_recovered", "status"].map(String::from).to_vec();
    let mut rows = Vec::new();
    for (level, _, list) in levels(gaps, Lang::En.labels()) {
        for gap in first(list, top) {
            let (id, name) = id_and_name(framework, gap.target);
            rows.push(vec![
                gaps.unit.clone(),
                level.to_owned(),
                id.to_owned(),
                name.to_owned(),
                fixed(gap.max, dp),
                fixed(gap.points, dp),
                fixed(gap.lost, dp),
                fixed(gap.index_if_recovered, dp),
                gap.status.map_or("", status_word).to_owned(),
            ]);
        }
    }
    csv_bytes(&headers, rows.iter().map(Vec::as_slice))
}

/// A unit's gaps as JSON.
pub fn gaps_json(framework: &Framework, gaps: &UnitGaps, top: usize) -> Json {
    let dp = framework.decimals;
    let mut value = json!({ "unit": gaps.unit, "rank": gaps.rank, "index": number(gaps.index, dp), "lost": number(gaps.lost, dp) });
    for (level, _, list) in levels(gaps, Lang::En.labels()) {
        let items: Vec<Json> = first(list, top)
            .iter()
            .map(|gap| {
                let (id, name) = id_and_name(framework, gap.target);
                json!({
                    "id": id, "name": name, "max": number(gap.max, dp), "points": number(gap.points, dp),
                    "lost": number(gap.lost, dp), "index_if_recovered": number(gap.index_if_recovered, dp),
                    "status": gap.status.map(status_word),
                })
            })
            .collect();
        value[format!("{level}s")] = Json::Array(items);
    }
    value
}
