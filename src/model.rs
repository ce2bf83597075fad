//! The `ties/1` interchange format: the serde types of what ties writes.
//!
//! This module is the specification of `graph.json` and of every line of
//! `ties extract --format jsonl`. Field names and their order follow the
//! schema (`data/gold/README.md` quotes the gold side). Optional fields are
//! omitted when empty or unknown, never written as `null`, with one
//! exception: a time expression's `value` is `null` when the span is not a
//! date (a count, a duration, a vague reference), because that is an
//! answer, not a missing field.
//!
//! Every byte offset (`start`, `end`) points into the document text as read:
//! after front matter removal and Unicode NFC, in UTF-8.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::Arc;

/// The schema tag written in every output document.
pub const SCHEMA: &str = "ties/1";

/// One `ties/1` document: everything extracted from one or more articles.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TiesDoc {
    /// Always [`SCHEMA`].
    pub schema: String,
    /// The articles read, sorted by id.
    pub documents: Vec<DocumentInfo>,
    /// People, organizations, countries, locations, groups and media, sorted by id.
    pub actors: Vec<Actor>,
    /// Dated, typed happenings with their participants.
    pub events: Vec<Event>,
    /// Ties between actors.
    pub relations: Vec<Relation>,
    /// Every time expression found, by document then offset.
    pub times: Vec<TimeExpr>,
}

impl TiesDoc {
    /// An empty document carrying the schema tag.
    pub fn new() -> Self {
        TiesDoc { schema: SCHEMA.to_string(), ..Default::default() }
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// A source article, as listed in `documents`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentInfo {
    /// Stable, unique id (front matter, record, or file stem).
    pub id: String,
    /// The file it was read from, when it came from a file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// The outlet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Where it was published online.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The headline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// ISO 639-1 code: `ar`, `fr` or `en`.
    pub language: String,
    /// Publication date (document creation time) at the precision known:
    /// `2024`, `2024-11` or `2024-11-28`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// True when `published` was inferred from the text.
    #[serde(default, skip_serializing_if = "is_false")]
    pub published_inferred: bool,
}

/// What an actor is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    /// A named person.
    Person,
    /// An agency, ministry, company, court, international body.
    Organization,
    /// A state.
    Country,
    /// A city, region or other place that is not a state.
    Location,
    /// An armed or militant group.
    Group,
    /// A newspaper, agency, broadcaster or site.
    Media,
}

impl ActorKind {
    /// The lower-case name used in ids and output.
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::Organization => "organization",
            ActorKind::Country => "country",
            ActorKind::Location => "location",
            ActorKind::Group => "group",
            ActorKind::Media => "media",
        }
    }
}

/// Where something was read: a byte span of one document.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mention {
    /// Document id.
    pub doc: String,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// `text[start..end]` of the document.
    pub text: String,
}

/// A person, organization, country, location, group or media outlet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    /// Stable id: `kind/slug` (`country/morocco`, `person/francisca-bostyn`).
    pub id: String,
    /// What it is.
    pub kind: ActorKind,
    /// Display name, in Latin script where known.
    pub name: String,
    /// Name per language (`ar`, `fr`, `en`). Shared: a known actor's
    /// names are the same in every document that names it.
    #[serde(default, skip_serializing_if = "no_names")]
    pub names: Arc<BTreeMap<String, String>>,
    /// Other names it goes by (acronyms, short forms, spellings); shared
    /// like `names`.
    #[serde(default, skip_serializing_if = "no_aliases")]
    pub aliases: Arc<Vec<String>>,
    /// ISO 3166-1 alpha-3 country, where it applies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// CAMEO actor code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cameo: Option<String>,
    /// A title the documents give it (`Director General of State Security`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Every place a document names it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mentions: Vec<Mention>,
}

fn no_names(names: &Arc<BTreeMap<String, String>>) -> bool {
    names.is_empty()
}

fn no_aliases(aliases: &Arc<Vec<String>>) -> bool {
    aliases.is_empty()
}

/// A participant's role in an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Who acts.
    Agent,
    /// Who receives a visit.
    Host,
    /// At whom it is directed.
    Target,
    /// A party to a symmetric meeting.
    Participant,
    /// Where it happens.
    Location,
    /// Who reported it.
    Reporter,
}

