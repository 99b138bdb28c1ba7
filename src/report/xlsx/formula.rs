//! Excel formula text of a table expression: A1 references (to the same sheet or to a
//! unit's sheet), `SUM` with runs of rows merged into ranges, `ROUND`, `RANK`, and the
//! grade as `IF`s over the grade scale's cells. Only references and numbers go in.

use crate::diagnostic::column_letters;
use crate::report::table::Expr;

/// Excel accepts at most 255 arguments per function.
const MAX_ARGUMENTS: usize = 255;

/// Where a workbook's tables are, for references between sheets.
#[derive(Debug, Clone, Default)]
pub struct Links {
    /// Each unit sheet's name and the sheet row (0-based) of its first body row.
    pub sheets: Vec<(String, u32)>,
    /// The grade scale: sheet name, sheet row (0-based) of the first grade, the column
    /// of the lowest index (the name is in the next column), and the number of grades.
    pub scale: Option<(String, u32, u16, usize)>,
}

/// `'Sheet name'!`: always quoted, an apostrophe doubled.
fn sheet_prefix(name: &str) -> String {
    format!("'{}'!", name.replace('\'', "''"))
}

/// The formula text (with the leading `=`) of `expr`, where body row 0 is sheet
/// row `first_row` (0-based).
pub fn formula(expr: &Expr, first_row: u32) -> String {
    formula_linked(expr, first_row, &Links::default())
}

/// As [`formula`], with references to other sheets resolved through `links`.
pub fn formula_linked(expr: &Expr, first_row: u32, links: &Links) -> String {
    format!("={}", text(expr, first_row, links))
}

fn cell(row: usize, column: usize, first_row: u32) -> String {
    format!("{}{}", column_letters(column as u64 + 1), row as u64 + u64::from(first_row) + 1)
}

fn absolute(row: usize, column: usize, first_row: u32) -> String {
    format!("${}${}", column_letters(column as u64 + 1), row as u64 + u64::from(first_row) + 1)
}

fn text(expr: &Expr, first_row: u32, links: &Links) -> String {
    match expr {
        Expr::Ref(row, column) => cell(*row, *column, first_row),
        Expr::Sum(terms) => sum(terms, first_row, links),
        Expr::Sub(a, b) => format!("{}-{}", text(a, first_row, links), operand(b, first_row, links)),
        Expr::AtLeastZero(term) => format!("MAX(0,{})", text(term, first_row, links)),
        Expr::Index { total, max, decimals, cap } => {
            let ratio = format!("{}/{}*100", operand(total, first_row, links), operand(max, first_row, links));
            let ratio = if *cap { format!("MIN(100,{ratio})") } else { ratio };
            format!("ROUND({ratio},{decimals})")
        }
        Expr::Link { sheet, row, column } => match links.sheets.get(*sheet) {
            Some((name, body)) => format!("{}{}", sheet_prefix(name), cell(*row, *column, *body)),
            None => "0".to_owned(),
        },
        Expr::Grade(index) => {
            let index = text(index, first_row, links);
            let Some((name, top, column, count)) = &links.scale else { return "\"\"".to_owned() };
            let at = |offset: usize, column: u16| {
                format!("{}${}${}", sheet_prefix(name), column_letters(u64::from(column) + 1), u64::from(*top) + offset as u64 + 1)
            };
            // IF(x>=min1,name1,IF(x>=min2,name2,…,"")): the first grade reached.
            let mut out = "\"\"".to_owned();
            for offset in (0..*count).rev() {
                out = format!("IF({index}>={},{},{out})", at(offset, *column), at(offset, column + 1));
            }
            out
        }
        Expr::Rank { cell: (row, column), rows: (top, bottom) } => {
            format!(
                "RANK({},{}:{})",
                cell(*row, *column, first_row),
                absolute(*top, *column, first_row),
                absolute(*bottom, *column, first_row)
            )
        }
    }
}

/// A term that may follow `-` or `/`: sums and differences get parentheses.
fn operand(expr: &Expr, first_row: u32, links: &Links) -> String {
    match expr {
        Expr::Sub(..) => format!("({})", text(expr, first_row, links)),
        _ => text(expr, first_row, links),
    }
}

