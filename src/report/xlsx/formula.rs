//! Excel formula text of a table expression: A1 references, `SUM` with runs of rows
//! merged into ranges, `ROUND`, `RANK`. Only references and numbers go in.

use crate::diagnostic::column_letters;
use crate::report::table::Expr;

/// Excel accepts at most 255 arguments per function.
const MAX_ARGUMENTS: usize = 255;

/// The formula text (with the leading `=`) of `expr`, where body row 0 is sheet
/// row `first_row` (0-based).
pub fn formula(expr: &Expr, first_row: u32) -> String {
    format!("={}", text(expr, first_row))
}

fn cell(row: usize, column: usize, first_row: u32) -> String {
    format!("{}{}", column_letters(column as u64 + 1), row as u64 + u64::from(first_row) + 1)
}

fn absolute(row: usize, column: usize, first_row: u32) -> String {
    format!("${}${}", column_letters(column as u64 + 1), row as u64 + u64::from(first_row) + 1)
}

fn text(expr: &Expr, first_row: u32) -> String {
    match expr {
        Expr::Ref(row, column) => cell(*row, *column, first_row),
        Expr::Sum(terms) => sum(terms, first_row),
        Expr::Sub(a, b) => format!("{}-{}", text(a, first_row), operand(b, first_row)),
        Expr::AtLeastZero(term) => format!("MAX(0,{})", text(term, first_row)),
        Expr::Index { total, max, decimals, cap } => {
            let ratio = format!("{}/{}*100", operand(total, first_row), operand(max, first_row));
            let ratio = if *cap { format!("MIN(100,{ratio})") } else { ratio };
            format!("ROUND({ratio},{decimals})")
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
fn operand(expr: &Expr, first_row: u32) -> String {
    match expr {
        Expr::Sub(..) => format!("({})", text(expr, first_row)),
        _ => text(expr, first_row),
    }
}

/// `SUM(F5:F8,F10)`: consecutive rows of one column become a range; past 255
/// arguments the sum nests.
fn sum(terms: &[Expr], first_row: u32) -> String {
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
                arguments.push(text(other, first_row));
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
    fn long_sums_nest_under_the_argument_limit() {
        // Every other row: 300 separate arguments → SUM(SUM(255 refs),SUM(45 refs)).
        let expr = Expr::column_sum(0, (0..600).step_by(2));
        let text = formula(&expr, 0);
        assert!(text.starts_with("=SUM(SUM(A1,A3,"), "{text}");
        assert_eq!(text.matches("SUM(").count(), 3);
    }
}
