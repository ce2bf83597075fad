//! The grammar of time expressions, over the words of the matching form.
//!
//! The folded text is cut into words, numbers and single punctuation
//! marks. Each word is looked up in the phrase table of its language (after
//! taking off Arabic proclitics or French elided articles, only at the
//! start of a whole word), the longest phrase first, which gives it roles
//! (month, weekday, relative marker, cue...). The grammar below combines
//! roles and numbers into expressions, tries every reading at a position
//! and keeps the longest; the normalizer resolves each against the
//! publication date.

use crate::date::{PartialDate, Period};
use crate::text::{Text, is_letter};
use chrono::Datelike;

use super::lexicon::{Affixes, Division, LangLexicon, Role, Unit};
use super::normalize::{self, Tense};
use super::{TimeLexicon, TimeMention};

/// Cuts folded text into words (letters, with an inner apostrophe), runs of
/// ASCII digits and single other characters; spaces separate. Returns byte
/// spans.
pub fn tokenize(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(s.len() / 4);
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            continue;
        }
        if c.is_ascii_digit() {
            let mut end = i + 1;
            while let Some(&(j, d)) = it.peek() {
                if d.is_ascii_digit() {
                    end = j + 1;
                    it.next();
                } else {
                    break;
                }
            }
            out.push((i, end));
        } else if is_letter(c) {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = it.peek() {
                if is_letter(d) && !d.is_ascii_digit() {
                    end = j + d.len_utf8();
                    it.next();
                } else if d == '\'' && s[j + 1..].chars().next().is_some_and(is_letter) {
                    end = j + 1;
                    it.next();
                } else {
                    break;
                }
            }
            out.push((i, end));
        } else {
            out.push((i, i + c.len_utf8()));
        }
    }
    out
}

/// Numbers in brackets ("يومي (5) و (6) مارس (2021)") read as bare
/// numbers: the brackets leave the token list, and the number's outer
/// extent keeps them so that a span never ends inside a pair.
fn unbracket_numbers(s: &str, toks: Vec<Tok>) -> Vec<Tok> {
    let mut out: Vec<Tok> = Vec::with_capacity(toks.len());
    let mut k = 0;
    while k < toks.len() {
        let wrapped = k + 2 < toks.len()
            && &s[toks[k].fs..toks[k].fe] == "("
            && toks[k + 1].kind == Kind::Num
            && &s[toks[k + 2].fs..toks[k + 2].fe] == ")"
            && toks[k].fe == toks[k + 1].fs
            && toks[k + 1].fe == toks[k + 2].fs;
        if wrapped {
            out.push(Tok { outer: (toks[k].fs, toks[k + 2].fe), ..toks[k + 1] });
            k += 3;
        } else {
            out.push(toks[k]);
            k += 1;
        }
    }
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Word,
    Num,
    Punct,
}

#[derive(Debug, Clone, Copy)]
struct Tok {
    fs: usize,
    fe: usize,
    kind: Kind,
    /// Where an expression starting or ending here starts or ends: the
    /// token itself, or with the brackets around a number ("(5)").
    outer: (usize, usize),
}

#[derive(Debug, Clone, Copy)]
struct Match<'l> {
    len: usize,
    roles: &'l [Role],
    /// Bytes of proclitic taken off the first word.
    skip: usize,
}

/// A date as written: any of day, month and year, with a relative marker.
#[derive(Debug, Clone, Copy, Default)]
struct DSpec {
    day: Option<u32>,
    day_end: Option<u32>,
    month: Option<u32>,
    /// Last month of a list sharing a year or marker ("يوليو وأغسطس الماضيين").
    month_end: Option<u32>,
    year: Option<i32>,
    rel: Option<i8>,
    /// A resolved value that overrides the fields (Hijri with equivalent).
    fixed: Option<Period>,
}

#[derive(Debug, Clone, Copy)]
struct Cand {
    s: usize,
    e: usize,
    value: Option<Period>,
    /// Resolved (a value that can anchor anaphora).
    anchor: bool,
}

struct Parser<'a> {
    text: &'a str,
    original: &'a Text<'a>,
    toks: Vec<Tok>,
    m: Vec<Option<Match<'a>>>,
    lex: &'a LangLexicon,
    dct: Option<PartialDate>,
    sent: Vec<usize>,
    last: Option<Period>,
    /// The last single day resolved (what "the next day" points to).
    last_day: Option<Period>,
    /// The tense cue of each token (outer `None`: not computed yet), worked
    /// out only for the sentences that hold a time expression.
    cues: std::cell::RefCell<Vec<Option<Option<Tense>>>>,
}

/// Calls `f` with each form of a word to look up: the word itself, then
/// without a first affix (Arabic و ف, French elided l' d' qu', English
/// possessive 's), then without a second one, after the first or alone
/// (Arabic ب ل ك, with لل read as ال), with the bytes to leave out of the
/// extent. The first affix of a kind the word has is the one peeled.
fn for_each_form(w: &str, affixes: &Affixes, mut f: impl FnMut(&str, usize)) {
    f(w, 0);
    let min = affixes.min_chars;
    let first = affixes.first.iter().find_map(|a| a.peel(w, min).map(|r| (r, a.skip())));
    if let Some((r, skip)) = &first {
        f(r, *skip);
    }
    if affixes.second.is_empty() {
        return;
    }
    let bases = std::iter::once((std::borrow::Cow::Borrowed(w), 0)).chain(first);
    for (b, off) in bases {
        if let Some((r, skip)) = affixes.second.iter().find_map(|a| a.peel(&b, min).map(|r| (r, a.skip()))) {
            f(&r, off + skip);
        }
    }
}

