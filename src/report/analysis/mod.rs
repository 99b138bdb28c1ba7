//! Renderers of the analyses: `compare`, `gaps` and `whatif` as tables, CSV and JSON.

mod compare;
mod gaps;
mod priorities;
mod whatif;

pub use compare::{area_note, compare_csv, compare_grid, compare_json, movement_text};
pub use gaps::{gaps_csv, gaps_grids, gaps_json};
pub use priorities::{overview_grid, priorities_csv, priorities_grid, priorities_json};
pub use whatif::{scenario_text, whatif_csv, whatif_grids, whatif_json};

use rust_decimal::Decimal;

use crate::labels::Lang;

/// A change with its sign: `+1,25`, `-0,50`, `0,00`.
pub fn signed(value: Decimal, show: &dyn Fn(Decimal) -> String) -> String {
    if value > Decimal::ZERO { format!("+{}", show(value)) } else { show(value) }
}

/// An exact figure without trailing zeros, with the language's decimal mark (maxima: `10,5`).
pub fn plain_in(lang: Lang, value: Decimal) -> String {
    crate::i18n::decimal_in(lang, &value)
}
