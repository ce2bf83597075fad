//! Invariants of the embedded gazetteer (`data/gazetteer/*.toml`): ids,
//! references, names, shared names, dated roles, country and CAMEO codes,
//! and sort order. Each check collects every fault so a failing run lists
//! them all with file and line.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;
use ties::actors::{Entry, Gazetteer};
use ties::date::PartialDate;
use ties::lexicon::DataFiles;
use ties::model::ActorKind;
use ties::text::name_key;

const LANGS: [&str; 3] = ["ar", "fr", "en"];

const POSITIONS: [&str; 13] = [
    "head-of-state",
    "head-of-government",
    "minister-interior",
    "minister-justice",
    "minister-foreign",
    "minister-defence",
    "head-police",
    "head-intelligence",
    "head-domestic-intelligence",
    "head-foreign-intelligence",
    "prosecutor",
    "head-organization",
    "spokesperson",
];

/// CAMEO codes for actors that belong to no single state.
const CAMEO_INTERNATIONAL: [&str; 6] = ["IGO", "NGO", "IMG", "MNC", "REB", "UIS"];

/// The embedded gazetteer, loaded once for all tests (parsing is slow in
/// debug builds).
fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| Gazetteer::load(&DataFiles::embedded()).expect("the embedded gazetteer loads"))
}

fn at(e: &Entry) -> String {
    format!("{}:{}: {}", e.file, e.line, e.id)
}

fn assert_none(faults: Vec<String>, what: &str) {
    assert!(faults.is_empty(), "{what}:\n{}", faults.join("\n"));
}

/// The alpha-3 codes of the generated countries file.
fn country_codes(g: &Gazetteer) -> BTreeSet<String> {
    g.entries
        .iter()
        .filter(|e| e.file == "gazetteer/countries.toml")
        .filter_map(|e| e.country.clone())
        .collect()
}

/// One holder of a post: start, end, person id.
type Tenure = (Option<PartialDate>, Option<PartialDate>, String);

fn dates(from: &Option<String>, to: &Option<String>) -> (Option<PartialDate>, Option<PartialDate>) {
    (from.as_deref().and_then(PartialDate::parse), to.as_deref().and_then(PartialDate::parse))
}

#[test]
fn every_file_is_there_and_not_empty() {
    let g = gazetteer();
    for file in ["countries", "places", "organizations", "groups", "media", "people"] {
        let path = format!("gazetteer/{file}.toml");
        let n = g.entries.iter().filter(|e| e.file == path).count();
        assert!(n >= 10, "{path} has {n} entries");
    }
}

#[test]
fn ids_are_well_formed() {
    let g = gazetteer();
    let mut faults = Vec::new();
    for e in g.entries.iter() {
        let Some((kind, slug)) = e.id.split_once('/') else {
            faults.push(format!("{}: no kind/ prefix", at(e)));
            continue;
        };
        if kind != e.kind.as_str() {
            faults.push(format!("{}: prefix {kind} but kind {}", at(e), e.kind.as_str()));
        }
        let ok = !slug.is_empty()
            && slug.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !slug.starts_with('-')
            && !slug.ends_with('-')
            && !slug.contains("--");
        if !ok {
            faults.push(format!("{}: slug must be [a-z0-9-]+", at(e)));
        }
        if e.name.trim().is_empty() {
            faults.push(format!("{}: empty display name", at(e)));
        }
    }
    assert_none(faults, "malformed ids");
}

