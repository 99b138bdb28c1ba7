//! `par-score survey`: the survey per unit and leaf (questionnaires, answers counted
//! and not, group means, value, points), the answers to each question, the sample
//! each unit needs, and bootstrap intervals of survey points, index and rank.

use crate::{tr, tr_in};
use std::collections::HashSet;
use std::path::PathBuf;

use num_rational::BigRational;
use serde_json::{Value as Json, json};

use super::ranked::score_and_rank;
use super::{Output, deliver, number_style, render_grid};
use crate::criteria::{Framework, load_framework};
use crate::error::{Error, Result};
use crate::evidence::{ReadOptions, read_evidence};
use crate::exact::show_ratio;
use crate::labels::Lang;
use crate::register::{Roster, read_register};
use crate::report::{Align, Format, Grid, framework_header, json_text, number};
use crate::scoring::{Status, score_all};
use crate::survey::{LeafSummary, Responses, Uncertainty, apply_survey, bootstrap, needed_sample, read_responses, summarize};
use crate::text::normalize_name;

/// Options of `survey`.
#[derive(Debug, Clone, Default)]
pub struct SurveyOptions {
    /// Evidence files and directories (optional: without them, no index or rank).
    pub paths: Vec<PathBuf>,
    /// `--responses`: survey responses files.
    pub responses: Vec<PathBuf>,
    /// `--criteria`: a file or a bundled id.
    pub criteria: Option<String>,
    /// `--unit`: show only this unit.
    pub unit: Option<String>,
    /// Bootstrap samples (0: none).
    pub samples: u32,
    /// Seed of the bootstrap.
    pub seed: u64,
    /// Output format.
    pub format: Format,
    /// Label language.
    pub lang: Lang,
    /// `--out`: write to this file instead of standard output.
    pub out: Option<PathBuf>,
    /// `--units`: the units register (formats.md section 6).
    pub units: Option<PathBuf>,
}

/// Everything the command shows.
struct Found {
    units: Vec<String>,
    rows: Vec<LeafSummary>,
    /// Appraised points of (unit, leaf) that override the survey.
    appraised: Vec<Option<rust_decimal::Decimal>>,
    /// The bootstrap intervals of each block (named with a register, "" without),
    /// in block order; each block's intervals index only that block.
    uncertainty: Vec<(Option<String>, Vec<Uncertainty>)>,
    /// Rank of each unit (with evidence), within its block.
    ranks: Vec<Option<usize>>,
}

