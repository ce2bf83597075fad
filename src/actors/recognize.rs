//! Recognition and resolution of the actors of one document.
//!
//! 1. Gazetteer names and adjectives are found over the words of the text
//!    (proclitics peeled), then the cues of the language: titles,
//!    organization heads, descriptions, honorifics.
//! 2. Organization heads with their complement make ministries
//!    ("وزارة الداخلية المغربية", "ministère marocain de l'Intérieur").
//! 3. A title frames what is around it: its complement organizations
//!    (two when a head noun is shared: "المدير العام للأمن الوطني ولمراقبة
//!    التراب الوطني"), a country adjective, and a name after it or before
//!    it across a comma (apposition). A title with a name gives the person
//!    its links; a title with none resolves through the gazetteer's dated
//!    roles at the date of its sentence, else the publication date.
//! 4. Descriptions ("الوزير", "the agency") and short forms of names found
//!    earlier resolve to the last compatible mention.

use super::gazetteer::{Entry, Gazetteer, Target};
use super::lexicon::{CueKind, LangCues};
use super::matcher::{self, Clitics, Forms, Hit, PhraseMatcher, Words};
use super::translit::{may_reach, similarity, slug, title_case};
use super::{ActorMention, ActorResult, TitleLink, Via};
use crate::date::{PartialDate, Period};
use crate::model::{Actor, ActorKind, Basis, Relation, Valid};
use crate::text::Text;
use crate::time::TimeMention;
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::sync::Arc;

/// A gazetteer hit with the target chosen for it.
#[derive(Debug, Clone)]
struct GazHit {
    start: usize,
    end: usize,
    ostart: usize,
    oend: usize,
    peel: usize,
    entry: String,
    via: Via,
    kind: ActorKind,
}

/// A cue hit.
#[derive(Debug, Clone)]
struct CueHit {
    hit: Hit,
    cues: Vec<usize>,
}

/// A ministry named in the text.
#[derive(Debug, Clone)]
struct Ministry {
    /// First word.
    start: usize,
    /// Organization frames first, then gazetteer names, each in text order.
    rank: usize,
    id: String,
    /// The country it serves (entry id).
    country: Option<String>,
}

/// A ministry recognized from a head noun and its complement.
#[derive(Debug, Clone)]
struct OrgFrame {
    start: usize,
    end: usize,
    kind: ActorKind,
    domain: String,
    id: String,
    country: Option<String>,
}

/// Who a title frame names.
#[derive(Debug, Clone)]
enum Holder {
    Known(usize),
    New(usize, usize),
    None,
}

/// A title and what stands around it.
#[derive(Debug, Clone)]
struct TitleFrame {
    start: usize,
    end: usize,
    cue: usize,
    orgs: Vec<String>,
    country: Option<String>,
    holder: Holder,
    /// A deputy's title ("directeur adjoint", "نائب المدير"): its holder
    /// serves in the organization but does not lead it.
    deputy: bool,
}

/// The word spans of organizations and title frames, for asking whether
/// one holds an adjective (or an organization ends right before it) by
/// binary search rather than a walk over all of them.
struct Spans {
    /// (start, end), sorted.
    spans: Vec<(usize, usize)>,
    /// The largest end among `spans[..=i]`.
    max_end: Vec<usize>,
    /// Organizations' ends, sorted.
    org_ends: Vec<usize>,
}

impl Spans {
    fn new(orgs: &[OrgFrame], frames: &[TitleFrame]) -> Spans {
        let mut spans: Vec<(usize, usize)> =
            orgs.iter().map(|o| (o.start, o.end)).chain(frames.iter().map(|f| (f.start, f.end))).collect();
        spans.sort_unstable();
        let max_end = spans
            .iter()
            .scan(0, |m, &(_, e)| {
                *m = e.max(*m);
                Some(*m)
            })
            .collect();
        let mut org_ends: Vec<usize> = orgs.iter().map(|o| o.end).collect();
        org_ends.sort_unstable();
        Spans { spans, max_end, org_ends }
    }

    /// Does a span hold words `start..end`?
    fn contains(&self, start: usize, end: usize) -> bool {
        let i = self.spans.partition_point(|&(s, _)| s <= start);
        i > 0 && self.max_end[i - 1] >= end
    }

    fn org_ends_at(&self, k: usize) -> bool {
        self.org_ends.binary_search(&k).is_ok()
    }
}

/// An actor seen earlier in the document, for descriptions.
#[derive(Debug, Clone)]
struct Seen {
    id: String,
    kind: ActorKind,
    country: Option<String>,
    position: Option<String>,
    domain: Option<String>,
}

struct Doc<'a, 't> {
    text: &'a Text<'t>,
    words: Words<'a>,
    /// The words' forms in the gazetteer's vocabulary.
    forms: Forms,
    lang: &'a str,
    gaz: &'a Gazetteer,
    cues: Option<&'a LangCues>,
    clitics: Clitics,
    dct: Option<PartialDate>,
    times: &'a [TimeMention],
    gazhits: Vec<GazHit>,
    cuehits: Vec<CueHit>,
    covered: Vec<bool>,
    result: ActorResult,
    seen: Vec<Seen>,
    /// Ministries, agencies, media and groups recognized from patterns.
    orgframes: Vec<OrgFrame>,
    /// Ministries named in the text, for [`Doc::ministry_near`].
    ministry_index: BTreeMap<(String, Option<String>), Vec<Ministry>>,
    /// Short forms of new actors' names: key → actor id and kind.
    short: BTreeMap<String, (String, ActorKind)>,
    /// The entries the text names (not by adjective), found once when a
    /// seat asks.
    named: std::cell::OnceCell<rustc_hash::FxHashSet<String>>,
    /// Original byte ranges of the names a title introduces ("وزيرة
    /// الخارجية سارة الحداد"): a title after such a name is not theirs.
    titled: Vec<(usize, usize)>,
}

pub(super) fn run(
    text: &Text,
    lang: &str,
    dct: Option<PartialDate>,
    times: &[TimeMention],
    gaz: &Gazetteer,
) -> ActorResult {
    let words = Words::new(text);
    let n = words.len();
    let clitics = gaz.lexicon.clitics();
    let forms = Forms::new(&words, &clitics, &gaz.vocab);
    let mut doc = Doc {
        text,
        words,
        forms,
        lang,
        gaz,
        cues: gaz.lexicon.lang(lang),
        clitics,
        dct,
        times,
        gazhits: Vec::new(),
        cuehits: Vec::new(),
        covered: vec![false; n],
        result: ActorResult::default(),
        seen: Vec::new(),
        orgframes: Vec::new(),
        ministry_index: BTreeMap::new(),
        short: BTreeMap::new(),
        named: std::cell::OnceCell::new(),
        titled: Vec::new(),
    };
    doc.find_gazetteer();
    doc.other_bodies();
    doc.find_cues();
    doc.family_nisbas();
    let orgs = doc.ministries();
    doc.orgframes = orgs.clone();
    doc.index_ministries();
    let frames = doc.titles(&orgs);
    doc.walk(&orgs, &frames);
    doc.dateline_state_nouns();
    doc.short_forms();
    doc.finish()
}

impl<'a, 't> Doc<'a, 't> {
    fn original(&self, start: usize, end: usize, peel: usize) -> (usize, usize) {
        let t = &self.text.tokens;
        let fs = t[start].fstart + peel;
        let fe = t[end - 1].fend;
        self.text.span(fs.min(fe), fe)
    }

