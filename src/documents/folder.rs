//! The `--documents` folder: one folder per unit (named like the unit) or one flat
//! folder; cited paths resolved inside it, never outside.

use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};

use crate::error::{Error, Result};
use crate::text::fold;

/// A documents folder, listed once.
#[derive(Debug, Clone)]
pub struct DocumentsFolder {
    /// The folder as the user named it.
    root: PathBuf,
    /// Its canonical path: every cited file must resolve inside it.
    canonical: PathBuf,
    /// Sub-folders by unit-name key (NFC, white space collapsed, lower case).
    unit_folders: HashMap<String, PathBuf>,
}

/// A cited file, resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// The path under the documents folder as the user named it (for messages).
    pub shown: PathBuf,
    /// The canonical path when the file exists.
    pub canonical: Option<PathBuf>,
}

fn read_error(path: &Path) -> impl Fn(std::io::Error) -> Error + '_ {
    move |source| Error::Read { path: path.display().to_string(), source }
}

impl DocumentsFolder {
    /// Opens and lists a documents folder.
    pub fn open(root: &Path) -> Result<DocumentsFolder> {
        if !root.is_dir() {
            return Err(Error::Usage(crate::tr!("documents-not-a-folder", folder = root.display())));
        }
        let canonical = root.canonicalize().map_err(read_error(root))?;
        let mut unit_folders = HashMap::new();
        for entry in std::fs::read_dir(root).map_err(read_error(root))? {
            let entry = entry.map_err(read_error(root))?;
            if entry.path().is_dir() {
                unit_folders.insert(fold(&entry.file_name().to_string_lossy()), entry.path());
            }
        }
        Ok(DocumentsFolder { root: root.to_path_buf(), canonical, unit_folders })
    }

    /// The folder as named.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The unit's own folder, matched by name ignoring case and Unicode form.
    pub fn unit_folder(&self, unit: &str) -> Option<&Path> {
        self.unit_folders.get(&fold(unit)).map(PathBuf::as_path)
    }

    /// Resolves a path cited by `unit`: in the unit's folder when it has one and the
    /// file is there, else in the documents folder itself. A path that leaves the folder (`..`, an absolute
    /// path, a link pointing outside) is refused with the reason.
    pub fn resolve(&self, unit: &str, cited: &str) -> std::result::Result<Resolved, String> {
        let normalised = cited.replace('\\', "/");
        let absolute = normalised.starts_with('/') || normalised.as_bytes().get(1) == Some(&b':') || Path::new(cited).is_absolute();
        if absolute {
            return Err(crate::tr!("documents-path-absolute"));
        }
        let relative = Path::new(&normalised);
        if relative.components().any(|c| !matches!(c, Component::Normal(_) | Component::CurDir)) {
            return Err(crate::tr!("documents-path-outside"));
        }
        // In the unit's folder, else in the folder itself (documents shared by units).
        let own = self.unit_folder(unit).map(|folder| folder.join(relative));
        let shown = match own {
            Some(path) if path.exists() || !self.root.join(relative).exists() => path,
            _ => self.root.join(relative),
        };
        let canonical = match shown.canonicalize() {
            Ok(canonical) if canonical.starts_with(&self.canonical) => Some(canonical),
            Ok(canonical) => return Err(crate::tr!("documents-path-link-outside", target = canonical.display())),
            Err(_) => None,
        };
        Ok(Resolved { shown, canonical: canonical.filter(|c| c.is_file()) })
    }

    /// Every file under a folder, recursively, sorted; hidden files and Office lock
    /// files (`~$…`) are left out.
    pub fn files_under(folder: &Path) -> Result<Vec<PathBuf>> {
        let mut files = Vec::new();
        let mut pending = vec![folder.to_path_buf()];
        while let Some(next) = pending.pop() {
            for entry in std::fs::read_dir(&next).map_err(read_error(&next))? {
                let entry = entry.map_err(read_error(&next))?;
                let name = entry.file_name().to_string_lossy().into_owned();
                if name.starts_with('.') || name.starts_with("~$") {
                    continue;
                }
                let path = entry.path();
                if path.is_dir() {
                    pending.push(path);
                } else {
                    files.push(path);
                }
            }
        }
        files.sort();
        Ok(files)
    }

    /// The files lying loose in the folder (not in a sub-folder).
    pub fn loose_files(&self) -> Result<Vec<PathBuf>> {
        let mut files: Vec<PathBuf> = Vec::new();
        for entry in std::fs::read_dir(&self.root).map_err(read_error(&self.root))? {
            let entry = entry.map_err(read_error(&self.root))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if !name.starts_with('.') && !name.starts_with("~$") && entry.path().is_file() {
                files.push(entry.path());
            }
        }
        files.sort();
        Ok(files)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_resolve_inside_the_folder_only() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("tai-lieu");
        std::fs::create_dir_all(root.join("Sở Tư pháp")).unwrap();
        std::fs::write(root.join("Sở Tư pháp").join("kh.pdf"), b"x").unwrap();
        std::fs::write(root.join("chung.pdf"), b"x").unwrap();
        std::fs::write(dir.path().join("outside.pdf"), b"x").unwrap();
        let folder = DocumentsFolder::open(&root).unwrap();
        // The unit's folder is found ignoring case.
        let found = folder.resolve("SỞ TƯ PHÁP", "kh.pdf").unwrap();
        assert!(found.canonical.is_some() && found.shown.ends_with("Sở Tư pháp/kh.pdf"));
        assert_eq!(folder.resolve("Sở Nội vụ", "chung.pdf").unwrap().shown, root.join("chung.pdf"));
        assert_eq!(folder.resolve("Sở Tư pháp", "thieu.pdf").unwrap().canonical, None);
        for bad in ["../outside.pdf", "a/../../outside.pdf", "/etc/passwd", "C:\\x.pdf", "..\\outside.pdf"] {
            assert!(folder.resolve("Sở Tư pháp", bad).is_err(), "{bad}");
        }
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(dir.path().join("outside.pdf"), root.join("link.pdf")).unwrap();
            let error = folder.resolve("Sở Nội vụ", "link.pdf").unwrap_err();
            assert!(error.contains("liên kết"), "{error}");
        }
    }
}