/// Runs the survey report.
pub fn survey(options: &SurveyOptions) -> Result<Output> {
    if options.responses.is_empty() {
        return Err(Error::Usage(tr!("commands-survey-needs-responses")));
    }
    let framework = load_framework(options.criteria.as_deref())?;
    let mut responses = read_responses(&options.responses, &framework)?;
    let register = options.units.as_deref().map(|path| read_register(path, &framework)).transpose()?;
    if let Some(register) = &register {
        // Survey units match the register ignoring case and take its spelling.
        let known: HashSet<&str> = register.units.iter().map(|u| u.name.as_str()).collect();
        let mut problems = responses.use_register_names(register);
        problems.extend(responses.check_units(&known, true));
        if problems.has_errors() {
            problems.sort();
            return Err(Error::Input(problems.errors_only()));
        }
    }
    let mut warnings = crate::diagnostic::Diagnostics::new();
    let (mut units, scores, roster) = if options.paths.is_empty() {
        let mut names: Vec<String> = responses.units.iter().map(|u| u.name.clone()).collect();
        match &register {
            Some(register) => names.sort_by_key(|name| register.position(name)),
            None => names.sort(),
        }
        (names, Vec::new(), Roster::default())
    } else if options.units.is_some() {
        let run = score_and_rank(&options.paths, &options.responses, options.criteria.as_deref(), options.units.as_deref())?;
        warnings.extend(run.warnings);
        (run.ranked.iter().map(|r| r.score.name.clone()).collect(), run.ranked, run.roster)
    } else {
        let mut evidence = read_evidence(&options.paths, &framework, ReadOptions::default())?;
        let known: HashSet<&str> = evidence.units.iter().map(|u| u.name.as_str()).collect();
        let problems = responses.check_units(&known, false);
        if problems.has_errors() {
            return Err(Error::Input(problems));
        }
        warnings.extend(std::mem::take(&mut evidence.warnings));
        responses = apply_survey(&mut evidence, &framework, responses);
        let ranked = crate::ranking::rank(score_all(&framework, &evidence)?);
        (ranked.iter().map(|r| r.score.name.clone()).collect(), ranked, Roster::default())
    };
    if let Some(wanted) = &options.unit {
        let wanted = normalize_name(wanted);
        let lower = wanted.to_lowercase();
        let Some(found) = units.iter().find(|u| **u == wanted || u.to_lowercase() == lower).cloned() else {
            return Err(Error::Usage(tr!("commands-survey-no-such-unit", unit = wanted, units = units.join(", "))));
        };
        units = vec![found];
    }
    let (rows, survey_warnings) = summarize(&framework, &responses, &units);
    warnings.extend(survey_warnings);
    let appraised = rows
        .iter()
        .map(|row| {
            let score = scores.iter().find(|r| r.score.name == row.unit)?;
            let leaf = &score.score.leaves[row.leaf];
            (leaf.status == Status::Appraised).then_some(leaf.points)
        })
        .collect();
    // The bootstrap ranks each block on its own, as the ranking does.
    let uncertainty = if scores.is_empty() || options.samples == 0 {
        Vec::new()
    } else {
        (0..roster.blocks.len().max(1))
            .map(|block| {
                let part: Vec<crate::scoring::UnitScore> = scores.iter().filter(|r| r.block == block).map(|r| r.score.clone()).collect();
                let name = roster.has_blocks().then(|| roster.block_name(block).to_owned());
                (name, bootstrap(&framework, &responses, &part, options.samples, options.seed))
            })
            .filter(|(_, part)| !part.is_empty())
            .collect()
    };
    let ranks: Vec<Option<usize>> = units.iter().map(|u| scores.iter().find(|r| r.score.name == *u).map(|r| r.rank)).collect();
    let found = Found { units, rows, appraised, uncertainty, ranks };
    let stdout = match options.format {
        Format::Json => json_text(&to_json(&framework, &responses, &found, options)).into_bytes(),
        format => {
            let grids = grids(&framework, &responses, &found, options);
            let parts: Vec<Vec<u8>> = grids.iter().map(|g| render_grid(g, format)).collect();
            parts.join(&b"\n"[..])
        }
    };
    let inputs = crate::output::Inputs::new()
        .paths(&options.paths)
        .paths(&options.responses)
        .paths(options.units.as_slice())
        .spec(options.criteria.as_deref());
    let stdout = deliver(stdout, options.out.as_deref(), &inputs)?;
    warnings.sort();
    Ok(Output { stdout, warnings })
}

fn percent(value: Option<&BigRational>, style: &impl Fn(rust_decimal::Decimal) -> String, decimals: u32) -> String {
    value.map_or_else(String::new, |v| style(show_ratio(v, decimals)))
}

