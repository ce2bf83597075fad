//! Events and relations: triggers, arguments, dates, modality,
//! coreference and evidence.
//!
//! [`extract`] reads one document sentence by sentence. A trigger (a verb
//! or noun of `data/lexicon/events/<lang>.toml`, found with its proclitics
//! and suffixes) opens an event of its type; its frame says how the actors
//! around it take part (agent, host, target, participants, location). The
//! date is the time expression nearest the trigger in its sentence, else
//! that of the event the sentence refers back to ("during the visit"),
//! else none: the publication date is never a default. Modality comes
//! from cue words before the trigger and from the tense of the date.
//! Definite or demonstrative references ("الزيارة", "this meeting") to an
//! earlier event of the same kind add evidence to it instead of opening a
//! new one; talks held during a visit belong to the visit.
//!
//! Relations are read from titles ([`crate::actors::TitleLink`]) and from
//! cue patterns ([`relations`]).

pub mod lexicon;
pub mod relations;

pub use lexicon::{EventLexicon, Frame};

use crate::actors::{ActorMention, ActorResult, Gazetteer, Via};
use crate::date::{PartialDate, Period};
use crate::model::{ActorKind, Event, Evidence, Modality, Participant, Plover, Role};
use crate::text::{Text, in_dateline};
use crate::time::TimeMention;
use lexicon::{LangEvents, Phrase, Phrases, Variant};
use std::collections::{BTreeMap, BTreeSet};

/// What the event stage reads for one document.
pub struct Input<'a> {
    /// Document id.
    pub doc: &'a str,
    /// The analysed text.
    pub text: &'a Text<'a>,
    /// `ar`, `fr` or `en`.
    pub lang: &'a str,
    /// Publication date.
    pub dct: Option<PartialDate>,
    /// Time expressions, by offset.
    pub times: &'a [TimeMention],
    /// Actors found.
    pub actors: &'a ActorResult,
    /// The gazetteer (for the countries of places).
    pub gazetteer: &'a Gazetteer,
}

/// An actor mention placed on the sentence's words.
#[derive(Debug, Clone)]
pub(crate) struct Placed<'a> {
    pub m: &'a ActorMention,
    /// First word index (document token index).
    pub first: usize,
    /// One past the last word index.
    pub last: usize,
    /// Where its noun phrase starts: the first word of a person's title
    /// written right before the name ("la présidente du Conseil italien,
    /// Giorgia Meloni"), else `first`.
    pub head: usize,
    /// The mention sits inside a person's title ("المديرة العامة لـ VSSE").
    pub in_title: bool,
    /// The proclitic attached to its first word (folded), e.g. "ب", "لل".
    pub clitic: String,
}

/// One sentence prepared for reading.
pub(crate) struct Sentence<'a> {
    pub index: usize,
    /// Token range.
    pub ts: usize,
    pub te: usize,
    /// Folded words of the whole document (indexed by token index).
    pub words: &'a [&'a str],
    /// The cue lists that may start at each of them ([`LangEvents::starts_of`]).
    pub starts: &'a [u64],
    pub mentions: Vec<Placed<'a>>,
    pub times: Vec<(usize, Period)>,
    /// The attributions of the sentence (see [`attribution_after`]), found
    /// once when first asked for.
    pub attributions: std::cell::OnceCell<Vec<(usize, usize)>>,
    /// The date of the dateline this sentence opens with, if any.
    pub dateline_time: Option<Period>,
}

impl<'a> Sentence<'a> {
    /// The mentions that start within [`ARGUMENT_REACH`] words of the word
    /// range `first..last` (a sentence's mentions are in text order): a
    /// text with no sentence end is one huge sentence, and each trigger
    /// must not look at all of it.
    fn mentions_near(&self, first: usize, last: usize) -> &[Placed<'a>] {
        &self.mentions[self.near_range(first, last)]
    }

    /// Which of the sentence's mentions [`Sentence::mentions_near`] gives.
    fn near_range(&self, first: usize, last: usize) -> std::ops::Range<usize> {
        let lo = self.mentions.partition_point(|p| p.first + ARGUMENT_REACH < first);
        let hi = self.mentions.partition_point(|p| p.first < last + ARGUMENT_REACH);
        lo..hi.max(lo)
    }

    /// Which of the sentence's times (a range of `times`, which are in
    /// text order) stand in the trigger's clause within [`ARGUMENT_REACH`]
    /// words of it.
    fn times_near(&self, h: &Hit) -> std::ops::Range<usize> {
        let from = h.clause.0.max(h.first.saturating_sub(ARGUMENT_REACH));
        let to = h.clause.1.min(h.last + ARGUMENT_REACH);
        let lo = self.times.partition_point(|(at, _)| *at < from);
        let hi = self.times.partition_point(|(at, _)| *at < to);
        lo..hi.max(lo)
    }

    /// The length of the first phrase of `list` at word `i`, if one is there.
    pub fn cue_at(&self, lang: &LangEvents, i: usize, list: &Phrases) -> Option<usize> {
        lang.any_at_known(self.words, self.starts, i, list)
    }

    /// Whether phrase `c` ends right before word `end` (within the sentence).
    fn phrase_ends(&self, lang: &LangEvents, end: usize, c: &Phrase) -> bool {
        end >= self.ts + c.len() && lang.phrase_at(self.words, end - c.len(), c).is_some()
    }

    /// Whether a phrase of `list` ends right before word `end`.
    fn cue_ends(&self, lang: &LangEvents, end: usize, list: &Phrases) -> bool {
        self.ends_of(lang, end, list).next().is_some()
    }

    /// The phrases of `list` that end right before word `end`, in list
    /// order; the start bits of the words rule most of them out without a
    /// comparison of words.
    fn ends_of<'l>(
        &self,
        lang: &LangEvents,
        end: usize,
        list: &'l Phrases,
    ) -> impl Iterator<Item = &'l Phrase> {
        list.iter().filter(move |c| {
            end >= self.ts + c.len() && self.may_start(end - c.len(), list) && self.phrase_ends(lang, end, c)
        })
    }

    /// Whether a phrase of `list` may start at word `i` (its start bits).
    fn may_start(&self, i: usize, list: &Phrases) -> bool {
        list.bit == 0 || self.starts.get(i).is_none_or(|s| s & list.bit != 0)
    }

    /// `end`, or the word before it when that is an article: "to the
    /// Netherlands" has its cue before "the".
    fn skip_article(&self, lang: &LangEvents, end: usize) -> usize {
        if end > self.ts && lang.articles.contains(self.words[end - 1]) { end - 1 } else { end }
    }

    /// Whether a phrase of `list` may end right before word `end`: one
    /// starts within its longest length before it (the words' start bits
    /// rule most places out at once).
    fn may_end(&self, lang: &LangEvents, end: usize, list: &Phrases) -> bool {
        let longest = list.iter().map(|c| c.len()).max().unwrap_or(0);
        (end.saturating_sub(longest).max(self.ts)..end).any(|i| self.cue_at(lang, i, list).is_some())
    }
}

/// A trigger found in a sentence.
#[derive(Debug, Clone)]
struct Hit {
    trigger: usize,
    first: usize,
    last: usize,
    variant: Variant,
    /// The clause it stands in (word range).
    clause: (usize, usize),
}

/// An event being built.
#[derive(Debug, Clone)]
struct Draft {
    kind: String,
    cameo: Option<String>,
    date: Option<Period>,
    participants: BTreeSet<(Role, String)>,
    modality: Modality,
    sentences: BTreeSet<usize>,
    /// Where its triggers stand: (sentence, first word, last word).
    triggers: Vec<(usize, usize, usize)>,
    anchor: usize,
}

/// Extracts the events and relations of one document.
pub fn extract(input: &Input<'_>, lex: &EventLexicon) -> (Vec<Event>, Vec<crate::model::Relation>) {
    let Some(lang) = lex.langs.get(input.lang) else { return (Vec::new(), Vec::new()) };
    let text = input.text;
    let words: Vec<&str> = (0..text.tokens.len()).map(|i| text.word(i)).collect();
    let starts: Vec<u64> = words.iter().map(|w| lang.starts_of(w)).collect();
    let placed = place_mentions(input);
    let mut drafts: Vec<Draft> = Vec::new();
    let mut sentences: Vec<Sentence<'_>> = Vec::with_capacity(text.sentences.len());
    // Countries named so far, latest last ("the two countries").
    let mut named: Vec<String> = Vec::new();
    let mut placed = placed;
    placed.sort_by_key(|p| (p.m.start, p.m.end));
    // A dateline's date is the article's, not an event's.
    let (mut dateline_times, mut times_sorted): (Vec<&TimeMention>, Vec<&TimeMention>) =
        input.times.iter().partition(|t| in_dateline(text.original, t.start, t.end));
    times_sorted.sort_by_key(|t| (t.start, t.end));
    dateline_times.sort_by_key(|t| (t.start, t.end));
    for (si, s) in text.sentences.iter().enumerate() {
        let ts = text.token_at(s.start);
        let te = text.token_at(s.end);
        // Mentions and times are sorted by start: a sentence's are a slice.
        let lo = placed.partition_point(|p| p.m.start < s.start);
        let hi = placed.partition_point(|p| p.m.start < s.end);
        let mentions: Vec<Placed<'_>> = placed[lo..hi].iter().filter(|p| p.m.end <= s.end).cloned().collect();
        let tlo = times_sorted.partition_point(|t| t.start < s.start);
        let thi = times_sorted.partition_point(|t| t.start < s.end);
        let times = times_sorted[tlo..thi]
            .iter()
            .filter(|t| t.end <= s.end)
            .filter_map(|t| t.value.map(|v| (text.token_at(t.start), v)))
            .collect();
        let sent = Sentence {
            index: si,
            ts,
            te,
            words: &words,
            starts: &starts,
            mentions,
            times,
            attributions: Default::default(),
            dateline_time: dateline_times[dateline_times.partition_point(|t| t.start < s.start)..]
                .iter()
                .take_while(|t| t.end <= s.end)
                .find_map(|t| t.value),
        };
        read_sentence(&sent, lang, input, &named, &mut drafts);
        for p in sent.mentions.iter().filter(|p| p.m.kind == ActorKind::Country) {
            named.retain(|x| x != &p.m.actor);
            named.push(p.m.actor.clone());
        }
        sentences.push(sent);
    }
    let events = finish(drafts, input, lex, &words, &starts);
    let relations = relations::extract(input, lang, &sentences, &events);
    (events, relations)
}

fn place_mentions<'a>(input: &Input<'a>) -> Vec<Placed<'a>> {
    let text = input.text;
    // The spans of the titles of each mention: a mention inside another's
    // title ("the Minister of the Interior X") is not an actor of its own.
    // A title that opens the name's noun phrase covers what lies between
    // them too (the aside of "قائد أفريكوم (AFRICOM)، الجنرال X").
    let mut title_spans: Vec<(usize, usize, usize)> = Vec::new();
    for (i, m) in input.actors.mentions.iter().enumerate() {
        for l in &m.links {
            let end = if opens_phrase(text, l, m) { m.start } else { l.end };
            title_spans.push((l.start, end, i));
        }
    }
    input
        .actors
        .mentions
        .iter()
        .enumerate()
        // The agency of a dateline ("MADRID, March 7 (Reuters) -") is the
        // source of the article, not a party to what it tells.
        .filter(|(_, m)| m.kind != ActorKind::Media || !in_dateline(text.original, m.start, m.end))
        .map(|(i, m)| {
            let first = text.tokens.partition_point(|t| t.end <= m.start);
            let last = text.tokens.partition_point(|t| t.start < m.end).max(first + 1);
            let clitic = text
                .tokens
                .get(first)
                .filter(|t| t.start < m.start)
                .map(|t| crate::text::fold(&text.original[t.start..m.start]))
                .unwrap_or_default();
            let in_title = m.kind != ActorKind::Person
                && title_spans.iter().any(|&(s, e, j)| j != i && m.start >= s && m.end <= e);
            // A title ending right before the name opens the person's noun
            // phrase: with at most a comma between them, or a rank and an
            // aside the actor stage read as part of it ("قائد أفريكوم
            // (AFRICOM)، الجنرال X").
            let head = m
                .links
                .iter()
                .filter(|l| opens_phrase(text, l, m))
                .map(|l| text.tokens.partition_point(|t| t.end <= l.start))
                .min()
                .unwrap_or(first)
                .min(first);
            Placed { m, first, last, head, in_title, clitic }
        })
        .collect()
}

/// Whether a title ends right before its name and so opens the name's noun
/// phrase: with at most a comma between them, or a rank and an aside the
/// actor stage read as part of it ("قائد أفريكوم (AFRICOM)، الجنرال X").
fn opens_phrase(text: &Text<'_>, l: &crate::actors::TitleLink, m: &ActorMention) -> bool {
    // A rank and an aside take a few dozen bytes; a longer gap is no
    // phrase and is not read.
    l.end <= m.start
        && m.start - l.end <= 200
        && text.original.get(l.end..m.start).is_some_and(|g| {
            let g = g.trim();
            let words = text.tokens[text.tokens.partition_point(|t| t.end <= l.end)..]
                .iter()
                .take_while(|t| t.end <= m.start)
                .take(5)
                .count();
            g.is_empty() || g == "," || (words <= 4 && !g.contains(['.', '!', '?', ':', ';', '؛', '\n']))
        })
}