    fn orig_text(&self, start: usize, end: usize, peel: usize) -> &'t str {
        let (s, e) = self.original(start, end, peel);
        self.text.original.get(s..e).unwrap_or("")
    }

    fn targets(&self, h: &Hit) -> Vec<&'a Target> {
        let gaz = self.gaz;
        let orig = self.orig_text(h.start, h.end, h.peel);
        gaz.targets
            .get(h.pattern)
            .map(|ts| {
                ts.iter()
                    .filter(|t| t.case.allows(orig))
                    .filter(|t| {
                        !h.stripped
                            || t.via == Via::Adjective
                            || gaz.get(&t.entry).is_some_and(|e| e.kind == ActorKind::Person)
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    fn find_gazetteer(&mut self) {
        let hits = matcher::scan_forms(&self.words, &self.forms, &self.gaz.matcher, &[], |h| {
            !self.targets(h).is_empty()
        });
        // Countries the document speaks of, from its unambiguous names.
        let mut countries: BTreeMap<String, usize> = BTreeMap::new();
        for h in &hits {
            let ts = self.targets(h);
            let codes: BTreeSet<&String> =
                ts.iter().filter_map(|t| self.gaz.get(&t.entry).and_then(|e| e.country.as_ref())).collect();
            if codes.len() == 1 {
                *countries
                    .entry(codes.into_iter().next().unwrap_or_else(|| unreachable!()).clone())
                    .or_default() += 1;
            }
        }
        for h in hits {
            let ts = self.targets(&h);
            let names: Vec<&&Target> = ts.iter().filter(|t| t.via == Via::Name).collect();
            let chosen: &Target = if names.is_empty() {
                ts[0]
            } else if names.len() == 1 {
                names[0]
            } else {
                // Among entries sharing a name: a city in a dateline
                // ("عمّان -": Amman, not Oman), else the one of the country
                // the text speaks of most, else the entry whose id is the
                // name itself (organization/dgsn for "DGSN").
                // A place after a noun of a place within a state
                // ("بولاية الجزائر", "la ville de Koweït") is the city too.
                let key = slug(&self.gaz.lexicon.translit.latin(&self.gaz.matcher.keys()[h.pattern]));
                let dateline = self.dateline(h.start, h.end) || self.after_within(h.start);
                names
                    .iter()
                    .max_by_key(|t| {
                        let e = self.gaz.get(&t.entry);
                        let city = dateline && e.is_some_and(|e| e.kind == ActorKind::Location);
                        let n = e
                            .and_then(|e| e.country.as_ref())
                            .and_then(|c| countries.get(c))
                            .copied()
                            .unwrap_or(0);
                        let own = t.entry.rsplit('/').next() == Some(key.as_str());
                        (city, n, own, std::cmp::Reverse(t.entry.clone()))
                    })
                    .copied()
                    .unwrap_or(names[0])
            };
            let Some(e) = self.gaz.get(&chosen.entry) else { continue };
            let (ostart, oend) = self.original(h.start, h.end, h.peel);
            for c in &mut self.covered[h.start..h.end] {
                *c = true;
            }
            self.gazhits.push(GazHit {
                start: h.start,
                end: h.end,
                ostart,
                oend,
                peel: h.peel,
                entry: e.id.clone(),
                via: chosen.via,
                kind: e.kind,
            });
        }
    }

    /// Whether the word before `start` (or the one before an "of" word)
    /// is a noun of a place within a state, proclitics aside ("بولاية",
    /// "wilaya d'", "city of").
    fn after_within(&self, start: usize) -> bool {
        let Some(c) = self.cues else { return false };
        let is_within = |k: usize| self.peeled_is(k, |w| c.within.contains(w));
        let soft = |k: usize| self.words.soft[k];
        match start.checked_sub(1) {
            Some(k) if soft(k) && is_within(k) => true,
            Some(k) if k > 0 && soft(k) && soft(k - 1) && c.of.contains(self.words.words[k]) => {
                is_within(k - 1)
            }
            _ => false,
        }
    }

    /// Whether word `k` makes a title a deputy's ("adjoint", "deputy",
    /// "نائب", a conjunction glued aside).
    fn deputy(&self, k: usize) -> bool {
        self.cues.is_some_and(|c| self.peeled_is(k, |w| c.deputy.iter().any(|d| d == w)))
    }

    /// Whether word `k`, as written or with its proclitics peeled (not its
    /// article), is one `is` accepts.
    fn peeled_is(&self, k: usize, is: impl Fn(&str) -> bool) -> bool {
        let mut found = false;
        matcher::each_variant(
            self.words.words[k],
            self.words.arabic[k],
            &self.clitics,
            |form, _, stripped| {
                found |= !stripped && is(form);
            },
        );
        found
    }

    /// Whether word `k` is the possessive mark ("Morocco's": the word
    /// "s" in English).
    fn possessive(&self, k: usize) -> bool {
        self.cues.is_some_and(|c| !c.possessive.is_empty() && self.words.words[k] == c.possessive)
    }

    fn find_cues(&mut self) {
        let Some(cues) = self.cues else { return };
        let mut skippable = vec![false; self.words.len()];
        for g in &self.gazhits {
            if g.via == Via::Adjective && g.end == g.start + 1 {
                skippable[g.start] = true;
            }
        }
        // A cue may not overlap a name the gazetteer knows (save an
        // adjective): "chef du renseignement jordanien" is the cue "chef"
        // before the agency, not "chef du renseignement".
        let gazhits = &self.gazhits;
        let overlaps = |h: &Hit| {
            // Gazetteer hits are in order and apart: those overlapping the
            // cue hit are a run starting at the first that ends after its start.
            let from = gazhits.partition_point(|g| g.end <= h.start);
            gazhits[from..]
                .iter()
                .take_while(|g| g.start < h.end)
                .any(|g| g.via != Via::Adjective && Some(g.start) != h.skipped)
        };
        let hits = matcher::scan_forms(&self.words, &self.forms, &cues.matcher, &skippable, |h| !overlaps(h));
        for h in hits {
            let list = cues.payload.get(h.pattern).cloned().unwrap_or_default();
            for c in &mut self.covered[h.start..h.end] {
                *c = true;
            }
            self.cuehits.push(CueHit { hit: h, cues: list });
        }
    }

    /// A body known as part of one organization, named in construct with
    /// another ("الجمعية العامة للأنتربول": the general assembly of
    /// Interpol, not of the United Nations), is that other's body: the
    /// known name is no mention. The construct is a preposition glued to
    /// the second name (the proclitics of the data: Arabic only).
    fn other_bodies(&mut self) {
        let org = |k: ActorKind| matches!(k, ActorKind::Organization | ActorKind::Group);
        let preposition = |h: &GazHit| {
            self.words.words[h.start]
                .get(..h.peel)
                .is_some_and(|clitic| self.clitics.prepositions.iter().any(|p| clitic.ends_with(p.as_str())))
        };
        let mut other = vec![false; self.gazhits.len()];
        for (i, pair) in self.gazhits.windows(2).enumerate() {
            let (g, next) = (&pair[0], &pair[1]);
            let glued =
                org(g.kind) && org(next.kind) && next.start == g.end && next.peel > 0 && preposition(next);
            if !glued {
                continue;
            }
            let parent = self.gaz.get(&g.entry).and_then(|e| e.part_of.as_deref());
            let parent_is_org = parent.and_then(|p| self.gaz.get(p)).is_some_and(|p| org(p.kind));
            other[i] = parent_is_org && parent != Some(next.entry.as_str());
        }
        self.drop_gazhits(&other);
    }

    /// Drops the gazetteer hits `drop` marks, uncovering their words.
    fn drop_gazhits(&mut self, drop: &[bool]) {
        for (g, _) in self.gazhits.iter().zip(drop).filter(|(_, d)| **d) {
            for c in &mut self.covered[g.start..g.end] {
                *c = false;
            }
        }
        let mut i = 0;
        self.gazhits.retain(|_| {
            i += 1;
            !drop[i - 1]
        });
    }

    /// A country's adjective with the article right after a given name
    /// that follows a title or an honorific is the family name ("رئيس
    /// الوزراء محمد السوداني", "اللواء حسن المصري"): no adjective follows a
    /// name, so the word is no mention of that country.
    fn family_nisbas(&mut self) {
        let Some(c) = self.cues else { return };
        let art = self.clitics.article.as_str();
        if self.lang != "ar" || art.is_empty() {
            return;
        }
        let title_at = |i: usize| {
            self.cue_over(i).is_some_and(|h| {
                h.hit.end == i + 1
                    && h.cues.iter().any(|&x| matches!(self.cue(x).kind, CueKind::Title | CueKind::Honorific))
            })
        };
        let mut family = vec![false; self.gazhits.len()];
        for (gi, g) in self.gazhits.iter().enumerate() {
            let w = self.words.words[g.start];
            if g.via != Via::Adjective || g.end != g.start + 1 || g.peel != 0 || !w.starts_with(art) {
                continue;
            }
            // One to three indefinite words of a name before it...
            let mut k = g.start;
            while k > 0
                && g.start - k < 3
                && self.words.soft[k - 1]
                && self.words.arabic[k - 1]
                && !self.covered[k - 1]
                && !self.words.words[k - 1].starts_with(art)
                && !c.place_words.contains(self.words.words[k - 1])
                && self.name_word(k - 1, false)
            {
                k -= 1;
            }
            if k == g.start || k == 0 || !self.words.soft[k - 1] {
                continue;
            }
            // ...after a title or an honorific, or after the country
            // adjective that closes a title ("رئيس الوزراء العراقي محمد").
            let adjective_of_title = k >= 2
                && self.gaz_over(k - 1).is_some_and(|a| a.via == Via::Adjective && a.start == k - 1)
                && self.words.soft[k - 2]
                && title_at(k - 2);
            family[gi] = title_at(k - 1) || adjective_of_title;
        }
        self.drop_gazhits(&family);
    }

    fn cue(&self, i: usize) -> &'a super::lexicon::Cue {
        &self.cues.expect("cues exist when cue hits do").cues[i]
    }

    // Gazetteer hits and cue hits come from left-to-right scans: each list
    // is sorted and its hits do not overlap, so lookups are binary searches.

    fn gaz_at(&self, start: usize) -> Option<usize> {
        self.gazhits.binary_search_by_key(&start, |g| g.start).ok()
    }

    fn gaz_ending(&self, end: usize) -> Option<usize> {
        self.gazhits.binary_search_by_key(&end, |g| g.end).ok()
    }

    /// The gazetteer hit over word `k`.
    fn gaz_over(&self, k: usize) -> Option<&GazHit> {
        let i = self.gazhits.partition_point(|g| g.end <= k);
        self.gazhits.get(i).filter(|g| g.start <= k)
    }

    /// The cue hit over word `k`.
    fn cue_over(&self, k: usize) -> Option<&CueHit> {
        let i = self.cuehits.partition_point(|c| c.hit.end <= k);
        self.cuehits.get(i).filter(|c| c.hit.start <= k)
    }

    fn adjective_country(&self, g: &GazHit) -> Option<String> {
        let e = self.gaz.get(&g.entry)?;
        matches!(e.kind, ActorKind::Country).then(|| e.id.clone())
    }

    /// The country (entry id) of an adjective or possessive around words
    /// `start..end`, and the new bounds.
    fn country_around(&self, h: &Hit, after: bool, before: bool) -> (Option<String>, usize, usize) {
        let (mut start, mut end) = (h.start, h.end);
        let mut country = None;
        if let Some(s) = h.skipped
            && let Some(g) = self.gaz_at(s)
        {
            country = self.adjective_country(&self.gazhits[g]);
        }
        if country.is_none()
            && after
            && let Some(g) = self.gaz_at(end)
            && self.gazhits[g].via == Via::Adjective
            && self.words.soft[end - 1]
        {
            country = self.adjective_country(&self.gazhits[g]);
            end = self.gazhits[g].end;
        }
        // "وزارة الداخلية بالمملكة الإسبانية", "وزارة الداخلية في المغرب":
        // the state the agency is in, after a posted_at preposition of its
        // own or one of a letter glued to the name.
        if country.is_none()
            && after
            && let Some(g) = self.posted_country(end)
        {
            country = Some(self.gazhits[g].entry.clone());
            end = self.gazhits[g].end;
        }
        if country.is_none() && before && start > 0 && self.words.soft[start - 1] {
            if let Some(g) = self.gaz_ending(start)
                && self.gazhits[g].via == Via::Adjective
            {
                country = self.adjective_country(&self.gazhits[g]);
                start = self.gazhits[g].start;
            } else if let Some(g) = self.gaz_ending(start)
                && self.gazhits[g].via == Via::Name
                && self.gazhits[g].kind == ActorKind::Country
            {
                // A state's name standing as its adjective: "U.S. Ambassador",
                // "UAE Foreign Minister".
                country = Some(self.gazhits[g].entry.clone());
                start = self.gazhits[g].start;
            } else if self.possessive(start - 1)
                && start > 1
                && let Some(g) = self.gaz_ending(start - 1)
                && self.gazhits[g].kind == ActorKind::Country
            {
                // Morocco's Ministry of Justice
                country = Some(self.gazhits[g].entry.clone());
            }
        }
        (country, start, end)
    }

    /// The state named right after word `end - 1` with a posted_at
    /// preposition of its own or one of a letter glued to the name
    /// (Arabic): "في المغرب", "بالمملكة الإسبانية". Its gazetteer hit.
    fn posted_country(&self, end: usize) -> Option<usize> {
        if end == 0 || !self.words.arabic.get(end).copied().unwrap_or(false) || !self.words.soft[end - 1] {
            return None;
        }
        let cues = self.cues?;
        let after_word = cues.posted_at.contains(self.words.words[end])
            && end + 1 < self.words.len()
            && self.words.soft[end];
        let k = if after_word { end + 1 } else { end };
        let g = self.gaz_at(k)?;
        let h = &self.gazhits[g];
        let glued = || {
            self.words.words[k].get(..h.peel).is_some_and(|clitic| {
                cues.posted_at.iter().any(|p| p.chars().count() == 1 && clitic.ends_with(p.as_str()))
            })
        };
        (h.kind == ActorKind::Country && h.via == Via::Name && (after_word || glued())).then_some(g)
    }

    /// The country a text gives a known name: an adjective or possessive
    /// on it, or for a name other states' agencies bear too (the entry's
    /// `shared` names) the state after it ("جهاز أمن الدولة في الكويت").
    fn given_country(&self, g: &GazHit) -> Option<(String, usize, usize)> {
        self.attributed_country(g.start, g.end).or_else(|| {
            let p = &self.gazhits[self.shared_name(g).then(|| self.posted_country(g.end)).flatten()?];
            Some((p.entry.clone(), p.ostart, p.oend))
        })
    }

    /// Whether a gazetteer hit is one of its entry's `shared` names.
    fn shared_name(&self, g: &GazHit) -> bool {
        let Some(e) = self.gaz.get(&g.entry).filter(|e| !e.shared_keys.is_empty()) else { return false };
        let written = crate::text::name_key(self.orig_text(g.start, g.end, g.peel));
        e.shared_keys.contains(&written)
    }

    /// The agency of `country` named like the gazetteer's `id`: "State
    /// Security" given to Kuwait is Kuwait's State Security. The entry of
    /// that country sharing the name, else a new actor of this text with
    /// the known one's name and the country's.
    fn namesake(&mut self, id: &str, country: &str, written: &str) -> String {
        let Some(e) = self.gaz.get(id) else { return id.to_string() };
        let key = crate::text::name_key(written);
        let code = self.country_code(country);
        if let Some(known) = self.gaz.entries.iter().find(|x| {
            x.kind == ActorKind::Organization
                && x.country.is_some()
                && x.country == code
                && x.shared_keys.contains(&key)
        }) {
            let known = known.id.clone();
            self.gaz_actor(&known);
            return known;
        }
        let base = match e.name.rsplit_once(" (") {
            Some((b, _)) if e.name.ends_with(')') => b.to_string(),
            _ => e.name.clone(),
        };
        let cname = self.gaz.get(country).map_or_else(|| country.to_string(), |c| c.name.clone());
        let new = format!("organization/{}-{}", country.rsplit('/').next().unwrap_or(country), slug(&base));
        if self.gaz.get(&new).is_some() {
            self.gaz_actor(&new);
            return new;
        }
        let actor = self.result.actors.entry(new.clone()).or_insert_with(|| {
            new_actor(&new, ActorKind::Organization, format!("{base} ({cname})"), code, None)
        });
        add_name(actor, self.lang, written);
        new
    }

    /// The state of the place in the article's first dateline ("الجزائر -",
    /// "BAMAKO (Reuters) -"), if any.
    fn dateline_country(&self) -> Option<String> {
        // A place opening a paragraph, in its dateline.
        let opens_dateline = |g: &GazHit| {
            (g.start == 0 || self.gap(g.start - 1).contains('\n'))
                && crate::text::in_dateline(self.text.original, g.ostart, g.oend)
        };
        let g = self.gazhits.iter().find(|g| opens_dateline(g))?;
        let e = self.gaz.get(&g.entry)?;
        match e.kind {
            ActorKind::Country => Some(e.id.clone()),
            ActorKind::Location => e.country.as_deref().and_then(|c| self.country_by_code(c)),
            _ => None,
        }
    }

    fn ministries(&mut self) -> Vec<OrgFrame> {
        let mut out: Vec<OrgFrame> = Vec::new();
        let latin = self.lang != "ar";
        let dateline_country = self.dateline_country();
        // Else the one state the text names (by name, not by a national's
        // adjective): "Kuwait's State Security ..., the interior ministry
        // said" is Kuwait's ministry.
        let named_country = {
            let mut named = self
                .gazhits
                .iter()
                .filter(|g| g.kind == ActorKind::Country && g.via == Via::Name)
                .map(|g| g.entry.as_str());
            let first = named.next();
            first.filter(|f| named.all(|g| g == *f)).map(str::to_string)
        };
        let home_country = dateline_country.or(named_country);
        for ch in &self.cuehits {
            let Some(&ci) = ch.cues.iter().find(|&&c| self.cue(c).kind == CueKind::Organization) else {
                continue;
            };
            let cue = self.cue(ci);
            let Some(domain) = cue.domain.clone() else { continue };
            let mut hit = ch.hit.clone();
            // A capitalized modifier before the head: "X's Federal Ministry of ..."
            if latin
                && hit.start > 0
                && self.words.soft[hit.start - 1]
                && self.capitalized(hit.start - 1)
                && !self.covered[hit.start - 1]
                && !self.stop(hit.start - 1)
            {
                hit.start -= 1;
            }
            let (country, start, end) = self.country_around(&hit, true, latin);
            let (start, end) = if country.is_none() { (ch.hit.start, ch.hit.end) } else { (start, end) };
            if ch.hit.end - ch.hit.start < 2 && country.is_none() {
                continue; // a bare complement (الخارجية) names a ministry only with its country
            }
            let id = match &country {
                Some(c) => self.known_ministry(c, cue.en.as_deref()).unwrap_or_else(|| {
                    format!("organization/{}-ministry-{}", c.rsplit('/').next().unwrap_or(c), domain)
                }),
                None => {
                    // The same ministry named earlier with its country.
                    match out.iter().rev().find(|o| o.domain == domain && o.country.is_some()) {
                        Some(o) => o.id.clone(),
                        None => format!("organization/ministry-{domain}"),
                    }
                }
            };
            // Else the state of the article's dateline: "الجزائر - ... وزارة
            // الدفاع الوطني" is Algeria's ministry.
            let (country, id) = match (&country, &home_country) {
                (None, Some(c)) if id == format!("organization/ministry-{domain}") => {
                    let id = self.known_ministry(c, cue.en.as_deref()).unwrap_or_else(|| {
                        format!("organization/{}-ministry-{}", c.rsplit('/').next().unwrap_or(c), domain)
                    });
                    (Some(c.clone()), id)
                }
                _ => (country, id),
            };
            let span_text = self.orig_text(start, end, if start == ch.hit.start { ch.hit.peel } else { 0 });
            let en = cue.en.clone().unwrap_or_default();
            let name = match &country {
                Some(c) => match self.gaz.get(c) {
                    Some(e) => match e.adjectives.get("en").and_then(|a| a.first()) {
                        Some(adj) => format!("{adj} {en}"),
                        None => format!("{en} of {}", e.name),
                    },
                    None => en.clone(),
                },
                None => en.clone(),
            };
            let country_code = country.as_ref().and_then(|c| self.gaz.get(c)).and_then(|e| e.country.clone());
            let actor = self.result.actors.entry(id.clone()).or_insert_with(|| {
                new_actor(
                    &id,
                    ActorKind::Organization,
                    if country.is_some() { name.clone() } else { en.clone() },
                    country_code,
                    None,
                )
            });
            add_name(actor, self.lang, span_text);
            out.push(OrgFrame { start, end, kind: ActorKind::Organization, domain, id, country });
        }
        self.generic_orgs(&mut out);
        self.media(&mut out);
        out
    }

    /// News outlets and armed groups named after their head noun, quoted
    /// or capitalized: "صحيفة "الصحراء اليوم"", "le quotidien Le Soir",
    /// "the daily El País", "جماعة "أنصار الدين"", "the group Ansar al-Sharia".
    fn media(&mut self, out: &mut Vec<OrgFrame>) {
        let n = self.words.len();
        let heads: Vec<(Hit, ActorKind)> = self
            .cuehits
            .iter()
            .filter_map(|c| {
                c.cues.iter().find_map(|&x| match self.cue(x).kind {
                    CueKind::MediaHead => Some((c.hit.clone(), ActorKind::Media)),
                    CueKind::GroupHead => Some((c.hit.clone(), ActorKind::Group)),
                    _ => None,
                })
            })
            .collect();
        let quote = |g: &str| g.chars().any(|c| matches!(c, '"' | '«' | '»' | '“' | '”' | '„'));
        for (h, kind) in heads {
            let s = h.end;
            if s >= n || self.gaz_at(s).is_some() || out.iter().any(|o| o.start <= s && s < o.end) {
                continue;
            }
            let mut e = s;
            if quote(self.gap(s - 1)) {
                // Up to the closing quote.
                while e < n && e < s + 6 {
                    e += 1;
                    if quote(self.gap(e - 1)) {
                        break;
                    }
                }
                if !quote(self.gap(e - 1)) {
                    continue;
                }
            } else if !self.words.arabic[s] {
                // Capitalized words, with the particles of names inside (al-Sharia).
                while e < n
                    && e < s + 5
                    && !self.covered[e]
                    && (e == s || self.words.soft[e - 1])
                    && (self.capitalized(e)
                        || (e > s && self.particle(e) && e + 1 < n && self.capitalized(e + 1)))
                {
                    e += 1;
                }
            }
            if e == s {
                continue;
            }
            let written = self.orig_text(s, e, 0).to_string();
            let latin = if self.words.arabic[s] {
                self.gaz.lexicon.translit.latin_written(&written)
            } else {
                written.clone()
            };
            let id = format!("{}/{}", kind.as_str(), slug(&latin));
            let hit = Hit { start: s, end: e, pattern: 0, peel: 0, stripped: false, skipped: None };
            let (country, _, _) = self.country_around(&hit, true, false);
            let end = e;
            let code = country.as_ref().and_then(|c| self.country_code(c));
            let display = if self.words.arabic[s] { title_case(&latin) } else { written.clone() };
            let actor = self
                .result
                .actors
                .entry(id.clone())
                .or_insert_with(|| new_actor(&id, kind, display, code, None));
            add_name(actor, self.lang, &written);
            for c in &mut self.covered[s..e] {
                *c = true;
            }
            out.push(OrgFrame { start: s, end, kind, domain: String::new(), id, country });
        }
        out.sort_by_key(|o| o.start);
    }

    /// A gazetteer organization of `country` whose English name contains `en`.
    fn known_ministry(&self, country: &str, en: Option<&str>) -> Option<String> {
        let en = matcher::key(en?);
        let code = self.gaz.get(country)?.country.clone()?;
        self.gaz
            .entries
            .iter()
            .find(|e| {
                e.kind == ActorKind::Organization
                    && e.country.as_deref() == Some(code.as_str())
                    && matcher::key(&e.name).contains(&en)
            })
            .map(|e| e.id.clone())
    }

    /// The one organization of `country` (entry id) whose CAMEO code is
    /// the country's code and `role` ("JOR" + "SPY"), if there is exactly one.
    fn only_agency(&self, country: &str, role: &str) -> Option<String> {
        let code = self.gaz.get(country)?.country.as_deref()?;
        match self.gaz.by_cameo.get(&format!("{code}{role}"))?.as_slice() {
            [one] => Some(one.clone()),
            _ => None,
        }
    }

    fn is_org(&self, g: &GazHit) -> bool {
        g.via == Via::Name && matches!(g.kind, ActorKind::Organization | ActorKind::Group)
    }

    fn stop(&self, i: usize) -> bool {
        let Some(c) = self.cues else { return false };
        let w = self.words.words[i];
        // An ending counts after a stem of two letters or more.
        if c.stopwords.contains(w)
            || c.not_endings
                .iter()
                .any(|e| w.strip_suffix(e.as_str()).is_some_and(|s| s.chars().count() >= 2))
        {
            return true;
        }
        // ونظيرته, فإن, بمقر, وبمقر: a conjunction or a preposition (or
        // both) before a word that ends a name.
        if !self.words.arabic[i] {
            return false;
        }
        let cl = &self.clitics;
        let after_preposition = |r: &str| {
            cl.prepositions
                .iter()
                .any(|p| r.strip_prefix(p.as_str()).is_some_and(|r| c.stopwords.contains(r)))
        };
        after_preposition(w)
            || cl.conjunctions.iter().any(|p| {
                w.strip_prefix(p.as_str()).is_some_and(|r| c.stopwords.contains(r) || after_preposition(r))
            })
    }

    fn capitalized(&self, i: usize) -> bool {
        let t = &self.text.tokens[i];
        self.text.original[t.start..t.end].chars().next().is_some_and(|c| c.is_uppercase())
    }

    /// A country from the shape of an Arabic nisba the gazetteer does not
    /// list: ال + stem + ي/ية where the stem (or ال + stem, or stem + ا) is
    /// a country's name: "المالي" after a title is Malian.
    fn nisba_country(&self, i: usize) -> Option<String> {
        if !self.words.arabic[i] || self.covered[i] {
            return None;
        }
        let nisba = self.cues.and_then(|c| c.nisba.as_ref())?;
        let art = self.clitics.article.as_str();
        let base = self.words.words[i].strip_prefix(art).filter(|_| !art.is_empty())?;
        let stem = nisba.endings.iter().find_map(|e| base.strip_suffix(e.as_str()))?;
        let masculine =
            base.strip_suffix(nisba.feminine.as_str()).filter(|_| !nisba.feminine.is_empty()).unwrap_or(base);
        let candidates = [masculine.to_string(), stem.to_string(), format!("{art}{stem}")]
            .into_iter()
            .chain(nisba.additions.iter().map(|a| format!("{stem}{a}")));
        candidates.into_iter().find_map(|k| {
            let p = self.gaz.matcher.id(&k)?;
            self.gaz.targets[p].iter().find_map(|t| {
                (t.via == Via::Name && self.gaz.get(&t.entry).is_some_and(|e| e.kind == ActorKind::Country))
                    .then(|| t.entry.clone())
            })
        })
    }

    fn honorific(&self, i: usize) -> bool {
        self.cue_over(i).is_some_and(|c| {
            c.hit.start == i
                && c.hit.end == i + 1
                && c.cues.iter().all(|&x| self.cue(x).kind == CueKind::Honorific)
        })
    }

    fn adjective_at(&self, i: usize) -> Option<usize> {
        self.gaz_at(i).filter(|&g| self.gazhits[g].via == Via::Adjective)
    }

    /// Agencies from a head noun, its complement and a country adjective:
    /// "الحرس المدني الإسباني", "police fédérale belge", "Belgian Federal Police".
    fn generic_orgs(&mut self, out: &mut Vec<OrgFrame>) {
        let n = self.words.len();
        // Each head with its English name, if it has one.
        let heads: Vec<(Hit, Option<String>)> = self
            .cuehits
            .iter()
            .filter(|c| !c.cues.iter().any(|&x| self.cue(x).kind == CueKind::Organization))
            .filter_map(|c| {
                let head = c.cues.iter().map(|&x| self.cue(x)).find(|x| x.kind == CueKind::OrgHead)?;
                Some((c.hit.clone(), head.en.clone()))
            })
            .collect();
        let anchored = |d: &Self, k: usize| d.gaz_over(k).is_some_and(|g| g.via != Via::Adjective);
        for (h, head_en) in heads {
            let (start, end, adj) = if self.lang == "en" {
                // ADJ Cap* HEAD
                let mut s = h.start;
                while s > 0
                    && h.start - s < 3
                    && self.words.soft[s - 1]
                    && self.capitalized(s - 1)
                    && self.adjective_at(s - 1).is_none()
                    && !anchored(self, s - 1)
                    && !self.stop(s - 1)
                {
                    s -= 1;
                }
                if !self.capitalized(h.start) {
                    continue;
                }
                let Some(g) = (s > 0 && self.words.soft[s - 1]).then(|| self.gaz_ending(s)).flatten() else {
                    continue;
                };
                if self.gazhits[g].via != Via::Adjective {
                    continue;
                }
                (self.gazhits[g].start, h.end, g)
            } else {
                // HEAD complement* ADJ
                let mut j = h.end;
                while j < n
                    && j < h.end + 4
                    && self.words.soft[j - 1]
                    && self.adjective_at(j).is_none()
                    && !anchored(self, j)
                    && !self.stop(j)
                    && self.words.arabic[j] == self.words.arabic[h.start]
                {
                    j += 1;
                }
                let Some(g) = (j < n && self.words.soft[j - 1]).then(|| self.adjective_at(j)).flatten()
                else {
                    continue;
                };
                (h.start, self.gazhits[g].end, g)
            };
            if out.iter().any(|o| o.start < end && start < o.end) {
                continue;
            }
            let Some(country) = self.adjective_country(&self.gazhits[adj]) else { continue };
            let g = &self.gazhits[adj];
            let (core_s, core_e) = if g.start == start { (g.end, end) } else { (start, g.start) };
            if core_e <= core_s {
                continue;
            }
            let core_words: Vec<&str> = (core_s..core_e).map(|k| self.words.words[k]).collect();
            // A head alone with its English name ("الجيش اللبناني": Army).
            let named = head_en.filter(|_| (core_s, core_e) == (h.start, h.end));
            let latin = if let Some(en) = &named {
                en.clone()
            } else if self.words.arabic[core_s] {
                self.gaz.lexicon.translit.latin(&core_words.join(" "))
            } else {
                core_words.join(" ")
            };
            let id =
                format!("organization/{}-{}", country.rsplit('/').next().unwrap_or(&country), slug(&latin));
            let peel = if start == h.start { h.peel } else { 0 };
            let written = self.orig_text(start, end, peel).to_string();
            let core = self.orig_text(core_s, core_e, if core_s == h.start { h.peel } else { 0 }).to_string();
            let code = self.country_code(&country);
            // A Latin display name: the written form, or a transliteration
            // with the country for an Arabic one.
            let display = if let Some(en) = &named {
                let cname = self.gaz.get(&country).map_or(String::new(), |e| e.name.clone());
                format!("{en} ({cname})")
            } else if self.words.arabic[core_s] {
                let cname = self.gaz.get(&country).map_or(String::new(), |e| e.name.clone());
                format!("{} ({cname})", title_case(&latin))
            } else {
                written.clone()
            };
            let actor = self
                .result
                .actors
                .entry(id.clone())
                .or_insert_with(|| new_actor(&id, ActorKind::Organization, display, code, None));
            add_name(actor, self.lang, &written);
            if core_e - core_s >= 2 {
                if !actor.aliases.contains(&core) {
                    Arc::make_mut(&mut actor.aliases).push(core.clone());
                }
                self.short.insert(matcher::key(&core), (id.clone(), ActorKind::Organization));
            }
            out.push(OrgFrame {
                start,
                end,
                kind: ActorKind::Organization,
                domain: String::new(),
                id,
                country: Some(country),
            });
        }
        out.sort_by_key(|o| o.start);
    }

    fn particle(&self, i: usize) -> bool {
        self.cues.is_some_and(|c| c.particles.contains(self.words.words[i]))
    }

    fn gap(&self, i: usize) -> &'t str {
        let t = &self.text.tokens;
        match t.get(i + 1) {
            Some(n) => self.text.original.get(t[i].end..n.start).unwrap_or(""),
            None => "",
        }
    }

    /// Whether words `start..end` open a paragraph's dateline ("RABAT -",
    /// "عمّان –", "عمان 22 تشرين الأول (بترا) -").
    fn dateline(&self, start: usize, end: usize) -> bool {
        let opens = start == 0 || self.gap(start - 1).contains('\n');
        opens && end > start && {
            let (s, e) = self.original(start, end, 0);
            crate::text::in_dateline(self.text.original, s, e)
        }
    }

    /// An aside in brackets that opens right before word `k` ("(BND)",
    /// "(DGSI)"): the word after it, and whether a comma follows the
    /// closing bracket.
    fn aside_after(&self, k: usize) -> Option<(usize, bool)> {
        let n = self.words.len();
        if k == 0 || k >= n || self.gap(k - 1).trim() != "(" {
            return None;
        }
        let close = (k..n.min(k + 8)).find(|&m| self.gap(m).contains(')'))?;
        let rest = self.gap(close).trim().strip_prefix(')')?.trim();
        let comma = rest == "," || rest == "،";
        (close + 1 < n && (rest.is_empty() || comma)).then_some((close + 1, comma))
    }

    fn comma_after(&self, i: usize) -> bool {
        let g = self.gap(i).trim();
        g == "," || g == "،"
    }

    /// Can word `i` belong to an unknown name?
    fn name_word(&self, i: usize, first: bool) -> bool {
        if !first && (self.particle(i) || self.honorific(i)) {
            return true;
        }
        if self.covered[i] {
            return false;
        }
        if self.stop(i) {
            return false;
        }
        let w = &self.words.words[i];
        if w.chars().any(|c| c.is_ascii_digit()) {
            return false;
        }
        if self.words.arabic[i] {
            if self.lang != "ar" {
                return false;
            }
            // Tanween marks an indefinite noun or adverb, never a name.
            let t = &self.text.tokens[i];
            if self.text.original[t.start..t.end].contains(['\u{064B}', '\u{064C}', '\u{064D}']) {
                return false;
            }
            // A preposition or conjunction glued to the article ("بالتعاون",
            // "للأمن", "والدولة") marks a common noun.
            let art = self.clitics.article.as_str();
            if !art.is_empty()
                && matcher::variants(w, true, &self.clitics)
                    .iter()
                    .any(|v| v.peel > 0 && (v.stripped || v.form.starts_with(art)))
            {
                return false;
            }
            // A name opens on a definite word only with a family nisba
            // ("الشرقاوي حبوب"), never with a country's.
            let definite = self.definite(i);
            return !first || !definite || (w.ends_with('ي') && self.nisba_country(i).is_none());
        }
        let orig = &self.text.original[self.text.tokens[i].start..self.text.tokens[i].end];
        let cap = orig.chars().next().is_some_and(|c| c.is_uppercase());
        cap || (!first && self.particle(i))
    }

    /// Does Arabic word `i` carry the article? Folding writes أ as ا, so
    /// the word as written must start with it too: "ألينا" is no "ال".
    fn definite(&self, i: usize) -> bool {
        let art = self.clitics.article.as_str();
        let t = &self.text.tokens[i];
        !art.is_empty()
            && self.words.words[i].starts_with(art)
            && self.text.original.get(t.start..t.end).is_some_and(|w| w.starts_with(art))
    }

    /// Bytes of a preposition before a name's first word when the rest is
    /// a name particle: "بعبد اللطيف" starts at عبد.
    fn name_peel(&self, i: usize) -> usize {
        if !self.words.arabic[i] || self.particle(i) {
            return 0;
        }
        let w = &self.words.words[i];
        matcher::variants(w, true, &self.clitics)
            .into_iter()
            .find(|v| v.peel > 0 && !v.stripped && self.cues.is_some_and(|c| c.particles.contains(&v.form)))
            .map_or(0, |v| v.peel)
    }

    /// An Arabic name ends on a definite word only when it has the shape of
    /// a family nisba (الحموشي، المنصوري) or follows a particle (عبد الله):
    /// "استقبل فلان الوفد" ends before الوفد.
    fn can_end_name(&self, i: usize) -> bool {
        let w = &self.words.words[i];
        let art = self.clitics.article.as_str();
        if !self.words.arabic[i] || !self.definite(i) {
            return true;
        }
        if w.ends_with('ي') || (i > 0 && (self.particle(i - 1) || self.honorific(i - 1))) {
            return true;
        }
        // After a compound given name ("عبد الفتاح البرهان", "أبو بكر"):
        // a particle and its definite word.
        let compound = i >= 2 && self.particle(i - 2) && self.words.words[i - 1].starts_with(art);
        if compound {
            return true;
        }
        // After a common given name ("محمد الرحمون", "سارة الحداد"): names
        // are only sought after a title or a word of address, where a given
        // name and a definite word make a person, not a noun phrase.
        if i > 0 && self.gaz.lexicon.translit.given_name(self.words.words[i - 1]) {
            return true;
        }
        // A family name in ـة after a given name ("مازن الفراية"): only when
        // punctuation, the end or a word that cannot go on a name closes
        // it, so that a noun and its adjective do not pass for a name.
        let closed = i + 1 >= self.words.len() || !self.words.soft[i] || !self.name_word(i + 1, false);
        // So a family name after a given name, the father's and the
        // grandfather's ("فهد يوسف سعود الصباح").
        let lineage = i >= 3
            && (i - 3..i)
                .all(|k| self.words.arabic[k] && !self.words.words[k].starts_with(art) && self.words.soft[k]);
        ((w.ends_with('ه') && i > 0 && !self.words.words[i - 1].starts_with(art)) || lineage) && closed
    }

    fn enough(&self, s: usize, e: usize) -> bool {
        let full = (s..e).filter(|&k| !self.particle(k)).count();
        e > s && full >= 2 && !self.particle(e - 1)
    }

    /// An unknown name starting at word `j`: at most three words besides
    /// particles, cut to the longest run that a delimiter (punctuation, a
    /// word that ends names, a known actor or cue) closes.
    fn name_after(&self, j: usize) -> Option<(usize, usize)> {
        let n = self.words.len();
        let mut k = j;
        let mut full = 0;
        let mut particles = 0;
        while k < n && self.name_word(k, k == j) {
            if self.particle(k) {
                particles += 1;
            } else {
                // Three words besides particles; four in a lineage ("Mohammed
                // bin Abdulrahman bin Jassim Al Thani", "Mohamed Ahmed Ould
                // Mohamed Lemine") or before an Arabic family name with the
                // article ("فهد يوسف سعود الصباح").
                let family = full == 3 && self.words.arabic[k] && self.words.words[k].starts_with("ال");
                if full == 3 + usize::from(particles >= 1 || family) {
                    break;
                }
                full += 1;
            }
            k += 1;
            if !self.words.soft[k - 1] {
                break;
            }
        }
        // In Latin script a lower-case word that is no particle ends a name
        // too ("... Al Thani met").
        let delimited = |e: usize| {
            e >= n
                || !self.words.soft[e - 1]
                || self.stop(e)
                || self.covered[e]
                || (!self.words.arabic[e] && !self.capitalized(e) && !self.particle(e))
        };
        // The longest delimited name, else the shortest one of two words.
        let ends: Vec<usize> =
            (j + 1..=k).filter(|&e| self.enough(j, e) && self.can_end_name(e - 1)).collect();
        let e = ends.iter().rev().find(|&&e| delimited(e)).or(ends.first()).copied()?;
        Some((j, e))
    }

    /// An unknown name ending just before word `end`.
    fn name_before(&self, end: usize) -> Option<(usize, usize)> {
        // At most three words besides particles ("Khalid bin Ali Al
        // Humaidan"), six in all.
        let mut s = end;
        let mut full = 0;
        while s > 0
            && full < 3
            && end - s < 6
            && self.name_word(s - 1, false)
            && (s == end || self.words.soft[s - 1])
        {
            s -= 1;
            if !self.particle(s) {
                full += 1;
            }
        }
        while s < end && self.particle(s) {
            s += 1;
        }
        let clause_start = s == 0 || !self.words.soft[s - 1];
        if self.lang == "ar" && end - s >= 3 && clause_start {
            s += 1; // a verb opens the clause: أجرت فلانة فلان
        }
        if !self.lang.eq("ar") && s < end && !self.name_word(s, true) {
            s += 1;
        }
        self.enough(s, end).then_some((s, end))
    }

    fn titles(&self, orgs: &[OrgFrame]) -> Vec<TitleFrame> {
        let mut out = Vec::new();
        let latin = self.lang != "ar";
        let n = self.words.len();
        for ch in &self.cuehits {
            let Some(&ci) = ch.cues.iter().find(|&&c| self.cue(c).kind == CueKind::Title) else { continue };
            let h = &ch.hit;
            let (mut country, start, _) = self.country_around(h, false, latin);
            let mut orgs_found: Vec<String> = Vec::new();
            // "FBI Director", "the DGED, headed by": the organization before the title.
            let before_ok = |d: &Self| {
                h.start > 0
                    && (d.words.soft[h.start - 1] || (d.cue(ci).org_before && d.comma_after(h.start - 1)))
            };
            if (latin || self.cue(ci).org_before)
                && before_ok(self)
                && let Some(g) = self.gaz_ending(h.start)
                && self.is_org(&self.gazhits[g])
            {
                orgs_found.push(self.gazhits[g].entry.clone());
            } else if latin
                && before_ok(self)
                && let Some(o) = orgs.iter().find(|o| o.end == h.start && o.kind == ActorKind::Organization)
            {
                // "Justice Department spokeswoman"
                orgs_found.push(o.id.clone());
            } else if latin
                && h.start > 1
                && self.possessive(h.start - 1)
                && self.words.soft[h.start - 1]
                && self.words.soft[h.start - 2]
                && let Some(g) = self.gaz_ending(h.start - 1)
                && self.is_org(&self.gazhits[g])
            {
                // "Europol's executive director"
                orgs_found.push(self.gazhits[g].entry.clone());
            }
            // A deputy's word before the title or right after it
            // ("نائب المدير العام", "directeur adjoint de la DGSN").
            let deputy_before = h.start > 0 && self.words.soft[h.start - 1] && self.deputy(h.start - 1);
            let deputy_after = h.end < n && self.words.soft[h.end - 1] && self.deputy(h.end);
            let mut j = if deputy_after { h.end + 1 } else { h.end };
            let mut shared = false;
            loop {
                if j >= n || (j > h.end && !self.words.soft[j - 1] && !shared) {
                    break;
                }
                let mut k = j;
                if latin {
                    while k < n && k < j + 2 && self.cues.is_some_and(|c| c.of.contains(self.words.words[k]))
                    {
                        k += 1;
                    }
                }
                if let Some(g) = self.gaz_at(k)
                    && self.is_org(&self.gazhits[g])
                    && (!shared || self.gazhits[g].peel > 0 || !self.words.arabic[k])
                {
                    orgs_found.push(self.gazhits[g].entry.clone());
                    j = self.gazhits[g].end;
                } else if let Some(o) = orgs.iter().find(|o| o.start == k) {
                    orgs_found.push(o.id.clone());
                    j = o.end;
                } else {
                    break;
                }
                if let Some(g) = self.gaz_at(j)
                    && self.gazhits[g].via == Via::Adjective
                {
                    country = country.or_else(|| self.adjective_country(&self.gazhits[g]));
                    j = self.gazhits[g].end;
                }
                // A second complement sharing the head noun: "ولمراقبة
                // التراب الوطني" (the conjunction glued), "et de la DGST".
                let (and_word, glued) = match (j < n, self.cues) {
                    (true, Some(c)) => {
                        let w = self.words.words[j];
                        let glued = c.and.iter().any(|a| {
                            self.clitics.conjunctions.contains(a)
                                && w.len() > a.len()
                                && w.starts_with(a.as_str())
                        });
                        (c.and.iter().any(|a| a == w), glued)
                    }
                    _ => (false, false),
                };
                shared = and_word || glued;
                if and_word {
                    j += 1;
                }
                if !shared {
                    break;
                }
            }
            if j < n
                && let Some(g) = self.gaz_at(j)
                && self.gazhits[g].via == Via::Adjective
            {
                country = country.or_else(|| self.adjective_country(&self.gazhits[g]));
                j = self.gazhits[g].end;
            }
            if country.is_none()
                && j < n
                && self.words.soft[j - 1]
                && let Some(c) = self.nisba_country(j)
            {
                country = Some(c);
                j += 1;
            }
            // "l'ambassadeur de France au Maroc", "the ambassador of Spain": a
            // country complement (the first one is the title's country).
            let held_somewhere = self.cue(ci).posted;
            let posted = |w: &str| {
                held_somewhere
                    && self.cues.is_some_and(|c| c.posted_at.contains(w) || c.posted_to.contains(w))
            };
            if latin {
                let mut k = j;
                for _ in 0..2 {
                    while k < n && k < j + 2 && self.cues.is_some_and(|c| c.of.contains(self.words.words[k]))
                    {
                        k += 1;
                    }
                    match self.gaz_at(k) {
                        Some(g)
                            if self.gazhits[g].kind == ActorKind::Country
                                && self.gazhits[g].via == Via::Name
                                && self.words.soft[k - 1] =>
                        {
                            country = country.or_else(|| Some(self.gazhits[g].entry.clone()));
                            j = self.gazhits[g].end;
                            k = j;
                            if k < n && self.words.soft[k - 1] && posted(self.words.words[k]) {
                                k += 1;
                                continue;
                            }
                            break;
                        }
                        _ => break,
                    }
                }
                // "l'ambassadeur américain à Tunis": where the post is held.
                if j + 1 < n
                    && self.words.soft[j - 1]
                    && self.words.soft[j]
                    && posted(self.words.words[j])
                    && let Some(g) = self.gaz_at(j + 1)
                    && matches!(self.gazhits[g].kind, ActorKind::Country | ActorKind::Location)
                    && self.gazhits[g].via != Via::Adjective
                {
                    j = self.gazhits[g].end;
                }
            } else {
                // "سفير المغرب", "رئيس الجزائر": a country in construct with
                // the title is the title's.
                if country.is_none()
                    && orgs_found.is_empty()
                    && j < n
                    && self.words.soft[j - 1]
                    && let Some(g) = self.gaz_at(j)
                    && self.gazhits[g].kind == ActorKind::Country
                    && self.gazhits[g].via == Via::Name
                    && self.gazhits[g].peel == 0
                {
                    country = Some(self.gazhits[g].entry.clone());
                    j = self.gazhits[g].end;
                }
            }
            // "المبعوثة الأممية بالإنابة إلى ليبيا": an adjective of the
            // title before where the post is held.
            if !latin
                && j + 2 < n
                && self.words.soft[j - 1]
                && self.words.soft[j]
                && self.cues.is_some_and(|c| {
                    let w = self.words.words[j + 1];
                    held_somewhere
                        && c.title_adjectives.contains(self.words.words[j])
                        && (c.posted_at.contains(w) || c.posted_to.contains(w))
                })
            {
                j += 1;
            }
            if !latin
                && j + 1 < n
                && self.words.soft[j - 1]
                && self.words.soft[j]
                && held_somewhere
                && self.cues.is_some_and(|c| {
                    c.posted_at.contains(self.words.words[j]) || c.posted_to.contains(self.words.words[j])
                })
                && let Some(g) = self.gaz_at(j + 1)
                && matches!(self.gazhits[g].kind, ActorKind::Country | ActorKind::Location)
                && self.gazhits[g].via == Via::Name
            {
                // "السفيرة الأميركية في لبنان", "سفير المغرب لدى إسبانيا",
                // "السفيرة الأمريكية في بيروت": where the post is held, not
                // the holder's country.
                j = self.gazhits[g].end;
            } else if !latin
                && j < n
                && self.words.soft[j - 1]
                && let Some(g) = self.gaz_at(j)
                && matches!(self.gazhits[g].kind, ActorKind::Country | ActorKind::Location)
                && self.gazhits[g].via == Via::Name
                && self.gazhits[g].peel > 0
                && held_somewhere
                && self.words.words[j].get(..self.gazhits[g].peel).is_some_and(|clitic| {
                    self.cues.is_some_and(|c| {
                        c.posted_at.iter().any(|p| p.chars().count() == 1 && clitic.ends_with(p.as_str()))
                    })
                })
            {
                // The same with the preposition glued: "سفير الولايات
                // المتحدة بتونس".
                j = self.gazhits[g].end;
            } else if !latin
                && j + 1 < n
                && self.words.soft[j - 1]
                && self.words.soft[j]
                && held_somewhere
                && self.cues.is_some_and(|c| {
                    c.posted_at.contains(self.words.words[j]) && c.here.contains(self.words.words[j + 1])
                })
            {
                // Posted here: "سفير جمهورية مصر العربية لدى البلاد".
                j += 2;
            }
            let title_end = j;
            // Skip a comma (le ministre de la Justice, Paul Van Tigchelt), an
            // aside in brackets ("du BND (renseignement extérieur), Bruno
            // Kahl") and honorifics.
            let mut k = j;
            let mut comma = k > 0 && k < n && self.comma_after(k - 1);
            let mut soft = k > 0 && k < n && self.words.soft[k - 1];
            if let Some((after, c)) = self.aside_after(k) {
                (k, comma, soft) = (after, c, !c);
            }
            let honorific_at = |k: usize| {
                self.cue_over(k).is_some_and(|c| {
                    c.hit.start == k && c.cues.iter().any(|&x| self.cue(x).kind == CueKind::Honorific)
                })
            };
            // "..., le général X": a determiner before the rank.
            if comma
                && k + 1 < n
                && self.words.soft[k]
                && self.cues.is_some_and(|c| c.determiners.contains(self.words.words[k]))
                && honorific_at(k + 1)
            {
                k += 1;
            }
            if latin && comma {
                // comma gap: allowed once
            } else if comma && k < n && honorific_at(k) {
                // "رئيس أركان الجيش، الفريق أول X": a rank after the comma
                // opens the name in any script.
            } else if comma
                && k < n
                && self.name_after(k).is_some_and(|(_, e)| {
                    e >= n || matches!(self.gap(e - 1).trim(), "," | "،" | "." | "؛" | ";")
                })
            {
                // "نظيره الإسباني، فرانسيسكو باردو،": a name set off by
                // commas.
            } else if k > 0 && k < n && !soft {
                k = n; // no name across other punctuation
            }
            // "رئيس جهاز الاستخبارات السوري الجديد أنس خطاب".
            if k + 1 < n
                && k > 0
                && self.words.soft[k - 1]
                && self.words.soft[k]
                && self.cues.is_some_and(|c| c.title_adjectives.contains(self.words.words[k]))
            {
                k += 1;
            }
            while k < n && honorific_at(k) {
                k = self.cue_over(k).map_or(k + 1, |c| c.hit.end.max(k + 1));
            }
            // "président du BND" heads the BND, not a state.
            let ci = match self.cue(ci).with_organization {
                Some(v) if !orgs_found.is_empty() => v,
                _ => ci,
            };
            let cue = self.cue(ci);
            let specific = cue.position.as_deref().is_some_and(|p| p != "head-organization");
            // A Latin name is capitalized, which frames it well enough.
            let framed = !orgs_found.is_empty() || country.is_some() || specific || latin;
            let mut holder = Holder::None;
            if k < n {
                if let Some(g) = self.gaz_at(k)
                    && self.gazhits[g].kind == ActorKind::Person
                    && self.gazhits[g].via == Via::Name
                {
                    holder = Holder::Known(g);
                } else if framed && let Some((s, e)) = self.name_after(k) {
                    holder = Holder::New(s, e);
                }
            }
            // "A spokesman for the ministry, Carlos Mendez": a short lower-case
            // complement, a comma, then the name.
            if latin && matches!(holder, Holder::None) && k < n {
                let mut c = k;
                while c < n && c < k + 4 && self.words.soft[c] && !self.capitalized(c) && !self.covered[c] {
                    c += 1;
                }
                if c < n && c > k && !self.capitalized(c) && self.comma_after(c) && c + 1 < n {
                    if let Some(g) = self.gaz_at(c + 1)
                        && self.gazhits[g].kind == ActorKind::Person
                        && self.gazhits[g].via == Via::Name
                    {
                        holder = Holder::Known(g);
                    } else if let Some((s, e)) = self.name_after(c + 1) {
                        holder = Holder::New(s, e);
                    }
                }
            }
            // Apposition: "X, the ministry's director": back over a few
            // lower-case words to the comma.
            let mut start = start;
            if latin {
                let mut b = start;
                // Only determiners and possessives: "the ministry's", "its", "son".
                let det = |k: usize| {
                    let w = self.words.words[k];
                    self.possessive(k)
                        || self.cues.is_some_and(|c| c.determiners.contains(w))
                        || (k + 1 < self.words.len() && self.possessive(k + 1))
                };
                while b > 0
                    && start - b < 3
                    && self.words.soft[b - 1]
                    && !self.capitalized(b - 1)
                    && det(b - 1)
                {
                    b -= 1;
                }
                if b > 0 && b < start && self.comma_after(b - 1) && !self.comma_after(start - 1) {
                    start = b;
                }
            }
            if matches!(holder, Holder::None) && start > 0 && self.comma_after(start - 1) {
                if let Some(g) = self.gaz_ending(start)
                    && self.gazhits[g].kind == ActorKind::Person
                {
                    holder = Holder::Known(g);
                } else if framed && let Some((s, e)) = self.name_before(start) {
                    holder = Holder::New(s, e);
                }
            }
            out.push(TitleFrame {
                start,
                end: title_end.max(h.end),
                cue: ci,
                deputy: deputy_before || deputy_after,
                orgs: orgs_found,
                country,
                holder,
            });
        }
        // A word of address before an unknown name: "Mr John Carter", "السيد فلان الفلاني".
        for ch in &self.cuehits {
            let Some(&ci) = ch.cues.iter().find(|&&c| self.cue(c).kind == CueKind::Honorific) else {
                continue;
            };
            let h = &ch.hit;
            if out.iter().any(|f: &TitleFrame| f.start <= h.start && h.start <= f.end)
                || h.end >= n
                || !self.words.soft[h.end - 1]
            {
                continue;
            }
            if let Some((s, e)) = self.name_after(h.end) {
                out.push(TitleFrame {
                    start: h.start,
                    end: h.end,
                    cue: ci,
                    deputy: false,
                    orgs: Vec::new(),
                    country: None,
                    holder: Holder::New(s, e),
                });
            }
        }
        out
    }

    /// The date a title in sentence of byte `at` speaks of: the nearest
    /// time of its sentence with a value, else the publication date.
    fn date_at(&self, at: usize) -> Option<Period> {
        // The times are in text order: the sentence's are a slice of them.
        let s = self.text.sentence_of(at);
        let lo = self.times.partition_point(|t| self.text.sentence_of(t.start) < s);
        let hi = self.times.partition_point(|t| self.text.sentence_of(t.start) <= s);
        let own = &self.times[lo..hi.max(lo)];
        nearest_valued(own, at).and_then(|i| own[i].value).or_else(|| self.dct.map(Period::single))
    }

    fn country_code(&self, id: &str) -> Option<String> {
        self.gaz.get(id).and_then(|e| e.country.clone())
    }

    /// The person holding a position (or leading `org`) at a date.
    fn holder_of(
        &self,
        position: Option<&str>,
        org: Option<&str>,
        country: Option<&str>,
        when: Option<Period>,
    ) -> Option<String> {
        let code = country.and_then(|c| self.country_code(c));
        // The people who held the position or led the organization, in
        // entry order (the gazetteer's indexes).
        let candidates = match (position, org) {
            (_, Some(o)) => self.gaz.leaders_of.get(o),
            (Some(p), None) => self.gaz.by_position.get(p),
            (None, None) => None,
        };
        let mut best: Option<(PartialDate, &str)> = None;
        for (id, i) in candidates.into_iter().flatten() {
            let Some(r) = self.gaz.get(id).and_then(|e| e.roles.get(*i)) else { continue };
            if org.is_none() {
                let org_entry = self.gaz.get(&r.org);
                let in_country = Some(r.org.as_str()) == country
                    || (code.is_some() && org_entry.and_then(|o| o.country.clone()) == code)
                    || org_entry.and_then(|o| o.part_of.as_deref()) == country && country.is_some();
                if !in_country {
                    continue;
                }
            }
            if !role_valid(r, when) {
                continue;
            }
            let from = r.from.as_deref().and_then(PartialDate::parse).unwrap_or(PartialDate::Year(0));
            if best.as_ref().is_none_or(|b| from > b.0) {
                best = Some((from, id.as_str()));
            }
        }
        best.map(|b| b.1.to_string())
    }

    fn gaz_actor(&mut self, id: &str) {
        if self.result.actors.contains_key(id) {
            return;
        }
        let Some(e) = self.gaz.get(id) else { return };
        self.result.actors.insert(id.to_string(), self.record_of(e));
    }

    /// The actor record of a gazetteer entry (made once per gazetteer).
    fn record_of(&self, e: &Entry) -> Actor {
        self.gaz.records.get(&e.id).cloned().unwrap_or_else(|| actor_of(e))
    }

    fn push(&mut self, m: ActorMention) {
        self.result.mentions.push(m);
    }

    fn see(&mut self, s: Seen) {
        self.seen.retain(|x| x.id != s.id);
        self.seen.push(s);
    }

    /// A known ministry's domain: that of the organization cue its English
    /// name carries ("Ministry of the Interior").
    fn gaz_domain(&self, id: &str) -> Option<String> {
        self.gaz.domains.get(id).cloned()
    }

    fn seen_of_gaz(&self, id: &str) -> Seen {
        let e = self.gaz.get(id);
        let position = e.and_then(|e| {
            e.roles
                .iter()
                .filter(|r| role_valid(r, self.dct.map(Period::single)))
                .find_map(|r| r.position.clone())
        });
        let country = e.and_then(|e| e.country.clone());
        let domain = self.gaz_domain(id);
        // An actor of this text only (a new person): its own record's kind.
        let own = self.result.actors.get(id).map(|a| a.kind);
        Seen {
            id: id.to_string(),
            kind: e.map(|e| e.kind).or(own).unwrap_or(ActorKind::Organization),
            country,
            position,
            domain,
        }
    }

    /// Decides whether a capital stands for its country.
    fn capital_as_country(&self, g: &GazHit) -> Option<String> {
        let capital = self.gaz.capital_of.get(&g.entry)?;
        if g.peel > 0 {
            return None; // بالرباط، للرباط: a place
        }
        let next_is_word = g.end < self.words.len() && self.gap(g.end - 1).trim().is_empty();
        if !next_is_word || self.dateline(g.start, g.end) {
            return None; // a dateline or the end of a clause
        }
        // The seat of an organization the text names stands for it
        // ("Mauritania and the EU ..., with Brussels pledging").
        let seated = self.gaz.seat_of.get(&g.entry).and_then(|orgs| {
            let named = self.named.get_or_init(|| {
                self.gazhits.iter().filter(|h| h.via == Via::Name).map(|h| h.entry.clone()).collect()
            });
            orgs.iter().find(|o| named.contains(o.as_str()))
        });
        let country = seated.unwrap_or(capital);
        if g.start == 0 || !self.words.soft[g.start - 1] {
            return Some(country.clone()); // "بروكسل تنظر بقلق", "Rabat insists"
        }
        let p = g.start - 1;
        let place_word = self.cues.is_some_and(|c| c.place_words.contains(self.words.words[p]));
        if place_word || self.covered[p] || self.nisba_country(p).is_some() || self.after_within(g.start) {
            return None; // "في الرباط", "the capital Rabat", "العاصمة المالية باماكو", "بولاية الجزائر"
        }
        // Arabic puts the subject after its verb: "وتخشى بروكسل أن ...".
        (self.lang == "ar" || self.stop(p)).then(|| country.clone())
    }

    fn walk(&mut self, orgs: &[OrgFrame], frames: &[TitleFrame]) {
        // Events by word position: 0 gazetteer, 1 ministry, 2 title, 3 description.
        let mut events: Vec<(usize, u8, usize)> = Vec::new();
        for (i, g) in self.gazhits.iter().enumerate() {
            events.push((g.start, 0, i));
        }
        for (i, o) in orgs.iter().enumerate() {
            events.push((o.start, 1, i));
        }
        for (i, f) in frames.iter().enumerate() {
            let at = match f.holder {
                Holder::New(s, _) => s,
                _ => f.start,
            };
            events.push((at, 2, i));
        }
        let framed: HashSet<usize> = frames.iter().map(|f| f.start).collect();
        for (i, c) in self.cuehits.iter().enumerate() {
            let desc = c.cues.iter().any(|&x| self.cue(x).kind == CueKind::Description);
            let titled = c.cues.iter().any(|&x| self.cue(x).kind == CueKind::Title);
            let names_one = orgs.iter().any(|o| o.start == c.hit.end && o.kind != ActorKind::Organization);
            if desc && !(titled && framed.contains(&c.hit.start)) && !names_one {
                events.push((c.hit.start, 3, i));
            }
        }
        events.sort();
        let spans = Spans::new(orgs, frames);
        let mut titled: Vec<(usize, usize)> = frames
            .iter()
            .filter(|f| self.cue(f.cue).kind == CueKind::Title)
            .filter_map(|f| match f.holder {
                Holder::New(s, e) => Some(self.original(s, e, 0)),
                Holder::Known(g) => Some(self.original(self.gazhits[g].start, self.gazhits[g].end, 0)),
                Holder::None => None,
            })
            .collect();
        // Sorted, overlapping ranges merged: one binary search answers.
        titled.sort_unstable();
        let mut merged: Vec<(usize, usize)> = Vec::with_capacity(titled.len());
        for (s, e) in titled {
            match merged.last_mut() {
                Some(last) if s < last.1 => last.1 = last.1.max(e),
                _ => merged.push((s, e)),
            }
        }
        self.titled = merged;
        // Links for known people found through a title frame.
        let mut known_links: BTreeMap<usize, Vec<(usize, &TitleFrame)>> = BTreeMap::new();
        for (i, f) in frames.iter().enumerate() {
            if let Holder::Known(g) = f.holder {
                known_links.entry(g).or_default().push((i, f));
            }
        }
        for (_, kind, i) in events {
            match kind {
                0 => {
                    let g = self.gazhits[i].clone();
                    let mut id = g.entry.clone();
                    let mut via = g.via;
                    let mut kind = g.kind;
                    if g.via == Via::Name
                        && let Some(c) = self.capital_as_country(&g)
                    {
                        kind = self.gaz.get(&c).map_or(ActorKind::Country, |e| e.kind);
                        id = c;
                        via = Via::Capital;
                    }
                    if g.via == Via::Adjective
                        && (self.gaz.get(&id).is_some_and(|e| e.kind != ActorKind::Country)
                            || !self.attached(&g, &spans))
                    {
                        continue;
                    }
                    // An agency the text gives to another country than its
                    // own ("Egypt's State Security" is not Belgium's): that
                    // country's namesake, not this entry. A name other
                    // states' agencies bear too (the entry's `shared`
                    // names) is also given by the state after it ("جهاز
                    // أمن الدولة في الكويت").
                    let given = (via == Via::Name).then(|| self.given_country(&g)).flatten();
                    if via == Via::Name
                        && kind == ActorKind::Organization
                        && let Some(own) = self.country_code(&id)
                        && let Some((c, _, _)) = &given
                        && self.country_code(c).is_some_and(|x| x != own)
                    {
                        id = self.namesake(&id, c, self.orig_text(g.start, g.end, g.peel));
                    }
                    self.gaz_actor(&id);
                    let mut links = Vec::new();
                    let mut seen = self.seen_of_gaz(&id);
                    if let Some(fs) = known_links.get(&i) {
                        for (_, f) in fs {
                            links.extend(self.links_of(f));
                            let cue = self.cue(f.cue);
                            seen.position = more_specific(cue.position.clone(), seen.position);
                        }
                    }
                    if via != Via::Adjective {
                        self.see(seen);
                    }
                    if kind == ActorKind::Person && g.via == Via::Name && g.end > g.start + 1 {
                        self.add_surname(g.start, g.end, &id);
                    }
                    // A country inside a known name ("Belgian State Security",
                    // "police fédérale belge"), looked for once: it names the
                    // country and, for an agency, states its part_of. Not the
                    // state itself: "Saudi" in "Saudi Arabia".
                    let inner = (g.via == Via::Name)
                        .then(|| self.inner_country(&g))
                        .flatten()
                        .filter(|(c, _, _)| *c != id);
                    // An agency the text attributes to its country: part_of.
                    if via == Via::Name
                        && matches!(kind, ActorKind::Organization | ActorKind::Group | ActorKind::Media)
                        && let Some((c, cs, ce)) = inner.clone().or_else(|| given.clone())
                        && (self.country_code(&id).is_none()
                            || self.country_code(&id) == self.country_code(&c))
                    {
                        links.push(TitleLink { relation: "part_of", target: c, start: cs, end: ce });
                    }
                    self.push(ActorMention { start: g.ostart, end: g.oend, actor: id, kind, via, links });
                    if let Some(inner) = inner {
                        self.inner_adjective(inner);
                    }
                }
                1 => {
                    let o = &orgs[i];
                    let (s, e) = self.original(o.start, o.end, 0);
                    let (s, e) = self.trim_clitic(o.start, s, e);
                    let country = o.country.as_ref().and_then(|c| self.country_code(c));
                    self.see(Seen {
                        id: o.id.clone(),
                        kind: o.kind,
                        country,
                        position: None,
                        domain: (!o.domain.is_empty()).then(|| o.domain.clone()),
                    });
                    let links = o
                        .country
                        .iter()
                        .map(|c| TitleLink { relation: "part_of", target: c.clone(), start: s, end: e })
                        .collect();
                    self.push(ActorMention {
                        start: s,
                        end: e,
                        actor: o.id.clone(),
                        kind: o.kind,
                        via: Via::Pattern,
                        links,
                    });
                }
                2 => self.title_event(&frames[i]),
                _ => self.description_event(i),
            }
        }
    }

    /// The country inside a known name ([`Doc::inner_country`]: "وزارة
    /// الخارجية الجزائرية", "police fédérale belge", "Belgian State
    /// Security") is a mention of that country too.
    fn inner_adjective(&mut self, (country, s, e): (String, usize, usize)) {
        self.gaz_actor(&country);
        self.push(ActorMention {
            start: s,
            end: e,
            actor: country,
            kind: ActorKind::Country,
            via: Via::Adjective,
            links: Vec::new(),
        });
    }

    /// The country inside a known name, with its span: an adjective
    /// closing it (or, in Latin script, opening it), or the country's name
    /// opening an agency's name.
    fn inner_country(&self, g: &GazHit) -> Option<(String, usize, usize)> {
        if g.end < g.start + 2 {
            return None;
        }
        // The adjective closes the name ("police fédérale belge", "الشرطة
        // الإسبانية"), or in Latin script opens it ("Belgian State
        // Security", "Dutch National Police").
        let adjective_at = |k: usize| {
            let w = &self.words.words[k];
            let (country, peel) =
                matcher::variants(w, self.words.arabic[k], &self.clitics).into_iter().find_map(|v| {
                    let p = self.gaz.matcher.id(&v.form)?;
                    self.gaz.targets[p]
                        .iter()
                        .find(|t| t.via == Via::Adjective)
                        .map(|t| (t.entry.clone(), v.peel))
                })?;
            self.gaz.get(&country).filter(|e| e.kind == ActorKind::Country)?;
            let (s, e) = self.original(k, k + 1, peel);
            Some((country, s, e))
        };
        adjective_at(g.end - 1)
            .or_else(|| (!self.words.arabic[g.start]).then(|| adjective_at(g.start)).flatten())
            .or_else(|| self.possessive_in_name(g))
    }

    /// A known agency's name that opens on its country's name, possessive
    /// or not ("Morocco's Ministry of Justice", "U.S. Department of
    /// Justice"): the country and its span. The name is looked up by its
    /// first words, as the gazetteer keys them.
    fn possessive_in_name(&self, g: &GazHit) -> Option<(String, usize, usize)> {
        if self.words.arabic[g.start] || g.end < g.start + 2 {
            return None;
        }
        let entry = self.gaz.get(&g.entry)?;
        if entry.kind != ActorKind::Organization {
            return None;
        }
        let country = self.country_by_code(entry.country.as_deref()?)?;
        let mut key = String::new();
        (g.start..(g.end - 1).min(g.start + 3)).find_map(|k| {
            if k > g.start {
                key.push(' ');
            }
            key.push_str(self.words.words[k]);
            let p = self.gaz.matcher.id(&key)?;
            self.gaz.targets[p].iter().any(|t| t.via == Via::Name && t.entry == country).then(|| {
                let (os, _) = self.original(g.start, g.end, 0);
                let (_, ce) = self.original(g.start, k + 1, 0);
                (country.clone(), os, ce)
            })
        })
    }

    /// Whether an adjective qualifies an actor (a title, an agency, a
    /// person, the authorities): only then does it name its country.
    fn attached(&self, g: &GazHit, spans: &Spans) -> bool {
        if self.attached_here(g, spans) {
            return true;
        }
        // Listed with a state that is: "Iraqi and U.S. officials",
        // "responsables marocains et espagnols" (Latin script).
        let state = |k: usize| {
            let h = &self.gazhits[k];
            (h.via == Via::Adjective || (h.via == Via::Name && h.kind == ActorKind::Country))
                && self.attached_here(h, spans)
        };
        let joins = |k: usize| self.words.soft[k] && self.stop(k) && self.words.words[k].chars().count() <= 3;
        let n = self.words.len();
        self.lang != "ar"
            && ((g.end + 1 < n
                && self.words.soft[g.end - 1]
                && joins(g.end)
                && self.gaz_at(g.end + 1).is_some_and(state))
                || (g.start >= 2
                    && self.words.soft[g.start - 2]
                    && joins(g.start - 1)
                    && self.gaz_ending(g.start - 1).is_some_and(state)))
    }

    /// [`Doc::attached`] by what stands right beside the adjective.
    fn attached_here(&self, g: &GazHit, spans: &Spans) -> bool {
        if spans.contains(g.start, g.end) || spans.org_ends_at(g.start) {
            return true;
        }
        let actorish = |k: usize| {
            self.gaz_over(k).is_some_and(|h| h.via == Via::Name)
                || self
                    .cue_over(k)
                    .is_some_and(|c| c.cues.iter().any(|&x| self.cue(x).kind != CueKind::Honorific))
        };
        let before = g.start > 0 && self.words.soft[g.start - 1] && actorish(g.start - 1);
        let after =
            self.lang != "ar" && g.end < self.words.len() && self.words.soft[g.end - 1] && actorish(g.end);
        // "a Turkish security delegation": one lower-case word before the
        // state noun.
        let state_noun = |k: usize| {
            self.cue_over(k).is_some_and(|c| {
                c.hit.start == k && c.cues.iter().any(|&x| self.cue(x).kind == CueKind::StateNoun)
            })
        };
        let after_one = self.lang != "ar"
            && g.end + 1 < self.words.len()
            && self.words.soft[g.end - 1]
            && self.words.soft[g.end]
            && !self.capitalized(g.end)
            && !self.covered[g.end]
            && state_noun(g.end + 1);
        before || after || after_one
    }

    /// Registers the surname of a person named on words `s..e` as a short
    /// form of `id` for the rest of the text.
    fn add_surname(&mut self, s: usize, e: usize, id: &str) {
        let mut ls = e - 1;
        if ls > s + 1 && self.particle(ls - 1) {
            ls -= 1;
        }
        if ls > s {
            let (ss, se) = self.original(ls, e, 0);
            let k = matcher::key(&self.text.original[ss..se]);
            self.short.entry(k).or_insert_with(|| (id.to_string(), ActorKind::Person));
        }
    }

    /// Leaves a proclitic out of a pattern span (لوزارة → وزارة).
    fn trim_clitic(&self, start_word: usize, s: usize, e: usize) -> (usize, usize) {
        if !self.words.arabic[start_word] {
            return (s, e);
        }
        let w = &self.words.words[start_word];
        // A word that opens a cue as written keeps its letters ("وكالة"
        // is no و + ك + a cue starting "اله").
        let opens_cue = |form: &str| {
            self.cues.is_some_and(|c| c.matcher.keys().iter().any(|k| k.split(' ').next() == Some(form)))
        };
        if opens_cue(w) {
            return (s, e);
        }
        for v in matcher::variants(w, true, &self.clitics) {
            if v.peel > 0 && !v.stripped && opens_cue(&v.form) {
                let (s2, _) = self.original(start_word, start_word + 1, v.peel);
                return (s2, e);
            }
        }
        (s, e)
    }

    fn links_of(&self, f: &TitleFrame) -> Vec<TitleLink> {
        let cue = self.cue(f.cue);
        let (s, e) = self.original(f.start, f.end, 0);
        let mut out = Vec::new();
        let mut push = |rel: &'static str, target: &str| {
            if !out.iter().any(|l: &TitleLink| l.relation == rel && l.target == target) {
                out.push(TitleLink { relation: rel, target: target.to_string(), start: s, end: e });
            }
        };
        match cue.link.as_deref() {
            // A deputy serves in the organization the title names.
            Some("leads") if f.deputy => {
                for o in &f.orgs {
                    push("member_of", o);
                }
            }
            Some("leads") => {
                for o in &f.orgs {
                    push("leads", o);
                }
                // Heads of state and government lead their country.
                if f.orgs.is_empty()
                    && cue.position.as_deref().is_some_and(|p| p.starts_with("head-of"))
                    && let Some(c) = &f.country
                {
                    push("leads", c);
                }
                // "Jordan's intelligence chief": the country's one agency
                // of the title's role.
                if f.orgs.is_empty()
                    && let Some(role) = &cue.agency
                    && let Some(c) = &f.country
                    && let Some(o) = self.only_agency(c, role)
                {
                    push("leads", &o);
                }
            }
            Some("member_of") => {
                // An official who is not a minister belongs to the organization
                // the title names ("Justice Department spokeswoman").
                if cue.domain.is_none() {
                    for o in &f.orgs {
                        push("member_of", o);
                    }
                }
                let mut country = f.country.clone().or_else(|| {
                    f.orgs.iter().find_map(|o| {
                        let code = self.gaz.get(o).and_then(|e| e.country.clone())?;
                        self.country_by_code(&code)
                    })
                });
                // A minister leads the ministry of the same domain named in
                // the text (the nearest one of the minister's country).
                if let Some(d) = &cue.domain
                    && let Some((m, mcountry)) = self.ministry_near(d, f.start, country.as_deref())
                {
                    push("leads", &m);
                    country = country.or(mcountry);
                }
                if let Some(c) = country
                    && (f.orgs.is_empty() || cue.domain.is_some())
                {
                    push("member_of", &c);
                }
            }
            _ => {}
        }
        out
    }

    /// The ministry of `domain` named nearest to word `at` (of `country`
    /// when given), with its country.
    fn ministry_near(
        &self,
        domain: &str,
        at: usize,
        country: Option<&str>,
    ) -> Option<(String, Option<String>)> {
        let code = country.and_then(|c| self.country_code(c));
        let list = self.ministry_index.get(&(domain.to_string(), code))?;
        // The nearest start on either side; at equal distance the first found
        // (organization frames, then gazetteer names, each in text order).
        let p = list.partition_point(|m| m.start < at);
        let before = p.checked_sub(1).map(|i| at - list[i].start);
        let after = list.get(p).map(|m| m.start - at);
        let d = before.into_iter().chain(after).min()?;
        let from = list.partition_point(|m| m.start + d < at);
        list[from..]
            .iter()
            .take_while(|m| m.start <= at + d)
            .min_by_key(|m| m.rank)
            .map(|m| (m.id.clone(), m.country.clone()))
    }

    /// Indexes the ministries named in the text by domain and by the
    /// country code of the country they serve (and under no code, all of them).
    fn index_ministries(&mut self) {
        let mut all: Vec<(String, Ministry)> = Vec::new();
        for o in &self.orgframes {
            let m =
                Ministry { start: o.start, rank: all.len(), id: o.id.clone(), country: o.country.clone() };
            all.push((o.domain.clone(), m));
        }
        for g in &self.gazhits {
            if g.via == Via::Name && g.kind == ActorKind::Organization {
                let Some(domain) = self.gaz_domain(&g.entry) else { continue };
                let country = self.country_code(&g.entry).and_then(|c| self.country_by_code(&c));
                all.push((
                    domain,
                    Ministry { start: g.start, rank: all.len(), id: g.entry.clone(), country },
                ));
            }
        }
        let mut index: BTreeMap<(String, Option<String>), Vec<Ministry>> = BTreeMap::new();
        for (domain, m) in all {
            if let Some(code) = m.country.as_ref().and_then(|c| self.country_code(c)) {
                index.entry((domain.clone(), Some(code))).or_default().push(m.clone());
            }
            index.entry((domain, None)).or_default().push(m);
        }
        for list in index.values_mut() {
            list.sort_by_key(|m| (m.start, m.rank));
        }
        self.ministry_index = index;
    }

    /// The country a text attributes to an agency named on words
    /// `start..end`: an adjective after or before it, or "X's".
    fn attributed_country(&self, start: usize, end: usize) -> Option<(String, usize, usize)> {
        let n = self.words.len();
        // Right after the name, or after its acronym in brackets ("la
        // Direction générale de la sécurité intérieure (DGSI) française").
        let next = if end < n && self.words.soft[end - 1] {
            Some(end)
        } else {
            self.aside_after(end).filter(|&(_, comma)| !comma).map(|(k, _)| k)
        };
        if let Some(k) = next
            && let Some(g) = self.adjective_at(k)
            && let Some(c) = self.adjective_country(&self.gazhits[g])
        {
            return Some((c, self.gazhits[g].ostart, self.gazhits[g].oend));
        }
        if self.lang != "ar" && start > 0 && self.words.soft[start - 1] {
            if let Some(g) = self.gaz_ending(start)
                && self.gazhits[g].via == Via::Adjective
                && let Some(c) = self.adjective_country(&self.gazhits[g])
            {
                return Some((c, self.gazhits[g].ostart, self.gazhits[g].oend));
            }
            if start > 1
                && self.possessive(start - 1)
                && let Some(g) = self.gaz_ending(start - 1)
                && self.gazhits[g].kind == ActorKind::Country
                && self.gazhits[g].via == Via::Name
            {
                return Some((self.gazhits[g].entry.clone(), self.gazhits[g].ostart, self.gazhits[g].oend));
            }
        }
        self.apposed_country(start, end)
    }

    /// The country of a description set off by commas beside an agency's
    /// name (Latin script): "la VSSE, le service de renseignement civil
    /// belge," and "Morocco's foreign intelligence service, the DGED".
    fn apposed_country(&self, start: usize, end: usize) -> Option<(String, usize, usize)> {
        let cues = self.cues?;
        let n = self.words.len();
        if self.lang == "ar" || end >= n {
            return None;
        }
        let det = |k: usize| cues.determiners.contains(self.words.words[k]);
        // A country by adjective, or a country or union by possessive, at
        // word k: its id and span, one past its last word, and whether it
        // is a possessive ("the European Union's").
        let named_at = |k: usize| -> Option<((String, usize, usize), usize, bool)> {
            let h = &self.gazhits[self.gaz_at(k)?];
            match h.via {
                Via::Adjective => Some(((self.adjective_country(h)?, h.ostart, h.oend), h.end, false)),
                Via::Name
                    if matches!(h.kind, ActorKind::Country | ActorKind::Organization)
                        && h.end < self.words.len()
                        && self.possessive(h.end) =>
                {
                    Some(((h.entry.clone(), h.ostart, h.oend), h.end + 1, true))
                }
                _ => None,
            }
        };
        // After: past an aside in brackets ("(VSSE)") and a comma, at most
        // six words of description closed by punctuation ("le service de
        // renseignement civil belge,", "Morocco's domestic intelligence
        // agency,", "the European Union's law enforcement agency,").
        let after = match self.aside_after(end) {
            Some((k, true)) => Some(k),
            Some(_) => None,
            None => self.comma_after(end - 1).then_some(end),
        };
        // A description opens on a determiner or on the country itself
        // ("America's federal police"), not on a preposition ("The DGST,
        // in coordination with Spain's police, ...").
        if let Some(k) = after.filter(|&k| k < n && (det(k) || named_at(k).is_some())) {
            let first = if det(k) { k + 1 } else { k };
            let mut j = first;
            while j < n && j <= first + 5 {
                if let Some((found, e, possessive)) = named_at(j) {
                    let closed = if possessive {
                        (e..n.min(e + 6)).any(|x| !self.words.soft[x])
                    } else {
                        !self.words.soft[e - 1]
                    };
                    if closed {
                        return Some(found);
                    }
                }
                if !self.words.soft[j]
                    || self.gaz_at(j).is_some_and(|g| {
                        self.gazhits[g].via == Via::Name && self.gazhits[g].kind != ActorKind::Country
                    })
                {
                    break;
                }
                j += 1;
            }
        }
        // Before: a description, a comma, a determiner: a country's
        // possessive and at most four lower-case words ("when Morocco's
        // foreign intelligence service, the DGED"), or words a country's
        // adjective closes ("le service de renseignement marocain, la
        // DGST"); not a clause ("Moroccan authorities handed over a
        // national, the U.S. Department of Justice said").
        if start >= 3 && det(start - 1) && self.comma_after(start - 2) {
            let mut b = start - 2;
            while b > 0 && self.words.soft[b - 1] && start - 2 - b < 7 {
                b -= 1;
            }
            return (b..start - 1).find_map(|j| {
                let (found, e, possessive) = named_at(j)?;
                let fits = if possessive {
                    start - 1 - e <= 4 && (e..start - 1).all(|k| !self.capitalized(k))
                } else {
                    e == start - 1
                };
                fits.then_some(found)
            });
        }
        None
    }

    fn country_by_code(&self, code: &str) -> Option<String> {
        self.gaz
            .entries
            .iter()
            .find(|e| e.kind == ActorKind::Country && e.country.as_deref() == Some(code))
            .map(|e| e.id.clone())
    }

    fn title_event(&mut self, f: &TitleFrame) {
        let cue = self.cue(f.cue);
        match f.holder {
            Holder::Known(_) => {} // linked when the name's own event comes
            Holder::New(s, e) => {
                let (os, oe) = self.original(s, e, self.name_peel(s));
                let written = self.text.original[os..oe].to_string();
                let country = f.country.clone().or_else(|| {
                    f.orgs
                        .iter()
                        .find_map(|o| self.gaz.get(o).and_then(|e| e.country.clone()))
                        .and_then(|c| self.country_by_code(&c))
                });
                let code = country.as_ref().and_then(|c| self.country_code(c));
                let mut id = self.person_id(&written, s);
                if self.gaz.get(&id).is_none()
                    && let Some(h) =
                        self.shortened_holder(cue.position.as_deref(), country.as_deref(), &written, os)
                {
                    id = h;
                }
                let links = self.links_of(f);
                let title = self.english_title(f);
                if let Some(g) = self.gaz.get(&id) {
                    if !self.result.actors.contains_key(&id) {
                        let a = self.record_of(g);
                        self.result.actors.insert(id.clone(), a);
                    }
                    self.add_surname(s, e, &id);
                } else {
                    let latin = if self.words.arabic[s] {
                        title_case(&self.gaz.lexicon.translit.latin_written(&written))
                    } else {
                        written.clone()
                    };
                    // The surname, with its particle: بوستين, Van Tigchelt.
                    let mut ls = e - 1;
                    if ls > s + 1 && self.particle(ls - 1) {
                        ls -= 1;
                    }
                    let surname = (ls > s).then(|| {
                        let (ss, se) = self.original(ls, e, 0);
                        self.text.original[ss..se].to_string()
                    });
                    let actor = self.result.actors.entry(id.clone()).or_insert_with(|| {
                        new_actor(&id, ActorKind::Person, latin, code.clone(), title.clone())
                    });
                    add_name(actor, self.lang, &written);
                    if let Some(surname) = surname {
                        if !actor.aliases.contains(&surname) {
                            Arc::make_mut(&mut actor.aliases).push(surname.clone());
                        }
                        self.short.insert(matcher::key(&surname), (id.clone(), ActorKind::Person));
                    }
                }
                self.see(Seen {
                    id: id.clone(),
                    kind: ActorKind::Person,
                    country: code,
                    position: cue.position.clone().filter(|_| !f.deputy),
                    domain: None,
                });
                self.push(ActorMention {
                    start: os,
                    end: oe,
                    actor: id,
                    kind: ActorKind::Person,
                    via: Via::Pattern,
                    links,
                });
            }
            // An unnamed deputy is not the one who holds the title.
            Holder::None if f.deputy || self.complement_of_title(f.start) => {}
            Holder::None => {
                let (os, oe) = self.original(f.start, f.end, 0);
                let when = self.date_at(os);
                let position = cue.position.as_deref();
                // A title right after a person's name is theirs ("عبد الفتاح
                // البرهان رئيس مجلس السيادة"), whoever else the gazetteer says
                // held it then: the text names its holder. Not when the name
                // has its own title before it, nor when the title is another
                // country's ("قائد الجيش جوزاف عون السفير الأميركي": Aoun met
                // the ambassador).
                let title_code = f.country.as_deref().and_then(|c| self.country_code(c));
                let before = self.result.mentions.iter().rev().find(|m| m.end <= os).filter(|m| {
                    let theirs = self
                        .result
                        .actors
                        .get(&m.actor)
                        .and_then(|a| a.country.clone())
                        .or_else(|| self.gaz.get(&m.actor).and_then(|e| e.country.clone()));
                    m.kind == ActorKind::Person
                        && self.text.original[m.end..os].trim().is_empty()
                        && m.links.is_empty()
                        && !self.titled_name(m.start, m.end)
                        && (title_code.is_none() || theirs.is_none() || theirs == title_code)
                });
                let found = if before.is_some() {
                    None
                } else if position == Some("counterpart") {
                    // "son homologue marocain": the same post as the person
                    // just named, in the other country; that person is not
                    // of the counterpart's country.
                    let theirs = f.country.as_deref().and_then(|c| self.country_code(c));
                    let post = self
                        .seen
                        .iter()
                        .rev()
                        .find(|x| {
                            x.kind == ActorKind::Person
                                && x.position.as_deref().is_some_and(|p| p != "counterpart")
                                && (theirs.is_none() || x.country != theirs)
                        })
                        .and_then(|x| x.position.clone());
                    match (post, &f.country) {
                        (Some(p), Some(c)) => self.holder_of(Some(&p), None, Some(c), when),
                        _ => None,
                    }
                } else if position == Some("head-organization") {
                    f.orgs.first().and_then(|o| self.holder_of(None, Some(o), None, when))
                } else if f.country.is_some() {
                    self.holder_of(position, None, f.country.as_deref(), when)
                } else if let Some(o) = f.orgs.first() {
                    let c = self
                        .gaz
                        .get(o)
                        .and_then(|e| e.country.clone())
                        .and_then(|c| self.country_by_code(&c));
                    c.and_then(|c| self.holder_of(position, None, Some(&c), when))
                } else {
                    None
                };
                let (id, via) = match found {
                    Some(id) => (id, Via::Title),
                    None => {
                        // "وزير الداخلية العراقي" after "نظيره العراقي X": the
                        // person of this text with that post, or introduced as
                        // a counterpart, in that country.
                        let same_post = title_code.as_ref().zip(position).and_then(|(code, pos)| {
                            self.seen.iter().rev().find(|x| {
                                x.kind == ActorKind::Person
                                    && x.country.as_ref() == Some(code)
                                    && matches!(x.position.as_deref(), Some(p) if p == pos || p == "counterpart")
                            })
                        });
                        if let Some(m) = before {
                            (m.actor.clone(), Via::Coreference)
                        } else if let Some(x) = same_post {
                            (x.id.clone(), Via::Coreference)
                        } else if !f.orgs.is_empty() || f.country.is_some() || self.in_construct(f.end) {
                            return;
                        } else {
                            // A bare title: the last person who held it in this text.
                            let prefix = position.map(|p| p.split('-').next().unwrap_or(p).to_string());
                            match self.seen.iter().rev().find(|x| {
                                x.kind == ActorKind::Person
                                    && prefix.as_ref().is_none_or(|p| {
                                        x.position.as_ref().is_some_and(|q| q.starts_with(p.as_str()))
                                    })
                            }) {
                                Some(x) => (x.id.clone(), Via::Coreference),
                                None => return,
                            }
                        }
                    }
                };
                self.gaz_actor(&id);
                let links = self.links_of(f);
                let mut seen = self.seen_of_gaz(&id);
                seen.position = more_specific(position.map(str::to_string), seen.position);
                self.see(seen);
                if via == Via::Title
                    && let Some((s, e)) = self.name_before_title(f.start, &id)
                {
                    let (ns, ne) = self.original(s, e, self.name_peel(s));
                    self.add_surname(s, e, &id);
                    self.push(ActorMention {
                        start: ns,
                        end: ne,
                        actor: id.clone(),
                        kind: ActorKind::Person,
                        via: Via::Name,
                        links: Vec::new(),
                    });
                }
                let (s2, e2) = self.trim_clitic(f.start, os, oe);
                self.push(ActorMention {
                    start: s2,
                    end: e2,
                    actor: id,
                    kind: ActorKind::Person,
                    via,
                    links,
                });
            }
        }
    }

    /// Does the byte range overlap a name a title introduced? (The ranges
    /// are sorted and merged: the last one starting before `end` is the
    /// only candidate.)
    fn titled_name(&self, start: usize, end: usize) -> bool {
        let i = self.titled.partition_point(|&(s, _)| s < end);
        i.checked_sub(1).is_some_and(|k| self.titled[k].1 > start)
    }

    /// Does the title at word `start` complete the title right before it,
    /// joined by a preposition glued to its article ("المبعوث الخاص للأمين
    /// العام للأمم المتحدة": the Secretary-General's envoy)? Then it names
    /// whose post that is, not a person taking part.
    fn complement_of_title(&self, start: usize) -> bool {
        let art = self.clitics.article.as_str();
        if start == 0 || !self.words.arabic[start] || art.is_empty() || !self.words.soft[start - 1] {
            return false;
        }
        let glued = matcher::variants(self.words.words[start], true, &self.clitics)
            .iter()
            .any(|v| v.peel > 0 && !v.stripped && v.form.starts_with(art));
        let i = self.cuehits.partition_point(|c| c.hit.start < start);
        glued
            && i.checked_sub(1).is_some_and(|k| {
                let c = &self.cuehits[k];
                c.hit.end == start && c.cues.iter().any(|&x| self.cue(x).kind == CueKind::Title)
            })
    }

    /// Does an Arabic title ending before word `end` stand in construct
    /// with what follows? An indefinite last word before a definite one
    /// ("قائد القيادة المركزية") has a complement, even one no list
    /// knows: the title is not a bare one.
    fn in_construct(&self, end: usize) -> bool {
        let art = self.clitics.article.as_str();
        self.lang == "ar"
            && !art.is_empty()
            && end > 0
            && end < self.words.len()
            && self.words.soft[end - 1]
            && !self.words.words[end - 1].starts_with(art)
            && self.words.words[end].starts_with(art)
            && !self.stop(end)
    }

    /// The name of the known holder of a title written right before it in
    /// a spelling the gazetteer lacks ("ويليام بيرنز مدير الوكالة" for
    /// "وليام بيرنز"): two to four free words, joined by spaces, with the
    /// consonant skeleton of the holder's name.
    fn name_before_title(&self, start: usize, id: &str) -> Option<(usize, usize)> {
        if start < 2 || !self.words.arabic[start - 1] || !self.words.soft[start - 1] {
            return None;
        }
        let target = &self.gaz.skeletons.iter().find(|(i, _)| i == id)?.1;
        let tr = &self.gaz.lexicon.translit;
        (2..=4)
            .filter(|&len| len <= start)
            .map(|len| start - len)
            .take_while(|&s| {
                (s..start).all(|k| !self.covered[k] && self.words.arabic[k])
                    && self.words.soft[s..start].iter().all(|&x| x)
            })
            .filter_map(|s| {
                let (os, oe) = self.original(s, start, self.name_peel(s));
                let sim = similarity(&tr.skeleton(&self.text.original[os..oe]), target);
                (sim >= 0.85).then_some((sim, s))
            })
            .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)))
            .map(|(_, s)| (s, start))
    }

    fn english_title(&self, f: &TitleFrame) -> Option<String> {
        let cue = self.cue(f.cue);
        let en = cue.en.clone()?;
        if cue.link.as_deref() == Some("leads")
            && let Some(o) = f.orgs.first()
        {
            let name = self
                .result
                .actors
                .get(o)
                .map(|a| a.name.clone())
                .or_else(|| self.gaz.get(o).map(|e| e.name.clone()));
            if let Some(n) = name {
                return Some(format!("{en} of {n}"));
            }
        }
        Some(en)
    }

    /// The title's holder at the time when the name written after the title
    /// is the first words of one of the holder's names: a lineage name
    /// shortened ("Interior Minister Abdulaziz bin Saud" for Abdulaziz bin
    /// Saud bin Nayef). Two words at least; the title and its country must
    /// give the holder, so no other person of that name is taken.
    fn shortened_holder(
        &self,
        position: Option<&str>,
        country: Option<&str>,
        written: &str,
        at: usize,
    ) -> Option<String> {
        let key = matcher::key(written);
        let short: Vec<&str> = key.split_whitespace().collect();
        if short.len() < 2 {
            return None;
        }
        let id = self.holder_of(Some(position?), None, Some(country?), self.date_at(at))?;
        let e = self.gaz.get(&id)?;
        let longer = |k: &String| {
            let mut words = k.split_whitespace();
            short.iter().all(|w| words.next() == Some(w)) && words.next().is_some()
        };
        e.name_keys.iter().any(longer).then_some(id)
    }

    /// The id for a new person: a gazetteer person whose Latin name has the
    /// same consonant skeleton, a person of this text, or a new slug.
    fn person_id(&self, written: &str, s: usize) -> String {
        let tr = &self.gaz.lexicon.translit;
        let arabic = self.words.arabic[s];
        // Across scripts the skeleton is all there is; within the Latin
        // script a spelling variant (Abdelatif / Abdellatif) must be closer.
        let threshold = if arabic { 0.85 } else { 0.9 };
        // A lineage may be written longer than the gazetteer has it: "X bin
        // Y bin Z Al W" is "X bin Y Al W" (the second "bin" and the name
        // after it dropped).
        let words: Vec<&str> = written.split_whitespace().collect();
        let shorter = words.iter().enumerate().skip(1).find_map(|(i, w)| {
            let k = matcher::key(w);
            let particle = self.cues.is_some_and(|c| c.particles.contains(k.as_str()));
            (particle && i + 2 < words.len() && words[..i].iter().any(|x| matcher::key(x) == k))
                .then(|| words[..i].iter().chain(&words[i + 2..]).copied().collect::<Vec<_>>().join(" "))
        });
        let best = std::iter::once(written)
            .chain(shorter.as_deref())
            .filter_map(|form| {
                let sk = tr.skeleton(form);
                self.gaz
                    .skeletons
                    .iter()
                    .filter(|(_, x)| x.len() >= 4 && may_reach(&sk, x, threshold))
                    .map(|(id, x)| (similarity(&sk, x), id))
                    .filter(|(sim, _)| *sim >= threshold)
                    .max_by(|a, b| a.0.total_cmp(&b.0))
            })
            .max_by(|a, b| a.0.total_cmp(&b.0));
        if let Some((_, id)) = best {
            return id.clone();
        }
        let sk = tr.skeleton(written);
        let key = matcher::key(written);
        for a in self.result.actors.values().filter(|a| a.kind == ActorKind::Person) {
            if matcher::key(&a.name) == key || a.names.values().any(|n| matcher::key(n) == key) {
                return a.id.clone();
            }
            if arabic {
                let x = tr.skeleton(&a.name);
                if x.len() >= 4 && similarity(&sk, &x) >= 0.85 {
                    return a.id.clone();
                }
            }
        }
        let latin = if arabic { tr.latin_written(written) } else { written.to_string() };
        format!("person/{}", slug(&latin))
    }

    fn description_event(&mut self, i: usize) {
        let ch = self.cuehits[i].clone();
        let Some(&ci) = ch.cues.iter().find(|&&c| self.cue(c).kind == CueKind::Description) else { return };
        let cue = self.cue(ci);
        let Some(kind) = cue.actor_kind else { return };
        let mut start = ch.hit.start;
        let mut before_country = None;
        if let Some(c) = self.cues
            && !c.determiners.is_empty()
        {
            // "the minister", "le ministre", "the Spanish official": a bare
            // noun is not a description.
            let det = |k: usize| c.determiners.contains(self.words.words[k]);
            if start > 0 && self.words.soft[start - 1] && det(start - 1) {
                start -= 1;
            } else if start > 1
                && self.words.soft[start - 1]
                && self.words.soft[start - 2]
                && let Some(g) = self.adjective_at(start - 1)
                && det(start - 2)
            {
                before_country = self.adjective_country(&self.gazhits[g]);
                start -= 2;
            } else {
                return;
            }
            // "du groupe de travail", "the group of experts": a group with
            // a complement of its own is no armed group.
            let e = ch.hit.end;
            if kind == ActorKind::Group
                && e < self.words.len()
                && self.words.soft[e - 1]
                && c.of.contains(self.words.words[e])
            {
                return;
            }
        }
        // "son directeur adjoint", "نائب المدير": a deputy is not the
        // holder of the title.
        let n = self.words.len();
        let (hs, he) = (ch.hit.start, ch.hit.end);
        if (hs > 0 && self.words.soft[hs - 1] && self.deputy(hs - 1))
            || (he < n && self.words.soft[he - 1] && self.deputy(he))
        {
            return;
        }
        let (country, _, end) = self.country_around(&ch.hit, true, false);
        let country = country.or(before_country);
        let code = country.as_ref().and_then(|c| self.country_code(c));
        let prefix = cue.position.clone();
        let domain = cue.domain.clone();
        // The noun of the description, when an actor's name carries it
        // ("the agency" for Europol, "European Union Agency for ..."), picks
        // that actor before a more recent one.
        let noun = matcher::key(self.orig_text(ch.hit.start, ch.hit.end, ch.hit.peel));
        let noun = noun
            .strip_prefix(self.clitics.article.as_str())
            .filter(|_| self.lang == "ar")
            .unwrap_or(&noun)
            .to_string();
        let carries = |x: &Seen| {
            kind != ActorKind::Person
                && self.result.actors.get(&x.id).is_some_and(|a| {
                    std::iter::once(&a.name).chain(a.names.values()).chain(a.aliases.iter()).any(|n| {
                        matcher::key(n).split(' ').any(|w| {
                            w == noun || w.strip_prefix(self.clitics.article.as_str()) == Some(noun.as_str())
                        })
                    })
                })
        };
        let compatible = |x: &Seen| {
            x.kind == kind
                && prefix
                    .as_ref()
                    .is_none_or(|p| x.position.as_ref().is_some_and(|q| q.starts_with(p.as_str())))
                && domain.as_ref().is_none_or(|_| x.domain.is_some())
                && (code.is_none() || x.country == code)
        };
        let found = self
            .seen
            .iter()
            .rev()
            .find(|x| compatible(x) && carries(x))
            .or_else(|| self.seen.iter().rev().find(|x| compatible(x)))
            .map(|x| x.id.clone());
        // "le ministre de l'Intérieur X ... le ministère": else the one
        // organization of its kind that the people named so far lead (by
        // a dated role), when only one fits.
        let found = found.or_else(|| {
            let when = self.dct.map(Period::single);
            let led: BTreeSet<&String> = self
                .seen
                .iter()
                .filter(|x| x.kind == ActorKind::Person)
                .filter_map(|x| self.gaz.get(&x.id))
                .flat_map(|e| &e.roles)
                .filter(|r| r.role == "leads" && role_valid(r, when))
                .map(|r| &r.org)
                .filter(|o| {
                    let s = self.seen_of_gaz(o);
                    o.starts_with("organization/") && compatible(&s)
                })
                .collect();
            let mut it = led.into_iter();
            match (it.next(), it.next()) {
                (Some(o), None) => Some(o.clone()),
                _ => None,
            }
        });
        let Some(id) = found else { return };
        let peel = if start == ch.hit.start { ch.hit.peel } else { 0 };
        let (os, oe) = self.original(start, end, peel);
        self.push(ActorMention {
            start: os,
            end: oe,
            actor: id,
            kind,
            via: Via::Coreference,
            links: Vec::new(),
        });
    }

    /// "عمان ... (بترا) - ألقت الأجهزة الأمنية القبض": in Arabic a state
    /// noun with no country of its own, in an article with a dateline and a
    /// sentence that names no other country, is the dateline's state.
    fn dateline_state_nouns(&mut self) {
        let Some(cues) = self.cues else { return };
        if cues.home_nouns.is_empty() {
            return;
        }
        let Some(state) = self.dateline_country() else { return };
        let mut found = Vec::new();
        // Mentions are in text order within each pass; a sorted copy of
        // the country mentions' starts answers "another country in this
        // sentence?" by binary search.
        let mut others: Vec<usize> = self
            .result
            .mentions
            .iter()
            .filter(|m| m.kind == ActorKind::Country && m.actor != state)
            .map(|m| m.start)
            .collect();
        others.sort_unstable();
        for ch in &self.cuehits {
            if !ch.cues.iter().any(|&c| self.cue(c).kind == CueKind::StateNoun)
                || !cues.home_nouns.contains(&cues.matcher.keys()[ch.hit.pattern])
            {
                continue;
            }
            let (b, e) = (ch.hit.start, ch.hit.end);
            let adjective = |g: Option<usize>| g.is_some_and(|g| self.gazhits[g].via == Via::Adjective);
            let own = adjective(self.gaz_at(e))
                || (b > 0 && adjective(self.gaz_ending(b)))
                || (e < self.words.len() && self.nisba_country(e).is_some());
            // Nor one with a complement ("الأجهزة الأمنية للبلدين", "the
            // authorities of").
            let qualified = e < self.words.len()
                && self.words.soft[e - 1]
                && if self.words.arabic[e] {
                    self.clitics.prepositions.iter().any(|p| self.words.words[e].starts_with(p.as_str()))
                } else {
                    cues.of.contains(self.words.words[e])
                };
            if own || qualified || ch.hit.skipped.is_some() {
                continue;
            }
            let (s, t) = self.original(ch.hit.start, e, ch.hit.peel);
            let sentences = &self.text.sentences;
            let Some(sent) = sentences
                .partition_point(|x| x.start <= s)
                .checked_sub(1)
                .map(|k| sentences[k])
                .filter(|x| t <= x.end)
            else {
                continue;
            };
            let i = others.partition_point(|&o| o < sent.start);
            if others.get(i).is_some_and(|&o| o < sent.end) {
                continue;
            }
            found.push((s, t));
        }
        for (s, t) in found {
            self.gaz_actor(&state);
            self.push(ActorMention {
                start: s,
                end: t,
                actor: state.clone(),
                kind: ActorKind::Country,
                via: Via::Coreference,
                links: Vec::new(),
            });
        }
    }

    /// Short forms of new people's names, after their first mention.
    fn short_forms(&mut self) {
        if self.short.is_empty() {
            return;
        }
        let m = PhraseMatcher::new(self.short.keys().cloned());
        // The spans already taken, sorted, with the furthest end so far: a
        // hit overlaps one of them in O(log n), so long texts stay linear.
        let mut taken: Vec<(usize, usize)> = self.result.mentions.iter().map(|x| (x.start, x.end)).collect();
        taken.sort_unstable();
        let reach: Vec<usize> = taken
            .iter()
            .scan(0usize, |far, &(_, b)| {
                *far = (*far).max(b);
                Some(*far)
            })
            .collect();
        let overlaps = |s: usize, e: usize| {
            let i = taken.partition_point(|&(a, _)| a < e);
            i > 0 && reach[i - 1] > s
        };
        // Where each actor is first named (a short form only refers back).
        let mut first: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        for x in &self.result.mentions {
            let f = first.entry(x.actor.clone()).or_insert(x.start);
            *f = (*f).min(x.start);
        }
        let hits = matcher::scan(&self.words, &m, &self.clitics, &[], |_| true);
        for h in hits {
            let Some((id, kind)) = self.short.get(&m.keys()[h.pattern]).cloned() else { continue };
            let (s, e) = self.original(h.start, h.end, h.peel);
            if overlaps(s, e) {
                continue;
            }
            if !self.words.arabic[h.start] && !self.capitalized(h.start) {
                continue;
            }
            if first.get(&id).is_none_or(|&f| f > s) {
                continue;
            }
            self.push(ActorMention {
                start: s,
                end: e,
                actor: id,
                kind,
                via: Via::Coreference,
                links: Vec::new(),
            });
        }
    }

    fn finish(mut self) -> ActorResult {
        self.result.mentions.sort_by(|a, b| (a.start, a.end, &a.actor).cmp(&(b.start, b.end, &b.actor)));
        // One mention per span and actor, with the links any of its finders
        // gave it ("Morocco's Ministry of Justice" found as a name and as
        // a ministry with its country).
        self.result.mentions.dedup_by(|a, b| {
            let same = a.start == b.start && a.end == b.end && a.actor == b.actor;
            if same {
                for l in a.links.drain(..) {
                    if !b.links.contains(&l) {
                        b.links.push(l);
                    }
                }
            }
            same
        });
        // Actors of links and facts.
        let targets: Vec<String> =
            self.result.mentions.iter().flat_map(|m| m.links.iter().map(|l| l.target.clone())).collect();
        for t in targets {
            self.gaz_actor(&t);
        }
        let mentioned: BTreeSet<String> = self.result.mentions.iter().map(|m| m.actor.clone()).collect();
        let mut facts = Vec::new();
        let at = self.dct.map(Period::single);
        for id in &mentioned {
            let Some(e) = self.gaz.get(id) else { continue };
            if let Some(p) = &e.part_of
                && self.gaz.get(p).is_some()
                && matches!(e.kind, ActorKind::Organization | ActorKind::Group)
            {
                facts.push(fact("part_of", id, p, None));
            }
            if e.kind == ActorKind::Person {
                for r in e.roles.iter().filter(|r| r.role == "leads" && role_valid(r, at)) {
                    if self.gaz.get(&r.org).is_some() {
                        facts.push(fact(
                            "leads",
                            id,
                            &r.org,
                            Some(Valid { start: r.from.clone(), end: r.to.clone() }),
                        ));
                    }
                }
            }
        }
        facts.sort_by(|a, b| a.id.cmp(&b.id));
        facts.dedup_by(|a, b| a.id == b.id);
        let fact_targets: Vec<String> = facts.iter().map(|f| f.target.clone()).collect();
        for t in fact_targets {
            self.gaz_actor(&t);
        }
        self.result.facts = facts;
        self.result
    }
}

