//! The actor cues of each language (`data/lexicon/actors/{ar,fr,en}.toml`):
//! titles and the positions they name, organization heads, descriptions
//! that stand for an actor named before, honorifics, name particles and
//! words that end a name; and the transliteration table
//! (`data/lexicon/actors/translit.toml`).

use super::matcher::{Clitics, PhraseMatcher, key};
use super::translit::Translit;
use crate::lexicon::{DataError, DataFiles, Meta, line_of};
use crate::model::ActorKind;
use serde::Deserialize;
use std::collections::BTreeMap;

/// What a cue phrase is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueKind {
    /// A title before or after a name (وزير العدل, directeur général).
    Title,
    /// A head noun with its complement naming an organization (وزارة الداخلية).
    Organization,
    /// A description standing for an actor named before (الوزير, the agency).
    Description,
    /// A word of address before a name (السيد, M.).
    Honorific,
    /// A noun for a state's government (السلطات, authorities): a country
    /// adjective with it names the country.
    StateNoun,
    /// A noun for a news outlet (صحيفة, journal): the quoted or capitalized
    /// name after it is a media actor.
    MediaHead,
    /// A noun for an armed group (جماعة, groupe): the quoted or capitalized
    /// name after it is a group.
    GroupHead,
    /// A head noun of agencies (جهاز, police): with its complement and a
    /// country adjective it names an organization.
    OrgHead,
}

/// One cue phrase's meaning.
#[derive(Debug, Clone)]
pub struct Cue {
    /// What it is.
    pub kind: CueKind,
    /// The position a title names (`minister-justice`), or the prefix of
    /// positions a description accepts (`minister`, `head`).
    pub position: Option<String>,
    /// The ministry domain (`interior`, `justice`, `foreign`, `defence`; `any`).
    pub domain: Option<String>,
    /// English title or organization name.
    pub en: Option<String>,
    /// `leads` or `member_of` (titles).
    pub link: Option<String>,
    /// The kind of actor a description stands for.
    pub actor_kind: Option<ActorKind>,
    /// The organization comes before the title ("the DGED, headed by").
    pub org_before: bool,
    /// The post is held somewhere ("the ambassador of Spain in Rabat",
    /// "l'ambassadeur américain à Tunis"): a place after the title is part
    /// of it. For other titles the place is where something happens ("the
    /// DGSN chief in Rabat").
    pub posted: bool,
    /// The cue this title becomes when an organization complement follows
    /// it ("président du BND" heads the BND, not a state).
    pub with_organization: Option<usize>,
    /// The CAMEO role of the agency a title heads when its country has one
    /// agency of that role (`SPY`: "Jordan's intelligence chief" heads the
    /// only intelligence agency the gazetteer lists for Jordan).
    pub agency: Option<String>,
}

