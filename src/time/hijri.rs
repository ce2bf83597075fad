//! Hijri (Umm al-Qura) dates to Gregorian, through ICU4X's calendar.

use chrono::NaiveDate;
use icu_calendar::cal::Hijri;
use icu_calendar::types::Month;
use icu_calendar::{Date, Gregorian};

/// The Gregorian day of a Hijri date in the Umm al-Qura calendar, or `None`
/// when the date does not exist.
pub fn to_gregorian(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    if !(1..=12).contains(&month) || !(1..=30).contains(&day) || !(1..=3000).contains(&year) {
        return None;
    }
    let date =
        Date::try_new(year.into(), Month::new(month as u8), day as u8, Hijri::new_umm_al_qura()).ok()?;
    // Reject dates the calendar clamped or rolled over (30th of a 29-day month).
    if date.day_of_month().0 as u32 != day {
        return None;
    }
    let g = date.to_calendar(Gregorian);
    NaiveDate::from_ymd_opt(g.year().extended_year(), g.month().number() as u32, g.day_of_month().0 as u32)
}

/// The first and last Gregorian days of a Hijri month.
pub fn month_bounds(year: i32, month: u32) -> Option<(NaiveDate, NaiveDate)> {
    let first = to_gregorian(year, month, 1)?;
    let last = to_gregorian(year, month, 30).or_else(|| to_gregorian(year, month, 29))?;
    Some((first, last))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_umm_al_qura_dates() {
        let cases = [
            ((1445, 9, 1), "2024-03-11"),
            ((1446, 1, 1), "2024-07-07"),
            ((1446, 12, 10), "2025-06-06"),
            ((1445, 3, 12), "2023-09-27"),
            ((1444, 10, 1), "2023-04-21"),
        ];
        for ((y, m, d), want) in cases {
            assert_eq!(to_gregorian(y, m, d).map(|d| d.to_string()).as_deref(), Some(want), "{y}-{m}-{d}");
        }
        assert_eq!(to_gregorian(1445, 13, 1), None);
        assert_eq!(to_gregorian(1445, 1, 31), None);
        assert_eq!(to_gregorian(i32::MAX, 1, 1), None);
    }
}