fn fact(kind: &str, source: &str, target: &str, valid: Option<Valid>) -> Relation {
    Relation {
        id: format!("g-{kind}-{source}-{target}"),
        kind: kind.to_string(),
        source: source.to_string(),
        target: target.to_string(),
        valid,
        basis: Some(Basis::Gazetteer),
        evidence: Vec::new(),
        confidence: None,
    }
}

/// The position a person is seen in: the title's, unless it only says
/// "head of an organization" and the person's dated role says which kind
/// ("patron de la DGSE": head of foreign intelligence, whose counterpart
/// is the other country's head of foreign intelligence).
fn more_specific(title: Option<String>, role: Option<String>) -> Option<String> {
    match (title, role) {
        (Some(t), Some(r)) if t == "head-organization" && r.starts_with("head-") => Some(r),
        (t, r) => t.or(r),
    }
}

/// Is a role held at some day of `when` (always, when no date is known)?
fn role_valid(r: &super::RoleSpec, when: Option<Period>) -> bool {
    let Some(w) = when else { return r.to.is_none() };
    let from_ok =
        r.from.as_deref().and_then(PartialDate::parse).is_none_or(|f| f.first_day() <= w.end.last_day());
    let to_ok =
        r.to.as_deref().and_then(PartialDate::parse).is_none_or(|t| t.last_day() >= w.start.first_day());
    from_ok && to_ok
}

