//! `--seal` and `par-score verify`: what a sealed command records, how its inputs
//! are listed, and how its outputs are recomputed in memory.

use crate::tr;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{CouncilOptions, Output, RankOptions, ReportOptions};
use crate::error::{Error, Result};
use crate::output::write_atomic;
use crate::seal::{Seal, SealInputs, seal_path, sha256_hex};

/// A sealed command and its options: everything needed to recompute its outputs.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "command", rename_all = "lowercase")]
pub enum Recipe {
    /// `par-score rank`.
    Rank(RankOptions),
    /// `par-score council`.
    Council(CouncilOptions),
    /// `par-score report`.
    Report(ReportOptions),
}

impl Recipe {
    /// Every file the command reads, with its digest. A flag that reads files adds
    /// one line here.
    pub fn inputs(&self) -> Result<SealInputs> {
        let mut inputs = SealInputs::new();
        match self {
            Recipe::Rank(options) => {
                inputs.framework(options.criteria.as_deref())?.evidence(&options.paths)?;
                optional_file(&mut inputs, "register", options.units.as_deref())?;
                for responses in &options.responses {
                    inputs.file("responses", responses)?;
                }
                documents(&mut inputs, options.documents.as_deref())?;
            }
            Recipe::Council(options) => {
                inputs.framework(options.criteria.as_deref())?.evidence(&options.paths)?;
                optional_file(&mut inputs, "register", options.units.as_deref())?;
                for responses in &options.responses {
                    inputs.file("responses", responses)?;
                }
                documents(&mut inputs, options.documents.as_deref())?;
            }
            Recipe::Report(options) => {
                inputs.framework(options.criteria.as_deref())?.evidence(&options.paths)?;
                optional_file(&mut inputs, "register", options.units.as_deref())?;
                for responses in &options.responses {
                    inputs.file("responses", responses)?;
                }
                documents(&mut inputs, options.documents.as_deref())?;
            }
        }
        Ok(inputs)
    }

    /// The command's output files, computed in memory (nothing is written).
    /// The bytes are those written to disk (a `.csv` file with its byte order mark).
    pub fn outputs(&self) -> Result<Vec<(PathBuf, Vec<u8>)>> {
        let files = match self {
            Recipe::Rank(options) => vec![(sealed_out(options.out.as_deref())?.to_path_buf(), super::rank::rank_bytes(options)?.0)],
            Recipe::Council(options) => super::council::council_files(options)?.files,
            Recipe::Report(options) => {
                vec![(sealed_out(options.out.as_deref())?.to_path_buf(), super::report::report_html(options)?.0.into_bytes())]
            }
        };
        Ok(files.into_iter().map(|(path, bytes)| (path.clone(), crate::output::for_excel(&path, &bytes).into_owned())).collect())
    }
}

/// A single input file given by an option (`--units`), when given.
fn optional_file(inputs: &mut SealInputs, role: &str, path: Option<&Path>) -> Result<()> {
    if let Some(path) = path {
        inputs.file(role, path)?;
    }
    Ok(())
}

/// Every file of a `--documents` folder.
fn documents(inputs: &mut SealInputs, folder: Option<&Path>) -> Result<()> {
    if let Some(folder) = folder {
        inputs.tree("documents", folder)?;
    }
    Ok(())
}

/// `--out`, which `--seal` needs.
pub(crate) fn sealed_out(out: Option<&Path>) -> Result<&Path> {
    out.ok_or_else(|| Error::Usage(tr!("commands-seal-needs-out")))
}

/// Writes `<out>.seal.json` for outputs already written (the first file is `--out`),
/// and returns its path.
pub(crate) fn write_sealed(recipe: &Recipe, files: &[(PathBuf, Vec<u8>)], protected: &[PathBuf]) -> Result<PathBuf> {
    let out = match recipe {
        Recipe::Rank(RankOptions { out, .. }) | Recipe::Report(ReportOptions { out, .. }) => sealed_out(out.as_deref())?.to_path_buf(),
        Recipe::Council(options) => options.out.clone(),
    };
    let command = serde_json::to_value(recipe).expect("command options are plain JSON");
    let seal_file = seal_path(&out);
    let on_disk: Vec<(PathBuf, Vec<u8>)> =
        files.iter().map(|(path, bytes)| (path.clone(), crate::output::for_excel(path, bytes).into_owned())).collect();
    let seal = Seal::new(command, recipe.inputs()?, &on_disk, &seal_file)?;
    write_atomic(&seal_file, &seal.to_json(), protected)?;
    Ok(seal_file)
}

/// Options of `verify`.
#[derive(Debug, Clone, Default)]
pub struct VerifyOptions {
    /// The `.seal.json` file.
    pub seal: PathBuf,
}

/// Restores the working directory when dropped.
struct WorkingDirectory(PathBuf);

impl Drop for WorkingDirectory {
    fn drop(&mut self) {
        let _ = std::env::set_current_dir(&self.0);
    }
}

