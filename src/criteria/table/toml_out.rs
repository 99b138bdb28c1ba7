//! Writes the criteria TOML of docs/formats.md section 1, remembering which table
//! cell each line came from so that the loader's findings point at the cell.

use rust_decimal::Decimal;

use crate::criteria::{AdjustmentKind, Better, Rule};
use crate::diagnostic::Location;
use crate::points::plain;

/// TOML text under construction, with the table cell behind each line.
#[derive(Default)]
pub(super) struct TomlText {
    text: String,
    origins: Vec<Option<Location>>,
}

/// A TOML basic string (quoted and escaped).
pub(super) fn string(text: &str) -> String {
    toml::Value::String(text.to_owned()).to_string()
}

/// A TOML number, exactly as the decimal.
pub(super) fn number(value: Decimal) -> String {
    plain(value)
}

impl TomlText {
    /// Adds one line that came from `origin`.
    pub(super) fn line(&mut self, line: impl Into<String>, origin: Option<&Location>) {
        self.text.push_str(&line.into());
        self.text.push('\n');
        self.origins.push(origin.cloned());
    }

    /// Adds `key = value` if there is a value.
    pub(super) fn key(&mut self, key: &str, value: Option<String>, origin: Option<&Location>) {
        if let Some(value) = value {
            self.line(format!("{key} = {value}"), origin);
        }
    }

    /// The table cell behind a 1-based line, if any.
    pub(super) fn origin(&self, line: u64) -> Option<&Location> {
        self.origins.get((line as usize).checked_sub(1)?)?.as_ref()
    }

    /// The text.
    pub(super) fn text(&self) -> &str {
        &self.text
    }
}

/// `rule = { … }` as an inline table.
pub(super) fn rule(rule: &Rule) -> String {
    let body = match rule {
        Rule::Check => "kind = \"check\"".to_owned(),
        Rule::Tiers { better, percent, tiers } => {
            let pairs: Vec<String> = tiers.iter().map(|(t, p)| format!("[{}, {}]", number(*t), number(*p))).collect();
            let better = if *better == Better::Lower { "better = \"lower\", " } else { "" };
            let percent = if *percent { "percent = true, " } else { "" };
            format!("kind = \"tiers\", {better}{percent}tiers = [{}]", pairs.join(", "))
        }
        Rule::Ratio { target, floor, percent } => {
            let mut text = "kind = \"ratio\"".to_owned();
            if *percent {
                text.push_str(", percent = true");
            }
            if *target != Decimal::ONE_HUNDRED {
                text.push_str(&format!(", target = {}", number(*target)));
            }
            if let Some(floor) = floor {
                text.push_str(&format!(", floor = {}", number(*floor)));
            }
            text
        }
        Rule::Deadline { due, late } => format!("kind = \"deadline\", due = \"{}\", late = {}", due.format("%Y-%m-%d"), number(*late)),
        Rule::Deduct { per } => format!("kind = \"deduct\", per = {}", number(*per)),
        Rule::Choice { options } => {
            let options: Vec<String> = options.iter().map(|o| format!("{} = {}", string(&o.label), number(o.points))).collect();
            format!("kind = \"choice\", options = {{ {} }}", options.join(", "))
        }
        Rule::Manual { step: None } => "kind = \"manual\"".to_owned(),
        Rule::Manual { step: Some(step) } => format!("kind = \"manual\", step = {}", number(*step)),
    };
    format!("{{ {body} }}")
}

/// `kind = "bonus"` or `"penalty"`.
pub(super) fn adjustment_kind(kind: AdjustmentKind) -> &'static str {
    match kind {
        AdjustmentKind::Bonus => "\"bonus\"",
        AdjustmentKind::Penalty => "\"penalty\"",
    }
}
