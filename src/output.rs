//! Writing output files safely: never over an input or a file holding evidence rows,
//! never over a device, FIFO or socket, through a symlink to its target, and
//! atomically (a temporary file in the target's directory renamed into place), so an
//! interrupted run leaves the old file intact. Several files written together (the
//! council's CSV files) carry a manifest written last; see [`write_set`].

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// Every file and directory a command reads (framework, evidence, register,
/// responses…): one collection each command fills and passes to the writers, so a
/// new input flag only has to add its path here.
#[derive(Debug, Clone, Default)]
pub struct Inputs(Vec<PathBuf>);

impl Inputs {
    /// No input yet.
    pub fn new() -> Self {
        Inputs::default()
    }

    /// Adds files or directories (evidence paths).
    pub fn paths(mut self, paths: &[PathBuf]) -> Self {
        self.0.extend_from_slice(paths);
        self
    }

    /// Adds an optional file.
    pub fn path(mut self, path: Option<&Path>) -> Self {
        self.0.extend(path.map(Path::to_path_buf));
        self
    }

    /// Adds a `--criteria`-like argument: a file, or a bundled id (not a path).
    pub fn spec(mut self, spec: Option<&str>) -> Self {
        self.0.extend(spec.map(PathBuf::from).filter(|p| p.is_file()));
        self
    }
}

impl std::ops::Deref for Inputs {
    type Target = [PathBuf];
    fn deref(&self) -> &[PathBuf] {
        &self.0
    }
}

/// What the prefix and suffix of par-score's temporary files are: `.par-score-PID-…tmp`.
const TEMP_PREFIX: &str = ".par-score-";
const TEMP_SUFFIX: &str = ".tmp";

/// Whether two paths name the same existing file.
fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// The directory an output file goes in (`.` for a bare file name).
fn directory_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Refuses an output path that names one of the inputs, or an evidence file inside
/// an input directory (existing, or new: it would be read as evidence next time).
pub fn refuse_input(output: &Path, inputs: &[PathBuf]) -> Result<()> {
    for input in inputs {
        if input.is_dir() {
            if same_file(&directory_of(output), input) && crate::evidence::is_evidence_file(output) {
                return Err(Error::Usage(crate::tr!("output-input-in-directory", path = output.display(), directory = input.display())));
            }
        } else if same_file(output, input) {
            return Err(Error::Usage(crate::tr!("output-is-input", path = output.display())));
        }
    }
    Ok(())
}

/// The bytes of a file for Excel: a `.csv` file starts with the UTF-8 byte order mark,
/// without which Excel reads it in the Windows code page and garbles Vietnamese letters.
pub(crate) fn for_excel<'a>(path: &Path, bytes: &'a [u8]) -> std::borrow::Cow<'a, [u8]> {
    const BOM: &[u8] = b"\xEF\xBB\xBF";
    let csv = path.extension().is_some_and(|extension| extension.eq_ignore_ascii_case("csv"));
    if csv && !bytes.starts_with(BOM) { [BOM, bytes].concat().into() } else { bytes.into() }
}

/// The file a path finally names: symlinks followed (also dangling ones, whose target
/// is then created), at most 40 deep.
fn resolve(path: &Path) -> Result<PathBuf> {
    let mut current = path.to_path_buf();
    for _ in 0..40 {
        match std::fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let target = std::fs::read_link(&current).map_err(|source| Error::Write { path: path.display().to_string(), source })?;
                current = if target.is_absolute() { target } else { directory_of(&current).join(target) };
            }
            _ => return Ok(current),
        }
    }
    Err(Error::Usage(crate::tr!("output-symlink-loop", path = path.display())))
}

/// How an existing target may be treated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Existing {
    /// Replaced (a ranking written again), unless it holds evidence rows.
    Replace,
    /// Refused: `template` without `--force`.
    Refuse,
}

/// Checks an output path and returns the file to replace (symlinks resolved).
pub fn check_target(path: &Path, inputs: &[PathBuf], existing: Existing) -> Result<PathBuf> {
    refuse_input(path, inputs)?;
    let target = resolve(path)?;
    refuse_input(&target, inputs)?;
    let Ok(meta) = std::fs::metadata(&target) else { return Ok(target) };
    if !meta.is_file() {
        return Err(Error::Usage(crate::tr!("output-not-a-file", path = path.display())));
    }
    if crate::evidence::holds_evidence_rows(&target) {
        return Err(Error::Usage(crate::tr!("output-holds-evidence", path = path.display())));
    }
    if existing == Existing::Refuse {
        return Err(Error::Usage(crate::tr!("output-exists", path = path.display())));
    }
    Ok(target)
}