fn grids(framework: &Framework, responses: &Responses, found: &Found, options: &SurveyOptions) -> Vec<Grid> {
    let lang = options.lang;
    let decimals = framework.decimals;
    let style = number_style(options.format, lang, decimals);
    let survey = framework.survey.as_ref();
    let population = survey.and_then(|s| s.population);
    let mut leaves = Grid { heading: vec![framework.heading(), tr_in!(lang, "commands-survey-results-heading")], ..Grid::default() };
    leaves.headers = vec![
        tr_in!(lang, "commands-survey-unit"),
        tr_in!(lang, "commands-survey-criterion"),
        tr_in!(lang, "commands-survey-questionnaires"),
        tr_in!(lang, "commands-survey-counted"),
        tr_in!(lang, "commands-survey-not-counted"),
    ];
    let grouped = survey.is_some_and(|s| !s.groups.is_empty());
    if grouped {
        for (group, weight) in &survey.expect("grouped").groups {
            leaves.headers.push(format!("{} {group} (%, ×{})", tr_in!(lang, "commands-survey-group"), crate::points::plain(*weight)));
        }
    }
    leaves.headers.extend([
        tr_in!(lang, "commands-survey-value"),
        tr_in!(lang, "commands-survey-points"),
        tr_in!(lang, "commands-survey-max"),
    ]);
    if let Some(population) = population {
        leaves.headers.push(format!("{} (N = {population})", tr_in!(lang, "commands-survey-sample-needed")));
    }
    leaves.headers.push(tr_in!(lang, "commands-survey-note"));
    leaves.align = vec![crate::report::Align::Left, Align::Left];
    leaves.align.extend(std::iter::repeat_n(Align::Right, leaves.headers.len() - 3));
    leaves.align.push(Align::Left);
    let min = survey.and_then(|s| s.min_answers);
    for (row, appraised) in found.rows.iter().zip(&found.appraised) {
        let spec = &framework.leaves[row.leaf];
        let mut cells = vec![
            row.unit.clone(),
            framework.leaf_node(row.leaf).id.clone(),
            row.respondents.to_string(),
            row.counted.to_string(),
            row.not_counted.to_string(),
        ];
        if grouped {
            cells.extend(row.group_means.iter().map(|m| percent(m.as_ref(), &style, decimals)));
        }
        cells.extend([percent(row.value.as_ref(), &style, decimals), style(row.points), style(spec.max)]);
        let mut notes = Vec::new();
        if let Some(population) = population {
            let needed = needed_sample(population);
            cells.push(needed.to_string());
            if (row.respondents as u64) < needed {
                notes.push(tr_in!(lang, "commands-survey-sample-too-small"));
            }
        }
        if row.value.is_none() {
            notes.push(tr_in!(lang, "commands-survey-no-counted-answer"));
        }
        if min.is_some_and(|min| row.counted < min) {
            notes.push(format!("< min_answers = {}", min.unwrap_or(0)));
        }
        if let Some(points) = appraised {
            notes.push(format!("{} {}", tr_in!(lang, "commands-survey-council-appraised"), style(*points)));
        }
        cells.push(notes.join("; "));
        leaves.row(cells);
    }
    let heading = vec![match found.units.as_slice() {
        [one] if options.unit.is_some() => format!("{}: {one}", tr_in!(lang, "commands-survey-answers-per-question")),
        _ => tr_in!(lang, "commands-survey-answers-all-units"),
    }];
    let mut questions = Grid { heading, ..Grid::default() };
    questions.headers = vec![tr_in!(lang, "commands-survey-question"), tr_in!(lang, "commands-survey-criterion")];
    if let Some(survey) = survey {
        questions.headers.extend(survey.options.iter().map(|o| format!("{} ({} %)", o.label, crate::points::plain(o.percent))));
    }
    questions.headers.extend([tr_in!(lang, "commands-survey-not-counted"), tr_in!(lang, "commands-survey-total")]);
    questions.align = vec![Align::Left, Align::Left];
    questions.align.extend(std::iter::repeat_n(Align::Right, questions.headers.len() - 2));
    let selected: Vec<u32> = found.units.iter().filter_map(|u| responses.unit(u)).collect();
    for (question, id) in responses.questions.iter().enumerate() {
        let mut counts = vec![0u64; responses.options + 1];
        for &unit in &selected {
            for (sum, &n) in counts.iter_mut().zip(responses.distribution(unit, question)) {
                *sum += u64::from(n);
            }
        }
        let leaf = responses.leaves[responses.question_slot[question]];
        let mut cells = vec![id.clone(), framework.leaf_node(leaf).id.clone()];
        cells.extend(counts.iter().map(u64::to_string));
        cells.push(counts.iter().sum::<u64>().to_string());
        questions.row(cells);
    }
    let mut grids = vec![leaves, questions];
    for (block, uncertainty) in &found.uncertainty {
        if !uncertainty.iter().any(|u| found.units.contains(&u.unit)) {
            continue;
        }
        let mut grid = uncertainty_grid(&found.units, &found.ranks, uncertainty, options.samples, options.seed, lang, &style);
        if let Some(block) = block {
            grid.heading.push(format!("{}: {block}", crate::report::block_label(lang)));
        }
        grids.push(grid);
    }
    grids
}

