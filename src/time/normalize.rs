//! Resolution of time expressions against the publication date (DCT).

use chrono::{Datelike, Days, Months, NaiveDate};

use super::lexicon::Unit;
use crate::date::{PartialDate, Period};

/// The tense of the clause an expression stands in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    /// A past verb or marker.
    Past,
    /// A future verb or a plan.
    Future,
    /// No cue.
    Unknown,
}

/// The day `n` days from a DCT known to the day.
pub fn shift_days(dct: PartialDate, n: i64) -> Option<Period> {
    let PartialDate::Day(d) = dct else { return None };
    let d = if n >= 0 {
        d.checked_add_days(Days::new(n as u64))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    }?;
    Some(Period::single(PartialDate::Day(d)))
}

/// The year of a month (and day) written without one.
///
/// With a marker: الجاري → the DCT's year; الماضي → the last such month
/// before the DCT's month; المقبل → the next one after it. Without: the
/// nearest occurrence, moved forward for a future clause or back for a past
/// one (unless a preposition such as "to" points forward).
pub fn month_year(
    month: u32,
    _day: Option<u32>,
    rel: Option<i8>,
    dct: PartialDate,
    tense: Tense,
    forward: bool,
) -> Option<i32> {
    let y = dct.year();
    let Some(dm) = dct.month() else {
        return matches!(rel, Some(0) | None).then_some(y);
    };
    let m = month as i32;
    let dm = dm as i32;
    Some(match rel {
        Some(0) => y,
        Some(r) if r < 0 => {
            if m < dm {
                y
            } else {
                y - 1
            }
        }
        Some(_) => {
            if m > dm {
                y
            } else {
                y + 1
            }
        }
        None => {
            let mut year = y;
            if m - dm > 6 {
                year -= 1;
            } else if dm - m > 6 {
                year += 1;
            }
            let before = (year, m) < (y, dm);
            let after = (year, m) > (y, dm);
            match tense {
                Tense::Future if before => year + 1,
                Tense::Past if after && !forward => year - 1,
                _ => year,
            }
        }
    })
}

/// A weekday (1 = Monday) with its marker: past → strictly before the DCT;
/// next or this → strictly after; none → by tense, on or before the DCT
/// unless the clause looks forward.
pub fn weekday(dct: PartialDate, wd: u32, rel: Option<i8>, tense: Tense) -> Option<NaiveDate> {
    let PartialDate::Day(d) = dct else { return None };
    let today = d.weekday().number_from_monday() as i64;
    let wd = wd as i64;
    let back = (today - wd).rem_euclid(7);
    let fwd = (wd - today).rem_euclid(7);
    let offset = match rel {
        Some(r) if r < 0 => -(if back == 0 { 7 } else { back }),
        // "ce mardi", "this Tuesday": the day itself on that weekday; else
        // the tense's side, or the same week (Monday to Sunday).
        Some(0) => match tense {
            _ if fwd == 0 => 0,
            Tense::Past => -back,
            Tense::Future => fwd,
            Tense::Unknown => wd - today,
        },
        Some(_) => {
            if fwd == 0 {
                7
            } else {
                fwd
            }
        }
        None if tense == Tense::Future => {
            if fwd == 0 {
                7
            } else {
                fwd
            }
        }
        None => -back,
    };
    if offset >= 0 {
        d.checked_add_days(Days::new(offset as u64))
    } else {
        d.checked_sub_days(Days::new(offset.unsigned_abs()))
    }
}