fn find_hits(sent: &Sentence<'_>, lang: &LangEvents) -> Vec<Hit> {
    // Words inside an actor mention, and whether the sentence has a word,
    // found once per sentence: both are asked for every word or trigger,
    // and a sentence can be as long as a whole document.
    let mut in_mention = vec![false; sent.te - sent.ts];
    for p in &sent.mentions {
        for j in p.first.max(sent.ts)..p.last.min(sent.te) {
            in_mention[j - sent.ts] = true;
        }
    }
    let masked = |i: usize| in_mention.get(i.wrapping_sub(sent.ts)).copied().unwrap_or(false);
    // A word a trigger requires stands near it: within ten words after it
    // ("a tip from Moroccan intelligence enabled", not "intelligence chief
    // ... their shared frontier"), or before it as far as a verb may stand
    // from its object over a long subject ("وقع وزير العدل ... ونظيرته ...،
    // الثلاثاء ... بالرباط، اتفاقية").
    let near_word = |i: usize, end: usize, set: &rustc_hash::FxHashSet<String>| {
        sent.words[i.saturating_sub(25).max(sent.ts)..(end + 10).min(sent.te)].iter().any(|x| {
            let mut found = set.contains(*x);
            lang.peeled(x, |rest| found |= set.contains(rest));
            found
        })
    };
    let mut hits = Vec::new();
    let mut i = sent.ts;
    while i < sent.te {
        if masked(i) {
            i += 1;
            continue;
        }
        if let Some(n) = sent.cue_at(lang, i, &lang.not_triggers) {
            i += n;
            continue;
        }
        let mut best: Option<(usize, usize, Variant, usize)> = None;
        if let Some(variants) = lang.index.get(sent.words[i]) {
            for v in variants {
                let t = &lang.triggers[v.trigger];
                let form = &t.forms[v.form];
                // The form's words in order; up to two adverbs may stand
                // before each ("s'est également entretenu").
                let mut end = i + 1;
                let fits = (1..form.len()).all(|k| {
                    let is = |j: usize| j < sent.te && !masked(j) && lang.word_is(sent.words[j], &form[k]);
                    let mut skipped = 0;
                    while skipped < 2 && !is(end) && end < sent.te && lang.adverbs.contains(sent.words[end]) {
                        end += 1;
                        skipped += 1;
                    }
                    let found = is(end);
                    end += 1;
                    found
                });
                if !fits {
                    continue;
                }
                if !t.requires_any.is_empty() && !near_word(i, end, &t.requires_any) {
                    continue;
                }
                // A form with nothing glued before it goes on a clause it
                // does not open ("قد حذرت", not "وحذرت").
                if !t.object_then.is_empty() {
                    let bare = sent.words[i].starts_with(form[0].as_str());
                    if !object_then(sent, lang, (i, bare), end, &t.object_then) {
                        continue;
                    }
                }
                let better = match &best {
                    None => true,
                    Some((len, cost, bv, _)) => {
                        form.len() > *len
                            || (form.len() == *len
                                && (v.cost < *cost || (v.cost == *cost && v.trigger < bv.trigger)))
                    }
                };
                if better {
                    best = Some((form.len(), v.cost, *v, end));
                }
            }
        }
        match best {
            Some((_, _, v, end)) => {
                hits.push(Hit {
                    trigger: v.trigger,
                    first: i,
                    last: end,
                    variant: v,
                    clause: (sent.ts, sent.te),
                });
                i = end;
            }
            None => i += 1,
        }
    }
    hits
}

/// Whether the trigger that ends before word `end` has an actor for
/// object with one of `then` right after it: someone was told of
/// something ("warned Spain of", "a averti les services espagnols d'un
/// projet", "حذرت المخابرات المغربية السلطات الإسبانية من"). Where the verb
/// comes first its subject stands in between, so two actors in a row are
/// needed there, unless the subject stands right before a verb with no
/// conjunction glued ("كانت المخابرات المغربية قد حذرت نظيرتها", not
/// "...، وحذرت"). Each actor starts within two words of what comes before
/// it (an article, a possessive, a title), and only a person, an agency or
/// a state is told anything.
fn object_then(
    sent: &Sentence<'_>,
    lang: &LangEvents,
    (first, bare): (usize, bool),
    end: usize,
    then: &[String],
) -> bool {
    let is_then = |j: usize| j < sent.te && then.iter().any(|w| lang.word_is(sent.words[j], w));
    let told =
        |p: &Placed<'_>| matches!(p.m.kind, ActorKind::Person | ActorKind::Organization | ActorKind::Country);
    let subject_before = bare
        && sent.mentions_near(first, first).iter().any(|p| p.last <= first && p.last + 2 >= first && told(p));
    let mut need = if lang.verb_first && !subject_before { 2 } else { 1 };
    let mut at = end;
    for p in sent.mentions_near(end, end) {
        if p.first < at {
            continue;
        }
        if p.first > at + 2 || (at..p.first).any(is_then) || !told(p) {
            return false;
        }
        at = p.last;
        need -= 1;
        if need == 0 {
            return (at..(at + 3).min(sent.te)).any(is_then);
        }
    }
    false
}

/// The modality of a trigger, from the cues before it (and right after it
/// for rules with `after`).
fn modality_at(
    sent: &Sentence<'_>,
    lang: &LangEvents,
    text: &Text<'_>,
    kind: &str,
    h: &Hit,
    future: bool,
) -> Modality {
    let at = h.first;
    let mut found: Option<Modality> = None;
    for rule in lang.modality.iter().filter(|r| !r.except.iter().any(|k| k == kind)) {
        let from = at.saturating_sub(rule.window).max(sent.ts);
        // Right after the trigger, with no punctuation between.
        let after = (h.last..(h.last + rule.after).min(sent.te))
            .take_while(|&i| !gap_has_punctuation(text, i))
            .any(|i| sent.cue_at(lang, i, &rule.cues).is_some());
        let hit = after
            || (from..at).any(|i| {
                sent.cue_at(lang, i, &rule.cues).is_some_and(|n| {
                    i + n <= at
                        && !sent.cue_ends(lang, i, &rule.not_after)
                        && (!rule.unbroken || (i + n..=at).all(|k| !gap_has_punctuation(text, k)))
                        && (rule.before_prefix.is_empty()
                            || sent.words.get(i + n).is_some_and(|w| {
                                rule.before_prefix.iter().any(|p| w.starts_with(p.as_str()))
                                    && !rule.before_not_ending.iter().any(|e| w.ends_with(e.as_str()))
                            }))
                })
            });
        if hit {
            found = Some(match found {
                Some(f) if strength(f) >= strength(rule.kind) => f,
                _ => rule.kind,
            });
        }
    }
    // Told on someone's word after the clause ("..., the ministry said",
    // "..., a indiqué la police"): reported.
    if found.is_none()
        && lang.triggers[h.trigger].frame != Frame::Statement
        && attribution_after(sent, lang, text, h).is_some()
    {
        found = Some(Modality::Reported);
    }
    // What the trigger's forms say themselves ("est attendu à": planned).
    let own = lang.triggers[h.trigger].modality.or(future.then_some(Modality::Planned));
    match (found, own) {
        (Some(m), Some(o)) if strength(o) > strength(m) => o,
        (Some(m), _) => m,
        (None, Some(o)) => o,
        (None, None) => Modality::Asserted,
    }
}

fn strength(m: Modality) -> u8 {
    match m {
        Modality::Negated => 5,
        Modality::Hypothetical => 4,
        Modality::Planned => 3,
        Modality::Expected => 2,
        Modality::Reported => 1,
        Modality::Asserted => 0,
    }
}

fn encounter(kind: &str) -> bool {
    matches!(kind, "visit" | "meeting" | "consult" | "phone_call" | "negotiation")
}

/// Is the hit a reference back ("الزيارة", "this meeting", "the talks")?
fn is_reference(sent: &Sentence<'_>, lang: &LangEvents, text: &Text<'_>, hit: &Hit) -> bool {
    // An article, demonstrative or possessive just before the trigger, or
    // one word before it ("the first extradition", "leurs entretiens").
    let determiner = |i: usize| {
        let w = sent.words[i];
        lang.is_demonstrative(w) || lang.articles.contains(w) || lang.possessives.contains(w)
    };
    let back1 = hit.first > sent.ts && determiner(hit.first - 1);
    // Two words back only over a plain modifier: not over a name, nor
    // across punctuation ("la DGSI, a annoncé" is no reference).
    let modifier = |i: usize| {
        !lang.articles.contains(sent.words[i])
            && !sent.mentions_near(i, i + 1).iter().any(|p| i >= p.first && i < p.last)
    };
    let back2 = hit.first > sent.ts + 1
        && determiner(hit.first - 2)
        && modifier(hit.first - 1)
        && !gap_has_punctuation(text, hit.first - 1)
        && !gap_has_punctuation(text, hit.first);
    hit.variant.definite || back1 || back2
}

/// Is there punctuation between word `i - 1` and word `i`?
fn gap_has_punctuation(text: &Text<'_>, i: usize) -> bool {
    i > 0 && text.original[text.tokens[i - 1].end..text.tokens[i].start].chars().any(|c| !c.is_whitespace())
}

/// Whether a comma stands between word `i - 1` and word `i`.
pub(super) fn comma_before(text: &Text<'_>, i: usize) -> bool {
    i > 0 && text.original[text.tokens[i - 1].end..text.tokens[i].start].contains([',', '،'])
}

/// Is the trigger an adjunct "during the visit", "خلال اللقاء"?
fn after_during(sent: &Sentence<'_>, lang: &LangEvents, hit: &Hit) -> bool {
    (hit.first.saturating_sub(3).max(sent.ts)..hit.first)
        .any(|i| sent.cue_at(lang, i, &lang.cues.during).is_some_and(|n| i + n <= hit.first))
}

/// Where `draft` was last told in this sentence before the trigger: the
/// word after its trigger.
fn told_before(sent: &Sentence<'_>, draft: &Draft, h: &Hit) -> Option<usize> {
    draft.triggers.iter().rev().find(|t| t.0 == sent.index && t.2 <= h.first).map(|t| t.2)
}

/// Whether a word of sequence ("after", "سبق") stands between the words of
/// this sentence that told `draft` and the trigger.
fn sequence_between(sent: &Sentence<'_>, lang: &LangEvents, draft: &Draft, h: &Hit) -> bool {
    told_before(sent, draft, h)
        .is_some_and(|last| (last..h.first).any(|i| sent.cue_at(lang, i, &lang.cues.sequence).is_some()))
}

/// Whether a word of sequence or a time expression, resolved or not,
/// stands between the words of this sentence that referred back to `draft`
/// and the trigger: "the extradition comes a week after X met", "cette
/// visite intervient quelques mois après la signature" put the second
/// happening at another time.
fn time_between_reference(
    sent: &Sentence<'_>,
    lang: &LangEvents,
    input: &Input<'_>,
    draft: &Draft,
    h: &Hit,
) -> bool {
    let Some(last) = told_before(sent, draft, h) else { return false };
    if (last..h.first).any(|i| sent.cue_at(lang, i, &lang.cues.sequence).is_some()) {
        return true;
    }
    let tokens = &input.text.tokens;
    let (Some(from), Some(to)) = (tokens.get(last.saturating_sub(1)), tokens.get(h.first)) else {
        return false;
    };
    let i = input.times.partition_point(|t| t.start < from.end);
    input.times.get(i).is_some_and(|t| t.end <= to.start)
}

/// How many earlier events a reference back may point to.
const LOOK_BACK: usize = 64;

/// Splits a sentence into clauses: at a semicolon, at a clause
/// conjunction (`فيما`, `while`) after a comma, or at a condition (`إذا`,
/// `if`).
fn clauses(sent: &Sentence<'_>, lang: &LangEvents, text: &Text<'_>) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = sent.ts;
    for i in sent.ts + 1..sent.te {
        let gap = &text.original[text.tokens[i - 1].end..text.tokens[i].start];
        let semicolon = gap.contains([';', '؛']);
        let comma = gap.contains([',', '،']);
        if semicolon
            || (comma && sent.cue_at(lang, i, &lang.cues.clause).is_some())
            || sent.cue_at(lang, i, &lang.cues.condition).is_some()
        {
            out.push((start, i));
            start = i;
        }
    }
    out.push((start, sent.te));
    out
}

/// Types that, right after an appeal or a pledge, are its content rather
/// than a happening ("called for more intelligence sharing").
fn is_content(kind: &str) -> bool {
    matches!(
        kind,
        "intelligence_sharing"
            | "cooperation"
            | "agreement"
            | "consult"
            | "meeting"
            | "judicial_cooperation"
            | "aid"
    )
}

/// Where the phrases of `list` start in the sentence, in order (found
/// once, then asked of each trigger by range).
fn cue_positions(sent: &Sentence<'_>, lang: &LangEvents, list: &Phrases) -> Vec<usize> {
    (sent.ts..sent.te).filter(|&i| sent.cue_at(lang, i, list).is_some()).collect()
}

/// Whether one of `positions` lies in `from..to`.
fn any_in(positions: &[usize], from: usize, to: usize) -> bool {
    positions.get(positions.partition_point(|&i| i < from)).is_some_and(|&i| i < to)
}

