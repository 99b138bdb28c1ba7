//! `whatif`: each unit's rank under the perturbed method and the fixed scenarios,
//! as tables, CSV and JSON.

use rust_decimal::Decimal;
use serde_json::{Value as Json, json};

use super::plain_in;
use crate::analysis::{Scenario, WhatIf};
use crate::criteria::Framework;
use crate::labels::Lang;
use crate::points::{fixed, plain};
use crate::report::json::number;
use crate::report::{Align, Grid, csv_bytes};

/// A scenario in words: "Bỏ lĩnh vực 3 (Cải cách TTHC)", "Trọng số điều tra xã hội học 70%".
pub fn scenario_text(framework: &Framework, scenario: Scenario, lang: Lang) -> String {
    let labels = lang.labels();
    match scenario {
        Scenario::DropArea(area) => {
            let node = framework.area_node(area);
            format!("{} {} ({})", labels.drop_area, node.id, node.name)
        }
        Scenario::SurveyWeight(percent) if percent.is_zero() => labels.no_survey.to_owned(),
        Scenario::SurveyWeight(percent) => format!("{} {}%", labels.survey_weight, plain_in(lang, percent)),
    }
}

/// A stable machine key for a scenario: `without_3`, `survey_70`.
fn scenario_key(framework: &Framework, scenario: Scenario) -> String {
    match scenario {
        Scenario::DropArea(area) => format!("without_{}", framework.area_node(area).id),
        Scenario::SurveyWeight(percent) => format!("survey_{}", plain(percent)),
    }
}

fn range(low: usize, high: usize) -> String {
    if low == high { low.to_string() } else { format!("{low}–{high}") }
}

/// Two grids: every unit's sensitivity, then the fixed scenarios.
pub fn whatif_grids(framework: &Framework, result: &WhatIf, lang: Lang, show: &dyn Fn(Decimal) -> String) -> Vec<Grid> {
    let labels = lang.labels();
    let options = &result.options;
    let headers = [
        labels.rank,
        labels.unit,
        labels.index,
        labels.median_rank,
        labels.rank_interval,
        labels.mean_shift,
        labels.grade_change_share,
        labels.drop_range,
    ];
    let mut units = Grid {
        heading: vec![
            labels.whatif_heading.to_owned(),
            format!(
                "{}: {} · {}: {} · {}: ±{}% · {}: ±{}%",
                labels.samples,
                options.samples,
                labels.seed,
                options.seed,
                labels.weight_jitter,
                plain_in(lang, options.weight_jitter),
                labels.survey_weight,
                plain_in(lang, options.survey_weight)
            ),
        ],
        headers: headers.map(String::from).to_vec(),
        align: vec![Align::Right, Align::Left, Align::Right, Align::Right, Align::Right, Align::Right, Align::Right, Align::Right],
        ..Grid::default()
    };
    for unit in &result.units {
        units.row(vec![
            unit.rank.to_string(),
            unit.unit.clone(),
            show(unit.index),
            unit.median.to_string(),
            range(unit.p05, unit.p95),
            lang.number(unit.mean_shift, 2),
            lang.number(unit.grade_change_share, 1),
            unit.drop_range.map_or(String::new(), |(lo, hi)| range(lo, hi)),
        ]);
    }
    units.footer = vec![
        format!("{}: {}", labels.mean_shift, lang.number(result.mean_shift, 2)),
        format!("{}: {}/{}", labels.units_changing_grade, result.units_changing_grade, result.units.len()),
        labels.exact_note.to_owned(),
    ];
    let mut scenarios = Grid {
        headers: [labels.scenario, labels.mean_shift, labels.units_moved, labels.grade_changes, labels.largest_move]
            .map(String::from)
            .to_vec(),
        align: vec![Align::Left, Align::Right, Align::Right, Align::Right, Align::Left],
        ..Grid::default()
    };
    for s in &result.scenarios {
        let largest = s.largest.map_or(String::new(), |(unit, places)| {
            let arrow = if places > 0 { "↑" } else { "↓" };
            format!("{} {arrow} {}", result.units[unit].unit, places.unsigned_abs())
        });
        scenarios.row(vec![
            scenario_text(framework, s.scenario, lang),
            lang.number(s.mean_shift, 2),
            s.units_moved.to_string(),
            s.grade_changes.to_string(),
            largest,
        ]);
    }
    vec![units, scenarios]
}

/// One row per unit: its sensitivity and its rank under each fixed scenario.
pub fn whatif_csv(framework: &Framework, result: &WhatIf) -> Vec<u8> {
    let mut headers: Vec<String> =
        ["rank", "unit", "index", "median_rank", "p05_rank", "p95_rank", "mean_shift", "grade_change_share"].map(String::from).to_vec();
    headers.extend(result.scenarios.iter().map(|s| format!("rank_{}", scenario_key(framework, s.scenario))));
    let rows: Vec<Vec<String>> = result
        .units
        .iter()
        .enumerate()
        .map(|(i, unit)| {
            let mut row = vec![
                unit.rank.to_string(),
                unit.unit.clone(),
                fixed(unit.index, framework.decimals),
                unit.median.to_string(),
                unit.p05.to_string(),
                unit.p95.to_string(),
                fixed(unit.mean_shift, 2),
                fixed(unit.grade_change_share, 1),
            ];
            row.extend(result.scenarios.iter().map(|s| s.ranks[i].to_string()));
            row
        })
        .collect();
    csv_bytes(&headers, rows.iter().map(Vec::as_slice))
}

/// An exact JSON number without trailing zeros.
fn exact(value: Decimal) -> Json {
    number(value, value.normalize().scale())
}

/// Everything as JSON.
pub fn whatif_json(framework: &Framework, result: &WhatIf) -> Json {
    let o = &result.options;
    let units: Vec<Json> = result
        .units
        .iter()
        .map(|u| {
            json!({
                "rank": u.rank, "unit": u.unit, "index": number(u.index, framework.decimals), "median_rank": u.median,
                "p05_rank": u.p05, "p95_rank": u.p95, "mean_shift": number(u.mean_shift, 2),
                "grade_change_share": number(u.grade_change_share, 1),
                "drop_range": u.drop_range.map(|(lo, hi)| [lo, hi]),
            })
        })
        .collect();
    let scenarios: Vec<Json> = result
        .scenarios
        .iter()
        .map(|s| {
            json!({
                "scenario": scenario_key(framework, s.scenario), "mean_shift": number(s.mean_shift, 2),
                "units_moved": s.units_moved, "grade_changes": s.grade_changes, "ranks": s.ranks,
            })
        })
        .collect();
    json!({
        "framework": crate::report::framework_header(framework),
        "samples": o.samples, "seed": o.seed,
        "weight_jitter": exact(o.weight_jitter), "survey_weight": exact(o.survey_weight),
        "mean_shift": number(result.mean_shift, 2), "units_changing_grade": result.units_changing_grade,
        "units": units, "scenarios": scenarios,
    })
}