/// The weekend (`first` to `last` weekday, 1 = Monday) named from the DCT:
/// last → the latest one over before the DCT; next → the first one to
/// begin after it; this or none → by tense, the latest begun (past) or the
/// first not over (future), else the one of the DCT's week.
pub fn weekend(dct: PartialDate, (first, last): (u8, u8), rel: Option<i8>, tense: Tense) -> Option<Period> {
    let PartialDate::Day(d) = dct else { return None };
    let monday = d.checked_sub_days(Days::new(d.weekday().num_days_from_monday() as u64))?;
    // Days from the DCT's Monday to the weekend's first and last day.
    let (a, b) = (i64::from(first) - 1, i64::from(last) - 1);
    let today = i64::from(d.weekday().num_days_from_monday());
    let week = match (rel, tense) {
        (Some(r), _) if r < 0 => -i64::from(b >= today),
        (Some(r), _) if r > 0 => i64::from(a <= today),
        (_, Tense::Past) => -i64::from(a > today),
        (_, Tense::Future) => i64::from(b < today),
        (_, Tense::Unknown) => 0,
    };
    let day = |n: i64| monday.checked_add_signed(chrono::TimeDelta::try_days(week * 7 + n)?);
    Some(Period { start: PartialDate::Day(day(a)?), end: PartialDate::Day(day(b)?) })
}

/// The unit `n` units from the DCT, at the unit's precision: a day, the
/// week (Monday to Sunday), a month or a year.
pub fn unit_shift(dct: PartialDate, unit: Unit, n: i64) -> Option<Period> {
    match unit {
        Unit::Day => shift_days(dct, n),
        Unit::Week => {
            let p = shift_days(dct, n.checked_mul(7)?)?;
            let PartialDate::Day(d) = p.start else { return None };
            let monday = d.checked_sub_days(Days::new(d.weekday().num_days_from_monday() as u64))?;
            let sunday = monday.checked_add_days(Days::new(6))?;
            Some(Period { start: PartialDate::Day(monday), end: PartialDate::Day(sunday) })
        }
        Unit::Month => {
            let m = dct.month()? as i64;
            let total = (dct.year() as i64 * 12 + (m - 1)).checked_add(n)?;
            let y = i32::try_from(total.div_euclid(12)).ok()?;
            Some(Period::single(PartialDate::Month(y, (total.rem_euclid(12) + 1) as u32)))
        }
        Unit::Year => {
            let y = i32::try_from((dct.year() as i64).checked_add(n)?).ok()?;
            Some(Period::single(PartialDate::Year(y)))
        }
    }
}

/// An anaphoric unit ("the same day", "the next day") from the last
/// resolved period of the document.
pub fn anaphora(last: Period, unit: Unit, rel: i64) -> Option<Period> {
    let base = if rel > 0 { last.end } else { last.start };
    match unit {
        Unit::Day => {
            let PartialDate::Day(_) = base else { return None };
            shift_days(base, rel)
        }
        Unit::Week => unit_shift(base, Unit::Week, rel).filter(|_| matches!(base, PartialDate::Day(_))),
        Unit::Month => {
            base.month()?;
            unit_shift(base, Unit::Month, rel)
        }
        Unit::Year => unit_shift(base, Unit::Year, rel),
    }
}