/// An adjective of relation: the article, a stem, one of `endings`
/// ("المالي", "المالية"); the name it comes from is the adjective less
/// its `feminine` ending, the stem, the stem with the article, or the
/// stem with one of `additions` ("أمريكا" for "الأمريكي").
#[derive(Debug, Clone, Default)]
pub struct Nisba {
    /// Endings of the adjective, longest first.
    pub endings: Vec<String>,
    /// The feminine ending.
    pub feminine: String,
    /// Endings a country's name may add to the stem.
    pub additions: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct NisbaFile {
    endings: Vec<String>,
    feminine: String,
    #[serde(default)]
    additions: Vec<String>,
}

/// The compiled cues of one language.
#[derive(Debug, Clone, Default)]
pub struct LangCues {
    /// Every cue.
    pub cues: Vec<Cue>,
    /// Cue phrases; pattern id → cue indices in `payload`.
    pub matcher: PhraseMatcher,
    /// Pattern id → cues.
    pub payload: Vec<Vec<usize>>,
    /// Name particles (folded).
    pub particles: rustc_hash::FxHashSet<String>,
    /// Name words written either apart from or joined to the next word when
    /// it starts with the article ("عبد العزيز" / "عبدالعزيز").
    pub joined: Vec<String>,
    /// Words that end a name (folded).
    pub stopwords: rustc_hash::FxHashSet<String>,
    /// Endings no name word has: pronoun suffixes ("عزمهما"), folded.
    pub not_endings: Vec<String>,
    /// Words after which a capital is a place, not its state (في, in, capitale).
    pub place_words: rustc_hash::FxHashSet<String>,
    /// Nouns of a place within a state ("ولاية", "wilaya", "city"): a name
    /// after them that a state shares with its city is the city.
    pub within: rustc_hash::FxHashSet<String>,
    /// The words that join two complements sharing one head noun ("et",
    /// "and"; "و", glued where it is a proclitic).
    pub and: Vec<String>,
    /// How an adjective of relation is made from a name (Arabic), if the
    /// language has such adjectives.
    pub nisba: Option<Nisba>,
    /// The word a possessive leaves after a name ("s" of "Morocco's"),
    /// empty where there is none.
    pub possessive: String,
    /// Words that make a title a deputy's ("adjoint", "deputy", "نائب").
    pub deputy: Vec<String>,
    /// Determiners a description needs before it (Latin languages).
    pub determiners: rustc_hash::FxHashSet<String>,
    /// Adjectives that may close a title before its name ("رئيس الجهاز
    /// الجديد X", "le nouveau"): skipped on the way to the name.
    pub title_adjectives: rustc_hash::FxHashSet<String>,
    /// Prepositions that name where a post is held after a title
    /// ("السفيرة الأميركية في لبنان"), in Arabic script.
    pub posted_at: rustc_hash::FxHashSet<String>,
    /// Prepositions after a title that name the country a post is to
    /// ("المبعوث إلى ليبيا", "ambassador to Morocco"): with a title only.
    pub posted_to: rustc_hash::FxHashSet<String>,
    /// Words that introduce a title's country complement in Latin script
    /// ("l'ambassadeur des États-Unis", "the ambassador of Spain").
    pub of: rustc_hash::FxHashSet<String>,
    /// State nouns that, with no country of their own, stand for the
    /// dateline's state ("les forces de sécurité", "السلطات"): a state's
    /// own forces, not its visitors (folded).
    pub home_nouns: rustc_hash::FxHashSet<String>,
    /// Nouns for the country the text is written in, after a post's
    /// preposition ("سفير مصر لدى البلاد"), folded.
    pub here: rustc_hash::FxHashSet<String>,
    /// Arabic proclitics (Arabic only).
    pub clitics: Option<Clitics>,
}

/// All actor cues, by language, and the transliteration table.
#[derive(Debug, Clone, Default)]
pub struct ActorLexicon {
    /// Cues by language code.
    pub langs: BTreeMap<String, LangCues>,
    /// Arabic → Latin letters and consonant classes.
    pub translit: Translit,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CueFile {
    #[allow(dead_code)]
    meta: Meta,
    #[serde(default)]
    proclitics: Option<ProcliticSpec>,
    #[serde(default)]
    names: NameSpec,
    #[serde(default)]
    title: Vec<CueSpec>,
    #[serde(default)]
    organization: Vec<CueSpec>,
    #[serde(default)]
    description: Vec<CueSpec>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct NameSpec {
    #[serde(default)]
    honorifics: Vec<String>,
    #[serde(default)]
    particles: Vec<String>,
    #[serde(default)]
    joined: Vec<String>,
    #[serde(default)]
    stopwords: Vec<String>,
    #[serde(default)]
    not_endings: Vec<String>,
    #[serde(default)]
    determiners: Vec<String>,
    #[serde(default)]
    posted_at: Vec<String>,
    #[serde(default)]
    posted_to: Vec<String>,
    #[serde(default)]
    of: Vec<String>,
    #[serde(default)]
    title_adjectives: Vec<String>,
    #[serde(default)]
    place_words: Vec<String>,
    #[serde(default)]
    within: Vec<String>,
    #[serde(default)]
    and: Vec<String>,
    #[serde(default)]
    nisba: Option<NisbaFile>,
    #[serde(default)]
    possessive: String,
    #[serde(default)]
    deputy: Vec<String>,
    #[serde(default)]
    state_nouns: Vec<String>,
    #[serde(default)]
    org_heads: Vec<String>,
    /// English names of head nouns that name a state's force on their own
    /// ("الجيش" + a country adjective = that country's Army).
    #[serde(default)]
    org_head_names: std::collections::BTreeMap<String, String>,
    #[serde(default)]
    home_nouns: Vec<String>,
    #[serde(default)]
    here: Vec<String>,
    #[serde(default)]
    media_heads: Vec<String>,
    #[serde(default)]
    group_heads: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProcliticSpec {
    conjunctions: Vec<String>,
    prepositions: Vec<String>,
    article: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CueSpec {
    forms: Vec<String>,
    #[serde(default)]
    position: Option<String>,
    #[serde(default)]
    domain: Option<String>,
    #[serde(default)]
    en: Option<String>,
    #[serde(default)]
    link: Option<String>,
    #[serde(default)]
    kind: Option<ActorKind>,
    #[serde(default)]
    org_before: bool,
    #[serde(default)]
    posted: bool,
    #[serde(default)]
    with_organization: Option<OrgVariant>,
    #[serde(default)]
    agency: Option<String>,
}

/// What a title means with an organization complement.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OrgVariant {
    position: String,
    en: String,
}

impl ActorLexicon {
    /// Compiles `lexicon/actors/*.toml`.
    pub fn compile(data: &DataFiles) -> Result<ActorLexicon, DataError> {
        let mut out = ActorLexicon::default();
        for (path, text) in data.under("lexicon/actors/") {
            if !path.ends_with(".toml") {
                continue;
            }
            if path.ends_with("/translit.toml") {
                out.translit = Translit::compile(path, text)?;
                continue;
            }
            let file: CueFile = DataFiles::parse(path, text)?;
            let lang = file.meta.language.clone().unwrap_or_default();
            let err = |k: &str, m: &str| DataError {
                file: path.into(),
                line: line_of(text, k),
                key: k.into(),
                message: m.into(),
            };
            let mut cues = Vec::new();
            let mut phrases: Vec<(String, usize)> = Vec::new();
            let groups = [
                (CueKind::Title, &file.title),
                (CueKind::Organization, &file.organization),
                (CueKind::Description, &file.description),
            ];
            for (kind, specs) in groups {
                for s in specs {
                    if let Some(l) = &s.link
                        && l != "leads"
                        && l != "member_of"
                    {
                        return Err(err(l, "link must be leads or member_of"));
                    }
                    if kind == CueKind::Description && s.kind.is_none() {
                        return Err(err(
                            s.forms.first().map_or("description", String::as_str),
                            "description without kind",
                        ));
                    }
                    let idx = cues.len();
                    let cue = Cue {
                        kind,
                        position: s.position.clone(),
                        domain: s.domain.clone(),
                        en: s.en.clone(),
                        link: s.link.clone(),
                        actor_kind: s.kind,
                        org_before: s.org_before,
                        posted: s.posted,
                        with_organization: None,
                        agency: s.agency.clone(),
                    };
                    let variant = s.with_organization.as_ref().map(|v| Cue {
                        position: Some(v.position.clone()),
                        en: Some(v.en.clone()),
                        ..cue.clone()
                    });
                    cues.push(cue);
                    if let Some(v) = variant {
                        if kind != CueKind::Title {
                            return Err(err(
                                s.forms.first().map_or("with_organization", String::as_str),
                                "with_organization is for titles",
                            ));
                        }
                        cues[idx].with_organization = Some(cues.len());
                        cues.push(v);
                    }
                    for f in &s.forms {
                        let k = key(f);
                        if k.is_empty() {
                            return Err(err(f, "empty form"));
                        }
                        phrases.push((k, idx));
                    }
                }
            }
            let words = file
                .names
                .honorifics
                .iter()
                .map(|w| (w, CueKind::Honorific))
                .chain(file.names.state_nouns.iter().map(|w| (w, CueKind::StateNoun)))
                .chain(file.names.org_heads.iter().map(|w| (w, CueKind::OrgHead)))
                .chain(file.names.media_heads.iter().map(|w| (w, CueKind::MediaHead)))
                .chain(file.names.group_heads.iter().map(|w| (w, CueKind::GroupHead)));
            let head_names: std::collections::BTreeMap<String, &String> =
                file.names.org_head_names.iter().map(|(k, v)| (key(k), v)).collect();
            if let Some(h) = head_names.keys().find(|h| !file.names.org_heads.iter().any(|o| key(o) == **h)) {
                return Err(err(h, "org_head_names names a word that is not in org_heads"));
            }
            if let Some(h) = file
                .names
                .home_nouns
                .iter()
                .find(|h| !file.names.state_nouns.iter().any(|s| key(s) == key(h)))
            {
                return Err(err(h, "home_nouns names a word that is not in state_nouns"));
            }
            for (h, kind) in words {
                let idx = cues.len();
                let en = match kind {
                    CueKind::OrgHead => head_names.get(&key(h)).map(|v| v.to_string()),
                    _ => None,
                };
                cues.push(Cue {
                    kind,
                    position: None,
                    domain: None,
                    en,
                    link: None,
                    actor_kind: None,
                    org_before: false,
                    posted: false,
                    with_organization: None,
                    agency: None,
                });
                let k = key(h);
                if k.is_empty() {
                    return Err(err(h, "empty word"));
                }
                phrases.push((k, idx));
            }
            let matcher = PhraseMatcher::new(phrases.iter().map(|p| p.0.clone()));
            let mut payload = vec![Vec::new(); matcher.keys().len()];
            for (k, idx) in &phrases {
                if let Some(p) = matcher.id(k) {
                    payload[p].push(*idx);
                }
            }
            let clitics = file.proclitics.map(|p| Clitics {
                conjunctions: p.conjunctions.iter().map(|s| crate::text::fold(s)).collect(),
                prepositions: p.prepositions.iter().map(|s| crate::text::fold(s)).collect(),
                article: crate::text::fold(&p.article),
            });
            let lc = LangCues {
                cues,
                matcher,
                payload,
                particles: file.names.particles.iter().map(|s| key(s)).collect(),
                joined: file.names.joined.iter().map(|s| key(s)).collect(),
                stopwords: file.names.stopwords.iter().map(|s| key(s)).collect(),
                not_endings: file.names.not_endings.iter().map(|s| key(s)).collect(),
                determiners: file.names.determiners.iter().map(|s| key(s)).collect(),
                posted_at: file.names.posted_at.iter().map(|s| key(s)).collect(),
                posted_to: file.names.posted_to.iter().map(|s| key(s)).collect(),
                of: file.names.of.iter().map(|s| key(s)).collect(),
                home_nouns: file.names.home_nouns.iter().map(|s| key(s)).collect(),
                here: file.names.here.iter().map(|s| key(s)).collect(),
                title_adjectives: file.names.title_adjectives.iter().map(|s| key(s)).collect(),
                place_words: file.names.place_words.iter().map(|s| key(s)).collect(),
                within: file.names.within.iter().map(|s| key(s)).collect(),
                and: file.names.and.iter().map(|s| key(s)).collect(),
                possessive: key(&file.names.possessive),
                deputy: file.names.deputy.iter().map(|s| key(s)).collect(),
                nisba: file.names.nisba.as_ref().map(|n| Nisba {
                    endings: n.endings.iter().map(|s| key(s)).collect(),
                    feminine: key(&n.feminine),
                    additions: n.additions.iter().map(|s| key(s)).collect(),
                }),
                clitics,
            };
            out.langs.insert(lang, lc);
        }
        Ok(out)
    }

    /// The cues of a language.
    pub fn lang(&self, lang: &str) -> Option<&LangCues> {
        self.langs.get(lang)
    }

    /// The Arabic proclitics (from whichever file declares them).
    pub fn clitics(&self) -> Clitics {
        self.langs.values().find_map(|l| l.clitics.clone()).unwrap_or_default()
    }
}
