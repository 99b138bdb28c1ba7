//! The `par-score` binary: parses arguments, runs the library, prints, and maps
//! the result to an exit status.

mod cli;

use std::io::Write;
use std::process::ExitCode;

use cli::Request;
use par_score::commands::{self, Output};
use par_score::report::inert::terminal_text;
use par_score::{Error, ExitStatus};

fn run(request: &Request) -> Result<Output, Error> {
    match request {
        Request::Score(options) => commands::score(options),
        Request::Rank(options) => commands::rank(options),
        Request::Criteria(options) => commands::criteria(options),
        Request::CriteriaExport(options) => commands::criteria_export(options),
        Request::CriteriaImport(options) => commands::criteria_import(options),
        Request::CriteriaDiff(options) => commands::criteria_diff(options),
        Request::Council(options) => commands::council(options),
        Request::Template(options) => commands::template(options),
        Request::Compare(options) => commands::compare(options),
        Request::Gaps(options) => commands::gaps(options),
        Request::WhatIf(options) => commands::whatif(options),
        Request::Report(options) => commands::report(options),
        Request::Completions(shell) => Ok(commands::completions(*shell, &mut cli::command())),
        Request::Man(out) => commands::man_page(cli::command(), out.as_ref()),
        Request::Check(options) => commands::check(options),
        Request::Verify(options) => commands::verify(options),
        Request::Survey(options) => commands::survey(options),
    }
}

fn main() -> ExitCode {
    // Messages of the command line itself (help, argument errors) are written before
    // clap has parsed `--lang`, so it is looked up first.
    par_score::i18n::set_lang(cli::lang_of(std::env::args_os()));
    let args = cli::parse();
    let quiet = args.quiet;
    let request = args.into_request();
    match run(&request) {
        Ok(output) => {
            if !quiet && !output.warnings.is_empty() {
                eprintln!("{}", terminal_text(&output.warnings.to_string()));
            }
            let mut stdout = std::io::stdout().lock();
            match stdout.write_all(&output.stdout).and_then(|()| stdout.flush()) {
                Ok(()) => ExitCode::from(ExitStatus::Ok as u8),
                // `par-score rank … | head` closes the pipe early: not an error.
                Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::from(ExitStatus::Ok as u8),
                Err(error) => {
                    eprintln!("{}", par_score::tr!("main-stdout-failed", reason = par_score::i18n::io_reason(&error)));
                    ExitCode::from(ExitStatus::Failure as u8)
                }
            }
        }
        Err(error) => {
            // Names and file names may hold ESC/OSC sequences: shown, never obeyed.
            eprintln!("{}", terminal_text(&render_error(&error)));
            ExitCode::from(error.exit_status() as u8)
        }
    }
}

fn render_error(error: &Error) -> String {
    match error {
        Error::Input(diagnostics) => diagnostics.to_string(),
        Error::WarningsDenied(diagnostics) => format!("{diagnostics}\n{}", par_score::tr!("main-warnings-denied")),
        Error::SealBroken(problems) => format!("{}\n{}", problems.join("\n"), par_score::tr!("main-seal-broken")),
        other => format!("{}: {other}", par_score::tr!("diagnostic-error")),
    }
}
