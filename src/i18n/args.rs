//! The values a message is filled with, chosen by the value's type: whole counts as
//! numbers, decimals in the language's notation, everything else as text.

use fluent_bundle::FluentValue;
use rust_decimal::Decimal;
use std::fmt::Display;

use super::{Lang, decimal_in};

/// One value of a message's variable.
#[derive(Debug, Clone, PartialEq)]
pub enum ArgValue {
    /// Text, shown as it is.
    Text(String),
    /// A whole count (English messages choose singular or plural by it).
    Count(u64),
    /// A decimal, written `1,5` in Vietnamese and `1.5` in English.
    Decimal(Decimal),
}

impl ArgValue {
    pub(super) fn to_fluent(&self, lang: Lang) -> FluentValue<'static> {
        match self {
            ArgValue::Text(text) => FluentValue::from(text.clone()),
            // Counts beyond 2^53 would lose digits as a Fluent number; they are text.
            ArgValue::Count(count) if *count < (1 << 53) => FluentValue::from(*count as f64),
            ArgValue::Count(count) => FluentValue::from(count.to_string()),
            ArgValue::Decimal(value) => FluentValue::from(decimal_in(lang, value)),
        }
    }
}

/// The wrapper `tr!` puts around each value so that the most specific conversion
/// is chosen (a count or a decimal before any `Display`).
#[doc(hidden)]
pub struct Wrap<'a, T: ?Sized>(pub &'a T);

/// Conversion of whole numbers and decimals (chosen first by `tr!`).
#[doc(hidden)]
pub trait CountArg {
    /// The value.
    fn arg_value(&self) -> ArgValue;
}

/// Conversion of anything shown by its `Display` (chosen when no other applies).
#[doc(hidden)]
pub trait TextArg {
    /// The value.
    fn arg_value(&self) -> ArgValue;
}

macro_rules! counts {
    ($($t:ty),*) => {$(
        impl CountArg for &Wrap<'_, $t> {
            fn arg_value(&self) -> ArgValue {
                ArgValue::Count(u64::try_from(*self.0).unwrap_or(u64::MAX))
            }
        }
        impl CountArg for &Wrap<'_, &$t> {
            fn arg_value(&self) -> ArgValue {
                ArgValue::Count(u64::try_from(**self.0).unwrap_or(u64::MAX))
            }
        }
    )*};
}
counts!(u8, u16, u32, u64, usize);

impl CountArg for &Wrap<'_, Decimal> {
    fn arg_value(&self) -> ArgValue {
        ArgValue::Decimal(*self.0)
    }
}

impl CountArg for &Wrap<'_, &Decimal> {
    fn arg_value(&self) -> ArgValue {
        ArgValue::Decimal(**self.0)
    }
}

impl<T: Display + ?Sized> TextArg for Wrap<'_, T> {
    fn arg_value(&self) -> ArgValue {
        ArgValue::Text(self.0.to_string())
    }
}
