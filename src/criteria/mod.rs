//! Criteria frameworks: the model, loading and validation of TOML files, and the
//! frameworks bundled into the binary.

mod bundled;
mod describe;
pub mod diff;
mod load;
mod model;
mod raw;
mod rules;
mod source;
pub mod table;

pub use bundled::{BUNDLED, Bundled, DEFAULT_FRAMEWORK, FrameworkSource, bundled_ids, framework_source, load_framework};
pub use describe::{describe_rule, value_hint};
pub use load::{MAX_DECIMALS, MAX_MAGNITUDE, parent_id, parse_framework};
pub use model::{
    Adjustment, AdjustmentKind, Better, ChoiceOption, Framework, Grade, GradeCap, Leaf, Node, Rounding, Rule, Source, Target, TiePolicy,
};
pub use rules::RULE_KINDS;
