//! Turns a criteria TOML file into a validated [`Framework`], reporting every
//! problem with its line, column, the offending text and what was expected.

use rust_decimal::Decimal;
use std::collections::HashMap;
use std::ops::Range;
use toml::Spanned;

use super::model::{
    Adjustment, AdjustmentKind, Framework, Grade, GradeCap, Leaf, Node, Profile, Rounding, Rule, Source, Target, TiePolicy,
};
use super::raw::{RawAdjustment, RawCriterion, RawFile, RawGrade, RawGradeCap, RawHeader, RawNumber, RawProfile};
use super::rules::validate_rule;
use super::source::SourceFile;
use crate::diagnostic::{Diagnostic, Diagnostics, Location};
use crate::points::plain;
use crate::text::nfc;
use crate::tr;

/// The largest magnitude of any number in a framework, far above real points and
/// small enough that no product or sum of them can overflow.
pub const MAX_MAGNITUDE: i64 = 1_000_000_000;

/// The most decimals a framework may report.
pub const MAX_DECIMALS: i64 = 6;

/// Parses and validates a framework from TOML text; `name` is used in messages.
pub fn parse_framework(text: &str, name: &str) -> Result<Framework, Diagnostics> {
    let source = SourceFile::new(name, text);
    let raw: RawFile = toml::from_str(text).map_err(|error| toml_error(&source, &error))?;
    let mut checker = Checker { source: &source, problems: Diagnostics::new() };
    let framework = checker.framework(raw);
    checker.problems.sort();
    match framework {
        Some(framework) if !checker.problems.has_errors() => Ok(framework),
        _ => Err(checker.problems.errors_only()),
    }
}

fn toml_error(source: &SourceFile, error: &toml::de::Error) -> Diagnostics {
    let message = tr!("criteria-invalid-file", reason = toml_reason(error.message().trim_end()));
    let diagnostic = match error.span() {
        Some(span) => source.error(&span, message),
        None => Diagnostic::error(Location::file(source.name()), message),
    };
    diagnostic.expected(tr!("criteria-invalid-file-expected")).into()
}

/// The toml crate's reason (serde writes it in English) in the current language: the
/// shapes a hand-edited framework meets (a key that is not allowed or missing, a
/// value of the wrong kind) are translated; any other reason stays as written, after
/// the words "TOML syntax".
fn toml_reason(reason: &str) -> String {
    use std::sync::LazyLock;
    static UNKNOWN_FIELD: LazyLock<regex::Regex> =
        LazyLock::new(|| regex::Regex::new(r"^unknown field `([^`]*)`, expected (?:one of )?(.*)$").expect("pattern"));
    static NO_FIELDS: LazyLock<regex::Regex> =
        LazyLock::new(|| regex::Regex::new(r"^unknown field `([^`]*)`, there are no fields$").expect("pattern"));
    static MISSING_FIELD: LazyLock<regex::Regex> = LazyLock::new(|| regex::Regex::new(r"^missing field `([^`]*)`$").expect("pattern"));
    static INVALID_TYPE: LazyLock<regex::Regex> =
        LazyLock::new(|| regex::Regex::new(r"^invalid type: (\w+)(.*), expected (.*)$").expect("pattern"));
    static UNKNOWN_VARIANT: LazyLock<regex::Regex> =
        LazyLock::new(|| regex::Regex::new(r"^unknown variant `([^`]*)`, expected (?:one of )?(.*)$").expect("pattern"));
    static DUPLICATE_KEY: LazyLock<regex::Regex> = LazyLock::new(|| regex::Regex::new(r"^duplicate key `([^`]*)`").expect("pattern"));
    if crate::i18n::lang() == crate::i18n::Lang::En {
        return reason.to_owned();
    }
    if let Some(found) = UNKNOWN_FIELD.captures(reason) {
        return tr!("criteria-toml-unknown-key", key = &found[1], allowed = &found[2]);
    }
    if let Some(found) = NO_FIELDS.captures(reason) {
        return tr!("criteria-toml-no-keys", key = &found[1]);
    }
    if let Some(found) = MISSING_FIELD.captures(reason) {
        return tr!("criteria-toml-missing-key", key = &found[1]);
    }
    if let Some(found) = UNKNOWN_VARIANT.captures(reason) {
        return tr!("criteria-toml-unknown-value", value = &found[1], allowed = &found[2]);
    }
    if let Some(found) = DUPLICATE_KEY.captures(reason) {
        return tr!("criteria-toml-duplicate-key", key = &found[1]);
    }
    if let Some(found) = INVALID_TYPE.captures(reason) {
        let kind = |word: &str| match word {
            "string" | "a string" => tr!("criteria-toml-kind-text"),
            "integer" | "floating" | "a number" | "i64" | "u64" | "f64" | "a decimal" => tr!("criteria-toml-kind-number"),
            "boolean" | "a boolean" => tr!("criteria-toml-kind-boolean"),
            "sequence" | "a sequence" => tr!("criteria-toml-kind-list"),
            "map" | "a map" => tr!("criteria-toml-kind-table"),
            other => other.to_owned(),
        };
        return tr!("criteria-toml-wrong-kind", found = format!("{}{}", kind(&found[1]), &found[2]), expected = kind(&found[3]));
    }
    tr!("criteria-toml-syntax", reason = reason)
}