/// The output actor of a gazetteer entry.
/// An actor found in the text, not in the gazetteer.
fn new_actor(
    id: &str,
    kind: ActorKind,
    name: String,
    country: Option<String>,
    title: Option<String>,
) -> Actor {
    Actor {
        id: id.to_string(),
        kind,
        name,
        names: Default::default(),
        aliases: Default::default(),
        country,
        cameo: None,
        title,
        mentions: Vec::new(),
    }
}

pub(super) fn actor_of(e: &Entry) -> Actor {
    let mut names = BTreeMap::new();
    let mut aliases: Vec<String> = Vec::new();
    for (lang, list) in &e.names {
        if let Some(first) = list.first() {
            names.insert(lang.clone(), first.clone());
        }
        aliases.extend(list.iter().skip(1).cloned());
    }
    aliases.extend(e.aliases.iter().cloned());
    let mut seen = HashSet::new();
    aliases.retain(|a| a != &e.name && seen.insert(a.clone()));
    let title = e.roles.iter().rev().find(|r| r.to.is_none()).and_then(|r| r.title.clone());
    Actor {
        id: e.id.clone(),
        kind: e.kind,
        name: e.name.clone(),
        names: Arc::new(names),
        aliases: Arc::new(aliases),
        country: e.country.clone(),
        cameo: e.cameo.clone(),
        title,
        mentions: Vec::new(),
    }
}

