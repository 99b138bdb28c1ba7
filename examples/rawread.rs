//! The raw read limit of the benchmark: reads CSV files and splits them into records
//! with `csv::ByteRecord`, doing nothing else, on one thread.
//!
//! `cargo run --release --example rawread -- FILE_OR_DIR...` prints the records read.

use std::path::PathBuf;

fn files(path: PathBuf, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(&path).expect("read directory").map(|e| e.expect("entry").path()).collect();
        entries.sort();
        out.extend(entries.into_iter().filter(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv"))));
    } else {
        out.push(path);
    }
}

fn main() {
    let mut paths = Vec::new();
    for arg in std::env::args().skip(1) {
        files(PathBuf::from(arg), &mut paths);
    }
    let mut record = csv::ByteRecord::new();
    let (mut records, mut bytes) = (0u64, 0u64);
    for path in paths {
        let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_path(&path).expect("open file");
        while reader.read_byte_record(&mut record).expect("read record") {
            records += 1;
            bytes += record.as_slice().len() as u64;
        }
    }
    println!("{records} records, {bytes} bytes in fields");
}
