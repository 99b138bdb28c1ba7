//! The council tables as one self-contained HTML page: inline CSS only, no scripts,
//! fonts or styles from elsewhere; every text escaped; each unit's sheet on a new
//! printed page; a table wider than the window scrolls in its own box (never cut),
//! and the wide summary prints in a smaller font to fit A4 landscape.

use rust_decimal::Decimal;

use super::CouncilTables;
use crate::labels::Lang;
use crate::report::html::escape;
use crate::report::table::{Cell, Table};

const STYLE: &str = "body{font-family:system-ui,'Segoe UI',Arial,sans-serif;font-size:13px;margin:16px}\
h1{font-size:18px;margin:0 0 4px}h2{font-size:15px;margin:0 0 4px}p{margin:2px 0}\
table{border-collapse:collapse;margin:8px 0 4px}th,td{border:1px solid #999;padding:2px 5px;vertical-align:top}\
th{background:#ddebf7}td:nth-child(2){min-width:12em}td.n{text-align:right;white-space:nowrap}tr.s td{font-weight:bold}\
section{margin-bottom:28px}.foot{color:#444;font-size:12px}\
.wide{overflow-x:auto;max-width:100%}section.summary th,section.summary td{padding:2px 3px}\
@media print{@page{size:A4 landscape;margin:10mm}.wide{overflow:visible}section.summary table,section.discrepancies table{font-size:9px}\
section.unit{break-before:page}thead{display:table-header-group}}";

/// The whole page.
pub fn page(tables: &CouncilTables, lang: Lang) -> String {
    let show = |value: Decimal| lang.number(value, tables.decimals);
    let title = tables.summary.heading.first().cloned().unwrap_or_default();
    let lang_code = if lang == Lang::Vi { "vi" } else { "en" };
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang_code}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        escape(&title)
    );
    section(&mut out, &tables.summary, "summary", &show);
    section(&mut out, &tables.discrepancies, "discrepancies", &show);
    if let Some(survey) = &tables.survey {
        section(&mut out, survey, "survey", &show);
    }
    for (table, id) in tables.rounds.iter().zip(["changes", "disputes"]) {
        section(&mut out, table, id, &show);
    }
    // Each unit's sheet is built, written and dropped in turn.
    for table in tables.sheets.iter() {
        section(&mut out, &table, "unit", &show);
    }
    out.push_str("</body>\n</html>\n");
    out
}

fn section(out: &mut String, table: &Table, class: &str, show: &dyn Fn(Decimal) -> String) {
    out.push_str(&format!("<section class=\"{class}\">\n"));
    for (index, line) in table.heading.iter().enumerate() {
        let tag = match index {
            0 => "h1",
            1 => "h2",
            _ => "p",
        };
        out.push_str(&format!("<{tag}>{}</{tag}>\n", escape(line)));
    }
    out.push_str("<div class=\"wide\">\n<table>\n<thead>\n");
    if !table.groups.is_empty() {
        out.push_str("<tr>");
        let mut column = 0;
        while column < table.columns.len() {
            match table.groups.iter().find(|(_, first, _)| *first == column) {
                Some((label, _, span)) => {
                    out.push_str(&format!("<th colspan=\"{span}\">{}</th>", escape(label)));
                    column += span;
                }
                None => {
                    out.push_str(&format!("<th rowspan=\"2\">{}</th>", escape(&table.columns[column].header)));
                    column += 1;
                }
            }
        }
        out.push_str("</tr>\n<tr>");
        for (_, first, span) in &table.groups {
            for column in &table.columns[*first..first + span] {
                out.push_str(&format!("<th>{}</th>", escape(&column.header)));
            }
        }
        out.push_str("</tr>\n");
    } else {
        out.push_str("<tr>");
        for column in &table.columns {
            out.push_str(&format!("<th>{}</th>", escape(&column.header)));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</thead>\n<tbody>\n");
    for (index, (row, texts)) in table.rows.iter().zip(table.texts(show)).enumerate() {
        out.push_str(if row.strong { "<tr class=\"s\">" } else { "<tr>" });
        for (column, (cell, text)) in row.cells.iter().zip(texts).enumerate() {
            let numeric = matches!(cell, Cell::Number(_) | Cell::Integer(_) | Cell::Calc(..) | Cell::CalcInteger(..));
            let class = if numeric { " class=\"n\"" } else { "" };
            // Keep the tree's indentation, which HTML would collapse.
            let indent = text.len() - text.trim_start_matches(' ').len();
            let links = table.links.iter().find(|l| l.row == index && l.column == column);
            let body = links.map_or_else(|| escape(&text[indent..]), |l| super::links::linked_html(&text[indent..], &l.links));
            out.push_str(&format!("<td{class}>{}{body}</td>", "&nbsp;".repeat(indent)));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n</div>\n");
    for line in &table.footer {
        out.push_str(&format!("<p class=\"foot\">{}</p>\n", escape(line)));
    }
    out.push_str("</section>\n");
}