fn add_name(actor: &mut Actor, lang: &str, written: &str) {
    let written = written.trim();
    if written.is_empty() {
        return;
    }
    match actor.names.get(lang) {
        None => {
            Arc::make_mut(&mut actor.names).insert(lang.to_string(), written.to_string());
        }
        Some(n) if n != written && !actor.aliases.iter().any(|a| a == written) => {
            Arc::make_mut(&mut actor.aliases).push(written.to_string());
        }
        _ => {}
    }
}

/// Which of `times` (in text order) with a value starts nearest byte `at`;
/// of two as near, the first. The nearest is the first found on either
/// side of `at`, so a long sentence's times are not all looked at.
pub(super) fn nearest_valued(times: &[TimeMention], at: usize) -> Option<usize> {
    let k = times.partition_point(|t| t.start < at);
    // Before `at`: the latest start with a value, and of the times
    // starting there, the first with one.
    let before = times[..k].iter().rposition(|t| t.value.is_some()).map(|j| {
        let mut first = j;
        for i in (0..j).rev().take_while(|&i| times[i].start == times[j].start) {
            if times[i].value.is_some() {
                first = i;
            }
        }
        first
    });
    let after = times[k..].iter().position(|t| t.value.is_some()).map(|j| k + j);
    match (before, after) {
        (Some(b), Some(a)) => Some(if at - times[b].start <= times[a].start - at { b } else { a }),
        (b, a) => b.or(a),
    }
}
