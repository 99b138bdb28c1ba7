//! `par-score completions SHELL` and `par-score man`: shell completion scripts
//! (clap_complete) and a roff man page (clap_mangen) from the command line's definition.

use crate::tr;
use std::path::PathBuf;

use clap_complete::Shell;

use super::Output;
use crate::error::{Error, Result};
use crate::output::write_atomic;

/// Prints the completion script of `shell` for `command` (the binary's clap definition).
pub fn completions(shell: Shell, command: &mut clap::Command) -> Output {
    let name = command.get_name().to_owned();
    let mut stdout = Vec::new();
    clap_complete::generate(shell, command, name, &mut stdout);
    Output { stdout, ..Output::default() }
}

/// Renders the man page of `command`, to `out` or standard output.
pub fn man_page(command: clap::Command, out: Option<&PathBuf>) -> Result<Output> {
    let mut page = Vec::new();
    let render_error = |source: std::io::Error| Error::Write {
        path: out.map_or_else(|| tr!("commands-standard-output"), |p| p.display().to_string()),
        source,
    };
    clap_mangen::Man::new(command).render(&mut page).map_err(render_error)?;
    match out {
        Some(path) => {
            write_atomic(path, &page, &[])?;
            Ok(Output::default())
        }
        None => Ok(Output { stdout: page, ..Output::default() }),
    }
}
