//! A unit's evidence documents on its page of the report (with `--documents`): each
//! leaf's references read, links to its files, and the warnings about them.

use std::fmt::Write;
use std::path::PathBuf;

use super::Context;
use crate::criteria::Target;
use crate::documents::Audit;
use crate::report::html::escape;
use crate::tr_in;

/// The document checks of a run, and the folder the report is written in (links are
/// relative to it).
pub struct ReportDocuments<'a> {
    /// The checks.
    pub audit: &'a Audit,
    /// The directory of the report file.
    pub out_directory: PathBuf,
}

/// The section, when the unit's cells cite anything.
pub(super) fn section(ctx: &Context, unit: &str, out: &mut String) {
    let Some(documents) = ctx.documents else { return };
    let f = ctx.framework;
    let targets = (0..f.leaves.len()).map(Target::Leaf).chain((0..f.adjustments.len()).map(Target::Adjustment));
    let rows: Vec<(&str, _)> =
        targets.filter_map(|t| Some((f.scorable_id(t)?, documents.audit.leaf(unit, t)?))).filter(|(_, d)| !d.cited.is_empty()).collect();
    if rows.is_empty() {
        return;
    }
    let lang = ctx.lang;
    let (title, read, files, warnings) = (
        tr_in!(lang, "report-documents-title"),
        tr_in!(lang, "report-documents-read"),
        tr_in!(lang, "report-documents-files"),
        tr_in!(lang, "report-documents-warnings"),
    );
    let _ = write!(
        out,
        r#"<h3>{title}</h3><table><thead><tr><th>{}</th><th>{read}</th><th>{files}</th><th>{warnings}</th></tr></thead><tbody>"#,
        ctx.labels.id
    );
    for (id, leaf) in rows {
        let references: Vec<String> = leaf.cited.iter().filter_map(|c| c.reference.as_ref()).map(|r| escape(&r.display())).collect();
        let links: Vec<String> = leaf
            .cited
            .iter()
            .filter_map(|cited| {
                let file = cited.file.as_ref()?;
                let target = crate::seal::relative_path(file, &documents.out_directory).to_string_lossy().replace('\\', "/");
                Some(format!(r#"<a href="{}">{}</a>"#, crate::council::document_href(&target), escape(&cited.text)))
            })
            .collect();
        let notes: Vec<String> = leaf.warnings.iter().map(|w| escape(w)).collect();
        let _ = write!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(id),
            references.join("<br>"),
            links.join("<br>"),
            notes.join("<br>")
        );
    }
    out.push_str("</tbody></table>");
}
