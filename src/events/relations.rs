//! Relations stated in a document, each with the sentence it was read from.
//!
//! - `leads` and `member_of`: from titles and appositions, as the actor
//!   stage links them ("المدير العام لـ X", "the Belgian minister").
//! - `part_of`: an agency followed or preceded by its country's adjective
//!   or name ("جهاز أمن الدولة البلجيكي", "Morocco's DGSN", "la DGST
//!   marocaine"); a group "affiliated to" / "an arm of" another.
//! - `counterpart_of`: "نظيره X", "son homologue X", "his counterpart X".
//! - `cooperates_with`: a cooperation word followed by the parties
//!   ("التعاون بين X وY", "cooperation between X and Y", "la coopération
//!   maroco-espagnole"), "the two countries" resolving to the last two
//!   countries named.
//! - `active_in`: a group said to be active somewhere ("ينشط في", "based
//!   in", "there" resolving to the last place named).
//! - `threatens`: from asserted or reported threat events.
//! - `located_in`: "X, south of Y".

use super::lexicon::{LangEvents, Phrases};
use super::{Input, Placed, Sentence, stable_hash};
use crate::actors::Via;
use crate::model::{ActorKind, Event, Evidence, Modality, Relation, Role};
use std::collections::{BTreeMap, BTreeSet};

struct Collector<'a> {
    input: &'a Input<'a>,
    /// Relations by (kind, source, target), with the sentences already in
    /// their evidence.
    out: BTreeMap<(String, String, String), (Relation, BTreeSet<usize>)>,
}

impl Collector<'_> {
    fn add(&mut self, kind: &str, source: &str, target: &str, sentence: usize, confidence: f64) {
        if source == target {
            return;
        }
        let (source, target) = if matches!(kind, "counterpart_of" | "cooperates_with") && source > target {
            (target, source)
        } else {
            (source, target)
        };
        let key = (kind.to_string(), source.to_string(), target.to_string());
        let (r, sentences) = self.out.entry(key).or_insert_with(|| {
            let id = format!("r-{:016x}", stable_hash(&[self.input.doc, kind, source, target]));
            let r = Relation {
                id,
                kind: kind.to_string(),
                source: source.to_string(),
                target: target.to_string(),
                valid: None,
                basis: None,
                evidence: Vec::new(),
                confidence: Some(confidence),
            };
            (r, BTreeSet::new())
        });
        // Within a document a sentence is its evidence: one entry per sentence.
        if sentences.insert(sentence) {
            let s = self.input.text.sentences[sentence];
            r.evidence.push(Evidence {
                doc: self.input.doc.to_string(),
                sentence,
                start: s.start,
                end: s.end,
                text: self.input.text.original[s.start..s.end].to_string(),
            });
        }
    }
}

fn is_org(p: &Placed<'_>) -> bool {
    matches!(p.m.kind, ActorKind::Organization | ActorKind::Group) && p.m.via != Via::Adjective
}

fn is_country(p: &Placed<'_>) -> bool {
    p.m.kind == ActorKind::Country
}

fn is_place(p: &Placed<'_>) -> bool {
    matches!(p.m.kind, ActorKind::Location | ActorKind::Country) && p.m.via != Via::Adjective
}

/// Positions (word index, length) of cue phrases in a sentence.
fn cues_in(sent: &Sentence<'_>, lang: &LangEvents, list: &Phrases) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = sent.ts;
    while i < sent.te {
        match sent.cue_at(lang, i, list) {
            Some(n) if i + n <= sent.te => {
                out.push((i, n));
                i += n;
            }
            _ => i += 1,
        }
    }
    out
}

