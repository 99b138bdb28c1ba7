//! The one list of a sealed run's input files: every flag that reads files adds its
//! files here with one call (framework, evidence, register, responses, documents).

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::sha256_hex;
use crate::criteria::{FrameworkSource, framework_source};
use crate::error::{Error, Result};

/// One input file of a sealed run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SealedFile {
    /// What the file is: `framework`, `evidence`, `units`, `responses`, `documents`, …
    pub role: String,
    /// The path read, relative to the run's working directory (as the command named
    /// it, directories expanded); for a bundled framework, its id.
    pub path: String,
    /// Whether `path` is the id of a framework compiled into par-score, not a file.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub bundled: bool,
    /// SHA-256 of its bytes (of a bundled framework: of its TOML text), lower-case hex.
    pub sha256: String,
}

/// Every input of a run, in the order added.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SealInputs {
    files: Vec<SealedFile>,
}

fn read(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path).map_err(|source| Error::Read { path: path.display().to_string(), source })
}

impl SealInputs {
    /// An empty list.
    pub fn new() -> Self {
        SealInputs::default()
    }

    /// The files, in the order added.
    pub fn files(&self) -> &[SealedFile] {
        &self.files
    }

    /// The files, in the order added.
    pub fn into_files(self) -> Vec<SealedFile> {
        self.files
    }

    /// Adds one file read by the run.
    pub fn file(&mut self, role: &str, path: &Path) -> Result<&mut Self> {
        let bytes = read(path)?;
        self.files.push(SealedFile {
            role: role.to_owned(),
            path: path.to_string_lossy().into_owned(),
            bundled: false,
            sha256: sha256_hex(&bytes),
        });
        Ok(self)
    }

    /// Adds `--criteria`: the file, or the text of the bundled framework.
    pub fn framework(&mut self, criteria: Option<&str>) -> Result<&mut Self> {
        match framework_source(criteria)? {
            FrameworkSource::File(path) => self.file("framework", Path::new(&path)),
            FrameworkSource::Bundled(bundled) => {
                self.files.push(SealedFile {
                    role: "framework".to_owned(),
                    path: bundled.id.to_owned(),
                    bundled: true,
                    sha256: sha256_hex(bundled.text.as_bytes()),
                });
                Ok(self)
            }
        }
    }

    /// Adds evidence paths, directories expanded to the files read from them
    /// exactly as the readers expand them.
    pub fn evidence(&mut self, paths: &[PathBuf]) -> Result<&mut Self> {
        for file in crate::evidence::expand_paths(paths)? {
            self.file("evidence", &file)?;
        }
        Ok(self)
    }

    /// Adds every file under a directory (recursively, in name order), for inputs
    /// such as a documents folder whose every file counts. Hidden files and Office lock
    /// files (`~$…`, which appear while a document is open) are left out, as the
    /// documents checks leave them out.
    pub fn tree(&mut self, role: &str, directory: &Path) -> Result<&mut Self> {
        let files = crate::documents::DocumentsFolder::files_under(directory)?;
        for file in files {
            self.file(role, &file)?;
        }
        Ok(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_listed_with_their_digests() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        std::fs::write(dir.path().join("b.csv"), b"abc").unwrap();
        std::fs::write(dir.path().join("sub").join("a.pdf"), b"").unwrap();
        // An Office lock file (there while a document is open in Excel) is not an input.
        std::fs::write(dir.path().join("sub").join("~$a.xlsx"), b"lock").unwrap();
        let mut inputs = SealInputs::new();
        inputs.framework(Some("huyen-2024")).unwrap().evidence(&[dir.path().to_path_buf()]).unwrap();
        inputs.tree("documents", dir.path()).unwrap();
        let listed: Vec<(&str, bool, &str)> = inputs.files().iter().map(|f| (f.role.as_str(), f.bundled, &f.sha256[..8])).collect();
        // Digests of "abc" and of nothing: FIPS 180-2 test vectors.
        assert_eq!(
            listed,
            [
                ("framework", true, &sha256_hex(crate::criteria::BUNDLED[2].text.as_bytes())[..8]),
                ("evidence", false, "ba7816bf"),
                ("documents", false, "ba7816bf"),
                ("documents", false, "e3b0c442")
            ]
        );
        assert_eq!(inputs.files()[0].path, "huyen-2024");
        assert!(inputs.files()[3].path.ends_with("a.pdf"));
    }
}