fn read_sentence(
    sent: &Sentence<'_>,
    lang: &LangEvents,
    input: &Input<'_>,
    named: &[String],
    drafts: &mut Vec<Draft>,
) {
    let mut hits = find_hits(sent, lang);
    if hits.is_empty() {
        return;
    }
    let cls = clauses(sent, lang, input.text);
    for h in &mut hits {
        h.clause =
            cls.iter().copied().find(|&(s, e)| h.first >= s && h.first < e).unwrap_or((sent.ts, sent.te));
    }
    let planned = planned_contents(lang, &hits);
    // "both countries", "the two ministers".
    let both_at = cue_positions(sent, lang, &lang.cues.both);
    let pair_at = cue_positions(sent, lang, &lang.cues.pair);
    // References back to an earlier event add evidence to it.
    let mut referred: Option<usize> = None;
    let mut fresh: Vec<&Hit> = Vec::new();
    // Triggers whose content follows them: "called for", "agreed on",
    // "the talks focused on".
    let mut governors: Vec<&Hit> = Vec::new();
    for h in &hits {
        let t = &lang.triggers[h.trigger];
        if t.only_reference || is_reference(sent, lang, input.text, h) {
            // "the visit of X": an agent named right at the trigger makes it
            // another event when X is not the earlier event's.
            let own_agent = sent
                .mentions_near(h.first, h.last)
                .iter()
                .filter(|p| p.m.kind == ActorKind::Person && p.first >= h.last && distance(h, p) <= 5)
                // Not one in a clause of time after it ("the extradition
                // comes a week after X met ...").
                .filter(|p| {
                    !(h.last..p.head.max(h.last)).any(|i| sent.cue_at(lang, i, &lang.cues.during).is_some())
                })
                .any(|p| {
                    arguments(sent, lang, h, input).iter().any(|(r, a)| *r == Role::Agent && *a == p.m.actor)
                });
            // The antecedent is among the last events told (a bounded look
            // back keeps long documents linear).
            let from = drafts.len().saturating_sub(LOOK_BACK);
            let target = drafts[from..]
                .iter()
                .rposition(|d| {
                    (d.kind == t.kind || (encounter(&d.kind) && encounter(&t.kind)))
                        && d.modality.on_timeline()
                })
                .map(|i| from + i);
            if let Some(ti) = target
                && (!own_agent || shares_agent(&drafts[ti], sent, lang, h, input))
                && (after_during(sent, lang, h)
                    || nearest_time_within(sent, h, 6)
                        .is_none_or(|d| drafts[ti].date.is_none_or(|x| x.overlaps(&d))))
            {
                drafts[ti].sentences.insert(sent.index);
                drafts[ti].triggers.push((sent.index, h.first, h.last));
                referred = Some(ti);
                continue;
            }
            // A reference with nothing to refer to opens nothing when it
            // only refers ("the call") or names a document ("the report"),
            // nor when no actor stands by it ("a source close to the
            // investigation").
            let actor_near =
                sent.mentions_near(h.first, h.last).iter().any(|p| !p.in_title && distance(h, p) <= 4);
            // "cette demande", "this meeting", "هذا اللقاء": a
            // demonstrative points back, and with no event of its kind to
            // point to it opens none either.
            let demonstrative = h.first > sent.ts && lang.is_demonstrative(sent.words[h.first - 1]);
            if t.only_reference
                || t.frame == Frame::Statement
                || (t.frame == Frame::Investigate && !actor_near)
                || demonstrative
            {
                continue;
            }
        }
        fresh.push(h);
    }
    let mut opened: Vec<usize> = Vec::new();
    let owners = time_owners(sent, &hits);
    for h in fresh {
        let t = &lang.triggers[h.trigger];
        if t.frame == Frame::Receive
            && (receives_call(sent, lang, input.text, &hits, h) || receives_thing(sent, lang, h))
        {
            continue;
        }
        // The content of an appeal, a pledge or an agreement, or the topic
        // of talks ("focused on intelligence sharing"), is not a happening.
        let topic = (h.first.saturating_sub(6).max(h.clause.0)..h.first)
            .any(|i| sent.cue_at(lang, i, &lang.cues.topic).is_some());
        // An encounter agreed on for later ("ont convenu de tenir la
        // prochaine réunion en juin à Tunis") is a planned one.
        let agreed_plan = || {
            encounter(&t.kind)
                && !topic
                && modality_at(sent, lang, input.text, &t.kind, h, h.variant.future) == Modality::Planned
        };
        // The occasion of a pledge ("pledged ... during a meeting of their
        // ministers") took place: it is no content.
        if is_content(&t.kind)
            && !after_during(sent, lang, h)
            && (topic
                || governors
                    .iter()
                    .rev()
                    .take_while(|g| g.last + 10 >= h.first)
                    .any(|g| g.clause == h.clause && g.last <= h.first))
            && !agreed_plan()
        {
            continue;
        }
        if matches!(t.kind.as_str(), "appeal" | "intent_to_cooperate" | "criticism" | "agreement") {
            governors.push(h);
        }
        let modality = modality_at(sent, lang, input.text, &t.kind, h, h.variant.future);
        // Set apart in time from what it refers to ("... quelques mois après
        // la signature"): it takes no date from it.
        let apart = referred.is_some_and(|r| time_between_reference(sent, lang, input, &drafts[r], h));
        // A threat is a standing state ("X poses a threat to Y"): it has a
        // date only when one is written right beside it.
        let mut date = if t.frame == Frame::Threat {
            nearest_time_within(sent, h, 2)
        } else {
            owned_time(sent, lang, input.text, &hits, &planned, h, &owners)
                // Not the date of a happening told before when this one is
                // only planned.
                .or_else(|| {
                    referred
                        .filter(|&r| {
                            (drafts[r].modality == Modality::Planned) == (modality == Modality::Planned)
                                && !apart
                        })
                        .and_then(|r| drafts[r].date)
                })
                // A happening the lead tells with no date of its own is of
                // the dateline's day ("ABU DHABI, 5th March, 2024 (WAM) --
                // The UAE and Morocco have signed ...").
                .or(sent
                    .dateline_time
                    .filter(|_| matches!(modality, Modality::Asserted | Modality::Reported)))
        };
        let mut participants: BTreeSet<(Role, String)> =
            arguments(sent, lang, h, input).into_iter().collect();
        // The last two countries named before the trigger, in this
        // sentence or an earlier one: "both countries", "البلدان".
        let last_two = || {
            let before = sent.mentions.partition_point(|p| p.first < h.first);
            let mut two: Vec<&String> = Vec::with_capacity(2);
            let countries = sent.mentions[..before]
                .iter()
                .rev()
                .filter(|p| p.m.kind == ActorKind::Country && p.last <= h.first)
                .map(|p| &p.m.actor);
            for c in countries.chain(named.iter().rev()) {
                if two.len() == 2 {
                    break;
                }
                if !two.contains(&c) {
                    two.push(c);
                }
            }
            two
        };
        // "a threat to the security of both countries".
        if t.frame == Frame::Threat
            && !participants.iter().any(|(r, _)| *r == Role::Target)
            && any_in(&both_at, h.last, h.clause.1)
        {
            for c in last_two() {
                participants.insert((Role::Target, c.clone()));
            }
        }
        // "The two countries signed", "ووقع البلدان على اتفاقية": the
        // subject right before the trigger or (Arabic) right after it.
        if matches!(t.frame, Frame::Sign | Frame::Meet | Frame::Cooperate)
            && !participants.iter().any(|(r, a)| *r == Role::Participant && a.starts_with("country/"))
            && (any_in(&both_at, h.first.saturating_sub(2).max(h.clause.0), h.first)
                || any_in(&both_at, h.last, (h.last + 1).min(h.clause.1)))
        {
            let two = last_two();
            if two.len() == 2 {
                for c in two {
                    participants.insert((Role::Participant, c.clone()));
                }
            }
        }
        // "The two ministers": the people of the last encounter.
        let acts_in_person = matches!(
            t.frame,
            Frame::Meet | Frame::Sign | Frame::Visit | Frame::Receive | Frame::Appeal | Frame::Cooperate
        );
        if acts_in_person
            && any_in(&pair_at, h.clause.0, h.clause.1)
            && let Some(last) = drafts.iter().rev().find(|d| encounter(&d.kind))
        {
            {
                // The people; with fewer than two, the parties they met
                // ("a reçu une délégation russe ... les deux parties").
                let people = last.participants.iter().filter(|(_, a)| a.starts_with("person/")).count();
                for (_, a) in last
                    .participants
                    .iter()
                    .filter(|(r, a)| a.starts_with("person/") || (people < 2 && *r != Role::Location))
                {
                    participants.insert((Role::Participant, a.clone()));
                }
                if date.is_none() && !apart && modality.on_timeline() && modality != Modality::Planned {
                    date = last.date;
                }
            }
        }
        // In one sentence, a second trigger of the same type, or talks held
        // during a visit or a call, belong to the event already opened.
        let own_date = nearest_time(sent, h);
        let compatible = |d: &Draft| {
            own_date.is_none() || d.date.is_none() || d.date.zip(date).is_some_and(|(x, y)| x.overlaps(&y))
        };
        // A planned happening is not the earlier one that took place ("the
        // meeting comes days before the planned visit of X").
        let same_plan =
            |d: usize| (drafts[d].modality == Modality::Planned) == (modality == Modality::Planned);
        let absorber = opened.iter().copied().chain(referred.filter(|&r| same_plan(r))).find(|&d| {
            let k = drafts[d].kind.as_str();
            drafts[d].modality.on_timeline() == modality.on_timeline()
                && compatible(&drafts[d])
                // Not across a word of sequence: "زيارة المسؤولة ... حيث سبق
                // لحموشي أن زار بروكسل" tells an earlier visit.
                && !sequence_between(sent, lang, &drafts[d], h)
                && (k == t.kind
                    || (matches!(k, "visit" | "phone_call" | "meeting")
                        && matches!(t.kind.as_str(), "meeting" | "consult")
                        && matches!(t.frame, Frame::Meet | Frame::Receive)))
        });
        // Talks or meetings opened first, then said to be a call or a visit
        // ("s'est entretenu ... par téléphone", "earlier meetings, such as
        // the visit of X"): the event is the call or the visit.
        let upgrade = if absorber.is_none()
            && matches!(t.kind.as_str(), "phone_call" | "visit")
            && modality.on_timeline()
        {
            opened
                .iter()
                .copied()
                .find(|&d| matches!(drafts[d].kind.as_str(), "consult" | "meeting") && compatible(&drafts[d]))
        } else {
            None
        };
        if let Some(d) = upgrade {
            let draft = &mut drafts[d];
            draft.kind = t.kind.clone();
            draft.cameo = t.cameo.clone();
            // The visit's own roles win; the others stay as they were.
            let ids: BTreeSet<String> = participants.iter().map(|(_, a)| a.clone()).collect();
            draft.participants.retain(|(_, a)| !ids.contains(a));
            draft.participants.extend(participants);
            if draft.date.is_none() {
                draft.date = date;
            }
            draft.sentences.insert(sent.index);
            draft.triggers.push((sent.index, h.first, h.last));
            continue;
        }
        if let Some(d) = absorber {
            let draft = &mut drafts[d];
            let known: BTreeSet<String> = draft.participants.iter().map(|(_, a)| a.clone()).collect();
            for (role, a) in participants {
                if known.contains(&a) {
                    // A state taken for the place of its town by the first
                    // trigger acts by the second ("killed ... in an air
                    // strike in Kirkuk": Iraq strikes).
                    if role == Role::Agent && draft.participants.remove(&(Role::Location, a.clone())) {
                        draft.participants.insert((Role::Agent, a));
                    }
                    continue;
                }
                // A call takes place nowhere: the places of the talks it
                // holds ("لبحث التطورات في غزة") are what was discussed.
                if draft.kind == "phone_call" && role == Role::Location {
                    continue;
                }
                if draft.kind == "visit" {
                    // Those met during a visit are its hosts; the topics of
                    // the talks ("the situation in the Sahel") are not places
                    // of the visit, nor are the outlets that report them.
                    if a.starts_with("person/") {
                        draft.participants.insert((Role::Host, a));
                    }
                    continue;
                }
                draft.participants.insert((role, a));
            }
            if draft.date.is_none() {
                draft.date = date;
            }
            draft.sentences.insert(sent.index);
            draft.triggers.push((sent.index, h.first, h.last));
            continue;
        }
        if participants.is_empty() {
            continue;
        }
        drafts.push(Draft {
            kind: t.kind.clone(),
            cameo: t.cameo.clone(),
            date,
            participants,
            modality,
            sentences: BTreeSet::from([sent.index]),
            triggers: vec![(sent.index, h.first, h.last)],
            anchor: h.first,
        });
        opened.push(drafts.len() - 1);
    }
}

/// "received a phone call from X", "a reçu mercredi un appel", "استقبل
/// الوزير مكالمة هاتفية": a call a few words after a reception verb (and
/// after its subject, which Arabic puts after the verb), with nothing but
/// words between them, is what was received; the verb makes no visit.
fn receives_call(sent: &Sentence<'_>, lang: &LangEvents, text: &Text<'_>, hits: &[Hit], h: &Hit) -> bool {
    // The subject: up to its first person, after up to three words of
    // title ("وزير الخارجية أحمد عطاف", "الرئيس الجزائري عبد المجيد تبون").
    let mut from = h.last;
    for p in sent.mentions_near(h.last, h.last + 1).iter().filter(|p| p.first >= h.last) {
        if p.first > from + if from == h.last { 3 } else { 1 } {
            break;
        }
        from = from.max(p.last);
        if p.m.kind == ActorKind::Person {
            break;
        }
    }
    let next = hits.partition_point(|o| o.first < from);
    hits.get(next).is_some_and(|o| {
        o.first <= from + 3
            && o.clause == h.clause
            && lang.triggers[o.trigger].kind == "phone_call"
            && (from.max(h.last + 1)..=o.first).all(|i| !gap_has_punctuation(text, i))
            && !sent.mentions_near(from, o.first).iter().any(|p| p.first >= from && p.last <= o.first)
    })
}

/// Whether a reception verb's object is a thing ("received information
/// from the FBI", "a reçu des informations du FBI"): the words right
/// after it, or after an article.
fn receives_thing(sent: &Sentence<'_>, lang: &LangEvents, h: &Hit) -> bool {
    let at = |i: usize| i < sent.te && sent.cue_at(lang, i, &lang.cues.thing).is_some();
    at(h.last) || (h.last < sent.te && lang.articles.contains(sent.words[h.last]) && at(h.last + 1))
}

fn shares_agent(d: &Draft, sent: &Sentence<'_>, lang: &LangEvents, h: &Hit, input: &Input<'_>) -> bool {
    // The state of an actor, as its country code.
    let code = |id: &str| {
        input
            .actors
            .actors
            .get(id)
            .and_then(|a| a.country.clone())
            .or_else(|| input.gazetteer.get(id)?.country.clone())
    };
    // A country party to the earlier event stands for its officials ("The
    // UAE and Morocco signed an MoU. The MoU was signed by X and Y").
    let states: Vec<String> = d
        .participants
        .iter()
        .filter(|(r, b)| *r != Role::Location && b.starts_with("country/"))
        .filter_map(|(_, b)| code(b))
        .collect();
    arguments(sent, lang, h, input).iter().filter(|(r, _)| *r == Role::Agent).all(|(_, a)| {
        d.participants.iter().any(|(_, b)| a == b)
            || (a.starts_with("person/") && code(a).is_some_and(|c| states.contains(&c)))
    })
}

