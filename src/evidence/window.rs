//! The assessment window: evidence dates from 1 January of the year before the
//! framework's year up to today (in Vietnam); a date outside it is probably a typo.

use chrono::{Datelike, NaiveDate};

use crate::diagnostic::{Diagnostic, Location};
use crate::text::quote;
use crate::tr;

/// Vietnam's offset from UTC (no daylight saving time).
const VIETNAM_OFFSET_SECONDS: u64 = 7 * 3600;
/// Days from 1 January of year 1 (CE) to 1 January 1970.
const UNIX_EPOCH_DAYS_FROM_CE: i32 = 719_163;

/// Today's date in Vietnam (UTC+7), from the system clock.
pub fn today() -> NaiveDate {
    let seconds = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let days = ((seconds + VIETNAM_OFFSET_SECONDS) / 86_400) as i32;
    NaiveDate::from_num_days_from_ce_opt(UNIX_EPOCH_DAYS_FROM_CE + days).unwrap_or(NaiveDate::MAX)
}

/// The dates evidence of one framework may carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    /// 1 January of the year before the framework's year, when it has a year.
    first: Option<NaiveDate>,
    /// Today.
    last: NaiveDate,
}

impl Window {
    /// The window of a framework of assessment year `year`, on `today`.
    pub fn new(year: Option<i64>, today: NaiveDate) -> Window {
        let first = year.and_then(|year| i32::try_from(year - 1).ok()).and_then(|year| NaiveDate::from_ymd_opt(year, 1, 1));
        Window { first, last: today }
    }

    /// Whether `date` lies in the window.
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.first.is_none_or(|first| first <= date) && date <= self.last
    }

    /// The warning for the date typed as `text` in criterion `id`'s value cell at
    /// `location`, when it lies outside the window, or, for a deadline criterion due
    /// on `due`, more than a year before its deadline: a document dated 15/01/2024
    /// for a plan due 20/01/2025 is the previous year's plan, not an early one.
    pub fn check(&self, date: NaiveDate, due: Option<NaiveDate>, text: &str, id: &str, location: Location) -> Option<Diagnostic> {
        let day = |d: NaiveDate| format!("{:02}/{:02}/{}", d.day(), d.month(), d.year());
        if self.contains(date) {
            let due = due?;
            let year_before = due.checked_sub_months(chrono::Months::new(12))?;
            return (date < year_before).then(|| {
                Diagnostic::warning(location, tr!("evidence-date-year-early", date = quote(text), id = id, due = day(due)))
                    .expected(tr!("evidence-date-year-early-expected", first = day(year_before)))
                    .hint(tr!("evidence-date-year-early-hint"))
            });
        }
        let (expected, hint) = match self.first {
            Some(first) if date < first => (
                tr!("evidence-date-expected-window", first = day(first), today = day(self.last)),
                tr!("evidence-date-too-early-hint", year = first.year() + 1),
            ),
            Some(first) => {
                (tr!("evidence-date-expected-window", first = day(first), today = day(self.last)), tr!("evidence-date-future-hint"))
            }
            None => (tr!("evidence-date-expected-not-after", today = day(self.last)), tr!("evidence-date-future-hint")),
        };
        Some(Diagnostic::warning(location, tr!("evidence-date-outside-window", date = quote(text), id = id)).expected(expected).hint(hint))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn the_window_runs_from_the_previous_years_first_of_january_to_today() {
        // Framework year 2025, today 10/03/2025: 01/01/2024 ..= 10/03/2025.
        let window = Window::new(Some(2025), date(2025, 3, 10));
        assert!(window.contains(date(2024, 1, 1)) && window.contains(date(2025, 3, 10)));
        assert!(!window.contains(date(2023, 12, 31)) && !window.contains(date(2025, 3, 11)));
        let late = window.check(date(2025, 3, 11), None, "11/03/2025", "1.1.1", Location::file("a.csv")).unwrap();
        assert_eq!(late.message, "ngày \"11/03/2025\" của tiêu chí 1.1.1 nằm ngoài kỳ đánh giá");
        assert_eq!(late.expected.as_deref(), Some("một ngày từ 01/01/2024 đến hôm nay (10/03/2025)"));
        // Without a year only dates after today are flagged.
        let open = Window::new(None, date(2025, 3, 10));
        assert!(open.contains(date(1990, 1, 1)) && !open.contains(date(2025, 3, 11)));
    }

    #[test]
    fn a_deadline_date_more_than_a_year_early_is_last_years_document() {
        // Issue 10's example: 15/01/2024 for a plan due 20/01/2025 (so-2025's 1.1.1)
        // lies in the window (from 01/01/2024) but a year and five days early.
        let window = Window::new(Some(2025), date(2025, 3, 10));
        let due = Some(date(2025, 1, 20));
        let early = window.check(date(2024, 1, 15), due, "15/01/2024", "1.1.1", Location::file("a.csv")).unwrap();
        assert_eq!(early.message, "ngày \"15/01/2024\" của tiêu chí 1.1.1 sớm hơn hạn 20/01/2025 hơn một năm");
        assert_eq!(early.expected.as_deref(), Some("một ngày từ 20/01/2024 trở đi (trong vòng một năm trước hạn)"));
        // Exactly a year early, or in the December before: no warning.
        assert!(window.check(date(2024, 1, 20), due, "20/01/2024", "1.1.1", Location::file("a.csv")).is_none());
        assert!(window.check(date(2024, 12, 20), due, "20/12/2024", "1.1.1", Location::file("a.csv")).is_none());
        // Not a deadline: only the window applies.
        assert!(window.check(date(2024, 1, 15), None, "15/01/2024", "1.1.1", Location::file("a.csv")).is_none());
        // A due date of 29/02: a year before is 28/02 of the previous year.
        let leap = Window::new(Some(2024), date(2025, 3, 10));
        assert!(leap.check(date(2023, 2, 28), Some(date(2024, 2, 29)), "28/02/2023", "x", Location::file("a.csv")).is_none());
        assert!(leap.check(date(2023, 2, 27), Some(date(2024, 2, 29)), "27/02/2023", "x", Location::file("a.csv")).is_some());
    }

    #[test]
    fn today_is_a_plausible_date() {
        assert!(today() > date(2024, 1, 1) && today() < date(2200, 1, 1));
    }
}