impl<'a> Parser<'a> {
    fn new(text: &'a Text<'a>, dct: Option<PartialDate>, lex: &'a LangLexicon) -> Parser<'a> {
        let s = text.folded.text.as_str();
        let toks: Vec<Tok> = tokenize(s)
            .into_iter()
            .map(|(fs, fe)| {
                let c = s[fs..].chars().next().unwrap_or(' ');
                let kind = if c.is_ascii_digit() {
                    Kind::Num
                } else if is_letter(c) {
                    Kind::Word
                } else {
                    Kind::Punct
                };
                Tok { fs, fe, kind, outer: (fs, fe) }
            })
            .collect();
        let toks = unbracket_numbers(s, toks);
        let mut m = Vec::with_capacity(toks.len());
        for i in 0..toks.len() {
            m.push(Self::lookup(s, &toks, i, lex));
        }
        let sent = text.sentences.iter().map(|x| text.folded.folded_offset(x.start)).collect();
        Parser {
            text: s,
            original: text,
            toks,
            m,
            lex,
            dct,
            sent,
            last: None,
            last_day: None,
            cues: std::cell::RefCell::new(Vec::new()),
        }
    }

    fn lookup(s: &str, toks: &[Tok], i: usize, lex: &'a LangLexicon) -> Option<Match<'a>> {
        let w = &s[toks[i].fs..toks[i].fe];
        let mut best: Option<Match<'a>> = None;
        for_each_form(w, &lex.affixes, |form, skip| {
            let Some(list) = lex.phrases.get(form) else { return };
            for p in list {
                let n = p.rest.len();
                if i + n >= toks.len() {
                    continue;
                }
                let ok = p.rest.iter().enumerate().all(|(k, word)| {
                    let t = toks[i + 1 + k];
                    &s[t.fs..t.fe] == word.as_str()
                });
                if ok {
                    if best.is_none_or(|b| n + 1 > b.len) {
                        best = Some(Match { len: n + 1, roles: &p.roles, skip });
                    }
                    break;
                }
            }
        });
        best
    }

    // ----- small helpers -------------------------------------------------

    fn n(&self) -> usize {
        self.toks.len()
    }

    fn word(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| &self.text[t.fs..t.fe])
    }

    fn roles(&self, i: usize) -> &'a [Role] {
        self.m.get(i).and_then(|m| m.as_ref()).map_or(&[], |m| m.roles)
    }

    fn len_at(&self, i: usize) -> usize {
        self.m.get(i).and_then(|m| m.as_ref()).map_or(1, |m| m.len)
    }

    /// The first role at `i` that `f` accepts, with the index after the phrase.
    fn role<T>(&self, i: usize, f: impl Fn(Role) -> Option<T>) -> Option<(T, usize)> {
        self.roles(i).iter().find_map(|r| f(*r)).map(|t| (t, i + self.len_at(i)))
    }

    fn is(&self, i: usize, f: impl Fn(Role) -> bool) -> Option<usize> {
        self.role(i, |r| f(r).then_some(())).map(|(_, e)| e)
    }

    /// Does a phrase ending right before `i` have a role `f` accepts?
    fn before_is(&self, i: usize, f: impl Fn(Role) -> bool + Copy) -> bool {
        (i.saturating_sub(4)..i)
            .any(|k| self.m[k].is_some_and(|m| k + m.len == i && m.roles.iter().any(|r| f(*r))))
    }

    fn adjacent(&self, i: usize) -> bool {
        i > 0 && i < self.n() && self.toks[i].fs == self.toks[i - 1].fe
    }