/// The time nearest the trigger in its sentence.
fn nearest_time(sent: &Sentence<'_>, h: &Hit) -> Option<Period> {
    nearest_time_within(sent, h, usize::MAX)
}

/// The time nearest the trigger in its clause, at most `max` words away.
fn nearest_time_within(sent: &Sentence<'_>, h: &Hit, max: usize) -> Option<Period> {
    sent.times[sent.times_near(h)]
        .iter()
        .filter(|(at, _)| if *at >= h.last { at - h.last <= max } else { h.first - at <= max })
        .min_by_key(|(at, _)| time_distance(h, *at))
        .map(|(_, v)| *v)
}

fn time_distance(h: &Hit, at: usize) -> usize {
    if at >= h.last { (at - h.last) * 2 } else { (h.first - at.min(h.first)) * 2 + 1 }
}

/// For each time of the sentence, the index in `hits` of the trigger of
/// its clause nearest it (`None` when its clause has none). Hits are in
/// text order and do not overlap, so the nearest is one of the two around
/// the time.
fn time_owners(sent: &Sentence<'_>, hits: &[Hit]) -> Vec<Option<usize>> {
    sent.times
        .iter()
        .map(|&(at, _)| {
            let k = hits.partition_point(|o| o.last <= at);
            [k.checked_sub(1), Some(k)]
                .into_iter()
                .flatten()
                .filter(|&i| hits.get(i).is_some_and(|o| at >= o.clause.0 && at < o.clause.1))
                .min_by_key(|&i| time_distance(&hits[i], at))
        })
        .collect()
}

/// The date of a trigger. Each time expression of a clause belongs to the
/// trigger nearest it; a trigger takes its own nearest time, else the
/// nearest one belonging to another happening of its clause, else one
/// belonging to the statement that reports it ("announced on Tuesday
/// that an operation on 28 and 29 November led to arrests").
fn owned_time(
    sent: &Sentence<'_>,
    lang: &LangEvents,
    input_text: &Text<'_>,
    hits: &[Hit],
    planned: &[bool],
    h: &Hit,
    owners: &[Option<usize>],
) -> Option<Period> {
    let range = sent.times_near(h);
    let near = &sent.times[range.clone()];
    let owner = &owners[range];
    let is_statement = |o: usize| lang.triggers[hits[o].trigger].frame == Frame::Statement;
    // The date of the report ("..., Europol said on Thursday") is not the
    // date of what it reports.
    let report = if lang.triggers[h.trigger].frame == Frame::Statement {
        None
    } else {
        attribution_after(sent, lang, input_text, h)
    };
    let pick = |f: &dyn Fn(usize) -> bool| {
        near.iter()
            .zip(owner)
            .filter(|((at, _), _)| report.is_none_or(|(a, b)| *at < a || *at >= b))
            .filter(|(_, o)| o.is_some_and(f))
            .min_by_key(|((at, _), _)| time_distance(h, *at))
            .map(|((_, v), _)| *v)
    };
    // The time of what an agreement or an appeal plans ("agreed to hold a
    // meeting next month") is not lent to the other happenings.
    pick(&|o| hits[o].first == h.first)
        .or_else(|| pick(&|o| !is_statement(o) && !planned[o]))
        .or_else(|| pick(&|o| !planned[o]))
}

/// Which hits are the content of an earlier appeal, pledge or agreement
/// of their clause ("agreed to hold a meeting", "called for cooperation"):
/// the planned or wished happening, not one that took place.
fn planned_contents(lang: &LangEvents, hits: &[Hit]) -> Vec<bool> {
    // An agreement's own content ("signed an agreement") is what was
    // signed; another happening after it ("on holding a meeting") is what
    // it plans.
    let kind = |o: &Hit| lang.triggers[o.trigger].kind.as_str();
    let governs = |g: &Hit, h: &Hit| match kind(g) {
        "appeal" | "intent_to_cooperate" => true,
        "agreement" => kind(h) != "agreement",
        _ => false,
    };
    // Hits come in text order: only the few ending within ten words
    // before a hit are looked at.
    hits.iter()
        .enumerate()
        .map(|(i, h)| {
            is_content(kind(h))
                && hits[..i]
                    .iter()
                    .rev()
                    .take_while(|g| g.last + 10 >= h.first)
                    .any(|g| governs(g, h) && g.clause == h.clause && g.last <= h.first)
        })
        .collect()
}

/// Word distance from the hit to a mention (0 when adjacent); a person
/// after the trigger is as near as the start of the title before the name.
fn distance(h: &Hit, p: &Placed<'_>) -> usize {
    if p.first >= h.last { p.head.max(h.last) - h.last } else { h.first.saturating_sub(p.last) }
}

fn is_agentive(p: &Placed<'_>) -> bool {
    !p.in_title
        && p.m.via != Via::Adjective
        && matches!(
            p.m.kind,
            ActorKind::Person | ActorKind::Organization | ActorKind::Group | ActorKind::Media
        )
}

/// Whether a place noun stands right before the actor ("au siège du
/// ministère", "بمقر الوزارة", "at the headquarters of"): the actor names
/// where something happened, not who took part.
fn after_place_noun(sent: &Sentence<'_>, lang: &LangEvents, p: &Placed<'_>) -> bool {
    let end = sent.skip_article(lang, p.first);
    sent.cue_ends(lang, end, &lang.cues.place)
        || lang.cues.place.iter().any(|c| {
            c.len() == 1
                && end > sent.ts
                && sent.words[end - 1].strip_suffix(c[0].as_str()).is_some_and(|cl| {
                    cl.chars().count() == 1 && lang.cues.at.iter().any(|a| a.len() == 1 && a[0] == cl)
                })
        })
}

/// Whether a subject ending at word `end` stands next to the verb at
/// `verb`: at most one word between (an auxiliary, an adverb: "have
/// killed"), or a time expression ("on Thursday dismantled"); not a
/// clause ("Niger's army said gunmen killed").
fn subject_next_to(sent: &Sentence<'_>, end: usize, verb: usize) -> bool {
    let gap = verb.saturating_sub(end);
    gap <= 1
        || (gap <= 4
            && sent
                .times
                .get(sent.times.partition_point(|(at, _)| *at < end))
                .is_some_and(|(at, _)| *at < verb))
}

/// States named as the subject right before the verb, where the subject
/// comes first ("Morocco and Spain on Thursday dismantled a cell", "Spain
/// arrested"): the nearest state by name before the trigger, next to it
/// ([`subject_next_to`]) with no punctuation nor other actor between, and
/// those listed before it; none that a preposition introduces ("in
/// Spain").
fn states_as_subject<'s, 'a>(
    sent: &'s Sentence<'a>,
    lang: &LangEvents,
    h: &Hit,
    input: &Input<'_>,
    countries: &[&'s Placed<'a>],
) -> Option<Vec<&'s Placed<'a>>> {
    if lang.verb_first {
        return None;
    }
    let cued = |p: &Placed<'_>| {
        [&lang.cues.at, &lang.cues.to, &lang.cues.with, &lang.cues.source, &lang.cues.by]
            .into_iter()
            .any(|list| cue_before(sent, lang, p, list))
    };
    let by_name: Vec<&Placed<'_>> = countries
        .iter()
        .copied()
        .filter(|p| p.m.via == Via::Name && p.last <= h.first && p.first >= h.clause.0)
        .collect();
    let &nearest = by_name.last()?;
    let between = sent.mentions.partition_point(|q| q.first < nearest.last);
    let clear = subject_next_to(sent, nearest.last, h.first)
        && (nearest.last..=h.first).all(|k| !gap_has_punctuation(input.text, k))
        && sent.mentions.get(between).is_none_or(|q| q.first >= h.first);
    if !clear {
        return None;
    }
    // The states listed up to the nearest ("Morocco and Spain"): the first
    // of the list must stand uncued.
    let mut out = vec![nearest];
    for &q in by_name.iter().rev().skip(1) {
        if !listed_after(sent, lang, input.text, q, out[out.len() - 1]) {
            break;
        }
        out.push(q);
    }
    (!cued(out[out.len() - 1])).then_some(out)
}

/// Whether the mention is followed by the possessive mark ("Iraq's").
fn possessive(sent: &Sentence<'_>, lang: &LangEvents, p: &Placed<'_>) -> bool {
    !lang.possessive_mark.is_empty() && sent.words.get(p.last) == Some(&lang.possessive_mark.as_str())
}

/// Whether a state named as the possessor of what stands before the
/// trigger ("Kuwait's police arrested", "Kuwait's State Security
/// arrested") acts through it, as its adjective would ("Kuwaiti police"):
/// one or two words possessed, then the trigger ("Morocco's tip helped
/// Spain arrest" is no arrest by Morocco).
fn possessor_before(sent: &Sentence<'_>, lang: &LangEvents, h: &Hit, p: &Placed<'_>) -> bool {
    p.m.kind == ActorKind::Country
        && p.last + 1 < h.first
        && h.first - p.last <= 3
        && possessive(sent, lang, p)
        && sent
            .mentions
            .get(sent.mentions.partition_point(|q| q.first < p.last))
            .is_none_or(|q| q.first >= h.first)
}

/// Whether a counterpart noun names the mention's side: "Spanish
/// counterparts", "homologues français", "لنظرائها الإسبان" (a proclitic
/// glued to the noun).
fn counterparts_noun(sent: &Sentence<'_>, lang: &LangEvents, p: &Placed<'_>) -> bool {
    let list = &lang.cues.counterpart;
    (p.first.saturating_sub(2).max(sent.ts)..p.first).any(|k| sent.cue_at(lang, k, list) == Some(p.first - k))
        || (lang.adjectives_first && p.last < sent.te && sent.cue_at(lang, p.last, list).is_some())
}

/// Whether the staff of a command named by its place stand before the
/// place ("مصالح أمن ولاية الجزائر", "عناصر مديرية أمن الجيزة", "les
/// services de sécurité de la wilaya d'Oran"): the place is where they
/// act, with no preposition in the construct. Up to two words (what the
/// staff serve: "de sécurité") stand between the staff and the place noun.
fn staff_of_place(sent: &Sentence<'_>, lang: &LangEvents, p: &Placed<'_>) -> bool {
    let end = sent.skip_article(lang, p.first);
    sent.may_end(lang, end, &lang.cues.place)
        && sent.ends_of(lang, end, &lang.cues.place).any(|c| {
            let noun = sent.skip_article(lang, end - c.len());
            (0..=2)
                .take_while(|&g| noun >= sent.ts + g)
                .any(|g| sent.cue_ends(lang, noun - g, &lang.cues.unit))
        })
}

/// Whether a place is that of a state of affairs talked about: a
/// situation noun, then "in"/"at" ("تطورات الأوضاع في قطاع غزة", "the
/// situation in Libya", "la situation au Sahel", "الوضع بليبيا").
fn situation_place(sent: &Sentence<'_>, lang: &LangEvents, p: &Placed<'_>) -> bool {
    let preps = [&lang.cues.at, &lang.cues.to];
    // Where the preposition starts: glued to the name, or words of its own.
    let glued = !p.clitic.is_empty()
        && preps.iter().any(|l| l.iter().any(|c| c.len() == 1 && p.clitic.ends_with(c[0].as_str())));
    let end = sent.skip_article(lang, p.first);
    let starts: Vec<usize> = if glued {
        vec![p.first]
    } else {
        preps.iter().flat_map(|l| sent.ends_of(lang, end, l)).map(|c| end - c.len()).collect()
    };
    starts.into_iter().any(|s| sent.cue_ends(lang, sent.skip_article(lang, s), &lang.cues.situation))
}

fn cue_before(sent: &Sentence<'_>, lang: &LangEvents, p: &Placed<'_>, list: &Phrases) -> bool {
    cue_before_in(sent, lang, p, list, true)
}

/// [`cue_before`] with the cue a word of its own, not a letter glued to
/// the name ("إلى الشرطة", not "للجيش").
fn cue_word_before(sent: &Sentence<'_>, lang: &LangEvents, p: &Placed<'_>, list: &Phrases) -> bool {
    cue_before_in(sent, lang, p, list, false)
}

fn cue_before_in(
    sent: &Sentence<'_>,
    lang: &LangEvents,
    p: &Placed<'_>,
    list: &Phrases,
    glued_ok: bool,
) -> bool {
    let one_letter =
        |clitic: &str| glued_ok && list.iter().any(|c| c.len() == 1 && clitic.ends_with(c[0].as_str()));
    if !p.clitic.is_empty() && one_letter(&p.clitic) {
        return true;
    }
    // Skip one article between the cue and the name: "to the Netherlands".
    let skip_article = |end: usize| sent.skip_article(lang, end);
    let end = skip_article(p.first);
    if sent.cue_ends(lang, end, list) {
        return true;
    }
    // A country adjective after the noun it qualifies ("par les autorités
    // marocaines", "عن السلطات المغربية"): the cue stands before the noun.
    if p.m.via == Via::Adjective && p.first > sent.ts + 1 {
        let noun = p.first - 1;
        let i = sent.mentions.partition_point(|q| q.last <= noun);
        let in_mention = sent.mentions.get(i).is_some_and(|q| q.first <= noun);
        if !in_mention && sent.cue_ends(lang, skip_article(noun), list) {
            return true;
        }
    }
    // Or before the title that opens the name's noun phrase: "برفقة رئيسة
    // المفوضية الأوروبية أورسولا فون دير لاين".
    if p.head < p.first && sent.cue_ends(lang, skip_article(p.head), list) {
        return true;
    }
    // A place noun between them: "في مدينة طنجة", "بمدينة طنجة", "in the
    // city of Tangier", "dans la ville de Tanger"; or the staff of an
    // agency: "مع مصالح المديرية", "avec les services de la DGST".
    [&lang.cues.place, &lang.cues.unit].into_iter().any(|nouns| {
        if !sent.may_end(lang, end, nouns) {
            return false;
        }
        sent.ends_of(lang, end, nouns).any(|c| {
            let start = end - c.len();
            // The cue glued to the noun: "بمدينة".
            let glued = sent.words[start]
                .strip_suffix(c[0].as_str())
                .is_some_and(|cl| !cl.is_empty() && one_letter(cl));
            glued || sent.cue_ends(lang, skip_article(start), list)
        })
    })
}