#[test]
fn every_reference_resolves_to_an_entry_of_the_right_kind() {
    let g = gazetteer();
    let mut faults = Vec::new();
    let kind_of = |id: &str| g.get(id).map(|e| e.kind);
    for e in g.entries.iter() {
        if let Some(p) = &e.part_of {
            match kind_of(p) {
                None => faults.push(format!("{}: part_of {p} is unknown", at(e))),
                Some(ActorKind::Person | ActorKind::Media) => faults
                    .push(format!("{}: part_of {p} is not a place, state, organization or group", at(e))),
                Some(_) if p == &e.id => faults.push(format!("{}: part_of itself", at(e))),
                Some(_) => {}
            }
        }
        if let Some(c) = &e.capital {
            match g.get(c) {
                None => faults.push(format!("{}: capital {c} is unknown", at(e))),
                Some(cap) if cap.kind != ActorKind::Location => {
                    faults.push(format!("{}: capital {c} is not a location", at(e)))
                }
                Some(cap) if cap.country != e.country => faults.push(format!(
                    "{}: capital {c} is in {:?}, not {:?}",
                    at(e),
                    cap.country,
                    e.country
                )),
                Some(_) => {}
            }
            if e.kind != ActorKind::Country {
                faults.push(format!("{}: only countries have a capital", at(e)));
            }
        }
        for r in &e.roles {
            match kind_of(&r.org) {
                None => faults.push(format!("{}: role org {} is unknown", at(e), r.org)),
                Some(ActorKind::Organization | ActorKind::Country | ActorKind::Group | ActorKind::Media) => {}
                Some(k) => faults.push(format!("{}: role org {} is a {}", at(e), r.org, k.as_str())),
            }
            if r.position.as_deref() == Some("head-of-state") && kind_of(&r.org) != Some(ActorKind::Country) {
                faults.push(format!("{}: head-of-state of {}, which is not a country", at(e), r.org));
            }
            // Only heads of state and government lead a country; a
            // minister leads a ministry and a spokesperson serves.
            let heads = matches!(r.position.as_deref(), Some("head-of-state" | "head-of-government"));
            if r.role == "leads" && kind_of(&r.org) == Some(ActorKind::Country) && !heads {
                faults.push(format!(
                    "{}: leads {} as {:?}, not a head of state or government",
                    at(e),
                    r.org,
                    r.position
                ));
            }
        }
        if !e.roles.is_empty() && e.kind != ActorKind::Person {
            faults.push(format!("{}: only people have roles", at(e)));
        }
    }
    // part_of chains end.
    for e in g.entries.iter() {
        let mut seen = BTreeSet::new();
        let mut cur = e;
        while let Some(p) = cur.part_of.as_ref().and_then(|p| g.get(p)) {
            if !seen.insert(p.id.clone()) {
                faults.push(format!("{}: part_of cycle through {}", at(e), p.id));
                break;
            }
            cur = p;
        }
    }
    assert_none(faults, "dangling references");
}

#[test]
fn names_are_non_empty_after_normalization() {
    let g = gazetteer();
    let mut faults = Vec::new();
    for e in g.entries.iter() {
        if e.names.is_empty() {
            faults.push(format!("{}: no names", at(e)));
        }
        for (field, map) in [("names", &e.names), ("adjectives", &e.adjectives)] {
            for (lang, list) in map {
                if !LANGS.contains(&lang.as_str()) {
                    faults.push(format!("{}: {field}.{lang} is not ar, fr or en", at(e)));
                }
                if field == "names" && list.is_empty() {
                    faults.push(format!("{}: names.{lang} is empty", at(e)));
                }
                for n in list {
                    if name_key(n).is_empty() {
                        faults.push(format!("{}: {field}.{lang} {n:?} is empty once normalized", at(e)));
                    }
                }
            }
        }
        for n in e.aliases.iter().chain(&e.shared) {
            if name_key(n).is_empty() {
                faults.push(format!("{}: {n:?} is empty once normalized", at(e)));
            }
        }
        if e.names.get("ar").is_some_and(|l| l.iter().any(|n| !n.chars().any(is_arabic))) {
            faults.push(format!("{}: names.ar holds a name without Arabic letters", at(e)));
        }
        for lang in ["fr", "en"] {
            if e.names.get(lang).is_some_and(|l| l.iter().any(|n| n.chars().any(is_arabic))) {
                faults.push(format!("{}: names.{lang} holds Arabic letters", at(e)));
            }
        }
    }
    assert_none(faults, "empty names");
}

fn is_arabic(c: char) -> bool {
    ('\u{0621}'..='\u{064A}').contains(&c)
}

/// Every name, alias and adjective an entry answers to, by matching key.
fn keys_of(e: &Entry) -> BTreeSet<String> {
    e.names
        .values()
        .chain(e.adjectives.values())
        .flatten()
        .chain(&e.aliases)
        .map(|n| name_key(n))
        .filter(|k| !k.is_empty())
        .collect()
}

