//! The event lexicon: types with their codes, triggers per language with
//! their frames, argument and modality cues, and topics.
//!
//! Files: `lexicon/events/types.toml`, `lexicon/events/{ar,fr,en}.toml`,
//! `lexicon/events/topics.toml`. Trigger forms are compiled once into a
//! hash index of every surface form of their first word (proclitics and
//! suffixes of the language's `[morphology]` added), so matching a word is
//! one lookup.

use crate::lexicon::{DataError, DataFiles, Meta, line_of};
use crate::model::Modality;
use crate::text::fold;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};

/// How a trigger's arguments are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Frame {
    /// X visits Y (agent, destination, hosts met).
    Visit,
    /// X receives Y (host, visitor).
    Receive,
    /// X meets / talks with / calls Y (participants).
    Meet,
    /// X and Y sign (participants, countries).
    Sign,
    /// X gives information to Y.
    Share,
    /// X extradites / transfers to Y.
    Judicial,
    /// X arrests suspects of group G in place P.
    Arrest,
    /// G threatens Y.
    Threat,
    /// X publishes a statement.
    Statement,
    /// X calls on Y (also criticism, sanctions).
    Appeal,
    /// G attacks P.
    Attack,
    /// X investigates.
    Investigate,
    /// X and Y cooperate (joint operation).
    Cooperate,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TypeSpecFile {
    cameo: String,
    plover: String,
    #[serde(default)]
    mode: Option<String>,
    verb: String,
}