/// Whether a passive auxiliary stands right before the trigger ("a été
/// reçu", "was received"), or one word (an adverb) before it.
fn is_passive(sent: &Sentence<'_>, lang: &LangEvents, h: &Hit) -> bool {
    let passive = &lang.cues.passive;
    sent.cue_ends(lang, h.first, passive) || (h.first > sent.ts && sent.cue_ends(lang, h.first - 1, passive))
}

/// The agent of a passive trigger: the first mention of `pool` shortly
/// after the first "by" cue that follows it in the sentence, a title
/// standing between ("a été reçu lundi à Alger par le ministre de
/// l'Intérieur, X", "was received by Interior Minister X").
fn passive_agent<'s, 'a>(
    sent: &Sentence<'a>,
    lang: &LangEvents,
    h: &Hit,
    pool: &[&'s Placed<'a>],
) -> Option<&'s Placed<'a>> {
    let end = sent.te.min(h.last + 12);
    let after = (h.last..end).find_map(|k| sent.cue_at(lang, k, &lang.cues.by).map(|n| k + n))?;
    pool.iter().copied().filter(|p| p.first >= after && p.first <= after + 8).min_by_key(|p| p.first)
}

/// Picks the agent (subject) of a trigger.
fn subject<'s, 'a>(
    sent: &'s Sentence<'a>,
    lang: &LangEvents,
    h: &Hit,
    input: &Input<'_>,
    pool: &[&'s Placed<'a>],
) -> Option<&'s Placed<'a>> {
    // Not an actor named only as the parent of another ("the BCIJ,
    // attached to the DGST, dismantled"): that one is the subject.
    let may_be_subject = |p: &&Placed<'_>| {
        p.last <= h.first
            && !cue_before(sent, lang, p, &lang.cues.by)
            && !cue_before(sent, lang, p, &lang.cues.part_of)
            // "X, in coordination with Y, dismantled": Y is a partner,
            // save before a relative pronoun ("with Y, which provided"),
            // or when a letter glued to Y ties it to the staff named
            // before ("الأجهزة الأمنية بوزارة الداخلية": its services).
            && (!cue_before(sent, lang, p, &lang.cues.with)
                || (p.last..(p.last + 2).min(h.first)).any(|i| sent.cue_at(lang, i, &lang.cues.relative).is_some())
                || (!p.clitic.is_empty() && sent.cue_ends(lang, p.first, &lang.cues.unit)))
    };
    let before = pool.iter().copied().filter(may_be_subject).min_by_key(|p| (rank(p), distance(h, p)));
    let after_close = pool
        .iter()
        .copied()
        // Not what "to" introduces: "was handed over to French police".
        .filter(|p| {
            p.first >= h.last
                && distance(h, p) <= 6
                && !cue_before(sent, lang, p, &lang.cues.with)
                && !cue_word_before(sent, lang, p, &lang.cues.to)
        })
        .min_by_key(|p| (rank(p), distance(h, p)));
    // Passive: "was arrested by X", "arrested in Casablanca by officers of
    // Morocco's DGSN": the first "by" after the trigger with no punctuation
    // on the way ("..., who was wanted by the FBI" is another clause's),
    // then a few words (who, of whom) before the actor.
    let by = (|| {
        let end = sent.te.min(h.last + 12);
        // Not the "by" of information given ("a tip provided by X",
        // "des informations fournies par X"): X gave it.
        let given = |k: usize, n: usize| sent.ends_of(lang, k + n, &lang.cues.source).any(|c| c.len() > n);
        let (k, n) = (h.last..end)
            .take_while(|&k| !gap_has_punctuation(input.text, k))
            .find_map(|k| sent.cue_at(lang, k, &lang.cues.by).map(|n| (k, n)))
            .filter(|&(k, n)| !given(k, n))?;
        // A possessive may stand on the way ("Morocco's").
        let open = |i: usize| {
            let t = &input.text.tokens;
            input.text.original[t[i - 1].end..t[i].start]
                .chars()
                .all(|c| c.is_whitespace() || matches!(c, '\'' | '’'))
        };
        pool.iter()
            .copied()
            .filter(|p| p.first >= k + n && p.head <= k + n + 5 && (k + n + 1..=p.head).all(open))
            .min_by_key(|p| p.first)
    })();
    if by.is_some() && input.lang != "ar" {
        // Passive: "was arrested by X" — X acts.
        return by;
    }
    if before.is_none() && is_incise(sent, lang, input, h) {
        let after = pool
            .iter()
            .copied()
            .filter(|p| p.first >= h.last && distance(h, p) <= 12)
            .min_by_key(|p| (rank(p), distance(h, p)));
        if after.is_some() {
            return after;
        }
    }
    if lang.verb_first {
        // The subject may still come first: "وكان X قد زار", a headline's
        // "X يستقبل Y".
        if let Some(p) =
            pool.iter().copied().filter(may_be_subject).find(|p| before_verb(sent, lang, input, h, p))
        {
            return Some(p);
        }
        after_close.or(before)
    } else {
        // A noun followed by "of"/"de"/"by": "the visit of X".
        before.or(after_close)
    }
}

/// Whether `p` stands where a verb-first language's subject may still
/// stand before its verb: right before the trigger, or before a particle of
/// the verb ("كان X قد زار"), with no punctuation between and nothing glued
/// to the trigger ("..., X وزار" opens another clause).
fn before_verb(sent: &Sentence<'_>, lang: &LangEvents, input: &Input<'_>, h: &Hit, p: &Placed<'_>) -> bool {
    let bare = lang
        .triggers
        .get(h.variant.trigger)
        .and_then(|t| t.forms.get(h.variant.form))
        .is_some_and(|f| sent.words[h.first].starts_with(f[0].as_str()));
    let Some(gap) = h.first.checked_sub(p.last) else { return false };
    bare && (gap == 0 || Some(gap) == sent.cue_at(lang, p.last, &lang.cues.preverbal))
        && (p.last..=h.first).all(|k| !gap_has_punctuation(input.text, k))
}

/// The state or force right after an attack trigger with nothing glued to
/// it, where the verb comes first ("قصفت القوات الإسرائيلية مواقع لحماس",
/// "باستهداف القوات الكينية"), a state by name only
/// with a group after it ("قصفت إسرائيل مواقع لحزب الله", not "قصف
/// لبنان"); or right before the verb ("الجيش الإسرائيلي يقصف"). With no
/// group before the trigger it strikes the groups after it; after a group
/// it is what the group strikes.
fn striking_state<'s, 'a>(
    sent: &Sentence<'a>,
    lang: &LangEvents,
    input: &Input<'_>,
    h: &Hit,
    all: &[&'s Placed<'a>],
    groups: &[&'s Placed<'a>],
) -> Option<&'s Placed<'a>> {
    let state =
        |p: &&&'s Placed<'a>| matches!(p.m.kind, ActorKind::Country | ActorKind::Organization) && !p.in_title;
    let after = all.iter().filter(state).find(|p| {
        p.first == h.last
            && p.clitic.is_empty()
            && !gap_has_punctuation(input.text, h.last)
            && (p.m.kind != ActorKind::Country
                || p.m.via == Via::Adjective
                || groups.iter().any(|g| g.first >= p.last))
    });
    after.or_else(|| all.iter().filter(state).find(|p| before_verb(sent, lang, input, h, p))).copied()
}

/// An incise ("..., a annoncé mercredi le ministre X"): in French and
/// English a comma before the verb, whose subject then follows it.
fn is_incise(sent: &Sentence<'_>, lang: &LangEvents, input: &Input<'_>, h: &Hit) -> bool {
    !lang.verb_first
        && h.first > sent.ts
        && input.text.original[input.text.tokens[h.first - 1].end..input.text.tokens[h.first].start]
            .contains(',')
}

/// Whether `p` comes next in a list after `prev`: only commas and words of
/// the `and` cues between them, perhaps with the list's preposition again
/// ("in Mali and in Burkina Faso", "وفي بوركينا فاسو"), or "و" glued to it.
pub(crate) fn listed_after(
    sent: &Sentence<'_>,
    lang: &LangEvents,
    text: &Text<'_>,
    prev: &Placed<'_>,
    p: &Placed<'_>,
) -> bool {
    if p.first < prev.last {
        return false;
    }
    let and = |w: &str| lang.cues.and.iter().any(|c| c.len() == 1 && c[0] == w);
    if p.first == prev.last && p.clitic.chars().next().is_some_and(|c| and(&c.to_string())) {
        return true;
    }
    let mut k = prev.last;
    while k < p.first {
        // "في شمال مالي وجنوب الجزائر": a part of the country on the way.
        let step = [&lang.cues.and, &lang.cues.at, &lang.cues.to, &lang.cues.located]
            .into_iter()
            .find_map(|list| sent.cue_at(lang, k, list).filter(|&n| k + n <= p.first));
        match step {
            Some(n) => k += n,
            // "et le sud de l'Algérie": an article on the way.
            None if lang.articles.contains(sent.words[k]) => k += 1,
            // "and Moroccan DGST officers", "and Belgium's Federal Police": a
            // country qualifying the next item.
            None => match sent.mentions_near(k, k + 1).iter().find(|q| q.first == k && q.last <= p.first) {
                Some(q) if q.m.kind == ActorKind::Country && q.m.via == Via::Adjective => k = q.last,
                Some(q) if q.m.kind == ActorKind::Country && possessive(sent, lang, q) => k = q.last + 1,
                _ => return false,
            },
        }
    }
    let gap = |k: usize| &text.original[text.tokens[k].end..text.tokens[k + 1].start];
    let gaps_ok = (prev.last - 1..p.first)
        .all(|k| gap(k).chars().all(|c| c.is_whitespace() || c == ',' || c == '،' || c == '\''));
    let comma = gap(prev.last - 1).contains([',', '،']);
    if !gaps_ok {
        return false;
    }
    if p.first == prev.last {
        return comma; // "Casablanca, Fes"
    }
    // Prepositions alone make no list ("Mali in Burkina Faso"): an "and"
    // word is needed, alone or glued to the preposition ("وفي"), or a comma.
    let glued_and = |w: &str| {
        lang.cues.and.iter().any(|c| {
            c.len() == 1
                && w.len() > c[0].len()
                && w.starts_with(c[0].as_str())
                && lang.proclitic_set.contains(&c[0])
        })
    };
    comma
        || (prev.last..p.first)
            .any(|k| sent.cue_at(lang, k, &lang.cues.and).is_some() || glued_and(sent.words[k]))
}

/// People first, then organizations and groups, then the rest.
fn rank(p: &Placed<'_>) -> u8 {
    match p.m.kind {
        ActorKind::Person => 0,
        ActorKind::Organization | ActorKind::Group | ActorKind::Media => 1,
        ActorKind::Country => 2,
        ActorKind::Location => 3,
    }
}

/// The words of an attribution after a trigger, set off by a comma
/// ("..., the ministry said", "..., a indiqué lundi le ministère", "...,
/// according to a statement from X"): from the comma to the next one or to
/// the end of the sentence, when a cue of reported speech stands there.
fn attribution_after(
    sent: &Sentence<'_>,
    lang: &LangEvents,
    text: &Text<'_>,
    h: &Hit,
) -> Option<(usize, usize)> {
    let all = attributions(sent, lang, text);
    all.get(all.partition_point(|&(k, _)| k < h.last)).copied()
}

/// The attribution segment a trigger stands in, its cue of report at or
/// before the trigger (", a indiqué la place Beauvau dans un communiqué",
/// not ", denied reports that").
fn attribution_around(
    sent: &Sentence<'_>,
    lang: &LangEvents,
    text: &Text<'_>,
    h: &Hit,
) -> Option<(usize, usize)> {
    let all = attributions(sent, lang, text);
    let i = all.partition_point(|&(k, _)| k <= h.first);
    let (a, end) = i.checked_sub(1).map(|i| all[i]).filter(|&(_, end)| h.last <= end)?;
    let reported = || lang.modality.iter().filter(|r| r.kind == Modality::Reported);
    (a..=h.first).any(|j| reported().any(|r| sent.cue_at(lang, j, &r.cues).is_some())).then_some((a, end))
}

/// The sentence's segments that attribute it: from a comma to the next,
/// holding a cue of report ("said", "selon", "a indiqué"). Found once per
/// sentence (linear).
fn attributions<'s>(sent: &'s Sentence<'_>, lang: &LangEvents, text: &Text<'_>) -> &'s [(usize, usize)] {
    sent.attributions.get_or_init(|| {
        let comma_before = |k: usize| k > sent.ts && comma_before(text, k);
        let reported: Vec<&Phrases> =
            lang.modality.iter().filter(|r| r.kind == Modality::Reported).map(|r| &r.cues).collect();
        let commas: Vec<usize> = (sent.ts..sent.te).filter(|&k| comma_before(k)).collect();
        commas
            .iter()
            .enumerate()
            .map(|(i, &k)| (k, commas.get(i + 1).copied().unwrap_or(sent.te)))
            .filter(|&(k, end)| (k..end).any(|j| reported.iter().any(|c| sent.cue_at(lang, j, c).is_some())))
            .collect()
    })
}

