//! Criteria frameworks: the model, loading and validation of TOML files, and the
//! frameworks bundled into the binary.

mod bundled;
mod describe;
mod load;
mod model;
mod raw;
mod rules;
mod source;
mod survey;

pub use bundled::{BUNDLED, DEFAULT_FRAMEWORK, bundled_ids, load_framework};
pub use describe::{describe_rule, value_hint};
pub use load::{MAX_DECIMALS, MAX_MAGNITUDE, parent_id, parse_framework};
pub use model::{
    Adjustment, AdjustmentKind, Better, ChoiceOption, Framework, Grade, Leaf, Node, Rule, Source, Survey, SurveyOption, Target,
};
pub use rules::RULE_KINDS;
