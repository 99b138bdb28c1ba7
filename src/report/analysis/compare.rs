//! `compare`: two years side by side as a table, CSV and JSON.

use rust_decimal::Decimal;
use serde_json::{Value as Json, json};

use super::{plain_in, signed};
use crate::analysis::{AreaPair, Comparability, Comparison, Movement, Snapshot, UnitChange};
use crate::labels::{Labels, Lang};
use crate::points::{fixed, plain};
use crate::report::json::number;
use crate::report::{Align, Grid, csv_bytes};

/// A rank change for people: ↑ 3, ↓ 1, =, mới, không còn.
pub fn movement_text(movement: Movement, labels: &Labels) -> String {
    match movement {
        Movement::Up(k) => format!("↑ {k}"),
        Movement::Down(k) => format!("↓ {k}"),
        Movement::Same => "=".to_owned(),
        Movement::New => labels.movement_new.to_owned(),
        Movement::Gone => labels.movement_gone.to_owned(),
    }
}

fn movement_word(movement: Movement) -> &'static str {
    match movement {
        Movement::Up(_) => "up",
        Movement::Down(_) => "down",
        Movement::Same => "same",
        Movement::New => "new",
        Movement::Gone => "gone",
    }
}

/// Places climbed (+) or fallen (−), when the unit is in both years.
fn places(movement: Movement) -> Option<i64> {
    match movement {
        Movement::Up(k) => Some(k as i64),
        Movement::Down(k) => Some(-(k as i64)),
        Movement::Same => Some(0),
        Movement::New | Movement::Gone => None,
    }
}

fn comparable(comparison: &Comparison) -> impl Iterator<Item = (usize, &AreaPair)> {
    comparison.areas.iter().enumerate().filter(|(_, pair)| pair.comparability.is_comparable())
}

fn side(snapshot: &Snapshot) -> String {
    match &snapshot.framework_id {
        Some(id) => format!("{} ({id})", snapshot.source),
        None => snapshot.source.clone(),
    }
}

/// Why an area is not compared, or a note about it; `None` when plainly comparable.
pub fn area_note(pair: &AreaPair, labels: &Labels, show: &dyn Fn(Decimal) -> String) -> Option<String> {
    let reason = match &pair.comparability {
        Comparability::Comparable => return None,
        Comparability::CriteriaChanged => return Some(labels.criteria_changed.to_owned()),
        Comparability::MaxChanged { previous, current } => format!("{} {} → {}", labels.max_changed, show(*previous), show(*current)),
        Comparability::OnlyPrevious => labels.only_previous.to_owned(),
        Comparability::OnlyCurrent => labels.only_current.to_owned(),
    };
    Some(format!("{}: {reason}", labels.not_comparable))
}

fn summary_line(title: &str, units: &[&UnitChange], labels: &Labels, show: &dyn Fn(Decimal) -> String) -> String {
    let items: Vec<String> = units
        .iter()
        .map(|u| {
            let (p, c) = (u.previous.as_ref().map_or(0, |p| p.rank), u.current.as_ref().map_or(0, |c| c.rank));
            format!("{} ({}: {p} → {c}; {})", u.name, movement_text(u.movement, labels), signed(u.index_change.unwrap_or_default(), show))
        })
        .collect();
    let list = if items.is_empty() { labels.none.to_owned() } else { items.join("; ") };
    format!("{title}: {list}")
}

/// The comparison for people; `show` formats numbers.
pub fn compare_grid(comparison: &Comparison, top: usize, lang: Lang, show: &dyn Fn(Decimal) -> String) -> Grid {
    let labels = lang.labels();
    let mut headers: Vec<String> =
        [labels.unit, labels.previous_rank, labels.rank, labels.rank_change, labels.previous_index, labels.index]
            .map(String::from)
            .to_vec();
    headers.extend([labels.index_change.to_owned(), labels.grade.to_owned()]);
    headers.extend(comparable(comparison).map(|(_, pair)| format!("Δ {}", pair.id)));
    let mut align = vec![Align::Left, Align::Right, Align::Right, Align::Left, Align::Right, Align::Right, Align::Right, Align::Left];
    align.extend(comparable(comparison).map(|_| Align::Right));
    let heading = vec![
        labels.comparison.to_owned(),
        format!("{}: {} · {}: {}", labels.previous, side(&comparison.previous), labels.current, side(&comparison.current)),
    ];
    let mut grid = Grid { heading, headers, align, ..Grid::default() };
    for unit in &comparison.units {
        let (p, c) = (unit.previous.as_ref(), unit.current.as_ref());
        let grade = match (p, c) {
            (Some(p), Some(c)) if p.grade != c.grade => format!("{} → {}", p.grade, c.grade),
            (_, Some(c)) => c.grade.clone(),
            (Some(p), None) => p.grade.clone(),
            (None, None) => String::new(),
        };
        let mut cells = vec![
            unit.name.clone(),
            p.map_or(String::new(), |p| p.rank.to_string()),
            c.map_or(String::new(), |c| c.rank.to_string()),
            movement_text(unit.movement, labels),
            p.map_or(String::new(), |p| show(p.index)),
            c.map_or(String::new(), |c| show(c.index)),
            unit.index_change.map_or(String::new(), |d| signed(d, show)),
            grade,
        ];
        cells.extend(comparable(comparison).map(|(i, _)| unit.area_changes[i].map_or(String::new(), |d| signed(d, show))));
        grid.row(cells);
    }
    for pair in &comparison.areas {
        let name = pair.name.as_deref().map_or(String::new(), |n| format!(": {n}"));
        let note = area_note(pair, labels, &|d| plain_in(lang, d));
        grid.footer.push(format!("{} {}{name}{}", labels.areas, pair.id, note.map_or(String::new(), |n| format!(" ({n})"))));
    }
    if !comparison.frameworks_known() {
        grid.footer.push(labels.matched_by_id.to_owned());
    }
    grid.footer.push(summary_line(labels.climbers, &comparison.climbers(top), labels, show));
    grid.footer.push(summary_line(labels.fallers, &comparison.fallers(top), labels, show));
    grid
}

