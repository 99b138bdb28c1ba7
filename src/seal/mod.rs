//! Sealed results for appeals: the `<out>.seal.json` file that records how an output
//! was made (version, command options, SHA-256 of every input and output).

mod inputs;
mod paths;

pub use inputs::{SealInputs, SealedFile};
pub use paths::relative_path;

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::error::{Error, Result};

/// The `format` field of every seal: what tells a seal from any other JSON file.
pub const SEAL_FORMAT: &str = "par-score-seal";

/// The version of the seal format this build writes and reads.
pub const SEAL_FORMAT_VERSION: u32 = 1;

/// One output file and its digest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SealedOutput {
    /// The path as written (relative to the working directory of the run).
    pub path: String,
    /// SHA-256 of its bytes, lower-case hex.
    pub sha256: String,
}

/// The contents of a `.seal.json` file (see docs/seal.md).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Seal {
    /// Always [`SEAL_FORMAT`].
    pub format: String,
    /// The seal format's version ([`SEAL_FORMAT_VERSION`]).
    pub format_version: u32,
    /// The par-score version that made the outputs.
    pub par_score_version: String,
    /// The working directory of the run, relative to the seal's own directory
    /// (absolute when it cannot be written relative); every relative path of the
    /// command and of the lists below is relative to it.
    pub working_directory: String,
    /// The subcommand and its options, exactly as needed to recompute the outputs.
    pub command: serde_json::Value,
    /// Every file read (framework, evidence, …), with its SHA-256.
    pub inputs: Vec<SealedFile>,
    /// Every file written, with its SHA-256.
    pub outputs: Vec<SealedOutput>,
}

/// SHA-256 of `bytes` in lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|byte| format!("{byte:02x}")).collect()
}

/// The seal written beside `out`: `<out>.seal.json`.
pub fn seal_path(out: &Path) -> PathBuf {
    let mut name = out.as_os_str().to_owned();
    name.push(".seal.json");
    PathBuf::from(name)
}

impl Seal {
    /// A seal for a run in the current directory whose seal file goes to `seal_file`.
    pub fn new(command: serde_json::Value, inputs: SealInputs, outputs: &[(PathBuf, Vec<u8>)], seal_file: &Path) -> Result<Seal> {
        let here = std::env::current_dir().map_err(|source| Error::Read { path: ".".to_owned(), source })?;
        let seal_directory = here.join(seal_file).parent().map_or_else(|| here.clone(), Path::to_path_buf);
        Ok(Seal {
            format: SEAL_FORMAT.to_owned(),
            format_version: SEAL_FORMAT_VERSION,
            par_score_version: env!("CARGO_PKG_VERSION").to_owned(),
            working_directory: relative_path(&here, &seal_directory).to_string_lossy().into_owned(),
            command,
            inputs: inputs.into_files(),
            outputs: outputs
                .iter()
                .map(|(path, bytes)| SealedOutput { path: path.to_string_lossy().into_owned(), sha256: sha256_hex(bytes) })
                .collect(),
        })
    }

    /// The seal as pretty JSON, ending in a line break.
    pub fn to_json(&self) -> Vec<u8> {
        let mut text = serde_json::to_string_pretty(self).expect("a seal is plain JSON");
        text.push('\n');
        text.into_bytes()
    }

    /// Reads a seal; a file that is not par-score's seal, or is damaged, is an error
    /// (exit status 2).
    pub fn read(path: &Path) -> Result<Seal> {
        let shown = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|source| Error::Read { path: shown.clone(), source })?;
        let damaged = |why: String| Error::Seal { path: shown.clone(), why };
        let value: serde_json::Value =
            serde_json::from_slice(&bytes).map_err(|error| damaged(crate::tr!("seal-not-json", reason = error)))?;
        if value.get("format").and_then(serde_json::Value::as_str) != Some(SEAL_FORMAT) {
            return Err(damaged(crate::tr!("seal-not-a-seal", format = SEAL_FORMAT)));
        }
        let seal: Seal = serde_json::from_value(value).map_err(|error| damaged(crate::tr!("seal-damaged", reason = error)))?;
        if seal.format_version != SEAL_FORMAT_VERSION {
            return Err(damaged(crate::tr!("seal-version", version = seal.format_version, supported = SEAL_FORMAT_VERSION)));
        }
        let digests = seal.inputs.iter().map(|f| (&f.path, &f.sha256)).chain(seal.outputs.iter().map(|f| (&f.path, &f.sha256)));
        for (file, digest) in digests {
            if digest.len() != 64 || !digest.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)) {
                return Err(damaged(crate::tr!("seal-bad-digest", file = file, digest = digest)));
            }
        }
        if seal.outputs.is_empty() {
            return Err(damaged(crate::tr!("seal-no-outputs")));
        }
        Ok(seal)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha256_of_known_texts() {
        // FIPS 180-2 test vectors.
        assert_eq!(sha256_hex(b""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assert_eq!(sha256_hex(b"abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    #[test]
    fn the_seal_goes_beside_the_output() {
        assert_eq!(seal_path(Path::new("out/r.csv")), PathBuf::from("out/r.csv.seal.json"));
    }

    #[test]
    fn a_seal_survives_a_round_trip_and_damage_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let seal = Seal {
            format: SEAL_FORMAT.to_owned(),
            format_version: 1,
            par_score_version: "0.1.0".to_owned(),
            working_directory: ".".to_owned(),
            command: serde_json::json!({"command": "rank"}),
            inputs: Vec::new(),
            outputs: vec![SealedOutput { path: "r.csv".to_owned(), sha256: sha256_hex(b"x") }],
        };
        let path = dir.path().join("r.csv.seal.json");
        std::fs::write(&path, seal.to_json()).unwrap();
        assert_eq!(Seal::read(&path).unwrap(), seal);
        for (text, why) in [
            ("{", "không phải JSON"),
            ("{\"format\": \"other\"}", "không phải tệp niêm phong"),
            ("{\"format\": \"par-score-seal\", \"format_version\": 1}", "bị hỏng"),
        ] {
            std::fs::write(&path, text).unwrap();
            let error = Seal::read(&path).unwrap_err();
            assert!(error.to_string().contains(why), "{text}: {error}");
            assert_eq!(error.exit_status(), crate::ExitStatus::BadInput);
        }
        let bad_digest = String::from_utf8(seal.to_json()).unwrap().replace(&sha256_hex(b"x"), "zz");
        std::fs::write(&path, bad_digest).unwrap();
        assert!(Seal::read(&path).unwrap_err().to_string().contains("SHA-256"));
    }
}