    fn punct(&self, i: usize, c: &str) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Punct) && self.word(i) == c
    }

    fn decimal_around(&self, i: usize) -> bool {
        let sep = |k: usize| self.punct(k, ".") || self.punct(k, ",");
        let num = |k: usize| self.toks.get(k).is_some_and(|t| t.kind == Kind::Num);
        (i + 2 < self.n() && sep(i + 1) && self.adjacent(i + 1) && num(i + 2) && self.adjacent(i + 2))
            || (i >= 2 && sep(i - 1) && self.adjacent(i) && num(i - 2) && self.adjacent(i - 1))
    }

    /// A number token's value and digit count.
    fn raw_num(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.toks.get(i)?;
        if t.kind != Kind::Num {
            return None;
        }
        let w = &self.text[t.fs..t.fe];
        if w.len() > 6 {
            return None;
        }
        w.parse().ok().map(|v| (v, w.len()))
    }

    fn num(&self, i: usize) -> Option<(u32, usize)> {
        if self.decimal_around(i) {
            return None;
        }
        self.raw_num(i)
    }

    /// An Arabic adjective of relation after a noun ("اليوم الوطني"): a word
    /// with the article, no time role, ending in ي as written (ى folds to
    /// ي too, so the original decides).
    fn nisba_adjective(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else { return false };
        let a = &self.lex.affixes;
        if a.article.is_empty()
            || a.relation_ending.is_empty()
            || t.kind != Kind::Word
            || self.m[i].is_some()
            || !self.word(i).starts_with(a.article.as_str())
        {
            return false;
        }
        let (s, e) = self.original.span(t.fs, t.fe);
        self.original.original[s..e]
            .trim_end_matches(|c: char| !is_letter(c))
            .ends_with(a.relation_ending.as_str())
    }

    fn capital_ok(&self, i: usize) -> bool {
        if !self.lex.capitalized_months {
            return true;
        }
        let skip = self.m[i].map_or(0, |m| m.skip);
        let (s, _) = self.original.span(self.toks[i].fs + skip, self.toks[i].fe);
        self.original.original[s..].chars().next().is_some_and(char::is_uppercase)
    }

    // ----- pieces --------------------------------------------------------

    /// A day of the month: `25`, `1er`, `15th`, `السابع من`.
    fn day(&self, i: usize) -> Option<(u32, usize)> {
        if let Some((v, digits)) = self.num(i)
            && digits <= 2
            && (1..=31).contains(&v)
        {
            let mut e = i + 1;
            if e < self.n()
                && self.adjacent(e)
                && matches!(self.word(e), "er" | "e" | "eme" | "st" | "nd" | "rd" | "th")
            {
                e += 1;
            }
            return Some((v, e));
        }
        // "الأسبوع الأول من يونيو": an ordinal after a unit other than the day
        // is not a day of the month.
        if self.before_is(i, |r| {
            matches!(
                r,
                Role::Unit(Unit::Week | Unit::Month | Unit::Year) | Role::UnitPlural(_) | Role::Division(..)
            )
        }) {
            return None;
        }
        let (d, mut e) = self.role(i, |r| if let Role::Ordinal(d) = r { Some(d as u32) } else { None })?;
        if let Some(e2) = self.is(e, |r| r == Role::OrdinalLink) {
            e = e2;
        }
        Some((d, e))
    }

    /// A month name (with a second name of another system after `/` or in
    /// brackets).
    fn month(&self, i: usize) -> Option<(u32, bool, usize)> {
        let ((m, strict), mut e) =
            self.role(i, |r| if let Role::Month(m, s) = r { Some((m as u32, s)) } else { None })?;
        if !self.capital_ok(i) {
            return None;
        }
        if self.punct(e, ".") && self.adjacent(e) && self.raw_num(e + 1).is_some() {
            e += 1;
        }
        if self.punct(e, "/") || self.punct(e, "(") || self.punct(e, "-") {
            let open = self.punct(e, "(");
            if let Some(((m2, _), e2)) =
                self.role(e + 1, |r| if let Role::Month(m, s) = r { Some((m as u32, s)) } else { None })
                && m2 == m
            {
                e = e2;
                if open && self.punct(e, ")") {
                    e += 1;
                }
            }
        }
        Some((m, strict, e))
    }

    /// Skips a classifier noun standing right before a month name ("17 من
    /// شهر فبراير", "أواخر شهر يناير").
    fn skip_classifier(&self, i: usize) -> usize {
        match self.is(i, |r| r == Role::Classifier) {
            Some(e) if self.month(e).is_some() => e,
            _ => i,
        }
    }

    fn year_num(&self, i: usize) -> Option<(i32, usize)> {
        let (v, digits) = self.num(i)?;
        (digits == 4 && (1000..=2200).contains(&v)).then_some((v as i32, i + 1))
    }

    fn rel_after(&self, i: usize) -> Option<(i8, usize)> {
        self.role(i, |r| if let Role::RelAfter(x) = r { Some(x) } else { None })
    }

    /// Year or relative marker after a month.
    fn month_tail(&self, i: usize, spec: &mut DSpec) -> usize {
        let mut j = i;
        if self.punct(j, ",") && self.year_num(j + 1).is_some() {
            j += 1;
        }
        if let Some((y, e)) = self.year_num(j) {
            spec.year = Some(y);
            return e;
        }
        if let Some((r, e)) = self.rel_after(i) {
            spec.rel = Some(r);
            return e;
        }
        // "أكتوبر من العام الماضي", "October of last year", "غشت من سنة 2022".
        let k = self.is(i, |r| matches!(r, Role::OrdinalLink | Role::RangeFrom | Role::YearCue)).unwrap_or(i);
        if k > i
            && let Some(k2) = self.is(k, |r| r == Role::Classifier)
            && let Some((y, e)) = self.year_num(k2)
        {
            spec.year = Some(y);
            return e;
        }
        if let Some(c) = self.unit_rel(k, false)
            && let Some(v) = c.value
            && let PartialDate::Year(y) = v.start
        {
            spec.year = Some(y);
            return c.e;
        }
        i
    }

    /// A list or range of days joined by و / et / and / - / au / to.
    fn day_list(&self, i: usize) -> Option<(u32, Option<u32>, usize)> {
        let (d1, mut e) = self.day(i)?;
        let mut last = None;
        while let Some(c) = self.is(e, |r| matches!(r, Role::And | Role::RangeTo)) {
            // "le 3 et le 4 mars".
            let c = self.is(c, |r| r == Role::Article).unwrap_or(c);
            match self.day(c) {
                Some((d, e2)) if d > last.unwrap_or(d1) => {
                    last = Some(d);
                    e = e2;
                }
                _ => break,
            }
        }
        Some((d1, last, e))
    }

    /// A written date: numeric, day-month(-year), month-day(-year),
    /// month-year, month with a marker, a bare month after a cue, a Hijri
    /// date. `bare_ok` accepts a bare month and a bare year without a cue
    /// (inside a range).
    fn dspec(&self, i: usize, bare_ok: bool) -> Option<(DSpec, usize)> {
        if let Some(r) = self.numeric(i) {
            return Some(r);
        }
        let mut j = i;
        let mut weekday = false;
        if let Some(e) = self.is(j, |r| matches!(r, Role::Weekday(_))) {
            j = e;
            weekday = true;
            if self.punct(j, ",") || self.punct(j, "،") {
                j += 1;
            }
            // "الخميس الموافق 14 مارس".
            if let Some(e2) = self.is(j, |r| r == Role::HijriEquivalent) {
                j = e2;
            }
            // "الأحد 3/7/2022": a numeric date after its weekday.
            if let Some(r) = self.numeric(j) {
                return Some(r);
            }
        }
        // Day first.
        if let Some((d1, d2, mut e)) = self.day_list(j) {
            if let Some(e2) = self.is(e, |r| r == Role::OrdinalLink)
                && (self.month(self.skip_classifier(e2)).is_some() || self.hijri_month(e2).is_some())
            {
                e = e2;
            }
            e = self.skip_classifier(e);
            if let Some((m, _, e2)) = self.month(e) {
                let mut spec = DSpec { day: Some(d1), day_end: d2, month: Some(m), ..DSpec::default() };
                let e3 = self.month_tail(e2, &mut spec);
                return Some((spec, e3));
            }
            if let Some(r) = self.hijri(d1, e) {
                return Some(r);
            }
            // "يوم 25 الجاري": a day of the current month.
            if let Some((0, e2)) = self.rel_after(e)
                && let Some(dct) = self.dct
                && let Some(m) = dct.month()
            {
                let spec = DSpec {
                    day: Some(d1),
                    day_end: d2,
                    month: Some(m),
                    year: Some(dct.year()),
                    ..DSpec::default()
                };
                return Some((spec, e2));
            }
            // "25 من الشهر الجاري", "le 3 du mois prochain".
            let k = self.is(e, |r| matches!(r, Role::OrdinalLink | Role::RangeFrom)).unwrap_or(e);
            if let Some(c) = self.unit_rel(k, false)
                && let Some(v) = c.value
                && let PartialDate::Month(y, m) = v.start
            {
                let spec =
                    DSpec { day: Some(d1), day_end: d2, month: Some(m), year: Some(y), ..DSpec::default() };
                return Some((spec, c.e));
            }
        }
        // Month first.
        if let Some((m, strict, e)) = self.month(j) {
            let mut spec = DSpec { month: Some(m), ..DSpec::default() };
            if let Some((d1, d2, e2)) = self.day_list(e)
                && self.year_num(e).is_none()
            {
                // "November 25", "June 24-25", "October 7, 2023".
                let next_is_unit =
                    self.is(e2, |r| matches!(r, Role::Unit(_) | Role::UnitPlural(_))).is_some();
                if !next_is_unit {
                    spec.day = Some(d1);
                    spec.day_end = d2;
                    let e3 = self.month_tail(e2, &mut spec);
                    return Some((spec, e3));
                }
            }
            // "يوليو وأغسطس الماضيين", "juillet et août 2024": one tail for both.
            let joined = self.m.get(e).is_some_and(|x| {
                x.is_some_and(|x| {
                    x.skip > 0 && self.lex.and.iter().any(|a| self.word(e).starts_with(a.as_str()))
                })
            });
            let k = if joined { Some(e) } else { self.is(e, |r| r == Role::And) };
            if let Some(k) = k
                && let Some((m2, _, e2)) = self.month(k)
                && m2 > m
            {
                let mut both = DSpec { month_end: Some(m2), ..spec };
                let e3 = self.month_tail(e2, &mut both);
                if e3 > e2 {
                    return Some((both, e3));
                }
            }
            let e2 = self.month_tail(e, &mut spec);
            if e2 > e {
                return Some((spec, e2));
            }
            let cue = self.before_is(i, |r| {
                matches!(
                    r,
                    Role::YearCue
                        | Role::Classifier
                        | Role::Part
                        | Role::RangeFrom
                        | Role::RangeTo
                        | Role::Between
                        | Role::And
                        | Role::DurationBefore
                        | Role::AgoBefore
                )
            });
            if !strict || cue || bare_ok || weekday {
                return Some((spec, e));
            }
            return None;
        }
        if weekday {
            return None;
        }
        if let Some(r) = self.hijri_month_year(j) {
            return Some(r);
        }
        // A year after a cue.
        if let Some((y, e)) = self.year_num(j) {
            let cue =
                bare_ok || self.before_is(i, |r| matches!(r, Role::YearCue | Role::Classifier | Role::Part));
            if cue {
                // "عام 1445 هـ": a Hijri year spans Gregorian days.
                if let Some(e2) = self.is(e, |r| r == Role::HijriEra) {
                    let (a, _) = super::hijri::month_bounds(y, 1)?;
                    let (_, b) = super::hijri::month_bounds(y, 12)?;
                    let v = Period { start: PartialDate::Day(a), end: PartialDate::Day(b) };
                    return Some((DSpec { fixed: Some(v), ..DSpec::default() }, e2));
                }
                return Some((DSpec { year: Some(y), ..DSpec::default() }, e));
            }
        }
        None
    }

    fn hijri_month(&self, i: usize) -> Option<(u32, usize)> {
        self.role(i, |r| if let Role::HijriMonth(m) = r { Some(m as u32) } else { None })
    }

    /// A Hijri date after its day: month, year, era, and the Gregorian
    /// equivalent when the text gives it.
    fn hijri(&self, day: u32, i: usize) -> Option<(DSpec, usize)> {
        let (m, e) = self.hijri_month(i)?;
        let (y, digits) = self.num(e)?;
        if !(3..=4).contains(&digits) || !(1..=2000).contains(&y) {
            return None;
        }
        let mut e = e + 1;
        if let Some(e2) = self.is(e, |r| r == Role::HijriEra) {
            e = e2;
        }
        if let Some(mut k) = self.is(e, |r| r == Role::HijriEquivalent) {
            loop {
                if let Some(k2) = self.is(k, |r| matches!(r, Role::Classifier | Role::Weekday(_))) {
                    k = k2;
                } else if self.punct(k, ",") || self.punct(k, "،") || self.punct(k, "(") {
                    k += 1;
                } else {
                    break;
                }
            }
            if let Some((g, e2)) = self.dspec(k, false)
                && g.year.is_some()
                && let Some(v) = self.resolve(&g, Tense::Unknown, false)
            {
                let e2 = if self.punct(e2, ")") { e2 + 1 } else { e2 };
                return Some((DSpec { fixed: Some(v), ..DSpec::default() }, e2));
            }
        }
        let g = super::hijri::to_gregorian(y as i32, m, day)?;
        Some((DSpec { fixed: Some(Period::single(PartialDate::Day(g))), ..DSpec::default() }, e))
    }

    /// A Hijri month and year (`رمضان 1445 هـ`): the Gregorian days it spans.
    fn hijri_month_year(&self, i: usize) -> Option<(DSpec, usize)> {
        let (m, e) = self.hijri_month(i)?;
        let (y, digits) = self.num(e)?;
        if !(3..=4).contains(&digits) || !(1300..=1600).contains(&y) {
            return None;
        }
        let mut e = e + 1;
        if let Some(e2) = self.is(e, |r| r == Role::HijriEra) {
            e = e2;
        }
        let (a, b) = super::hijri::month_bounds(y as i32, m)?;
        let v = Period { start: PartialDate::Day(a), end: PartialDate::Day(b) };
        Some((DSpec { fixed: Some(v), ..DSpec::default() }, e))
    }

    /// `25/11/2024`, `2024-11-25`, `05.09.2024`: day first unless the year
    /// comes first or the second number cannot be a month.
    fn numeric(&self, i: usize) -> Option<(DSpec, usize)> {
        let (a, da) = self.raw_num(i)?;
        let sep = self.word(i + 1);
        if !matches!(sep, "/" | "-" | ".") || !self.adjacent(i + 1) || !self.adjacent(i + 2) {
            return None;
        }
        let (b, _) = self.raw_num(i + 2)?;
        if self.word(i + 3) != sep || !self.adjacent(i + 3) || !self.adjacent(i + 4) {
            return None;
        }
        let (c, dc) = self.raw_num(i + 4)?;
        if self.adjacent(i + 5)
            && matches!(self.word(i + 5), "/" | "-" | ".")
            && self.raw_num(i + 6).is_some()
            && self.adjacent(i + 6)
        {
            return None;
        }
        let (y, m, d) = if da == 4 {
            (a as i32, b, c)
        } else if dc == 4 {
            if b > 12 && a <= 12 { (c as i32, a, b) } else { (c as i32, b, a) }
        } else {
            return None;
        };
        // "1445/09/01 هـ": a Hijri date in figures.
        let era = self.is(i + 5, |r| r == Role::HijriEra);
        if era.is_some() || (1300..1600).contains(&y) {
            let g = super::hijri::to_gregorian(y, m, d)?;
            let v = Period::single(PartialDate::Day(g));
            return Some((DSpec { fixed: Some(v), ..DSpec::default() }, era.unwrap_or(i + 5)));
        }
        chrono::NaiveDate::from_ymd_opt(y, m, d)?;
        Some((DSpec { day: Some(d), month: Some(m), year: Some(y), ..DSpec::default() }, i + 5))
    }

    // ----- resolution ----------------------------------------------------

    fn resolve(&self, s: &DSpec, tense: Tense, forward_prep: bool) -> Option<Period> {
        if let Some(v) = s.fixed {
            return Some(v);
        }
        let year = match (s.year, s.month) {
            (Some(y), _) => y,
            (None, Some(m)) => normalize::month_year(m, s.day, s.rel, self.dct?, tense, forward_prep)?,
            (None, None) => return None,
        };
        let one = |month: Option<u32>, d: Option<u32>| -> Option<PartialDate> {
            match (month, d) {
                (Some(m), Some(d)) => chrono::NaiveDate::from_ymd_opt(year, m, d).map(PartialDate::Day),
                (Some(m), None) => Some(PartialDate::Month(year, m)),
                (None, _) => Some(PartialDate::Year(year)),
            }
        };
        let start = one(s.month, s.day)?;
        let end = match (s.day_end, s.month_end) {
            (Some(d), _) => one(s.month, Some(d))?,
            (None, Some(m)) => one(Some(m), None)?,
            (None, None) => start,
        };
        Some(Period { start, end })
    }

    fn sentence_bounds(&self, i: usize) -> (usize, usize) {
        let at = self.toks[i].fs;
        let k = self.sent.partition_point(|&s| s <= at);
        let lo = if k == 0 { 0 } else { self.sent[k - 1] };
        let hi = self.sent.get(k).copied().unwrap_or(usize::MAX);
        let a = self.toks.partition_point(|t| t.fs < lo);
        let b = self.toks.partition_point(|t| t.fs < hi);
        (a, b)
    }

    fn cue_at(&self, k: usize, sentence_start: usize) -> Option<Tense> {
        let t = self.toks[k];
        if t.kind != Kind::Word {
            return None;
        }
        // An Arabic sentence opening on a past verb in the feminine
        // ("وأعلنت", "وبدأت"): the verb comes first and ends in ت (not the
        // plural ات).
        if k == sentence_start
            && let Some(pv) = &self.lex.past_verb
        {
            let w = self.word(k);
            let stem = self.lex.affixes.without_first(w);
            let n = stem.chars().count();
            // The plural ending is written with a bare alef; "بدأت" folds like
            // it, so the original decides.
            let (os, oe) = self.original.span(t.fs, t.fe);
            let plural = self.original.original[os..oe].ends_with(pv.not_written_ending.as_str());
            if (4..=6).contains(&n)
                && stem.ends_with(pv.ending.as_str())
                && !plural
                && !pv.not_prefixes.iter().any(|p| stem.starts_with(p.as_str()))
                && self.m[k].is_none()
            {
                return Some(Tense::Past);
            }
        }
        if !self.lex.not_tense.is_empty() {
            let (os, oe) = self.original.span(t.fs, t.fe);
            let written = self.original.original[os..oe].to_lowercase();
            if self.lex.not_tense.contains(&written) {
                return None;
            }
        }
        let roles = self.roles(k);
        if roles.contains(&Role::Future) {
            return Some(Tense::Future);
        }
        let w = self.word(k);
        let stem = Some(self.lex.affixes.without_first(w)).filter(|r| r.chars().count() >= 4).unwrap_or(w);
        if stem.chars().count() >= 4
            && self.lex.future_prefix.iter().any(|p| stem.starts_with(p.as_str()))
            && !self.lex.future_prefix_exceptions.iter().any(|p| stem.starts_with(p.as_str()))
        {
            return Some(Tense::Future);
        }
        if w.chars().count() >= 5
            && self.lex.future_suffix.iter().any(|p| w.ends_with(p.as_str()))
            && !self.lex.future_suffix_exceptions.iter().any(|p| w == p.as_str())
        {
            return Some(Tense::Future);
        }
        let past = roles.contains(&Role::Past)
            || (w.chars().count() >= 5 && self.lex.past_suffix.iter().any(|p| w.ends_with(p.as_str())));
        if past {
            // "will be held", "is expected": a future auxiliary shortly before.
            let lo = k.saturating_sub(3);
            if (lo..k).any(|j| self.roles(j).contains(&Role::Future)) {
                return Some(Tense::Future);
            }
            return Some(Tense::Past);
        }
        None
    }

    /// The tense cue of token `k` of the sentence starting at token `a`.
    fn cue(&self, k: usize, a: usize) -> Option<Tense> {
        if let Some(Some(c)) = self.cues.borrow().get(k) {
            return *c;
        }
        let c = self.cue_at(k, a);
        let mut cues = self.cues.borrow_mut();
        if cues.is_empty() {
            cues.resize(self.n(), None);
        }
        cues[k] = Some(c);
        c
    }

    /// The tense of the clause around tokens `s..e`: the nearest cue before,
    /// else the nearest after, in the same sentence.
    fn tense(&self, s: usize, e: usize) -> Tense {
        let (a, b) = self.sentence_bounds(s);
        for k in (a.max(s.saturating_sub(40))..s).rev() {
            if let Some(t) = self.cue(k, a) {
                return t;
            }
        }
        // After the expression: only the same clause, a few words on.
        for k in e..b.min(e + 6).min(self.n()) {
            if self.roles(k).contains(&Role::ClauseBreak) {
                break;
            }
            if let Some(t) = self.cue(k, a) {
                return t;
            }
        }
        Tense::Unknown
    }

    // ----- expressions ---------------------------------------------------

    fn cand(&self, s: usize, e: usize, value: Option<Period>) -> Cand {
        Cand { s, e, value, anchor: value.is_some() }
    }

    fn date_expr(&self, i: usize, bare_ok: bool) -> Option<Cand> {
        let (spec, e) = self.dspec(i, bare_ok)?;
        let tense = self.tense(i, e);
        let fwd = self.before_is(i, |r| r == Role::RangeTo);
        let mut e = e;
        if let Some(e2) = self.is(e, |r| r == Role::DayPartAfter) {
            e = e2;
        }
        Some(self.cand(i, e, self.resolve(&spec, tense, fwd)))
    }

    /// `من 10 إلى 14 يوليوز`, `du 25 au 26 novembre`, `بين 2019 و2021`,
    /// `from June 24 to 25`, `من 20 يونيو الجاري إلى 5 يوليو المقبل`.
    fn range(&self, i: usize) -> Option<Cand> {
        let (between, j) = if let Some(e) = self.is(i, |r| r == Role::Between) {
            (true, e)
        } else {
            (false, self.is(i, |r| r == Role::RangeFrom)?)
        };
        let joins = |r: Role| if between { r == Role::And } else { r == Role::RangeTo };
        let j = self.is(j, |r| r == Role::Article).unwrap_or(j);
        let j = self.skip_classifier(j);
        // First end: a full date or a bare day.
        let (a, ae) = match self.dspec(j, true) {
            Some(x) => x,
            None => {
                let (d, e) = self.day(j)?;
                (DSpec { day: Some(d), ..DSpec::default() }, e)
            }
        };
        // "من 10 إلى 14 يوليوز": the days already made the range.
        let whole_a = |this: &Self| {
            a.day_end.map(|_| {
                let v = this.resolve(&a, this.tense(i, ae), false);
                this.cand(i, ae, v)
            })
        };
        let Some(k) = self.is(ae, joins) else { return whole_a(self) };
        let k = self.is(k, |r| r == Role::Article).unwrap_or(k);
        let k = self.skip_classifier(k);
        let second = match self.dspec(k, true) {
            Some(x) => Some(x),
            None => self
                .day(k)
                .filter(|_| a.month.is_some())
                .map(|(d, e)| (DSpec { day: Some(d), ..DSpec::default() }, e)),
        };
        let Some((mut b, be)) = second else { return whole_a(self) };
        let mut a = a;
        if a.fixed.is_some() || b.fixed.is_some() {
            return None;
        }
        // Borrow what one end leaves out from the other.
        if a.month.is_none() && a.year.is_none() {
            if b.month.is_none() || a.day.is_none() {
                return None;
            }
            a.month = b.month;
            a.year = b.year;
            a.rel = b.rel;
        } else if b.month.is_none() && b.year.is_none() {
            b.month = a.month;
            b.year = a.year;
            b.rel = a.rel;
        }
        if a.day.is_some() != b.day.is_some() || (a.month.is_some() != b.month.is_some()) {
            return None;
        }
        let tense = self.tense(i, be);
        let vb = self.resolve(&b, tense, false);
        // "du 28 février au 2 mars prochain": the start takes the end's year.
        if a.year.is_none()
            && a.month.is_some()
            && a.month != b.month
            && (b.year.is_some() || b.rel.is_some())
            && let Some(vb) = vb
        {
            let y = vb.start.year();
            a.year = Some(if a.month > b.month { y - 1 } else { y });
            a.rel = None;
        }
        // A start borrowed from the end takes its year and month.
        let va = if a.year.is_none() && a.rel == b.rel && a.month == b.month {
            vb.and_then(|vb| {
                let (y, m) = (vb.start.year(), vb.start.month()?);
                let (y, m) =
                    if a.day > b.day { if m == 1 { (y - 1, 12) } else { (y, m - 1) } } else { (y, m) };
                chrono::NaiveDate::from_ymd_opt(y, m, a.day?).map(|d| Period::single(PartialDate::Day(d)))
            })
        } else {
            self.resolve(&a, tense, false)
        };
        let value = match (va, vb) {
            (Some(x), Some(y)) if x.start <= y.end => Some(Period { start: x.start, end: y.end }),
            _ => None,
        };
        Some(self.cand(i, be, value))
    }

    /// A weekday or a day named from today, with its marker and part of day.
    fn day_expr(&self, i: usize) -> Option<Cand> {
        let mut j = i;
        let had_part = if let Some(e) = self.is(j, |r| r == Role::DayPartBefore) {
            j = e;
            true
        } else {
            false
        };
        let dct = self.dct;
        let value: Option<Period>;
        let mut e;
        if let Some((d, e1)) = self.role(j, |r| if let Role::Deictic(d) = r { Some(d) } else { None }) {
            // "اليوم الوطني", "اليوم التالي": the day of something, not today.
            if self.nisba_adjective(e1)
                || self
                    .is(e1, |r| {
                        matches!(
                            r,
                            Role::AnaSame
                                | Role::AnaNext
                                | Role::AnaPrevious
                                | Role::Ordinal(_)
                                | Role::RelAfter(_)
                        )
                    })
                    .is_some()
            {
                return None;
            }
            e = e1;
            if let Some(e2) = self.is(e, |r| matches!(r, Role::Weekday(_))) {
                e = e2;
            }
            value = dct.and_then(|x| normalize::shift_days(x, i64::from(d)));
        } else {
            let mut rel = None;
            if let Some((r, e1)) = self.role(j, |r| if let Role::RelBefore(x) = r { Some(x) } else { None }) {
                rel = Some(r);
                j = e1;
            }
            let (w, e1) = match self.role(j, |r| if let Role::Weekday(w) = r { Some(w) } else { None }) {
                Some(x) => x,
                None if self.before_is(j, |r| r == Role::Classifier) => {
                    self.role(j, |r| if let Role::WeekdayAfterClassifier(w) = r { Some(w) } else { None })?
                }
                None => return None,
            };
            // "سوق الأحد": a place named after its market day.
            if self.before_is(j, |r| r == Role::NameBeforeWeekday) {
                return None;
            }
            e = e1;
            if rel.is_none()
                && let Some((r, e2)) = self.rel_after(e)
            {
                rel = Some(r);
                e = e2;
            }
            if !had_part && rel.is_none() && self.lex.capitalized_months && !self.capital_ok_word(j) {
                return None;
            }
            let tense = self.tense(i, e);
            value = dct
                .and_then(|d| normalize::weekday(d, w as u32, rel, tense))
                .map(|d| Period::single(PartialDate::Day(d)));
        }
        if let Some(e2) = self.is(e, |r| r == Role::DayPartAfter) {
            e = e2;
        }
        Some(self.cand(i, e, value))
    }

    fn capital_ok_word(&self, i: usize) -> bool {
        let (s, _) = self.original.span(self.toks[i].fs, self.toks[i].fe);
        self.original.original[s..].chars().next().is_some_and(char::is_uppercase)
    }

    /// `الشهر الماضي`, `l'an dernier`, `next month`, `هذا العام`, with the
    /// plural as a vague reference (`الأيام المقبلة`).
    fn unit_rel(&self, i: usize, after_part: bool) -> Option<Cand> {
        let dct = self.dct;
        if let Some((r, j)) = self.role(i, |r| if let Role::RelBefore(x) = r { Some(x) } else { None }) {
            if let Some((u, e)) = self.role(j, |r| if let Role::Unit(u) = r { Some(u) } else { None }) {
                return Some(self.cand(i, e, dct.and_then(|d| normalize::unit_shift(d, u, r as i64))));
            }
            if let Some((_, e)) = self.role(j, |r| if let Role::UnitPlural(u) = r { Some(u) } else { None }) {
                return Some(self.cand(i, e, None));
            }
            return None;
        }
        if let Some((u, j)) = self.role(i, |r| if let Role::Unit(u) = r { Some(u) } else { None }) {
            if let Some((r, e)) = self.rel_after(j) {
                return Some(self.cand(i, e, dct.and_then(|d| normalize::unit_shift(d, u, r as i64))));
            }
            // "fin de l'année 2022", "نهاية سنة 2022".
            if after_part
                && u == Unit::Year
                && let Some((y, e)) = self.year_num(j)
            {
                return Some(self.cand(i, e, Some(Period::single(PartialDate::Year(y)))));
            }
            if after_part && matches!(u, Unit::Month | Unit::Year) {
                return Some(self.cand(i, j, dct.and_then(|d| normalize::unit_shift(d, u, 0))));
            }
            return None;
        }
        if let Some((_, j)) = self.role(i, |r| if let Role::UnitPlural(u) = r { Some(u) } else { None })
            && let Some((_, e)) = self.rel_after(j)
        {
            return Some(self.cand(i, e, None));
        }
        None
    }

    /// A part of a month or year: `مطلع الشهر الجاري`, `fin 2023`, `late
    /// October`, `la mi-juin`, `early next year`.
    fn part_expr(&self, i: usize) -> Option<Cand> {
        let mut j = self.is(i, |r| r == Role::Part)?;
        if self.punct(j, "-") {
            j += 1;
        }
        [self.unit_rel(j, true), self.date_expr(self.skip_classifier(j), true), self.division(j)]
            .into_iter()
            .flatten()
            .fold(None, |best: Option<Cand>, c| if best.is_some_and(|b| b.e >= c.e) { best } else { Some(c) })
            .map(|c| Cand { s: i, ..c })
    }

    /// The weekend with its marker: `last weekend`, `ce week-end`, `le
    /// week-end dernier`, `عطلة نهاية الأسبوع الماضي`, or bare (`over the
    /// weekend`), then by tense.
    fn weekend(&self, i: usize) -> Option<Cand> {
        let mut j = i;
        let mut rel = None;
        if let Some((r, e)) = self.role(j, |r| if let Role::RelBefore(x) = r { Some(x) } else { None }) {
            rel = Some(r);
            j = e;
        }
        let mut e = self.is(j, |r| r == Role::Weekend)?;
        if rel.is_none()
            && let Some((r, e2)) = self.rel_after(e)
        {
            rel = Some(r);
            e = e2;
        }
        let tense = self.tense(i, e);
        Some(self.cand(i, e, self.dct.and_then(|d| normalize::weekend(d, self.lex.weekend, rel, tense))))
    }

    /// `منذ يومين`, `قبل ثلاثة أيام`, `il y a trois jours`, `two weeks ago`;
    /// durations (`لمدة ثلاث سنوات`, `for three years`, `منذ سنوات`) are
    /// reported without value.
    fn shift(&self, i: usize) -> Option<Cand> {
        let count = |k: usize| -> Option<(u32, usize)> {
            if let Some((v, _)) = self.num(k) {
                return Some((v, k + 1));
            }
            self.role(k, |r| if let Role::Number(n) = r { Some(n as u32) } else { None })
        };
        let unit = |k: usize| -> Option<(Unit, u8, usize)> {
            self.role(k, |r| match r {
                Role::Unit(u) => Some((u, 1)),
                Role::UnitDual(u) => Some((u, 2)),
                Role::UnitPlural(u) => Some((u, 3)),
                _ => None,
            })
            .map(|((u, n), e)| (u, n, e))
        };
        // count + unit, or a dual, or a plural without count.
        let measure = |k: usize| -> Option<(Option<u32>, Unit, usize)> {
            if let Some((n, k2)) = count(k)
                && let Some((u, form, e)) = unit(k2)
            {
                return (form != 2).then_some((Some(n), u, e));
            }
            let (u, form, e) = unit(k)?;
            match form {
                2 => Some((Some(2), u, e)),
                3 => Some((None, u, e)),
                _ => None,
            }
        };
        if let Some(j) = self.is(i, |r| r == Role::AgoBefore) {
            if let Some((n, u, e)) = measure(j) {
                let v = n.and_then(|n| self.dct.and_then(|d| normalize::unit_shift(d, u, -(n as i64))));
                return Some(self.cand(i, e, v));
            }
            // "منذ عام" (one unit), not "منذ عام 2014".
            if let Some((u, 1, e)) = unit(j)
                && self.num(e).is_none()
                && self.rel_after(e).is_none()
            {
                let v = self.dct.and_then(|d| normalize::unit_shift(d, u, -1));
                return Some(self.cand(i, e, v));
            }
            return None;
        }
        if let Some(j) = self.is(i, |r| matches!(r, Role::DurationBefore | Role::AfterBefore)) {
            if let Some((_, _, e)) = measure(j) {
                return Some(self.cand(i, e, None));
            }
            // "بعد عام من ...": one unit after another event.
            if let Some((_, 1, e)) = unit(j)
                && self.num(e).is_none()
                && self.rel_after(e).is_none()
                && self.is(i, |r| r == Role::AfterBefore).is_some()
            {
                return Some(self.cand(i, e, None));
            }
            return None;
        }
        let (n, u, e) = measure(i)?;
        // "un an plus tôt", "two days later": from the last date of the text.
        if let Some((dir, e2)) = self.role(e, |r| match r {
            Role::AnaEarlier => Some(-1i64),
            Role::AnaLater => Some(1),
            _ => None,
        }) && let Some(n) = n
        {
            let base = if u == Unit::Day { self.last_day } else { self.last };
            let v = base.and_then(|b| normalize::anaphora(b, u, dir * n as i64));
            return Some(self.cand(i, e2, v));
        }
        if let Some(e2) = self.is(e, |r| r == Role::AgoAfter)
            && let Some(n) = n
        {
            let v = self.dct.and_then(|d| normalize::unit_shift(d, u, -(n as i64)));
            return Some(self.cand(i, e2, v));
        }
        // A bare count of units: a duration.
        if n.is_some() {
            return Some(self.cand(i, e, None));
        }
        None
    }

    /// `اليوم نفسه`, `le même jour`, `the same month`, `اليوم التالي`, `the
    /// next day`: the last resolved date of the document.
    fn anaphora(&self, i: usize) -> Option<Cand> {
        let noun = |k: usize| self.role(k, |r| if let Role::Unit(u) = r { Some(u) } else { None });
        let (u, rel, e) = if let Some(e) = self.is(i, |r| r == Role::AnaNextDay) {
            (Unit::Day, 1, e)
        } else if let Some(e) = self.is(i, |r| r == Role::AnaPreviousDay) {
            (Unit::Day, -1, e)
        } else if let Some(j) = self.is(i, |r| r == Role::AnaSame) {
            let (u, e) = noun(j)?;
            (u, 0, e)
        } else if let Some(j) = self.is(i, |r| r == Role::AnaNext) {
            // "the next day" (but "next week" counts from the publication date).
            let (u, e) = noun(j).filter(|(u, _)| *u == Unit::Day)?;
            (u, 1, e)
        } else {
            let (u, j) = noun(i)?;
            self.is(i, |r| r == Role::AnaNoun)?;
            if let Some(e) = self.is(j, |r| r == Role::AnaSame) {
                (u, 0, e)
            } else if let Some(e) = self.is(j, |r| r == Role::AnaNext) {
                (u, 1, e)
            } else if let Some(e) = self.is(j, |r| r == Role::AnaPrevious).filter(|_| u == Unit::Day) {
                (u, -1, e)
            } else {
                return None;
            }
        };
        let base = if u == Unit::Day { self.last_day } else { self.last };
        let v = base.and_then(|last| normalize::anaphora(last, u, rel));
        Some(self.cand(i, e, v))
    }

    /// `الربع الثالث من العام الجاري`, `premier semestre 2024`, `first half`.
    fn division(&self, i: usize) -> Option<Cand> {
        let division =
            |k: usize| self.role(k, |r| if let Role::Division(d, s) = r { Some((d, s)) } else { None });
        let ordinal =
            |k: usize| self.role(k, |r| if let Role::DivisionOrdinal(o) = r { Some(o) } else { None });
        let ((div, strict), ord, mut e) = if let Some((d, j)) = division(i) {
            let (o, e) = ordinal(j)?;
            (d, o, e)
        } else {
            let (o, j) = ordinal(i)?;
            let (d, e) = division(j)?;
            (d, o, e)
        };
        let mut explicit = false;
        let mut year = self.dct.map(|d| d.year());
        let mut k = e;
        if self.year_num(k).is_none() && self.unit_rel(k, false).is_none() {
            k = self
                .is(k, |r| {
                    matches!(r, Role::OrdinalLink | Role::YearCue | Role::RangeFrom | Role::Classifier)
                })
                .unwrap_or(k);
            k = self.is(k, |r| r == Role::Article).unwrap_or(k);
        }
        if let Some((y, e2)) = self.year_num(k) {
            year = Some(y);
            e = e2;
            explicit = true;
        } else if let Some(c) = self.unit_rel(k, true)
            && c.value.is_none_or(|v| matches!(v.start, PartialDate::Year(_)))
        {
            year = c.value.map(|v| v.start.year());
            e = c.e;
            explicit = true;
        } else if k > e || strict {
            // "الفصل الأول من الدستور": a division of something else.
            return None;
        }
        let (len, count) = match div {
            Division::Quarter => (3, 4),
            Division::Half => (6, 2),
            Division::Third => (4, 3),
        };
        if ord as u32 > count {
            return None;
        }
        let m0 = (ord as u32 - 1) * len + 1;
        // Without a year: this year's, or last year's when the clause looks
        // back on a part still to come (and the other way round).
        if !explicit && let (Some(y), Some(dm)) = (year, self.dct.and_then(|d| d.month())) {
            year = Some(match self.tense(i, e) {
                Tense::Past if m0 > dm => y - 1,
                Tense::Future if m0 + len - 1 < dm => y + 1,
                _ => y,
            });
        }
        let v = year
            .map(|y| Period { start: PartialDate::Month(y, m0), end: PartialDate::Month(y, m0 + len - 1) });
        Some(self.cand(i, e, v))
    }

    fn vague(&self, i: usize) -> Option<Cand> {
        let e = self.is(i, |r| r == Role::Vague)?;
        Some(Cand { s: i, e, value: None, anchor: false })
    }

    fn best_at(&self, i: usize) -> Option<Cand> {
        // Every rule is tried in this order; the longest match wins, the
        // first of equal length.
        let mut best: Option<Cand> = None;
        let mut consider = |c: Option<Cand>| {
            if let Some(c) = c
                && c.e > c.s
                && best.is_none_or(|b| c.e > b.e)
            {
                best = Some(c);
            }
        };
        consider(self.range(i));
        consider(self.date_expr(i, false));
        consider(self.part_expr(i));
        consider(self.day_part_date(i));
        consider(self.day_expr(i));
        consider(self.day_alone(i));
        consider(self.anaphora(i));
        consider(self.unit_rel(i, false));
        consider(self.shift(i));
        consider(self.division(i));
        consider(self.weekend(i));
        consider(self.vague(i));
        best
    }

    /// "on the 18th": an article, a day's number and an ordinal ending that
    /// may stand alone, then punctuation or the end. The day is in the
    /// month of publication, or the month before when it is later than
    /// publication and the clause is not in the future (the month after
    /// when it is earlier and the clause is).
    fn day_alone(&self, i: usize) -> Option<Cand> {
        let j = self.is(i, |r| r == Role::Article)?;
        let (d, digits) = self.num(j)?;
        if digits > 2 || !(1..=31).contains(&d) || !self.adjacent(j + 1) {
            return None;
        }
        let e = self.is(j + 1, |r| r == Role::DayAlone)?;
        if e < self.n() && self.toks[e].kind != Kind::Punct {
            return None;
        }
        let value = self.dct.and_then(|dct| {
            let PartialDate::Day(today) = dct else { return None };
            let shift = match self.tense(i, e) {
                Tense::Future if d < today.day() => 1,
                Tense::Future => 0,
                _ if d > today.day() => -1,
                _ => 0,
            };
            let first = today.with_day(1)?;
            let month = if shift < 0 {
                first.checked_sub_months(chrono::Months::new(1))?
            } else {
                first.checked_add_months(chrono::Months::new(shift as u32))?
            };
            month.with_day(d).map(|x| Period::single(PartialDate::Day(x)))
        });
        Some(self.cand(i, e, value))
    }

    /// `صباح 25 نوفمبر`: a part of the day before a written date.
    fn day_part_date(&self, i: usize) -> Option<Cand> {
        let j = self.is(i, |r| r == Role::DayPartBefore)?;
        let c = self.date_expr(j, false).or_else(|| self.anaphora(j))?;
        Some(Cand { s: i, ..c })
    }

    fn run(mut self) -> Vec<TimeMention> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.n() {
            // Every expression starts on a number or a word of the lexicon.
            if self.m[i].is_none() && self.toks[i].kind != Kind::Num {
                i += 1;
                continue;
            }
            let Some(c) = self.best_at(i) else {
                i += 1;
                continue;
            };
            let skip = self.m[c.s].map_or(0, |m| m.skip);
            let fs = if skip == 0 { self.toks[c.s].outer.0 } else { self.toks[c.s].fs + skip };
            let fe = self.toks[c.e - 1].outer.1;
            let (start, end) = self.original.span(fs, fe);
            if c.anchor
                && let Some(v) = c.value
            {
                self.last = Some(v);
                if v.start == v.end && matches!(v.start, PartialDate::Day(_)) {
                    self.last_day = Some(v);
                }
            }
            if start < end {
                out.push(TimeMention { start, end, value: c.value.filter(writable) });
            }
            i = c.e;
        }
        out
    }
}

