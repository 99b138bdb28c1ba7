//! The catalogues agree with each other and with the code.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_bundle::FluentResource;
use fluent_syntax::ast::{self, Entry};
use rust_decimal::Decimal;

use super::*;

/// Every message of a language: key → the variables its text uses.
fn keys(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let mut keys = BTreeMap::new();
    for (file, text) in catalogue(lang) {
        let resource = match FluentResource::try_new((*text).to_owned()) {
            Ok(resource) => resource,
            Err((_, errors)) => panic!("i18n/{lang:?}/{file}: {errors:?}"),
        };
        for entry in resource.entries() {
            if let Entry::Message(message) = entry {
                let mut variables = BTreeSet::new();
                if let Some(pattern) = &message.value {
                    pattern_variables(pattern, &mut variables);
                }
                let previous = keys.insert(message.id.name.to_owned(), variables);
                assert!(previous.is_none(), "i18n/{lang:?}/{file}: {} is defined twice", message.id.name);
            }
        }
    }
    keys
}

fn pattern_variables(pattern: &ast::Pattern<&str>, variables: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, variables);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, variables: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, variables);
            for variant in variants {
                pattern_variables(&variant.value, variables);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, variables),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, variables: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            variables.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, variables),
        _ => {}
    }
}

#[test]
fn both_languages_have_the_same_messages_with_the_same_variables() {
    let vi = keys(Lang::Vi);
    let en = keys(Lang::En);
    let only_vi: Vec<_> = vi.keys().filter(|key| !en.contains_key(*key)).collect();
    let only_en: Vec<_> = en.keys().filter(|key| !vi.contains_key(*key)).collect();
    assert!(only_vi.is_empty() && only_en.is_empty(), "only in vi: {only_vi:?}; only in en: {only_en:?}");
    for (key, variables) in &vi {
        assert_eq!(variables, &en[key], "{key}: the two languages use different variables");
    }
}

/// The keys the code asks for with `tr!("key"…)`, and where.
fn used_keys() -> BTreeMap<String, String> {
    fn walk(dir: &Path, found: &mut BTreeMap<String, String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, found);
            } else if path.extension().is_some_and(|extension| extension == "rs") {
                // Comments show the macro with made-up keys.
                let text: String = std::fs::read_to_string(&path)
                    .unwrap()
                    .lines()
                    .filter(|line| !line.trim_start().starts_with("//"))
                    .map(|line| format!("{line}\n"))
                    .collect();
                let mut rest = text.as_str();
                while let Some(at) = rest.find(concat!("tr", "!(")).into_iter().chain(rest.find(concat!("tr_in", "!("))).min() {
                    // `include_str!(` is not `tr!(`; the needle is split so this file
                    // does not find itself. `tr_in!(lang, "key"…)` names its key second.
                    let whole_word = !rest[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_');
                    let with_lang = rest[at..].starts_with(concat!("tr_in", "!("));
                    rest = &rest[at + if with_lang { 7 } else { 4 }..];
                    let mut trimmed = rest.trim_start();
                    if with_lang {
                        // Skip the language expression (no comma or quote inside it).
                        trimmed = trimmed.split_once(',').map_or("", |(_, key)| key.trim_start());
                    }
                    if let (true, Some(literal)) = (whole_word, trimmed.strip_prefix('"')) {
                        let key = &literal[..literal.find('"').unwrap_or(0)];
                        found.entry(key.to_owned()).or_insert_with(|| path.display().to_string());
                    }
                }
            }
        }
    }
    let mut found = BTreeMap::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut found);
    found
}

fn all_sources() -> String {
    fn walk(dir: &Path, text: &mut String) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, text);
            } else if path.extension().is_some_and(|extension| extension == "rs") {
                text.push_str(&std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    let mut text = String::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut text);
    text
}

#[test]
fn every_key_the_code_uses_is_in_the_catalogues() {
    let vi = keys(Lang::Vi);
    let missing: Vec<_> = used_keys().into_iter().filter(|(key, _)| !vi.contains_key(key)).collect();
    assert!(missing.is_empty(), "keys used but not in i18n/vi and i18n/en: {missing:?}");
}

#[test]
fn every_message_is_used() {
    // Keys of clap's help (`cli-…`) are looked up by the argument's name; a few
    // others are chosen at run time, and appear in the code as a quoted key.
    let used = used_keys();
    let sources = all_sources();
    let unused: Vec<_> = keys(Lang::Vi)
        .into_keys()
        .filter(|key| !key.starts_with("cli-") && !used.contains_key(key) && !sources.contains(&format!("\"{key}\"")))
        .collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
}

#[test]
fn messages_fill_their_variables_without_direction_marks() {
    let args = [("path", ArgValue::Text("a.csv".into())), ("reason", ArgValue::Text("x".into()))];
    assert_eq!(message_in(Lang::Vi, "error-read", &args), "không đọc được a.csv: x");
    assert_eq!(message_in(Lang::En, "error-read", &args), "cannot read a.csv: x");
}

#[test]
fn system_errors_keep_the_systems_words() {
    let os = std::io::Error::from_raw_os_error(2);
    assert_eq!(io_reason(&os), format!("không tìm thấy tệp ({os})"));
    let own = std::io::Error::new(std::io::ErrorKind::NotFound, "no such file or directory");
    assert_eq!(io_reason(&own), "không tìm thấy tệp");
}

#[test]
fn decimals_use_the_languages_separator() {
    let value: Decimal = "1234.50".parse().unwrap();
    assert_eq!(decimal_in(Lang::Vi, &value), "1234,5");
    assert_eq!(decimal_in(Lang::En, &value), "1234.5");
}

#[test]
fn the_macro_passes_counts_as_numbers_and_decimals_by_language() {
    let count: usize = 3;
    let value: Decimal = "0.25".parse().unwrap();
    let name = String::from("Sở Tư pháp");
    #[allow(clippy::needless_borrow)]
    let values = [
        (&&args::Wrap(&count)).arg_value(),
        (&&args::Wrap(&value)).arg_value(),
        (&&args::Wrap(&name)).arg_value(),
        (&&args::Wrap(&-2i64)).arg_value(),
    ];
    assert_eq!(values, [ArgValue::Count(3), ArgValue::Decimal(value), ArgValue::Text("Sở Tư pháp".into()), ArgValue::Text("-2".into())]);
    assert_eq!(tr!("error-read", path = name, reason = count), "không đọc được Sở Tư pháp: 3");
    assert_eq!(crate::tr_in!(Lang::En, "error-read", path = name, reason = value), "cannot read Sở Tư pháp: 0.25");
}
