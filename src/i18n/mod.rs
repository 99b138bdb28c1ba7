//! Every message a user reads (errors, warnings, hints, help), in Vietnamese by
//! default and in English with `--lang en`, from the Fluent catalogues in `i18n/`.
//!
//! A message is written `tr!("key", name = value, …)`; the key and its text live in
//! `i18n/vi/*.ftl` and `i18n/en/*.ftl` (a test checks that both catalogues hold the
//! same keys with the same variables, and that every key the code uses exists).
//! Values are given as text, except whole counts (for English plurals) and decimals,
//! which are written with a decimal comma in Vietnamese (`1,5`) and a point in English.

#[doc(hidden)]
pub mod args;

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

pub use crate::labels::Lang;
pub use args::{ArgValue, CountArg, TextArg};

mod catalogues {
    include!(concat!(env!("OUT_DIR"), "/catalogues.rs"));
}

static LANG: AtomicU8 = AtomicU8::new(0);

/// Sets the language of every message from now on (the binary does it once, from
/// `--lang`, before it reads anything).
pub fn set_lang(lang: Lang) {
    LANG.store(
        match lang {
            Lang::Vi => 0,
            Lang::En => 1,
        },
        Ordering::Relaxed,
    );
}

/// The language messages are written in.
pub fn lang() -> Lang {
    match LANG.load(Ordering::Relaxed) {
        1 => Lang::En,
        _ => Lang::Vi,
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: OnceLock<[Bundle; 2]> = OnceLock::new();
    let bundles = BUNDLES.get_or_init(|| [build(Lang::Vi), build(Lang::En)]);
    match lang {
        Lang::Vi => &bundles[0],
        Lang::En => &bundles[1],
    }
}

/// The catalogue files of a language: (file name, Fluent text).
pub fn catalogue(lang: Lang) -> &'static [(&'static str, &'static str)] {
    match lang {
        Lang::Vi => catalogues::VI,
        Lang::En => catalogues::EN,
    }
}

fn build(lang: Lang) -> Bundle {
    let id = unic_langid::LanguageIdentifier::from_bytes(match lang {
        Lang::Vi => b"vi",
        Lang::En => b"en",
    })
    .unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![id]);
    // Fluent wraps every value in invisible direction marks (U+2068, U+2069) by
    // default; they would end up in terminals, CSV files and test expectations.
    bundle.set_use_isolating(false);
    for (_, text) in catalogue(lang) {
        // A catalogue with a syntax error or a key defined twice fails the catalogue
        // tests; here the entries that parsed are still used.
        let resource = FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(resource, _)| resource);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// Whether the `lang` catalogue has the message `key`.
pub fn has_message(lang: Lang, key: &str) -> bool {
    bundle(lang).has_message(key)
}

/// The message `key` in the current language, with its variables filled in.
pub fn message(key: &str, args: &[(&str, ArgValue)]) -> String {
    message_in(lang(), key, args)
}

/// The message `key` in `lang`.
pub fn message_in(lang: Lang, key: &str, args: &[(&str, ArgValue)]) -> String {
    let bundle = bundle(lang);
    let Some(pattern) = bundle.get_message(key).and_then(|message| message.value()) else {
        debug_assert!(false, "message {key:?} is missing from the {lang:?} catalogue");
        return key.to_owned();
    };
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fluent_args.set(*name, value.to_fluent(lang));
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    debug_assert!(errors.is_empty(), "message {key:?} ({lang:?}): {errors:?}");
    text.into_owned()
}

/// A decimal as the current language writes it: `1,5` in Vietnamese, `1.5` in English.
pub fn decimal(value: &rust_decimal::Decimal) -> String {
    decimal_in(lang(), value)
}

/// A decimal as `lang` writes it.
pub fn decimal_in(lang: Lang, value: &rust_decimal::Decimal) -> String {
    let text = value.normalize().to_string();
    match lang {
        Lang::Vi => text.replace('.', ","),
        Lang::En => text,
    }
}

/// The reason an operating-system call failed, in the current language (the
/// system's own text, English on most machines, is kept after it in brackets).
pub fn io_reason(error: &std::io::Error) -> String {
    use std::io::ErrorKind;
    let key = match error.kind() {
        ErrorKind::NotFound => "io-not-found",
        ErrorKind::PermissionDenied => "io-permission-denied",
        ErrorKind::AlreadyExists => "io-already-exists",
        ErrorKind::IsADirectory => "io-is-a-directory",
        ErrorKind::NotADirectory => "io-not-a-directory",
        ErrorKind::StorageFull => "io-storage-full",
        ErrorKind::ReadOnlyFilesystem => "io-read-only",
        ErrorKind::InvalidData => "io-invalid-data",
        ErrorKind::UnexpectedEof => "io-unexpected-eof",
        _ => return error.to_string(),
    };
    match error.raw_os_error() {
        // The system's own words, which name the error exactly, follow in brackets.
        Some(_) => format!("{} ({error})", message(key, &[])),
        None => message(key, &[]),
    }
}

/// A message from the catalogues: `tr!("key")` or `tr!("key", name = value, …)`.
/// Whole numbers (`usize`, `u64`, …) are passed as numbers (English chooses a plural
/// by them), decimals as the language writes them, anything else by its `Display`.
#[macro_export]
macro_rules! tr {
    ($key:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::tr_in!($crate::i18n::lang(), $key $(, $name = $value)*)
    };
}

/// A message in a given language: `tr_in!(lang, "key", name = value, …)`, for output
/// rendered in the language a caller passes (tables, reports, workbooks).
#[macro_export]
macro_rules! tr_in {
    ($lang:expr, $key:literal $(,)?) => {
        $crate::i18n::message_in($lang, $key, &[])
    };
    ($lang:expr, $key:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        #[allow(unused_imports)]
        use $crate::i18n::{CountArg as _, TextArg as _};
        // `&&` picks a count's or a decimal's conversion before `Display`'s.
        #[allow(clippy::needless_borrow)]
        let values = [$((stringify!($name), (&&$crate::i18n::args::Wrap(&$value)).arg_value())),+];
        $crate::i18n::message_in($lang, $key, &values)
    }};
}

#[cfg(test)]
mod tests;
