//! Calendar dates without time or zone (`YYYY-MM-DD`), as CONTRACT.md requires.
//!
//! The engine never reads a clock: callers pass the evaluation date in (RULES.md 2.5).

use crate::de::Text;
use serde::{de::Error, Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A proleptic Gregorian calendar date, years 1..=9999.
///
/// Parsed from and written as `YYYY-MM-DD`; day arithmetic uses whole calendar days,
/// leap days included (RULES.md 2.5).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    /// 1970-01-01, day 0 of [`Date::days_since_epoch`].
    pub const UNIX_EPOCH: Date = Date { year: 1970, month: 1, day: 1 };

    /// Builds a date; `None` when the month or day does not exist (for example 2021-02-29)
    /// or the year is outside 1..=9999.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let valid =
            (1..=9999).contains(&year) && (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// A date the engine knows to exist (rule-set dates, cut-offs); not for input.
    pub(crate) const fn ymd(year: u16, month: u8, day: u8) -> Date {
        Date { year, month, day }
    }

    /// A number that orders dates as the calendar does (`YYYYMMDD`), for checks made when the
    /// crate builds, where `Ord` cannot be called.
    pub(crate) const fn ordinal(self) -> u32 {
        self.year as u32 * 10_000 + self.month as u32 * 100 + self.day as u32
    }

    /// Parses exactly `YYYY-MM-DD` (ten characters, digits and two hyphens, a real date).
    /// Errors: a message saying what is wrong, for the caller to put after the JSON path.
    pub fn parse(text: &str) -> Result<Date, String> {
        let bytes = text.as_bytes();
        let shape_ok = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes.iter().enumerate().all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !shape_ok {
            return Err(format!("`{text}` is not a date in the form YYYY-MM-DD"));
        }
        let num = |range: std::ops::Range<usize>| -> u16 {
            bytes[range].iter().fold(0u16, |acc, b| acc * 10 + u16::from(b - b'0'))
        };
        let (year, month, day) = (num(0..4), num(5..7) as u8, num(8..10) as u8);
        Date::new(year, month, day).ok_or_else(|| format!("`{text}` is not a real calendar date"))
    }

    /// The year (1..=9999).
    pub fn year(self) -> u16 {
        self.year
    }

    /// The month (1..=12).
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month (1..=31).
    pub fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (negative before it); Howard Hinnant's `days_from_civil`.
    pub fn days_since_epoch(self) -> i64 {
        let (m, d) = (i64::from(self.month), i64::from(self.day));
        let y = i64::from(self.year) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01; `None` outside years 1..=9999.
    /// Used by callers that turn a clock reading into "today" (the CLI), never by the rules.
    pub fn from_days_since_epoch(days: i64) -> Option<Date> {
        let z = days.checked_add(719_468)?;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        let year = u16::try_from(year).ok()?;
        Date::new(year, month as u8, day as u8)
    }

    /// Whole calendar days from `earlier` to `self` (`self − earlier`); negative when
    /// `earlier` is after `self`. 2020-02-01 to 2020-03-01 is 29.
    pub fn days_since(self, earlier: Date) -> i64 {
        self.days_since_epoch() - earlier.days_since_epoch()
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// A JSON string `YYYY-MM-DD`, checked by [`Date::parse`].
impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = deserializer.deserialize_str(Text("a date string YYYY-MM-DD"))?;
        Date::parse(&text).map_err(D::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn day_counts_follow_the_calendar() {
        assert_eq!(d("2021-03-15").days_since(d("2021-02-15")), 28);
        assert_eq!(d("2020-03-01").days_since(d("2020-02-01")), 29);
        assert_eq!(d("2021-01-01").days_since(d("2021-01-02")), -1);
        assert_eq!(d("1970-01-01").days_since_epoch(), 0);
    }

    #[test]
    fn round_trips_through_day_numbers() {
        for s in ["0001-01-01", "1600-02-29", "1999-12-31", "2000-02-29", "2019-03-01", "9999-12-31"] {
            let date = d(s);
            assert_eq!(Date::from_days_since_epoch(date.days_since_epoch()), Some(date), "{s}");
            assert_eq!(date.to_string(), s);
        }
        assert_eq!(Date::from_days_since_epoch(i64::MAX), None);
        assert_eq!(Date::from_days_since_epoch(-719_163), None, "year 0 is out of range");
    }

    #[test]
    fn rejects_malformed_and_impossible_dates() {
        for bad in [
            "2021-2-01",
            "2021/02/01",
            "2021-02-29",
            "2021-13-01",
            "2021-00-10",
            "0000-01-01",
            "2021-04-31",
            "２０２１-01-01",
            "",
            "2021-01-01T00:00",
        ] {
            assert!(Date::parse(bad).is_err(), "{bad} should be rejected");
        }
        assert!(Date::parse("2020-02-29").is_ok());
        assert!(Date::parse("1900-02-29").is_err());
    }

    #[test]
    fn serde_round_trips_and_names_the_problem() {
        let read = |v: serde_json::Value| serde_json::from_value::<Date>(v).map_err(|e| e.to_string());
        assert_eq!(read(serde_json::json!("2019-03-01")).unwrap(), d("2019-03-01"));
        assert_eq!(read(serde_json::json!("2021-02-30")).unwrap_err(), "`2021-02-30` is not a real calendar date");
        assert!(read(serde_json::json!(20210301)).unwrap_err().contains("expected a date string YYYY-MM-DD"));
        assert_eq!(serde_json::to_string(&d("0001-01-01")).unwrap(), "\"0001-01-01\"");
    }
}
