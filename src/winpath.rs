//! Path text as Windows users write it (drive letters, backslashes, `\\server\share`),
//! read alike on every system: for file names shown in messages and named in cells.

use std::path::{Path, PathBuf};

use crate::text::nfc;

/// Where a path written as text starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Root {
    /// The current folder: `hồ sơ\a.csv`, `./a.csv`.
    Relative,
    /// A drive without its root folder: `C:a.csv` (the drive's current folder).
    Drive(char),
    /// A drive's root folder: `C:\hồ sơ\a.csv`, `d:/a.csv`.
    DriveRoot(char),
    /// A network share: `\\may-chu\chung\a.csv`.
    Share {
        /// The computer.
        server: String,
        /// The shared folder.
        share: String,
    },
    /// The root of the current drive (Windows) or of the file system (Unix): `\a.csv`, `/a.csv`.
    Root,
}

/// A path written as text: its root and its parts (NFC, without empty and `.` parts).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathText {
    /// Where it starts.
    pub root: Root,
    /// The folders and the file, in order.
    pub parts: Vec<String>,
}

fn is_separator(c: char) -> bool {
    c == '\\' || c == '/'
}

/// Reads a path written with `\` or `/` (or both), a drive letter, a network share or
/// Windows' long-path prefix `\\?\`, the same way on every system (`std::path` splits
/// on `\` only on Windows).
pub fn parse(text: &str) -> PathText {
    let text = text.trim();
    let text = strip_verbatim(text);
    let text = text.as_ref();
    let owned_parts =
        |rest: &str| -> Vec<String> { rest.split(is_separator).filter(|part| !part.is_empty() && *part != ".").map(nfc).collect() };
    let mut chars = text.chars();
    let (first, second, third) = (chars.next(), chars.next(), chars.next());
    match (first, second, third) {
        (Some(a), Some(b), _) if is_separator(a) && is_separator(b) => {
            let mut parts = owned_parts(&text[2..]).into_iter();
            let server = parts.next().unwrap_or_default();
            let share = parts.next().unwrap_or_default();
            PathText { root: Root::Share { server, share }, parts: parts.collect() }
        }
        (Some(letter), Some(':'), third) if letter.is_ascii_alphabetic() => {
            let drive = letter.to_ascii_uppercase();
            let root = if third.is_some_and(is_separator) { Root::DriveRoot(drive) } else { Root::Drive(drive) };
            PathText { root, parts: owned_parts(&text[2..]) }
        }
        (Some(a), _, _) if is_separator(a) => PathText { root: Root::Root, parts: owned_parts(text) },
        _ => PathText { root: Root::Relative, parts: owned_parts(text) },
    }
}

/// `text` without Windows' long-path prefix: `\\?\C:\x` → `C:\x`, `\\?\UNC\srv\x` → `\\srv\x`.
fn strip_verbatim(text: &str) -> std::borrow::Cow<'_, str> {
    match text.strip_prefix(r"\\?\").or_else(|| text.strip_prefix("//?/")) {
        Some(rest) => match rest.get(..4).filter(|unc| unc.eq_ignore_ascii_case(r"UNC\") || unc.eq_ignore_ascii_case("UNC/")) {
            Some(_) => format!(r"\\{}", &rest[4..]).into(),
            None => rest.into(),
        },
        None => text.into(),
    }
}

impl PathText {
    /// The last part: the file's name (`None` for a root alone, or one ending in `..`).
    pub fn file_name(&self) -> Option<&str> {
        self.parts.last().map(String::as_str).filter(|name| *name != "..")
    }

    /// Whether the path names one place whatever the current folder and drive.
    pub fn is_absolute(&self) -> bool {
        matches!(self.root, Root::DriveRoot(_) | Root::Share { .. })
    }

