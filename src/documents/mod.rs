//! Evidence documents (tài liệu kiểm chứng): the `--documents` folder, the files and
//! Vietnamese document references an evidence cell cites, and their checks.

mod audit;
mod cell;
mod folder;
mod reference;

pub use audit::{Audit, Cited, LeafDocuments, Places, audit};
pub use cell::{Piece, split_cell};
pub use folder::{DocumentsFolder, Resolved};
pub use reference::{DocRef, parse_reference};

use std::io::Read;
use std::path::Path;

use crate::criteria::Framework;
use crate::error::{Error, Result};
use crate::evidence::{ColumnMap, UnitEvidence, header_columns, is_workbook};

/// The document checks of a scoring command with `--documents` (`None` without it):
/// a path leaving the folder stops the command (exit status 2), with every other
/// finding; the rest are warnings. `units` must be read with their text kept.
pub fn check_documents(framework: &Framework, documents: Option<&Path>, files: &[String], units: &[UnitEvidence]) -> Result<Option<Audit>> {
    let Some(root) = documents else { return Ok(None) };
    let folder = DocumentsFolder::open(root)?;
    let columns: Vec<Option<ColumnMap>> = files.iter().map(|file| csv_columns(Path::new(file))).collect();
    let audit = audit(framework, &folder, &Places { files, columns: &columns }, units)?;
    if audit.problems.has_errors() {
        return Err(Error::Input(audit.problems));
    }
    Ok(Some(audit))
}

/// The columns named by a CSV file's header (its first 64 KiB are enough).
fn csv_columns(path: &Path) -> Option<ColumnMap> {
    if is_workbook(path) {
        return None;
    }
    let mut head = Vec::new();
    std::fs::File::open(path).ok()?.take(64 * 1024).read_to_end(&mut head).ok()?;
    header_columns(&head)
}
