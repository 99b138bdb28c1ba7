//! Embeds the message catalogues: every `i18n/<lang>/*.ftl` file, so a catalogue
//! added for a new module needs no list to be edited.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=i18n");
    // Read at run time: `env!` would keep the folder the build script was compiled in
    // (a target/ copied from another checkout would embed that checkout's catalogues).
    let root = Path::new(&std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("i18n");
    let mut code = String::new();
    for lang in ["vi", "en"] {
        let mut files: Vec<_> = std::fs::read_dir(root.join(lang))
            .unwrap_or_else(|error| panic!("i18n/{lang}: {error}"))
            .map(|entry| entry.expect("i18n entry").path())
            .filter(|path| path.extension().is_some_and(|extension| extension == "ftl"))
            .collect();
        files.sort();
        writeln!(code, "/// The `{lang}` catalogue: (file name, Fluent text).").unwrap();
        writeln!(code, "pub const {}: &[(&str, &str)] = &[", lang.to_uppercase()).unwrap();
        for file in files {
            let name = file.file_name().unwrap().to_string_lossy().into_owned();
            writeln!(code, "    ({name:?}, include_str!({:?})),", file.display().to_string()).unwrap();
        }
        writeln!(code, "];").unwrap();
    }
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("catalogues.rs");
    std::fs::write(out, code).unwrap();
}
