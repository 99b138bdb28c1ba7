//! A plain table of text cells, rendered as a terminal table, Markdown or CSV.

use comfy_table::{Attribute, Cell, CellAlignment, ColumnConstraint, ContentArrangement, Table, Width, presets};

/// Text columns wider than this wrap in terminal tables.
const TEXT_COLUMN_WIDTH: u16 = 60;

/// How a column's cells are aligned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Text.
    Left,
    /// Numbers.
    Right,
}

/// A row of a grid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GridRow {
    /// One text per column.
    pub cells: Vec<String>,
    /// Subtotal and total rows are shown in bold.
    pub strong: bool,
}

/// A table with a heading, ready to render.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Grid {
    /// Lines above the table.
    pub heading: Vec<String>,
    /// Column headers.
    pub headers: Vec<String>,
    /// Column alignment (Left when missing).
    pub align: Vec<Align>,
    /// The rows.
    pub rows: Vec<GridRow>,
    /// Lines below the table.
    pub footer: Vec<String>,
}

impl Grid {
    /// Adds a plain row.
    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(GridRow { cells, strong: false });
    }

    /// Adds a bold row.
    pub fn strong_row(&mut self, cells: Vec<String>) {
        self.rows.push(GridRow { cells, strong: true });
    }

    fn align_of(&self, column: usize) -> Align {
        self.align.get(column).copied().unwrap_or(Align::Left)
    }

    /// A terminal table with the heading above it.
    pub fn to_table(&self) -> String {
        self.table_text(crate::color::plain())
    }

    /// The table for a file (`--out`): never styled nor fitted to the terminal, so the
    /// same input gives the same bytes wherever it is run (a sealed result recomputes).
    pub fn to_file_table(&self) -> String {
        self.table_text(true)
    }

    fn table_text(&self, plain: bool) -> String {
        let mut table = Table::new();
        table.load_preset(presets::UTF8_FULL_CONDENSED).set_content_arrangement(ContentArrangement::Dynamic);
        if plain {
            table.force_no_tty();
        }
        table.set_header(self.headers.iter().map(|h| Cell::new(h).add_attribute(Attribute::Bold)));
        let constraints = (0..self.headers.len()).map(|column| match self.align_of(column) {
            Align::Left => ColumnConstraint::UpperBoundary(Width::Fixed(TEXT_COLUMN_WIDTH)),
            Align::Right => ColumnConstraint::ContentWidth,
        });
        table.set_constraints(constraints);
        for row in &self.rows {
            table.add_row(row.cells.iter().enumerate().map(|(column, text)| {
                let cell = Cell::new(text).set_alignment(match self.align_of(column) {
                    Align::Left => CellAlignment::Left,
                    Align::Right => CellAlignment::Right,
                });
                if row.strong { cell.add_attribute(Attribute::Bold) } else { cell }
            }));
        }
        let mut out = String::new();
        for line in &self.heading {
            out.push_str(line);
            out.push('\n');
        }
        out.push_str(&table.to_string());
        out.push('\n');
        for line in &self.footer {
            out.push_str(line);
            out.push('\n');
        }
        out
    }

    /// A GitHub-flavoured Markdown table, bold rows in `**`.
    pub fn to_markdown(&self) -> String {
        let escape = |text: &str| text.replace('\\', "\\\\").replace('|', "\\|").replace('\n', " ");
        let mut out = String::new();
        for (i, line) in self.heading.iter().enumerate() {
            out.push_str(&if i == 0 { format!("## {}\n", escape(line)) } else { format!("{}\n", escape(line)) });
        }
        if !self.heading.is_empty() {
            out.push('\n');
        }
        out.push_str(&format!("| {} |\n", self.headers.iter().map(|h| escape(h)).collect::<Vec<_>>().join(" | ")));
        let rules: Vec<&str> = (0..self.headers.len()).map(|c| if self.align_of(c) == Align::Right { "---:" } else { "---" }).collect();
        out.push_str(&format!("| {} |\n", rules.join(" | ")));
        for row in &self.rows {
            let cells: Vec<String> =
                row.cells.iter().map(|c| if row.strong && !c.is_empty() { format!("**{}**", escape(c)) } else { escape(c) }).collect();
            out.push_str(&format!("| {} |\n", cells.join(" | ")));
        }
        if !self.footer.is_empty() {
            out.push('\n');
            for line in &self.footer {
                out.push_str(&format!("{}\n", escape(line)));
            }
        }
        out
    }

    /// CSV: the header row and the rows, no heading or footer.
    pub fn to_csv(&self) -> Vec<u8> {
        csv_bytes(&self.headers, self.rows.iter().map(|r| r.cells.as_slice()))
    }
}

