//! The compiled time vocabulary: every entry of `lexicon/time/{lang}.toml`
//! folded, split into words with the tagger's own tokenizer, and stored in
//! a phrase table keyed by its first word, longest phrase first.

use rustc_hash::FxHashMap;
use serde::Deserialize;
use std::collections::BTreeMap;

use crate::lexicon::{DataError, DataFiles, Meta, line_of};
use crate::text::fold;

use super::recognize::tokenize;

/// A calendar unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Unit {
    /// A day.
    Day,
    /// A week.
    Week,
    /// A month.
    Month,
    /// A year.
    Year,
}

/// Quarter-like divisions of a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Division {
    /// Three months.
    Quarter,
    /// Six months.
    Half,
    /// Four months.
    Third,
}

/// One role a phrase of the lexicon plays in the grammar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    /// A Gregorian month (1-12); `strict` names need a day, year or marker.
    Month(u8, bool),
    /// A Hijri month (1-12).
    HijriMonth(u8),
    /// A weekday, 1 = Monday.
    Weekday(u8),
    /// The weekend ("weekend", "ce week-end", "عطلة نهاية الأسبوع").
    Weekend,
    /// A weekday form used only after a classifier ("يوم خميس").
    WeekdayAfterClassifier(u8),
    /// Days from the publication date (أمس = -1).
    Deictic(i8),
    /// A unit noun in the singular.
    Unit(Unit),
    /// A unit noun in the dual (counts two).
    UnitDual(Unit),
    /// A unit noun in the plural.
    UnitPlural(Unit),
    /// A classifier noun before a date (يوم، عام).
    Classifier,
    /// A relative marker after its noun (-1 past, 0 current, 1 next).
    RelAfter(i8),
    /// A relative marker before its noun.
    RelBefore(i8),
    /// A part of a month or year (مطلع، fin, late): keeps the unit.
    Part,
    /// A part of the day before the day (مساء).
    DayPartBefore,
    /// A part of the day after the day (soir, evening).
    DayPartAfter,
    /// A day ordinal (السابع، 1er).
    Ordinal(u8),
    /// A word between a day ordinal and its month (من).
    OrdinalLink,
    /// A number word.
    Number(u16),
    /// A division of the year; `true` when the word also names other things
    /// (الفصل "chapter") and needs an explicit year.
    Division(Division, bool),
    /// The ordinal of a division.
    DivisionOrdinal(u8),
    /// Starts a range (من، du, from).
    RangeFrom,
    /// Ends a range (إلى، au, to).
    RangeTo,
    /// Starts a range with "and" (بين، entre).
    Between,
    /// Joins list items (و، et, and).
    And,
    /// Before a count of units back (منذ، قبل، il y a).
    AgoBefore,
    /// After a count of units back (ago).
    AgoAfter,
    /// Before a count of units forward (بعد، dans).
    AfterBefore,
    /// Before a duration (لمدة، for).
    DurationBefore,
    /// "the same" (نفسه، même).
    AnaSame,
    /// "the next" (التالي، lendemain).
    AnaNext,
    /// "the previous" (la veille).
    AnaPrevious,
    /// A noun taking an anaphoric marker.
    AnaNoun,
    /// The day after the last date (le lendemain).
    AnaNextDay,
    /// The day before the last date (la veille).
    AnaPreviousDay,
    /// After a count of units: before the last date (un an plus tôt).
    AnaEarlier,
    /// After a count of units: after the last date (two days later).
    AnaLater,
    /// An article skipped inside a range ("entre le 5 et le 7").
    Article,
    /// The ending of a day's ordinal that may stand alone after an
    /// article: "th" in "on the 18th".
    DayAlone,
    /// A vague reference, reported without value.
    Vague,
    /// A cue that the next number is a year.
    YearCue,
    /// A future cue.
    Future,
    /// A past cue.
    Past,
    /// The Hijri era after a year (هـ).
    HijriEra,
    /// Introduces a Gregorian equivalent (الموافق).
    HijriEquivalent,
    /// A copyright mark.
    Copyright,
    /// Starts another clause (أن، que, that): tense cues beyond it belong
    /// to that clause.
    ClauseBreak,
    /// A noun that makes a following weekday part of a name (سوق الأحد).
    NameBeforeWeekday,
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
struct MonthOptions {
    strict: Vec<String>,
    capitalized: bool,
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
struct HijriRaw {
    era: Vec<String>,
    equivalent: Vec<String>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
struct UnitsRaw {
    day: Vec<String>,
    week: Vec<String>,
    month: Vec<String>,
    year: Vec<String>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
struct Words {
    words: Vec<String>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
struct RelativeRaw {
    past: Vec<String>,
    current: Vec<String>,
    next: Vec<String>,
    before_past: Vec<String>,
    before_current: Vec<String>,
    before_next: Vec<String>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
struct PartsRaw {
    begin: Vec<String>,
    middle: Vec<String>,
    end: Vec<String>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
struct DayPartsRaw {
    before: Vec<String>,
    after: Vec<String>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
struct DivisionsRaw {
    quarter: Vec<String>,
    half: Vec<String>,
    third: Vec<String>,
    ordinals: BTreeMap<String, Vec<String>>,
    needs_year: Vec<String>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
struct ConnectorsRaw {
    range_from: Vec<String>,
    range_to: Vec<String>,
    between: Vec<String>,
    and: Vec<String>,
    articles: Vec<String>,
    day_alone: Vec<String>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
struct ShiftRaw {
    ago_before: Vec<String>,
    ago_after: Vec<String>,
    after_before: Vec<String>,
    duration_before: Vec<String>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
struct AnaphoraRaw {
    same: Vec<String>,
    next: Vec<String>,
    previous: Vec<String>,
    nouns: Vec<String>,
    next_day: Vec<String>,
    previous_day: Vec<String>,
    earlier: Vec<String>,
    later: Vec<String>,
}

/// The weekend's names and its days (first and last weekday, 1 = Monday,
/// within one Monday-to-Sunday week).
#[derive(Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct WeekendRaw {
    words: Vec<String>,
    days: [u8; 2],
}

impl Default for WeekendRaw {
    fn default() -> Self {
        WeekendRaw { words: Vec::new(), days: [6, 7] }
    }
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
struct VagueRaw {
    phrases: Vec<String>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
struct CuesRaw {
    year: Vec<String>,
    future: Vec<String>,
    past: Vec<String>,
    future_prefix: Vec<String>,
    future_prefix_exceptions: Vec<String>,
    future_suffix: Vec<String>,
    future_suffix_exceptions: Vec<String>,
    past_suffix: Vec<String>,
    past_verb: Option<PastVerbRaw>,
    clause_break: Vec<String>,
    not_tense: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PastVerbRaw {
    ending: String,
    not_written_ending: String,
    not_prefixes: Vec<String>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
struct AffixesRaw {
    first: Vec<AffixRaw>,
    second: Vec<AffixRaw>,
    min_chars: usize,
    article: String,
    relation_ending: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AffixRaw {
    #[serde(default)]
    prefix: String,
    #[serde(default)]
    suffix: String,
    #[serde(default)]
    read_as: String,
    #[serde(default)]
    keep: bool,
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
struct WeekdayNamesRaw {
    before: Vec<String>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
struct CopyrightRaw {
    marks: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LangFile {
    #[allow(dead_code)]
    meta: Meta,
    #[serde(default)]
    months: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    month_options: MonthOptions,
    #[serde(default)]
    hijri_months: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    hijri: HijriRaw,
    #[serde(default)]
    weekdays: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    weekdays_after_classifier: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    deictic: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    units: UnitsRaw,
    #[serde(default)]
    units_dual: UnitsRaw,
    #[serde(default)]
    units_plural: UnitsRaw,
    #[serde(default)]
    classifiers: Words,
    #[serde(default)]
    relative: RelativeRaw,
    #[serde(default)]
    parts: PartsRaw,
    #[serde(default)]
    day_parts: DayPartsRaw,
    #[serde(default)]
    ordinals: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    ordinal_link: Words,
    #[serde(default)]
    numbers: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    quarters: DivisionsRaw,
    #[serde(default)]
    connectors: ConnectorsRaw,
    #[serde(default)]
    relative_shift: ShiftRaw,
    #[serde(default)]
    anaphora: AnaphoraRaw,
    #[serde(default)]
    weekend: WeekendRaw,
    #[serde(default)]
    vague: VagueRaw,
    #[serde(default)]
    cues: CuesRaw,
    #[serde(default)]
    copyright: CopyrightRaw,
    #[serde(default)]
    weekday_names: WeekdayNamesRaw,
    #[serde(default)]
    affixes: AffixesRaw,
}

/// A phrase of the lexicon: the words after the first, and its roles.
#[derive(Debug, Clone)]
pub struct Phrase {
    /// The folded words after the first one.
    pub rest: Vec<String>,
    /// What the phrase can be.
    pub roles: Vec<Role>,
}

/// A sentence's first word is a past verb when it has 4 to 6 letters
/// (its conjunction aside), ends in `ending` and not in
/// `not_written_ending` as written, and starts with none of
/// `not_prefixes` (the article, the present tense's prefixes).
#[derive(Debug, Default)]
pub struct PastVerb {
    /// Folded.
    pub ending: String,
    /// As written.
    pub not_written_ending: String,
    /// Folded.
    pub not_prefixes: Vec<String>,
}

/// Letters glued to a word, peeled before it is looked up.
#[derive(Debug, Default)]
pub struct Affixes {
    /// Glued first (Arabic conjunctions, French elisions, the English
    /// possessive).
    pub first: Vec<Affix>,
    /// Glued after a first one or alone (Arabic prepositions).
    pub second: Vec<Affix>,
    /// Letters a word keeps at least once peeled.
    pub min_chars: usize,
    /// The definite article glued to a word (Arabic "ال"), if any.
    pub article: String,
    /// The ending of an adjective of relation (Arabic "ي"), as written.
    pub relation_ending: String,
}

/// One prefix or suffix (folded).
#[derive(Debug, Default)]
pub struct Affix {
    /// The letters, at the word's start or (when `suffix`) at its end.
    pub letters: String,
    /// At the end of the word.
    pub suffix: bool,
    /// What they are read as ("لل" as "ال"); empty: dropped.
    pub read_as: String,
    /// They stay inside the expression's extent (an elided article, a
    /// possessive).
    pub keep: bool,
}

impl Affix {
    /// The word without these letters (or with them read as another),
    /// if it has them and enough letters are left.
    pub fn peel<'w>(&self, w: &'w str, min_chars: usize) -> Option<std::borrow::Cow<'w, str>> {
        let rest = if self.suffix {
            w.strip_suffix(self.letters.as_str())
        } else {
            w.strip_prefix(self.letters.as_str())
        }?;
        if rest.chars().count() < min_chars.max(1) {
            return None;
        }
        Some(if self.read_as.is_empty() { rest.into() } else { format!("{}{rest}", self.read_as).into() })
    }

    /// The bytes left out of the extent when the affix is peeled.
    pub fn skip(&self) -> usize {
        if self.keep || self.suffix { 0 } else { self.letters.len() }
    }
}

impl Affixes {
    /// `w` without a first affix it starts with, if any.
    pub fn without_first<'w>(&self, w: &'w str) -> &'w str {
        self.first
            .iter()
            .filter(|a| !a.suffix && a.read_as.is_empty())
            .find_map(|a| w.strip_prefix(a.letters.as_str()))
            .unwrap_or(w)
    }
}

/// The compiled vocabulary of one language.
#[derive(Debug, Default)]
pub struct LangLexicon {
    /// Phrases by folded first word, longest first.
    pub phrases: FxHashMap<String, Vec<Phrase>>,
    /// The weekend's first and last weekday (1 = Monday).
    pub weekend: (u8, u8),
    /// Month names must start with a capital in the original (English).
    pub capitalized_months: bool,
    /// Prefixes making a future verb (سيـ).
    pub future_prefix: Vec<String>,
    /// Words that start like a future verb but are not.
    pub future_prefix_exceptions: Vec<String>,
    /// Endings making a future verb (-ra).
    pub future_suffix: Vec<String>,
    /// Words ending like a future verb but are not.
    pub future_suffix_exceptions: Vec<String>,
    /// Endings making a past verb (-ed).
    pub past_suffix: Vec<String>,
    /// How a sentence's first word shows a past verb, where sentences
    /// open on their verb (Arabic "وأعلنت").
    pub past_verb: Option<PastVerb>,
    /// What may be glued to a word.
    pub affixes: Affixes,
    /// The words joining the items of a list (folded), some of which may
    /// be glued to the next word ("وأغسطس").
    pub and: Vec<String>,
    /// Words as written (lower case) that are never a tense cue, though
    /// they fold to one ("à" is not "a", the auxiliary).
    pub not_tense: Vec<String>,
}

struct Builder<'a> {
    path: &'a str,
    text: &'a str,
    table: BTreeMap<Vec<String>, Vec<Role>>,
}

impl Builder<'_> {
    fn add(&mut self, key: &str, entry: &str, role: Role) -> Result<(), DataError> {
        let folded = fold(entry);
        let words: Vec<String> =
            tokenize(&folded).into_iter().map(|t| folded[t.0..t.1].to_string()).collect();
        if words.is_empty() {
            return Err(DataError {
                file: self.path.into(),
                line: line_of(self.text, entry),
                key: key.into(),
                message: format!("entry {entry:?} has no word"),
            });
        }
        let roles = self.table.entry(words).or_default();
        if !roles.contains(&role) {
            roles.push(role);
        }
        Ok(())
    }

