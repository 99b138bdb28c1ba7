//! The council's view of `--documents`: beside each leaf of a unit's sheet, the
//! references read from its evidence cell and the warnings about them, and a link
//! from the evidence cell to each cited file.

use std::path::{Path, PathBuf};

use super::CouncilTables;
use crate::criteria::Framework;
use crate::documents::{Audit, Cited};
use crate::labels::Lang;
use crate::report::table::{Cell, CellLinks, Column, Table};
use crate::seal::relative_path;
use crate::tr_in;

/// Headers of the two columns added: references read, warnings.
fn headers(lang: Lang) -> (String, String) {
    (tr_in!(lang, "council-documents-read"), tr_in!(lang, "council-documents-warnings"))
}

/// How one cited piece is shown: a reference read, or a file.
fn shown(cited: &Cited, lang: Lang) -> Option<String> {
    match (&cited.reference, &cited.file) {
        (Some(reference), _) => Some(reference.display()),
        (None, Some(_)) => Some(tr_in!(lang, "council-documents-file", file = cited.text)),
        (None, None) => None,
    }
}

/// What each unit's sheet needs to show its documents: the audit and the folder of
/// the file being written (links are relative to it).
#[derive(Debug)]
pub(super) struct Annotation<'a> {
    audit: &'a Audit,
    out_directory: PathBuf,
}

/// Adds the document columns to every unit's sheet and links each evidence cell to
/// the files it cites, as paths relative to `out` (the file being written). The
/// sheets get them as they are built.
pub fn annotate_documents<'a>(tables: &mut CouncilTables<'a>, audit: &'a Audit, out: &Path) {
    let here = std::env::current_dir().unwrap_or_default();
    let out_directory = here.join(out).parent().map_or_else(|| here.clone(), Path::to_path_buf);
    tables.sheets.documents = Some(Annotation { audit, out_directory });
}

impl Annotation<'_> {
    /// Adds the document columns to one unit's sheet.
    pub(super) fn annotate(&self, sheet: &mut Table, framework: &Framework, lang: Lang) {
        let (audit, out_directory) = (self.audit, &self.out_directory);
        let (read_header, warnings_header) = headers(lang);
        let Some(evidence_column) = sheet.columns.iter().position(|c| c.header == lang.labels().evidence) else { return };
        sheet.columns.push(Column::new(read_header, 34.0, true));
        sheet.columns.push(Column::new(warnings_header, 34.0, true));
        for (index, row) in sheet.rows.iter_mut().enumerate() {
            let notes = match row.cells.first() {
                Some(Cell::Text(id)) => framework.target(id).and_then(|target| audit.leaf(&sheet.name, target)),
                _ => None,
            };
            let Some(notes) = notes else {
                row.cells.extend([Cell::Blank, Cell::Blank]);
                continue;
            };
            let read: Vec<String> = notes.cited.iter().filter_map(|c| shown(c, lang)).collect();
            row.cells.push(Cell::text(read.join("\n")));
            row.cells.push(Cell::text(notes.warnings.join("\n")));
            let links: Vec<(String, String)> = notes
                .cited
                .iter()
                .filter_map(|cited| {
                    let file = cited.file.as_ref()?;
                    let target = relative_path(file, out_directory).to_string_lossy().replace('\\', "/");
                    Some((cited.text.clone(), target))
                })
                .collect();
            if !links.is_empty() {
                sheet.links.push(CellLinks { row: index, column: evidence_column, links });
            }
        }
    }
}