    /// The path as Windows shows it: `C:\hồ sơ\a.csv`, `\\may-chu\chung\a.csv`.
    pub fn windows(&self) -> String {
        let mut shown = match &self.root {
            Root::Relative => String::new(),
            Root::Drive(drive) => format!("{drive}:"),
            Root::DriveRoot(drive) => format!("{drive}:\\"),
            Root::Share { server, share } => format!(r"\\{server}\{share}\"),
            Root::Root => "\\".to_owned(),
        };
        shown.push_str(&self.parts.join("\\"));
        shown
    }

    /// A relative path inside `folder` (`None` for an absolute path or one that climbs
    /// out with `..`): where a cell's `tai-lieu\KH 12.pdf` is, on any system.
    pub fn under(&self, folder: &Path) -> Option<PathBuf> {
        if self.root != Root::Relative || self.parts.is_empty() || self.parts.iter().any(|part| part == "..") {
            return None;
        }
        Some(self.parts.iter().fold(folder.to_path_buf(), |path, part| path.join(part)))
    }
}

/// A file's path for messages: as the user named it, without Windows' long-path prefix
/// (`\\?\`) that canonical paths carry there.
pub fn shown(path: &Path) -> String {
    let text = path.to_string_lossy();
    strip_verbatim(&text).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(list: &[&str]) -> Vec<String> {
        list.iter().map(|part| part.to_string()).collect()
    }

    #[test]
    fn drive_letters_backslashes_and_shares_are_read_on_every_system() {
        let cases = [
            (r"C:\Hồ sơ CCHC\2025\KH-12.pdf", Root::DriveRoot('C'), &["Hồ sơ CCHC", "2025", "KH-12.pdf"][..]),
            ("d:/ho-so/a.csv", Root::DriveRoot('D'), &["ho-so", "a.csv"]),
            ("C:a.csv", Root::Drive('C'), &["a.csv"]),
            (
                r"\\may-chu\chung\Sở Tư pháp\a.xlsx",
                Root::Share { server: "may-chu".into(), share: "chung".into() },
                &["Sở Tư pháp", "a.xlsx"],
            ),
            (r"\\?\C:\dài\a.csv", Root::DriveRoot('C'), &["dài", "a.csv"]),
            (r"\\?\UNC\may-chu\chung\a.csv", Root::Share { server: "may-chu".into(), share: "chung".into() }, &["a.csv"]),
            (r"\ho-so\a.csv", Root::Root, &["ho-so", "a.csv"]),
            ("/srv/ho-so//./a.csv", Root::Root, &["srv", "ho-so", "a.csv"]),
            (r" tai-lieu\.\KH 12.pdf ", Root::Relative, &["tai-lieu", "KH 12.pdf"]),
            ("tai-lieu/con\\b.pdf", Root::Relative, &["tai-lieu", "con", "b.pdf"]),
        ];
        for (text, root, expected) in cases {
            assert_eq!(parse(text), PathText { root, parts: parts(expected) }, "{text}");
        }
    }

    #[test]
    fn names_are_nfc_whichever_way_they_were_typed() {
        // "Sở" typed decomposed: S, o, U+031B (horn), U+0309 (hook above).
        let decomposed = "C:\\ho\u{0302}\u{0300} so\u{031B}\u{0309}\\So\u{031B}\u{0309}.csv";
        let path = parse(decomposed);
        assert_eq!(path.parts, parts(&["hồ sở", "Sở.csv"]));
        assert_eq!(path.windows(), "C:\\hồ sở\\Sở.csv");
    }

    #[test]
    fn the_file_name_is_the_last_part_for_either_separator() {
        assert_eq!(parse(r"C:\Users\cv\Bảng điểm.xlsx").file_name(), Some("Bảng điểm.xlsx"));
        assert_eq!(parse("tai-lieu/BC 40.pdf").file_name(), Some("BC 40.pdf"));
        assert_eq!(parse("C:").file_name(), None);
        assert_eq!(parse(r"a\..").file_name(), None);
        // std::path on Linux sees one file name with backslashes in it: the reason for this module.
        #[cfg(unix)]
        assert_eq!(Path::new(r"C:\Users\a.xlsx").file_name().unwrap(), r"C:\Users\a.xlsx");
    }

    #[test]
    fn windows_form_and_absolute() {
        assert_eq!(parse("c:/ho-so/a.csv").windows(), r"C:\ho-so\a.csv");
        assert_eq!(parse(r"\\may-chu\chung\a.csv").windows(), r"\\may-chu\chung\a.csv");
        assert_eq!(parse("C:a.csv").windows(), "C:a.csv");
        assert_eq!(parse("/a/b").windows(), r"\a\b");
        assert_eq!(parse("./a/b.csv").windows(), r"a\b.csv");
        assert!(parse(r"C:\a").is_absolute() && parse(r"\\s\c\a").is_absolute());
        assert!(!parse("C:a").is_absolute() && !parse(r"\a").is_absolute() && !parse("a").is_absolute());
    }

    #[test]
    fn only_relative_paths_are_placed_under_a_folder() {
        let folder = Path::new("ho-so");
        assert_eq!(parse(r"tai-lieu\KH 12.pdf").under(folder), Some(folder.join("tai-lieu").join("KH 12.pdf")));
        for outside in [r"C:\a.pdf", r"..\a.pdf", r"tai-lieu\..\..\a.pdf", r"\a.pdf", r"\\s\c\a.pdf", ""] {
            assert_eq!(parse(outside).under(folder), None, "{outside}");
        }
    }

    #[test]
    fn shown_paths_lose_the_long_path_prefix_only() {
        assert_eq!(shown(Path::new(r"\\?\C:\Hồ sơ\a.csv")), r"C:\Hồ sơ\a.csv");
        assert_eq!(shown(Path::new(r"\\?\UNC\may-chu\chung\a.csv")), r"\\may-chu\chung\a.csv");
        assert_eq!(shown(Path::new(r"C:\Hồ sơ\a.csv")), r"C:\Hồ sơ\a.csv");
        assert_eq!(shown(Path::new("ho-so/a.csv")), "ho-so/a.csv");
    }
}