#[test]
fn a_name_is_shared_only_on_purpose() {
    let g = gazetteer();
    let mut owners: BTreeMap<String, Vec<&Entry>> = BTreeMap::new();
    for e in g.entries.iter() {
        for k in keys_of(e) {
            owners.entry(k).or_default().push(e);
        }
    }
    let declared = |e: &Entry, k: &str| e.shared.iter().any(|s| name_key(s) == k);
    let mut faults = Vec::new();
    for (k, es) in &owners {
        if es.len() > 1 && !es.iter().any(|e| declared(e, k)) {
            let ids: Vec<String> = es.iter().map(|e| at(e)).collect();
            faults.push(format!("{k:?} is a name of {} (declare it in `shared`)", ids.join(" and ")));
        }
    }
    // A declaration is about a name the entry has and another entry shares.
    for e in g.entries.iter() {
        for s in &e.shared {
            let k = name_key(s);
            let mine = keys_of(e).contains(&k);
            let others = owners.get(&k).map_or(0, Vec::len);
            if !mine || others < 2 {
                faults.push(format!("{}: shared {s:?} is not a name it shares with another entry", at(e)));
            }
        }
    }
    assert_none(faults, "silently shared names");
}

#[test]
fn roles_are_valid_ordered_and_do_not_overlap() {
    let g = gazetteer();
    let mut faults = Vec::new();
    // (org, position) -> [(from, to, person)]
    let mut posts: BTreeMap<(String, String), Vec<Tenure>> = BTreeMap::new();
    for e in g.entries.iter() {
        let mut prev_from: Option<PartialDate> = None;
        for r in &e.roles {
            if r.role != "leads" && r.role != "member_of" {
                faults.push(format!("{}: role {:?} is neither leads nor member_of", at(e), r.role));
            }
            if let Some(p) = &r.position
                && !POSITIONS.contains(&p.as_str())
            {
                faults.push(format!("{}: unknown position {p:?}", at(e)));
            }
            if r.role == "leads" && r.position.is_none() {
                faults.push(format!("{}: leads {} with no position", at(e), r.org));
            }
            for d in [&r.from, &r.to].into_iter().flatten() {
                if PartialDate::parse(d).is_none() {
                    faults.push(format!("{}: date {d:?} is not YYYY, YYYY-MM or YYYY-MM-DD", at(e)));
                }
            }
            let (from, to) = dates(&r.from, &r.to);
            if let (Some(f), Some(t)) = (from, to)
                && f.first_day() > t.last_day()
            {
                faults.push(format!("{}: role in {} ends ({t}) before it starts ({f})", at(e), r.org));
            }
            if let (Some(p), Some(f)) = (prev_from, from)
                && f.first_day() < p.first_day()
            {
                faults.push(format!("{}: roles are not ordered by start date ({f} after {p})", at(e)));
            }
            if from.is_some() {
                prev_from = from;
            }
            if r.role == "leads"
                && let Some(p) = &r.position
            {
                posts.entry((r.org.clone(), p.clone())).or_default().push((from, to, e.id.clone()));
            }
        }
    }
    for ((org, pos), mut holders) in posts {
        holders.sort_by_key(|(f, _, _)| f.map(|d| d.first_day()));
        for w in holders.windows(2) {
            let (_, a_to, a) = &w[0];
            let (b_from, _, b) = &w[1];
            let clash = match (a_to, b_from) {
                (None, _) => true,
                (Some(_), None) => true,
                // Hand-over on the same day, or dates known only to the month, are fine.
                (Some(t), Some(f)) => t.first_day() > f.last_day(),
            };
            if clash {
                faults.push(format!(
                    "{org} {pos}: {a} (to {}) overlaps {b} (from {})",
                    a_to.map_or("open".into(), |d| d.to_string()),
                    b_from.map_or("open".into(), |d| d.to_string())
                ));
            }
        }
    }
    assert_none(faults, "bad roles");
}