/// ISO 8601 writes years 0000 to 9999: a date shifted past them (the day
/// after tomorrow of 9999-12-31) has no value.
fn writable(p: &Period) -> bool {
    [p.start, p.end].iter().all(|d| (0..=9999).contains(&d.year()))
}

/// The year next to a copyright mark ("2024 ©", "© 2024").
pub fn copyright_year(text: &Text, lex: &LangLexicon) -> Option<i32> {
    let p = Parser::new(text, None, lex);
    for i in 0..p.n() {
        if let Some(e) = p.is(i, |r| r == Role::Copyright) {
            for k in (i.saturating_sub(3)..i).rev().chain(e..(e + 3).min(p.n())) {
                if let Some((y, _)) = p.year_num(k) {
                    return Some(y);
                }
            }
        }
    }
    None
}

/// The first month said to be current ("نوفمبر الجاري").
pub fn current_month(text: &Text, lex: &LangLexicon) -> Option<u32> {
    let p = Parser::new(text, None, lex);
    (0..p.n()).find_map(|i| {
        let (m, _, e) = p.month(i)?;
        (p.rel_after(e)?.0 == 0).then_some(m)
    })
}

/// Recognizes and resolves the time expressions of a text.
pub fn run(text: &Text, lang: &str, dct: Option<PartialDate>, lex: &TimeLexicon) -> Vec<TimeMention> {
    let Some(l) = lex.langs.get(lang) else { return Vec::new() };
    Parser::new(text, dct, l).run()
}