/// How many words from its trigger an argument may stand: news sentences
/// are far shorter, so this only bounds the work on texts without
/// sentence ends.
const ARGUMENT_REACH: usize = 120;

/// The participants of a trigger and their roles.
fn arguments(sent: &Sentence<'_>, lang: &LangEvents, h: &Hit, input: &Input<'_>) -> Vec<(Role, String)> {
    let t = &lang.triggers[h.trigger];
    // The source of a report is not a party to what it reports.
    let source =
        if t.frame == Frame::Statement { None } else { attribution_after(sent, lang, input.text, h) };
    let all: Vec<&Placed<'_>> = sent
        .mentions_near(h.first, h.last)
        .iter()
        .filter(|p| !p.in_title && p.first >= h.clause.0 && p.last <= h.clause.1)
        .filter(|p| source.is_none_or(|(a, b)| p.last <= a || p.first >= b))
        // A medium reports: it takes part in no other event ("a statement
        // received by Reuters" is no reception).
        .filter(|p| t.frame == Frame::Statement || p.m.kind != ActorKind::Media)
        .collect();
    let agentive: Vec<&Placed<'_>> = all.iter().copied().filter(|p| is_agentive(p)).collect();
    let persons: Vec<&Placed<'_>> =
        agentive.iter().copied().filter(|p| p.m.kind == ActorKind::Person).collect();
    let all_places: Vec<&Placed<'_>> = all
        .iter()
        .copied()
        .filter(|p| matches!(p.m.kind, ActorKind::Location | ActorKind::Country) && p.m.via != Via::Adjective)
        .filter(|p| !situation_place(sent, lang, p))
        .collect();
    // A place is cued by "to"/"at", stands right after the trigger, or is
    // listed after a cued place ("بمدن الدار البيضاء وفاس وطنجة", "in
    // Casablanca, Fes and Tangier").
    let mut cued: Vec<bool> = Vec::with_capacity(all_places.len());
    for (i, p) in all_places.iter().enumerate() {
        let own = cue_before(sent, lang, p, &lang.cues.to)
            || cue_before(sent, lang, p, &lang.cues.at)
            || staff_of_place(sent, lang, p)
            // Not the possessor of what follows ("received Iraq's adviser").
            || (p.first >= h.last && distance(h, p) <= 1 && !possessive(sent, lang, p));
        cued.push(
            own || (i > 0 && cued[i - 1] && listed_after(sent, lang, input.text, all_places[i - 1], p)),
        );
    }
    let places = |only_cued: bool| -> Vec<&Placed<'_>> {
        all_places.iter().zip(&cued).filter(|(_, c)| !only_cued || **c).map(|(p, _)| *p).collect()
    };
    let countries: Vec<&Placed<'_>> =
        all.iter().copied().filter(|p| p.m.kind == ActorKind::Country).collect();
    let groups: Vec<&Placed<'_>> =
        agentive.iter().copied().filter(|p| p.m.kind == ActorKind::Group).collect();
    let mut out: Vec<(Role, String)> = Vec::new();
    let push = |out: &mut Vec<(Role, String)>, role: Role, id: &str| {
        if !out.iter().any(|(_, a)| a == id) {
            out.push((role, id.to_string()));
        }
    };
    let add_places = |out: &mut Vec<(Role, String)>, ps: &[&Placed<'_>]| {
        for p in ps {
            if !out.iter().any(|(_, a)| a == &p.m.actor) {
                out.push((Role::Location, p.m.actor.clone()));
            }
            if p.m.kind == ActorKind::Location
                && let Some(c) = country_of(input.gazetteer, &p.m.actor)
                && !out.iter().any(|(_, a)| *a == c)
            {
                out.push((Role::Location, c));
            }
        }
    };
    match t.frame {
        Frame::Visit => {
            // Else a state by its delegation or diplomats ("الوفد التركي
            // سيزور", "the Turkish delegation will visit").
            let by_adjective: Vec<&Placed<'_>> =
                countries.iter().copied().filter(|p| p.m.via == Via::Adjective).collect();
            // "X met Y ... during his visit to Madrid", "على هامش الزيارة
            // التي يقوم بها": the trip is the sentence subject's.
            let own = sent.cue_ends(lang, h.first, &lang.cues.own)
                || sent.cue_at(lang, h.first, &lang.cues.own).is_some()
                || sent.cue_at(lang, h.last, &lang.cues.own).is_some();
            let sentence_subject = || {
                persons.iter().copied().filter(|p| p.last <= h.first).min_by_key(|p| p.first).filter(|p| {
                    !cue_before(sent, lang, p, &lang.cues.with) && !cue_before(sent, lang, p, &lang.cues.by)
                })
            };
            // "... مع مدير الجهاز الألماني، الذي يقوم بزيارة", "Y, who is
            // visiting": the visitor is the antecedent of the relative
            // pronoun right before the trigger, named or by its title; the
            // pronoun is the subject (no actor between it and the trigger:
            // "Rabat, which the minister visited"), and no place visits.
            // So is the actor before an apposition opening after a comma
            // ("Kash Patel, en visite de travail au Maroc", "، في زيارة").
            let antecedent = (h.first.saturating_sub(3).max(h.clause.0)..h.first)
                .find(|&i| {
                    sent.cue_at(lang, i, &lang.cues.relative).is_some()
                        || (comma_before(input.text, i)
                            && sent.cue_at(lang, i, &lang.cues.circumstance).is_some())
                })
                .and_then(|r| {
                    let k = sent.mentions.partition_point(|p| p.last <= r);
                    let between = sent.mentions.get(k).is_some_and(|q| q.first < h.first);
                    k.checked_sub(1).map(|k| &sent.mentions[k]).filter(|p| {
                        p.last == r
                            && !between
                            && p.m.kind != ActorKind::Location
                            && (p.m.kind != ActorKind::Country || p.m.via == Via::Adjective)
                    })
                });
            let agent = antecedent
                .or_else(|| own.then(sentence_subject).flatten())
                .or_else(|| subject(sent, lang, h, input, &persons))
                .or_else(|| subject(sent, lang, h, input, &agentive))
                .or_else(|| subject(sent, lang, h, input, &by_adjective));
            if let Some(a) = agent {
                push(&mut out, Role::Agent, &a.m.actor);
            }
            for p in &persons {
                push(&mut out, Role::Host, &p.m.actor);
            }
            // The destination: what "to"/"إلى" introduces after the trigger,
            // with the places named after it ("to Morocco, in Rabat"); else a
            // place after the trigger (the object of "visited") or one
            // introduced by "in"; never one after "between".
            let candidates: Vec<&Placed<'_>> = places(false)
                .into_iter()
                .filter(|p| !cue_before(sent, lang, p, &lang.cues.between))
                .collect();
            let to_first = candidates
                .iter()
                .filter(|p| p.first >= h.last && cue_before(sent, lang, p, &lang.cues.to))
                .map(|p| p.first)
                .min();
            let dest: Vec<&Placed<'_>> = match to_first {
                Some(at) => candidates.into_iter().filter(|p| p.first >= at).collect(),
                None => candidates
                    .into_iter()
                    .filter(|p| p.first >= h.last || cue_before(sent, lang, p, &lang.cues.at))
                    .collect(),
            };
            add_places(&mut out, &dest);
        }
        Frame::Receive => {
            // "X a été reçu par Y", "X was received by Y": Y receives.
            let passive_verb = is_passive(sent, lang, h);
            let by = passive_verb.then(|| passive_agent(sent, lang, h, &agentive)).flatten().or_else(|| {
                agentive
                    .iter()
                    .copied()
                    .find(|p| p.first >= h.last && cue_before(sent, lang, p, &lang.cues.by))
            });
            let passive = passive_verb || by.is_some();
            let host = if passive {
                by
            } else {
                subject(sent, lang, h, input, &persons)
                    .or_else(|| subject(sent, lang, h, input, &agentive))
                    // In French and English the actor after a reception verb
                    // is its guest ("the minister received X"), save in an
                    // incise.
                    .filter(|p| lang.verb_first || p.last <= h.first || is_incise(sent, lang, input, h))
            };
            let guest_before = || {
                agentive
                    .iter()
                    .copied()
                    .filter(|p| p.last <= h.first)
                    .min_by_key(|p| (rank(p), distance(h, p)))
            };
            if passive
                && host.is_none()
                && let Some(g) = guest_before()
            {
                // Received, by whom the text does not say.
                push(&mut out, Role::Agent, &g.m.actor);
            }
            if !passive
                && host.is_none()
                && let Some(g) = agentive
                    .iter()
                    .filter(|p| p.first >= h.last && !after_place_noun(sent, lang, p))
                    .min_by_key(|p| (rank(p), distance(h, p)))
            {
                // A guest received by someone the text does not name.
                push(&mut out, Role::Agent, &g.m.actor);
            }
            if let Some(hst) = host {
                let guest = if passive {
                    guest_before()
                } else {
                    agentive
                        .iter()
                        .copied()
                        .filter(|p| {
                            p.first >= h.last && p.m.actor != hst.m.actor && !after_place_noun(sent, lang, p)
                        })
                        .min_by_key(|p| (rank(p), distance(h, p)))
                        // Else a state by its delegation ("a reçu une
                        // délégation russe", "استقبل وفدا أمنيا تركيا").
                        .or_else(|| {
                            countries
                                .iter()
                                .copied()
                                .filter(|p| {
                                    p.first >= h.last && p.m.via == Via::Adjective && distance(h, p) <= 6
                                })
                                .min_by_key(|p| distance(h, p))
                        })
                };
                if let Some(g) = guest {
                    push(&mut out, Role::Agent, &g.m.actor);
                }
                push(&mut out, Role::Host, &hst.m.actor);
                // Not where it took place ("au siège du ministère").
                for p in &agentive {
                    if p.first >= h.last && !after_place_noun(sent, lang, p) {
                        push(&mut out, Role::Participant, &p.m.actor);
                    }
                }
            }
            add_places(&mut out, &places(true));
        }
        Frame::Meet | Frame::Sign | Frame::Cooperate => {
            let core: Vec<&Placed<'_>> = if !persons.is_empty() && t.frame != Frame::Cooperate {
                persons.clone()
            } else {
                agentive.clone()
            };
            for p in core.iter().take(6) {
                push(&mut out, Role::Participant, &p.m.actor);
            }
            // An official named by title alone stands for the body the
            // title names ("met the head of Hamas's political bureau",
            // "رئيس المكتب السياسي لحركة حماس"): it takes part.
            if t.frame == Frame::Meet && !persons.is_empty() {
                for p in agentive.iter().filter(|p| p.m.kind != ActorKind::Person) {
                    let from = p.first.saturating_sub(5).max(h.clause.0);
                    let titled = (from..p.first).any(|k| {
                        sent.cue_at(lang, k, &lang.cues.official).is_some()
                            && (k + 1..=p.first).all(|j| !gap_has_punctuation(input.text, j))
                    });
                    if titled {
                        push(&mut out, Role::Participant, &p.m.actor);
                    }
                }
            }
            if out.is_empty() || t.frame != Frame::Meet {
                for p in countries
                    .iter()
                    .filter(|p| p.m.via != Via::Capital || !cue_before(sent, lang, p, &lang.cues.at))
                {
                    push(&mut out, Role::Participant, &p.m.actor);
                }
            } else {
                // Beside the people: a state whose intent the trigger names
                // ("حرص العراق على"), and those named as partners ("مع
                // الولايات المتحدة", "between Morocco and Spain").
                let mut last: Option<&Placed<'_>> = None;
                for p in countries.iter().copied().filter(|p| p.m.via == Via::Name) {
                    if (p.first >= h.last && distance(h, p) == 0)
                        || cue_word_before(sent, lang, p, &lang.cues.with)
                        || last.is_some_and(|q| listed_after(sent, lang, input.text, q, p))
                    {
                        push(&mut out, Role::Participant, &p.m.actor);
                        last = Some(p);
                    } else {
                        last = None;
                    }
                }
            }
            // A call takes place nowhere: the places named with it are
            // what was discussed ("تناول تطورات الأوضاع في قطاع غزة").
            if t.kind != "phone_call" {
                add_places(&mut out, &places(true));
            }
        }
        Frame::Share | Frame::Appeal | Frame::Judicial => {
            // A group neither gives nor receives what states share.
            let mut pool: Vec<&Placed<'_>> = all
                .iter()
                .copied()
                .filter(|p| {
                    p.m.kind != ActorKind::Location
                        && (t.frame != Frame::Share || p.m.kind != ActorKind::Group)
                })
                .collect();
            // "provided their Spanish counterparts with information", "ont
            // fourni à leurs homologues français des informations": the
            // counterparts before the information receive it; the giver is
            // sought among the others.
            if t.kind == "intelligence_sharing" {
                let (counterparts, others): (Vec<&Placed<'_>>, Vec<&Placed<'_>>) =
                    pool.iter().partition(|p| p.last <= h.first && counterparts_noun(sent, lang, p));
                if !counterparts.is_empty() && others.iter().any(|p| p.last <= h.first) {
                    for p in counterparts {
                        push(&mut out, Role::Target, &p.m.actor);
                    }
                    pool = others;
                }
            }
            let agentive: Vec<&Placed<'_>> =
                agentive.iter().copied().filter(|a| pool.iter().any(|p| p.m.actor == a.m.actor)).collect();
            // In French and English the subject stands before the verb: a
            // state named there acts rather than a person after it ("le
            // Niger a ordonné l'expulsion de l'ambassadeur X").
            let agent = match subject(sent, lang, h, input, &agentive) {
                Some(x) if lang.verb_first || x.first < h.last => Some(x),
                x => subject(sent, lang, h, input, &pool).filter(|y| x.is_none() || y.last <= h.first).or(x),
            };
            // "arrested ... after a tip from Moroccan intelligence": the
            // giver named right after the information shares it; the one who
            // acted on it receives it.
            // So with a state or agency that asks for an extradition ("une
            // demande d'extradition de la Tunisie"); the person extradited
            // ("the extradition of X") is no giver.
            let judicial = t.kind == "judicial_cooperation";
            let giver = (t.kind == "intelligence_sharing" || judicial)
                .then(|| {
                    pool.iter().copied().find(|p| {
                        p.first >= h.last
                            && distance(h, p) <= 4
                            // A letter glued to a state after a handing over
                            // marks whom it goes to ("تسليم المغرب لإسبانيا").
                            && (cue_before(sent, lang, p, &lang.cues.source)
                                || (judicial && cue_word_before(sent, lang, p, &lang.cues.author)))
                            && (!judicial || p.m.kind != ActorKind::Person)
                    })
                })
                .flatten();
            let agent = match giver {
                Some(g) => {
                    // The receiver: the subject, else (Arabic, where the
                    // giver follows the verb) the force named before.
                    let receiver = agent.filter(|a| a.m.actor != g.m.actor).or_else(|| {
                        agentive
                            .iter()
                            .copied()
                            .filter(|p| {
                                !judicial
                                    && p.last <= h.first
                                    && p.m.actor != g.m.actor
                                    && p.m.kind != ActorKind::Group
                            })
                            .min_by_key(|p| distance(h, p))
                    });
                    if let Some(r) = receiver {
                        push(&mut out, Role::Target, &r.m.actor);
                    }
                    Some(g)
                }
                None => agent,
            };
            if let Some(a) = agent {
                push(&mut out, Role::Agent, &a.m.actor);
            }
            // What is criticized or asked of is not where it happened nor
            // who is given solidarity ("أدانت مصر الهجوم ... في شمال مالي،
            // معربة عن تضامنها مع الحكومة والشعب المالي"). A letter glued
            // to the name ("نددت بفرنسا") still points at the target.
            let aside = |p: &Placed<'_>| {
                t.frame == Frame::Appeal
                    && (cue_word_before(sent, lang, p, &lang.cues.at)
                        || cue_word_before(sent, lang, p, &lang.cues.with)
                        || cue_word_before(sent, lang, p, &lang.cues.located))
            };
            for p in pool.iter().filter(|p| p.first >= h.last && !aside(p)) {
                push(&mut out, Role::Target, &p.m.actor);
            }
            if t.frame == Frame::Judicial {
                for p in &countries {
                    push(&mut out, Role::Participant, &p.m.actor);
                }
            }
        }
        Frame::Arrest | Frame::Investigate => {
            // Police forces and prosecutors act; a person only when no body is named.
            let bodies: Vec<&Placed<'_>> =
                agentive.iter().copied().filter(|p| p.m.kind == ActorKind::Organization).collect();
            let mut forces: Vec<&Placed<'_>> = if bodies.is_empty() {
                agentive.iter().copied().filter(|p| p.m.kind != ActorKind::Group).collect()
            } else {
                bodies
            };
            // Not the one who provided the information or the warrant
            // ("بناء على معلومات وفرتها المديرية"), when another acts.
            let acting: Vec<&Placed<'_>> =
                forces.iter().copied().filter(|p| !cue_before(sent, lang, p, &lang.cues.provided)).collect();
            if !acting.is_empty() {
                forces = acting;
            }
            let agent = subject(sent, lang, h, input, &forces).or_else(|| {
                // Not the issuer of a warrant ("on a warrant issued by
                // Moroccan authorities"), nor a partner ("en coordination
                // avec les services américains").
                countries
                    .iter()
                    .copied()
                    .filter(|p| {
                        (matches!(p.m.via, Via::Adjective | Via::Coreference)
                            || possessor_before(sent, lang, h, p))
                            && !cue_before(sent, lang, p, &lang.cues.source)
                            && !cue_before(sent, lang, p, &lang.cues.with)
                    })
                    .min_by_key(|p| distance(h, p))
            });
            if let Some(a) = agent {
                push(&mut out, Role::Agent, &a.m.actor);
                // "Dutch police and Belgium's Federal Police arrested": the
                // forces listed with the subject before the verb act too.
                let mut last = a;
                for p in forces.iter().copied().filter(|p| p.first >= a.last && p.last <= h.first) {
                    if listed_after(sent, lang, input.text, last, p) {
                        push(&mut out, Role::Agent, &p.m.actor);
                        last = p;
                    }
                }
            } else if let Some(states) = states_as_subject(sent, lang, h, input, &countries) {
                // "Morocco and Spain on Thursday dismantled a cell".
                for p in states {
                    push(&mut out, Role::Agent, &p.m.actor);
                }
            } else {
                // "Police in Spain, France and Belgium arrested": the forces
                // of each state listed after the cue.
                let mut last: Option<&Placed<'_>> = None;
                for p in countries.iter().copied() {
                    if cue_before(sent, lang, p, &lang.cues.forces_in)
                        || last.is_some_and(|q| listed_after(sent, lang, input.text, q, p))
                    {
                        push(&mut out, Role::Agent, &p.m.actor);
                        last = Some(p);
                    } else {
                        last = None;
                    }
                }
            }
            // "in coordination with the Spanish police", "avec les services
            // espagnols": a partner force, or the state of one.
            let partner_states =
                countries.iter().copied().filter(|p| matches!(p.m.via, Via::Adjective | Via::Coreference));
            for p in forces.iter().copied().chain(partner_states).filter(|p| {
                agent.is_some_and(|a| a.m.actor != p.m.actor) && cue_before(sent, lang, p, &lang.cues.with)
            }) {
                push(&mut out, Role::Participant, &p.m.actor);
            }
            if t.frame == Frame::Arrest {
                for g in &groups {
                    push(&mut out, Role::Target, &g.m.actor);
                }
                add_places(&mut out, &places(true));
            }
        }
        Frame::Threat | Frame::Attack => {
            // Not a group named as another's parent ("JNIM, affilié à
            // Al-Qaïda"), unless it stands for unnamed ones ("groups linked
            // to al-Qaeda").
            let named: Vec<&&Placed<'_>> =
                groups.iter().filter(|g| !cue_before(sent, lang, g, &lang.cues.part_of)).collect();
            let agents = if named.is_empty() { groups.iter().collect() } else { named };
            // "Israeli forces attacked Hamas fighters", "l'armée malienne a
            // tué des jihadistes": where the subject stands before the verb,
            // the groups after an active verb are its objects, struck; a
            // state or its force right before it strikes them (not in a
            // passive: "were killed by").
            let active_verb = t.verb && !lang.verb_first && !is_passive(sent, lang, h);
            let beside = (lang.verb_first && t.frame == Frame::Attack)
                .then(|| striking_state(sent, lang, input, h, &all, &groups))
                .flatten();
            let group_first = groups.iter().any(|g| g.last <= h.first);
            let struck = beside.filter(|s| group_first && s.first >= h.last);
            if let Some(s) = struck {
                push(&mut out, Role::Target, &s.m.actor);
            }
            let striking = beside.filter(|_| struck.is_none());
            let split = if active_verb { Some(h.first) } else { striking.map(|s| s.first) };
            let (agents, objects): (Vec<&&Placed<'_>>, Vec<&&Placed<'_>>) =
                agents.into_iter().partition(|g| split.is_none_or(|x| g.last <= x));
            for g in objects {
                push(&mut out, Role::Target, &g.m.actor);
            }
            let state_subject = active_verb
                .then(|| {
                    all.iter()
                        .copied()
                        .filter(|p| p.last <= h.first && p.first >= h.clause.0 && !p.in_title)
                        .max_by_key(|p| p.last)
                        .filter(|p| {
                            subject_next_to(sent, p.last, h.first)
                                && matches!(p.m.kind, ActorKind::Country | ActorKind::Organization)
                                && !cue_before(sent, lang, p, &lang.cues.at)
                                && !cue_before(sent, lang, p, &lang.cues.with)
                        })
                })
                .flatten()
                .or(striking);
            if let Some(s) = state_subject.filter(|_| agents.is_empty()) {
                push(&mut out, Role::Agent, &s.m.actor);
            }
            for g in &agents {
                push(&mut out, Role::Agent, &g.m.actor);
            }
            // Where the verb comes first, a state or force right after the
            // group that follows it is what the group strikes ("هاجم مسلحون
            // من جماعة بوكو حرام الجيش النيجيري").
            if lang.verb_first && t.frame == Frame::Attack {
                for g in agents.iter().filter(|g| g.first >= h.last) {
                    for p in all.iter().filter(|p| {
                        p.first == g.last
                            && p.clitic.is_empty()
                            && matches!(p.m.kind, ActorKind::Country | ActorKind::Organization)
                            && !gap_has_punctuation(input.text, p.first)
                    }) {
                        push(&mut out, Role::Target, &p.m.actor);
                    }
                }
            }
            // What an attack hits stands near it; a state named far after,
            // past other verbs ("..., a annoncé X, qui a salué l'aide des
            // services marocains"), is of another clause.
            let after: Vec<&Placed<'_>> = all
                .iter()
                .copied()
                .filter(|p| {
                    p.first >= h.last
                        && matches!(p.m.kind, ActorKind::Country | ActorKind::Location)
                        && (t.frame == Frame::Threat || p.m.via != Via::Adjective || distance(h, p) <= 12)
                })
                .collect();
            // A threat is against what "to"/"على أمن" introduces; a place
            // where the group is active ("in the Sahel") is not its target.
            let cued: Vec<&Placed<'_>> =
                after.iter().copied().filter(|p| cue_before(sent, lang, p, &lang.cues.against)).collect();
            let targets: Vec<&Placed<'_>> = if t.frame == Frame::Threat && !cued.is_empty() {
                cued
            } else if t.frame == Frame::Threat {
                after.into_iter().filter(|p| !cue_before(sent, lang, p, &lang.cues.at)).collect()
            } else {
                after
            };
            let mut last_place: Option<&Placed<'_>> = None;
            for p in targets {
                // An attack's place: a town, or a country where it happened
                // ("in central Mali", "au Mali", and those listed after it),
                // not one it was against.
                let place = p.m.kind == ActorKind::Location
                    || (p.m.via != Via::Adjective
                        && (cue_before(sent, lang, p, &lang.cues.at)
                            || cue_before(sent, lang, p, &lang.cues.located)
                            || last_place.is_some_and(|q| listed_after(sent, lang, input.text, q, p))));
                if place {
                    last_place = Some(p);
                }
                let role = if t.frame == Frame::Attack && place { Role::Location } else { Role::Target };
                push(&mut out, role, &p.m.actor);
                if t.frame == Frame::Attack
                    && let Some(c) = country_of(input.gazetteer, &p.m.actor)
                {
                    push(&mut out, Role::Location, &c);
                }
            }
            // "l'attaque contre l'armée malienne": a force attacked; "clashes
            // between the Malian army and ...": a side of the fight.
            if t.frame == Frame::Attack {
                for p in all.iter().filter(|p| {
                    p.first >= h.last
                        && p.m.kind == ActorKind::Organization
                        && distance(h, p) <= 4
                        && (cue_before(sent, lang, p, &lang.cues.against)
                            || cue_before(sent, lang, p, &lang.cues.between))
                }) {
                    push(&mut out, Role::Target, &p.m.actor);
                }
            }
            // "هددت حركة الشباب باستهداف القوات الكينية": a threat with no
            // state to target is against the force named shortly after it.
            if t.frame == Frame::Threat && !out.iter().any(|(r, _)| *r == Role::Target) {
                for p in all.iter().filter(|p| {
                    p.first >= h.last
                        && p.m.kind == ActorKind::Organization
                        && distance(h, p) <= 6
                        && !cue_before(sent, lang, p, &lang.cues.with)
                        && !cue_before(sent, lang, p, &lang.cues.by)
                }) {
                    push(&mut out, Role::Target, &p.m.actor);
                }
            }
            // "a Tunisian patrol was attacked": the country of the target.
            if t.frame == Frame::Attack
                && !out.iter().any(|(r, _)| matches!(r, Role::Target | Role::Location))
            {
                for p in countries.iter().filter(|p| p.m.via == Via::Adjective) {
                    push(&mut out, Role::Target, &p.m.actor);
                }
            }
        }
        Frame::Statement => {
            // "بلاغ لوزارة الداخلية", "a statement by the ministry": right
            // after the noun; else the subject of "announced".
            // "a statement from Germany's Federal Ministry of ...": the
            // author cue, then a few words (a determiner, a possessor).
            // In Arabic the author's preposition is glued to it: "بيان
            // لرئاسة الجمهورية" (not "بيان لها", a pronoun).
            let glued = h.last < sent.te
                && !gap_has_punctuation(input.text, h.last)
                && lang.glued_author.iter().any(|p| {
                    sent.words[h.last]
                        .strip_prefix(p.as_str())
                        .is_some_and(|rest| rest.chars().count() >= 2 && !lang.suffixes.contains(rest))
                });
            let author_cue = sent.cue_at(lang, h.last, &lang.cues.author).or(glued.then_some(0));
            // What it says ("in a statement that X met Y") holds no author.
            let says = (h.last..h.clause.1.min(h.last + ARGUMENT_REACH))
                .find(|&i| sent.cue_at(lang, i, &lang.cues.that).is_some())
                .unwrap_or(usize::MAX);
            let agentive: Vec<&Placed<'_>> =
                agentive.iter().copied().filter(|p| p.last <= h.first || p.first < says).collect();
            let reach = author_cue.map_or(2, |n| n + 3);
            // Not who received it ("في بيان تلقته وكالة الأنباء").
            // The cue stands right after the trigger: a few words to look at.
            let received = |p: &Placed<'_>| {
                (h.last..p.first.min(h.last + 3)).any(|i| sent.cue_at(lang, i, &lang.cues.received).is_some())
            };
            let right_after = agentive
                .iter()
                .copied()
                .filter(|p| p.first >= h.last && distance(h, p) <= reach && !received(p))
                .min_by_key(|p| distance(h, p));
            // "a statement by the presidency", "un communiqué de la
            // présidence": an author the text names but nobody knows is
            // not the subject of the sentence.
            // "..., a indiqué la place Beauvau dans un communiqué", "...,
            // the ministry said in a statement": the actor of the
            // attribution the trigger stands in, not one of what it reports.
            let attribution = attribution_around(sent, lang, input.text, h);
            let author = right_after.or_else(|| match attribution {
                Some((a, end)) => {
                    // A name apposed to a title of the segment ("le ministre
                    // de l'Intérieur, Gérald Darmanin") is of it.
                    let within = |p: &&Placed<'_>| p.head >= a && p.head < end;
                    let before = agentive.iter().copied().filter(within).find(|p| p.last <= h.first);
                    before.or_else(|| agentive.iter().copied().filter(within).find(|p| p.first >= h.last))
                }
                None if author_cue.is_some() => None,
                None => {
                    let givers: Vec<&Placed<'_>> =
                        agentive.iter().copied().filter(|p| !received(p)).collect();
                    subject(sent, lang, h, input, &givers)
                }
            });
            if let Some(a) = author {
                push(&mut out, Role::Agent, &a.m.actor);
            }
        }
    }
    out
}

