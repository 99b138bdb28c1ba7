//! Whether tables may be styled (bold headers and totals): never when the `NO_COLOR`
//! environment variable is set and not empty (<https://no-color.org>); otherwise
//! only when standard output is a terminal, which comfy-table checks itself, and on
//! Windows only in a console that takes escape codes.

/// Whether `NO_COLOR` asks for plain output.
pub fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty())
}

/// Whether tables must be plain: `NO_COLOR`, or a Windows console where escape codes
/// would show as text (`←[1m`).
pub fn plain() -> bool {
    no_color() || !console_takes_escape_codes()
}

/// Windows 10 and later take escape codes once a program asks for them (the console
/// of cmd.exe does not by default); this asks, once.
#[cfg(windows)]
fn console_takes_escape_codes() -> bool {
    crossterm::ansi_support::supports_ansi()
}

#[cfg(not(windows))]
fn console_takes_escape_codes() -> bool {
    true
}
