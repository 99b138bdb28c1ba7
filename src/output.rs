//! Writing output files safely: never over an input, and atomically (a temporary
//! file in the same directory renamed into place), so an interrupted run leaves
//! the old file intact.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

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
                return Err(Error::Usage(format!(
                    "refusing to write {}: it is an input file, or would be read as one, in input directory {}; choose another --out",
                    output.display(),
                    input.display()
                )));
            }
        } else if same_file(output, input) {
            return Err(Error::Usage(format!("refusing to write {}: it is an input file; choose another --out", output.display())));
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

/// Writes `bytes` to `path` atomically, after checking it is not an input; a `.csv`
/// file gets a byte order mark (see [`for_excel`]).
pub fn write_atomic(path: &Path, bytes: &[u8], inputs: &[PathBuf]) -> Result<()> {
    refuse_input(path, inputs)?;
    let bytes = for_excel(path, bytes);
    let write_error = |source: std::io::Error| Error::Write { path: crate::winpath::shown(path), source };
    let mut temporary =
        tempfile::Builder::new().prefix(".par-score-").suffix(".tmp").tempfile_in(directory_of(path)).map_err(write_error)?;
    temporary.write_all(&bytes).map_err(write_error)?;
    // A temporary file is private (0600 on Unix); the output keeps the permissions of
    // the file it replaces, or is readable by others like any new file (0644).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let permissions = std::fs::metadata(path).map_or_else(|_| std::fs::Permissions::from_mode(0o644), |m| m.permissions());
        temporary.as_file().set_permissions(permissions).map_err(write_error)?;
    }
    temporary.as_file().sync_all().map_err(write_error)?;
    temporary.persist(path).map_err(|error| replace_error(path, error.error, cfg!(windows)))?;
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
        assert!(error.to_string().contains("it is an input file"), "{error}");
        assert_eq!(std::fs::read(&input).unwrap(), b"unit,criterion,value\n");
        let via_dir = write_atomic(&input, b"x", &[dir.path().to_path_buf()]).unwrap_err();
        assert!(via_dir.to_string().contains("input file"));
        // A new evidence file in an input directory would be read as evidence next time.
        let new_one = write_atomic(&dir.path().join("ranking.csv"), b"x", &[dir.path().to_path_buf()]).unwrap_err();
        assert!(new_one.to_string().contains("input directory"), "{new_one}");
        assert_eq!(std::fs::read(&input).unwrap(), b"unit,criterion,value\n");
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