#[test]
fn a_role_title_without_a_name_can_resolve() {
    // The post a press title names must have exactly one holder on a date.
    let g = gazetteer();
    let holders = |org: &str, pos: &str, day: &str| -> Vec<String> {
        let day = PartialDate::parse(day).unwrap();
        g.entries
            .iter()
            .filter(|e| {
                e.roles.iter().any(|r| {
                    let (f, t) = dates(&r.from, &r.to);
                    r.org == org
                        && r.position.as_deref() == Some(pos)
                        && f.is_none_or(|f| f.first_day() <= day.first_day())
                        && t.is_none_or(|t| t.last_day() >= day.first_day())
                })
            })
            .map(|e| e.id.clone())
            .collect()
    };
    let cases = [
        (
            "organization/belgium-ministry-justice",
            "minister-justice",
            "2023-11-15",
            "person/paul-van-tigchelt",
        ),
        (
            "organization/belgium-ministry-justice",
            "minister-justice",
            "2022-03-01",
            "person/vincent-van-quickenborne",
        ),
        ("organization/vsse", "head-intelligence", "2025-01-10", "person/francisca-bostyn"),
        (
            "organization/morocco-ministry-interior",
            "minister-interior",
            "2024-05-01",
            "person/abdelouafi-laftit",
        ),
        ("organization/dgst", "head-domestic-intelligence", "2021-01-01", "person/abdellatif-hammouchi"),
        (
            "organization/spain-ministry-interior",
            "minister-interior",
            "2024-12-13",
            "person/fernando-grande-marlaska",
        ),
        ("country/united-states", "head-of-state", "2023-06-01", "person/joe-biden"),
        ("organization/united-nations", "head-organization", "2024-01-01", "person/antonio-guterres"),
    ];
    let mut faults = Vec::new();
    for (org, pos, day, want) in cases {
        let got = holders(org, pos, day);
        if got != [want] {
            faults.push(format!("{org} {pos} on {day}: {got:?}, want {want}"));
        }
    }
    assert_none(faults, "titles that do not resolve");
}

#[test]
fn country_and_cameo_codes_are_known() {
    let g = gazetteer();
    let codes = country_codes(g);
    assert!(codes.len() >= 195, "only {} country codes", codes.len());
    let mut faults = Vec::new();
    for e in g.entries.iter() {
        if let Some(c) = &e.country
            && !(c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase()) && codes.contains(c))
        {
            faults.push(format!("{}: country {c:?} is not an alpha-3 code of countries.toml", at(e)));
        }
        if let Some(c) = &e.cameo {
            let well_formed = !c.is_empty() && c.len() % 3 == 0 && c.bytes().all(|b| b.is_ascii_uppercase());
            let head = c.get(..3).unwrap_or("");
            let known = codes.contains(head) || CAMEO_INTERNATIONAL.contains(&head) || head == "KSV";
            if !well_formed || !known {
                faults.push(format!("{}: CAMEO code {c:?} is not country/IGO + role codes", at(e)));
            }
        }
        if matches!(e.kind, ActorKind::Organization | ActorKind::Media | ActorKind::Location)
            && e.country.is_none()
            && e.part_of.as_ref().and_then(|p| g.get(p)).is_some_and(|p| p.country.is_some())
        {
            faults.push(format!("{}: part of a national entry but has no country", at(e)));
        }
    }
    assert_none(faults, "unknown codes");
}

#[test]
fn every_country_has_names_in_three_languages_and_one_code() {
    let g = gazetteer();
    let mut faults = Vec::new();
    let mut by_code: BTreeMap<&str, &str> = BTreeMap::new();
    for e in g.entries.iter().filter(|e| e.kind == ActorKind::Country) {
        for lang in LANGS {
            if e.names.get(lang).is_none_or(Vec::is_empty) {
                faults.push(format!("{}: no {lang} name", at(e)));
            }
        }
        match &e.country {
            None => faults.push(format!("{}: no alpha-3 code", at(e))),
            Some(c) => {
                if let Some(other) = by_code.insert(c, &e.id) {
                    faults.push(format!("{}: code {c} also used by {other}", at(e)));
                }
            }
        }
        if e.file != "gazetteer/countries.toml" {
            faults.push(format!("{}: countries belong in the generated countries.toml", at(e)));
        }
    }
    for (id, file) in [("country/morocco", "MAR"), ("country/belgium", "BEL"), ("country/palestine", "PSE")] {
        if g.get(id).and_then(|e| e.country.as_deref()) != Some(file) {
            faults.push(format!("{id} missing or without code {file}"));
        }
    }
    assert_none(faults, "incomplete countries");
}