/// Checks a seal: every input unchanged, every output recomputed byte for byte.
///
/// The command is replayed exactly as recorded, from the run's working directory
/// (found from the seal's own place, so a sealed folder can be moved as a whole):
/// the process's working directory is changed for the duration and restored.
pub fn verify(options: &VerifyOptions) -> Result<Output> {
    let seal = Seal::read(&options.seal)?;
    let damaged = |why: String| Error::Seal { path: options.seal.display().to_string(), why };
    let recipe: Recipe =
        serde_json::from_value(seal.command.clone()).map_err(|error| damaged(tr!("commands-seal-command-damaged", reason = error)))?;
    let here = std::env::current_dir().map_err(|source| Error::Read { path: ".".to_owned(), source })?;
    let seal_directory = here.join(&options.seal).parent().map_or_else(|| here.clone(), Path::to_path_buf);
    let working = seal_directory.join(&seal.working_directory);
    let _restore = WorkingDirectory(here);
    std::env::set_current_dir(&working)
        .map_err(|error| damaged(tr!("commands-seal-working-directory", folder = working.display(), reason = error)))?;
    let mut problems = changed_inputs(&seal, &recipe);
    let outputs = seal.outputs.iter().map(|o| (o.path.as_str(), o.sha256.as_str()));
    match recipe.outputs() {
        Ok(recomputed) => {
            for (path, digest) in outputs.clone() {
                match recomputed.iter().find(|(p, _)| p.to_string_lossy() == path) {
                    Some((_, bytes)) if sha256_hex(bytes) == digest => {}
                    Some((_, bytes)) => {
                        problems.push(tr!("commands-seal-output-differs", path = path, now = sha256_hex(bytes), sealed = digest))
                    }
                    None => problems.push(tr!("commands-seal-output-gone", path = path)),
                }
            }
            for (path, _) in &recomputed {
                if !seal.outputs.iter().any(|o| o.path == path.to_string_lossy()) {
                    problems.push(tr!("commands-seal-output-extra", path = path.display()));
                }
            }
        }
        Err(error) => problems.push(tr!("commands-seal-recompute-failed", reason = error)),
    }
    // An output kept beside the seal must be the one sealed.
    for (path, digest) in outputs {
        if let Ok(bytes) = std::fs::read(path)
            && sha256_hex(&bytes) != digest
        {
            problems.push(tr!("commands-seal-output-edited", path = path, now = sha256_hex(&bytes), sealed = digest));
        }
    }
    let version = env!("CARGO_PKG_VERSION");
    if !problems.is_empty() {
        if seal.par_score_version != version {
            problems.push(tr!("commands-seal-other-version", sealed = seal.par_score_version, running = version));
        }
        return Err(Error::SealBroken(problems));
    }
    let stdout = format!("{}\n", tr!("commands-seal-matches", inputs = seal.inputs.len(), outputs = seal.outputs.len()));
    Ok(Output { stdout: stdout.into_bytes(), ..Output::default() })
}

/// One line per input that changed, disappeared or appeared since the seal.
fn changed_inputs(seal: &Seal, recipe: &Recipe) -> Vec<String> {
    let mut problems = Vec::new();
    let now = recipe.inputs().ok();
    for file in &seal.inputs {
        let current = match &now {
            Some(inputs) => inputs.files().iter().find(|f| f.role == file.role && f.path == file.path).map(|f| f.sha256.clone()),
            // The list cannot be made again (a file or folder is gone): each file on its own.
            None if file.bundled => None,
            None => std::fs::read(&file.path).ok().map(|bytes| sha256_hex(&bytes)),
        };
        match current {
            Some(digest) if digest == file.sha256 => {}
            Some(digest) if file.bundled => {
                problems.push(tr!("commands-seal-bundled-changed", framework = file.path, now = digest, sealed = file.sha256))
            }
            Some(digest) => problems.push(tr!(
                "commands-seal-input-changed",
                path = file.path,
                role = role_name(&file.role),
                now = digest,
                sealed = file.sha256
            )),
            None => problems.push(tr!("commands-seal-input-gone", path = file.path, role = role_name(&file.role))),
        }
    }
    for file in now.iter().flat_map(SealInputs::files) {
        if !seal.inputs.iter().any(|f| f.role == file.role && f.path == file.path) {
            problems.push(tr!("commands-seal-input-new", path = file.path, role = role_name(&file.role)));
        }
    }
    problems
}

/// A role as the council reads it.
fn role_name(role: &str) -> String {
    match role {
        "framework" => tr!("commands-seal-role-framework"),
        "evidence" => tr!("commands-seal-role-evidence"),
        "units" => tr!("commands-seal-role-units"),
        "responses" => tr!("commands-seal-role-responses"),
        "documents" => tr!("commands-seal-role-documents"),
        other => other.to_owned(),
    }
}
