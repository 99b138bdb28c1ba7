//! `criteria diff` as a table (changes, then each area's comparability) and as JSON.

use crate::tr;
use serde_json::{Value as Json, json};

use super::grid::Grid;
use crate::criteria::Framework;
use crate::criteria::diff::{AreaVerdict, FrameworkDiff};

/// Why an area can or cannot be compared.
fn verdict_text(verdict: Option<&AreaVerdict>) -> String {
    match verdict {
        Some(AreaVerdict::Same) => tr!("report-diff-comparable"),
        Some(AreaVerdict::CriteriaChanged) => tr!("report-diff-criteria-changed"),
        Some(AreaVerdict::MaxChanged { previous, current }) => tr!("report-diff-max-changed", previous = previous, current = current),
        None => tr!("report-diff-only-one"),
    }
}

/// The changes as a grid: kind, id, before, after; areas below.
pub fn criteria_diff_grid(diff: &FrameworkDiff, before: &Framework, after: &Framework) -> Grid {
    let mut grid = Grid {
        heading: vec![tr!("report-diff-heading", before = before.id, after = after.id)],
        headers: vec![tr!("report-diff-change"), tr!("report-diff-id"), before.id.clone(), after.id.clone()],
        ..Grid::default()
    };
    for change in &diff.changes {
        grid.row(vec![change.kind.label(), change.id.clone(), change.before.clone(), change.after.clone()]);
    }
    if diff.changes.is_empty() {
        grid.footer.push(tr!("report-diff-same"));
    }
    for area in &diff.areas {
        grid.footer.push(tr!("report-diff-area", id = area.id, name = area.name, verdict = verdict_text(area.verdict.as_ref())));
    }
    grid
}

/// The changes as JSON.
pub fn criteria_diff_json(diff: &FrameworkDiff, before: &Framework, after: &Framework) -> Json {
    let changes: Vec<Json> =
        diff.changes.iter().map(|c| json!({ "change": c.kind.key(), "id": c.id, "before": c.before, "after": c.after })).collect();
    let areas: Vec<Json> = diff
        .areas
        .iter()
        .map(|a| {
            let (comparable, note) = match &a.verdict {
                Some(AreaVerdict::Same) => (true, None),
                Some(AreaVerdict::CriteriaChanged) => (true, Some("criteria_changed")),
                Some(AreaVerdict::MaxChanged { .. }) => (false, Some("max_changed")),
                None => (false, Some("only_one")),
            };
            json!({ "id": a.id, "name": a.name, "comparable": comparable, "note": note })
        })
        .collect();
    json!({ "before": before.id, "after": after.id, "changes": changes, "areas": areas })
}
