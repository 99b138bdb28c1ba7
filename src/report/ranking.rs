//! The ranking of units: the contract's CSV, JSON, and a table for people.

use serde_json::{Value as Json, json};

use super::grid::{Align, Grid, csv_bytes_parallel};
use super::json::number;
use crate::criteria::Framework;
use crate::labels::Lang;
use crate::ranking::Ranked;
use crate::register::{ABSENT_NOTE, Roster};
use crate::scoring::UnitTotals;

/// Header of the block column (khối) in tables for people.
pub fn block_label(lang: Lang) -> String {
    crate::tr_in!(lang, "report-block")
}

/// Header of the note column in tables for people.
pub fn note_label(lang: Lang) -> String {
    crate::tr_in!(lang, "report-note")
}

/// `rank --format csv`: exactly section 4 of the contract.
pub fn ranking_csv(framework: &Framework, ranked: &[Ranked<UnitTotals>], roster: &Roster) -> Vec<u8> {
    let dp = framework.decimals;
    let blocks = roster.has_blocks();
    let mut headers = if blocks { vec!["block".to_owned()] } else { Vec::new() };
    headers.extend(["rank".to_owned(), "unit".to_owned()]);
    headers.extend(framework.areas.iter().map(|&a| framework.nodes[a].id.clone()));
    headers.extend(["adjustment", "total", "max", "index", "grade"].map(String::from));
    // A national ranking has a hundred thousand rows: rendered on all cores.
    csv_bytes_parallel(&headers, ranked, |r, row| {
        let s = &r.score;
        if blocks {
            row.text(roster.block_name(r.block));
        }
        row.count(r.rank);
        row.text(&s.name);
        for area in 0..framework.areas.len() {
            row.fixed(s.area_points(framework, area), dp);
        }
        for value in [s.figures.adjustment(), s.figures.total, s.figures.max, s.figures.index] {
            row.fixed(value, dp);
        }
        row.text(s.figures.grade_name(framework));
    })
}

/// `rank --format json`: the framework and every unit's figures, numbers exact.
pub fn ranking_json(framework: &Framework, ranked: &[Ranked<UnitTotals>], roster: &Roster) -> Json {
    let dp = framework.decimals;
    let units: Vec<Json> = ranked
        .iter()
        .map(|r| {
            let s = &r.score;
            let areas: serde_json::Map<String, Json> =
                (0..framework.areas.len()).map(|a| (framework.area_node(a).id.clone(), number(s.area_points(framework, a), dp))).collect();
            let mut unit = json!({
                "rank": r.rank,
                "unit": s.name,
                "areas": areas,
                "assessment": number(s.figures.assessment, dp),
                "survey": number(s.figures.survey, dp),
                "bonus": number(s.figures.bonus, dp),
                "penalty": number(s.figures.penalty, dp),
                "adjustment": number(s.figures.adjustment(), dp),
                "total": number(s.figures.total, dp),
                "max": number(s.figures.max, dp),
                "index": number(s.figures.index, dp),
                "grade": s.figures.grade_name(framework),
            });
            if roster.has_blocks() {
                unit["block"] = json!(roster.block_name(r.block));
                unit["submitted"] = json!(!roster.is_absent(&s.name));
            }
            unit
        })
        .collect();
    let mut out = json!({ "framework": super::json::framework_header(framework), "units": units });
    if roster.has_blocks() {
        out["blocks"] = json!(roster.blocks);
    }
    out
}

/// `rank --format table|md`: rank, unit, points per area, adjustment, total, index
/// and grade under the framework's title and year, with the areas' names below.
pub fn ranking_grid(framework: &Framework, ranked: &[Ranked<UnitTotals>], roster: &Roster, lang: Lang) -> Grid {
    let labels = lang.labels();
    let dp = framework.decimals;
    let blocks = roster.has_blocks();
    let notes = roster.any_absent();
    let mut headers = if blocks { vec![block_label(lang)] } else { Vec::new() };
    headers.extend([labels.rank.to_owned(), labels.unit.to_owned()]);
    headers.extend(framework.areas.iter().map(|&a| framework.nodes[a].id.clone()));
    headers.extend([labels.adjustment, labels.total, labels.max, labels.index, labels.grade].map(String::from));
    if notes {
        headers.push(note_label(lang));
    }
    let mut align = if blocks { vec![Align::Left] } else { Vec::new() };
    align.extend([Align::Right, Align::Left]);
    align.extend(std::iter::repeat_n(Align::Right, framework.areas.len() + 4));
    align.push(Align::Left);
    if notes {
        align.push(Align::Left);
    }
    let mut grid = Grid {
        heading: vec![framework.heading(), format!("{}: {} · {}: {}", labels.framework, framework.id, labels.units, ranked.len())],
        headers,
        align,
        ..Grid::default()
    };
    for r in ranked {
        let s = &r.score;
        let mut cells = if blocks { vec![roster.block_name(r.block).to_owned()] } else { Vec::new() };
        cells.extend([r.rank.to_string(), s.name.clone()]);
        cells.extend((0..framework.areas.len()).map(|a| lang.number(s.area_points(framework, a), dp)));
        cells.extend([
            lang.number(s.figures.adjustment(), dp),
            lang.number(s.figures.total, dp),
            lang.number(s.figures.max, dp),
            lang.number(s.figures.index, dp),
            s.figures.grade_name(framework).to_owned(),
        ]);
        if notes {
            cells.push(if roster.is_absent(&s.name) { ABSENT_NOTE.to_owned() } else { String::new() });
        }
        grid.row(cells);
    }
    grid.footer = framework
        .areas
        .iter()
        .map(|&a| {
            let node = &framework.nodes[a];
            format!("{} {}: {} ({} {})", labels.areas, node.id, node.name, labels.max.to_lowercase(), lang.number(node.max, dp))
        })
        .collect();
    grid
}
