//! An evidence cell split into what it cites: files (relative paths) and document
//! references, separated by `;`.

/// One thing an evidence cell cites.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// A file name or relative path (it ends in an extension such as `.pdf`).
    File(String),
    /// Anything else: a document reference ("KH số 12/KH-UBND ngày …") or free text.
    Reference(String),
}

impl Piece {
    /// The text as typed (trimmed).
    pub fn text(&self) -> &str {
        match self {
            Piece::File(text) | Piece::Reference(text) => text,
        }
    }
}

/// The pieces of an evidence cell, in order; empty pieces are skipped.
pub fn split_cell(cell: &str) -> Vec<Piece> {
    cell.split(';')
        .map(str::trim)
        .filter(|piece| !piece.is_empty())
        .map(|piece| if looks_like_file(piece) { Piece::File(piece.to_owned()) } else { Piece::Reference(piece.to_owned()) })
        .collect()
}

/// Whether a piece names a file: it is written as a path (`/…`, `\…`, `C:\…`, `./…`,
/// `../…`), or it ends in `.` and an extension of 1–5 letters or digits with at least
/// one letter (`.pdf`, `.docx`, `.7z`) and is no sentence ending in "v.v.".
fn looks_like_file(piece: &str) -> bool {
    let bytes = piece.as_bytes();
    let drive = bytes.len() > 2 && bytes[0].is_ascii_alphabetic() && bytes[1] == b':' && matches!(bytes[2], b'\\' | b'/');
    if drive || piece.starts_with(['/', '\\']) || ["./", ".\\", "../", "..\\"].iter().any(|p| piece.starts_with(p)) {
        return true;
    }
    let Some((stem, extension)) = piece.rsplit_once('.') else { return false };
    let stem_name = stem.rsplit(['/', '\\']).next().unwrap_or(stem);
    !stem_name.trim().is_empty()
        && !stem.ends_with(char::is_whitespace)
        && (1..=5).contains(&extension.len())
        && extension.chars().all(|c| c.is_ascii_alphanumeric())
        && extension.chars().any(|c| c.is_ascii_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_and_references_are_told_apart() {
        let pieces = split_cell(" KH số 12/KH-UBND ngày 15/01/2025, trang 3 ; ke-hoach/kh-12.pdf;; Báo cáo quý 1.docx ;");
        assert_eq!(
            pieces,
            [
                Piece::Reference("KH số 12/KH-UBND ngày 15/01/2025, trang 3".into()),
                Piece::File("ke-hoach/kh-12.pdf".into()),
                Piece::File("Báo cáo quý 1.docx".into()),
            ]
        );
        for text in ["Đang tổng hợp số liệu.", "v.v.", "QĐ 12/QĐ-UBND ngày 1.2.2025", "ngày 15.01.2025", ".pdf", "a. b"] {
            assert!(matches!(split_cell(text)[0], Piece::Reference(_)), "{text}");
        }
        assert_eq!(split_cell(""), []);
        for path in ["/etc/passwd", "C:\\Windows\\x", "..\\bi-mat", "./a/b"] {
            assert!(matches!(split_cell(path)[0], Piece::File(_)), "{path}");
        }
    }
}