    fn all(&mut self, key: &str, entries: &[String], role: Role) -> Result<(), DataError> {
        for e in entries {
            self.add(key, e, role)?;
        }
        Ok(())
    }

    fn numbered<F>(
        &mut self,
        key: &str,
        map: &BTreeMap<String, Vec<String>>,
        lo: i64,
        hi: i64,
        f: F,
    ) -> Result<(), DataError>
    where
        F: Fn(i64) -> Role,
    {
        for (k, entries) in map {
            let n: i64 = k.trim().parse().map_err(|_| DataError {
                file: self.path.into(),
                line: line_of(self.text, k),
                key: format!("{key}.{k}"),
                message: "expected a number".into(),
            })?;
            if !(lo..=hi).contains(&n) {
                return Err(DataError {
                    file: self.path.into(),
                    line: line_of(self.text, k),
                    key: format!("{key}.{k}"),
                    message: format!("expected a number from {lo} to {hi}"),
                });
            }
            self.all(&format!("{key}.{k}"), entries, f(n))?;
        }
        Ok(())
    }
}

impl LangLexicon {
    /// Compiles one language file.
    pub fn compile(path: &str, text: &str) -> Result<LangLexicon, DataError> {
        let raw: LangFile = DataFiles::parse(path, text)?;
        let mut b = Builder { path, text, table: BTreeMap::new() };
        let strict: Vec<String> = raw.month_options.strict.iter().map(|s| fold(s)).collect();
        for (k, entries) in &raw.months {
            let m: u8 = k.parse().ok().filter(|m| (1..=12).contains(m)).ok_or_else(|| DataError {
                file: path.into(),
                line: line_of(text, k),
                key: format!("months.{k}"),
                message: "expected a month number from 1 to 12".into(),
            })?;
            for e in entries {
                b.add(&format!("months.{k}"), e, Role::Month(m, strict.contains(&fold(e))))?;
            }
        }
        b.numbered("hijri_months", &raw.hijri_months, 1, 12, |n| Role::HijriMonth(n as u8))?;
        b.all("hijri.era", &raw.hijri.era, Role::HijriEra)?;
        b.all("hijri.equivalent", &raw.hijri.equivalent, Role::HijriEquivalent)?;
        b.numbered("weekdays", &raw.weekdays, 1, 7, |n| Role::Weekday(n as u8))?;
        b.numbered("weekdays_after_classifier", &raw.weekdays_after_classifier, 1, 7, |n| {
            Role::WeekdayAfterClassifier(n as u8)
        })?;
        b.numbered("deictic", &raw.deictic, -7, 7, |n| Role::Deictic(n as i8))?;
        for (key, units, make) in [
            ("units", &raw.units, Role::Unit as fn(Unit) -> Role),
            ("units_dual", &raw.units_dual, Role::UnitDual),
            ("units_plural", &raw.units_plural, Role::UnitPlural),
        ] {
            b.all(&format!("{key}.day"), &units.day, make(Unit::Day))?;
            b.all(&format!("{key}.week"), &units.week, make(Unit::Week))?;
            b.all(&format!("{key}.month"), &units.month, make(Unit::Month))?;
            b.all(&format!("{key}.year"), &units.year, make(Unit::Year))?;
        }
        b.all("classifiers.words", &raw.classifiers.words, Role::Classifier)?;
        let r = &raw.relative;
        b.all("relative.past", &r.past, Role::RelAfter(-1))?;
        b.all("relative.current", &r.current, Role::RelAfter(0))?;
        b.all("relative.next", &r.next, Role::RelAfter(1))?;
        b.all("relative.before_past", &r.before_past, Role::RelBefore(-1))?;
        b.all("relative.before_current", &r.before_current, Role::RelBefore(0))?;
        b.all("relative.before_next", &r.before_next, Role::RelBefore(1))?;
        b.all("parts.begin", &raw.parts.begin, Role::Part)?;
        b.all("parts.middle", &raw.parts.middle, Role::Part)?;
        b.all("parts.end", &raw.parts.end, Role::Part)?;
        b.all("day_parts.before", &raw.day_parts.before, Role::DayPartBefore)?;
        b.all("day_parts.after", &raw.day_parts.after, Role::DayPartAfter)?;
        b.numbered("ordinals", &raw.ordinals, 1, 31, |n| Role::Ordinal(n as u8))?;
        b.all("ordinal_link.words", &raw.ordinal_link.words, Role::OrdinalLink)?;
        b.numbered("numbers", &raw.numbers, 1, 1000, |n| Role::Number(n as u16))?;
        let q = &raw.quarters;
        let strict_div: Vec<String> = q.needs_year.iter().map(|s| fold(s)).collect();
        for (key, list, d) in [
            ("quarters.quarter", &q.quarter, Division::Quarter),
            ("quarters.half", &q.half, Division::Half),
            ("quarters.third", &q.third, Division::Third),
        ] {
            for e in list {
                b.add(key, e, Role::Division(d, strict_div.contains(&fold(e))))?;
            }
        }
        b.numbered("quarters.ordinals", &raw.quarters.ordinals, 1, 4, |n| Role::DivisionOrdinal(n as u8))?;
        let c = &raw.connectors;
        b.all("connectors.range_from", &c.range_from, Role::RangeFrom)?;
        b.all("connectors.range_to", &c.range_to, Role::RangeTo)?;
        b.all("connectors.between", &c.between, Role::Between)?;
        b.all("connectors.and", &c.and, Role::And)?;
        b.all("connectors.articles", &c.articles, Role::Article)?;
        b.all("connectors.day_alone", &c.day_alone, Role::DayAlone)?;
        let s = &raw.relative_shift;
        b.all("relative_shift.ago_before", &s.ago_before, Role::AgoBefore)?;
        b.all("relative_shift.ago_after", &s.ago_after, Role::AgoAfter)?;
        b.all("relative_shift.after_before", &s.after_before, Role::AfterBefore)?;
        b.all("relative_shift.duration_before", &s.duration_before, Role::DurationBefore)?;
        let a = &raw.anaphora;
        b.all("anaphora.same", &a.same, Role::AnaSame)?;
        b.all("anaphora.next", &a.next, Role::AnaNext)?;
        b.all("anaphora.previous", &a.previous, Role::AnaPrevious)?;
        b.all("anaphora.nouns", &a.nouns, Role::AnaNoun)?;
        b.all("anaphora.next_day", &a.next_day, Role::AnaNextDay)?;
        b.all("anaphora.previous_day", &a.previous_day, Role::AnaPreviousDay)?;
        b.all("anaphora.earlier", &a.earlier, Role::AnaEarlier)?;
        b.all("anaphora.later", &a.later, Role::AnaLater)?;
        b.all("weekend.words", &raw.weekend.words, Role::Weekend)?;
        let [first, last] = raw.weekend.days;
        if !(1..=7).contains(&first) || !(first..=7).contains(&last) {
            return Err(DataError {
                file: path.into(),
                line: line_of(text, "days"),
                key: "weekend.days".into(),
                message: "expected two weekdays from 1 (Monday) to 7, the first not after the last".into(),
            });
        }
        b.all("vague.phrases", &raw.vague.phrases, Role::Vague)?;
        b.all("cues.year", &raw.cues.year, Role::YearCue)?;
        b.all("cues.future", &raw.cues.future, Role::Future)?;
        b.all("cues.past", &raw.cues.past, Role::Past)?;
        b.all("copyright.marks", &raw.copyright.marks, Role::Copyright)?;
        b.all("cues.clause_break", &raw.cues.clause_break, Role::ClauseBreak)?;
        b.all("weekday_names.before", &raw.weekday_names.before, Role::NameBeforeWeekday)?;

        let mut phrases: FxHashMap<String, Vec<Phrase>> = FxHashMap::default();
        for (mut words, roles) in b.table {
            let first = words.remove(0);
            phrases.entry(first).or_default().push(Phrase { rest: words, roles });
        }
        for list in phrases.values_mut() {
            list.sort_by(|a, b| b.rest.len().cmp(&a.rest.len()).then_with(|| a.rest.cmp(&b.rest)));
        }
        let folds = |v: &[String]| v.iter().map(|s| fold(s)).collect::<Vec<_>>();
        let affix = |a: &AffixRaw| {
            let suffix = !a.suffix.is_empty();
            if suffix != a.prefix.is_empty() {
                return Err(DataError {
                    file: path.into(),
                    line: line_of(text, "[affixes]"),
                    key: "affixes".into(),
                    message: "an affix has a prefix or a suffix, one of the two".into(),
                });
            }
            Ok(Affix {
                letters: fold(if suffix { &a.suffix } else { &a.prefix }),
                suffix,
                read_as: fold(&a.read_as),
                keep: a.keep,
            })
        };
        Ok(LangLexicon {
            phrases,
            capitalized_months: raw.month_options.capitalized,
            weekend: (first, last),
            future_prefix: folds(&raw.cues.future_prefix),
            future_prefix_exceptions: folds(&raw.cues.future_prefix_exceptions),
            future_suffix: folds(&raw.cues.future_suffix),
            future_suffix_exceptions: folds(&raw.cues.future_suffix_exceptions),
            past_suffix: folds(&raw.cues.past_suffix),
            past_verb: raw.cues.past_verb.map(|p| PastVerb {
                ending: fold(&p.ending),
                not_written_ending: p.not_written_ending,
                not_prefixes: folds(&p.not_prefixes),
            }),
            affixes: Affixes {
                first: raw.affixes.first.iter().map(affix).collect::<Result<_, _>>()?,
                second: raw.affixes.second.iter().map(affix).collect::<Result<_, _>>()?,
                min_chars: raw.affixes.min_chars,
                article: fold(&raw.affixes.article),
                relation_ending: raw.affixes.relation_ending,
            },
            and: folds(&raw.connectors.and),
            not_tense: raw.cues.not_tense.iter().map(|s| s.to_lowercase()).collect(),
        })
    }
}
