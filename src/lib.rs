//! par-score computes the Vietnamese PAR Index (Chỉ số cải cách hành chính, "Chỉ số
//! CCHC") of departments, communes, wards and districts from a criteria framework
//! (TOML) and evidence files (CSV), exactly, with decimal arithmetic.
//!
//! Data flows one way: [`criteria`] (load, validate) → [`evidence`] (read values) →
//! [`scoring`] (rules → points → totals) → [`ranking`] → [`report`].
//!
//! ```
//! use par_score::criteria::parse_framework;
//! use par_score::evidence::{read_csv, ReadOptions};
//! use par_score::{ranking, scoring};
//!
//! let framework = parse_framework(r#"
//! [framework]
//! id = "demo"
//! [[area]]
//! id = "1"
//! name = "Công tác chỉ đạo, điều hành CCHC"
//! [[criterion]]
//! id = "1.1"
//! name = "Ban hành kế hoạch CCHC năm"
//! max = 1
//! rule = { kind = "deadline", due = "2024-01-31", late = 0.5 }
//! [[criterion]]
//! id = "1.2"
//! name = "Mức độ hoàn thành kế hoạch"
//! max = 1
//! rule = { kind = "tiers", percent = true, tiers = [[100, 1], [80, 0.5]] }
//! "#, "demo.toml").unwrap();
//! let csv = "unit;criterion;value\nSở Tư pháp;1.1;15/01/2024\nSở Tư pháp;1.2;92,5\n";
//! let read = read_csv(csv.as_bytes(), "demo.csv", 0, &framework, ReadOptions::default()).unwrap();
//! let units = read.book.into_units();
//! let score = scoring::score_unit(&framework, &units[0]).unwrap();
//! assert_eq!(score.figures.total, "1.5".parse().unwrap()); // 1 (on time) + 0.5 (92.5 % ≥ 80 %)
//! assert_eq!(score.figures.index, "75".parse().unwrap());  // 1.5 / 2 × 100
//! let ranked = ranking::rank(vec![scoring::UnitTotals::of(&framework, &score)]);
//! assert_eq!(ranked[0].rank, 1);
//! ```
#![deny(missing_docs)]

pub mod analysis;
pub mod check;
pub mod color;
pub mod commands;
pub mod council;
pub mod criteria;
pub mod diagnostic;
pub mod documents;
pub mod error;
pub mod evidence;
pub mod exact;
pub mod i18n;
pub mod labels;
pub mod output;
pub mod points;
pub mod ranking;
pub mod register;
pub mod report;
pub mod scoring;
pub mod seal;
pub mod survey;
#[cfg(test)]
mod testing;
pub mod text;
pub mod values;
pub mod winpath;

pub use error::{Error, ExitStatus, Result};
