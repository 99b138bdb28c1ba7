//! The command line's help and its argument errors in the chosen language: every
//! text clap would print comes from the `cli-…` messages of the catalogues.
//!
//! A command's description is `cli-<path>` (`cli-rank`, `cli-criteria-export`), an
//! argument's is `cli-<path>--<id>` or, when several commands share it, `cli-arg-<id>`.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};

use par_score::i18n::{self, Lang};
use par_score::tr;

/// The message `key` when the catalogues have it.
fn lookup(key: &str) -> Option<String> {
    i18n::has_message(i18n::lang(), key).then(|| i18n::message(key, &[]))
}

/// The key of an argument's help: the command's own, else the shared one.
pub fn argument_key(path: &str, id: &str) -> String {
    let own = format!("{path}--{id}");
    if i18n::has_message(Lang::Vi, &own) { own } else { format!("cli-arg-{id}") }
}

/// `command` with every description, argument help, heading and value name taken
/// from the catalogues.
pub fn localise(command: Command) -> Command {
    let command = localise_at(command, "cli");
    let command = command.disable_version_flag(true).arg(flag("version", 'V', ArgAction::Version, tr!("cli-version"), 99));
    let mut command = command.after_help(tr!("cli-exit-codes"));
    // clap writes "[OPTIONS]" in every usage line; each line is rendered once, with
    // the placeholder in the chosen language, and kept.
    command.build();
    with_usage(command, &tr!("cli-value-options"))
}

fn with_usage(mut command: Command, options: &str) -> Command {
    let usage = command.render_usage().to_string();
    let usage = usage.split_once(": ").map_or(usage.as_str(), |(_, rest)| rest).replace("[OPTIONS]", options);
    let names: Vec<String> = command.get_subcommands().map(|sub| sub.get_name().to_owned()).collect();
    for name in names {
        command = command.mut_subcommand(name.as_str(), |sub| with_usage(sub, options));
    }
    command.override_usage(usage)
}

/// clap's own `--help` and `--version`, with their help in the chosen language.
fn flag(name: &'static str, short: char, action: ArgAction, help: String, order: usize) -> Arg {
    Arg::new(name).short(short).long(name).action(action).help(help).help_heading(tr!("cli-heading-options")).display_order(order)
}

fn localise_at(mut command: Command, path: &str) -> Command {
    if let Some(about) = lookup(path) {
        command = command.about(about).long_about(None);
    }
    let ids: Vec<String> = command.get_arguments().map(|arg| arg.get_id().to_string()).collect();
    for (order, id) in ids.into_iter().enumerate() {
        let key = argument_key(path, &id);
        command = command.mut_arg(id.as_str(), |arg| {
            let heading = if arg.is_positional() { tr!("cli-heading-arguments") } else { tr!("cli-heading-options") };
            let takes_values = arg.get_action().takes_values();
            // Under a heading of their own, arguments would be listed by name; they
            // keep the order they are declared (and, for positionals, typed) in, the
            // global ones (--lang, --quiet) last.
            let mut arg =
                arg.help_heading(heading).hide_possible_values(takes_values).display_order(if path == "cli" { 100 + order } else { order });
            // clap writes "[default: …]" in English: the default is written here instead.
            let defaults: Vec<String> = arg.get_default_values().iter().map(|value| value.to_string_lossy().into_owned()).collect();
            if let Some(mut help) = lookup(&key) {
                if !defaults.is_empty() && takes_values {
                    help = format!("{help} {}", tr!("cli-default", value = defaults.join(", ")));
                    arg = arg.hide_default_value(true);
                }
                arg = arg.help(help).long_help(None);
            }
            let value_names: Vec<String> = arg.get_value_names().unwrap_or_default().iter().map(|name| name.to_string()).collect();
            if let [name] = value_names.as_slice()
                && let Some(local) = lookup(&format!("cli-value-{}", name.to_lowercase()))
            {
                arg = arg.value_name(local);
            }
            arg
        });
    }
    let names: Vec<String> = command.get_subcommands().map(|sub| sub.get_name().to_owned()).collect();
    for name in names {
        let sub_path = format!("{path}-{name}");
        command = command.mut_subcommand(name.as_str(), |sub| localise_at(sub, &sub_path));
    }
    command
        .disable_help_flag(true)
        .disable_help_subcommand(true)
        .arg(flag("help", 'h', ArgAction::Help, tr!("cli-help"), 98))
        .subcommand_help_heading(tr!("cli-heading-commands"))
        .subcommand_value_name(tr!("cli-value-command"))
        .help_template(format!("{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}", tr!("cli-usage")))
}

/// clap's error in the chosen language (clap writes its own in English): what was
/// wrong, then a hint, then how to ask for help.
pub fn error_text(error: &clap::Error) -> String {
    let text = |kind: ContextKind| match error.get(kind) {
        Some(ContextValue::String(text)) => text.clone(),
        Some(ContextValue::Strings(list)) => list.join(", "),
        Some(ContextValue::StyledStr(text)) => text.to_string(),
        Some(ContextValue::StyledStrs(list)) => list.iter().map(ToString::to_string).collect::<Vec<_>>().join(", "),
        Some(ContextValue::Number(number)) => number.to_string(),
        _ => String::new(),
    };
    let argument = text(ContextKind::InvalidArg);
    let value = text(ContextKind::InvalidValue);
    let message = match error.kind() {
        ErrorKind::InvalidValue if value.is_empty() => tr!("cli-error-value-missing", argument = argument),
        ErrorKind::InvalidValue => {
            tr!("cli-error-invalid-value", argument = argument, value = value, valid = text(ContextKind::ValidValue))
        }
        ErrorKind::ValueValidation => {
            let reason = std::error::Error::source(error).map(ToString::to_string).unwrap_or_default();
            tr!("cli-error-value-validation", argument = argument, value = value, reason = reason)
        }
        ErrorKind::UnknownArgument => tr!("cli-error-unknown-argument", argument = argument),
        ErrorKind::InvalidSubcommand => tr!("cli-error-unknown-command", command = text(ContextKind::InvalidSubcommand)),
        ErrorKind::MissingRequiredArgument => tr!("cli-error-missing-argument", argument = argument),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => tr!("cli-error-missing-command"),
        ErrorKind::ArgumentConflict => {
            tr!("cli-error-conflict", argument = argument, other = text(ContextKind::PriorArg))
        }
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            tr!("cli-error-values", argument = argument)
        }
        _ => tr!("cli-error-other", detail = error.kind()),
    };
    let mut lines = vec![format!("{}: {message}", tr!("diagnostic-error"))];
    let suggestion = [ContextKind::SuggestedArg, ContextKind::SuggestedSubcommand, ContextKind::SuggestedValue]
        .into_iter()
        .map(text)
        .find(|suggestion| !suggestion.is_empty());
    if let Some(suggestion) = suggestion {
        lines.push(format!("  {}", tr!("diagnostic-hint", hint = tr!("cli-did-you-mean", suggestion = suggestion))));
    }
    let usage = text(ContextKind::Usage);
    if !usage.is_empty() {
        lines.push(String::new());
        lines.push(usage.replacen("Usage:", &format!("{}:", tr!("cli-usage")), 1));
    }
    lines.push(String::new());
    lines.push(tr!("cli-more-help"));
    lines.join("\n")
}
