//! Reads back a ranking written by `rank --format csv` (contract section 4) exactly:
//! every number a decimal with the same number of decimals, names in canonical form.

use crate::tr;
use rust_decimal::Decimal;
use std::collections::HashMap;
use std::str::FromStr;

use super::snapshot::SnapshotUnit;
use crate::diagnostic::{Diagnostic, Diagnostics, Location};
use crate::error::{Error, Result};
use crate::text::{excerpt, normalize_name};

/// The columns after the area ids, in order.
const TAIL: [&str; 5] = ["adjustment", "total", "max", "index", "grade"];
/// What a ranking file's header must be, as told to users.
fn header_shape() -> String {
    tr!("analysis-ranking-header-shape")
}

/// A ranking read back from its CSV.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RankingFile {
    /// The file as the user named it.
    pub name: String,
    /// Area ids, as headed in the file.
    pub area_ids: Vec<String>,
    /// Decimals of every number in the file.
    pub decimals: u32,
    /// The units, in file order.
    pub rows: Vec<SnapshotUnit>,
    /// The block of each row (same order as `rows`), when the file starts with a
    /// `block` column (a ranking written with a units register).
    pub blocks: Option<Vec<String>>,
}

/// Whether CSV text is a ranking (its header starts with `rank,unit,`, or
/// `block,rank,unit,` with a units register) rather than evidence.
pub fn is_ranking_csv(bytes: &[u8]) -> bool {
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    text.starts_with(b"rank,unit,") || text.starts_with(b"block,rank,unit,")
}

/// The most digits a ranking's number may have before and after the point: points and
/// indices are far smaller, and differences of two such numbers cannot overflow.
const WHOLE_DIGITS: usize = 12;
const FRACTION_DIGITS: usize = 10;

/// A fixed-decimal number as the contract writes it: `-?digits(.digits)?`, at most
/// 12 digits before the point and 10 after; returns it and its decimals.
fn parse_fixed(text: &str) -> Option<(Decimal, u32)> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let plain = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !plain(whole) || !plain(fraction) || (digits.contains('.') && fraction.is_empty()) {
        return None;
    }
    if whole.trim_start_matches('0').len() > WHOLE_DIGITS || fraction.len() > FRACTION_DIGITS {
        return None;
    }
    Decimal::from_str(text).ok().map(|value| (value, fraction.len() as u32))
}