/// Adds months to a day, clamping to the month's end.
pub fn add_months(d: NaiveDate, n: i32) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_months(Months::new(n as u32))
    } else {
        d.checked_sub_months(Months::new(n.unsigned_abs()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> PartialDate {
        PartialDate::parse(s).unwrap()
    }

    #[test]
    fn weekends_follow_markers_and_tense() {
        // 2024-11-28 is a Thursday, 2024-11-30 a Saturday.
        let sat_sun = (6, 7);
        let cases = [
            ("2024-11-28", Some(-1), Tense::Unknown, "2024-11-23/2024-11-24"),
            ("2024-11-30", Some(-1), Tense::Unknown, "2024-11-23/2024-11-24"),
            ("2024-11-28", Some(1), Tense::Unknown, "2024-11-30/2024-12-01"),
            ("2024-11-30", Some(1), Tense::Unknown, "2024-12-07/2024-12-08"),
            ("2024-11-28", None, Tense::Past, "2024-11-23/2024-11-24"),
            ("2024-11-30", None, Tense::Past, "2024-11-30/2024-12-01"),
            ("2024-11-28", Some(0), Tense::Future, "2024-11-30/2024-12-01"),
            ("2024-12-02", None, Tense::Future, "2024-12-07/2024-12-08"),
            ("2024-11-28", None, Tense::Unknown, "2024-11-30/2024-12-01"),
        ];
        for (dct, rel, tense, want) in cases {
            let got = weekend(day(dct), sat_sun, rel, tense).unwrap().to_string();
            assert_eq!(got, want, "{dct} {rel:?} {tense:?}");
        }
        // Friday to Saturday, on a Sunday: last is the one just over.
        assert_eq!(
            weekend(day("2024-12-01"), (5, 6), Some(-1), Tense::Unknown).unwrap().to_string(),
            "2024-11-29/2024-11-30"
        );
        assert_eq!(weekend(day("2024-11"), sat_sun, None, Tense::Past), None);
    }

    #[test]
    fn weekdays_follow_markers_and_tense() {
        // 2024-11-28 is a Thursday.
        let dct = day("2024-11-28");
        let cases = [
            (4, Some(-1), Tense::Unknown, "2024-11-21"),
            (4, None, Tense::Past, "2024-11-28"),
            (4, None, Tense::Future, "2024-12-05"),
            (1, Some(1), Tense::Unknown, "2024-12-02"),
            (2, None, Tense::Unknown, "2024-11-26"),
            (5, None, Tense::Future, "2024-11-29"),
            (5, Some(-1), Tense::Future, "2024-11-22"),
            // "ce jeudi", "this Thursday".
            (4, Some(0), Tense::Past, "2024-11-28"),
            (4, Some(0), Tense::Future, "2024-11-28"),
            (2, Some(0), Tense::Past, "2024-11-26"),
            (2, Some(0), Tense::Future, "2024-12-03"),
            (1, Some(0), Tense::Unknown, "2024-11-25"),
            (6, Some(0), Tense::Unknown, "2024-11-30"),
        ];
        for (wd, rel, tense, want) in cases {
            assert_eq!(weekday(dct, wd, rel, tense).unwrap().to_string(), want, "{wd} {rel:?} {tense:?}");
        }
        assert_eq!(weekday(day("2024-11"), 4, None, Tense::Past), None);
    }

    #[test]
    fn months_without_year() {
        let dct = day("2025-01-10");
        let cases = [
            (12, Some(-1), Tense::Unknown, false, 2024),
            (1, Some(-1), Tense::Unknown, false, 2024),
            (2, Some(1), Tense::Unknown, false, 2025),
            (1, Some(1), Tense::Unknown, false, 2026),
            (1, Some(0), Tense::Unknown, false, 2025),
            (12, None, Tense::Unknown, false, 2024),
            (3, None, Tense::Unknown, false, 2025),
            (3, None, Tense::Past, false, 2024),
            (3, None, Tense::Past, true, 2025),
            (11, None, Tense::Future, false, 2025),
        ];
        for (m, rel, tense, fwd, want) in cases {
            assert_eq!(month_year(m, None, rel, dct, tense, fwd), Some(want), "{m} {rel:?} {tense:?}");
        }
    }

    #[test]
    fn unit_shifts() {
        let dct = day("2024-01-15");
        assert_eq!(unit_shift(dct, Unit::Month, -1).unwrap().to_string(), "2023-12");
        assert_eq!(unit_shift(dct, Unit::Year, 1).unwrap().to_string(), "2025");
        assert_eq!(unit_shift(dct, Unit::Day, -2).unwrap().to_string(), "2024-01-13");
        assert_eq!(unit_shift(dct, Unit::Week, -1).unwrap().to_string(), "2024-01-08/2024-01-14");
        assert_eq!(unit_shift(day("2024"), Unit::Month, 1), None);
        assert_eq!(unit_shift(dct, Unit::Year, i64::MAX), None);
        assert_eq!(shift_days(dct, i64::MIN), None);
    }
}