/// CSV bytes with fields quoted only where needed.
pub fn csv_bytes<R: AsRef<[String]>>(headers: &[String], rows: impl Iterator<Item = R>) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new().quote_style(csv::QuoteStyle::Necessary).from_writer(Vec::new());
    // Writing to a Vec<u8> cannot fail.
    writer.write_record(headers).expect("in-memory write");
    for row in rows {
        writer.write_record(row.as_ref()).expect("in-memory write");
    }
    writer.into_inner().expect("in-memory write")
}

/// One CSV row being written field by field, without a string per field.
pub struct CsvRow {
    writer: csv::Writer<Vec<u8>>,
    number: String,
}

impl CsvRow {
    fn new() -> Self {
        CsvRow { writer: csv::WriterBuilder::new().quote_style(csv::QuoteStyle::Necessary).from_writer(Vec::new()), number: String::new() }
    }

    /// A text field, quoted where needed.
    pub fn text(&mut self, field: &str) {
        // Writing to a Vec<u8> cannot fail.
        self.writer.write_field(field).expect("in-memory write");
    }

    /// A whole number.
    pub fn count(&mut self, value: usize) {
        use std::fmt::Write;
        self.number.clear();
        let _ = write!(self.number, "{value}");
        self.writer.write_field(&self.number).expect("in-memory write");
    }

    /// Points with exactly `decimals` places (see [`crate::points::fixed`]).
    pub fn fixed(&mut self, value: rust_decimal::Decimal, decimals: u32) {
        self.number.clear();
        crate::points::write_fixed(&mut self.number, value, decimals);
        self.writer.write_field(&self.number).expect("in-memory write");
    }

    fn end(&mut self) {
        self.writer.write_record(std::iter::empty::<&[u8]>()).expect("in-memory write");
    }
}

/// [`csv_bytes`] with the fields of each item written by `row`, on all cores in
/// slices that are then joined: the bytes are the same as one writer's.
pub fn csv_bytes_parallel<T: Sync>(headers: &[String], items: &[T], row: impl Fn(&T, &mut CsvRow) + Sync) -> Vec<u8> {
    use rayon::prelude::*;
    const SLICE: usize = 2048;
    let slices: Vec<Vec<u8>> = items
        .par_chunks(SLICE)
        .map(|slice| {
            let mut out = CsvRow::new();
            for item in slice {
                row(item, &mut out);
                out.end();
            }
            out.writer.into_inner().expect("in-memory write")
        })
        .collect();
    let mut bytes = csv_bytes(headers, std::iter::empty::<&[String]>());
    bytes.reserve(slices.iter().map(Vec::len).sum());
    for slice in slices {
        bytes.extend_from_slice(&slice);
    }
    bytes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Grid {
        let mut grid = Grid {
            heading: vec!["Tiêu đề".into()],
            headers: vec!["Mã".into(), "Điểm".into()],
            align: vec![Align::Left, Align::Right],
            ..Grid::default()
        };
        grid.row(vec!["1.1".into(), "0,50".into()]);
        grid.strong_row(vec!["a|b".into(), "1,00".into()]);
        grid
    }

    #[test]
    fn markdown_escapes_pipes_and_bolds_totals() {
        assert_eq!(sample().to_markdown(), "## Tiêu đề\n\n| Mã | Điểm |\n| --- | ---: |\n| 1.1 | 0,50 |\n| **a\\|b** | **1,00** |\n");
    }

    #[test]
    fn csv_quotes_only_where_needed() {
        assert_eq!(String::from_utf8(sample().to_csv()).unwrap(), "Mã,Điểm\n1.1,\"0,50\"\na|b,\"1,00\"\n");
    }
}