/// The country a place belongs to (gazetteer `part_of`).
fn country_of(g: &Gazetteer, id: &str) -> Option<String> {
    let e = g.get(id)?;
    let parent = e.part_of.as_deref()?;
    parent.starts_with("country/").then(|| parent.to_string())
}

/// FNV-1a, 64 bits: a stable hash for ids (the standard hasher may change
/// between Rust releases).
pub(crate) fn stable_hash(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for p in parts {
        for b in p.bytes().chain([0u8]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x100000001b3);
        }
    }
    h
}

/// An undated event told again elsewhere with its date ("the DGED had
/// alerted the VSSE" after "in November 2024 the DGED alerted the VSSE")
/// is the same event: same type, a shared actor that is not a place.
fn merge_undated(drafts: Vec<Draft>) -> Vec<Draft> {
    let mut out: Vec<Draft> = Vec::with_capacity(drafts.len());
    let mut undated: Vec<Draft> = Vec::new();
    for d in drafts {
        if d.date.is_none() && d.modality.on_timeline() { undated.push(d) } else { out.push(d) }
    }
    for d in undated {
        let actors: BTreeSet<&String> =
            d.participants.iter().filter(|(r, _)| *r != Role::Location).map(|(_, a)| a).collect();
        let twin = out.iter_mut().find(|o| {
            o.kind == d.kind
                && o.date.is_some()
                && o.modality.on_timeline()
                // A plan is not what already took place ("X received Y ... Y
                // is to go on to Doha").
                && (o.modality == Modality::Planned) == (d.modality == Modality::Planned)
                && o.participants.iter().any(|(r, a)| *r != Role::Location && actors.contains(a))
        });
        match twin {
            Some(o) => {
                // What the later telling adds ("The minister was received by
                // President X": the host of the visit told before).
                for (r, a) in d.participants {
                    if !o.participants.iter().any(|(_, b)| *b == a) {
                        o.participants.insert((r, a));
                    }
                }
                o.sentences.extend(d.sentences);
                o.triggers.extend(d.triggers);
            }
            None => out.push(d),
        }
    }
    out.sort_by_key(|d| (d.sentences.first().copied(), d.anchor));
    out
}

