//! Helpers to run the binary and to write fixtures into a temporary directory.

use std::path::{Path, PathBuf};

/// The result of one run of the binary.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `par-score` with `args` in `dir` (the repository root when `None`).
pub fn run_in(dir: Option<&Path>, args: &[&str]) -> Run {
    run_env(dir, args, &[])
}

/// Runs `par-score` with `args` in `dir` and extra environment variables.
pub fn run_env(dir: Option<&Path>, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut command = assert_cmd::Command::cargo_bin("par-score").expect("binary built");
    command.current_dir(dir.map_or_else(repo, Path::to_path_buf));
    command.env("NO_COLOR", "1");
    command.envs(env.iter().copied());
    let output = command.args(args).output().expect("binary runs");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    }
}

/// Runs `par-score` with `args` from the repository root.
pub fn run(args: &[&str]) -> Run {
    run_in(None, args)
}

/// The repository root.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A file under tests/fixtures/, as a path relative to the repository root.
pub fn fixture(name: &str) -> String {
    format!("tests/fixtures/{name}")
}

/// A temporary directory holding the given files.
pub fn files(list: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temporary directory");
    for (name, bytes) in list {
        let path = dir.path().join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create directory");
        }
        std::fs::write(path, bytes).expect("write fixture");
    }
    dir
}

/// A small deterministic source of varied inputs (xorshift64).
pub struct Random(pub u64);

impl Random {
    /// A number below `n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }

    /// Shuffles `items` (Fisher–Yates).
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, self.below(i as u64 + 1) as usize);
        }
    }
}
