//! `criteria diff` as a table (changes, then each area's comparability) and as JSON.

use serde_json::{Value as Json, json};

use super::grid::Grid;
use crate::criteria::Framework;
use crate::criteria::diff::{AreaVerdict, FrameworkDiff};
use crate::criteria::table::vi_number;

/// Why an area can or cannot be compared, in Vietnamese.
fn verdict_text(verdict: Option<&AreaVerdict>) -> String {
    match verdict {
        Some(AreaVerdict::Same) => "so sánh được".to_owned(),
        Some(AreaVerdict::CriteriaChanged) => "so sánh được tổng điểm lĩnh vực; tiêu chí thành phần thay đổi".to_owned(),
        Some(AreaVerdict::MaxChanged { previous, current }) => {
            format!("không so sánh được: điểm tối đa thay đổi {} → {}", vi_number(*previous), vi_number(*current))
        }
        None => "chỉ có ở một bộ chỉ số".to_owned(),
    }
}

/// The changes as a grid: kind, id, before, after; areas below.
pub fn criteria_diff_grid(diff: &FrameworkDiff, before: &Framework, after: &Framework) -> Grid {
    let mut grid = Grid {
        heading: vec![format!("So sánh bộ chỉ số: {} → {}", before.id, after.id)],
        headers: ["Thay đổi", "Mã", before.id.as_str(), after.id.as_str()].map(String::from).to_vec(),
        ..Grid::default()
    };
    for change in &diff.changes {
        grid.row(vec![change.kind.label().to_owned(), change.id.clone(), change.before.clone(), change.after.clone()]);
    }
    if diff.changes.is_empty() {
        grid.footer.push("Hai bộ chỉ số giống nhau.".to_owned());
    }
    for area in &diff.areas {
        grid.footer.push(format!("Lĩnh vực {}: {} ({})", area.id, area.name, verdict_text(area.verdict.as_ref())));
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