/// The bootstrap intervals of `units` (in that order, with their ranks) as a table.
pub(crate) fn uncertainty_grid(
    units: &[String],
    ranks: &[Option<usize>],
    uncertainty: &[Uncertainty],
    samples: u32,
    seed: u64,
    lang: Lang,
    style: &impl Fn(rust_decimal::Decimal) -> String,
) -> Grid {
    let heading = vec![tr_in!(lang, "commands-survey-spread-heading", samples = samples, seed = seed.to_string())];
    let mut spread = Grid { heading, ..Grid::default() };
    spread.headers = vec![
        tr_in!(lang, "commands-survey-rank"),
        tr_in!(lang, "commands-survey-unit"),
        tr_in!(lang, "commands-survey-spread-points"),
        tr_in!(lang, "commands-survey-spread-index"),
        tr_in!(lang, "commands-survey-spread-rank"),
        tr_in!(lang, "commands-survey-spread-apart"),
    ];
    spread.align = vec![Align::Right, Align::Left, Align::Right, Align::Right, Align::Right, Align::Left];
    for (unit, rank) in units.iter().zip(ranks) {
        let Some(u) = uncertainty.iter().find(|u| u.unit == *unit) else { continue };
        let others: Vec<&str> = u.overlapping.iter().map(|&o| uncertainty[o].unit.as_str()).collect();
        let shown = match others.len() {
            0 => String::new(),
            n if n <= 3 => others.join("; "),
            n => tr_in!(lang, "commands-survey-spread-more", names = others[..3].join("; "), n = n),
        };
        spread.row(vec![
            rank.map_or_else(String::new, |r| r.to_string()),
            unit.clone(),
            format!("{} – {}", style(u.survey.0), style(u.survey.1)),
            format!("{} – {}", style(u.index.0), style(u.index.1)),
            format!("{} – {}", u.rank.0, u.rank.1),
            shown,
        ]);
    }
    spread
}

/// The bootstrap intervals as JSON, one object per unit.
pub(crate) fn uncertainty_json(uncertainty: &[Uncertainty], decimals: u32) -> Vec<Json> {
    uncertainty
        .iter()
        .map(|u| {
            json!({
                "unit": u.unit,
                "survey": [number(u.survey.0, decimals), number(u.survey.1, decimals)],
                "index": [number(u.index.0, decimals), number(u.index.1, decimals)],
                "rank": [u.rank.0, u.rank.1],
                "cannot_be_told_apart_from": u.overlapping.iter().map(|&o| uncertainty[o].unit.clone()).collect::<Vec<_>>(),
            })
        })
        .collect()
}

fn to_json(framework: &Framework, responses: &Responses, found: &Found, options: &SurveyOptions) -> Json {
    let decimals = framework.decimals;
    let ratio = |v: &Option<BigRational>| v.as_ref().map_or(Json::Null, |v| number(show_ratio(v, decimals), decimals));
    let population = framework.survey.as_ref().and_then(|s| s.population);
    let leaves: Vec<Json> = found
        .rows
        .iter()
        .zip(&found.appraised)
        .map(|(row, appraised)| {
            let groups: serde_json::Map<String, Json> =
                responses.groups.iter().zip(&row.group_means).map(|(g, m)| (g.clone(), ratio(m))).collect();
            json!({
                "unit": row.unit,
                "criterion": framework.leaf_node(row.leaf).id,
                "respondents": row.respondents,
                "counted": row.counted,
                "not_counted": row.not_counted,
                "groups": groups,
                "value": ratio(&row.value),
                "value_exact": row.value.as_ref().map(|v| v.to_string()),
                "points": number(row.points, decimals),
                "appraised": appraised.map(|p| number(p, decimals)),
                "sample_needed": population.map(needed_sample),
            })
        })
        .collect();
    let selected: Vec<u32> = found.units.iter().filter_map(|u| responses.unit(u)).collect();
    let questions: Vec<Json> = responses
        .questions
        .iter()
        .enumerate()
        .map(|(question, id)| {
            let mut counts = vec![0u64; responses.options + 1];
            for &unit in &selected {
                for (sum, &n) in counts.iter_mut().zip(responses.distribution(unit, question)) {
                    *sum += u64::from(n);
                }
            }
            let options: serde_json::Map<String, Json> = framework
                .survey
                .iter()
                .flat_map(|s| &s.options)
                .zip(&counts)
                .map(|(o, n)| (o.label.clone(), json!(n)))
                .collect();
            json!({ "question": id, "criterion": framework.leaf_node(responses.leaves[responses.question_slot[question]]).id, "answers": options, "not_counted": counts[responses.options] })
        })
        .collect();
    let mut uncertainty: Vec<Json> = Vec::new();
    for (block, part) in &found.uncertainty {
        for (mut json, u) in uncertainty_json(part, decimals).into_iter().zip(part) {
            if found.units.contains(&u.unit) {
                if let Some(block) = block {
                    json["block"] = json!(block);
                }
                uncertainty.push(json);
            }
        }
    }
    json!({
        "framework": framework_header(framework),
        "samples": options.samples,
        "seed": options.seed,
        "leaves": leaves,
        "questions": questions,
        "uncertainty": uncertainty,
    })
}