/// The comparison as CSV: one row per unit, `.` decimals, changes signed.
pub fn compare_csv(comparison: &Comparison) -> Vec<u8> {
    let dp = comparison.decimals;
    let mut headers: Vec<String> =
        ["unit", "previous_rank", "rank", "rank_change", "status", "previous_index", "index", "index_change", "previous_grade", "grade"]
            .map(String::from)
            .to_vec();
    headers.extend(comparable(comparison).map(|(_, pair)| format!("change_{}", pair.id)));
    let rows: Vec<Vec<String>> = comparison
        .units
        .iter()
        .map(|unit| {
            let (p, c) = (unit.previous.as_ref(), unit.current.as_ref());
            let mut row = vec![
                unit.name.clone(),
                p.map_or(String::new(), |p| p.rank.to_string()),
                c.map_or(String::new(), |c| c.rank.to_string()),
                places(unit.movement).map_or(String::new(), |k| k.to_string()),
                movement_word(unit.movement).to_owned(),
                p.map_or(String::new(), |p| fixed(p.index, dp)),
                c.map_or(String::new(), |c| fixed(c.index, dp)),
                unit.index_change.map_or(String::new(), |d| fixed(d, dp)),
                p.map_or(String::new(), |p| p.grade.clone()),
                c.map_or(String::new(), |c| c.grade.clone()),
            ];
            row.extend(comparable(comparison).map(|(i, _)| unit.area_changes[i].map_or(String::new(), |d| fixed(d, dp))));
            row
        })
        .collect();
    csv_bytes(&headers, rows.iter().map(Vec::as_slice))
}

fn comparability_json(pair: &AreaPair) -> Json {
    match &pair.comparability {
        Comparability::Comparable => json!({ "comparable": true }),
        Comparability::CriteriaChanged => json!({ "comparable": true, "note": "criteria_changed" }),
        Comparability::MaxChanged { previous, current } => {
            json!({ "comparable": false, "note": "max_changed", "previous_max": plain(*previous), "current_max": plain(*current) })
        }
        Comparability::OnlyPrevious => json!({ "comparable": false, "note": "only_previous" }),
        Comparability::OnlyCurrent => json!({ "comparable": false, "note": "only_current" }),
    }
}

/// The comparison as JSON, numbers exact.
pub fn compare_json(comparison: &Comparison, top: usize) -> Json {
    let dp = comparison.decimals;
    let opt = |value: Option<Decimal>| value.map_or(Json::Null, |v| number(v, dp));
    let side = |s: &Snapshot| json!({ "source": s.source, "framework": s.framework_id, "units": s.units.len() });
    let areas: Vec<Json> = comparison
        .areas
        .iter()
        .map(|pair| {
            let mut value = json!({ "id": pair.id, "name": pair.name });
            if let (Json::Object(map), Json::Object(extra)) = (&mut value, comparability_json(pair)) {
                map.extend(extra);
            }
            value
        })
        .collect();
    let units: Vec<Json> = comparison
        .units
        .iter()
        .map(|unit| {
            let (p, c) = (unit.previous.as_ref(), unit.current.as_ref());
            let changes: serde_json::Map<String, Json> =
                comparable(comparison).map(|(i, pair)| (pair.id.clone(), opt(unit.area_changes[i]))).collect();
            json!({
                "unit": unit.name,
                "previous_rank": p.map(|p| p.rank),
                "rank": c.map(|c| c.rank),
                "rank_change": places(unit.movement),
                "status": movement_word(unit.movement),
                "previous_index": opt(p.map(|p| p.index)),
                "index": opt(c.map(|c| c.index)),
                "index_change": opt(unit.index_change),
                "previous_grade": p.map(|p| p.grade.clone()),
                "grade": c.map(|c| c.grade.clone()),
                "area_changes": changes,
            })
        })
        .collect();
    let names = |list: Vec<&UnitChange>| list.into_iter().map(|u| u.name.clone()).collect::<Vec<_>>();
    json!({
        "previous": side(&comparison.previous),
        "current": side(&comparison.current),
        "areas": areas,
        "units": units,
        "climbers": names(comparison.climbers(top)),
        "fallers": names(comparison.fallers(top)),
    })
}
