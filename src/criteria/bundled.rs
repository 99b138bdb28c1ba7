//! The frameworks compiled into the binary, chosen by id, and `--criteria` look-up.

use std::path::Path;

use super::load::parse_framework;
use super::model::Framework;
use crate::error::{Error, Result};

/// A framework shipped with par-score.
pub struct Bundled {
    /// Its id, as given to `--criteria`.
    pub id: &'static str,
    /// What it scores.
    pub summary: &'static str,
    /// The TOML text.
    pub text: &'static str,
}

/// The bundled frameworks.
pub const BUNDLED: [Bundled; 4] = [
    Bundled {
        id: "so-2025",
        summary: "sở, ban, ngành (departments), assessment year 2025",
        text: include_str!("../../criteria/so-2025.toml"),
    },
    Bundled {
        id: "xa-2025",
        summary: "xã, phường, đặc khu (communes and wards, two-level local government since 1/7/2025), assessment year 2025",
        text: include_str!("../../criteria/xa-2025.toml"),
    },
    Bundled {
        id: "huyen-2024",
        summary: "UBND cấp huyện (districts), assessment years up to 2024",
        text: include_str!("../../criteria/huyen-2024.toml"),
    },
    Bundled {
        id: "huyen-2023",
        summary: "UBND cấp huyện (districts), assessment year 2023: the year before huyen-2024, for `compare`",
        text: include_str!("../../criteria/huyen-2023.toml"),
    },
];

/// The framework used when `--criteria` is not given: departments.
pub const DEFAULT_FRAMEWORK: &str = "so-2025";

/// The bundled ids, comma-separated, for messages.
pub fn bundled_ids() -> String {
    BUNDLED.iter().map(|b| b.id).collect::<Vec<_>>().join(", ")
}

/// Loads `--criteria`: an existing file path, else a bundled id; `None` means the
/// default framework.
pub fn load_framework(spec: Option<&str>) -> Result<Framework> {
    let spec = spec.unwrap_or(DEFAULT_FRAMEWORK);
    let path = Path::new(spec);
    if path.is_file() || spec.ends_with(".toml") {
        let bytes = std::fs::read(path).map_err(|source| Error::Read { path: spec.to_owned(), source })?;
        let text = crate::evidence::decode_utf8(&bytes, spec)?;
        return Ok(parse_framework(text.trim_start_matches('\u{feff}'), spec)?);
    }
    match BUNDLED.iter().find(|b| b.id == spec) {
        Some(bundled) => Ok(parse_framework(bundled.text, &format!("criteria/{}.toml (bundled)", bundled.id))?),
        None => Err(Error::UnknownFramework { name: spec.to_owned(), known: bundled_ids() }),
    }
}