#[test]
fn key_countries_have_adjectives_and_a_capital() {
    let g = gazetteer();
    let key = [
        "morocco",
        "algeria",
        "tunisia",
        "libya",
        "egypt",
        "mauritania",
        "mali",
        "niger",
        "burkina-faso",
        "chad",
        "senegal",
        "spain",
        "france",
        "belgium",
        "netherlands",
        "germany",
        "italy",
        "portugal",
        "united-kingdom",
        "united-states",
        "russia",
        "china",
        "turkey",
        "iran",
        "saudi-arabia",
        "qatar",
        "united-arab-emirates",
        "syria",
        "iraq",
        "canada",
        "japan",
        "india",
        "pakistan",
    ];
    let mut faults = Vec::new();
    for slug in key {
        let id = format!("country/{slug}");
        let Some(e) = g.get(&id) else {
            faults.push(format!("{id} is missing"));
            continue;
        };
        for lang in ["fr", "en"] {
            if e.adjectives.get(lang).is_none_or(Vec::is_empty) {
                faults.push(format!("{}: no {lang} adjective", at(e)));
            }
        }
        if slug != "mali" && e.adjectives.get("ar").is_none_or(|l| l.len() < 2) {
            faults.push(format!("{}: needs masculine and feminine Arabic adjectives", at(e)));
        }
        if e.capital.is_none() {
            faults.push(format!("{}: no capital", at(e)));
        }
    }
    assert_none(faults, "key countries without adjectives");
}

#[test]
fn files_are_sorted_by_id() {
    let data = DataFiles::embedded();
    let mut faults = Vec::new();
    for (file, text) in data.under("gazetteer/") {
        let ids: Vec<(usize, &str)> = text
            .lines()
            .enumerate()
            .filter_map(|(i, l)| {
                l.strip_prefix("id = \"").and_then(|r| r.strip_suffix('"')).map(|id| (i + 1, id))
            })
            .collect();
        for w in ids.windows(2) {
            if w[0].1 >= w[1].1 {
                faults.push(format!("{file}:{}: {} comes after {}", w[1].0, w[1].1, w[0].1));
            }
        }
    }
    assert_none(faults, "unsorted files");
}

#[test]
fn the_ambiguous_capitals_are_declared() {
    // الجزائر and تونس name both a country and its capital; the country is
    // declared on both sides so that the matcher can prefer it.
    let g = gazetteer();
    for (country, city, name) in
        [("country/algeria", "location/algiers", "الجزائر"), ("country/tunisia", "location/tunis", "تونس")]
    {
        for id in [country, city] {
            let e = g.get(id).unwrap_or_else(|| panic!("{id} is missing"));
            assert!(e.shared.iter().any(|s| name_key(s) == name_key(name)), "{id} does not declare {name}");
        }
    }
}

#[test]
fn a_national_entry_has_the_country_of_what_it_is_part_of() {
    let g = gazetteer();
    let mut faults = Vec::new();
    for e in g.entries.iter() {
        let Some(code) = &e.country else { continue };
        // The nearest ancestor that carries a country code.
        let mut cur = e.part_of.as_ref().and_then(|p| g.get(p));
        let mut hops = 0;
        while let Some(p) = cur {
            if let Some(pc) = &p.country {
                // A city of a territory (Laayoune in Western Sahara) keeps the
                // country that administers it; every other entry agrees.
                if pc != code && p.kind != ActorKind::Location {
                    faults.push(format!("{}: country {code} but part of {} ({pc})", at(e), p.id));
                }
                break;
            }
            hops += 1;
            if hops > 16 {
                break;
            }
            cur = p.part_of.as_ref().and_then(|q| g.get(q));
        }
    }
    assert_none(faults, "entries in the wrong country");
}

#[test]
fn every_example_names_its_entry() {
    // The recognizer runs the examples; here we only check that each one
    // holds one of the entry's names, so that an example cannot drift away
    // from the data it illustrates.
    let g = gazetteer();
    let mut faults = Vec::new();
    let mut n = 0;
    for e in g.entries.iter() {
        let keys: Vec<String> = keys_of(e).into_iter().collect();
        for ex in &e.examples {
            n += 1;
            let text = format!(" {} ", name_key(ex));
            let found = keys.iter().any(|k| {
                let bare = k.strip_prefix("ال").unwrap_or(k);
                text.contains(&format!(" {k} ")) || (bare.len() >= 4 && text.contains(bare))
            });
            if !found {
                faults.push(format!("{}: example {ex:?} holds none of its names", at(e)));
            }
        }
    }
    assert!(n >= 10, "only {n} examples");
    assert_none(faults, "examples without their entry");
}