fn finish(
    drafts: Vec<Draft>,
    input: &Input<'_>,
    lex: &EventLexicon,
    words: &[&str],
    starts: &[u64],
) -> Vec<Event> {
    let drafts = merge_undated(drafts);
    let text = input.text;
    let mut all_triggers: BTreeMap<usize, Vec<(usize, usize, usize)>> = BTreeMap::new();
    for t in drafts.iter().flat_map(|d| d.triggers.iter().copied()) {
        all_triggers.entry(t.0).or_default().push(t);
    }
    // In text order: a sentence's triggers do not overlap, so they are
    // ordered by their ends too (see topics_of).
    for v in all_triggers.values_mut() {
        v.sort_unstable();
    }
    let mut names: BTreeMap<&str, &str> =
        input.actors.actors.iter().map(|(id, a)| (id.as_str(), a.name.as_str())).collect();
    // An actor the text does not name itself (the country of a city named
    // in it) has its gazetteer name.
    for (_, id) in drafts.iter().flat_map(|d| &d.participants) {
        if !names.contains_key(id.as_str())
            && let Some(e) = input.gazetteer.get(id)
        {
            names.insert(e.id.as_str(), e.name.as_str());
        }
    }
    let mut out = Vec::new();
    for d in drafts {
        let mut modality = d.modality;
        // A date wholly after publication makes an asserted event planned.
        if let (Some(date), Some(dct)) = (d.date, input.dct)
            && modality == Modality::Asserted
            && date.start.first_day() > dct.last_day()
        {
            modality = Modality::Planned;
        }
        let spec = lex.types.get(&d.kind);
        let evidence: Vec<Evidence> = d
            .sentences
            .iter()
            .map(|&si| {
                let s = text.sentences[si];
                Evidence {
                    doc: input.doc.to_string(),
                    sentence: si,
                    start: s.start,
                    end: s.end,
                    text: text.original[s.start..s.end].to_string(),
                }
            })
            .collect();
        let mut participants: Vec<Participant> =
            d.participants.iter().map(|(r, a)| Participant { actor: a.clone(), role: *r }).collect();
        participants.sort_by(|a, b| a.role.cmp(&b.role).then(a.actor.cmp(&b.actor)));
        let topics = topics_of(lex, input.lang, &d.triggers, &all_triggers, text, words, starts);
        let date_s = d.date.map(|p| p.to_string()).unwrap_or_default();
        let ids: Vec<&str> = participants.iter().map(|p| p.actor.as_str()).collect();
        let anchor = d.anchor.to_string();
        let mut parts = vec![input.doc, d.kind.as_str(), date_s.as_str(), anchor.as_str()];
        parts.extend(ids.iter().copied());
        let id = format!("e-{:016x}", stable_hash(&parts));
        let summary =
            summary_of(&d.kind, &participants, &names, spec.map(|s| s.verb.as_str()).unwrap_or("acts"));
        let has_agent = participants.iter().any(|p| p.role == Role::Agent);
        let confidence = (0.5
            + 0.1 * participants.len().min(3) as f64
            + if d.date.is_some() { 0.1 } else { 0.0 }
            + if has_agent { 0.05 } else { 0.0 })
        .min(0.95);
        out.push(Event {
            id,
            kind: d.kind.clone(),
            cameo: d.cameo.clone().or_else(|| spec.map(|s| s.cameo.clone())).unwrap_or_default(),
            plover: spec.map(|s| Plover {
                kind: s.plover.clone(),
                mode: s.mode.clone(),
                context: plover_context(&topics),
            }),
            date: d.date.map(|p| p.to_event_date()),
            participants,
            topics,
            modality,
            summary,
            evidence,
            confidence: (confidence * 100.0).round() / 100.0,
            sources: None,
        });
    }
    out
}

fn plover_context(topics: &[String]) -> Vec<String> {
    let mut c: Vec<String> = topics
        .iter()
        .filter_map(|t| match t.as_str() {
            "counter-terrorism" => Some("terrorism"),
            "intelligence" => Some("intelligence"),
            "migration" => Some("migration"),
            "organized-crime" | "cybercrime" => Some("crime"),
            "prisoner-transfer" | "extradition" => Some("legal"),
            "border-security" => Some("border"),
            _ => None,
        })
        .map(str::to_string)
        .collect();
    c.sort();
    c.dedup();
    c
}

/// The topics of an event: cue words near its triggers, from a few words
/// before each to the next trigger of another event in the sentence.
fn topics_of(
    lex: &EventLexicon,
    code: &str,
    mine: &[(usize, usize, usize)],
    all: &BTreeMap<usize, Vec<(usize, usize, usize)>>,
    text: &Text<'_>,
    words: &[&str],
    starts: &[u64],
) -> Vec<String> {
    let Some(lang) = lex.langs.get(code) else { return Vec::new() };
    let own: rustc_hash::FxHashSet<&(usize, usize, usize)> = mine.iter().collect();
    let windows: Vec<(usize, usize)> = mine
        .iter()
        .map(|&(si, f, l)| {
            let s = text.sentences[si];
            let (ts, te) = (text.token_at(s.start), text.token_at(s.end));
            let mut from = f.saturating_sub(8).max(ts);
            let mut to = (l + 20).min(te);
            // The nearest trigger of another event ending before this one
            // and the nearest starting after it (`all` is in text order).
            let list = all.get(&si).map_or(&[][..], Vec::as_slice);
            let before = list.partition_point(|o| o.2 <= f);
            if let Some(o) = list[..before].iter().rev().find(|o| !own.contains(o)) {
                from = from.max(o.2);
            }
            let after = list.partition_point(|o| o.1 < l);
            if let Some(o) = list[after..].iter().find(|o| !own.contains(o)) {
                to = to.min(o.1);
            }
            // A next sentence of the same paragraph that tells of no other
            // event goes on about this one.
            if to == te && si + 1 < text.sentences.len() {
                let next = text.sentences[si + 1];
                let same_paragraph = !text.original[s.end..next.start].contains('\n');
                if same_paragraph && !all.contains_key(&(si + 1)) {
                    to = text.token_at(next.end).min(te + 30);
                }
            }
            (from, to.max(from))
        })
        .collect();
    let Some((cues, owners)) = lex.topics.cues.get(code) else { return Vec::new() };
    let mut found = vec![false; lex.topics.names.len()];
    for &(from, to) in &windows {
        for i in from..to {
            lang.all_at_known(&words[..to], starts, i, cues, |k| {
                for &t in &owners[k] {
                    found[t] = true;
                }
            });
        }
    }
    lex.topics.names.iter().zip(found).filter(|(_, f)| *f).map(|(n, _)| n.clone()).collect()
}

fn summary_of(kind: &str, participants: &[Participant], names: &BTreeMap<&str, &str>, verb: &str) -> String {
    let name = |id: &str| {
        names
            .get(id)
            .map(|s| s.to_string())
            .unwrap_or_else(|| id.rsplit('/').next().unwrap_or(id).to_string())
    };
    let by = |role: Role| -> Vec<String> {
        participants.iter().filter(|p| p.role == role).map(|p| name(&p.actor)).collect()
    };
    let list = |v: &[String]| -> String {
        match v.len() {
            0 => String::new(),
            1 => v[0].clone(),
            _ => format!("{} and {}", v[..v.len() - 1].join(", "), v[v.len() - 1]),
        }
    };
    let agents = by(Role::Agent);
    let hosts = by(Role::Host);
    let targets = by(Role::Target);
    let parts = by(Role::Participant);
    let places = by(Role::Location);
    // Where it happened: the most precise places (the cities before their
    // countries: "in Béchar and Tlemcen"), or the countries when no city
    // is named ("in Burkina Faso and Mali").
    let cities: Vec<String> = participants
        .iter()
        .filter(|p| p.role == Role::Location && p.actor.starts_with("location/"))
        .map(|p| name(&p.actor))
        .collect();
    let spot = Some(list(if cities.is_empty() { &places } else { &cities })).filter(|s| !s.is_empty());
    let mut s = if !agents.is_empty() {
        list(&agents)
    } else if !parts.is_empty() {
        list(&parts)
    } else {
        list(&hosts)
    };
    if s.is_empty() && kind != "visit" {
        // Nobody named acts: "arrest in Tangier", "attack involving X in Bamako".
        let mut s = kind.replace('_', " ");
        if !targets.is_empty() {
            s.push_str(" involving ");
            s.push_str(&list(&targets));
        }
        if let Some(at) = spot {
            s.push_str(" in ");
            s.push_str(&at);
        }
        return s;
    }
    if s.is_empty() {
        s = list(&places);
    }
    match kind {
        "visit" => {
            s.push_str(" visits ");
            s.push_str(&if places.is_empty() { list(&hosts) } else { list(&places[..1]) });
            if !hosts.is_empty() && !places.is_empty() {
                s.push_str(" and meets ");
                s.push_str(&list(&hosts));
            }
        }
        _ => {
            // "A arrests T with P": partners after the target.
            let partners =
                !agents.is_empty() && !targets.is_empty() && !parts.is_empty() && !verb.ends_with(" with");
            let others: Vec<String> = if partners {
                hosts.iter().chain(&targets).cloned().collect()
            } else if !agents.is_empty() {
                hosts.iter().chain(&targets).chain(&parts).cloned().collect()
            } else if !parts.is_empty() {
                Vec::new()
            } else {
                targets.clone()
            };
            let verb = if agents.is_empty() && parts.len() > 1 { plural(verb) } else { verb.to_string() };
            // "holds talks with" with nobody after it: "holds talks".
            let verb = match (others.is_empty(), verb.rsplit_once(' ')) {
                (true, Some((v, "with" | "to"))) => v.to_string(),
                _ => verb,
            };
            s.push(' ');
            s.push_str(&verb);
            if !others.is_empty() {
                s.push(' ');
                s.push_str(&list(&others));
            }
            if partners {
                s.push_str(" with ");
                s.push_str(&list(&parts));
            }
            if let Some(at) = spot.filter(|_| kind != "threat") {
                s.push_str(" in ");
                s.push_str(&at);
            }
        }
    }
    s.trim().to_string()
}

/// "meets" -> "meet", "holds talks with" -> "hold talks with".
fn plural(verb: &str) -> String {
    let mut words: Vec<String> = verb.split(' ').map(str::to_string).collect();
    if let Some(w) = words.first_mut() {
        if let Some(stem) = w.strip_suffix("es").filter(|s| s.ends_with("ss") || s.ends_with("sh")) {
            *w = stem.to_string();
        } else if let Some(stem) = w.strip_suffix('s') {
            *w = stem.to_string();
        }
        let last = words.len() - 1;
        if words[last] == "with" || words[last] == "to" {
            words.pop();
        }
    }
    words.join(" ")
}

#[cfg(test)]
mod tests;