/// Writes `bytes` to `path` atomically, after checking it (see [`check_target`]); a
/// `.csv` file gets a byte order mark (see [`for_excel`]).
pub fn write_atomic(path: &Path, bytes: &[u8], inputs: &[PathBuf]) -> Result<()> {
    write_checked(path, bytes, inputs, Existing::Replace)
}

/// [`write_atomic`] with a choice about an existing target.
pub fn write_checked(path: &Path, bytes: &[u8], inputs: &[PathBuf], existing: Existing) -> Result<()> {
    let target = check_target(path, inputs, existing)?;
    let staged = stage(path, &target, &for_excel(path, bytes))?;
    staged.persist(&target).map_err(|error| replace_error(path, error.error, cfg!(windows)))?;
    Ok(())
}

/// A temporary file beside `target` holding `bytes`, synced, with the permissions of
/// the file it will replace (or 0644). Stale temporaries of earlier, killed runs are
/// removed first.
fn stage(shown: &Path, target: &Path, bytes: &[u8]) -> Result<tempfile::NamedTempFile> {
    let write_error = |source: std::io::Error| Error::Write { path: crate::winpath::shown(shown), source };
    let directory = directory_of(target);
    remove_stale_temporaries(&directory);
    let mut temporary = tempfile::Builder::new()
        .prefix(&format!("{TEMP_PREFIX}{}-", std::process::id()))
        .suffix(TEMP_SUFFIX)
        .tempfile_in(&directory)
        .map_err(write_error)?;
    temporary.write_all(bytes).map_err(write_error)?;
    // A temporary file is private (0600 on Unix); the output keeps the permissions of
    // the file it replaces, or is readable by others like any new file (0644).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let permissions = std::fs::metadata(target).map_or_else(|_| std::fs::Permissions::from_mode(0o644), |m| m.permissions());
        temporary.as_file().set_permissions(permissions).map_err(write_error)?;
    }
    temporary.as_file().sync_all().map_err(write_error)?;
    Ok(temporary)
}

