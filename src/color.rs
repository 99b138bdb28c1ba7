//! Whether tables may be styled (bold headers and totals): never when the `NO_COLOR`
//! environment variable is set and not empty (<https://no-color.org>); otherwise
//! only when standard output is a terminal, which comfy-table checks itself.

/// Whether `NO_COLOR` asks for plain output.
pub fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty())
}