/// `SUM(F5:F8,F10)`: consecutive rows of one column become a range; past 255
/// arguments the sum nests.
fn sum(terms: &[Expr], first_row: u32, links: &Links) -> String {
    let mut arguments: Vec<String> = Vec::new();
    let mut run: Option<(usize, usize, usize)> = None; // (column, first row, last row)
    let close = |run: Option<(usize, usize, usize)>, arguments: &mut Vec<String>| {
        if let Some((column, top, bottom)) = run {
            arguments.push(if top == bottom {
                cell(top, column, first_row)
            } else {
                format!("{}:{}", cell(top, column, first_row), cell(bottom, column, first_row))
            });
        }
    };
    for term in terms {
        match (term, run) {
            (Expr::Ref(row, column), Some((c, top, bottom))) if *column == c && *row == bottom + 1 => run = Some((c, top, *row)),
            (Expr::Ref(row, column), _) => {
                close(run, &mut arguments);
                run = Some((*column, *row, *row));
            }
            (other, _) => {
                close(run.take(), &mut arguments);
                arguments.push(text(other, first_row, links));
            }
        }
    }
    close(run, &mut arguments);
    if arguments.is_empty() {
        return "0".to_owned();
    }
    while arguments.len() > MAX_ARGUMENTS {
        arguments = arguments.chunks(MAX_ARGUMENTS).map(|chunk| format!("SUM({})", chunk.join(","))).collect();
    }
    format!("SUM({})", arguments.join(","))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_merge_runs_into_ranges() {
        // Body row 0 is sheet row 3 (0-based), i.e. Excel row 4.
        let expr = Expr::column_sum(5, [0, 1, 2, 4, 7, 8]);
        assert_eq!(formula(&expr, 3), "=SUM(F4:F6,F8,F11:F12)");
        assert_eq!(formula(&Expr::Sum(vec![]), 3), "=0");
    }

    #[test]
    fn totals_differences_index_and_rank() {
        let total = Expr::AtLeastZero(Box::new(Expr::Sum(vec![Expr::Ref(0, 2), Expr::Ref(0, 4)])));
        assert_eq!(formula(&total, 0), "=MAX(0,SUM(C1,E1))");
        let difference = Expr::minus(Expr::Ref(2, 5), Expr::Ref(2, 4));
        assert_eq!(formula(&difference, 3), "=F6-E6");
        let index = Expr::Index { total: Box::new(Expr::Ref(0, 7)), max: Box::new(Expr::Ref(0, 8)), decimals: 2, cap: true };
        assert_eq!(formula(&index, 4), "=ROUND(MIN(100,H5/I5*100),2)");
        let rank = Expr::Rank { cell: (1, 9), rows: (0, 9) };
        assert_eq!(formula(&rank, 4), "=RANK(J6,$J$5:$J$14)");
    }

    #[test]
    fn links_to_unit_sheets_and_the_grade_scale() {
        let links = Links { sheets: vec![("Sở Tư pháp".to_owned(), 5), ("UBND xã Ea H'leo".to_owned(), 4)], scale: None };
        // Body row 3 of the second sheet, whose body starts at sheet row 4 (0-based):
        // sheet row 7, Excel row 8; column 5 is F.
        assert_eq!(formula_linked(&Expr::Link { sheet: 1, row: 3, column: 5 }, 0, &links), "='UBND xã Ea H''leo'!F8");
        let grade = Expr::Grade(Box::new(Expr::Ref(0, 2)));
        assert_eq!(formula_linked(&grade, 4, &links), "=\"\"");
        let links = Links { scale: Some(("Tổng hợp".to_owned(), 20, 1, 2)), ..links };
        // Grades in sheet rows 21 and 22 (Excel), minimum in B, name in C.
        assert_eq!(
            formula_linked(&grade, 4, &links),
            "=IF(C5>='Tổng hợp'!$B$21,'Tổng hợp'!$C$21,IF(C5>='Tổng hợp'!$B$22,'Tổng hợp'!$C$22,\"\"))"
        );
    }

    #[test]
    fn long_sums_nest_under_the_argument_limit() {
        // Every other row: 300 separate arguments → SUM(SUM(255 refs),SUM(45 refs)).
        let expr = Expr::column_sum(0, (0..600).step_by(2));
        let text = formula(&expr, 0);
        assert!(text.starts_with("=SUM(SUM(A1,A3,"), "{text}");
        assert_eq!(text.matches("SUM(").count(), 3);
    }
}