/// Reads the relations of a document.
pub(crate) fn extract(
    input: &Input<'_>,
    lang: &LangEvents,
    sentences: &[Sentence<'_>],
    events: &[Event],
) -> Vec<Relation> {
    let mut c = Collector { input, out: BTreeMap::new() };
    // The last two countries and the last place named so far, for "the two
    // countries" and "there".
    let mut last_countries: Vec<String> = Vec::new();
    let mut last_place: Option<String> = None;
    for sent in sentences {
        let ms = &sent.mentions;
        // Titles.
        for p in ms {
            for l in &p.m.links {
                c.add(l.relation, &p.m.actor, &l.target, sent.index, 0.9);
            }
        }
        // An official named after his country's adjective: "نظيره المغربي
        // X", "her Moroccan counterpart X", "le ministre belge X".
        let official_near = |p: &Placed<'_>| {
            (p.first.saturating_sub(4).max(sent.ts)..p.first).any(|i| {
                sent.cue_at(lang, i, &lang.cues.counterpart).is_some()
                    || sent.cue_at(lang, i, &lang.cues.official).is_some()
            })
        };
        for (i, p) in ms.iter().enumerate() {
            if p.m.kind != ActorKind::Person
                || !p.m.links.is_empty() && p.m.links.iter().any(|l| l.relation == "member_of")
            {
                continue;
            }
            let adj = ms[..i]
                .iter()
                .rev()
                .take_while(|n| n.last + 3 >= p.first)
                .find(|n| is_country(n) && n.m.via == Via::Adjective);
            if let Some(a) = adj
                && official_near(p)
            {
                c.add("member_of", &p.m.actor, &a.m.actor, sent.index, 0.75);
            }
        }
        // An agency with its country's adjective or name beside it.
        for (i, p) in ms.iter().enumerate() {
            if !is_org(p) {
                continue;
            }
            let next =
                ms.get(i + 1).filter(|n| is_country(n) && n.first <= p.last + 1 && n.m.via == Via::Adjective);
            // Right before it, with nothing but space or a possessive
            // between ("Moroccan police", "Belgium's VSSE"); not "... in
            // Morocco, Spain's Interior Ministry".
            // The closing dot of an abbreviated name counts as nothing ("the
            // U.S. Department of Justice").
            let prev = i.checked_sub(1).map(|k| &ms[k]).filter(|n| {
                let gap = input.text.original.get(n.m.end..p.m.start).unwrap_or(",").trim();
                let abbreviated = gap == "." && input.text.original[n.m.start..n.m.end].contains('.');
                is_country(n)
                    && n.last + 1 >= p.first
                    && n.last <= p.first
                    && (matches!(gap, "" | "'s" | "’s" | "'") || abbreviated)
            });
            // A known agency belongs to its own country only.
            let theirs = |n: &Placed<'_>| {
                let code = |id: &str| input.gazetteer.get(id).and_then(|e| e.country.clone());
                code(&p.m.actor).is_none_or(|own| code(&n.m.actor).is_none_or(|c| c == own))
            };
            if let Some(n) = next.or(prev).filter(|n| theirs(n)) {
                c.add("part_of", &p.m.actor, &n.m.actor, sent.index, 0.8);
            }
        }
        // "affiliated to", "التابع لـ".
        // Each cue looks at the mentions within reach of it only: a text
        // with no sentence end is one huge sentence.
        for (at, n) in cues_in(sent, lang, &lang.cues.part_of) {
            let ms = sent.mentions_near(at, at + n);
            let src =
                ms.iter().filter(|p| is_org(p) && p.last <= at && at - p.last <= 3).max_by_key(|p| p.last);
            let dst = ms
                .iter()
                .filter(|p| is_org(p) && p.first >= at + n && p.first - (at + n) <= 2)
                .min_by_key(|p| p.first);
            if let (Some(s), Some(d)) = (src, dst) {
                c.add("part_of", &s.m.actor, &d.m.actor, sent.index, 0.75);
            }
        }
        // Counterparts.
        for (at, n) in cues_in(sent, lang, &lang.cues.counterpart) {
            let ms = sent.mentions_near(at, at + n);
            let other = ms
                .iter()
                .filter(|p| p.m.kind == ActorKind::Person && p.first >= at + n && p.first - (at + n) <= 4)
                .min_by_key(|p| p.first);
            let Some(other) = other else { continue };
            // Not one named in a relative aside between commas ("X, qui
            // accompagne le président, ... son homologue"): X's counterpart.
            let comma_before = |k: usize| k > sent.ts && super::comma_before(input.text, k);
            let in_aside = |p: &Placed<'_>| {
                (p.first.saturating_sub(6).max(sent.ts + 1)..p.first)
                    .any(|k| comma_before(k) && sent.cue_at(lang, k, &lang.cues.relative).is_some())
                    && (p.last..=at).any(comma_before)
            };
            let me = ms
                .iter()
                .filter(|p| {
                    p.m.kind == ActorKind::Person
                        && p.last <= at
                        && p.m.actor != other.m.actor
                        && !in_aside(p)
                })
                .max_by_key(|p| p.last)
                .or_else(|| ms.iter().find(|p| p.m.kind == ActorKind::Person && p.m.actor != other.m.actor));
            if let Some(me) = me {
                c.add("counterpart_of", &me.m.actor, &other.m.actor, sent.index, 0.85);
            }
        }
        // Cooperation between parties. A country written beside an
        // agency ("Germany's BKA", "المديرية ... المغربية") names the
        // agency's country, not a party.
        let attached: Vec<bool> = (0..ms.len())
            .map(|i| {
                is_country(&ms[i])
                    && (ms.get(i + 1).is_some_and(|n| is_org(n) && n.first <= ms[i].last + 1)
                        || (i > 0
                            && is_org(&ms[i - 1])
                            && ms[i].first <= ms[i - 1].last + 1
                            && ms[i].m.via == Via::Adjective))
            })
            .collect();
        for (at, n) in cues_in(sent, lang, &lang.cues.cooperation) {
            let range = sent.near_range(at, at + n);
            let attached = &attached[range.clone()];
            let ms = &ms[range];
            let window_end = (at + n + 10).min(sent.te);
            let mut parties: Vec<String> = Vec::new();
            // "in cooperation with X", "the security cooperation with X",
            // "التعاون الأمني مع X" (at most two words of the cue's
            // adjectives before "with"): the subject before the cue is a
            // party; else the state in the title that opens the sentence
            // ("Spain's interior minister praised cooperation with X").
            let glued_with = ms.iter().any(|p| {
                p.first == at + n
                    && lang.cues.with.iter().any(|c| c.len() == 1 && p.clitic.ends_with(c[0].as_str()))
            });
            let with = glued_with
                || sent.cue_at(lang, at + n, &lang.cues.with).is_some()
                || (at + n + 1..(at + n + 3).min(sent.te)).any(|k| {
                    // Past adjectives, a "with" of its own: not "between"
                    // nor "and" ("الشراكة الاستراتيجية بين X وY").
                    !ms.iter().any(|p| p.first >= at + n && p.first < k)
                        && sent.cue_at(lang, k, &lang.cues.with).is_some()
                        && sent.cue_at(lang, k, &lang.cues.between).is_none()
                        && sent.cue_at(lang, k, &lang.cues.and).is_none()
                });
            let subject = ms
                .iter()
                .enumerate()
                .filter(|(i, p)| p.last <= at && (is_org(p) || is_country(p)) && !p.in_title && !attached[*i])
                .map(|(_, p)| p)
                .min_by_key(|p| (p.m.kind != ActorKind::Organization, at - p.last))
                .or_else(|| {
                    ms.iter()
                        .find(|p| p.first >= sent.ts)
                        .filter(|p| p.last <= at && p.in_title && is_country(p) && p.first <= sent.ts + 3)
                });
            if with && let Some(subject) = subject {
                parties.push(subject.m.actor.clone());
            }
            for (i, p) in ms.iter().enumerate() {
                let inside =
                    p.first >= at + n && p.first < window_end && (is_country(p) || is_org(p)) && !p.in_title;
                if !inside || p.m.kind == ActorKind::Group || attached[i] {
                    continue;
                }
                if !parties.contains(&p.m.actor) {
                    parties.push(p.m.actor.clone());
                }
            }
            let two = two_countries(sent, lang, at + n, window_end);
            if parties.len() < 2 && two && last_countries.len() >= 2 {
                for x in &last_countries[last_countries.len() - 2..] {
                    if !parties.contains(x) {
                        parties.push(x.clone());
                    }
                }
            }
            parties.truncate(4);
            for i in 0..parties.len() {
                for j in i + 1..parties.len() {
                    c.add("cooperates_with", &parties[i], &parties[j], sent.index, 0.7);
                }
            }
        }
        // Groups active somewhere.
        for (at, n) in cues_in(sent, lang, &lang.cues.active) {
            let ms = sent.mentions_near(at, at + n);
            let groups: Vec<&Placed<'_>> = ms
                .iter()
                .filter(|p| {
                    p.m.kind == ActorKind::Group && (p.first.abs_diff(at) <= 20 || p.last.abs_diff(at) <= 20)
                })
                .collect();
            if groups.is_empty() {
                continue;
            }
            let there_at = (at + n..(at + n + 6).min(sent.te))
                .find(|&i| sent.cue_at(lang, i, &lang.cues.there).is_some());
            // "actif dans le centre et le nord du Mali": a few words may
            // stand before the place.
            let after = ms
                .iter()
                .filter(|p| is_place(p) && p.first >= at + n && p.first - (at + n) <= 8)
                .filter(|p| there_at.is_none_or(|t| p.first < t))
                .min_by_key(|p| p.first);
            // And the places listed after it ("in Mali and Burkina Faso").
            let mut listed: Vec<&Placed<'_>> = after.into_iter().collect();
            for p in ms.iter().filter(|p| is_place(p) && after.is_some_and(|a| p.first > a.first)) {
                match listed.last() {
                    Some(prev) if super::listed_after(sent, lang, input.text, prev, p) => listed.push(p),
                    _ => break,
                }
            }
            let before =
                ms.iter().filter(|p| is_place(p) && p.last <= at && at - p.last <= 4).max_by_key(|p| p.last);
            let there_place = there_at.and_then(|_| {
                ms.iter()
                    .filter(|p| is_place(p) && p.last <= at)
                    .max_by_key(|p| p.last)
                    .map(|p| p.m.actor.clone())
                    .or(last_place.clone())
            });
            let place = after
                .map(|p| p.m.actor.clone())
                .or(there_place)
                .or_else(|| before.map(|p| p.m.actor.clone()));
            if let Some(place) = place {
                for g in groups {
                    c.add("active_in", &g.m.actor, &place, sent.index, 0.7);
                    for p in listed.iter().skip(1) {
                        c.add("active_in", &g.m.actor, &p.m.actor, sent.index, 0.7);
                    }
                }
            }
        }
        // "X, south of Y".
        for (at, n) in cues_in(sent, lang, &lang.cues.located) {
            let ms = sent.mentions_near(at, at + n);
            let x = ms
                .iter()
                .filter(|p| p.m.kind == ActorKind::Location && p.last <= at && at - p.last <= 2)
                .max_by_key(|p| p.last);
            let y = ms
                .iter()
                .filter(|p| is_place(p) && p.first >= at + n && p.first - (at + n) <= 1)
                .min_by_key(|p| p.first);
            if let (Some(x), Some(y)) = (x, y) {
                c.add("located_in", &x.m.actor, &y.m.actor, sent.index, 0.8);
            }
        }
        for p in ms {
            if is_country(p) && !last_countries.contains(&p.m.actor) {
                last_countries.push(p.m.actor.clone());
            } else if is_country(p) {
                last_countries.retain(|x| x != &p.m.actor);
                last_countries.push(p.m.actor.clone());
            }
            if is_place(p) {
                last_place = Some(p.m.actor.clone());
            }
        }
    }
    // A person's office held on the publication date, when the text names
    // that office as an actor too ("Laftit" and "the Moroccan interior
    // ministry" in one article): the text speaks of both, the gazetteer
    // says how they are tied.
    let mut first_sentence: BTreeMap<&str, usize> = BTreeMap::new();
    for sent in sentences {
        for p in &sent.mentions {
            first_sentence.entry(p.m.actor.as_str()).or_insert(sent.index);
        }
    }
    for (person, &si) in first_sentence.iter().filter(|(a, _)| a.starts_with("person/")) {
        let Some(entry) = input.gazetteer.get(person) else { continue };
        for role in entry.roles.iter().filter(|r| r.role == "leads" && holds(r, input.dct)) {
            if let Some(&oi) = first_sentence.get(role.org.as_str())
                && !role.org.starts_with("country/")
            {
                let shared = sentences.iter().find(|s| {
                    s.mentions.iter().any(|p| p.m.actor == *person)
                        && s.mentions.iter().any(|p| p.m.actor == role.org)
                });
                c.add("leads", person, &role.org, shared.map_or(si.max(oi), |s| s.index), 0.7);
            }
        }
    }
    // Threats stated as facts.
    for e in events
        .iter()
        .filter(|e| e.kind == "threat" && matches!(e.modality, Modality::Asserted | Modality::Reported))
    {
        let agents: Vec<&str> =
            e.participants.iter().filter(|p| p.role == Role::Agent).map(|p| p.actor.as_str()).collect();
        let targets: Vec<&str> =
            e.participants.iter().filter(|p| p.role == Role::Target).map(|p| p.actor.as_str()).collect();
        for a in &agents {
            for t in &targets {
                for ev in &e.evidence {
                    c.add("threatens", a, t, ev.sentence, 0.7);
                }
            }
        }
    }
    c.out.into_values().map(|(r, _)| r).collect()
}

/// Does "the two countries" (البلدين, les deux pays) occur in the words?
fn two_countries(sent: &Sentence<'_>, lang: &LangEvents, from: usize, to: usize) -> bool {
    (from.max(sent.ts)..to).any(|i| sent.cue_at(lang, i, &lang.cues.both).is_some_and(|n| i + n <= to))
}

/// Does a gazetteer role hold on `date` (the publication date)?
fn holds(r: &crate::actors::RoleSpec, date: Option<crate::date::PartialDate>) -> bool {
    let Some(d) = date else { return false };
    let from = r.from.as_deref().and_then(crate::date::PartialDate::parse);
    let to = r.to.as_deref().and_then(crate::date::PartialDate::parse);
    from.is_none_or(|f| f.first_day() <= d.last_day()) && to.is_none_or(|t| d.first_day() <= t.last_day())
}
