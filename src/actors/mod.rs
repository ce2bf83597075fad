//! Actors: gazetteer matching, recognition of unknown names, and
//! resolution of titles and short forms.
//!
//! [`recognize`] is the stage's entry point: it finds every actor mention
//! of a text and resolves it to an actor id (a gazetteer entry or a new
//! actor recognized from the patterns of the language).
//!
//! - [`gazetteer`]: the entries of `data/gazetteer/*.toml`; [`Gazetteer::compile`]
//!   puts every name, alias and adjective into one word trie, once.
//! - [`matcher`]: phrase matching over the words of a text, leftmost-longest,
//!   on word boundaries, with Arabic proclitics (و ف ب ل ك, ال, لل) peeled.
//! - [`lexicon`]: the cues of each language, `data/lexicon/actors/{ar,fr,en}.toml`
//!   (titles and positions, organization and media heads, descriptions,
//!   honorifics, name particles, words that end a name).
//! - [`translit`]: Arabic → Latin slugs and consonant skeletons
//!   (`data/lexicon/actors/translit.toml`); [`translit::Translit::similarity`]
//!   compares an Arabic spelling with a Latin name across documents too.
//! - `recognize`: the grammar that puts them together (titles, appositions,
//!   agencies, dated roles, descriptions, short forms).

pub mod gazetteer;
pub mod lexicon;
pub mod matcher;
mod recognize;
pub mod translit;

#[cfg(test)]
mod tests;

pub use gazetteer::{Case, Entry, Gazetteer, RoleSpec, Target};
pub use lexicon::ActorLexicon;

use crate::date::PartialDate;
use crate::lexicon::{DataError, DataFiles};
use crate::model::{Actor, ActorKind, Relation};
use crate::text::Text;
use crate::time::TimeMention;
use std::collections::BTreeMap;

impl Gazetteer {
    /// Loads and compiles the gazetteer.
    ///
    /// Every name, alias and adjective of every entry goes into one
    /// word trie (in its matching form); the actor cues of each language
    /// are compiled alongside.
    pub fn compile(data: &DataFiles) -> Result<Gazetteer, DataError> {
        let mut g = Gazetteer::load(data)?;
        g.lexicon = ActorLexicon::compile(data)?;
        let mut forms: Vec<(String, Target)> = Vec::new();
        let joined: Vec<String> = g.lexicon.langs.values().flat_map(|l| l.joined.iter().cloned()).collect();
        for e in g.entries.iter() {
            let names = e.names.values().flatten().chain(e.aliases.iter()).chain(std::iter::once(&e.name));
            for n in names {
                let key = matcher::key(n);
                let target = Target { entry: e.id.clone(), via: Via::Name, case: Case::of(n) };
                for variant in joined_variants(&key, &joined) {
                    forms.push((variant, target.clone()));
                }
                forms.push((key, target));
            }
            for a in e.adjectives.values().flatten() {
                forms.push((
                    matcher::key(a),
                    Target { entry: e.id.clone(), via: Via::Adjective, case: Case::of(a) },
                ));
            }
            if let Some(c) = &e.capital {
                g.capital_of.insert(c.clone(), e.id.clone());
            }
            if let Some(c) = &e.seat {
                g.seat_of.entry(c.clone()).or_default().push(e.id.clone());
            }
            if let Some(c) = e.cameo.as_ref().filter(|_| e.kind == ActorKind::Organization) {
                g.by_cameo.entry(c.clone()).or_default().push(e.id.clone());
            }
        }
        forms.retain(|(k, _)| k.chars().count() >= 2);
        let m = matcher::PhraseMatcher::new(forms.iter().map(|f| f.0.clone()));
        let mut targets: Vec<Vec<Target>> = vec![Vec::new(); m.keys().len()];
        for (k, t) in forms {
            let Some(p) = m.id(&k) else { continue };
            let list = &mut targets[p];
            match list.iter_mut().find(|x| x.entry == t.entry && x.via == t.via) {
                // The loosest case among the forms of one entry wins.
                Some(x) => x.case = x.case.min(t.case),
                None => list.push(t),
            }
        }
        for list in &mut targets {
            list.sort_by(|a, b| a.via.cmp(&b.via).then(a.entry.cmp(&b.entry)));
        }
        g.matcher = m;
        g.targets = targets;
        // One numbering of words for the gazetteer's trie and the cue tries,
        // so that a document's words are looked up once for both scans.
        g.matcher.renumber(&mut g.vocab);
        for cues in g.lexicon.langs.values_mut() {
            cues.matcher.renumber(&mut g.vocab);
        }
        if let Some(en) = g.lexicon.lang("en") {
            let cues: Vec<(String, Option<&String>)> = en
                .cues
                .iter()
                .filter(|c| c.kind == lexicon::CueKind::Organization)
                .filter_map(|c| Some((matcher::key(c.en.as_deref()?), c.domain.as_ref())))
                .collect();
            for e in g.entries.iter().filter(|e| e.kind == ActorKind::Organization) {
                let name = matcher::key(&e.name);
                if let Some((_, Some(d))) = cues.iter().find(|(k, _)| name.contains(k.as_str())) {
                    g.domains.insert(e.id.clone(), (*d).clone());
                }
            }
        }
        g.records = g.entries.iter().map(|e| (e.id.clone(), recognize::actor_of(e))).collect();
        for e in g.entries.iter().filter(|e| e.kind == ActorKind::Person) {
            for (i, r) in e.roles.iter().enumerate() {
                if let Some(p) = &r.position {
                    g.by_position.entry(p.clone()).or_default().push((e.id.clone(), i));
                }
                if r.role == "leads" {
                    g.leaders_of.entry(r.org.clone()).or_default().push((e.id.clone(), i));
                }
            }
        }
        let tr = &g.lexicon.translit;
        g.skeletons = g
            .entries
            .iter()
            .filter(|e| e.kind == ActorKind::Person)
            .map(|e| (e.id.clone(), tr.skeleton(&e.name)))
            .collect();
        Ok(g)
    }
}

