//! Relative paths between directories, so a sealed folder can be moved as a whole.

use std::path::{Component, Path, PathBuf};

/// `target` as a path relative to `base` (both absolute), e.g. `../evidence`; `.`
/// when they are the same; `target` itself when no relative path exists (another
/// drive on Windows). Symbolic links are resolved first where the paths exist.
pub fn relative_path(target: &Path, base: &Path) -> PathBuf {
    let target = target.canonicalize().unwrap_or_else(|_| target.to_path_buf());
    let base = base.canonicalize().unwrap_or_else(|_| base.to_path_buf());
    let target_parts: Vec<Component> = target.components().collect();
    let base_parts: Vec<Component> = base.components().collect();
    let common = target_parts.iter().zip(&base_parts).take_while(|(a, b)| a == b).count();
    // No common root (another drive): only the absolute path will do.
    if common == 0 {
        return target;
    }
    let mut relative = PathBuf::new();
    for _ in common..base_parts.len() {
        relative.push("..");
    }
    for part in &target_parts[common..] {
        relative.push(part);
    }
    if relative.as_os_str().is_empty() { PathBuf::from(".") } else { relative }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_between_directories() {
        // Paths that do not exist are taken as they are.
        let at = |s: &str| PathBuf::from(s);
        assert_eq!(relative_path(&at("/nowhere/a"), &at("/nowhere/a")), at("."));
        assert_eq!(relative_path(&at("/nowhere/a"), &at("/nowhere/a/out")), at(".."));
        assert_eq!(relative_path(&at("/nowhere/a/b"), &at("/nowhere/c/d")), at("../../a/b"));
        assert_eq!(relative_path(&at("/nowhere/a/b"), &at("/nowhere/a")), at("b"));
    }
}