impl Role {
    /// The lower-case name used in output.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Agent => "agent",
            Role::Host => "host",
            Role::Target => "target",
            Role::Participant => "participant",
            Role::Location => "location",
            Role::Reporter => "reporter",
        }
    }
}

/// An actor taking part in an event.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Participant {
    /// Actor id.
    pub actor: String,
    /// Its role.
    pub role: Role,
}

/// How sure the text is that an event happened.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    /// Stated as fact.
    #[default]
    Asserted,
    /// Attributed to a source ("according to").
    Reported,
    /// Scheduled ("is to", من المقرر).
    Planned,
    /// Expected (يرتقب, "expected to").
    Expected,
    /// Denied or said not to have happened.
    Negated,
    /// Feared, possible, conditional.
    Hypothetical,
}

impl Modality {
    /// The lower-case name used in output.
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Reported => "reported",
            Modality::Planned => "planned",
            Modality::Expected => "expected",
            Modality::Negated => "negated",
            Modality::Hypothetical => "hypothetical",
        }
    }

    /// Negated and hypothetical events stay in the data but not on a timeline.
    pub fn on_timeline(self) -> bool {
        !matches!(self, Modality::Negated | Modality::Hypothetical)
    }
}

/// Precision of a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    /// `2024`
    Year,
    /// `2024-11`
    Month,
    /// `2024-11-25`
    Day,
}

/// The date of an event: ISO 8601 start and optional end, each at its own precision.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventDate {
    /// First day, month or year.
    pub start: String,
    /// Last day, month or year, when it differs from `start`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    /// The precision of `start`.
    pub precision: Precision,
}

/// The same event in the PLOVER ontology.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plover {
    /// PLOVER event type (`CONSULT`, `AGREE`, `ARREST`...).
    #[serde(rename = "type")]
    pub kind: String,
    /// PLOVER mode (`visit`, `phone`...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<String>,
    /// PLOVER contexts (`intelligence`, `terrorism`...).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub context: Vec<String>,
}

/// The sentence something was read from.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// Document id.
    pub doc: String,
    /// Index of the sentence in the document (0 is the first).
    pub sentence: usize,
    /// Byte offset of the sentence start.
    pub start: usize,
    /// Byte offset of the sentence end.
    pub end: usize,
    /// The sentence.
    pub text: String,
}

/// A dated, typed happening.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Stable id, hashed from type, date and participants.
    pub id: String,
    /// One of the event types of the schema (`visit`, `meeting`...).
    #[serde(rename = "type")]
    pub kind: String,
    /// CAMEO event code.
    pub cameo: String,
    /// PLOVER equivalent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plover: Option<Plover>,
    /// When, if the text says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<EventDate>,
    /// Who took part, and how.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub participants: Vec<Participant>,
    /// What it was about.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<String>,
    /// Asserted, reported, planned...
    pub modality: Modality,
    /// One line in English.
    pub summary: String,
    /// The sentences it was read from.
    pub evidence: Vec<Evidence>,
    /// From 0 to 1.
    pub confidence: f64,
    /// How many documents report it (after merging across documents).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sources: Option<usize>,
}

/// Where a relation comes from when it is not read in a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// The tool's own gazetteer.
    Gazetteer,
}

/// When a relation holds.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Valid {
    /// From this date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    /// Until this date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
}

/// A tie between two actors.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Relation {
    /// Stable id.
    pub id: String,
    /// One of the relation types of the schema (`leads`, `part_of`...).
    #[serde(rename = "type")]
    pub kind: String,
    /// Actor id.
    pub source: String,
    /// Actor id.
    pub target: String,
    /// When it holds, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid: Option<Valid>,
    /// `gazetteer` for facts the tool knew rather than read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<Basis>,
    /// The sentences it was read from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
    /// From 0 to 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<f64>,
}

/// A time expression found in a document.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimeExpr {
    /// Document id.
    pub doc: String,
    /// The expression as written.
    pub text: String,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// ISO 8601 value (`2024-11`, `2024-11-25/2024-11-26`), or `null` when
    /// the expression is not a date.
    pub value: Option<String>,
}
