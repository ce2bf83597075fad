//! Dates at the precision a text gives: a year, a month or a day.
//!
//! Publication dates, time values and event dates are all [`PartialDate`]s
//! or ranges of them, written in ISO 8601 (`2024`, `2024-11`, `2024-11-25`,
//! `2024-11-25/2024-11-26`).

use chrono::{Datelike, NaiveDate};
use std::fmt;

use crate::model::Precision;

/// A year, a month or a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PartialDate {
    /// A year.
    Year(i32),
    /// A month of a year (1-12).
    Month(i32, u32),
    /// A day.
    Day(NaiveDate),
}

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, rejecting impossible dates.
    pub fn parse(s: &str) -> Option<PartialDate> {
        let s = s.trim();
        let parts: Vec<&str> = s.split('-').collect();
        let num = |p: &str, len: usize| -> Option<u32> {
            (p.len() == len && p.bytes().all(|b| b.is_ascii_digit())).then(|| p.parse().ok()).flatten()
        };
        match parts.as_slice() {
            [y] => Some(PartialDate::Year(num(y, 4)? as i32)),
            [y, m] => {
                let (y, m) = (num(y, 4)? as i32, num(m, 2)?);
                (1..=12).contains(&m).then_some(PartialDate::Month(y, m))
            }
            [y, m, d] => {
                NaiveDate::from_ymd_opt(num(y, 4)? as i32, num(m, 2)?, num(d, 2)?).map(PartialDate::Day)
            }
            _ => None,
        }
    }

    /// Parses a date-time such as `2024-11-28T10:00:00+01:00` or
    /// `2024-11-28 10:00`, keeping the day.
    pub fn parse_lenient(s: &str) -> Option<PartialDate> {
        let s = s.trim();
        if let Some(d) = PartialDate::parse(s) {
            return Some(d);
        }
        let head: String = s.chars().take_while(|c| c.is_ascii_digit() || *c == '-').collect();
        if head.len() >= 4 && s[head.len()..].starts_with(['T', ' ', 't']) {
            return PartialDate::parse(&head);
        }
        None
    }

    /// The precision.
    pub fn precision(&self) -> Precision {
        match self {
            PartialDate::Year(_) => Precision::Year,
            PartialDate::Month(..) => Precision::Month,
            PartialDate::Day(_) => Precision::Day,
        }
    }

    /// The year.
    pub fn year(&self) -> i32 {
        match *self {
            PartialDate::Year(y) | PartialDate::Month(y, _) => y,
            PartialDate::Day(d) => d.year(),
        }
    }

    /// The month, when known.
    pub fn month(&self) -> Option<u32> {
        match *self {
            PartialDate::Year(_) => None,
            PartialDate::Month(_, m) => Some(m),
            PartialDate::Day(d) => Some(d.month()),
        }
    }

    /// The first day it covers.
    pub fn first_day(&self) -> NaiveDate {
        match *self {
            PartialDate::Year(y) => NaiveDate::from_ymd_opt(y, 1, 1),
            PartialDate::Month(y, m) => NaiveDate::from_ymd_opt(y, m, 1),
            PartialDate::Day(d) => Some(d),
        }
        .unwrap_or(NaiveDate::MIN)
    }

    /// The last day it covers.
    pub fn last_day(&self) -> NaiveDate {
        match *self {
            PartialDate::Year(y) => NaiveDate::from_ymd_opt(y, 12, 31),
            PartialDate::Month(y, m) => {
                let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
                NaiveDate::from_ymd_opt(ny, nm, 1).and_then(|d| d.pred_opt())
            }
            PartialDate::Day(d) => Some(d),
        }
        .unwrap_or(NaiveDate::MAX)
    }

    /// Do the two periods share a day?
    pub fn overlaps(&self, other: &PartialDate) -> bool {
        self.first_day() <= other.last_day() && other.first_day() <= self.last_day()
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PartialDate::Year(y) => write!(f, "{y:04}"),
            PartialDate::Month(y, m) => write!(f, "{y:04}-{m:02}"),
            PartialDate::Day(d) => write!(f, "{}", d.format("%Y-%m-%d")),
        }
    }
}

/// A period: one date, or a range from `start` to `end` (both inclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Period {
    /// First day, month or year.
    pub start: PartialDate,
    /// Last day, month or year (equal to `start` for a single date).
    pub end: PartialDate,
}

impl Period {
    /// A single date.
    pub fn single(d: PartialDate) -> Period {
        Period { start: d, end: d }
    }

    /// Parses `DATE` or `START/END`.
    pub fn parse(s: &str) -> Option<Period> {
        match s.split_once('/') {
            Some((a, b)) => Some(Period { start: PartialDate::parse(a)?, end: PartialDate::parse(b)? }),
            None => PartialDate::parse(s).map(Period::single),
        }
    }

    /// Do the two periods share a day?
    pub fn overlaps(&self, other: &Period) -> bool {
        self.start.first_day() <= other.end.last_day() && other.start.first_day() <= self.end.last_day()
    }

    /// The event date of the output format.
    pub fn to_event_date(&self) -> crate::model::EventDate {
        crate::model::EventDate {
            start: self.start.to_string(),
            end: (self.end != self.start).then(|| self.end.to_string()),
            precision: self.start.precision(),
        }
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.start == self.end {
            write!(f, "{}", self.start)
        } else {
            write!(f, "{}/{}", self.start, self.end)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_each_precision() {
        for s in ["2024", "2024-11", "2024-11-28", "0999"] {
            assert_eq!(PartialDate::parse(s).unwrap().to_string(), s);
        }
        for bad in ["2024-13-45", "2024-02-30", "24-11", "2024-1", "", "abcd", "2024-11-28-1"] {
            assert_eq!(PartialDate::parse(bad), None, "{bad}");
        }
        assert_eq!(
            PartialDate::parse_lenient("2024-11-28T10:00:00+01:00").unwrap().to_string(),
            "2024-11-28"
        );
        assert_eq!(Period::parse("2024-11-25/2024-11-26").unwrap().to_string(), "2024-11-25/2024-11-26");
    }

    #[test]
    fn bounds_and_overlap() {
        let feb = PartialDate::parse("2024-02").unwrap();
        assert_eq!(feb.last_day().to_string(), "2024-02-29");
        let dec = PartialDate::parse("2023-12").unwrap();
        assert_eq!(dec.last_day().to_string(), "2023-12-31");
        assert!(Period::parse("2024").unwrap().overlaps(&Period::parse("2024-11-25/2024-11-26").unwrap()));
        assert!(!Period::parse("2023-11").unwrap().overlaps(&Period::parse("2024-11").unwrap()));
    }
}