/// Parent id of a criterion id: `1.1.2` → `1.1`; `None` when the id has no dot or
/// an empty part.
pub fn parent_id(id: &str) -> Option<&str> {
    let (parent, last) = id.rsplit_once('.')?;
    (!parent.is_empty() && !last.is_empty()).then_some(parent)
}

/// Validation state: the source for positions and the problems found so far.
pub(super) struct Checker<'a> {
    pub(super) source: &'a SourceFile<'a>,
    pub(super) problems: Diagnostics,
}

/// One area or criterion while the tree is being built.
struct Draft<'r> {
    node: Node,
    declared_max: Option<(Decimal, Range<usize>)>,
    criterion: Option<&'r RawCriterion>,
    id_span: Range<usize>,
}

impl Checker<'_> {
    /// Records an error at a span, with what was expected.
    pub(super) fn error(&mut self, span: &Range<usize>, message: impl Into<String>, expected: impl Into<String>) {
        self.problems.push(self.source.error(span, message).expected(expected));
    }

    /// The exact value of a number, or an error naming `what`.
    pub(super) fn number(&mut self, raw: &RawNumber, what: &str) -> Option<Decimal> {
        match self.source.decimal(raw.get_ref(), &raw.span()) {
            Ok(value) if value.abs() > Decimal::from(MAX_MAGNITUDE) => {
                self.error(
                    &raw.span(),
                    tr!("criteria-number-too-large", what = what, value = value),
                    tr!("criteria-number-range", max = MAX_MAGNITUDE),
                );
                None
            }
            Ok(value) => Some(value),
            Err(reason) => {
                self.error(&raw.span(), format!("{what}: {reason}"), tr!("criteria-number-expected", max = MAX_MAGNITUDE));
                None
            }
        }
    }

    /// A number that must be greater than 0.
    pub(super) fn positive(&mut self, raw: &RawNumber, what: &str) -> Option<Decimal> {
        let value = self.number(raw, what)?;
        if value <= Decimal::ZERO {
            self.error(
                &raw.span(),
                tr!("criteria-not-positive", what = what, found = self.source.slice(&raw.span())),
                format!("{what} > 0"),
            );
            return None;
        }
        Some(value)
    }

    fn framework(&mut self, mut raw: RawFile) -> Option<Framework> {
        let Some(header) = raw.framework.take() else {
            self.problems.push(
                Diagnostic::error(Location::line(self.source.name(), 1), tr!("criteria-framework-missing"))
                    .expected(tr!("criteria-framework-missing-expected")),
            );
            return None;
        };
        let header_span = header.span();
        let (mut framework, max_total_span) = self.header(header.into_inner(), &header_span)?;
        // Ids are compared and looked up in NFC, as evidence ids are (an NFD "á.1" in the
        // framework would otherwise match no row).
        let ids = raw.area.iter_mut().map(|a| &mut a.id).chain(raw.criterion.iter_mut().map(|c| &mut c.id));
        for id in ids.chain(raw.adjustment.iter_mut().map(|a| &mut a.id)) {
            let composed = nfc(id.get_ref());
            *id.get_mut() = composed;
        }
        self.check_names(&raw);
        framework.grades = self.grades(&raw.grade);
        let errors_before_ids = self.problems.error_count();
        self.check_ids(&raw);
        let ids_ok = self.problems.error_count() == errors_before_ids;

        let mut drafts = self.drafts(&raw);
        let order = self.tree_order(&mut drafts);
        let mut position = vec![usize::MAX; drafts.len()];
        for (new, &old) in order.iter().enumerate() {
            position[old] = new;
        }
        let mut ordered: Vec<Draft> = Vec::with_capacity(order.len());
        let mut slots: Vec<Option<Draft>> = drafts.into_iter().map(Some).collect();
        for &old in &order {
            let mut draft = slots[old].take().expect("each node is placed once");
            draft.node.parent = draft.node.parent.map(|p| position[p]);
            draft.node.children = draft.node.children.iter().map(|&c| position[c]).collect();
            ordered.push(draft);
        }
        framework.areas = ordered.iter().enumerate().filter(|(_, d)| d.criterion.is_none()).map(|(i, _)| i).collect();
        framework.leaves = self.leaves(&mut ordered);
        let complete = self.sum_maxima(&mut ordered);
        framework.nodes = ordered.into_iter().map(|d| d.node).collect();
        framework.adjustments = raw.adjustment.iter().filter_map(|a| self.adjustment(a)).collect();

        let total = framework.total_max();
        if let (Some(max_total), Some(span), true) = (framework.max_total, max_total_span, complete && ids_ok)
            && max_total != total
        {
            self.error(
                &span,
                tr!("criteria-max-total-mismatch", declared = max_total, total = total),
                tr!("criteria-max-total-mismatch-expected", declared = plain(max_total), total = plain(total)),
            );
        }
        let mut targets = HashMap::default();
        for (index, node) in framework.nodes.iter().enumerate() {
            targets.insert(node.id.clone(), node.leaf.map_or(Target::Group(index), Target::Leaf));
        }
        for (index, adjustment) in framework.adjustments.iter().enumerate() {
            targets.insert(adjustment.id.clone(), Target::Adjustment(index));
        }
        framework.targets = targets;
        framework.grade_caps = self.grade_caps(&raw.grade_cap, &framework);
        framework.profiles = raw.profile.iter().filter_map(|p| self.profile(p, &framework)).collect();
        self.duplicate_profiles(&raw.profile);
        self.survey(&raw, &mut framework);
        Some(framework)
    }

    /// `[[grade_cap]]`: a leaf with a numeric value, one bound, a known grade.
    fn grade_caps(&mut self, raw: &[RawGradeCap], framework: &Framework) -> Vec<GradeCap> {
        let mut caps = Vec::new();
        for cap in raw {
            let id = cap.criterion.get_ref();
            let leaf = match framework.target(id) {
                Some(Target::Leaf(leaf))
                    if matches!(framework.leaves[leaf].rule, Rule::Tiers { .. } | Rule::Ratio { .. } | Rule::Deduct { .. }) =>
                {
                    Some(leaf)
                }
                Some(Target::Leaf(_)) => {
                    self.error(
                        &cap.criterion.span(),
                        tr!("criteria-grade-cap-not-numeric", id = id),
                        tr!("criteria-grade-cap-not-numeric-expected"),
                    );
                    None
                }
                _ => {
                    self.error(
                        &cap.criterion.span(),
                        tr!("criteria-grade-cap-unknown-leaf", id = id),
                        tr!("criteria-grade-cap-unknown-leaf-expected"),
                    );
                    None
                }
            };
            let at_least = cap.at_least.as_ref().and_then(|n| self.number(n, "at_least"));
            let at_most = cap.at_most.as_ref().and_then(|n| self.number(n, "at_most"));
            if cap.at_least.is_some() == cap.at_most.is_some() {
                self.error(&cap.criterion.span(), tr!("criteria-grade-cap-bounds"), tr!("criteria-grade-cap-bounds-expected"));
                continue;
            }
            let best_name = crate::text::fold(cap.best.get_ref());
            let best = framework.grades.iter().position(|g| crate::text::fold(&g.name) == best_name);
            if best.is_none() {
                let names: Vec<&str> = framework.grades.iter().map(|g| g.name.as_str()).collect();
                self.error(
                    &cap.best.span(),
                    tr!("criteria-grade-cap-unknown-grade", name = cap.best.get_ref()),
                    tr!("criteria-one-of", list = names.join(", ")),
                );
            }
            if let (Some(leaf), Some(best), true) = (leaf, best, at_least.is_some() || at_most.is_some()) {
                caps.push(GradeCap { leaf, at_least, at_most, best });
            }
        }
        caps
    }

    fn header(&mut self, header: RawHeader, span: &Range<usize>) -> Option<(Framework, Option<Range<usize>>)> {
        let id = match header.id {
            Some(id) if !id.get_ref().trim().is_empty() => id.into_inner().trim().to_owned(),
            Some(id) => {
                self.error(&id.span(), tr!("criteria-framework-id-empty"), tr!("criteria-framework-id-expected"));
                return None;
            }
            None => {
                self.error(span, tr!("criteria-framework-no-id"), tr!("criteria-framework-id-expected"));
                return None;
            }
        };
        let decimals = match header.decimals {
            None => 2,
            Some(d) if (0..=MAX_DECIMALS).contains(d.get_ref()) => *d.get_ref() as u32,
            Some(d) => {
                self.error(
                    &d.span(),
                    tr!("criteria-decimals-out-of-range", value = d.get_ref()),
                    tr!("criteria-decimals-expected", max = MAX_DECIMALS),
                );
                2
            }
        };
        let max_total_span = header.max_total.as_ref().map(|m| m.span());
        let max_total = header.max_total.as_ref().and_then(|m| self.positive(m, "max_total"));
        let bonus_cap = header.bonus_cap.as_ref().and_then(|m| self.positive(m, "bonus_cap"));
        let penalty_cap = header.penalty_cap.as_ref().and_then(|m| self.positive(m, "penalty_cap"));
        let ties = match header.ties.as_ref().map(|t| (t.get_ref().as_str(), t.span())) {
            None | Some(("shared", _)) => TiePolicy::Shared,
            Some(("exact", _)) => TiePolicy::Exact,
            Some((other, span)) => {
                self.error(&span, tr!("criteria-ties-unknown", value = other), tr!("criteria-ties-expected"));
                TiePolicy::Shared
            }
        };
        let rounding = match header.rounding.as_ref().map(|t| (t.get_ref().as_str(), t.span())) {
            None | Some(("leaf", _)) => Rounding::Leaf,
            Some(("total", _)) => Rounding::Total,
            Some((other, span)) => {
                self.error(&span, tr!("criteria-rounding-unknown", value = other), tr!("criteria-rounding-expected"));
                Rounding::Leaf
            }
        };
        Some((
            Framework {
                title: header.title.map(|t| nfc(&t)).unwrap_or_else(|| id.clone()),
                id,
                unit_kind: header.unit_kind.map(|k| nfc(&k)).unwrap_or_default(),
                year: header.year.map(Spanned::into_inner),
                decimals,
                max_total,
                cap_index: header.cap_index.unwrap_or(true),
                description: header.description.map(|d| nfc(&d)),
                bonus_cap,
                penalty_cap,
                ties,
                rounding,
                grades: Vec::new(),
                grade_caps: Vec::new(),
                nodes: Vec::new(),
                areas: Vec::new(),
                leaves: Vec::new(),
                adjustments: Vec::new(),
                profiles: Vec::new(),
                survey: None,
                targets: HashMap::default(),
            },
            max_total_span,
        ))
    }

    fn grades(&mut self, raw: &[RawGrade]) -> Vec<Grade> {
        let mut seen: HashMap<String, u64> = HashMap::new();
        let mut grades = Vec::new();
        for grade in raw {
            let name = nfc(grade.name.get_ref().trim());
            let line = self.source.location(&grade.name.span()).line.unwrap_or(0);
            if name.is_empty() {
                self.error(&grade.name.span(), tr!("criteria-grade-name-empty"), tr!("criteria-grade-name-expected"));
                continue;
            }
            if let Some(problem) = crate::text::name_problem(grade.name.get_ref()) {
                self.error(
                    &grade.name.span(),
                    tr!("criteria-grade-name-bad", name = crate::text::quote(&name), problem = problem),
                    crate::text::name_rule(),
                );
                continue;
            }
            if let Some(first) = seen.insert(crate::text::fold(&name), line) {
                self.error(
                    &grade.name.span(),
                    tr!("criteria-grade-duplicate", name = name, first = first),
                    tr!("criteria-grade-duplicate-expected"),
                );
                continue;
            }
            let Some(min_index) = self.number(&grade.min_index, "min_index") else { continue };
            if let Some(previous) = grades.last().filter(|previous: &&Grade| previous.min_index <= min_index) {
                self.error(
                    &grade.min_index.span(),
                    tr!(
                        "criteria-grades-order",
                        name = name,
                        min_index = min_index,
                        previous = previous.name,
                        previous_min_index = previous.min_index
                    ),
                    tr!("criteria-grades-order-expected"),
                );
                continue;
            }
            grades.push(Grade { name, min_index });
        }
        grades
    }

    /// Reports names of areas, criteria and adjustments that would act as formulas or
    /// break the files written (at the id of their entry).
    fn check_names(&mut self, raw: &RawFile) {
        let areas = raw.area.iter().map(|a| ("area", &a.id, &a.name));
        let criteria = raw.criterion.iter().map(|c| ("criterion", &c.id, &c.name));
        let adjustments = raw.adjustment.iter().map(|a| ("adjustment", &a.id, &a.name));
        for (kind, id, name) in areas.chain(criteria).chain(adjustments) {
            if let Some(problem) = crate::text::name_problem(name) {
                let message = tr!("criteria-name-bad", kind = kind, id = id.get_ref(), problem = problem, name = crate::text::quote(name));
                self.error(&id.span(), message, crate::text::name_rule());
            }
        }
    }

    /// Reports empty, spaced and duplicate ids across areas, criteria and adjustments.
    fn check_ids(&mut self, raw: &RawFile) {
        let ids = raw.area.iter().map(|a| &a.id).chain(raw.criterion.iter().map(|c| &c.id)).chain(raw.adjustment.iter().map(|a| &a.id));
        let mut first_line: HashMap<&str, u64> = HashMap::new();
        for id in ids {
            let text = id.get_ref().as_str();
            if text.is_empty() || text.chars().any(char::is_whitespace) {
                self.error(&id.span(), tr!("criteria-id-blank", id = text), tr!("criteria-id-blank-expected"));
                continue;
            }
            let line = self.source.location(&id.span()).line.unwrap_or(0);
            if let Some(first) = first_line.get(text) {
                self.error(&id.span(), tr!("criteria-id-duplicate", id = text, first = first), tr!("criteria-id-duplicate-expected"));
            } else {
                first_line.insert(text, line);
            }
        }
    }

    /// One draft node per area and criterion (first declaration of each id), linked
    /// to parents; criteria without a parent are reported.
    fn drafts<'r>(&mut self, raw: &'r RawFile) -> Vec<Draft<'r>> {
        let mut drafts: Vec<Draft<'r>> = Vec::new();
        let mut index_of: HashMap<&str, usize> = HashMap::new();
        let areas = raw.area.iter().map(|a| (&a.id, &a.name, &a.max, a.description.as_deref(), None));
        let criteria = raw.criterion.iter().map(|c| (&c.id, &c.name, &c.max, c.description.as_deref(), Some(c)));
        for (area_index, (id, name, max, description, criterion)) in areas.chain(criteria).enumerate() {
            if index_of.contains_key(id.get_ref().as_str()) {
                continue;
            }
            let declared_max = max.as_ref().and_then(|m| self.number(m, "max").map(|v| (v, m.span())));
            index_of.insert(id.get_ref(), drafts.len());
            drafts.push(Draft {
                node: Node {
                    id: id.get_ref().clone(),
                    name: nfc(name.trim()),
                    description: description.map(nfc),
                    parent: None,
                    children: Vec::new(),
                    depth: 0,
                    area: area_index,
                    max: Decimal::ZERO,
                    leaf: None,
                },
                declared_max,
                criterion,
                id_span: id.span(),
            });
        }
        for index in 0..drafts.len() {
            let Some(criterion) = drafts[index].criterion else { continue };
            let id = criterion.id.get_ref();
            match parent_id(id).map(|p| (p, index_of.get(p))) {
                Some((_, Some(&parent))) => {
                    drafts[index].node.parent = Some(parent);
                    drafts[parent].node.children.push(index);
                }
                Some((parent, None)) => self.error(
                    &criterion.id.span(),
                    tr!("criteria-no-parent", id = id, parent = parent),
                    tr!("criteria-no-parent-expected", parent = parent),
                ),
                None => self.error(&criterion.id.span(), tr!("criteria-id-not-dotted", id = id), tr!("criteria-id-not-dotted-expected")),
            }
        }
        drafts
    }

    /// Draft indices in tree order: each area, then its subtree depth first. Sets depth
    /// and area; criteria not under any area (missing parent) are left out.
    fn tree_order(&mut self, drafts: &mut [Draft]) -> Vec<usize> {
        let roots: Vec<usize> = (0..drafts.len()).filter(|&i| drafts[i].criterion.is_none()).collect();
        let mut order = Vec::with_capacity(drafts.len());
        for (area, &root) in roots.iter().enumerate() {
            let mut stack = vec![(root, 0usize)];
            while let Some((index, depth)) = stack.pop() {
                drafts[index].node.depth = depth;
                drafts[index].node.area = area;
                order.push(index);
                stack.extend(drafts[index].node.children.iter().rev().map(|&c| (c, depth + 1)));
            }
            if drafts[root].node.children.is_empty() {
                let (id, span) = (drafts[root].node.id.clone(), drafts[root].id_span.clone());
                self.error(&span, tr!("criteria-area-empty", id = id), tr!("criteria-area-empty-expected", id = id));
            }
        }
        order
    }

    /// Validates every leaf (a criterion without children) and the keys that only
    /// leaves may carry.
    fn leaves(&mut self, drafts: &mut [Draft]) -> Vec<Leaf> {
        let mut leaves = Vec::new();
        for (index, draft) in drafts.iter_mut().enumerate() {
            let Some(criterion) = draft.criterion else { continue };
            if !draft.node.children.is_empty() {
                self.parent_only(criterion);
                continue;
            }
            if let Some(leaf) = self.leaf(criterion, index, draft.node.area, draft.declared_max.as_ref()) {
                draft.node.max = leaf.max;
                draft.node.leaf = Some(leaves.len());
                leaves.push(leaf);
            }
        }
        leaves
    }

    fn leaf(&mut self, criterion: &RawCriterion, node: usize, area: usize, max: Option<&(Decimal, Range<usize>)>) -> Option<Leaf> {
        let id = criterion.id.get_ref();
        let max = match max {
            Some((value, span)) if *value <= Decimal::ZERO => {
                self.error(span, tr!("criteria-leaf-max-not-positive", id = id, found = self.source.slice(span)), "max > 0");
                None
            }
            Some((value, _)) => Some(*value),
            None => {
                if criterion.max.is_none() {
                    self.error(&criterion.id.span(), tr!("criteria-leaf-no-max", id = id), tr!("criteria-leaf-no-max-expected"));
                }
                None
            }
        };
        let Some(rule) = &criterion.rule else {
            self.error(&criterion.id.span(), tr!("criteria-leaf-no-rule", id = id), tr!("criteria-leaf-no-rule-expected"));
            return None;
        };
        let rule = validate_rule(self, rule, max?)?;
        let source = match criterion.source.as_ref().map(|s| (s.get_ref().as_str(), s.span())) {
            None | Some(("assessment", _)) => Source::Assessment,
            Some(("survey", _)) => Source::Survey,
            Some((other, span)) => {
                self.error(&span, tr!("criteria-source-unknown", value = other), tr!("criteria-source-expected"));
                Source::Assessment
            }
        };
        Some(Leaf {
            node,
            area,
            max: max?,
            rule,
            optional: criterion.optional.as_ref().is_some_and(|o| *o.get_ref()),
            source,
            evidence_required: criterion.evidence_required.as_ref().is_some_and(|e| *e.get_ref()),
            questions: Vec::new(),
        })
    }

    /// A criterion with children takes its points from them: no rule, no leaf keys.
    fn parent_only(&mut self, criterion: &RawCriterion) {
        let id = criterion.id.get_ref();
        let leaf_keys = [
            ("rule", criterion.rule.as_ref().map(|r| r.span())),
            ("optional", criterion.optional.as_ref().map(|o| o.span())),
            ("source", criterion.source.as_ref().map(|s| s.span())),
            ("evidence_required", criterion.evidence_required.as_ref().map(|e| e.span())),
            ("questions", criterion.questions.as_ref().map(|q| q.span())),
        ];
        for (key, span) in leaf_keys {
            if let Some(span) = span {
                self.error(&span, tr!("criteria-parent-leaf-key", id = id, key = key), tr!("criteria-parent-leaf-key-expected", key = key));
            }
        }
    }

    /// Sets every non-leaf maximum to the sum of its children and checks declared ones,
    /// except above a leaf that was already rejected (its sum would mislead). Returns
    /// whether every leaf was valid.
    fn sum_maxima(&mut self, drafts: &mut [Draft]) -> bool {
        let mut complete = vec![true; drafts.len()];
        for index in (0..drafts.len()).rev() {
            if drafts[index].node.leaf.is_some() {
                continue;
            }
            if drafts[index].node.children.is_empty() {
                complete[index] = false;
                continue;
            }
            complete[index] = drafts[index].node.children.iter().all(|&c| complete[c]);
            let sum: Decimal = drafts[index].node.children.iter().map(|&c| drafts[c].node.max).sum();
            drafts[index].node.max = sum;
            if let Some((declared, span)) = &drafts[index].declared_max
                && *declared != sum
                && complete[index]
            {
                let parts: Vec<String> =
                    drafts[index].node.children.iter().map(|&c| format!("{} = {}", drafts[c].node.id, plain(drafts[c].node.max))).collect();
                let message = tr!("criteria-max-sum-mismatch", id = drafts[index].node.id, declared = declared, sum = sum);
                self.error(span, message, format!("max = {} ({})", plain(sum), parts.join(" + ")));
            }
        }
        complete.iter().all(|&c| c)
    }

    fn adjustment(&mut self, raw: &RawAdjustment) -> Option<Adjustment> {
        let kind = match raw.kind.get_ref().as_str() {
            "bonus" => Some(AdjustmentKind::Bonus),
            "penalty" => Some(AdjustmentKind::Penalty),
            other => {
                self.error(
                    &raw.kind.span(),
                    tr!("criteria-adjustment-kind-unknown", kind = other),
                    tr!("criteria-adjustment-kind-expected"),
                );
                None
            }
        };
        let per = self.positive(&raw.per, "per");
        let cap = match &raw.cap {
            Some(cap) => Some(self.positive(cap, "cap")?),
            None => None,
        };
        Some(Adjustment {
            id: raw.id.get_ref().clone(),
            name: nfc(raw.name.trim()),
            description: raw.description.as_deref().map(nfc),
            kind: kind?,
            per: per?,
            cap,
        })
    }
}