/// An event type's codes.
#[derive(Debug, Clone)]
pub struct TypeSpec {
    /// CAMEO code.
    pub cameo: String,
    /// PLOVER type.
    pub plover: String,
    /// PLOVER mode.
    pub mode: Option<String>,
    /// Verb of the English summary.
    pub verb: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TypesFile {
    #[allow(dead_code)]
    meta: Meta,
    #[serde(rename = "type")]
    types: BTreeMap<String, TypeSpecFile>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct MorphologyFile {
    #[serde(default)]
    proclitics: Vec<String>,
    #[serde(default)]
    future: Vec<String>,
    #[serde(default)]
    definite: Vec<String>,
    #[serde(default)]
    suffixes: Vec<String>,
    #[serde(default)]
    demonstratives: Vec<String>,
    #[serde(default)]
    articles: Vec<String>,
    #[serde(default)]
    exclude: Vec<String>,
    #[serde(default)]
    not_triggers: Vec<String>,
    #[serde(default)]
    possessives: Vec<String>,
    #[serde(default)]
    adverbs: Vec<String>,
    #[serde(default)]
    adjectives_first: bool,
    #[serde(default)]
    verb_first: bool,
    #[serde(default)]
    before_suffix: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    possessive_mark: String,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct CuesFile {
    #[serde(default)]
    by: Vec<String>,
    #[serde(default)]
    with: Vec<String>,
    #[serde(default)]
    to: Vec<String>,
    #[serde(default)]
    at: Vec<String>,
    #[serde(default)]
    between: Vec<String>,
    #[serde(default)]
    during: Vec<String>,
    #[serde(default)]
    counterpart: Vec<String>,
    #[serde(default)]
    cooperation: Vec<String>,
    #[serde(default)]
    active: Vec<String>,
    #[serde(default)]
    there: Vec<String>,
    #[serde(default)]
    part_of: Vec<String>,
    #[serde(default)]
    located: Vec<String>,
    #[serde(default)]
    both: Vec<String>,
    #[serde(default)]
    pair: Vec<String>,
    #[serde(default)]
    clause: Vec<String>,
    #[serde(default)]
    condition: Vec<String>,
    #[serde(default)]
    situation: Vec<String>,
    #[serde(default)]
    circumstance: Vec<String>,
    #[serde(default)]
    preverbal: Vec<String>,
    #[serde(default)]
    thing: Vec<String>,
    #[serde(default)]
    topic: Vec<String>,
    #[serde(default)]
    official: Vec<String>,
    #[serde(default)]
    against: Vec<String>,
    #[serde(default)]
    passive: Vec<String>,
    #[serde(default)]
    place: Vec<String>,
    #[serde(default)]
    author: Vec<String>,
    #[serde(default)]
    and: Vec<String>,
    #[serde(default)]
    that: Vec<String>,
    #[serde(default)]
    relative: Vec<String>,
    #[serde(default)]
    source: Vec<String>,
    #[serde(default)]
    sequence: Vec<String>,
    #[serde(default)]
    unit: Vec<String>,
    #[serde(default)]
    forces_in: Vec<String>,
    #[serde(default)]
    provided: Vec<String>,
    #[serde(default)]
    own: Vec<String>,
    #[serde(default)]
    received: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ModalityFile {
    kind: Modality,
    window: usize,
    cues: Vec<String>,
    #[serde(default)]
    before_prefix: Vec<String>,
    #[serde(default)]
    before_not_ending: Vec<String>,
    #[serde(default)]
    not_after: Vec<String>,
    #[serde(default)]
    except: Vec<String>,
    #[serde(default)]
    after: usize,
    #[serde(default)]
    unbroken: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TriggerFile {
    #[serde(rename = "type")]
    kind: String,
    frame: Frame,
    #[serde(default)]
    cameo: Option<String>,
    forms: Vec<String>,
    #[serde(default)]
    requires_any: Vec<String>,
    #[serde(default)]
    only_reference: bool,
    #[serde(default)]
    verb: bool,
    #[serde(default)]
    object_then: Vec<String>,
    #[serde(default)]
    modality: Option<Modality>,
    #[serde(default)]
    examples: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LangFile {
    #[allow(dead_code)]
    meta: Meta,
    #[serde(default)]
    morphology: MorphologyFile,
    #[serde(default)]
    cues: CuesFile,
    #[serde(default)]
    modality: Vec<ModalityFile>,
    #[serde(default)]
    trigger: Vec<TriggerFile>,
}

/// A phrase: folded words.
pub type Phrase = Vec<String>;

/// A list of phrases, longest first, indexed by first word.
#[derive(Debug, Default, Clone)]
pub struct Phrases {
    list: Vec<Phrase>,
    /// First word -> indices into `list`, ascending.
    first: FxHashMap<String, Vec<usize>>,
    /// The list's bit in its language's [`Starts`]; 0 when it has none.
    pub(crate) bit: u64,
}

/// Which cue lists of a language may start at a word: each list gets one
/// bit, each first word of a phrase the bits of the lists it starts. A
/// document's words are looked up once, so a list whose bit a word lacks
/// is skipped there without a lookup.
#[derive(Debug, Default)]
pub struct Starts {
    bits: FxHashMap<String, u64>,
    used: u32,
}

impl Starts {
    /// Gives `list` a bit of its own; past 64 lists, none (always tried).
    /// An empty list needs none: nothing starts it.
    fn register(&mut self, list: &mut Phrases) {
        if self.used >= u64::BITS || list.list.is_empty() {
            return;
        }
        list.bit = 1 << self.used;
        self.used += 1;
        for w in list.first.keys() {
            *self.bits.entry(w.clone()).or_default() |= list.bit;
        }
    }
}

impl Phrases {
    /// Indexes phrases, keeping their order.
    pub fn new(list: Vec<Phrase>) -> Phrases {
        let mut first: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        for (k, p) in list.iter().enumerate() {
            if let Some(w) = p.first() {
                first.entry(w.clone()).or_default().push(k);
            }
        }
        Phrases { list, first, bit: 0 }
    }
}

impl std::ops::Deref for Phrases {
    type Target = [Phrase];

    fn deref(&self) -> &[Phrase] {
        &self.list
    }
}

fn phrases(list: &[String]) -> Phrases {
    let mut out: Vec<Phrase> = list
        .iter()
        .map(|s| {
            fold(s)
                .split(|c: char| !crate::text::is_word_char(c))
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect()
        })
        .filter(|p: &Phrase| !p.is_empty())
        .collect();
    // Longest first, so "من المقرر" is tried before "من".
    out.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    Phrases::new(out)
}

/// Argument cues of a language, as phrases.
#[derive(Debug, Default)]
pub struct Cues {
    /// Passive agent ("by", "par", "من طرف").
    pub by: Phrases,
    /// Comitative ("with", "مع").
    pub with: Phrases,
    /// Destination ("to", "إلى").
    pub to: Phrases,
    /// Place ("in", "في").
    pub at: Phrases,
    /// "between".
    pub between: Phrases,
    /// "during" (a reference back to an event).
    pub during: Phrases,
    /// "counterpart".
    pub counterpart: Phrases,
    /// Cooperation nouns and adjectives.
    pub cooperation: Phrases,
    /// Being active somewhere.
    pub active: Phrases,
    /// "there".
    pub there: Phrases,
    /// "affiliated to", "branch of".
    pub part_of: Phrases,
    /// "south of".
    pub located: Phrases,
    /// "the two countries", "both sides".
    pub both: Phrases,
    /// "the two ministers": the two people of the last encounter.
    pub pair: Phrases,
    /// Conjunctions that open a new clause after a comma ("فيما", "while").
    pub clause: Phrases,
    /// Conjunctions of a condition ("إذا", "if"): they open a new clause,
    /// comma or not.
    pub condition: Phrases,
    /// Nouns of a state of affairs ("الأوضاع", "the situation"): a place
    /// after them and a preposition is what is talked about, not where.
    pub situation: Phrases,
    /// Openers of an apposition after a comma ("en", "في", "on a"): "Y,
    /// en visite au Maroc" says Y is on the visit.
    pub circumstance: Phrases,
    /// Particles between a subject and its verb ("قد" in "كان X قد زار"):
    /// where the verb comes first, an actor right before them, or right
    /// before the verb, is still its subject.
    pub preverbal: Phrases,
    /// Things received ("information", "des informations"): received, they
    /// make no reception of a visitor (Latin script: the object follows the
    /// verb).
    pub thing: Phrases,
    /// "focused on", "تناولت": what follows is a topic, not a happening.
    pub topic: Phrases,
    /// Words of office ("minister", "وزير"): the person after them serves a government.
    pub official: Phrases,
    /// What a threat is against ("على أمن", "to", "pour").
    pub against: Phrases,
    /// Auxiliaries that make the participle after them passive ("a été
    /// reçu", "was received"): its agent comes after "by".
    pub passive: Phrases,
    /// Nouns between a preposition and a place name ("في مدينة طنجة", "in
    /// the city of Tangier"): the preposition still introduces the place.
    pub place: Phrases,
    /// What links a statement to its author right after it ("a statement
    /// by", "un communiqué de"): when no known actor follows, the author is
    /// unknown, not the subject of the sentence.
    pub author: Phrases,
    /// Words that join the items of a list ("and", "et", "و").
    pub and: Phrases,
    /// Words that open what a statement says ("that", "que", "أن"): the
    /// actors after them are not its author.
    pub that: Phrases,
    /// Relative pronouns ("which", "qui", "التي"): the actor right before
    /// one is the subject of the verb after it.
    pub relative: Phrases,
    /// What introduces the giver of information after it ("a tip from",
    /// "des informations fournies par"): that actor shares, the one who
    /// acts on it receives.
    pub source: Phrases,
    /// Words that put one happening before or after another ("after",
    /// "quelques mois après", "بعد"): what follows them is at another time.
    pub sequence: Phrases,
    /// Nouns for the staff or services of an agency between a cue and its
    /// name ("بتنسيق مع مصالح المديرية", "avec les services de la DGST"):
    /// the cue still introduces the agency.
    pub unit: Phrases,
    /// A state's forces named by where they serve ("police in Spain,
    /// France and Belgium"): the states listed after it act.
    pub forces_in: Phrases,
    /// Words naming who provided information, a warrant or a request
    /// ("وفرتها", "provided by", "fournies par"): the actor after them gave
    /// it and is not the one who acted on it.
    pub provided: Phrases,
    /// Words that make a trip the sentence subject's own: a possessive
    /// before the trigger ("his visit", "sa visite"), the trigger with its
    /// pronoun ("زيارته"), or a relative after it ("التي يقوم بها").
    pub own: Phrases,
    /// Words naming who received a statement ("بيان تلقته وكالة الأنباء",
    /// "a statement received by"): the actor after them is no author.
    pub received: Phrases,
}

/// A modality cue list.
#[derive(Debug)]
pub struct ModalityRule {
    /// The modality it marks.
    pub kind: Modality,
    /// How many words before the trigger it reaches.
    pub window: usize,
    /// Its cues.
    pub cues: Phrases,
    /// When not empty, a cue counts only before a word that starts with one
    /// of these (Arabic قد before a present-tense verb: ي ت ن).
    pub before_prefix: Vec<String>,
    /// With `before_prefix`: nor one that ends with one of these (the
    /// past tense's "ت" in "قد نشرت", whose first letter is no prefix).
    pub before_not_ending: Vec<String>,
    /// Phrases that, ending right before a cue, cancel it: "would" is no
    /// doubt in "said he would" (reported future).
    pub not_after: Phrases,
    /// Event types it does not apply to (a denial is itself a statement).
    pub except: Vec<String>,
    /// How many words after the trigger it reaches too (a participle after
    /// the noun: "la visite prévue", "الزيارة المرتقبة").
    pub after: usize,
    /// A cue counts only with no punctuation between it and the trigger
    /// ("The man, whose name was not released, was arrested": the denial
    /// is the incise's).
    pub unbroken: bool,
}

/// A compiled trigger.
#[derive(Debug)]
pub struct Trigger {
    /// Event type.
    pub kind: String,
    /// Argument frame.
    pub frame: Frame,
    /// CAMEO code overriding the type's.
    pub cameo: Option<String>,
    /// Forms, as phrases.
    pub forms: Vec<Phrase>,
    /// Words one of which must occur in the sentence.
    pub requires_any: FxHashSet<String>,
    /// The forms only refer back to an event already told ("الاتصال",
    /// "the call"); they never open one.
    pub only_reference: bool,
    /// The forms are verbs: what stands right before them, where the
    /// subject comes first, is their subject ("Israeli forces killed").
    pub verb: bool,
    /// When not empty, the forms make an event only with an actor for
    /// object followed by one of these words ("warned Spain of"); without
    /// one another trigger may take the word ("warned that": a statement).
    pub object_then: Vec<String>,
    /// The modality the forms say themselves ("est attendu à", "is
    /// expected in": planned); the cues around may make it stronger.
    pub modality: Option<Modality>,
}

/// One surface form of a trigger's first word.
#[derive(Debug, Clone, Copy)]
pub struct Variant {
    /// Trigger index.
    pub trigger: usize,
    /// Form index.
    pub form: usize,
    /// Letters added (proclitic and suffix): fewer is a better match.
    pub cost: usize,
    /// The proclitic marks the future.
    pub future: bool,
    /// The proclitic is the definite article.
    pub definite: bool,
}

/// Everything about one language.
#[derive(Debug, Default)]
pub struct LangEvents {
    /// Proclitics.
    pub proclitic_set: FxHashSet<String>,
    /// The letters a proclitic may have at each position (as many lists as
    /// the longest proclitic has characters).
    pub proclitic_letters: Vec<Vec<char>>,
    /// Demonstratives.
    pub demonstratives: FxHashSet<String>,
    /// Articles (fr/en).
    pub articles: FxHashSet<String>,
    /// Possessive determiners ("their", "leurs").
    pub possessives: FxHashSet<String>,
    /// A country's adjective comes before its noun ("Spanish
    /// counterparts"), not after it ("homologues espagnols").
    pub adjectives_first: bool,
    /// The verb comes before its subject ("أوقفت الشرطة"), not after it
    /// ("police arrested").
    pub verb_first: bool,
    /// The word a possessive leaves after a name ("s" of "Kuwait's"),
    /// empty where there is none.
    pub possessive_mark: String,
    /// Adverbs that may stand inside a trigger of several words ("s'est
    /// également entretenu", "has also signed").
    pub adverbs: FxHashSet<String>,
    /// Argument cues.
    pub cues: Cues,
    /// The `author` cues that are proclitics ("ل"): glued to the word right
    /// after a statement, they make it the author ("بيان لرئاسة الجمهورية").
    pub glued_author: Vec<String>,
    /// The suffixes of `[morphology]`: a proclitic before one of them
    /// alone is a pronoun ("بيان لها"), not an author.
    pub suffixes: FxHashSet<String>,
    /// Phrases whose words are no trigger ("عملية بحث", a search
    /// operation, holds بحث, talks; "a sign of" holds sign).
    pub not_triggers: Phrases,
    /// Modality rules.
    pub modality: Vec<ModalityRule>,
    /// Triggers.
    pub triggers: Vec<Trigger>,
    /// Surface form of a first word -> trigger variants.
    pub index: FxHashMap<String, Vec<Variant>>,
    /// The cue lists (argument, modality and topic cues) by first word.
    pub starts: Starts,
    /// Example sentences per trigger (type, sentence), for tests.
    pub examples: Vec<(String, String)>,
}

impl LangEvents {
    /// Is `word` a demonstrative, possibly with a proclitic ("وهذه")?
    pub fn is_demonstrative(&self, word: &str) -> bool {
        self.demonstratives.contains(word) || self.demonstratives.iter().any(|d| self.word_is(word, d))
    }

    /// Does `word` equal `w`, possibly with a proclitic?
    pub fn word_is(&self, word: &str, w: &str) -> bool {
        word == w
            || (word.len() > w.len()
                && word.ends_with(w)
                && self.proclitic_set.contains(&word[..word.len() - w.len()]))
    }

    /// Calls `f` with what is left of `word` after each proclitic it starts
    /// with (وبالتعاون → بالتعاون, التعاون, تعاون when those are proclitics).
    pub fn peeled(&self, word: &str, mut f: impl FnMut(&str)) {
        // A prefix with a letter no proclitic has at its place ends the
        // search: no longer prefix can be a proclitic either.
        let mut at = 0;
        for letters in &self.proclitic_letters {
            let Some(c) = word[at..].chars().next() else { return };
            if !letters.contains(&c) {
                return;
            }
            at += c.len_utf8();
            if at < word.len() && self.proclitic_set.contains(&word[..at]) {
                f(&word[at..]);
            }
        }
    }

    /// The bits of the cue lists that may start at `word`, bare or after a
    /// proclitic (see [`Starts`]).
    pub fn starts_of(&self, word: &str) -> u64 {
        let bits = |w: &str| self.starts.bits.get(w).copied().unwrap_or(0);
        let mut out = bits(word);
        self.peeled(word, |rest| out |= bits(rest));
        out
    }

    /// [`LangEvents::any_at`] when the start bits of the words are known
    /// (`starts[i]` is [`LangEvents::starts_of`] `words[i]`).
    pub fn any_at_known(&self, words: &[&str], starts: &[u64], i: usize, list: &Phrases) -> Option<usize> {
        if list.bit != 0 && starts.get(i).is_some_and(|s| s & list.bit == 0) {
            return None;
        }
        self.any_at(words, i, list)
    }

    /// [`LangEvents::all_at`] when the start bits of the words are known.
    pub fn all_at_known(
        &self,
        words: &[&str],
        starts: &[u64],
        i: usize,
        list: &Phrases,
        f: impl FnMut(usize),
    ) {
        if list.bit != 0 && starts.get(i).is_some_and(|s| s & list.bit == 0) {
            return;
        }
        self.all_at(words, i, list, f)
    }

    /// Does the phrase occur at `words[i..]`? Returns its length in words.
    pub fn phrase_at(&self, words: &[&str], i: usize, p: &Phrase) -> Option<usize> {
        if i + p.len() > words.len() {
            return None;
        }
        p.iter().enumerate().all(|(k, w)| self.word_is(words[i + k], w)).then_some(p.len())
    }

    /// Calls `f(index, length)` on the candidates of `list` at `words[i..]`
    /// in ascending index order per first word: only the phrases whose
    /// first word is the word at `i`, bare or after a proclitic, are tried.
    /// `f` returns whether to go on with that first word.
    fn each_at(&self, words: &[&str], i: usize, list: &Phrases, mut f: impl FnMut(usize, usize) -> bool) {
        let Some(&w) = words.get(i) else { return };
        let mut try_first = |first: &str| {
            for &k in list.first.get(first).into_iter().flatten() {
                if let Some(n) = self.phrase_at(words, i, &list.list[k])
                    && !f(k, n)
                {
                    break;
                }
            }
        };
        try_first(w);
        self.peeled(w, try_first);
    }

    /// The first phrase of `list` occurring at `words[i..]`; its length.
    pub fn any_at(&self, words: &[&str], i: usize, list: &Phrases) -> Option<usize> {
        let mut best: Option<(usize, usize)> = None;
        self.each_at(words, i, list, |k, n| {
            if best.is_none_or(|(b, _)| k < b) {
                best = Some((k, n));
            }
            false
        });
        best.map(|(_, n)| n)
    }

    /// Every phrase of `list` occurring at `words[i..]`, by index.
    pub fn all_at(&self, words: &[&str], i: usize, list: &Phrases, mut f: impl FnMut(usize)) {
        self.each_at(words, i, list, |k, _| {
            f(k);
            true
        });
    }
}

/// Topics: name and cue phrases per language.
#[derive(Debug, Default)]
pub struct Topics {
    /// Topic names, sorted.
    pub names: Vec<String>,
    /// Language -> the cues of every topic, and the topics of each cue.
    pub cues: BTreeMap<String, (Phrases, Vec<Vec<usize>>)>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TopicsFile {
    #[allow(dead_code)]
    meta: Meta,
    topic: BTreeMap<String, BTreeMap<String, Vec<String>>>,
}

/// The compiled event lexicon.
#[derive(Debug, Default)]
pub struct EventLexicon {
    /// Event types by name.
    pub types: BTreeMap<String, TypeSpec>,
    /// Languages by code.
    pub langs: BTreeMap<String, LangEvents>,
    /// Topics.
    pub topics: Topics,
}

impl EventLexicon {
    /// Compiles `lexicon/events/*.toml`.
    pub fn compile(data: &DataFiles) -> Result<EventLexicon, DataError> {
        let mut lex = EventLexicon::default();
        let types_path = "lexicon/events/types.toml";
        if let Some(text) = data.get(types_path) {
            let f: TypesFile = DataFiles::parse(types_path, text)?;
            for (name, t) in f.types {
                lex.types
                    .insert(name, TypeSpec { cameo: t.cameo, plover: t.plover, mode: t.mode, verb: t.verb });
            }
        }
        for lang in crate::text::lang::LANGUAGES {
            let path = format!("lexicon/events/{lang}.toml");
            let Some(text) = data.get(&path) else { continue };
            let f: LangFile = DataFiles::parse(&path, text)?;
            lex.langs.insert(lang.to_string(), compile_lang(&path, text, f, &lex.types)?);
        }
        let topics_path = "lexicon/events/topics.toml";
        if let Some(text) = data.get(topics_path) {
            let f: TopicsFile = DataFiles::parse(topics_path, text)?;
            let mut by_lang: BTreeMap<String, BTreeMap<Phrase, Vec<usize>>> = BTreeMap::new();
            for (t, (name, cues)) in f.topic.into_iter().enumerate() {
                lex.topics.names.push(name);
                for (l, list) in cues {
                    for p in phrases(&list).iter() {
                        by_lang.entry(l.clone()).or_default().entry(p.clone()).or_default().push(t);
                    }
                }
            }
            for (l, cues) in by_lang {
                let (list, owners): (Vec<Phrase>, Vec<Vec<usize>>) = cues.into_iter().unzip();
                let mut list = Phrases::new(list);
                if let Some(lang) = lex.langs.get_mut(&l) {
                    lang.starts.register(&mut list);
                }
                lex.topics.cues.insert(l, (list, owners));
            }
        }
        Ok(lex)
    }
}

fn fold_all(list: &[String]) -> Vec<String> {
    list.iter().map(|s| fold(s)).filter(|s| !s.is_empty()).collect()
}

/// For each character position, the letters the words have there.
fn letters_by_position(words: &[String]) -> Vec<Vec<char>> {
    let mut out: Vec<Vec<char>> = Vec::new();
    for w in words {
        for (k, c) in w.chars().enumerate() {
            if out.len() <= k {
                out.push(Vec::new());
            }
            if !out[k].contains(&c) {
                out[k].push(c);
            }
        }
    }
    out
}

fn compile_lang(
    path: &str,
    text: &str,
    f: LangFile,
    types: &BTreeMap<String, TypeSpec>,
) -> Result<LangEvents, DataError> {
    let mut proclitics = fold_all(&f.morphology.proclitics);
    let future = fold_all(&f.morphology.future);
    let definite: HashSet<String> = fold_all(&f.morphology.definite).into_iter().collect();
    let suffixes = fold_all(&f.morphology.suffixes);
    proclitics.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    // Every cue list gets its bit as it is made.
    let mut starts = Starts::default();
    let mut cue = |list: &[String]| {
        let mut p = phrases(list);
        starts.register(&mut p);
        p
    };
    let c = &f.cues;
    let cues = Cues {
        by: cue(&c.by),
        with: cue(&c.with),
        to: cue(&c.to),
        at: cue(&c.at),
        between: cue(&c.between),
        during: cue(&c.during),
        counterpart: cue(&c.counterpart),
        cooperation: cue(&c.cooperation),
        active: cue(&c.active),
        there: cue(&c.there),
        part_of: cue(&c.part_of),
        located: cue(&c.located),
        both: cue(&c.both),
        pair: cue(&c.pair),
        clause: cue(&c.clause),
        condition: cue(&c.condition),
        situation: cue(&c.situation),
        circumstance: cue(&c.circumstance),
        preverbal: cue(&c.preverbal),
        thing: cue(&c.thing),
        topic: cue(&c.topic),
        official: cue(&c.official),
        against: cue(&c.against),
        passive: cue(&c.passive),
        place: cue(&c.place),
        author: cue(&c.author),
        and: cue(&c.and),
        that: cue(&c.that),
        relative: cue(&c.relative),
        source: cue(&c.source),
        sequence: cue(&c.sequence),
        unit: cue(&c.unit),
        forces_in: cue(&c.forces_in),
        provided: cue(&c.provided),
        own: cue(&c.own),
        received: cue(&c.received),
    };
    let modality: Vec<ModalityRule> = f
        .modality
        .iter()
        .map(|m| ModalityRule {
            kind: m.kind,
            window: m.window,
            cues: cue(&m.cues),
            before_prefix: fold_all(&m.before_prefix),
            before_not_ending: fold_all(&m.before_not_ending),
            not_after: cue(&m.not_after),
            except: m.except.clone(),
            after: m.after,
            unbroken: m.unbroken,
        })
        .collect();
    let not_triggers = cue(&f.morphology.not_triggers);
    if let Some(bad) =
        f.modality.iter().flat_map(|m| &m.except).find(|k| !types.is_empty() && !types.contains_key(*k))
    {
        return Err(DataError {
            file: path.into(),
            line: line_of(text, "except"),
            key: "modality.except".into(),
            message: format!("unknown event type {bad:?}"),
        });
    }
    let mut out = LangEvents {
        proclitic_set: proclitics.iter().cloned().collect(),
        proclitic_letters: letters_by_position(&proclitics),
        demonstratives: fold_all(&f.morphology.demonstratives).into_iter().collect(),
        articles: fold_all(&f.morphology.articles).into_iter().collect(),
        possessives: fold_all(&f.morphology.possessives).into_iter().collect(),
        adjectives_first: f.morphology.adjectives_first,
        verb_first: f.morphology.verb_first,
        possessive_mark: fold(&f.morphology.possessive_mark),
        adverbs: fold_all(&f.morphology.adverbs).into_iter().collect(),
        glued_author: fold_all(&f.cues.author).into_iter().filter(|a| proclitics.contains(a)).collect(),
        suffixes: suffixes.iter().cloned().collect(),
        cues,
        modality,
        not_triggers,
        starts,
        ..Default::default()
    };
    // (proclitic, its letters, future, definite) and (suffix, its letters).
    let mut prefixes: Vec<(String, usize, bool, bool)> = vec![(String::new(), 0, false, false)];
    prefixes.extend(proclitics.iter().map(|p| (p.clone(), p.chars().count(), false, definite.contains(p))));
    prefixes.extend(future.iter().map(|p| (p.clone(), p.chars().count(), true, false)));
    let before_suffix: Vec<(String, String)> = f
        .morphology
        .before_suffix
        .iter()
        .flat_map(|(k, vs)| vs.iter().map(move |v| (fold(k), fold(v))))
        .collect();
    let mut ends: Vec<(String, usize)> = vec![(String::new(), 0)];
    ends.extend(suffixes.iter().map(|s| (s.clone(), s.chars().count())));
    let mut surface = String::new();
    for (ti, t) in f.trigger.into_iter().enumerate() {
        if !types.is_empty() && !types.contains_key(&t.kind) {
            return Err(DataError {
                file: path.into(),
                line: line_of(text, &format!("type = \"{}\"", t.kind)),
                key: "type".into(),
                message: format!("unknown event type {:?}", t.kind),
            });
        }
        let forms = phrases(&t.forms);
        if forms.is_empty() {
            return Err(DataError {
                file: path.into(),
                line: line_of(text, &t.kind),
                key: "forms".into(),
                message: "no forms".into(),
            });
        }
        for (fi, form) in forms.iter().enumerate() {
            let stem = &form[0];
            let mut stems = vec![(stem.clone(), 0usize)];
            // A final letter written otherwise before a suffix (ة as ت, ء
            // as ئ or ؤ).
            for (last, written) in &before_suffix {
                if let Some(base) = stem.strip_suffix(last.as_str()) {
                    stems.push((format!("{base}{written}"), 1));
                }
            }
            for (pre, pre_letters, fut, def) in &prefixes {
                for (s, extra) in &stems {
                    for (suf, suf_letters) in &ends {
                        if *extra == 1 && suf.is_empty() {
                            continue;
                        }
                        surface.clear();
                        surface.push_str(pre);
                        surface.push_str(s);
                        surface.push_str(suf);
                        let v = Variant {
                            trigger: ti,
                            form: fi,
                            cost: pre_letters + suf_letters,
                            future: *fut,
                            definite: *def,
                        };
                        match out.index.get_mut(surface.as_str()) {
                            Some(list) => list.push(v),
                            None => {
                                out.index.insert(surface.clone(), vec![v]);
                            }
                        }
                    }
                }
            }
        }
        for e in &t.examples {
            out.examples.push((t.kind.clone(), e.clone()));
        }
        out.triggers.push(Trigger {
            kind: t.kind,
            frame: t.frame,
            cameo: t.cameo,
            forms: forms.to_vec(),
            // A required word takes the suffixes too ("يوقعان", "وقعا").
            requires_any: fold_all(&t.requires_any)
                .into_iter()
                .flat_map(|w| ends.iter().map(move |(suf, _)| format!("{w}{suf}")))
                .collect(),
            only_reference: t.only_reference,
            verb: t.verb,
            object_then: fold_all(&t.object_then),
            modality: t.modality,
        });
    }
    for word in fold_all(&f.morphology.exclude) {
        out.index.remove(&word);
    }
    Ok(out)
}