/// Removes `.par-score-PID-*.tmp` files in `directory` left by runs that are no longer
/// running (on Linux: no /proc/PID; elsewhere: older than a day). Other files are
/// never touched.
pub fn remove_stale_temporaries(directory: &Path) {
    let Ok(entries) = std::fs::read_dir(directory) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        let Some(pid) = name.strip_prefix(TEMP_PREFIX).filter(|_| name.ends_with(TEMP_SUFFIX)).and_then(|rest| rest.split('-').next())
        else {
            continue;
        };
        let Ok(pid) = pid.parse::<u32>() else { continue };
        if pid == std::process::id() || !entry.file_type().is_ok_and(|t| t.is_file()) {
            continue;
        }
        let gone = if cfg!(target_os = "linux") {
            !Path::new("/proc").join(pid.to_string()).exists()
        } else {
            entry.metadata().and_then(|m| m.modified()).ok().and_then(|t| t.elapsed().ok()).is_some_and(|age| age.as_secs() > 86_400)
        };
        if gone {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Writes several files that belong together (the council's CSV files) so that a
/// reader can always tell a complete set: every file is staged first; then the old
/// manifest is removed, the files are renamed into place one by one, and the new
/// manifest (each file's name, size and CRC-32) is written last, atomically. A run
/// killed midway leaves either the old set with its manifest, or no manifest (an
/// incomplete set, which a new run completes); a file whose size or CRC differs from
/// the manifest is not of that set.
pub fn write_set(files: &[(PathBuf, Vec<u8>)], manifest: &Path, inputs: &[PathBuf]) -> Result<()> {
    let mut staged = Vec::with_capacity(files.len());
    let manifest_target = check_target(manifest, inputs, Existing::Replace)?;
    let files: Vec<(&PathBuf, std::borrow::Cow<[u8]>)> = files.iter().map(|(path, bytes)| (path, for_excel(path, bytes))).collect();
    for (path, bytes) in &files {
        let target = check_target(path, inputs, Existing::Replace)?;
        let temporary = stage(path, &target, bytes)?;
        staged.push((path, target, temporary));
    }
    let mut listing =
        String::from("# par-score: các tệp ghi cùng một lần; chỉ tin khi mỗi tệp khớp cỡ và CRC-32 dưới đây\nfile,bytes,crc32\n");
    for (path, bytes) in &files {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        listing.push_str(&format!("{name},{},{:08x}\n", bytes.len(), crc32fast::hash(bytes)));
    }
    match std::fs::remove_file(&manifest_target) {
        Ok(()) => {}
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
        Err(source) => return Err(Error::Write { path: manifest.display().to_string(), source }),
    }
    for (path, target, temporary) in staged {
        temporary.persist(&target).map_err(|error| replace_error(path, error.error, cfg!(windows)))?;
    }
    let temporary = stage(manifest, &manifest_target, listing.as_bytes())?;
    temporary.persist(&manifest_target).map_err(|error| replace_error(manifest, error.error, cfg!(windows)))?;
    Ok(())
}

/// Windows errors of a rename onto a file another program holds open (Excel does, for
/// every file it shows): ERROR_ACCESS_DENIED, ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION.
const HELD_OPEN_CODES: [i32; 3] = [5, 32, 33];

/// The error of replacing `path` by the finished temporary file; on Windows (`windows`,
/// a parameter so that the mapping is tested on every system) a file held open gets a
/// message saying so instead of an OS error code.
fn replace_error(path: &Path, source: std::io::Error, windows: bool) -> Error {
    let path = crate::winpath::shown(path);
    if windows && source.raw_os_error().is_some_and(|code| HELD_OPEN_CODES.contains(&code)) {
        Error::HeldOpen { path, source }
    } else {
        Error::Write { path, source }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_and_replaces_atomically() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.csv");
        write_atomic(&path, b"one", &[]).unwrap();
        write_atomic(&path, b"two", &[]).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"\xEF\xBB\xBFtwo"); // a .csv file gets a BOM
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o644);
        }
        let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(leftovers, vec![std::ffi::OsString::from("out.csv")]);
    }

    #[test]
    fn csv_files_start_with_a_byte_order_mark_once() {
        let with_bom = b"\xEF\xBB\xBFunit\r\nS\xE1\xBB\x9F\r\n";
        assert_eq!(&*for_excel(Path::new(r"D:\ket-qua\xep-hang.CSV"), b"unit\r\nS\xE1\xBB\x9F\r\n"), with_bom);
        assert_eq!(&*for_excel(Path::new("xep-hang.csv"), with_bom), with_bom);
        assert_eq!(&*for_excel(Path::new("xep-hang.md"), b"# x\n"), b"# x\n");
        assert_eq!(&*for_excel(Path::new("csv"), b"x"), b"x");
    }

    #[test]
    fn a_file_held_open_on_windows_gets_a_clear_message() {
        let path = Path::new(r"C:\Users\cv\Bảng xếp hạng.xlsx");
        for code in [5, 32, 33] {
            let error = replace_error(path, std::io::Error::from_raw_os_error(code), true);
            assert!(matches!(error, Error::HeldOpen { .. }), "{code}: {error:?}");
            assert_eq!(
                error.to_string(),
                r"Tệp C:\Users\cv\Bảng xếp hạng.xlsx đang được mở trong Excel hoặc chương trình khác; hãy đóng tệp rồi chạy lại"
            );
            assert_eq!(error.exit_status(), crate::error::ExitStatus::Failure);
            // On Linux and macOS 5, 32 and 33 are EIO, EPIPE and EDOM: no such guess.
            assert!(matches!(replace_error(path, std::io::Error::from_raw_os_error(code), false), Error::Write { .. }));
        }
        // Other Windows errors (3: the path does not exist; 112: the disk is full) keep the OS's reason.
        for code in [3, 112] {
            assert!(matches!(replace_error(path, std::io::Error::from_raw_os_error(code), true), Error::Write { .. }));
        }
    }

    #[test]
    fn refuses_to_overwrite_an_input() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("evidence.csv");
        std::fs::write(&input, b"unit,criterion,value\n").unwrap();
        let error = write_atomic(&input, b"x", std::slice::from_ref(&input)).unwrap_err();
        assert!(error.to_string().contains(": đây là tệp đầu vào; chọn --out khác"), "{error}");
        assert_eq!(std::fs::read(&input).unwrap(), b"unit,criterion,value\n");
        let via_dir = write_atomic(&input, b"x", &[dir.path().to_path_buf()]).unwrap_err();
        assert!(via_dir.to_string().contains("đây là tệp đầu vào"), "{via_dir}");
        // A new evidence file in an input directory would be read as evidence next time.
        let new_one = write_atomic(&dir.path().join("ranking.csv"), b"x", &[dir.path().to_path_buf()]).unwrap_err();
        assert!(new_one.to_string().contains("trong thư mục đầu vào"), "{new_one}");
        assert_eq!(std::fs::read(&input).unwrap(), b"unit,criterion,value\n");
    }

    #[cfg(unix)]
    #[test]
    fn devices_fifos_and_sockets_are_refused_symlinks_are_followed() {
        let dir = tempfile::tempdir().unwrap();
        let error = write_atomic(Path::new("/dev/null"), b"x", &[]).unwrap_err();
        assert!(error.to_string().contains("không phải tệp thông thường"), "{error}");
        let socket_path = dir.path().join("s.csv");
        let _socket = std::os::unix::net::UnixListener::bind(&socket_path).unwrap();
        assert!(write_atomic(&socket_path, b"x", &[]).is_err());
        assert!(write_atomic(dir.path(), b"x", &[]).is_err());
        // A symlink is written through: the link stays, its target changes.
        let target = dir.path().join("real.md");
        std::fs::write(&target, b"old").unwrap();
        let link = dir.path().join("link.md");
        std::os::unix::fs::symlink("real.md", &link).unwrap();
        write_atomic(&link, b"new", &[]).unwrap();
        assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
        assert_eq!(std::fs::read(&target).unwrap(), b"new");
        // A symlink to an input is an input.
        let error = write_atomic(&link, b"x", std::slice::from_ref(&target)).unwrap_err();
        assert!(error.to_string().contains("đây là tệp đầu vào"), "{error}");
    }

    #[test]
    fn files_holding_evidence_rows_are_never_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let filled = dir.path().join("filled.csv");
        std::fs::write(&filled, "unit,criterion,value\nSở A,1.1,100\n").unwrap();
        let error = write_atomic(&filled, b"x", &[]).unwrap_err();
        assert!(error.to_string().contains("số liệu minh chứng"), "{error}");
        let blank = dir.path().join("blank.csv");
        std::fs::write(&blank, "unit,criterion,value\n,1.1,\n").unwrap();
        assert!(write_checked(&blank, b"x", &[], Existing::Refuse).unwrap_err().to_string().contains("--force"));
        write_checked(&blank, b"x", &[], Existing::Replace).unwrap();
        assert_eq!(std::fs::read(&blank).unwrap(), b"\xEF\xBB\xBFx"); // with the BOM of a .csv file
    }

    #[test]
    fn stale_temporaries_of_dead_runs_are_removed_others_kept() {
        let dir = tempfile::tempdir().unwrap();
        // PID 4294967295 cannot be running; our own PID is.
        let stale = dir.path().join(".par-score-4294967295-abc.tmp");
        let ours = dir.path().join(format!(".par-score-{}-abc.tmp", std::process::id()));
        let other = dir.path().join(".par-score-notes.tmp");
        for path in [&stale, &ours, &other] {
            std::fs::write(path, b"x").unwrap();
        }
        write_atomic(&dir.path().join("out.md"), b"x", &[]).unwrap();
        assert!(!stale.exists() || !cfg!(target_os = "linux"));
        assert!(ours.exists() && other.exists());
    }

    #[test]
    fn a_set_of_files_ends_with_its_manifest() {
        let dir = tempfile::tempdir().unwrap();
        let files = vec![(dir.path().join("c-summary.csv"), b"a".to_vec()), (dir.path().join("c-sheets.csv"), b"bc".to_vec())];
        let manifest = dir.path().join("c-manifest.txt");
        write_set(&files, &manifest, &[]).unwrap();
        let listing = std::fs::read_to_string(&manifest).unwrap();
        // The files as written: a .csv file starts with the 3-byte BOM, so "a" is 4 bytes.
        // CRC-32 (IEEE) of "a" is 0xe8b7be43, the published check value.
        assert!(listing.contains(&format!("c-summary.csv,4,{:08x}\n", crc32fast::hash(b"\xEF\xBB\xBFa"))), "{listing}");
        assert!(listing.contains("c-sheets.csv,5,"), "{listing}");
        assert_eq!(crc32fast::hash(b"a"), 0xe8b7_be43);
        let names: Vec<String> =
            std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        assert_eq!(names.len(), 3, "{names:?}");
    }

    #[test]
    fn a_bare_file_name_is_checked_against_the_current_directory() {
        // `--out evidence.csv` with the input directory `.`: the parent of a bare
        // name is empty, and must be taken as `.`.
        let here = std::env::current_dir().unwrap();
        let inside = here.join("Cargo.toml");
        assert!(refuse_input(Path::new("Cargo.toml"), std::slice::from_ref(&inside)).is_err());
        assert!(refuse_input(Path::new("new-ranking.csv"), &[PathBuf::from(".")]).is_err());
        assert!(refuse_input(Path::new("new-ranking.md"), &[PathBuf::from(".")]).is_ok());
    }
}