impl Checker<'_> {
    /// A `[[profile]]`: every listed id must be an area or a criterion (not an
    /// adjustment) of the framework.
    fn profile(&mut self, raw: &RawProfile, framework: &Framework) -> Option<Profile> {
        let id = nfc(raw.id.get_ref().trim());
        if id.is_empty() {
            self.error(&raw.id.span(), tr!("criteria-profile-id-empty"), tr!("criteria-profile-id-expected"));
            return None;
        }
        let mut not_applicable = vec![false; framework.leaves.len()];
        let mut listed = Vec::new();
        let mut ok = true;
        for item in &raw.not_applicable {
            let wanted = nfc(item.get_ref().trim());
            match framework.target(&wanted) {
                Some(Target::Leaf(leaf)) => not_applicable[leaf] = true,
                Some(Target::Group(node)) => {
                    for (leaf, spec) in framework.leaves.iter().enumerate() {
                        let mut at = Some(spec.node);
                        while let Some(index) = at {
                            if index == node {
                                not_applicable[leaf] = true;
                                break;
                            }
                            at = framework.nodes[index].parent;
                        }
                    }
                }
                Some(Target::Adjustment(_)) => {
                    self.error(
                        &item.span(),
                        tr!("criteria-profile-adjustment", id = id, wanted = wanted),
                        tr!("criteria-profile-adjustment-expected"),
                    );
                    ok = false;
                }
                None => {
                    let hint = crate::text::closest(&wanted, framework.nodes.iter().map(|n| n.id.as_str()));
                    self.problems.push(
                        self.source
                            .error(&item.span(), tr!("criteria-profile-unknown-id", id = id, wanted = wanted))
                            .expected(tr!("criteria-profile-unknown-id-expected"))
                            .maybe_hint(hint.map(|near| tr!("criteria-did-you-mean", near = near))),
                    );
                    ok = false;
                }
            }
            listed.push(wanted);
        }
        ok.then(|| Profile { id, name: nfc(raw.name.trim()), listed, not_applicable })
    }

    /// Reports a profile id declared twice.
    fn duplicate_profiles(&mut self, raw: &[RawProfile]) {
        let mut seen: HashMap<String, u64> = HashMap::new();
        for profile in raw {
            let id = nfc(profile.id.get_ref().trim());
            let line = self.source.location(&profile.id.span()).line.unwrap_or(0);
            if let Some(first) = seen.get(&id) {
                self.error(
                    &profile.id.span(),
                    tr!("criteria-profile-duplicate", id = id, first = first),
                    tr!("criteria-profile-duplicate-expected"),
                );
            } else {
                seen.insert(id, line);
            }
        }
    }
}

#[cfg(test)]
mod toml_reason_tests {
    use super::toml_reason;

    #[test]
    fn serdes_english_reasons_are_translated() {
        assert_eq!(
            toml_reason("unknown field `weight`, expected one of `id`, `name`"),
            "khóa `weight` không dùng được ở đây; các khóa được dùng: `id`, `name`"
        );
        assert_eq!(toml_reason("missing field `id`"), "thiếu khóa `id`");
        assert_eq!(
            toml_reason("invalid type: integer `11`, expected a string"),
            "sai kiểu giá trị: gặp số `11`, cần văn bản (trong ngoặc kép)"
        );
        assert_eq!(toml_reason("invalid basic string, expected `\"`"), "lỗi cú pháp TOML: invalid basic string, expected `\"`");
    }
}