/// Parses the text of a ranking CSV named `name`; every problem is reported with its line and column.
pub fn parse_ranking_csv(bytes: &[u8], name: &str) -> Result<RankingFile> {
    let text = crate::evidence::decode_utf8(bytes, name)?;
    let text = text.trim_start_matches('\u{feff}');
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut problems = Diagnostics::new();
    let mut records = reader.records();
    let header = match records.next() {
        Some(Ok(header)) => header,
        _ => {
            return Err(Error::Input(
                Diagnostic::error(Location::file(name), tr!("analysis-ranking-empty")).expected(header_shape()).into(),
            ));
        }
    };
    let fields: Vec<&str> = header.iter().collect();
    // With a units register the ranking starts with a `block` column.
    let lead = usize::from(fields.first() == Some(&"block"));
    let shape_ok =
        fields.len() > lead + 2 + TAIL.len() && fields[lead..lead + 2] == ["rank", "unit"] && fields[fields.len() - TAIL.len()..] == TAIL;
    if !shape_ok {
        let found = excerpt(&fields.join(","), 80);
        return Err(Error::Input(
            Diagnostic::error(Location::line(name, 1), tr!("analysis-ranking-not-a-header", found = found)).expected(header_shape()).into(),
        ));
    }
    let area_ids: Vec<String> = fields[lead + 2..fields.len() - TAIL.len()].iter().map(|id| id.to_string()).collect();
    let width = fields.len();
    let mut decimals: Option<u32> = None;
    let mut rows = Vec::new();
    let mut blocks = Vec::new();
    let mut seen: HashMap<String, u64> = HashMap::new();
    for record in records {
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                let line = error.position().map_or(0, |p| p.line());
                problems.push(
                    Diagnostic::error(Location::line(name, line), tr!("analysis-ranking-unreadable", reason = error))
                        .expected(header_shape()),
                );
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line());
        if record.len() != width {
            problems.push(
                Diagnostic::error(Location::line(name, line), tr!("analysis-ranking-fields", fields = record.len(), header = width))
                    .expected(tr!("analysis-ranking-fields-expected")),
            );
            continue;
        }
        let mut number = |column: usize| -> Decimal {
            let cell = &record[column];
            let at = Location::at(name, line, column as u64 + 1);
            match parse_fixed(cell) {
                Some((value, places)) if decimals.is_none_or(|d| d == places) => {
                    decimals = Some(places);
                    value
                }
                Some(_) | None => {
                    let shape = match decimals {
                        Some(d) => tr!("analysis-ranking-number-decimals", decimals = d, whole = WHOLE_DIGITS),
                        None => tr!("analysis-ranking-number", whole = WHOLE_DIGITS, fraction = FRACTION_DIGITS),
                    };
                    problems.push(
                        Diagnostic::error(at, tr!("analysis-ranking-not-a-number", value = excerpt(cell, 40), column = fields[column]))
                            .expected(shape),
                    );
                    Decimal::ZERO
                }
            }
        };
        let areas: Vec<Decimal> = (lead + 2..lead + 2 + area_ids.len()).map(&mut number).collect();
        let tail = width - TAIL.len();
        let (adjustment, total, max, index) = (number(tail), number(tail + 1), number(tail + 2), number(tail + 3));
        let rank = match record[lead].parse::<usize>() {
            Ok(rank) if rank > 0 => rank,
            _ => {
                problems.push(
                    Diagnostic::error(
                        Location::at(name, line, lead as u64 + 1),
                        tr!("analysis-ranking-bad-rank", rank = excerpt(&record[lead], 20)),
                    )
                    .expected(tr!("analysis-ranking-bad-rank-expected")),
                );
                0
            }
        };
        let unit_column = lead as u64 + 2;
        let unit = normalize_name(&record[lead + 1]);
        if unit.is_empty() {
            problems.push(
                Diagnostic::error(Location::at(name, line, unit_column), tr!("analysis-ranking-unit-empty"))
                    .expected(tr!("analysis-ranking-unit-empty-expected")),
            );
        } else if let Some(problem) = crate::text::name_problem(&record[lead + 1]) {
            problems.push(
                Diagnostic::error(
                    Location::at(name, line, unit_column),
                    tr!("analysis-ranking-unit-name-problem", name = crate::text::quote(&unit), problem = problem),
                )
                .expected(crate::text::NAME_RULE),
            );
        } else if let Some(first) = seen.insert(unit.clone(), line) {
            problems.push(
                Diagnostic::error(Location::at(name, line, unit_column), tr!("analysis-ranking-unit-twice", unit = unit, first = first))
                    .expected(tr!("analysis-ranking-unit-twice-expected")),
            );
        }
        blocks.push(normalize_name(&record[0]));
        rows.push(SnapshotUnit { name: unit, rank, areas, adjustment, total, max, index, grade: record[width - 1].to_owned() });
    }
    if rows.is_empty() && !problems.has_errors() {
        problems.push(
            Diagnostic::error(Location::file(name), tr!("analysis-ranking-no-units")).expected(tr!("analysis-ranking-no-units-expected")),
        );
    }
    problems.sort();
    problems.into_result()?;
    let blocks = (lead == 1).then_some(blocks);
    Ok(RankingFile { name: name.to_owned(), area_ids, decimals: decimals.unwrap_or(0), rows, blocks })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Decimal {
        Decimal::from_str(text).unwrap()
    }

    #[test]
    fn reads_the_contract_example_exactly() {
        let csv = "rank,unit,1,2,3,adjustment,total,max,index,grade\n1,Sở Tư pháp,9.50,7.25,12.00,0.50,29.25,30.00,97.50,Xuất sắc\n";
        let file = parse_ranking_csv(csv.as_bytes(), "r.csv").unwrap();
        assert_eq!(file.area_ids, ["1", "2", "3"]);
        assert_eq!(file.decimals, 2);
        let row = &file.rows[0];
        assert_eq!((row.rank, row.name.as_str(), row.grade.as_str()), (1, "Sở Tư pháp", "Xuất sắc"));
        assert_eq!(row.areas, [d("9.50"), d("7.25"), d("12.00")]);
        assert_eq!((row.adjustment, row.total, row.max, row.index), (d("0.5"), d("29.25"), d("30"), d("97.5")));
    }

    #[test]
    fn negative_adjustments_and_quoted_names() {
        let csv = "\u{feff}rank,unit,1,adjustment,total,max,index,grade\r\n1,\"UBND huyện A, B\",7.000,-0.500,6.500,10.000,65.000,\r\n";
        let file = parse_ranking_csv(csv.as_bytes(), "r.csv").unwrap();
        assert_eq!(file.decimals, 3);
        assert_eq!(file.rows[0].name, "UBND huyện A, B");
        assert_eq!(file.rows[0].adjustment, d("-0.5"));
        assert_eq!(file.rows[0].grade, "");
    }

    #[test]
    fn mixed_decimals_and_commas_are_errors_with_place() {
        let csv =
            "rank,unit,1,adjustment,total,max,index,grade\n1,A,7.00,0.00,7.0,10.00,\"70,00\",Khá\nx,A,1.00,0.00,1.00,10.00,10.00,Yếu\n";
        let error = parse_ranking_csv(csv.as_bytes(), "r.csv").unwrap_err().to_string();
        assert!(error.contains("r.csv:2:5: \"7.0\" ở cột total không phải là số như vậy"), "{error}");
        assert!(error.contains("r.csv:2:7: \"70,00\" ở cột index"), "{error}");
        assert!(error.contains("r.csv:3:1: hạng \"x\" không phải số nguyên ≥ 1"), "{error}");
        assert!(error.contains("r.csv:3:2: đơn vị \"A\" có hai lần (lần đầu ở dòng 2)"), "{error}");
    }

    #[test]
    fn a_leading_block_column_names_each_rows_block() {
        let csv = "block,rank,unit,1,adjustment,total,max,index,grade\nSở,1,Sở Tư pháp,9.00,0.00,9.00,10.00,90.00,Tốt\nPhường,1,UBND phường A,x,0.00,5.00,10.00,50.00,Yếu\n";
        assert!(is_ranking_csv(csv.as_bytes()));
        let error = parse_ranking_csv(csv.as_bytes(), "r.csv").unwrap_err().to_string();
        // Columns count from the block column: area 1 is column 4.
        assert!(error.contains("r.csv:3:4: \"x\" ở cột 1"), "{error}");
        let file = parse_ranking_csv(csv.replace(",x,", ",5.00,").as_bytes(), "r.csv").unwrap();
        assert_eq!(file.area_ids, ["1"]);
        assert_eq!(file.blocks.as_deref(), Some(&["Sở".to_owned(), "Phường".to_owned()][..]));
        assert_eq!((file.rows[1].rank, file.rows[1].name.as_str(), file.rows[1].areas[0]), (1, "UBND phường A", d("5")));
    }

    #[test]
    fn evidence_is_not_a_ranking() {
        assert!(!is_ranking_csv(b"unit,criterion,value\n"));
        assert!(is_ranking_csv(b"\xEF\xBB\xBFrank,unit,1,adjustment,total,max,index,grade\n"));
        let error = parse_ranking_csv(b"rank,unit,total\n", "r.csv").unwrap_err().to_string();
        assert!(error.contains("không phải dòng tiêu đề của tệp xếp hạng"), "{error}");
    }
}
