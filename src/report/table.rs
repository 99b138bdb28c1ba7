//! A table of typed cells (text, numbers, computed totals with their formula) that
//! renders to Excel with live formulas, and to HTML, Markdown and CSV as values.

use rust_decimal::Decimal;

/// A formula over cells of the same table, in table coordinates (body row, column).
/// It is built only from references and constants, never from input text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expr {
    /// One cell of the body.
    Ref(usize, usize),
    /// The sum of the terms.
    Sum(Vec<Expr>),
    /// The first minus the second.
    Sub(Box<Expr>, Box<Expr>),
    /// The term, or 0 when it is negative.
    AtLeastZero(Box<Expr>),
    /// `total / max × 100` rounded half away from zero to `decimals`, at most 100
    /// when `cap` is set.
    Index {
        /// The total's cell.
        total: Box<Expr>,
        /// The applicable maximum's cell.
        max: Box<Expr>,
        /// Decimals of the index.
        decimals: u32,
        /// Whether the index is capped at 100.
        cap: bool,
    },
    /// A cell of another table in the same workbook: a unit's sheet (by its place
    /// among the unit sheets), body row and column.
    Link {
        /// The unit sheet's place.
        sheet: usize,
        /// Body row.
        row: usize,
        /// Column.
        column: usize,
    },
    /// The name of the first grade of the workbook's grade scale whose minimum the
    /// index reaches (the framework's rule), empty when none.
    Grade(Box<Expr>),
    /// The rank of a cell's value among a column's rows (highest first, ties shared).
    Rank {
        /// The ranked cell (body row, column).
        cell: (usize, usize),
        /// The first and last body rows compared.
        rows: (usize, usize),
    },
}

impl Expr {
    /// `a − b`.
    pub fn minus(a: Expr, b: Expr) -> Expr {
        Expr::Sub(Box::new(a), Box::new(b))
    }

    /// The sum of a column over the given body rows.
    pub fn column_sum(column: usize, rows: impl IntoIterator<Item = usize>) -> Expr {
        Expr::Sum(rows.into_iter().map(|row| Expr::Ref(row, column)).collect())
    }
}

/// One cell. Formulas are boxed to keep the cell small (40 bytes): a council's
/// discrepancies table may hold a few hundred thousand rows of eleven cells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    /// Nothing.
    Blank,
    /// Text, from par-score or from an input file: always written as inert text.
    Text(String),
    /// Points, shown with the framework's decimals.
    Number(Decimal),
    /// A whole number (rank, row number).
    Integer(i64),
    /// A computed figure: its exact value, and the formula a spreadsheet recomputes.
    Calc(Decimal, Box<Expr>),
    /// A computed whole number (a rank) and its formula.
    CalcInteger(i64, Box<Expr>),
    /// A computed text (a grade) and its formula.
    CalcText(String, Box<Expr>),
}

impl Cell {
    /// Text cell.
    pub fn text(text: impl Into<String>) -> Cell {
        Cell::Text(text.into())
    }

    /// A computed figure and its formula.
    pub fn calc(value: Decimal, expr: Expr) -> Cell {
        Cell::Calc(value, Box::new(expr))
    }

    /// A computed whole number and its formula.
    pub fn calc_integer(value: i64, expr: Expr) -> Cell {
        Cell::CalcInteger(value, Box::new(expr))
    }

    /// A computed text and its formula.
    pub fn calc_text(value: String, expr: Expr) -> Cell {
        Cell::CalcText(value, Box::new(expr))
    }

    /// A number, or blank when there is none.
    pub fn maybe(value: Option<Decimal>) -> Cell {
        value.map_or(Cell::Blank, Cell::Number)
    }
}

/// A column: header, width in characters, and whether long text wraps.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// The header.
    pub header: String,
    /// Width in Excel characters.
    pub width: f64,
    /// Whether text wraps (names, evidence, notes).
    pub wrap: bool,
}

impl Column {
    /// A column.
    pub fn new(header: impl Into<String>, width: f64, wrap: bool) -> Column {
        Column { header: header.into(), width, wrap }
    }
}

/// A row: its cells and whether it is a subtotal or total (shown bold).
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// One cell per column.
    pub cells: Vec<Cell>,
    /// Shown in bold.
    pub strong: bool,
}

/// A titled table.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Table {
    /// The sheet or section name (e.g. "Tổng hợp", a unit's name).
    pub name: String,
    /// Lines above the table: the framework's title and year, then the table's title.
    pub heading: Vec<String>,
    /// Headers spanning several columns above the headers: (label, first column, span).
    pub groups: Vec<(String, usize, usize)>,
    /// The columns.
    pub columns: Vec<Column>,
    /// The body.
    pub rows: Vec<Row>,
    /// Lines below the table.
    pub footer: Vec<String>,
    /// Columns frozen at the left when scrolling.
    pub frozen_columns: u16,
    /// Whether a filter is put on the header (long lists).
    pub filter: bool,
    /// The grade scale (lowest index, name), in the framework's order, written under
    /// the footer: the cells grade formulas refer to. Empty on most tables.
    pub scale: Vec<(Decimal, String)>,
    /// Text cells that link to documents (council sheets with `--documents`).
    pub links: Vec<CellLinks>,
}

/// The documents a text cell links to: each cited text and its target, a path
/// relative to the output file (e.g. `../tai-lieu/Sở Tư pháp/kh-12.pdf`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CellLinks {
    /// Body row.
    pub row: usize,
    /// Column.
    pub column: usize,
    /// (text as cited in the cell, target), in the cell's order.
    pub links: Vec<(String, String)>,
}

impl Table {
    /// Adds a row.
    pub fn push(&mut self, cells: Vec<Cell>, strong: bool) {
        self.rows.push(Row { cells, strong });
    }

    /// The header of each column, with its group's label in front where it has one
    /// (for formats that have a single header row).
    pub fn flat_headers(&self) -> Vec<String> {
        self.columns
            .iter()
            .enumerate()
            .map(|(index, column)| match self.groups.iter().find(|(_, first, span)| (*first..first + span).contains(&index)) {
                Some((group, ..)) => format!("{group} – {}", column.header),
                None => column.header.clone(),
            })
            .collect()
    }

    /// Every cell's text as `show` renders numbers, row by row.
    pub fn texts(&self, show: &dyn Fn(Decimal) -> String) -> Vec<Vec<String>> {
        self.rows
            .iter()
            .map(|row| {
                row.cells
                    .iter()
                    .map(|cell| match cell {
                        Cell::Blank => String::new(),
                        Cell::Text(text) | Cell::CalcText(text, _) => text.clone(),
                        Cell::Number(value) | Cell::Calc(value, _) => show(*value),
                        Cell::Integer(value) | Cell::CalcInteger(value, _) => value.to_string(),
                    })
                    .collect()
            })
            .collect()
    }
}