/// The other spelling of a name whose words are written apart or joined
/// before the article ("عبد العزيز" / "عبدالعزيز"): every such word of the
/// name joined, or every one apart.
fn joined_variants(key: &str, joined: &[String]) -> Vec<String> {
    if !joined.iter().any(|j| key.contains(j.as_str())) {
        return Vec::new();
    }
    let mut apart = Vec::new();
    let mut together = Vec::new();
    let words: Vec<&str> = key.split(' ').collect();
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        if joined.iter().any(|j| j == w) && words.get(i + 1).is_some_and(|n| n.starts_with("ال")) {
            together.push(format!("{w}{}", words[i + 1]));
            apart.extend([w.to_string(), words[i + 1].to_string()]);
            i += 2;
            continue;
        }
        match joined.iter().find(|j| {
            w.len() > j.len() + "ال".len() && w.starts_with(j.as_str()) && w[j.len()..].starts_with("ال")
        }) {
            Some(j) => {
                apart.extend([j.clone(), w[j.len()..].to_string()]);
                together.push(w.to_string());
            }
            None => {
                apart.push(w.to_string());
                together.push(w.to_string());
            }
        }
        i += 1;
    }
    [apart.join(" "), together.join(" ")].into_iter().filter(|v| v != key).collect()
}

impl Gazetteer {
    /// Whether two actors found in different documents are one: same kind,
    /// no conflicting country, and a shared name, or (for people) an Arabic
    /// spelling and a Latin name with the same consonant skeleton
    /// ("فرانسيسكا بوستين" and "Francisca Bostyn"). For the merge of
    /// documents, where new actors get ids from their own spelling.
    pub fn same_actor(&self, a: &Actor, b: &Actor) -> bool {
        if a.id == b.id {
            return true;
        }
        if a.kind != b.kind || (a.country.is_some() && b.country.is_some() && a.country != b.country) {
            return false;
        }
        let names = |x: &Actor| -> Vec<String> {
            std::iter::once(&x.name)
                .chain(x.names.values())
                .chain(x.aliases.iter())
                .map(|n| crate::text::name_key(n))
                .filter(|n| !n.is_empty())
                .collect()
        };
        let (na, nb) = (names(a), names(b));
        if na.iter().any(|n| n.contains(' ') && nb.contains(n)) {
            return true;
        }
        if a.kind != ActorKind::Person {
            return false;
        }
        let arabic = |n: &str| n.chars().any(matcher::is_arabic_letter);
        let tr = &self.lexicon.translit;
        let full = |v: &[String]| -> Vec<String> { v.iter().filter(|n| n.contains(' ')).cloned().collect() };
        full(&na).iter().any(|x| {
            full(&nb)
                .iter()
                .any(|y| arabic(x) != arabic(y) && tr.skeleton(x).len() >= 4 && tr.similarity(x, y) >= 0.85)
        })
    }
}

/// How a mention was recognized.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Via {
    /// A gazetteer name or alias.
    Name,
    /// A nisba adjective or demonym (البلجيكي, belge) pointing at a country.
    Adjective,
    /// A capital standing for its country (الرباط for Morocco).
    Capital,
    /// A title with no name, resolved through dated roles.
    Title,
    /// A short form or description resolved to an earlier full mention
    /// (الوزير, M. Laftit, the agency).
    Coreference,
    /// An unknown name recognized from a pattern of the language.
    Pattern,
}

/// A relation carried by a title or apposition: "المديرة العامة لجهاز أمن
/// الدولة البلجيكي فرانسيسكا بوستين" says that Bostyn leads VSSE; and by a
/// country adjective or possessive on an agency: "جهاز أمن الدولة البلجيكي"
/// says that VSSE is part of Belgium.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TitleLink {
    /// `leads`, `member_of` (on people) or `part_of` (on agencies).
    pub relation: &'static str,
    /// The organization or country (actor id).
    pub target: String,
    /// Byte span of the title in the original text.
    pub start: usize,
    /// End of that span.
    pub end: usize,
}

/// One place where a text names an actor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorMention {
    /// Byte offset in the original text (proclitics excluded).
    pub start: usize,
    /// End byte offset in the original text.
    pub end: usize,
    /// The actor id.
    pub actor: String,
    /// Its kind.
    pub kind: ActorKind,
    /// How it was recognized.
    pub via: Via,
    /// Relations its title or apposition states.
    pub links: Vec<TitleLink>,
}

/// What the actor stage finds in one document.
#[derive(Debug, Clone, Default)]
pub struct ActorResult {
    /// Every mention, by start offset.
    pub mentions: Vec<ActorMention>,
    /// Every actor mentioned, with names, aliases, country and CAMEO code;
    /// `mentions` left empty (the pipeline fills them with the document id).
    pub actors: BTreeMap<String, Actor>,
    /// Gazetteer facts about the actors mentioned (`part_of`, `leads`
    /// valid at the publication date), with `basis: gazetteer`.
    pub facts: Vec<Relation>,
}

/// Finds and resolves the actors of `text`, written in `lang`, published
/// on `dct`; `times` are the text's time expressions, used to date titles
/// ("the Belgian justice minister" in a sentence about November 2023).
pub fn recognize(
    text: &Text,
    lang: &str,
    dct: Option<PartialDate>,
    times: &[TimeMention],
    gazetteer: &Gazetteer,
) -> ActorResult {
    recognize::run(text, lang, dct, times, gazetteer)
}
