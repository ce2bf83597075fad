//! Whole-pipeline checks on single sentences written for them, with the
//! real knowledge files: the stages together (titles, actors, triggers,
//! modality) give the event a reader would note.

use std::sync::OnceLock;

use ties::date::PartialDate;
use ties::ingest::Document;
use ties::lexicon::{DataFiles, Lexicon};
use ties::model::TiesDoc;

fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let data =
            DataFiles::from_dir(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data")).unwrap();
        Lexicon::compile(&data).unwrap()
    })
}

fn extract(lang: &str, published: &str, text: &str) -> TiesDoc {
    let doc = Document {
        id: "s".into(),
        path: None,
        source: None,
        url: None,
        title: None,
        language: Some(lang.into()),
        published: PartialDate::parse(published),
        published_inferred: false,
        text: text.into(),
        origin: "test".into(),
    };
    ties::pipeline::extract(&doc, lexicon()).unwrap().0
}

/// (type, modality, date start, (actor, role) pairs) of an event.
type Summary = (String, String, Option<String>, Vec<(String, String)>);

fn events(d: &TiesDoc) -> Vec<Summary> {
    let v = serde_json::to_value(d).unwrap();
    v["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["type"].as_str().unwrap().to_string(),
                e["modality"].as_str().unwrap().to_string(),
                e["date"]["start"].as_str().map(str::to_string),
                e["participants"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|p| {
                        (p["actor"].as_str().unwrap().to_string(), p["role"].as_str().unwrap().to_string())
                    })
                    .collect(),
            )
        })
        .collect()
}

/// Whether an event of type `kind` has every (actor, role) pair.
fn has(ev: &[Summary], kind: &str, pairs: &[(&str, &str)]) -> bool {
    ev.iter().any(|e| e.0 == kind && pairs.iter().all(|(a, r)| e.3.contains(&(a.to_string(), r.to_string()))))
}

/// A visit that is only planned ("la visite prévue", "الزيارة المرتقبة",
/// "the visit planned for") is planned, its visitor is the person after
/// "de"/"ل"/"by" even behind a title, and it is not the visit told just
/// before (whose date it does not take).
#[test]
fn a_planned_visit_after_a_reception_is_its_own_event() {
    let cases = [
        (
            "fr",
            "Le ministre de l'Intérieur, Kamel Feki, a reçu mercredi l'ambassadeur d'Italie, Alessandro Prunas. Cette rencontre intervient à quelques jours de la visite prévue à Tunis de la présidente du Conseil italien, Giorgia Meloni.",
        ),
        (
            "ar",
            "استقبل وزير الداخلية كمال الفقي يوم الأربعاء سفير إيطاليا أليساندرو بروناس. ويأتي هذا اللقاء قبل أيام من الزيارة المرتقبة لرئيسة الوزراء الإيطالية جورجيا ميلوني إلى تونس.",
        ),
    ];
    for (lang, text) in cases {
        let ev = events(&extract(lang, "2024-04-18", text));
        let planned = ev
            .iter()
            .find(|e| e.0 == "visit" && e.3.iter().any(|(a, _)| a == "person/giorgia-meloni"))
            .unwrap_or_else(|| panic!("{text}: {ev:?}"));
        assert_eq!(planned.1, "planned", "{text}: {ev:?}");
        assert_eq!(planned.2, None, "{text}: {ev:?}");
        assert!(planned.3.contains(&("person/giorgia-meloni".into(), "agent".into())), "{text}: {ev:?}");
        assert!(
            ev.iter().any(|e| e.0 == "visit"
                && e.1 == "asserted"
                && !e.3.iter().any(|(a, _)| a.contains("meloni"))),
            "{text}: {ev:?}"
        );
    }
}

/// A companion behind a title ("برفقة رئيسة المفوضية الأوروبية X") is not
/// the visitor; the visitor named before the verb is.
#[test]
fn a_companion_behind_a_title_is_not_the_visitor() {
    let text = "وكان رئيس الحكومة الإسبانية بيدرو سانشيز قد زار نواكشوط في فبراير 2024 برفقة رئيسة المفوضية الأوروبية أورسولا فون دير لاين.";
    let ev = events(&extract("ar", "2024-06-01", text));
    let visit = ev.iter().find(|e| e.0 == "visit").unwrap_or_else(|| panic!("{ev:?}"));
    assert!(visit.3.contains(&("person/pedro-sanchez".into(), "agent".into())), "{ev:?}");
    assert!(!visit.3.contains(&("person/ursula-von-der-leyen".into(), "agent".into())), "{ev:?}");
}

/// Forms that themselves say a visit is to come ("est attendue à", "is
/// expected in") make it planned, with no date or cue to say so.
#[test]
fn forms_that_say_a_visit_is_to_come() {
    for (lang, text) in [
        ("fr", "La présidente du Conseil italien, Giorgia Meloni, est attendue à Tunis."),
        ("en", "Italian Prime Minister Giorgia Meloni is expected in Tunis."),
    ] {
        let ev = events(&extract(lang, "2024-04-18", text));
        let visit = ev.iter().find(|e| e.0 == "visit").unwrap_or_else(|| panic!("{text}: {ev:?}"));
        assert_eq!(visit.1, "planned", "{text}: {ev:?}");
        assert!(visit.3.contains(&("person/giorgia-meloni".into(), "agent".into())), "{text}: {ev:?}");
    }
}

/// A dateline's agency and date belong to the article: the agency is no
/// party to the events and the date is not theirs ("MADRID, March 7
/// (Reuters) - Spain extradited ... on Wednesday"). "A sign of" is no
/// signing.
#[test]
fn a_datelines_agency_and_date_are_the_articles() {
    let cases = [
        (
            "en",
            "MADRID, March 7 (Reuters) - Spain extradited a Moroccan national wanted for drug trafficking to Morocco on Wednesday, in the latest sign of growing judicial cooperation.",
            "2024-03-06",
        ),
        (
            "fr",
            "Tunis, 7 mars (TAP) – L'Espagne a extradé mercredi vers le Maroc un ressortissant marocain recherché pour trafic de drogue.",
            "2024-03-06",
        ),
    ];
    for (lang, text, day) in cases {
        let ev = events(&extract(lang, "2024-03-07", text));
        assert!(!ev.iter().any(|e| e.3.iter().any(|(a, _)| a.starts_with("media/"))), "{text}: {ev:?}");
        assert!(!ev.iter().any(|e| e.0 == "agreement"), "{text}: {ev:?}");
        let e = ev.iter().find(|e| e.0 == "judicial_cooperation").unwrap_or_else(|| panic!("{text}: {ev:?}"));
        assert_eq!(e.2.as_deref(), Some(day), "{text}: {ev:?}");
        assert!(e.3.contains(&("country/spain".into(), "agent".into())), "{text}: {ev:?}");
    }
}

/// A country the text does not name (that of a city it names) reads with
/// its name in summaries, not its id; Jordan's intelligence service acts,
/// and "محكمة أمن الدولة" is no Belgian service.
#[test]
fn gazetteer_names_in_summaries_and_state_security_in_arabic() {
    let doc = extract(
        "en",
        "2024-11-14",
        "Italian Interior Minister Matteo Piantedosi visited Abu Dhabi on Wednesday.",
    );
    let v = serde_json::to_value(&doc).unwrap();
    let summary = v["events"][0]["summary"].as_str().unwrap_or_default().to_string();
    assert!(summary.contains("visits United Arab Emirates"), "{summary}");

    let text = "أحبطت دائرة المخابرات العامة مخططا لتهريب أسلحة، وألقت القبض على عدد من المتورطين، وسيتم إحالتهم إلى محكمة أمن الدولة.";
    let doc = extract("ar", "2024-04-16", text);
    let v = serde_json::to_value(&doc).unwrap();
    let ids: Vec<&str> = v["actors"].as_array().unwrap().iter().map(|a| a["id"].as_str().unwrap()).collect();
    assert!(!ids.contains(&"organization/vsse"), "{ids:?}");
    let ev = events(&doc);
    let arrest = ev.iter().find(|e| e.0 == "arrest").unwrap_or_else(|| panic!("{ev:?}"));
    assert!(arrest.3.contains(&("organization/jordan-gid".into(), "agent".into())), "{ev:?}");
}

/// "The two presidents agreed to continue coordination", after a call
/// between them: an intent to cooperate of the two people of the call.
#[test]
fn the_two_presidents_agree_after_their_call() {
    for (lang, text) in [
        (
            "ar",
            "تلقى الرئيس عبد الفتاح السيسي اتصالاً هاتفياً من الرئيس الفرنسي إيمانويل ماكرون. واتفق الرئيسان على مواصلة التنسيق المكثف بين البلدين.",
        ),
        (
            "fr",
            "Le président Abdel Fattah al-Sissi a reçu un appel téléphonique du président français Emmanuel Macron. Les deux présidents sont convenus de poursuivre la coordination entre les deux pays.",
        ),
        (
            "en",
            "President Abdel Fattah al-Sisi received a phone call from French President Emmanuel Macron. The two presidents agreed to continue close coordination.",
        ),
    ] {
        let ev = events(&extract(lang, "2024-07-03", text));
        let intent =
            ev.iter().find(|e| e.0 == "intent_to_cooperate").unwrap_or_else(|| panic!("{text}: {ev:?}"));
        for who in ["person/abdel-fattah-el-sisi", "person/emmanuel-macron"] {
            assert!(intent.3.iter().any(|(a, _)| a == who), "{text}: {ev:?}");
        }
    }
}

/// The Algerian defence ministry's daily form: two wilayas after the dual
/// of the place noun ("بولايتي تلمسان وبشار") are both where the arrests
/// were made, and the summary names both.
#[test]
fn arrests_in_two_wilayas() {
    let text = "أوقفت مفارز مشتركة للجيش الوطني الشعبي 12 تاجر مخدرات بولايتي تلمسان وبشار.";
    let doc = extract("ar", "2024-06-12", text);
    let ev = events(&doc);
    let arrest = ev.iter().find(|e| e.0 == "arrest").unwrap_or_else(|| panic!("{ev:?}"));
    for place in ["location/tlemcen", "location/bechar"] {
        assert!(arrest.3.contains(&(place.into(), "location".into())), "{ev:?}");
    }
    let v = serde_json::to_value(&doc).unwrap();
    assert_eq!(v["events"][0]["summary"], "People's National Army (Algeria) arrests in Béchar and Tlemcen");
}

/// (type, source, target) of every relation.
fn relations(d: &TiesDoc) -> Vec<(String, String, String)> {
    relations_where(d, false)
}

fn relations_where(d: &TiesDoc, stated_only: bool) -> Vec<(String, String, String)> {
    let v = serde_json::to_value(d).unwrap();
    v["relations"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| !stated_only || r["evidence"].as_array().is_some_and(|e| !e.is_empty()))
        .map(|r| {
            let s = |k: &str| r[k].as_str().unwrap().to_string();
            (s("type"), s("source"), s("target"))
        })
        .collect()
}

/// (type, source, target) of the relations the text states (with evidence),
/// not those the gazetteer alone knows.
fn stated_relations(d: &TiesDoc) -> Vec<(String, String, String)> {
    relations_where(d, true)
}

/// A chief of staff heads the army named after the title; in Arabic as in
/// Latin script a rank after a comma still opens the name ("رئيس أركان
/// الجيش، الفريق أول X"); without a rank an Arabic comma ends the title.
#[test]
fn a_chief_of_staff_heads_the_army_across_a_comma_and_a_rank() {
    let cases = [
        ("ar", "استقبل رئيس أركان الجيش الوطني الشعبي، الفريق أول كمال بلقاسم، الوفد الضيف.", "kamal-blqasm"),
        (
            "fr",
            "Le chef d'état-major de l'Armée nationale populaire, le général Kamel Belkacem, a reçu la délégation.",
            "kamel-belkacem",
        ),
        (
            "en",
            "The chief of staff of the People's National Army, General Kamel Belkacem, received the delegation.",
            "kamel-belkacem",
        ),
    ];
    for (lang, text, slug) in cases {
        let rel = relations(&extract(lang, "2025-02-05", text));
        let leads = ("leads".to_string(), format!("person/{slug}"), "organization/algeria-anp".to_string());
        assert!(rel.contains(&leads), "{text}: {rel:?}");
    }
    let text = "وقال رئيس أركان الجيش الوطني الشعبي، كمال بلقاسم إن الوضع مستقر.";
    let rel = relations(&extract("ar", "2025-02-05", text));
    assert!(!rel.iter().any(|r| r.1.contains("kmal")), "{text}: {rel:?}");
}

/// The host of a reception is the person behind a long title with a rank
/// ("رئيس أركان الجيش، الفريق أول X"), the guest the one behind a title,
/// an aside and a rank; the agency in the guest's title is no participant.
#[test]
fn a_reception_between_two_long_titles() {
    let text = "استقبل رئيس أركان الجيش الوطني الشعبي، الفريق أول السعيد شنقريحة، يوم الاثنين الماضي بمقر أركان الجيش، قائد القيادة الأمريكية في إفريقيا (أفريكوم)، الجنرال مايكل لانغلي.";
    let ev = events(&extract("ar", "2025-02-05", text));
    let visit = ev.iter().find(|e| e.0 == "visit").unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(visit.2.as_deref(), Some("2025-02-03"), "{ev:?}");
    assert!(visit.3.contains(&("person/said-chengriha".into(), "host".into())), "{ev:?}");
    assert!(visit.3.contains(&("person/michael-langley".into(), "agent".into())), "{ev:?}");
    assert!(
        !visit.3.iter().any(|(a, _)| a == "organization/africom" || a == "organization/algeria-anp"),
        "{ev:?}"
    );
}

/// A known holder's name written in a spelling the gazetteer lacks right
/// before the title that resolves to them ("ويليام بيرنز مدير وكالة
/// المخابرات") is theirs, and so is the surname alone later; what they are
/// to do next is a plan of its own, not the reception told before.
#[test]
fn a_name_before_its_title_and_a_plan_after_the_reception() {
    let text = "استقبل الرئيس عبد الفتاح السيسي، اليوم الإثنين، ويليام بيرنز مدير وكالة المخابرات المركزية الأمريكية. ومن المقرر أن يتوجه بيرنز بعد ذلك إلى الدوحة.";
    let d = extract("ar", "2024-10-21", text);
    let v = serde_json::to_value(&d).unwrap();
    let burns = v["actors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == "person/william-burns")
        .unwrap_or_else(|| panic!("{v}"));
    let said: Vec<&str> =
        burns["mentions"].as_array().unwrap().iter().map(|m| m["text"].as_str().unwrap()).collect();
    assert!(said.contains(&"ويليام بيرنز") && said.contains(&"بيرنز"), "{said:?}");
    let ev = events(&d);
    let plan = ev.iter().find(|e| e.0 == "visit" && e.1 == "planned").unwrap_or_else(|| panic!("{ev:?}"));
    assert!(plan.3.contains(&("person/william-burns".into(), "agent".into())), "{ev:?}");
    assert_eq!(plan.2, None, "{ev:?}");
    assert!(ev.iter().any(|e| e.0 == "visit" && e.1 == "asserted"), "{ev:?}");
}

/// An air strike is a state's: the force acts, the group it hit is the
/// target, in every language.
#[test]
fn an_air_strike_is_the_forces_attack_on_the_group() {
    let cases = [
        (
            "en",
            "Iraqi security forces said they had killed three Islamic State militants in an air strike in Kirkuk province on Monday.",
            "country/iraq",
        ),
        (
            "fr",
            "L'armée irakienne a tué trois jihadistes du groupe État islamique dans une frappe aérienne lundi dans la province de Kirkouk.",
            "organization/iraq-army",
        ),
        (
            "ar",
            "قتلت القوات العراقية ثلاثة من عناصر تنظيم داعش في غارة جوية بمحافظة كركوك يوم الاثنين.",
            "organization/iraq-forces",
        ),
    ];
    for (lang, text, agent) in cases {
        let ev = events(&extract(lang, "2024-12-04", text));
        let attack = ev.iter().find(|e| e.0 == "attack").unwrap_or_else(|| panic!("{text}: {ev:?}"));
        assert!(attack.3.contains(&(agent.into(), "agent".into())), "{text}: {ev:?}");
        assert!(attack.3.contains(&("group/isis".into(), "target".into())), "{text}: {ev:?}");
        assert_eq!(attack.2.as_deref(), Some("2024-12-02"), "{text}: {ev:?}");
    }
}

/// A force named by its head noun and a country adjective takes the head's
/// English name ("الجيش اللبناني": Army (Lebanon)).
#[test]
fn a_state_force_by_its_head_noun_has_an_english_name() {
    let d = extract("ar", "2024-08-30", "أعلنت قيادة الجيش اللبناني أن دورية أوقفت مطلوبا.");
    let v = serde_json::to_value(&d).unwrap();
    let army = v["actors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == "organization/lebanon-army")
        .unwrap_or_else(|| panic!("{v}"));
    assert_eq!(army["name"], "Army (Lebanon)");
}

/// A word a trigger requires stands near it: "intelligence chief ... their
/// shared frontier" shares no intelligence.
#[test]
fn a_required_word_far_from_the_trigger_makes_no_event() {
    let text = "Jordan's intelligence chief met his Iraqi counterpart in Baghdad on Tuesday to discuss border security and the smuggling of drugs and weapons across their shared frontier, the Iraqi government said.";
    let ev = events(&extract("en", "2024-12-04", text));
    assert!(ev.iter().any(|e| e.0 == "meeting"), "{ev:?}");
    assert!(!ev.iter().any(|e| e.0 == "intelligence_sharing"), "{ev:?}");
}

/// The giver of a tip ("a tip from", "fournies par", "بناء على معلومات
/// من") shares it and the force that acted on it receives it; the "by" of
/// the information is not the arrest's.
#[test]
fn the_giver_of_a_tip_shares_it_with_the_force_that_acts() {
    let cases = [
        (
            "en",
            "Spanish police arrested the suspect after a tip from Moroccan intelligence.",
            "country/morocco",
        ),
        (
            "en",
            "Spanish police arrested the suspect after a tip provided by Morocco's DGST.",
            "organization/dgst",
        ),
        (
            "fr",
            "La police espagnole a arrêté le suspect grâce à des informations fournies par la DGST.",
            "organization/dgst",
        ),
        (
            "ar",
            "أوقفت الشرطة الإسبانية المشتبه فيه بناء على معلومات من المديرية العامة لمراقبة التراب الوطني.",
            "organization/dgst",
        ),
    ];
    for (lang, text, giver) in cases {
        let ev = events(&extract(lang, "2024-12-04", text));
        let share =
            ev.iter().find(|e| e.0 == "intelligence_sharing").unwrap_or_else(|| panic!("{text}: {ev:?}"));
        assert!(share.3.contains(&(giver.into(), "agent".into())), "{text}: {ev:?}");
        assert!(
            share.3.contains(&("organization/policia-nacional".into(), "target".into())),
            "{text}: {ev:?}"
        );
        let arrest = ev.iter().find(|e| e.0 == "arrest").unwrap_or_else(|| panic!("{text}: {ev:?}"));
        assert!(
            arrest.3.contains(&("organization/policia-nacional".into(), "agent".into())),
            "{text}: {ev:?}"
        );
        assert!(!arrest.3.contains(&(giver.into(), "agent".into())), "{text}: {ev:?}");
    }
}

/// Where a post is held ("السفيرة الأميركية في لبنان", "سفير المغرب لدى
/// إسبانيا") stands between a title and its name without being the
/// holder's country; a country in construct with the title is; a title
/// after a name that already has one, or of another country, is not that
/// person's.
#[test]
fn ambassadors_posted_abroad_and_titles_after_titled_names() {
    let cases = [
        ("التقى قائد الجيش العماد جوزاف عون السفيرة الأميركية في لبنان ليزا جونسون.", "country/united-states"),
        ("استقبل الوزير سفير المغرب لدى إسبانيا كريم قسي لحلو.", "country/morocco"),
    ];
    for (text, country) in cases {
        let rel = relations(&extract("ar", "2024-08-30", text));
        assert!(
            rel.iter().any(|r| r.0 == "member_of"
                && r.2 == country
                && r.1.starts_with("person/")
                && r.1 != "person/joseph-aoun"),
            "{text}: {rel:?}"
        );
        assert!(
            !rel.iter().any(|r| r.1 == "person/joseph-aoun" && r.2 == "country/united-states"),
            "{text}: {rel:?}"
        );
    }
    for text in ["التقى قائد الجيش جوزاف عون السفير الأميركي أمس.", "التقى جوزاف عون السفير الأميركي أمس."]
    {
        let rel = relations(&extract("ar", "2024-08-30", text));
        assert!(
            !rel.iter().any(|r| r.1 == "person/joseph-aoun" && r.2 == "country/united-states"),
            "{text}: {rel:?}"
        );
    }
}

/// A Gulf name written with "عبد" joined ("عبدالعزيز") is the gazetteer's
/// "عبد العزيز", even with a longer lineage; a title with a country and no
/// known holder is the counterpart of that country named before.
#[test]
fn joined_names_and_a_counterparts_title_later() {
    let text = "وقع صاحب السمو الملكي الأمير عبدالعزيز بن سعود بن نايف بن عبدالعزيز وزير الداخلية، ونظيره العراقي عبد الأمير الشمري، اليوم، مذكرة تفاهم للتعاون في مجال مكافحة المخدرات. وكان وزير الداخلية العراقي قد وصل إلى الرياض أمس الأحد في زيارة رسمية.";
    let ev = events(&extract("ar", "2024-09-16", text));
    let agreement = ev.iter().find(|e| e.0 == "agreement").unwrap_or_else(|| panic!("{ev:?}"));
    assert!(agreement.3.iter().any(|(a, _)| a == "person/abdulaziz-bin-saud-bin-nayef"), "{ev:?}");
    let visit = ev.iter().find(|e| e.0 == "visit").unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(visit.2.as_deref(), Some("2024-09-15"), "{ev:?}");
    assert!(visit.3.iter().any(|(a, r)| a.contains("al-shmri") && r == "agent"), "{ev:?}");
}

/// What is condemned is not where it happened nor who is given
/// solidarity; a glued "ب" still names the target ("نددت بفرنسا").
#[test]
fn a_condemnation_targets_neither_the_place_nor_the_victims() {
    for (lang, text) in [
        (
            "ar",
            "أدانت مصر بأشد العبارات الهجوم الإرهابي الذي استهدف نقطة عسكرية في شمال مالي، معربة عن تضامنها مع الحكومة والشعب المالي.",
        ),
        (
            "en",
            "Egypt condemned the terrorist attack on a military post in northern Mali and expressed its solidarity with the Malian government.",
        ),
    ] {
        let ev = events(&extract(lang, "2025-01-12", text));
        let c = ev.iter().find(|e| e.0 == "criticism").unwrap_or_else(|| panic!("{text}: {ev:?}"));
        assert!(c.3.contains(&("country/egypt".into(), "agent".into())), "{text}: {ev:?}");
        assert!(!c.3.iter().any(|(a, _)| a == "country/mali"), "{text}: {ev:?}");
    }
    let ev = events(&extract("ar", "2025-01-12", "نددت الجزائر بفرنسا."));
    assert!(
        ev.iter().any(|e| e.0 == "criticism" && e.3.contains(&("country/france".into(), "target".into()))),
        "{ev:?}"
    );
}

/// "He was handed over to French police": the police receive him; "the
/// extradition comes a week after X and Y met" names another event at
/// another time, not the extradition's agents or date; "جولة جديدة من
/// الحوار" is a round of talks, no tour.
#[test]
fn handed_over_to_and_a_meeting_a_week_before() {
    let text = "Morocco has extradited to France a French national, the DGSN said on Friday. He was handed over to French police at the airport in Casablanca on Thursday. The extradition comes a week after Moroccan Justice Minister Abdellatif Ouahbi and his French counterpart Eric Dupond-Moretti met in Paris to discuss judicial cooperation.";
    let ev = events(&extract("en", "2024-06-21", text));
    assert!(
        !ev.iter().any(|e| e.0 == "judicial_cooperation"
            && e.3.iter().any(|(a, r)| r == "agent" && (a.contains("police") || a.starts_with("person/")))),
        "{ev:?}"
    );
    let meeting = ev.iter().find(|e| e.0 == "meeting").unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(meeting.2, None, "{ev:?}");
    let text = "وأكد الوزيران على أهمية التنسيق، كما اتفقا على عقد جولة جديدة من الحوار الاستراتيجي بين مصر وإيطاليا.";
    let ev = events(&extract("ar", "2025-01-12", text));
    assert!(!ev.iter().any(|e| e.0 == "visit"), "{ev:?}");
}

/// A ministry followed by its state with a glued "ب" or "في"
/// ("وزارة الداخلية بالمملكة الإسبانية") is that state's.
#[test]
fn a_ministry_in_a_state_is_that_states() {
    for (text, id) in [
        ("أعلنت وزارة الداخلية بالمغرب توقيف ثلاثة أشخاص.", "organization/morocco-ministry-interior"),
        ("أعلنت وزارة الداخلية في المغرب توقيف ثلاثة أشخاص.", "organization/morocco-ministry-interior"),
        (
            "اجتمع الكاتب العام لوزارة الداخلية بالمملكة الإسبانية بنظيره.",
            "organization/spain-ministry-interior",
        ),
    ] {
        let d = extract("ar", "2024-03-07", text);
        let v = serde_json::to_value(&d).unwrap();
        assert!(v["actors"].as_array().unwrap().iter().any(|a| a["id"] == id), "{text}: {v}");
    }
}

/// "The two parties" are the people of the last encounter.
#[test]
fn the_two_parties_are_the_people_who_met() {
    let text = "Moroccan Interior Minister Abdelouafi Laftit met his Spanish counterpart Fernando Grande-Marlaska in Rabat on Tuesday. The two parties agreed to step up intelligence sharing, MAP reported.";
    let ev = events(&extract("en", "2024-04-10", text));
    let intent = ev.iter().find(|e| e.0 == "intent_to_cooperate").unwrap_or_else(|| panic!("{ev:?}"));
    assert!(intent.3.iter().any(|(a, _)| a == "person/abdelouafi-laftit"), "{ev:?}");
    assert!(intent.3.iter().any(|(a, _)| a == "person/fernando-grande-marlaska"), "{ev:?}");
}

/// A ministry named with no country is the one of the article's dateline
/// ("الجزائر - ... وزارة الدفاع الوطني", "BAMAKO (Reuters) - ... le
/// ministère de la Défense"); with no dateline it stays countryless.
#[test]
fn a_countryless_ministry_is_the_datelines() {
    let cases = [
        (
            "ar",
            "الجزائر - أوقفت مفارز للجيش 7 عناصر دعم، حسب حصيلة لوزارة الدفاع الوطني.",
            Some("organization/algeria-ministry-defence"),
        ),
        (
            "fr",
            "BAMAKO (Reuters) - Le ministère de la Défense a annoncé l'arrestation de plusieurs suspects.",
            Some("organization/mali-ministry-defence"),
        ),
        ("fr", "Le ministère de la Défense a annoncé l'arrestation de plusieurs suspects.", None),
    ];
    for (lang, text, want) in cases {
        let d = extract(lang, "2025-02-05", text);
        let v = serde_json::to_value(&d).unwrap();
        let ids: Vec<&str> =
            v["actors"].as_array().unwrap().iter().filter_map(|a| a["id"].as_str()).collect();
        match want {
            Some(id) => assert!(ids.contains(&id), "{text}: {ids:?}"),
            None => assert!(
                !ids.iter()
                    .any(|i| i.ends_with("-ministry-defence") && *i != "organization/ministry-defence"),
                "{text}: {ids:?}"
            ),
        }
    }
}

/// A state acts through its delegation or its diplomats: "الوفد التركي
/// سيزور" visits, "two Russian diplomats" expelled are Russia's.
#[test]
fn delegations_and_diplomats_stand_for_their_state() {
    for (lang, text) in [
        ("ar", "وأشارت مصادر إلى أن الوفد التركي سيزور أيضا الأردن والعراق الأسبوع المقبل."),
        ("en", "The Turkish delegation will also visit Jordan and Iraq next week."),
    ] {
        let ev = events(&extract(lang, "2025-02-26", text));
        let visit = ev.iter().find(|e| e.0 == "visit").unwrap_or_else(|| panic!("{text}: {ev:?}"));
        assert!(visit.3.contains(&("country/turkey".into(), "agent".into())), "{text}: {ev:?}");
        assert_eq!(visit.1, "planned", "{text}: {ev:?}");
    }
    let text = "France expelled two Russian diplomats on Wednesday, a government source said.";
    let ev = events(&extract("en", "2024-07-03", text));
    let sanction = ev.iter().find(|e| e.0 == "sanction").unwrap_or_else(|| panic!("{ev:?}"));
    assert!(sanction.3.contains(&("country/russia".into(), "target".into())), "{ev:?}");
}

/// An extradition request is judicial cooperation, asked by the state
/// named after it ("une demande d'extradition de la Tunisie", "an
/// extradition request from Tunisia", "طلب تسليم من تونس").
#[test]
fn an_extradition_request_is_the_requesting_states() {
    for (lang, text) in [
        (
            "fr",
            "L'auteur présumé faisait l'objet d'une demande d'extradition de la Tunisie depuis 2022, a indiqué le ministre.",
        ),
        ("en", "Belgium had received an extradition request from Tunisia in 2022."),
        ("ar", "تلقت بلجيكا طلب تسليم من تونس عام 2022."),
    ] {
        let ev = events(&extract(lang, "2024-10-17", text));
        let j = ev.iter().find(|e| e.0 == "judicial_cooperation").unwrap_or_else(|| panic!("{text}: {ev:?}"));
        assert!(j.3.contains(&("country/tunisia".into(), "agent".into())), "{text}: {ev:?}");
        assert!(!ev.iter().any(|e| e.0 == "appeal"), "{text}: {ev:?}");
    }
}

/// What a reference says came months before ("Cette visite intervient
/// quelques mois après la signature ...") does not take the date of the
/// event referred to; "les deux services" are the pair that met.
#[test]
fn a_signing_months_before_a_visit_is_not_dated_by_it() {
    let text = "Abdellatif Hammouchi, directeur général de la DGSN et de la DGST, a reçu ce jeudi à Rabat le directeur du FBI, Christopher Wray, en visite de travail au Maroc. Cette visite intervient quelques mois après la signature, à Washington, d'un mémorandum d'entente entre les deux services.";
    let ev = events(&extract("fr", "2024-02-08", text));
    let visit = ev.iter().find(|e| e.0 == "visit").unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(visit.2.as_deref(), Some("2024-02-08"), "{ev:?}");
    let agreement = ev.iter().find(|e| e.0 == "agreement").unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(agreement.2, None, "{ev:?}");
    assert!(agreement.3.iter().any(|(a, _)| a == "person/christopher-wray"), "{ev:?}");
}

/// The issuer of a warrant ("on a warrant issued by Moroccan authorities",
/// "émis par les autorités marocaines", "صادرة عن السلطات المغربية") did
/// not make the arrest; a country adjective after its noun ("par les
/// renseignements marocains") still follows the cue before the noun.
#[test]
fn the_issuer_of_a_warrant_is_not_the_arrester() {
    for (lang, text) in [
        ("en", "The man had been arrested in Malaga in January on a warrant issued by Moroccan authorities."),
        (
            "fr",
            "L'homme avait été interpellé à Malaga en janvier en vertu d'un mandat d'arrêt émis par les autorités marocaines.",
        ),
        ("ar", "وكان الرجل قد أوقف في مالقة في يناير بموجب مذكرة توقيف صادرة عن السلطات المغربية."),
    ] {
        let ev = events(&extract(lang, "2024-03-07", text));
        let arrest = ev.iter().find(|e| e.0 == "arrest").unwrap_or_else(|| panic!("{text}: {ev:?}"));
        assert!(!arrest.3.contains(&("country/morocco".into(), "agent".into())), "{text}: {ev:?}");
        assert!(arrest.3.contains(&("location/malaga".into(), "location".into())), "{text}: {ev:?}");
    }
    let text = "La police espagnole a arrêté le suspect grâce à des informations fournies par les renseignements marocains.";
    let ev = events(&extract("fr", "2024-12-04", text));
    let share = ev.iter().find(|e| e.0 == "intelligence_sharing").unwrap_or_else(|| panic!("{ev:?}"));
    assert!(share.3.contains(&("country/morocco".into(), "agent".into())), "{ev:?}");
}

/// The staff or services of an agency between a cue and its name ("بتنسيق
/// وثيق مع مصالح المديرية العامة لمراقبة التراب الوطني") keep it a
/// partner, not the arrester.
#[test]
fn services_of_an_agency_after_with_are_a_partner() {
    let text = "أفادت المديرية العامة للأمن الوطني، في بلاغ لها اليوم الأربعاء، بأن عناصر الشرطة القضائية بمدينة الدار البيضاء، بتنسيق وثيق مع مصالح المديرية العامة لمراقبة التراب الوطني، تمكنت مساء أمس الثلاثاء من توقيف مواطن فرنسي يشكل موضوع أمر دولي بإلقاء القبض صادر عن السلطات القضائية الفرنسية.";
    let ev = events(&extract("ar", "2024-12-11", text));
    let arrest = ev.iter().find(|e| e.0 == "arrest").unwrap_or_else(|| panic!("{ev:?}"));
    assert!(!arrest.3.contains(&("organization/dgst".into(), "agent".into())), "{ev:?}");
    assert!(arrest.3.contains(&("organization/dgst".into(), "participant".into())), "{ev:?}");
    assert!(!arrest.3.contains(&("country/france".into(), "agent".into())), "{ev:?}");
    assert_eq!(arrest.2.as_deref(), Some("2024-12-10"), "{ev:?}");
}

/// "said he would travel" is a reported plan, not a doubt; summoning an
/// envoy is a protest at the envoy's state; an adjective closing a title
/// ("رئيس جهاز الاستخبارات السوري الجديد أنس خطاب") does not keep it from
/// its name.
#[test]
fn reported_plans_summoned_envoys_and_new_chiefs() {
    let text =
        "Interior Minister Mohsin Naqvi said he would travel to Kabul for talks with Taliban officials.";
    let ev = events(&extract("en", "2024-11-28", text));
    let visit = ev.iter().find(|e| e.0 == "visit").unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(visit.1, "planned", "{ev:?}");
    let text = "Pakistan's Foreign Ministry summoned the Afghan charge d'affaires on Thursday.";
    let ev = events(&extract("en", "2024-11-28", text));
    let c = ev.iter().find(|e| e.0 == "criticism").unwrap_or_else(|| panic!("{ev:?}"));
    assert!(c.3.contains(&("country/afghanistan".into(), "target".into())), "{ev:?}");
    let text = "التقى الوزير رئيس جهاز الاستخبارات السوري الجديد أنس خطاب.";
    let rel = relations(&extract("ar", "2025-01-14", text));
    assert!(
        rel.iter().any(|r| r.0 == "leads"
            && r.1.starts_with("person/")
            && r.2 == "organization/syria-intelligence-service"),
        "{rel:?}"
    );
}

/// A lead that tells a happening with no date of its own is of the
/// dateline's day (a "--" dash too, and the agency in it is no party);
/// "The MoU was signed by X and Y" is the same signing when X and Y are
/// officials of the states that signed.
#[test]
fn a_lead_with_no_date_takes_the_datelines_and_officials_of_the_signers() {
    let text = "ABU DHABI, 5th March, 2024 (WAM) -- The UAE and the Kingdom of Morocco have signed a memorandum of understanding on security cooperation. The MoU was signed in Abu Dhabi by Lt. General Sheikh Saif bin Zayed Al Nahyan, Deputy Prime Minister and Minister of Interior, and Abdelouafi Laftit, Minister of Interior of Morocco.";
    let ev = events(&extract("en", "2024-03-05", text));
    let agreements: Vec<&Summary> = ev.iter().filter(|e| e.0 == "agreement").collect();
    assert_eq!(agreements.len(), 1, "{ev:?}");
    let a = agreements[0];
    assert_eq!(a.2.as_deref(), Some("2024-03-05"), "{ev:?}");
    assert!(a.3.iter().any(|(x, _)| x == "person/abdelouafi-laftit"), "{ev:?}");
    assert!(!a.3.iter().any(|(x, _)| x == "media/wam"), "{ev:?}");
    // With a date of its own, the lead keeps it.
    let ev = events(&extract(
        "en",
        "2024-03-07",
        "MADRID, March 7 (Reuters) - Spain extradited a Moroccan national to Morocco on Wednesday.",
    ));
    assert_eq!(ev[0].2.as_deref(), Some("2024-03-06"), "{ev:?}");
}

/// A denial reaches over a long Arabic subject to the verb it denies; "une
/// telle demande" points back and opens nothing on its own.
#[test]
fn long_denials_and_such_requests() {
    let text = "ونفى المتحدث العسكري باسم الجماعة يحيى سريع أن تكون قواتهم قد استهدفت سفنا تجارية.";
    let ev = events(&extract("ar", "2024-01-10", text));
    assert!(ev.iter().all(|e| e.0 != "attack" || e.1 == "negated"), "{ev:?}");
    let text = "Paris a aussitôt répondu que les putschistes n'avaient pas autorité pour formuler une telle demande.";
    let ev = events(&extract("fr", "2023-08-26", text));
    assert!(!ev.iter().any(|e| e.0 == "appeal"), "{ev:?}");
}

/// "Police in Spain, France and Belgium arrested": each state listed after
/// the forces acts; the report's date ("..., Europol said on Thursday") is
/// not the arrests'.
#[test]
fn forces_named_by_where_they_serve_and_the_reports_date() {
    for (lang, text, states) in [
        (
            "en",
            "Police in Spain, France and Belgium arrested 14 people, Europol said on Thursday.",
            &["spain", "france", "belgium"][..],
        ),
        ("fr", "La police en Espagne et en France a interpellé 14 personnes.", &["spain", "france"][..]),
        ("ar", "أوقفت الشرطة في إسبانيا وفرنسا 14 شخصا.", &["spain", "france"][..]),
    ] {
        let ev = events(&extract(lang, "2024-04-18", text));
        let arrest = ev.iter().find(|e| e.0 == "arrest").unwrap_or_else(|| panic!("{text}: {ev:?}"));
        for s in states {
            assert!(arrest.3.contains(&(format!("country/{s}"), "agent".into())), "{text}: {ev:?}");
        }
        assert_eq!(arrest.2, None, "{text}: {ev:?}");
    }
    // A place after "in" with no such cue stays a place.
    let ev = events(&extract("en", "2024-04-18", "Spanish police arrested 14 people in France on Tuesday."));
    let arrest = ev.iter().find(|e| e.0 == "arrest").unwrap_or_else(|| panic!("{ev:?}"));
    assert!(arrest.3.contains(&("country/france".into(), "location".into())), "{ev:?}");
    assert_eq!(arrest.2.as_deref(), Some("2024-04-16"), "{ev:?}");
}

/// A head named by a generic title ("le patron de la DGSE") keeps the kind
/// of post the gazetteer knows, so "son homologue marocain" is Morocco's
/// head of foreign intelligence.
#[test]
fn the_counterpart_of_a_generic_head_is_of_the_same_kind() {
    let text = "Le patron de la DGSE, Nicolas Lerner, s'est rendu jeudi à Rabat, où il a été reçu par son homologue marocain.";
    let ev = events(&extract("fr", "2024-05-10", text));
    let visit = ev.iter().find(|e| e.0 == "visit").unwrap_or_else(|| panic!("{ev:?}"));
    assert!(visit.3.contains(&("person/nicolas-lerner".into(), "agent".into())), "{ev:?}");
    assert!(visit.3.contains(&("person/mohamed-yassine-mansouri".into(), "host".into())), "{ev:?}");
}

/// "حيث سبق لحموشي أن زار بروكسل": a word of sequence keeps the earlier
/// visit apart from the one told before it in the sentence, with its own
/// visitor and place.
#[test]
fn an_earlier_visit_after_a_word_of_sequence_is_its_own() {
    let text = "وتأتي زيارة المسؤولة البلجيكية في سياق تعزيز التعاون الأمني بين البلدين، حيث سبق لحموشي أن زار بروكسل في أكتوبر 2023.";
    let ev = events(&extract("ar", "2024-11-26", text));
    assert!(
        ev.iter().any(|e| e.0 == "visit"
            && e.2.as_deref() == Some("2023-10")
            && e.3.contains(&("person/abdellatif-hammouchi".into(), "agent".into()))),
        "{ev:?}"
    );
}

/// A group active in parts of two countries ("في شمال مالي وجنوب
/// الجزائر", "in northern Mali and southern Algeria", "dans le nord du Mali
/// et le sud de l'Algérie") is active in both.
#[test]
fn active_in_parts_of_two_countries() {
    for (lang, text) in [
        ("ar", "وينشط تنظيم القاعدة في بلاد المغرب الإسلامي في شمال مالي وجنوب الجزائر."),
        ("en", "AQIM is active in northern Mali and southern Algeria."),
        ("fr", "AQMI est active dans le nord du Mali et le sud de l'Algérie."),
    ] {
        let rel = relations(&extract(lang, "2024-03-14", text));
        for c in ["country/mali", "country/algeria"] {
            assert!(rel.contains(&("active_in".into(), "group/aqim".into(), c.into())), "{text}: {rel:?}");
        }
    }
}

/// The occasion of a pledge ("pledged ... during a meeting of their
/// interior ministers", "lors d'une réunion") took place: it is an event,
/// not the pledge's content.
#[test]
fn the_occasion_of_a_pledge_is_an_event() {
    for (lang, text) in [
        (
            "en",
            "Morocco and Spain pledged to deepen counter-terrorism cooperation during a meeting of their interior ministers in Madrid.",
        ),
        (
            "fr",
            "Le Maroc et l'Espagne se sont engagés à renforcer leur coopération lors d'une réunion de leurs ministres de l'Intérieur à Madrid.",
        ),
    ] {
        let ev = events(&extract(lang, "2024-09-12", text));
        assert!(ev.iter().any(|e| e.0 == "intent_to_cooperate"), "{text}: {ev:?}");
        let meeting = ev.iter().find(|e| e.0 == "meeting").unwrap_or_else(|| panic!("{text}: {ev:?}"));
        assert!(meeting.3.contains(&("location/madrid".into(), "location".into())), "{text}: {ev:?}");
    }
}

/// A preposition glued to a word that ends names ("بمقر", "وبمقر") opens
/// no name before a title in apposition: the visitor is the name after
/// the title.
#[test]
fn a_place_before_an_apposed_title_is_no_name() {
    for place in ["بمقر رئاسة الحكومة", "بمقر السفارة", "وبمقر السفارة"]
    {
        let text =
            format!("استقبل الوزير الأول اليوم الثلاثاء {place}، وزير الخارجية الإيطالي، أنطونيو تاياني.");
        let d = extract("ar", "2024-03-12", &text);
        let v = serde_json::to_value(&d).unwrap();
        let people: Vec<&str> = v["actors"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|a| a["id"].as_str())
            .filter(|id| id.starts_with("person/"))
            .collect();
        assert_eq!(people, ["person/antonio-tajani"], "{text}");
    }
}

fn actor_ids(d: &TiesDoc) -> Vec<String> {
    let v = serde_json::to_value(d).unwrap();
    v["actors"].as_array().unwrap().iter().filter_map(|a| a["id"].as_str().map(str::to_string)).collect()
}

/// (actor, text) of every mention.
fn mention_texts(d: &TiesDoc) -> Vec<(String, String)> {
    let v = serde_json::to_value(d).unwrap();
    let mut out = Vec::new();
    for a in v["actors"].as_array().unwrap() {
        // An actor reached only through a relation has no mention.
        for m in a["mentions"].as_array().into_iter().flatten() {
            out.push((a["id"].as_str().unwrap().to_string(), m["text"].as_str().unwrap_or("").to_string()));
        }
    }
    out
}

/// A country's nisba right after a given name that follows a title or an
/// honorific is the family name ("محمد السوداني" is no Sudanese), while a
/// counterpart's adjective ("نظيره السوداني") still names the country.
#[test]
fn a_family_nisba_after_a_title_is_part_of_the_name() {
    for text in [
        "استقبل رئيس مجلس الوزراء العراقي كريم جاسم المصري اليوم السفيرة الأمريكية.",
        "استقبل رئيس الوزراء كريم المصري، اليوم، السفيرة الأمريكية.",
        "وقال اللواء حسن المصري إن العملية نجحت.",
    ] {
        let ids = actor_ids(&extract("ar", "2024-06-18", text));
        assert!(!ids.contains(&"country/egypt".to_string()), "{text}: {ids:?}");
        assert!(
            ids.iter().any(|id| id.starts_with("person/") && id.ends_with("-al-msri")),
            "{text}: {ids:?}"
        );
    }
    let text = "التقى وزير الخارجية التونسي نظيره المصري في القاهرة.";
    let ids = actor_ids(&extract("ar", "2024-06-18", text));
    assert!(ids.contains(&"country/egypt".to_string()), "{text}: {ids:?}");
}

/// An Arabic title whose last word is indefinite stands in construct with
/// what follows ("قائد القيادة ..."): even when no list knows that
/// complement, it is no bare title for the head named before.
#[test]
fn a_title_in_construct_with_an_unknown_body_is_not_bare() {
    let text = "بحث رئيس الوزراء كريم المصري مع قائد القوة المشتركة الجنرال جون سميث التعاون الأمني.";
    let m = mention_texts(&extract("ar", "2024-06-18", text));
    assert!(!m.iter().any(|(_, t)| t == "قائد"), "{text}: {m:?}");
}

/// Beside the people of a pledge, the states it names: the one whose
/// intent the trigger names ("حرص العراق على") and the partners ("مع
/// الولايات المتحدة", "بين العراق والولايات المتحدة"); a noun with the
/// pronoun of two ("عزمهما") ends the name before it.
#[test]
fn the_states_of_a_pledge_beside_its_people() {
    for text in [
        "وأكد رئيس الوزراء كريم المصري خلال اللقاء حرص العراق على تطوير العلاقات مع الولايات المتحدة.",
        "وأكد رئيس الوزراء كريم المصري والجنرال جون سميث عزمهما على تعزيز الشراكة بين العراق والولايات المتحدة.",
    ] {
        let ev = events(&extract("ar", "2024-06-18", text));
        let e = ev.iter().find(|e| e.0 == "intent_to_cooperate").unwrap_or_else(|| panic!("{text}: {ev:?}"));
        for c in ["country/iraq", "country/united-states"] {
            assert!(e.3.contains(&(c.into(), "participant".into())), "{text}: {ev:?}");
        }
    }
}

/// ", على أن يعقد اجتماع ..." opens a clause of what is arranged to follow:
/// the meeting is planned, dated or not, and its date and partners are not
/// those of the talks before the comma.
#[test]
fn what_is_arranged_to_follow_is_planned_and_its_own() {
    let text = "ناقش الوزيران المصري والأمريكي ترتيبات تبادل الأسرى مع قطر، على أن يعقد اجتماع جديد في الدوحة الأسبوع المقبل.";
    let ev = events(&extract("ar", "2024-09-04", text));
    let consult = ev.iter().find(|e| e.0 == "consult").unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(consult.1, "asserted", "{ev:?}");
    assert_ne!(consult.2.as_deref(), Some("2024-09-09"), "{ev:?}");
    assert!(!consult.3.iter().any(|(a, _)| a == "location/doha"), "{ev:?}");
    let meeting = ev.iter().find(|e| e.0 == "meeting").unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!((meeting.1.as_str(), meeting.2.as_deref()), ("planned", Some("2024-09-09")), "{ev:?}");
    let text = "بحث الوزيران المصري والأمريكي تبادل الأسرى، على أن يعقد اجتماع آخر في الدوحة.";
    let ev = events(&extract("ar", "2024-09-04", text));
    let meeting = ev.iter().find(|e| e.0 == "meeting").unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(meeting.1, "planned", "{ev:?}");
}

/// A statement told in an attribution after a comma (", a indiqué la place
/// Beauvau dans un communiqué", ", the ministry said in a statement", ", a
/// annoncé ... le ministre de l'Intérieur, X") is by the actor of that
/// attribution, never by one of what it reports.
#[test]
fn the_author_of_a_statement_is_in_its_attribution() {
    let cases = [
        (
            "fr",
            "Le ministre de l'Intérieur, Bruno Retailleau, s'est entretenu lundi avec son homologue algérien, Brahim Merad, a indiqué la place Beauvau dans un communiqué.",
            Some("organization/france-ministry-interior"),
        ),
        (
            "en",
            "Interior Minister Bruno Retailleau spoke on Monday with his Algerian counterpart Brahim Merad, the ministry said in a statement.",
            None,
        ),
        (
            "fr",
            "Un homme a été interpellé mardi à Montpellier par la DGSI, a annoncé mercredi sur le réseau social X le ministre français de l'Intérieur, Gérald Darmanin.",
            Some("person/gerald-darmanin"),
        ),
    ];
    for (lang, text, author) in cases {
        let ev = events(&extract(lang, "2024-10-08", text));
        let agents: Vec<&String> = ev
            .iter()
            .filter(|e| e.0 == "statement")
            .flat_map(|e| &e.3)
            .filter(|(_, r)| r == "agent")
            .map(|(a, _)| a)
            .collect();
        match author {
            Some(a) => assert_eq!(agents, [a], "{text}: {ev:?}"),
            None => assert!(agents.is_empty(), "{text}: {ev:?}"),
        }
    }
}

/// "..., arresting three people" after a date alone ("on the 18th"): an
/// arrest of that day by the state whose authorities speak.
#[test]
fn an_arrest_in_a_participle_on_a_day_alone() {
    let text = "Jordanian authorities said they had foiled an attempt to smuggle weapons from Syria on the 18th, arresting three people.";
    let ev = events(&extract("en", "2024-02-21", text));
    let arrest = ev.iter().find(|e| e.0 == "arrest").unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(arrest.2.as_deref(), Some("2024-02-18"), "{ev:?}");
    assert!(arrest.3.contains(&("country/jordan".into(), "agent".into())), "{ev:?}");
}

/// "Jordan's intelligence chief X" heads the one intelligence agency the
/// gazetteer lists for Jordan; where a country has two, the title alone
/// says not which. "le chef du renseignement jordanien, X": the cue "chef"
/// before the agency's name when the longer cue would overlap it.
#[test]
fn an_intelligence_chief_heads_the_countrys_only_agency() {
    for (lang, text) in [
        ("en", "The talks were also attended by Jordan's intelligence chief Karim Haddad."),
        ("fr", "Le chef du renseignement jordanien, Karim Haddad, a assisté à la réunion."),
    ] {
        let rel = relations(&extract(lang, "2024-02-21", text));
        assert!(
            rel.iter().any(|(k, s, t)| k == "leads"
                && s.starts_with("person/karim")
                && t == "organization/jordan-gid"),
            "{text}: {rel:?}"
        );
    }
    let text = "The talks were also attended by Morocco's intelligence chief Karim Haddad.";
    let rel = relations(&extract("en", "2024-02-21", text));
    assert!(!rel.iter().any(|(k, s, _)| k == "leads" && s.starts_with("person/karim")), "{text}: {rel:?}");
}

/// The force that provided the information ("بناء على معلومات وفرتها
/// المديرية", "on information provided by") did not make the arrest, and
/// the group the cell serves takes no share of the information.
#[test]
fn the_provider_of_information_is_not_the_arrester() {
    for (lang, text, arrester, giver) in [
        (
            "ar",
            "وتمكنت عناصر المكتب المركزي للأبحاث القضائية، بناء على معلومات دقيقة وفرتها المديرية العامة لمراقبة التراب الوطني، من تفكيك خلية إرهابية موالية لتنظيم داعش بمدينة تطوان.",
            "organization/bcij",
            "organization/dgst",
        ),
        (
            "en",
            "Acting on information provided by the DGST, the Spanish National Police dismantled an Islamic State cell in Ceuta.",
            "organization/policia-nacional",
            "organization/dgst",
        ),
    ] {
        let ev = events(&extract(lang, "2024-04-17", text));
        let arrest = ev.iter().find(|e| e.0 == "arrest").unwrap_or_else(|| panic!("{text}: {ev:?}"));
        let agents: Vec<&String> = arrest.3.iter().filter(|(_, r)| r == "agent").map(|(a, _)| a).collect();
        assert_eq!(agents, [arrester], "{text}: {ev:?}");
        for e in ev.iter().filter(|e| e.0 == "intelligence_sharing") {
            assert!(e.3.contains(&(giver.into(), "agent".into())), "{text}: {ev:?}");
            assert!(!e.3.iter().any(|(a, _)| a.starts_with("group/")), "{text}: {ev:?}");
        }
    }
}

/// A trip the sentence subject makes ("his visit", "sa visite", "الزيارة
/// التي يقوم بها", "زيارته") is theirs, not that of the counterpart named
/// nearer the trigger.
#[test]
fn a_trip_of_ones_own_is_the_subjects() {
    for (lang, text) in [
        (
            "ar",
            "أجرى عبد اللطيف حموشي، المدير العام للأمن الوطني، مباحثات مع نظيره الإسباني، فرانسيسكو باردو، المدير العام للشرطة الوطنية الإسبانية، وذلك على هامش زيارة العمل التي يقوم بها إلى مدريد.",
        ),
        (
            "ar",
            "أجرى عبد اللطيف حموشي، المدير العام للأمن الوطني، مباحثات مع نظيره الإسباني، فرانسيسكو باردو، المدير العام للشرطة الوطنية الإسبانية، خلال زيارته إلى مدريد.",
        ),
        (
            "en",
            "Abdellatif Hammouchi held talks with his Spanish counterpart Francisco Pardo during his visit to Madrid.",
        ),
        (
            "fr",
            "Abdellatif Hammouchi s'est entretenu avec son homologue espagnol, Francisco Pardo, lors de sa visite à Madrid.",
        ),
    ] {
        let ev = events(&extract(lang, "2024-04-17", text));
        let visit = ev.iter().find(|e| e.0 == "visit").unwrap_or_else(|| panic!("{text}: {ev:?}"));
        assert!(visit.3.contains(&("person/abdellatif-hammouchi".into(), "agent".into())), "{text}: {ev:?}");
    }
}

/// An Arabic title, a comma, then an unknown name closed by a comma or the
/// end ("نظيره الإسباني، فرانسيسكو باردو،") is the title's holder; an aside
/// between commas ("، وفق المصدر ذاته،") is no name.
#[test]
fn a_name_set_off_by_commas_after_an_arabic_title() {
    let text = "أجرى الوزير مباحثات مع نظيره الإسباني، فرانسيسكو باردو، في مدريد.";
    let rel = relations(&extract("ar", "2024-04-17", text));
    assert!(
        rel.iter().any(|(k, s, t)| k == "member_of" && s.starts_with("person/f") && t == "country/spain"),
        "{text}: {rel:?}"
    );
    for text in [
        "وأكد وزير الداخلية الإسباني، وفق المصدر ذاته، أن التعاون ممتاز.",
        "وأكد وزير الداخلية الإسباني، في تصريح صحفي، أن التعاون ممتاز.",
        "واستقبل وزير الداخلية الإسباني، صباح الأربعاء، نظيره.",
    ] {
        let ids = actor_ids(&extract("ar", "2010-04-17", text));
        assert!(!ids.iter().any(|id| id.starts_with("person/")), "{text}: {ids:?}");
    }
}

/// An acting envoy posted to a country ("بالمبعوثة الأممية بالإنابة إلى
/// ليبيا X") is the name after the post; "..., داعيا" calls on someone.
#[test]
fn an_acting_envoy_and_a_call_in_a_participle() {
    let text = "التقى رئيس المجلس الرئاسي محمد المنفي، صباح اليوم، بالمبعوثة الأممية بالإنابة إلى ليبيا سارة الحسيني. وأكد المنفي رفضه لأي تدخل خارجي، داعيا البعثة الأممية إلى دعم جهود توحيد المؤسسة العسكرية.";
    let d = extract("ar", "2024-08-27", text);
    let ev = events(&d);
    let meeting = ev.iter().find(|e| e.0 == "meeting").unwrap_or_else(|| panic!("{ev:?}"));
    assert!(meeting.3.iter().any(|(a, _)| a.starts_with("person/s")), "{ev:?}");
    let appeal = ev.iter().find(|e| e.0 == "appeal").unwrap_or_else(|| panic!("{ev:?}"));
    assert!(appeal.3.contains(&("person/mohamed-al-menfi".into(), "agent".into())), "{ev:?}");
}

/// A Latin title's country after "des"/"of the" ("l'ambassadeur des
/// États-Unis") and where the post is held ("américain à Tunis", "in
/// Tunis") lead to the apposed name, who belongs to the title's country.
#[test]
fn an_ambassadors_country_and_post_in_latin_script() {
    for (lang, text, country) in [
        (
            "fr",
            "Le ministre a reçu, lundi, l'ambassadeur des États-Unis à Tunis, Joey Hood.",
            "country/united-states",
        ),
        ("fr", "Le ministre a reçu l'ambassadrice des Pays-Bas, Joey Hood.", "country/netherlands"),
        ("fr", "Le ministre a reçu l'ambassadeur américain à Tunis, Joey Hood.", "country/united-states"),
        (
            "en",
            "The minister received the ambassador of the United States in Tunis, Joey Hood.",
            "country/united-states",
        ),
    ] {
        let rel = relations(&extract(lang, "2023-12-05", text));
        assert!(
            rel.contains(&("member_of".into(), "person/joey-hood".into(), country.into())),
            "{text}: {rel:?}"
        );
    }
}

/// A Mauritanian name with one particle and four names ("Mohamed Ahmed
/// Ould Mohamed Lemine") is whole.
#[test]
fn a_lineage_name_with_one_particle_is_whole() {
    let text = "The deal was signed in Nouakchott by Interior Minister Mohamed Ahmed Ould Mohamed Lemine and EU Commissioner Ylva Johansson.";
    let ids = actor_ids(&extract("en", "2024-07-09", text));
    assert!(ids.contains(&"person/mohamed-ahmed-ould-mohamed-lemine".to_string()), "{ids:?}");
}

/// "The deal was signed by X and Y" after the signing is told: the same
/// agreement, now with its signatories.
#[test]
fn the_deal_signed_is_the_agreement_told_before() {
    let text = "Mauritania and the European Union signed an agreement on Monday to curb irregular migration, officials said. The deal was signed in Nouakchott by Interior Minister Mohamed Ahmed Ould Mohamed Lemine and EU Commissioner Ylva Johansson.";
    let ev = events(&extract("en", "2024-07-09", text));
    let agreements: Vec<&Summary> = ev.iter().filter(|e| e.0 == "agreement").collect();
    assert_eq!(agreements.len(), 1, "{ev:?}");
    assert_eq!(agreements[0].2.as_deref(), Some("2024-07-08"), "{ev:?}");
    assert!(agreements[0].3.iter().any(|(a, _)| a == "person/ylva-johansson"), "{ev:?}");
}

/// The seat of an organization the text names stands for it ("Brussels"
/// beside the European Union), else the capital stands for its country.
#[test]
fn a_seat_stands_for_the_organization_the_text_names() {
    let text = "Mauritania and the European Union signed an agreement on Monday, with Brussels pledging 210 million euros in aid.";
    let ids = actor_ids(&extract("en", "2024-07-09", text));
    assert!(!ids.contains(&"country/belgium".to_string()), "{ids:?}");
    let text = "Brussels is pledging 210 million euros to Mauritania.";
    let ids = actor_ids(&extract("en", "2024-07-09", text));
    assert!(ids.contains(&"country/belgium".to_string()), "{ids:?}");
}

/// "X and Y arrested": the forces listed with the subject before the verb
/// act too, over a country that qualifies one of them ("and Belgium's
/// Federal Police", "and Moroccan DGST officers", "et la police fédérale").
#[test]
fn forces_listed_with_the_subject_all_arrest() {
    for (lang, text) in [
        (
            "en",
            "Dutch police and Belgium's Federal Police arrested five people in Rotterdam and Antwerp on Tuesday.",
        ),
        ("en", "Spanish police and Moroccan DGST officers arrested five people on Tuesday."),
        ("fr", "La police néerlandaise et la police fédérale belge ont arrêté cinq personnes mardi."),
    ] {
        let ev = events(&extract(lang, "2025-03-20", text));
        let arrest = ev.iter().find(|e| e.0 == "arrest").unwrap_or_else(|| panic!("{text}: {ev:?}"));
        let agents = arrest.3.iter().filter(|(_, r)| r == "agent").count();
        assert_eq!(agents, 2, "{text}: {ev:?}");
    }
}

/// "le ministère" after a minister is named stands for the ministry the
/// minister leads (by title or dated role), after "du" too: the author of
/// "indique un communiqué du ministère".
#[test]
fn the_ministry_of_a_minister_named_before() {
    let text = "Le ministre de l'Intérieur, Kamel Feki, a reçu lundi l'ambassadeur. Les deux parties ont également évoqué la lutte contre le terrorisme, indique un communiqué du ministère.";
    let ev = events(&extract("fr", "2023-12-05", text));
    let st = ev.iter().find(|e| e.0 == "statement").unwrap_or_else(|| panic!("{ev:?}"));
    assert!(st.3.contains(&("organization/tunisia-ministry-interior".into(), "agent".into())), "{ev:?}");
}

/// "du groupe de travail": a group with a complement of its own is no
/// armed group named before, though "du" opens a description.
#[test]
fn a_working_group_is_no_armed_group() {
    let text = "Daech a revendiqué l'attaque. Le ministre a présidé mardi la réunion du groupe de travail sur la migration.";
    let m = mention_texts(&extract("fr", "2024-05-01", text));
    assert!(!m.iter().any(|(_, t)| t.contains("groupe")), "{text}: {m:?}");
}

/// A dateline with its date and agency before the dash ("عمان 22 تشرين
/// الأول (بترا) -") names the city (Amman, not Oman), and a state noun with
/// no country of its own in that article is the dateline's state; one with
/// a complement ("الأجهزة الأمنية للبلدين") is not.
#[test]
fn a_long_dateline_and_its_states_security_services() {
    let text = "عمان 22 تشرين الأول (بترا) - ألقت الأجهزة الأمنية القبض على خلية خططت لتنفيذ أعمال إرهابية.";
    let d = extract("ar", "2024-10-22", text);
    let ids = actor_ids(&d);
    assert!(
        ids.contains(&"location/amman".to_string()) && !ids.contains(&"country/oman".to_string()),
        "{ids:?}"
    );
    let ev = events(&d);
    let arrest = ev.iter().find(|e| e.0 == "arrest").unwrap_or_else(|| panic!("{ev:?}"));
    assert!(arrest.3.contains(&("country/jordan".into(), "agent".into())), "{ev:?}");
    let text = "عمان 22 تشرين الأول (بترا) - بحث الوزيران تطوير التعاون بين الأجهزة الأمنية للبلدين.";
    let m = mention_texts(&extract("ar", "2024-10-22", text));
    assert!(!m.iter().any(|(_, t)| t.contains("الأجهزة")), "{text}: {m:?}");
}

/// A reception of a state's delegation ("a reçu ... une délégation russe")
/// has that state as the guest, and "les deux parties" who then sign are
/// the host and that state.
#[test]
fn a_received_delegation_is_its_states() {
    let text = "Le général Abdourahamane Tiani a reçu vendredi à Niamey une délégation russe conduite par un vice-ministre. Les deux parties ont signé un accord de coopération militaire.";
    let ev = events(&extract("fr", "2024-11-19", text));
    let visit = ev.iter().find(|e| e.0 == "visit").unwrap_or_else(|| panic!("{ev:?}"));
    assert!(visit.3.contains(&("country/russia".into(), "agent".into())), "{ev:?}");
    assert!(visit.3.contains(&("person/abdourahamane-tiani".into(), "host".into())), "{ev:?}");
    let deal = ev.iter().find(|e| e.0 == "agreement").unwrap_or_else(|| panic!("{ev:?}"));
    assert!(deal.3.contains(&("country/russia".into(), "participant".into())), "{ev:?}");
}

/// "a Turkish security delegation": a country adjective one lower-case word
/// before a state noun names the state, in English as in French.
#[test]
fn a_delegation_with_a_modifier_is_its_states() {
    let text = "Interior Minister Kamel Feki received a Turkish security delegation on Friday.";
    let ev = events(&extract("en", "2024-11-19", text));
    let visit = ev.iter().find(|e| e.0 == "visit").unwrap_or_else(|| panic!("{ev:?}"));
    assert!(visit.3.contains(&("country/turkey".into(), "agent".into())), "{ev:?}");
}

/// India's "External Affairs Minister" is a foreign minister: the title
/// opens the name after it (an initial too) and names the state.
#[test]
fn an_external_affairs_minister_is_a_foreign_minister() {
    let text = "Indian External Affairs Minister S. Jaishankar met Sheikh Abdullah bin Zayed in Abu Dhabi.";
    let d = extract("en", "2025-02-18", text);
    let m = mention_texts(&d);
    assert!(m.iter().any(|(id, t)| id.starts_with("person/") && t == "S. Jaishankar"), "{m:?}");
    assert!(m.iter().any(|(id, _)| id == "country/india"), "{m:?}");
}

/// "X warned that the group would target ..." is a statement and a threat,
/// not a tip passed to the state named in what is said; "Houthi" alone
/// names the group.
#[test]
fn a_warning_is_a_statement_and_its_content_a_threat() {
    let text = "Houthi spokesman Yahya Saree warned on Monday that the group would target any ship linked to Israel.";
    let ev = events(&extract("en", "2025-02-18", text));
    assert!(!ev.iter().any(|e| e.0 == "intelligence_sharing"), "{ev:?}");
    assert!(ev.iter().any(|e| e.0 == "statement"), "{ev:?}");
    let threat = ev.iter().find(|e| e.0 == "threat").unwrap_or_else(|| panic!("{ev:?}"));
    assert!(threat.3.contains(&("group/houthis".into(), "agent".into())), "{ev:?}");
    assert!(threat.3.contains(&("country/israel".into(), "target".into())), "{ev:?}");
}

/// An attack called imminent or potential has not happened.
#[test]
fn an_imminent_attack_is_hypothetical() {
    let text = "Moroccan intelligence alerted Spanish authorities to an imminent attack.";
    let ev = events(&extract("en", "2025-02-18", text));
    let attack = ev.iter().find(|e| e.0 == "attack").unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(attack.1, "hypothetical", "{ev:?}");
    assert!(ev.iter().any(|e| e.0 == "intelligence_sharing"), "{ev:?}");
}

/// A title right after a known person's name is theirs, even when the
/// gazetteer's dated roles give the post to someone else at that date: the
/// text names its holder.
#[test]
fn a_title_after_a_name_is_theirs_whatever_the_dated_roles_say() {
    let text =
        "استقبل رئيس مجلس الوزراء بمكتبه اليوم السيد ويليام بيرنز مدير وكالة المخابرات المركزية الأمريكية.";
    for date in ["2024-03-12", "2025-03-12"] {
        let ids = actor_ids(&extract("ar", date, text));
        assert!(ids.contains(&"person/william-burns".to_string()), "{date}: {ids:?}");
        assert!(!ids.contains(&"person/john-ratcliffe".to_string()), "{date}: {ids:?}");
    }
}

/// In French and English too, a state's own forces named with no country
/// ("les forces de sécurité", "the authorities") in a sentence naming no
/// other are the dateline's state; a delegation is a visitor, and a
/// country adjective before the noun names its own state.
#[test]
fn latin_home_forces_are_the_datelines_state() {
    let cases = [
        (
            "fr",
            "Nouakchott, 03/12/2024 (AMI) – Les forces de sécurité ont interpellé la semaine dernière à Nouadhibou un réseau de passeurs.",
            "country/mauritania",
        ),
        (
            "en",
            "RABAT (Reuters) - The authorities arrested five suspects in Tangier on Monday.",
            "country/morocco",
        ),
        (
            "en",
            "RABAT (Reuters) - Spanish security forces arrested five suspects on Monday.",
            "country/spain",
        ),
    ];
    for (lang, text, agent) in cases {
        let ev = events(&extract(lang, "2024-12-03", text));
        let arrest = ev.iter().find(|e| e.0 == "arrest").unwrap_or_else(|| panic!("{text}: {ev:?}"));
        assert!(arrest.3.contains(&(agent.into(), "agent".into())), "{text}: {ev:?}");
        assert_eq!(arrest.3.iter().filter(|p| p.1 == "agent").count(), 1, "{text}: {ev:?}");
    }
    let text = "RABAT (Reuters) - A delegation arrived on Monday to discuss security.";
    let ids = actor_ids(&extract("en", "2024-12-03", text));
    assert!(!ids.contains(&"country/morocco".to_string()), "{ids:?}");
}

/// A speaker of parliament, a bare envoy with a country adjective and a
/// caretaker prime minister open the names after them, in the three
/// languages.
#[test]
fn speakers_envoys_and_caretaker_heads_of_government() {
    let cases = [
        (
            "ar",
            "التقى رئيس مجلس النواب نبيه بري في عين التينة، المبعوث الأمريكي آموس هوكشتاين.",
            &["نبيه بري", "آموس هوكشتاين"][..],
        ),
        (
            "ar",
            "التقى رئيس حكومة تصريف الأعمال نجيب ميقاتي المبعوث الفرنسي جان إيف لودريان.",
            &["نجيب ميقاتي", "جان إيف لودريان"][..],
        ),
        (
            "en",
            "Parliament Speaker Nabih Berri met US envoy Amos Hochstein.",
            &["Nabih Berri", "Amos Hochstein"][..],
        ),
        (
            "fr",
            "Le président du Parlement Nabih Berri a reçu l'envoyé américain Amos Hochstein.",
            &["Nabih Berri", "Amos Hochstein"][..],
        ),
    ];
    for (lang, text, names) in cases {
        let m = mention_texts(&extract(lang, "2024-11-05", text));
        for name in names {
            assert!(m.iter().any(|(id, t)| id.starts_with("person/") && t == name), "{text}: {name}: {m:?}");
        }
    }
}

/// "الأجهزة الأمنية بوزارة الداخلية": a letter glued to an agency after
/// the staff named before ties it to them (its services), it does not
/// make the agency a partner; the agency acts.
#[test]
fn an_agencys_services_joined_by_a_glued_letter_act_for_it() {
    let text = "تمكنت الأجهزة الأمنية بوزارة الداخلية من القبض على عنصرين إرهابيين.";
    let ev = events(&extract("ar", "2024-08-20", text));
    let arrest = ev.iter().find(|e| e.0 == "arrest").unwrap_or_else(|| panic!("{ev:?}"));
    assert!(arrest.3.iter().any(|(a, r)| a.contains("ministry-interior") && r == "agent"), "{ev:?}");
}

/// "les services marocains" are Morocco's; a state's services named as
/// partners ("en coordination avec les services américains") take part in
/// an arrest, they do not make it.
#[test]
fn partner_services_take_part_in_an_arrest() {
    let text = "Les services marocains ont démantelé une cellule terroriste à Tétouan en coordination avec les services espagnols.";
    let ev = events(&extract("fr", "2024-05-15", text));
    let arrest = ev.iter().find(|e| e.0 == "arrest").unwrap_or_else(|| panic!("{ev:?}"));
    assert!(arrest.3.contains(&("country/morocco".into(), "agent".into())), "{ev:?}");
    assert!(arrest.3.contains(&("country/spain".into(), "participant".into())), "{ev:?}");
    let text = "Le démantèlement, en coordination avec les services américains, d'une cellule affiliée à Daech a eu lieu à Tétouan.";
    let ev = events(&extract("fr", "2024-05-15", text));
    let arrest = ev.iter().find(|e| e.0 == "arrest").unwrap_or_else(|| panic!("{ev:?}"));
    assert!(!arrest.3.contains(&("country/united-states".into(), "agent".into())), "{ev:?}");
}

/// A state named by adjective far after an attack, in another clause, is
/// not what the attack was against.
#[test]
fn a_far_state_is_no_attacks_target() {
    let text = "Un homme soupçonné de préparer un attentat a été interpellé mardi à Lyon par la police judiciaire, a annoncé mercredi le ministre de l'Intérieur, qui a remercié les services tunisiens.";
    let ev = events(&extract("fr", "2024-05-15", text));
    let attack = ev.iter().find(|e| e.0 == "attack").unwrap_or_else(|| panic!("{ev:?}"));
    assert!(!attack.3.iter().any(|(a, _)| a == "country/tunisia"), "{ev:?}");
}

/// A national security adviser's title opens the name after it; a force
/// named by its air arm and an adjective ("الطيران العراقي") is an agency
/// that strikes, not the body that announced the strike.
#[test]
fn an_air_strike_is_the_air_forces_not_its_announcers() {
    let text = "أعلنت خلية الإعلام الأمني، اليوم الثلاثاء، عن مقتل إرهابيين اثنين بضربة جوية للطيران العراقي.";
    let ev = events(&extract("ar", "2024-12-10", text));
    let attack = ev.iter().find(|e| e.0 == "attack").unwrap_or_else(|| panic!("{ev:?}"));
    assert!(attack.3.iter().any(|(a, r)| a.contains("air-force") && r == "agent"), "{ev:?}");
    assert!(!attack.3.iter().any(|(a, _)| a.contains("media-cell")), "{ev:?}");
    let text = "بحث مستشار الأمن القومي قاسم الأعرجي مع السفيرة الأمريكية ملف مخيم الهول.";
    let m = mention_texts(&extract("ar", "2024-12-10", text));
    assert!(m.iter().any(|(id, t)| id.starts_with("person/") && t == "قاسم الأعرجي"), "{m:?}");
    let text = "National Security Adviser Jake Sullivan met the Saudi crown prince.";
    let m = mention_texts(&extract("en", "2024-12-10", text));
    assert!(m.iter().any(|(id, t)| id.starts_with("person/") && t == "Jake Sullivan"), "{m:?}");
}

/// A medium that received a statement is not its author, and a medium
/// takes part in no event but statements ("received by Reuters" is no
/// reception).
#[test]
fn a_medium_receives_statements_and_hosts_nothing() {
    let text = "وقالت خلية الإعلام الأمني في بيان تلقته وكالة الأنباء العراقية (واع)، إن طائرات القوة الجوية العراقية نفذت ضربة جوية.";
    let ev = events(&extract("ar", "2024-12-10", text));
    let st = ev.iter().find(|e| e.0 == "statement").unwrap_or_else(|| panic!("{ev:?}"));
    assert!(st.3.iter().any(|(a, r)| a.contains("media-cell") && r == "agent"), "{ev:?}");
    let text = "The ministry said in a statement received by Reuters that two suspects were arrested.";
    let ev = events(&extract("en", "2024-12-10", text));
    assert!(!ev.iter().any(|e| e.3.iter().any(|(a, _)| a == "media/reuters")), "{ev:?}");
}

/// A word that opens a cue as written keeps its letters: "وكالة" is no
/// conjunction, preposition and a cue starting "اله" ("الهيئة").
#[test]
fn an_agency_word_keeps_its_first_letters() {
    let text = "نقلت وكالة الاستخبارات العراقية الخبر.";
    let m = mention_texts(&extract("ar", "2024-12-10", text));
    assert!(
        m.iter().any(|(id, t)| id.starts_with("organization/") && t == "وكالة الاستخبارات العراقية"),
        "{m:?}"
    );
}

/// A name written with a hamza on its first alef ("ألينا", "ألكسندر") has
/// no article: it opens a name after a title, and its Latin form has no
/// "al-".
#[test]
fn a_hamza_alef_is_no_article() {
    let cases = [
        (
            "بحث الوزير مع السفيرة الأمريكية ألينا رومانوسكي ملف المخيم.",
            "ألينا رومانوسكي",
            "Alina Roumanouski",
        ),
        ("استقبل الوزير السفير الروسي ألكسندر زاسيبكين.", "ألكسندر زاسيبكين", "Alksndr Zasibkin"),
    ];
    for (text, name, latin) in cases {
        let d = extract("ar", "2024-12-10", text);
        let m = mention_texts(&d);
        let (id, _) = m.iter().find(|(_, t)| t == name).unwrap_or_else(|| panic!("{text}: {m:?}"));
        let v = serde_json::to_value(&d).unwrap();
        let actor = v["actors"].as_array().unwrap().iter().find(|a| a["id"] == id.as_str()).unwrap();
        assert_eq!(actor["name"], latin, "{text}");
    }
}

/// ", a senior State Department official told reporters" attributes the
/// sentence: the agency named there is its source, no party to the
/// agreement it reports.
#[test]
fn told_reporters_attributes_a_sentence() {
    let text = "The two sides signed a memorandum on nuclear security, a senior State Department official told reporters.";
    let ev = events(&extract("en", "2024-03-21", text));
    assert!(
        !ev.iter()
            .any(|e| e.0 != "statement" && e.3.iter().any(|(a, _)| a == "organization/us-ministry-foreign")),
        "{ev:?}"
    );
}

/// Clashes are attacks: the group fights, the state force named with
/// "between" is the other side; the CSP of northern Mali is the Azawad
/// front.
#[test]
fn clashes_between_a_force_and_a_group() {
    let cases = [
        ("ar", "اندلعت اشتباكات عنيفة بين الجيش المالي ومسلحي جبهة تحرير أزواد قرب تين زواتين."),
        ("en", "Heavy fighting broke out between the Malian army and rebels of the Azawad Liberation Front."),
        (
            "fr",
            "De violents combats ont éclaté entre l'armée malienne et les rebelles du Cadre stratégique permanent (CSP).",
        ),
    ];
    for (lang, text) in cases {
        let ev = events(&extract(lang, "2024-07-30", text));
        let attack = ev.iter().find(|e| e.0 == "attack").unwrap_or_else(|| panic!("{text}: {ev:?}"));
        assert!(attack.3.contains(&("group/fla-mali".into(), "agent".into())), "{text}: {ev:?}");
        assert!(attack.3.contains(&("organization/mali-fama".into(), "target".into())), "{text}: {ev:?}");
    }
}

/// Where a reception takes place ("au siège du ministère", "بمقر
/// الوزارة") is no participant nor guest; an ambassador's post may be
/// glued to its preposition ("سفير الولايات المتحدة بتونس X"); in English
/// a state's name before a title stands as its adjective ("U.S.
/// Ambassador X").
#[test]
fn a_reception_at_a_ministrys_seat() {
    let cases = [
        (
            "fr",
            "Le ministre de l'Intérieur, Khaled Nouri, a reçu, mercredi, au siège du ministère, l'ambassadeur des Etats-Unis à Tunis, Joey Hood.",
        ),
        (
            "ar",
            "استقبل وزير الداخلية خالد النوري، الأربعاء، بمقر الوزارة، سفير الولايات المتحدة بتونس جوي هود.",
        ),
        (
            "en",
            "Interior Minister Khaled Nouri received U.S. Ambassador Joey Hood at the headquarters of the ministry on Wednesday.",
        ),
    ];
    for (lang, text) in cases {
        let d = extract(lang, "2024-10-16", text);
        let ev = events(&d);
        let visit = ev.iter().find(|e| e.0 == "visit").unwrap_or_else(|| panic!("{text}: {ev:?}"));
        assert!(visit.3.contains(&("person/khaled-nouri".into(), "host".into())), "{text}: {ev:?}");
        assert!(visit.3.iter().any(|(a, r)| a.starts_with("person/jo") && r == "agent"), "{text}: {ev:?}");
        assert!(
            !visit.3.iter().any(|(a, _)| a.contains("ministry") || a == "country/united-states"),
            "{text}: {ev:?}"
        );
        let rels = relations(&d);
        assert!(
            rels.iter().any(|r| r.0 == "member_of"
                && r.1.starts_with("person/jo")
                && r.2 == "country/united-states"),
            "{text}: {rels:?}"
        );
    }
}

/// "تسليم المغرب لإسبانيا مواطنا": the state after the handing over gives,
/// the one a glued letter marks receives.
#[test]
fn a_handing_over_goes_to_the_state_after_the_glued_letter() {
    let text =
        "وتأتي هذه العملية بعد أيام من تسليم المغرب لإسبانيا مواطنا مطلوبا في قضايا الاتجار الدولي بالمخدرات.";
    let ev = events(&extract("ar", "2025-02-11", text));
    let j = ev.iter().find(|e| e.0 == "judicial_cooperation").unwrap_or_else(|| panic!("{ev:?}"));
    assert!(j.3.contains(&("country/morocco".into(), "agent".into())), "{ev:?}");
    assert!(j.3.contains(&("country/spain".into(), "target".into())), "{ev:?}");
}

/// Latin letters with no decomposition fold to the letter readers use:
/// "Küçükyılmaz" has the id and key of "Kucukyilmaz".
#[test]
fn a_dotless_i_folds_to_i() {
    let text = "La cérémonie s'est déroulée en présence de l'ambassadeur de Turquie en Algérie, Mehmet Mücahit Küçükyılmaz.";
    let ids = actor_ids(&extract("fr", "2024-11-21", text));
    assert!(ids.contains(&"person/mehmet-mucahit-kucukyilmaz".to_string()), "{ids:?}");
}

/// A description set off by commas beside an agency states its country:
/// the part_of relation has the sentence as evidence. "intelligence
/// service" names an agency: the information is passed by "alerted".
#[test]
fn an_apposed_description_states_an_agencys_country() {
    let cases = [
        (
            "fr",
            "BRUXELLES – La Sûreté de l'État (VSSE), le service de renseignement civil belge, a publié mardi son rapport annuel.",
            "organization/vsse",
            "country/belgium",
        ),
        (
            "en",
            "Morocco's foreign intelligence service, the General Directorate for Studies and Documentation (DGED), alerted Belgian State Security (VSSE).",
            "organization/dged",
            "country/morocco",
        ),
        (
            "en",
            "The DGST, Morocco's domestic intelligence agency, arrested him.",
            "organization/dgst",
            "country/morocco",
        ),
        (
            "en",
            "The case began in 2024, when Morocco's foreign intelligence service, the General Directorate for Studies and Documentation (DGED), alerted Belgian State Security (VSSE).",
            "organization/dged",
            "country/morocco",
        ),
        (
            "en",
            "Europol, the European Union's law enforcement agency, said on Thursday that five people were arrested.",
            "organization/europol",
            "organization/european-union",
        ),
    ];
    for (lang, text, org, country) in cases {
        let rels = stated_relations(&extract(lang, "2024-11-20", text));
        assert!(rels.iter().any(|r| r.0 == "part_of" && r.1 == org && r.2 == country), "{text}: {rels:?}");
    }
    let text = "The DGST, in coordination with Spain's police, arrested him.";
    let d = extract("en", "2024-11-20", text);
    let rels = stated_relations(&d);
    assert!(!rels.iter().any(|r| r.0 == "part_of" && r.2 == "country/spain"), "{rels:?}");
    let ev = events(&d);
    assert!(ev.iter().any(|e| e.3.contains(&("organization/dgst".into(), "agent".into()))), "{ev:?}");
    let text = "The case began in November 2024, when Morocco's foreign intelligence service, the General Directorate for Studies and Documentation (DGED), alerted Belgian State Security (VSSE) to online exchanges.";
    let ev = events(&extract("en", "2024-11-20", text));
    let share = ev.iter().find(|e| e.0 == "intelligence_sharing").unwrap_or_else(|| panic!("{ev:?}"));
    assert!(share.3.contains(&("organization/dged".into(), "agent".into())), "{ev:?}");
    assert!(share.3.contains(&("organization/vsse".into(), "target".into())), "{ev:?}");
}

/// A country adjective after an agency's acronym in brackets ("la Direction
/// générale de la sécurité intérieure (DGSI) française") is the agency's.
#[test]
fn an_adjective_after_an_acronym_states_the_agencys_country() {
    let text = "Les deux responsables ont évoqué la coopération entre la DGST et la Direction générale de la sécurité intérieure (DGSI) française.";
    let rels = stated_relations(&extract("fr", "2024-11-20", text));
    assert!(
        rels.iter().any(|r| r.0 == "part_of" && r.1 == "organization/dgsi" && r.2 == "country/france"),
        "{rels:?}"
    );
}

/// In English a known agency's name may open on its country's adjective
/// ("Belgian State Security", "the Dutch National Police"): the text
/// states the agency's country.
#[test]
fn an_english_agency_name_opening_on_an_adjective_states_its_country() {
    let text = "The Dutch National Police arrested two men after a tip from Belgian State Security (VSSE).";
    let rels = stated_relations(&extract("en", "2025-03-20", text));
    for (org, country) in
        [("organization/dutch-police", "country/netherlands"), ("organization/vsse", "country/belgium")]
    {
        assert!(rels.iter().any(|r| r.0 == "part_of" && r.1 == org && r.2 == country), "{org}: {rels:?}");
    }
}

/// A known agency named with its country's name ("Morocco's Ministry of
/// Justice", "the U.S. Department of Justice") states its country; a clause
/// before a comma is no description of the agency after it ("Moroccan
/// authorities handed over a national, the U.S. Department of Justice
/// said").
#[test]
fn an_agency_named_with_its_countrys_name_states_it() {
    let cases = [
        (
            "The prisoners were transferred, Morocco's Ministry of Justice said.",
            "organization/morocco-ministry-justice",
            "country/morocco",
        ),
        (
            "Moroccan authorities handed over a national, the U.S. Department of Justice said in a statement.",
            "organization/us-ministry-justice",
            "country/united-states",
        ),
    ];
    for (text, org, country) in cases {
        let d = extract("en", "2026-01-22", text);
        let rels = stated_relations(&d);
        assert!(rels.iter().any(|r| r.0 == "part_of" && r.1 == org && r.2 == country), "{text}: {rels:?}");
        assert!(actor_ids(&d).contains(&org.to_string()), "{text}");
    }
}

/// "المبعوث الخاص للأمين العام للأمم المتحدة X": the inner title says whose
/// envoy X is; the Secretary-General takes no part. An ambassador posted
/// "لدى البلاد" (here) is named after it. Receiving a wanted man from a
/// state ("استلامه من السلطات الإماراتية") is judicial cooperation given by
/// that state.
#[test]
fn an_envoys_principal_an_ambassador_here_and_a_received_fugitive() {
    let text = "استقبل وزير الشؤون الخارجية أحمد عطاف، اليوم الإثنين بمقر الوزارة، المبعوث الخاص للأمين العام للأمم المتحدة إلى الصحراء الغربية ستافان دي ميستورا.";
    let d = extract("ar", "2024-10-07", text);
    assert!(!actor_ids(&d).contains(&"person/antonio-guterres".to_string()), "{:?}", actor_ids(&d));
    let ev = events(&d);
    let visit = ev.iter().find(|e| e.0 == "visit").unwrap_or_else(|| panic!("{ev:?}"));
    assert!(visit.3.contains(&("person/staffan-de-mistura".into(), "agent".into())), "{ev:?}");
    let text = "بحث وزير الداخلية مع سفير جمهورية مصر العربية لدى البلاد أسامة شلتوت أوجه التعاون الأمني.";
    let m = mention_texts(&extract("ar", "2024-12-16", text));
    assert!(m.iter().any(|(id, t)| id.starts_with("person/") && t == "أسامة شلتوت"), "{m:?}");
    let text = "نجحت الأجهزة الأمنية المصرية في ضبط متهم هارب صادر ضده حكم بالسجن المؤبد، واستلامه من السلطات الإماراتية.";
    let ev = events(&extract("ar", "2024-05-22", text));
    let j = ev.iter().find(|e| e.0 == "judicial_cooperation").unwrap_or_else(|| panic!("{ev:?}"));
    assert!(j.3.contains(&("country/united-arab-emirates".into(), "agent".into())), "{ev:?}");
}

/// States listed before or after a state noun all name their states:
/// "Iraqi and U.S. officials", "des responsables marocains et espagnols".
#[test]
fn states_listed_with_a_state_noun() {
    let cases = [
        (
            "en",
            "Iraqi and U.S. officials are expected to meet in Washington next month.",
            ["country/iraq", "country/united-states"],
        ),
        (
            "en",
            "Moroccan and German officials last held security talks in Berlin.",
            ["country/morocco", "country/germany"],
        ),
        (
            "fr",
            "Des responsables marocains et espagnols se sont réunis lundi à Rabat.",
            ["country/morocco", "country/spain"],
        ),
    ];
    for (lang, text, states) in cases {
        let ev = events(&extract(lang, "2024-07-18", text));
        for s in states {
            assert!(
                ev.iter().any(|e| e.3.contains(&(s.into(), "participant".into()))),
                "{text}: {s}: {ev:?}"
            );
        }
    }
}

/// "X, qui accompagne le président, doit s'entretenir avec son homologue
/// Y": the counterpart is X's, not that of someone in the relative aside;
/// the infinitive "s'entretenir" is a consultation.
#[test]
fn a_counterpart_skips_a_relative_aside() {
    let text = "Le Premier ministre Michel Barnier est à Rabat. Le ministre de l'Intérieur, Bruno Retailleau, qui accompagne le Premier ministre, doit s'entretenir mardi avec son homologue marocain, Abdelouafi Laftit.";
    let d = extract("fr", "2024-10-29", text);
    let rels = relations(&d);
    let pair = |a: &str, b: &str| {
        rels.iter().any(|r| r.0 == "counterpart_of" && ((r.1 == a && r.2 == b) || (r.1 == b && r.2 == a)))
    };
    assert!(pair("person/bruno-retailleau", "person/abdelouafi-laftit"), "{rels:?}");
    assert!(!pair("person/michel-barnier", "person/abdelouafi-laftit"), "{rels:?}");
    let ev = events(&d);
    assert!(ev.iter().any(|e| e.0 == "consult" && e.1 == "planned"), "{ev:?}");
}

/// A lineage name shortened after a title ("Interior Minister Abdulaziz
/// bin Saud") is the title's holder then when the holder's name begins
/// with it; another lineage, or the same words at a date the holder did
/// not hold the post, is a new person.
#[test]
fn a_shortened_lineage_name_is_the_titles_holder() {
    let holder = "person/abdulaziz-bin-saud-bin-nayef";
    let cases = [
        (
            "2024-11-25",
            "Saudi Interior Minister Abdulaziz bin Saud met his Iraqi counterpart in Riyadh on Sunday.",
            true,
        ),
        (
            "2024-11-25",
            "Saudi Interior Minister Abdulaziz bin Khalid met his Iraqi counterpart in Riyadh on Sunday.",
            false,
        ),
        (
            "2012-11-25",
            "Saudi Interior Minister Abdulaziz bin Saud met his Iraqi counterpart in Riyadh on Sunday.",
            false,
        ),
    ];
    for (published, text, same) in cases {
        let ids = actor_ids(&extract("en", published, text));
        assert_eq!(ids.iter().any(|i| i == holder), same, "{published} {text}: {ids:?}");
        assert!(ids.iter().any(|i| i.starts_with("person/abdulaziz")), "{text}: {ids:?}");
    }
}

/// A police command named by its place ("بولاية أمن طنجة", "مصالح أمن
/// ولاية X", "عناصر مديرية أمن X") places the arrest there.
#[test]
fn a_police_command_named_by_its_place_places_the_arrest() {
    let cases = [
        ("أوقفت عناصر الشرطة القضائية بولاية أمن طنجة مواطنا فرنسيا.", "location/tangier"),
        ("تمكنت عناصر الشرطة القضائية بولاية أمن الدار البيضاء من توقيف مواطن فرنسي.", "location/casablanca"),
        ("أوقفت عناصر مديرية أمن الجيزة متهما بالانتماء إلى جماعة الإخوان.", "location/giza"),
    ];
    for (text, place) in cases {
        let ev = events(&extract("ar", "2024-11-25", text));
        assert!(
            ev.iter().any(|e| e.0 == "arrest" && e.3.contains(&(place.into(), "location".into()))),
            "{text}: {ev:?}"
        );
    }
}

/// A body the gazetteer knows as part of one organization, in construct
/// with another ("الجمعية العامة للأنتربول"), is the other's body: no
/// mention of the first; the full name of the known body still is one.
#[test]
fn a_body_in_construct_with_another_organization_is_its_own() {
    let d = extract(
        "ar",
        "2024-11-25",
        "شارك المدير العام للأمن الوطني في أشغال الدورة الـ92 للجمعية العامة للأنتربول المنعقدة بغلاسكو.",
    );
    let ids = actor_ids(&d);
    assert!(ids.iter().any(|i| i == "organization/interpol"), "{ids:?}");
    assert!(!ids.iter().any(|i| i == "organization/un-general-assembly"), "{ids:?}");
    let d =
        extract("ar", "2024-11-25", "ألقى وزير الخارجية كلمة أمام الجمعية العامة للأمم المتحدة في نيويورك.");
    assert!(actor_ids(&d).iter().any(|i| i == "organization/un-general-assembly"));
}

/// Counterparts named before the information receive it and the giver is
/// the subject ("provided their Spanish counterparts with information",
/// "ont fourni à leurs homologues français des informations", "قدمت ...
/// لنظرائها الإسبان معلومات دقيقة"); a plot ("un projet d'attentat", "an
/// attack plot") is a hypothetical attack.
#[test]
fn counterparts_receive_shared_information_and_a_plot_is_hypothetical() {
    let cases = [
        (
            "en",
            "Morocco's intelligence services provided their Spanish counterparts with information that led to an arrest.",
            "country/morocco",
            "country/spain",
        ),
        (
            "fr",
            "Les services de renseignement marocains ont fourni à leurs homologues français des informations précises sur un projet d'attentat.",
            "country/morocco",
            "country/france",
        ),
        (
            "ar",
            "قدمت الأجهزة الأمنية المغربية لنظرائها الإسبان معلومات دقيقة.",
            "country/morocco",
            "country/spain",
        ),
        (
            "ar",
            "قدمت الأجهزة الأمنية المغربية لنظيرتها الإسبانية معلومات دقيقة.",
            "country/morocco",
            "country/spain",
        ),
    ];
    for (lang, text, giver, receiver) in cases {
        let ev = events(&extract(lang, "2024-11-25", text));
        let share =
            ev.iter().find(|e| e.0 == "intelligence_sharing").unwrap_or_else(|| panic!("{text}: {ev:?}"));
        assert!(share.3.contains(&(giver.into(), "agent".into())), "{text}: {ev:?}");
        assert!(share.3.contains(&(receiver.into(), "target".into())), "{text}: {ev:?}");
        assert!(!share.3.contains(&(receiver.into(), "agent".into())), "{text}: {ev:?}");
    }
    for (lang, text) in [
        ("fr", "Les services marocains ont déjoué un projet d'attentat à Paris."),
        ("en", "British police foiled an attack plot in Manchester."),
    ] {
        let ev = events(&extract(lang, "2024-11-25", text));
        assert!(ev.iter().any(|e| e.0 == "attack" && e.1 == "hypothetical"), "{text}: {ev:?}");
    }
}

/// What a source says happened is reported ("قال مصدر أمني إن ...",
/// "وأضاف المصدر أن ..."), as "said" is in English; an attack of no
/// particular kind ("لأي اعتداء", "toute attaque") is hypothetical.
#[test]
fn a_sources_account_is_reported_and_any_attack_is_none_in_particular() {
    let cases = [
        ("ar", "قال مصدر أمني إن الجيش اللبناني أوقف ثلاثة عناصر من حزب الله.", "arrest", "reported"),
        ("ar", "وأضاف المصدر أن الشرطة الإسبانية أوقفت مشتبها فيه.", "arrest", "reported"),
        ("ar", "أوقفت الشرطة الإسبانية مشتبها فيه.", "arrest", "asserted"),
        (
            "ar",
            "أكدت المملكة الأردنية الهاشمية رفضها القاطع لأي اعتداء على سيادة سوريا.",
            "attack",
            "hypothetical",
        ),
        (
            "fr",
            "La Jordanie a rejeté toute attaque contre la souveraineté de la Syrie.",
            "attack",
            "hypothetical",
        ),
        (
            "en",
            "Jordan warned that any attack on Syria would destabilize the region.",
            "attack",
            "hypothetical",
        ),
        ("en", "Gunmen attacked a police station in Kirkuk on Sunday.", "attack", "asserted"),
    ];
    for (lang, text, kind, modality) in cases {
        let ev = events(&extract(lang, "2024-11-25", text));
        assert!(ev.iter().any(|e| e.0 == kind && e.1 == modality), "{text}: {ev:?}");
    }
}

/// Gulf given names spelled as readers know them ("راشد" is Rashid).
#[test]
fn gulf_given_names_are_spelled_as_read() {
    let text = "استقبل وزير الداخلية الإماراتي في أبوظبي وزير الداخلية البحريني الفريق أول ركن الشيخ راشد بن عبدالله آل خليفة.";
    let ids = actor_ids(&extract("ar", "2024-11-25", text));
    assert!(ids.iter().any(|i| i == "person/rashid-bin-abdullah-al-khalifa"), "{ids:?}");
}

/// A state's force right before a verb of attack strikes the group named
/// after it ("Israeli forces killed three Hamas fighters", "L'armée
/// malienne a tué des combattants du JNIM"); a group before the verb
/// attacks; in a passive the "by" agent attacks; a noun ("after the
/// Paris attacks") has no subject.
#[test]
fn the_subject_of_a_verb_of_attack_attacks() {
    let cases = [
        (
            "en",
            "Israeli forces killed three Hamas fighters in Gaza on Sunday.",
            "country/israel",
            Some("group/hamas"),
        ),
        (
            "fr",
            "L'armée malienne a tué plusieurs combattants du JNIM près de Tombouctou.",
            "organization/mali-fama",
            Some("group/jnim"),
        ),
        (
            "en",
            "U.S. forces killed a senior Islamic State leader in Syria.",
            "country/united-states",
            Some("group/isis"),
        ),
        ("en", "Hamas attacked Israeli forces in Gaza on Sunday.", "group/hamas", Some("country/israel")),
        (
            "fr",
            "Trois soldats nigériens ont été tués par l'État islamique au Sahel.",
            "group/is-sahel",
            Some("country/niger"),
        ),
        (
            "en",
            "Jihadists killed 12 Burkinabe soldiers near Djibo on Saturday.",
            "",
            Some("country/burkina-faso"),
        ),
    ];
    for (lang, text, agent, target) in cases {
        let ev = events(&extract(lang, "2024-11-25", text));
        let a = ev.iter().find(|e| e.0 == "attack").unwrap_or_else(|| panic!("{text}: {ev:?}"));
        if agent.is_empty() {
            assert!(!a.3.iter().any(|(_, r)| r == "agent"), "{text}: {ev:?}");
        } else {
            assert!(a.3.contains(&(agent.into(), "agent".into())), "{text}: {ev:?}");
        }
        if let Some(t) = target {
            assert!(a.3.contains(&(t.into(), "target".into())), "{text}: {ev:?}");
            assert!(!a.3.contains(&(t.into(), "agent".into())), "{text}: {ev:?}");
        }
    }
    let text = "Des renseignements fournis par le Maroc avaient aidé les enquêteurs français après les attentats de Paris.";
    let ev = events(&extract("fr", "2024-11-25", text));
    assert!(!ev.iter().any(|e| e.0 == "attack" && e.3.iter().any(|(_, r)| r == "agent")), "{ev:?}");
}

/// An attack said to be imminent or potential right after its noun ("هجوم
/// وشيك", "un attentat imminent") has not happened.
#[test]
fn an_imminent_attack_after_its_noun_is_hypothetical() {
    for (lang, text) in [
        ("ar", "نبهت المديرية العامة لمراقبة التراب الوطني السلطات الفرنسية إلى هجوم وشيك في باريس."),
        ("fr", "La DGST a averti les services français d'un attentat imminent à Paris."),
    ] {
        let ev = events(&extract(lang, "2024-11-25", text));
        assert!(ev.iter().any(|e| e.0 == "attack" && e.1 == "hypothetical"), "{text}: {ev:?}");
        assert!(!ev.iter().any(|e| e.0 == "attack" && e.1 == "asserted"), "{text}: {ev:?}");
    }
}

/// What is told on someone's word after the clause ("..., the interior
/// ministry said", "..., a annoncé le parquet") is reported, its source no
/// party to it; with no attribution it is asserted.
#[test]
fn an_attribution_after_the_clause_reports_it() {
    let cases = [
        ("en", "Police arrested five men in Mosul on Tuesday, the interior ministry said.", "reported"),
        (
            "fr",
            "Un ressortissant belge a été extradé mercredi par l'Espagne vers la Belgique, a annoncé le parquet fédéral.",
            "reported",
        ),
        ("en", "Police arrested five men in Mosul on Tuesday.", "asserted"),
    ];
    for (lang, text, modality) in cases {
        let ev = events(&extract(lang, "2025-03-12", text));
        assert!(ev.iter().any(|e| e.0 != "statement" && e.1 == modality), "{text}: {ev:?}");
        assert!(!ev.iter().any(|e| e.0 != "statement" && e.1 != modality), "{text}: {ev:?}");
    }
}

/// "معلومات قدمتها X" (information X provided) is X sharing it.
#[test]
fn information_provided_by_an_agency_is_shared_by_it() {
    let text =
        "مكنت معلومات قدمتها المديرية العامة لمراقبة التراب الوطني من إحباط مخطط إرهابي بمدينة ميونيخ.";
    let ev = events(&extract("ar", "2025-03-12", text));
    assert!(
        ev.iter()
            .any(|e| e.0 == "intelligence_sharing"
                && e.3.contains(&("organization/dgst".into(), "agent".into()))),
        "{ev:?}"
    );
}

/// "X held talks with Y, who is on a working visit", "..., الذي يقوم
/// بزيارة عمل": the visitor is the relative pronoun's antecedent, not the
/// sentence's subject, who hosts.
#[test]
fn the_visitor_is_the_antecedent_of_the_relative_pronoun() {
    let cases = [
        (
            "en",
            "Hammouchi held talks in Rabat with Thomas Haldenwang, who is on a working visit to Morocco.",
            "person/thomas-haldenwang",
        ),
        (
            "fr",
            "Hammouchi s'est entretenu à Rabat avec Thomas Haldenwang, qui effectue une visite de travail au Maroc.",
            "person/thomas-haldenwang",
        ),
        (
            "ar",
            "أجرى عبد اللطيف حموشي بالرباط مباحثات مع مدير جهاز الاستخبارات الداخلية الألماني، الذي يقوم بزيارة عمل للمملكة.",
            "country/germany",
        ),
    ];
    for (lang, text, visitor) in cases {
        let ev = events(&extract(lang, "2025-03-12", text));
        let v = ev.iter().find(|e| e.0 == "visit").unwrap_or_else(|| panic!("{text}: {ev:?}"));
        assert!(v.3.contains(&(visitor.into(), "agent".into())), "{text}: {ev:?}");
        assert!(!v.3.contains(&("person/abdellatif-hammouchi".into(), "agent".into())), "{text}: {ev:?}");
    }
}

/// A meeting agreed on for later ("ont convenu de tenir la prochaine
/// réunion en juin prochain à Tunis", "اتفق الجانبان على عقد الاجتماع
/// المقبل") is a planned meeting; what is agreed to be done ("agreed to
/// step up information sharing") is no happening.
#[test]
fn a_meeting_agreed_on_for_later_is_planned() {
    for (lang, text, month) in [
        (
            "fr",
            "Les deux ministres ont convenu de tenir la prochaine réunion du comité frontalier en juin prochain à Tunis.",
            "2025-06",
        ),
        (
            "ar",
            "واتفق الجانبان على عقد الاجتماع المقبل للجنة الأمنية المشتركة في الرباط خلال شهر يونيو المقبل.",
            "2025-06",
        ),
    ] {
        let ev = events(&extract(lang, "2025-03-12", text));
        assert!(
            ev.iter().any(|e| e.0 == "meeting" && e.1 == "planned" && e.2.as_deref() == Some(month)),
            "{text}: {ev:?}"
        );
    }
    let ev = events(&extract("en", "2025-03-12", "Morocco and Spain agreed to step up information sharing."));
    assert!(!ev.iter().any(|e| e.0 == "intelligence_sharing"), "{ev:?}");
}

/// An official met by title alone stands for the body the title names
/// ("the head of Hamas's political bureau", "رئيس المكتب السياسي لحركة
/// حماس", "le chef du bureau politique du Hamas"); "au Caire" is a place.
#[test]
fn an_official_by_title_alone_brings_the_body_to_the_meeting() {
    let cases = [
        (
            "en",
            "Egypt's intelligence chief Abbas Kamel met the head of Hamas's political bureau in Cairo on Tuesday.",
        ),
        (
            "ar",
            "التقى اللواء عباس كامل رئيس المخابرات العامة المصرية، اليوم، رئيس المكتب السياسي لحركة حماس في القاهرة.",
        ),
        ("fr", "Abbas Kamel a rencontré mardi au Caire le chef du bureau politique du Hamas."),
    ];
    for (lang, text) in cases {
        let ev = events(&extract(lang, "2025-03-12", text));
        let m = ev.iter().find(|e| e.0 == "meeting").unwrap_or_else(|| panic!("{text}: {ev:?}"));
        assert!(m.3.contains(&("group/hamas".into(), "participant".into())), "{text}: {ev:?}");
        assert!(m.3.contains(&("location/cairo".into(), "location".into())), "{text}: {ev:?}");
    }
}

/// A state named as the possessor of its force acts through it
/// ("Kuwait's police arrested", as "Kuwaiti police arrested"); a
/// ministry named without its country is that of the one state the text
/// names.
#[test]
fn a_states_possessive_force_acts_and_a_bare_ministry_is_the_named_states() {
    for (text, agent) in [
        ("Kuwait's police arrested a cell of five people.", "country/kuwait"),
        ("Kuwait's State Security arrested a cell of five people.", "organization/kuwait-state-security"),
    ] {
        let ev = events(&extract("en", "2025-03-12", text));
        assert!(
            ev.iter().any(|e| e.0 == "arrest" && e.3.contains(&(agent.into(), "agent".into()))),
            "{text}: {ev:?}"
        );
    }
    let ev = events(&extract("en", "2025-03-12", "Morocco's tip helped Spain arrest a suspect."));
    assert!(
        !ev.iter().any(|e| e.0 == "arrest" && e.3.contains(&("country/morocco".into(), "agent".into()))),
        "{ev:?}"
    );
    let text =
        "Kuwait's State Security arrested a cell of five people, the interior ministry said in a statement.";
    let ids = actor_ids(&extract("en", "2025-03-12", text));
    assert!(ids.iter().any(|i| i == "organization/kuwait-ministry-interior"), "{ids:?}");
    assert!(!ids.iter().any(|i| i == "organization/ministry-interior"), "{ids:?}");
}

/// A call takes place nowhere, even when the talks it holds are read into
/// it ("لبحث التطورات في غزة": Gaza is what was discussed).
#[test]
fn a_call_has_no_place_even_through_its_talks() {
    let text = "وزير الخارجية المصري يتلقى اتصالا هاتفيا من نظيره السعودي لبحث التطورات في غزة";
    let ev = events(&extract("ar", "2025-03-12", text));
    let call = ev.iter().find(|e| e.0 == "phone_call").unwrap_or_else(|| panic!("{ev:?}"));
    assert!(!call.3.iter().any(|(_, r)| r == "location"), "{ev:?}");
}

/// Deporting foreigners is an expulsion ("deported", "refoulé").
#[test]
fn a_deportation_is_an_expulsion() {
    for (lang, text, agent) in [
        (
            "en",
            "Mauritanian authorities deported 20 Malian nationals suspected of links to JNIM.",
            "country/mauritania",
        ),
        (
            "fr",
            "Les autorités algériennes ont refoulé 300 migrants nigériens vers la frontière.",
            "country/algeria",
        ),
    ] {
        let ev = events(&extract(lang, "2025-03-12", text));
        assert!(
            ev.iter().any(|e| e.0 == "sanction" && e.3.contains(&(agent.into(), "agent".into()))),
            "{text}: {ev:?}"
        );
    }
}

/// "The two countries signed", "ووقع البلدان على اتفاقية", "Les deux pays
/// ont signé": the last two states named are the parties.
#[test]
fn the_two_countries_that_sign_are_the_last_two_named() {
    for (lang, text) in [
        (
            "en",
            "Russia's foreign minister visited Algeria. The two countries signed a counterterrorism agreement.",
        ),
        ("ar", "زار وزير الخارجية الروسي الجزائر. ووقع البلدان على اتفاقية للتعاون في مجال مكافحة الإرهاب."),
        (
            "fr",
            "Le ministre russe des Affaires étrangères s'est rendu en Algérie. Les deux pays ont signé un accord de coopération.",
        ),
    ] {
        let ev = events(&extract(lang, "2025-06-20", text));
        let a = ev.iter().find(|e| e.0 == "agreement").unwrap_or_else(|| panic!("{text}: {ev:?}"));
        for c in ["country/russia", "country/algeria"] {
            assert!(a.3.contains(&(c.into(), "participant".into())), "{text}: {ev:?}");
        }
    }
}

/// States named as the subject before an arrest verb make it ("Morocco
/// and Spain on Thursday dismantled a cell", "Le Maroc et l'Espagne ont
/// démantelé"); not a state a preposition introduces ("In Spain,
/// police arrested", "wanted by Morocco").
#[test]
fn states_named_as_the_subject_arrest() {
    for (lang, text) in [
        ("en", "Morocco and Spain on Thursday dismantled a jihadist cell in a joint operation."),
        ("fr", "Le Maroc et l'Espagne ont démantelé jeudi une cellule terroriste."),
    ] {
        let ev = events(&extract(lang, "2025-06-20", text));
        let a = ev.iter().find(|e| e.0 == "arrest").unwrap_or_else(|| panic!("{text}: {ev:?}"));
        for c in ["country/morocco", "country/spain"] {
            assert!(a.3.contains(&(c.into(), "agent".into())), "{text}: {ev:?}");
        }
    }
    for text in
        ["In Spain, police arrested a Moroccan national.", "A man wanted by Morocco was arrested in Spain."]
    {
        let ev = events(&extract("en", "2025-06-20", text));
        assert!(!ev.iter().any(|e| e.3.iter().any(|(_, r)| r == "agent")), "{text}: {ev:?}");
    }
}

/// A reception told after the visit it belongs to, with no date of its
/// own ("The minister was received by President X"), gives the visit its
/// host.
#[test]
fn a_later_reception_gives_the_visit_its_host() {
    let text = "Spain's Interior Minister Fernando Grande-Marlaska arrived in Nouakchott on Thursday for a two-day visit. The minister was received by Mauritanian President Mohamed Ould Ghazouani.";
    let ev = events(&extract("en", "2025-06-20", text));
    let visits: Vec<_> = ev.iter().filter(|e| e.0 == "visit").collect();
    assert_eq!(visits.len(), 1, "{ev:?}");
    assert!(visits[0].3.contains(&("person/mohamed-ould-ghazouani".into(), "host".into())), "{ev:?}");
    assert!(visits[0].3.contains(&("person/fernando-grande-marlaska".into(), "agent".into())), "{ev:?}");
}

/// Warning someone of something passes information on: the warner shares
/// it with the one warned ("warned Spain of", "a averti les services
/// espagnols d'un", "حذرت ... السلطات الإسبانية من"). A warning with no one
/// warned ("warned of", "حذر الوزير من") shares nothing.
#[test]
fn warning_someone_of_a_danger_shares_information() {
    for (lang, text, agent) in [
        ("en", "The DGST warned Spain of a planned attack in Madrid.", "organization/dgst"),
        ("en", "Moroccan intelligence warned the Spanish authorities about a plot.", "country/morocco"),
        (
            "fr",
            "La DGST a averti les services espagnols d'un projet d'attentat à Madrid.",
            "organization/dgst",
        ),
        (
            "ar",
            "وحذرت المخابرات المغربية السلطات الإسبانية من هجوم وشيك في مدريد.",
            "organization/morocco-intelligence",
        ),
        // The subject before the verb.
        (
            "ar",
            "وكانت المخابرات المغربية قد حذرت نظيرتها الإسبانية من هجوم وشيك في مدريد.",
            "organization/morocco-intelligence",
        ),
    ] {
        let ev = events(&extract(lang, "2025-06-20", text));
        let s = ev.iter().find(|e| e.0 == "intelligence_sharing").unwrap_or_else(|| panic!("{text}: {ev:?}"));
        assert!(s.3.contains(&(agent.into(), "agent".into())), "{text}: {ev:?}");
        assert!(s.3.contains(&("country/spain".into(), "target".into())), "{text}: {ev:?}");
    }
    for (lang, text) in [
        ("en", "The DGST warned of a planned attack in Madrid."),
        ("en", "Spain warned that the Islamic State remains a threat to Morocco."),
        ("fr", "Le ministre espagnol a averti que la menace reste élevée au Maroc."),
        ("ar", "وحذر وزير الداخلية المغربي من تهديدات تنظيم داعش."),
        // An actor ending the clause before is not the subject.
        ("ar", "استقبل الوزير نظيره الإسباني، وحذرت المخابرات المغربية من هجوم وشيك."),
    ] {
        let ev = events(&extract(lang, "2025-06-20", text));
        assert!(!ev.iter().any(|e| e.0 == "intelligence_sharing"), "{text}: {ev:?}");
    }
}

/// A court's sentence is legal action against the accused, coded with
/// arrests (CAMEO 173), when a penalty stands near ("sentenced ... to ten
/// years in prison", "condamné à dix ans de prison", "قضت ... بالسجن");
/// without one the same verbs condemn ("Le Maroc a condamné l'attentat",
/// "أدانت الجزائر الهجوم") or do something else ("قضت القوات على").
#[test]
fn a_prison_sentence_is_legal_action() {
    for (lang, text) in [
        ("en", "A court in Rabat sentenced three members of an ISIS cell to ten years in prison."),
        ("fr", "Le tribunal de Salé a condamné trois membres d'une cellule de Daech à dix ans de prison."),
        ("ar", "قضت محكمة الاستئناف بسلا بالسجن عشر سنوات على ثلاثة أعضاء في خلية موالية لداعش."),
    ] {
        let ev = events(&extract(lang, "2025-06-20", text));
        let a = ev.iter().find(|e| e.0 == "arrest").unwrap_or_else(|| panic!("{text}: {ev:?}"));
        assert!(a.3.contains(&("group/isis".into(), "target".into())), "{text}: {ev:?}");
        assert!(!ev.iter().any(|e| e.0 == "criticism"), "{text}: {ev:?}");
    }
    for (lang, text) in [
        ("fr", "Le Maroc a condamné fermement l'attentat de Paris."),
        ("ar", "وأدانت الجزائر الهجوم الإرهابي في باماكو."),
        ("en", "Morocco condemned the attack in Paris."),
    ] {
        let ev = events(&extract(lang, "2025-06-20", text));
        assert!(ev.iter().any(|e| e.0 == "criticism"), "{text}: {ev:?}");
        assert!(!ev.iter().any(|e| e.0 == "arrest"), "{text}: {ev:?}");
    }
}

/// The staff of a province's command act in it, with what they serve
/// between ("les services de sécurité de la wilaya d'Oran ont arrêté",
/// "مصالح أمن ولاية الجزائر"): the arrest is located there.
#[test]
fn the_staff_of_a_province_arrest_in_it() {
    for (lang, text, place) in [
        ("fr", "Les services de sécurité de la wilaya d'Oran ont arrêté trois personnes.", "location/oran"),
        ("fr", "La police a arrêté trois personnes dans la wilaya d'Oran.", "location/oran"),
        ("ar", "وأوقفت مصالح أمن ولاية الجزائر ثلاثة أشخاص.", "location/algiers"),
    ] {
        let ev = events(&extract(lang, "2025-06-20", text));
        let a = ev.iter().find(|e| e.0 == "arrest").unwrap_or_else(|| panic!("{text}: {ev:?}"));
        assert!(a.3.contains(&(place.into(), "location".into())), "{text}: {ev:?}");
    }
}

/// A state recalling its own ambassador reduces relations (a sanction,
/// CAMEO 161), and "for consultations" is no talks; summoning another's
/// ambassador stays a summons.
#[test]
fn recalling_an_ambassador_reduces_relations() {
    for (lang, text) in [
        ("en", "Algeria recalled its ambassador to France for consultations."),
        ("fr", "L'Algérie a rappelé son ambassadeur à Paris pour consultations."),
        ("ar", "أعلنت الجزائر استدعاء سفيرها في باريس للتشاور."),
    ] {
        let d = extract(lang, "2025-02-10", text);
        let v = serde_json::to_value(&d).unwrap();
        let evs = v["events"].as_array().unwrap();
        assert_eq!(evs.len(), 1, "{text}: {evs:?}");
        assert_eq!(
            (evs[0]["type"].as_str(), evs[0]["cameo"].as_str()),
            (Some("sanction"), Some("161")),
            "{text}"
        );
        let ev = events(&d);
        assert!(ev[0].3.contains(&("country/algeria".into(), "agent".into())), "{text}: {ev:?}");
    }
    let ev =
        events(&extract("ar", "2025-02-10", "استدعت وزارة الخارجية المغربية السفير الجزائري في الرباط."));
    assert!(ev.iter().any(|e| e.0 == "criticism") && !ev.iter().any(|e| e.0 == "sanction"), "{ev:?}");
}

/// A foiled plot did not happen: the attack it planned is hypothetical
/// ("foiled a plot by ... to attack", "ont déjoué un projet d'attentat",
/// "أحبطت ... مخططا ... لاستهداف").
#[test]
fn a_foiled_plot_is_no_attack_that_happened() {
    for (lang, text) in [
        (
            "en",
            "Jordanian intelligence foiled a plot by Islamic State militants to attack targets in Amman, state media reported on Tuesday.",
        ),
        (
            "fr",
            "Les services de renseignement jordaniens ont déjoué un projet d'attentat de l'État islamique à Amman.",
        ),
        ("ar", "أحبطت المخابرات الأردنية مخططا إرهابيا لتنظيم داعش لاستهداف مواقع في عمان."),
    ] {
        let ev = events(&extract(lang, "2025-02-10", text));
        let a = ev.iter().find(|e| e.0 == "attack").unwrap_or_else(|| panic!("{text}: {ev:?}"));
        assert_eq!(a.1, "hypothetical", "{text}: {ev:?}");
    }
}

/// Agreeing with a time between the verb and what is agreed ("agreed on
/// Sunday to boost security cooperation") is an intent to cooperate; a
/// state's name holding its adjective ("Saudi" in "Saudi Arabia") is one
/// mention.
#[test]
fn agreeing_on_a_day_to_cooperate_is_intent() {
    let text = "Egypt and Saudi Arabia agreed on Sunday to boost security cooperation.";
    let d = extract("en", "2025-02-10", text);
    let ev = events(&d);
    let e = ev.iter().find(|e| e.0 == "intent_to_cooperate").unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(e.2.as_deref(), Some("2025-02-09"), "{ev:?}");
    for c in ["country/egypt", "country/saudi-arabia"] {
        assert!(e.3.iter().any(|(a, _)| a == c), "{ev:?}");
    }
    let v = serde_json::to_value(&d).unwrap();
    let saudi = v["actors"].as_array().unwrap().iter().find(|a| a["id"] == "country/saudi-arabia").unwrap();
    assert_eq!(saudi["mentions"].as_array().unwrap().len(), 1, "{saudi}");
    let ev = events(&extract("en", "2025-02-10", "The two ministers agreed that the talks were useful."));
    assert!(!ev.iter().any(|e| e.0 == "intent_to_cooperate"), "{ev:?}");
}

/// (type, source, target) of every relation.
fn relation_triples(d: &TiesDoc) -> Vec<(String, String, String)> {
    let v = serde_json::to_value(d).unwrap();
    v["relations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let s = |k: &str| r[k].as_str().unwrap_or_default().to_string();
            (s("type"), s("source"), s("target"))
        })
        .collect()
}

/// A deputy serves in the agency without leading it ("le directeur
/// adjoint de la DGSN, X", "نائب المدير العام للأمن الوطني X"), and an
/// unnamed deputy ("son directeur adjoint", "يقوده نائب المدير") is not
/// the agency's head named before.
#[test]
fn a_deputy_serves_in_the_agency_and_is_not_its_head() {
    for (lang, text) in [
        ("fr", "Le directeur adjoint de la DGSN, Karim Tazi, a reçu mardi une délégation belge."),
        ("ar", "استقبل نائب المدير العام للأمن الوطني كريم التازي وفدا بلجيكيا."),
    ] {
        let d = extract(lang, "2025-03-05", text);
        let rels = relation_triples(&d);
        let person = rels
            .iter()
            .find(|(t, _, o)| t == "member_of" && o == "organization/dgsn")
            .map(|(_, s, _)| s.clone())
            .unwrap_or_else(|| panic!("{text}: {rels:?}"));
        assert!(person.starts_with("person/karim-"), "{text}: {rels:?}");
        assert!(!rels.iter().any(|(t, _, o)| t == "leads" && o == "organization/dgsn"), "{text}: {rels:?}");
    }
    for (lang, text) in [
        (
            "fr",
            "Le directeur général de la Sûreté nationale, Abdellatif Hammouchi, a reçu mardi à Rabat une délégation du FBI conduite par son directeur adjoint.",
        ),
        ("ar", "استقبل عبد اللطيف حموشي وفدا أمريكيا يقوده نائب المدير."),
    ] {
        let d = extract(lang, "2025-03-05", text);
        let v = serde_json::to_value(&d).unwrap();
        let a = v["actors"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["id"] == "person/abdellatif-hammouchi")
            .unwrap();
        assert_eq!(a["mentions"].as_array().unwrap().len(), 1, "{text}: {a}");
    }
}

/// A place after a title is where the post is held only for posts held
/// somewhere (an ambassador, an envoy); after another title it is where
/// the event happens ("met Spain's interior minister in Rabat").
#[test]
fn a_place_after_a_title_is_part_of_it_only_for_posted_titles() {
    let text = "Laftit met Spain's interior minister in Rabat on Monday.";
    let d = extract("en", "2025-03-05", text);
    let v = serde_json::to_value(&d).unwrap();
    let m = v["actors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == "person/fernando-grande-marlaska")
        .unwrap();
    assert_eq!(m["mentions"][0]["text"], "interior minister", "{m}");
    let ev = events(&d);
    assert!(
        ev.iter().any(|e| e.0 == "meeting" && e.3.contains(&("location/rabat".into(), "location".into()))),
        "{ev:?}"
    );
    let text = "The ambassador of Spain in Rabat, Enrique Ojeda, met the minister.";
    let rels = relation_triples(&extract("en", "2025-03-05", text));
    assert!(
        rels.contains(&("member_of".into(), "person/enrique-ojeda".into(), "country/spain".into())),
        "{rels:?}"
    );
}

/// A warning of consequences between states is no information shared
/// ("warned Russia of serious consequences").
#[test]
fn a_warning_of_consequences_shares_nothing() {
    for (lang, text) in [
        ("en", "France warned Russia of serious consequences."),
        ("fr", "La France a averti la Russie de graves conséquences."),
        ("ar", "وحذرت فرنسا روسيا من عواقب وخيمة."),
    ] {
        let ev = events(&extract(lang, "2025-06-20", text));
        assert!(!ev.iter().any(|e| e.0 == "intelligence_sharing"), "{text}: {ev:?}");
    }
}

/// "جهاز أمن الدولة" is the name of several Gulf services and of
/// Belgium's: the state after it, or the one the text names, says whose.
#[test]
fn a_state_security_service_is_that_of_the_state_named() {
    for (text, id) in [
        ("أعلن جهاز أمن الدولة في الكويت عن ضبط خلية إرهابية.", "organization/kuwait-state-security"),
        ("أعلن جهاز أمن الدولة بدولة قطر عن ضبط خلية إرهابية.", "organization/qatar-state-security"),
        ("أعلن جهاز أمن الدولة في الإمارات عن تفكيك شبكة إرهابية.", "organization/uae-state-security"),
        ("أعلن جهاز أمن الدولة في سلطنة عمان عن ضبط خلية إرهابية.", "organization/oman-state-security"),
        ("استقبل وزير الداخلية البلجيكي وفدا من جهاز أمن الدولة.", "organization/vsse"),
    ] {
        let d = extract("ar", "2025-07-21", text);
        let v = serde_json::to_value(&d).unwrap();
        let ids: Vec<&str> =
            v["actors"].as_array().unwrap().iter().map(|a| a["id"].as_str().unwrap()).collect();
        assert!(ids.contains(&id), "{text}: {ids:?}");
        let others = ids.iter().filter(|i| i.ends_with("state-security") || **i == "organization/vsse");
        assert_eq!(others.count(), 1, "{text}: {ids:?}");
    }
}

/// "وزارة الدفاع الوطني", "ministère de la Défense nationale": the national
/// defence ministry is the defence ministry of the state its adjective or
/// possessive names.
#[test]
fn a_national_defence_ministry_is_its_states() {
    for (lang, text) in [
        ("ar", "أعلنت وزارة الدفاع الوطني الجزائرية توقيف 12 عنصر دعم للجماعات الإرهابية."),
        ("fr", "Le ministère de la Défense nationale algérien a annoncé l'arrestation de 12 terroristes."),
        ("en", "Algeria's Ministry of National Defence said 12 terrorist supporters were arrested."),
    ] {
        let d = extract(lang, "2025-02-05", text);
        let rels = relation_triples(&d);
        assert!(
            rels.iter().any(|(t, s, o)| t == "part_of"
                && s == "organization/algeria-ministry-defence"
                && o == "country/algeria"),
            "{text}: {rels:?}"
        );
    }
}

/// Financing terrorism is what a cell is arrested for, not aid given.
#[test]
fn terrorist_financing_is_no_aid() {
    for (lang, text) in [
        ("ar", "أعلن جهاز أمن الدولة في الإمارات عن تفكيك شبكة لتمويل الإرهاب."),
        ("en", "The DGST arrested three men suspected of terrorist funding."),
        ("fr", "La DGST a arrêté trois hommes soupçonnés de financement du terrorisme."),
    ] {
        let ev = events(&extract(lang, "2025-07-21", text));
        assert!(ev.iter().any(|e| e.0 == "arrest"), "{text}: {ev:?}");
        assert!(!ev.iter().any(|e| e.0 == "aid"), "{text}: {ev:?}");
    }
    let ev = events(&extract("ar", "2025-07-21", "أعلن الاتحاد الأوروبي عن تمويل جديد للمغرب لمكافحة الهجرة."));
    assert!(ev.iter().any(|e| e.0 == "aid"), "{ev:?}");
}

/// A threat: what is threatened did not happen; a condition ("if strikes
/// on Yemen continue") is another clause, whose states are not the
/// target; a state's ships are the state; the subject of the English verb
/// threatens the group after it.
#[test]
fn a_threat_its_condition_and_its_target() {
    for (lang, text) in [
        ("ar", "هددت جماعة الحوثي باستهداف السفن الأمريكية في البحر الأحمر إذا استمرت الغارات على اليمن."),
        (
            "en",
            "The Houthis threatened to target American ships in the Red Sea if strikes on Yemen continued.",
        ),
        (
            "fr",
            "Les Houthis ont menacé de cibler les navires américains en mer Rouge si les frappes contre le Yémen se poursuivaient.",
        ),
    ] {
        let ev = events(&extract(lang, "2025-01-15", text));
        let threat = ev.iter().find(|e| e.0 == "threat").unwrap_or_else(|| panic!("{text}: {ev:?}"));
        assert!(threat.3.contains(&("group/houthis".into(), "agent".into())), "{text}: {ev:?}");
        assert!(threat.3.contains(&("country/united-states".into(), "target".into())), "{text}: {ev:?}");
        assert!(!ev.iter().any(|e| e.3.iter().any(|p| p.0 == "country/yemen")), "{text}: {ev:?}");
        assert!(ev.iter().all(|e| e.0 != "attack" || e.1 == "hypothetical"), "{text}: {ev:?}");
    }
    for (lang, text) in
        [("ar", "هدد حزب الله بشن هجمات على إسرائيل."), ("en", "Hezbollah threatened to attack Israel.")]
    {
        let ev = events(&extract(lang, "2025-01-15", text));
        let attack = ev.iter().find(|e| e.0 == "attack").unwrap_or_else(|| panic!("{text}: {ev:?}"));
        assert_eq!(attack.1, "hypothetical", "{text}: {ev:?}");
    }
    let ev = events(&extract("en", "2025-01-15", "Israel threatened Hamas on Sunday."));
    let threat = ev.iter().find(|e| e.0 == "threat").unwrap_or_else(|| panic!("{ev:?}"));
    assert!(threat.3.contains(&("country/israel".into(), "agent".into())), "{ev:?}");
    assert!(threat.3.contains(&("group/hamas".into(), "target".into())), "{ev:?}");
}

/// "the situation in Gaza" is what a meeting talks about, not where it is.
#[test]
fn the_place_of_a_situation_talked_about_is_no_meeting_place() {
    for (lang, text) in [
        (
            "ar",
            "بحث رئيس جهاز المخابرات العامة المصرية حسن رشاد مع مدير وكالة المخابرات المركزية الأمريكية جون راتكليف، في القاهرة، تطورات الأوضاع في قطاع غزة.",
        ),
        ("ar", "التقى وزير الخارجية المغربي ناصر بوريطة نظيره الإسباني بالرباط وبحثا الوضع بليبيا."),
        (
            "en",
            "Egyptian intelligence chief Hassan Rashad met CIA Director John Ratcliffe in Cairo to discuss the situation in Libya.",
        ),
        (
            "fr",
            "Le ministre marocain des Affaires étrangères Nasser Bourita a reçu à Rabat son homologue espagnol José Manuel Albares pour évoquer la situation au Mali.",
        ),
    ] {
        let ev = events(&extract(lang, "2025-04-20", text));
        let e = ev.iter().find(|e| ["consult", "meeting", "visit"].contains(&e.0.as_str()));
        let e = e.unwrap_or_else(|| panic!("{text}: {ev:?}"));
        let places: Vec<&String> = e.3.iter().filter(|p| p.1 == "location").map(|p| &p.0).collect();
        assert!(places.iter().any(|p| p.starts_with("location/")), "{text}: {ev:?}");
        for away in ["location/gaza-strip", "country/palestine", "country/libya", "country/mali"] {
            assert!(!places.iter().any(|p| *p == away), "{text}: {ev:?}");
        }
    }
}

/// What one is charged with is alleged, not told with the clause's actors
/// ("بتهمة تمويل تنظيم داعش" is no aid by the service that arrests); an
/// attack charged is still one that happened.
#[test]
fn a_charge_is_no_happening() {
    let text = "أعلنت رئاسة أمن الدولة السعودية القبض على مواطن بتهمة تمويل تنظيم داعش الإرهابي.";
    let ev = events(&extract("ar", "2025-08-15", text));
    assert!(ev.iter().any(|e| e.0 == "arrest" && e.1 == "asserted"), "{text}: {ev:?}");
    assert!(ev.iter().all(|e| e.0 != "aid" || e.1 == "hypothetical"), "{text}: {ev:?}");
    let text = "أوقفت الشرطة رجلا بتهمة الهجوم على مركز للشرطة في مدينة سوسة.";
    let ev = events(&extract("ar", "2025-08-15", text));
    assert!(ev.iter().any(|e| e.0 == "attack" && e.1 == "asserted"), "{text}: {ev:?}");
}

/// "Y, en visite de travail au Maroc": the actor before an apposition
/// that opens after a comma is the one on the visit, not the sentence's
/// subject.
#[test]
fn the_actor_before_an_apposed_visit_is_the_visitor() {
    for (lang, text) in [
        (
            "fr",
            "Abdellatif Hammouchi s'est entretenu lundi à Rabat avec le directeur du FBI, Kash Patel, en visite de travail au Maroc.",
        ),
        (
            "ar",
            "أجرى عبد اللطيف حموشي، الاثنين بالرباط، مباحثات مع مدير مكتب التحقيقات الفيدرالي كاش باتيل، في زيارة عمل للمغرب.",
        ),
    ] {
        let ev = events(&extract(lang, "2025-02-18", text));
        let visit = ev.iter().find(|e| e.0 == "visit").unwrap_or_else(|| panic!("{text}: {ev:?}"));
        assert!(visit.3.contains(&("person/kash-patel".into(), "agent".into())), "{text}: {ev:?}");
        assert!(visit.3.contains(&("person/abdellatif-hammouchi".into(), "host".into())), "{text}: {ev:?}");
    }
}

/// Receiving information is no reception of a visitor; receiving a
/// person still is.
#[test]
fn received_information_is_no_reception() {
    for (lang, text) in [
        ("en", "The DGST received information from the FBI about the suspect."),
        ("fr", "La DGST a reçu des informations du FBI sur le suspect."),
    ] {
        let ev = events(&extract(lang, "2025-09-30", text));
        assert!(!ev.iter().any(|e| e.0 == "visit"), "{text}: {ev:?}");
    }
    for (lang, text) in [
        ("en", "Abdellatif Hammouchi received intelligence chief Kash Patel in Rabat."),
        ("fr", "Abdellatif Hammouchi a reçu le directeur du FBI Kash Patel à Rabat."),
    ] {
        let ev = events(&extract(lang, "2025-09-30", text));
        let visit = ev.iter().find(|e| e.0 == "visit").unwrap_or_else(|| panic!("{text}: {ev:?}"));
        assert!(visit.3.contains(&("person/kash-patel".into(), "agent".into())), "{text}: {ev:?}");
    }
}

/// A posted title, its country adjective and the city of the post:
/// the name after them is the holder ("السفيرة الأمريكية في بيروت ليزا
/// جونسون").
#[test]
fn an_ambassador_named_after_the_city_of_the_post() {
    let text = "التقى العماد جوزاف عون السفيرة الأمريكية في بيروت ليزا جونسون.";
    let d = extract("ar", "2024-12-09", text);
    let rels = relation_triples(&d);
    assert!(
        rels.iter()
            .any(|(t, s, o)| t == "member_of" && s.starts_with("person/l") && o == "country/united-states"),
        "{rels:?}"
    );
    let ev = events(&d);
    let meeting = ev.iter().find(|e| e.0 == "meeting").unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(meeting.3.iter().filter(|p| p.0.starts_with("person/")).count(), 2, "{ev:?}");
}

/// A plot did not happen, but the arrest of its plotters told in the same
/// sentence did.
#[test]
fn the_arrest_after_a_foiled_plot_happened() {
    let text = "Jordanian authorities said they had foiled a plot to attack security forces and arrested 16 people linked to the Muslim Brotherhood.";
    let ev = events(&extract("en", "2025-10-21", text));
    assert!(ev.iter().any(|e| e.0 == "arrest" && e.1 == "reported"), "{ev:?}");
    assert!(ev.iter().all(|e| e.0 != "attack" || e.1 == "hypothetical"), "{ev:?}");
    let text = "Un homme qui projetait un attentat a été interpellé jeudi à Lyon par la DGSI.";
    let ev = events(&extract("fr", "2025-10-21", text));
    assert!(ev.iter().any(|e| e.0 == "arrest" && e.1 == "asserted"), "{ev:?}");
}

/// "Spain's minister praised the security cooperation with Morocco": the
/// state of the title that opens the sentence cooperates with the one
/// after "with", a few adjectives of the cooperation word between.
#[test]
fn a_minister_praising_cooperation_with_a_state_gives_his_states() {
    for (lang, text) in [
        (
            "en",
            "Spanish Interior Minister Fernando Grande-Marlaska praised the exemplary security cooperation with Morocco.",
        ),
        (
            "fr",
            "Le ministre espagnol de l'Intérieur Fernando Grande-Marlaska a salué la coopération sécuritaire exemplaire avec le Maroc.",
        ),
        ("ar", "أشاد وزير الداخلية الإسباني فرناندو غراندي مارلاسكا بالتعاون الأمني مع المغرب."),
    ] {
        let rels = relation_triples(&extract(lang, "2025-04-01", text));
        assert!(
            rels.iter().any(|(t, s, o)| t == "cooperates_with"
                && [s.as_str(), o.as_str()].contains(&"country/spain")
                && [s.as_str(), o.as_str()].contains(&"country/morocco")),
            "{text}: {rels:?}"
        );
    }
    let text = "Nasser Bourita met Spanish Interior Minister Fernando Grande-Marlaska and praised cooperation with Mauritania.";
    let rels = relation_triples(&extract("en", "2025-04-01", text));
    assert!(!rels.iter().any(|(t, s, _)| t == "cooperates_with" && s == "country/spain"), "{rels:?}");
}

/// Where the verb comes first its subject may still stand before it: a
/// nominal sentence or headline ("X يستقبل Y"), or "كان X قد" before a past
/// verb. The host receives there, the visitor visits.
#[test]
fn an_arabic_subject_before_its_verb_acts() {
    let text = "الرئيس الفرنسي إيمانويل ماكرون يستقبل العاهل المغربي الملك محمد السادس في باريس.";
    let ev = events(&extract("ar", "2025-06-02", text));
    assert!(
        has(&ev, "visit", &[("person/emmanuel-macron", "host"), ("person/mohammed-vi", "agent")]),
        "{ev:?}"
    );
    let text = "وكان وزير الداخلية الفرنسي برونو روتايو قد استقبل نظيره المغربي عبد الوافي لفتيت في باريس.";
    let ev = events(&extract("ar", "2025-06-02", text));
    assert!(
        has(&ev, "visit", &[("person/bruno-retailleau", "host"), ("person/abdelouafi-laftit", "agent")]),
        "{ev:?}"
    );
    // The one met on the trip is no visitor.
    let text = "وكان رئيس جهاز المخابرات العامة المصرية اللواء حسن رشاد قد زار تل أبيب الأسبوع الماضي، حيث التقى رئيس الوزراء الإسرائيلي بنيامين نتنياهو.";
    let ev = events(&extract("ar", "2025-06-02", text));
    assert!(has(&ev, "visit", &[("person/hassan-rashad", "agent")]), "{ev:?}");
    // "قد" before a past verb asserts, whatever its first letter.
    let text = "وكانت صحيفة الخبر الجزائرية قد نشرت تقريرا مفصلا.";
    let ev = events(&extract("ar", "2025-06-02", text));
    assert!(
        ev.iter().any(|e| e.0 == "statement"
            && e.1 == "asserted"
            && e.3 == [("media/el-khabar".into(), "agent".into())]),
        "{ev:?}"
    );
    // A verb with a conjunction glued opens another clause: the actor
    // before it is the first verb's object, not this one's subject.
    let text =
        "هنأ الملك محمد السادس الرئيس الفرنسي إيمانويل ماكرون واستقبل وزير الخارجية الأمريكي ماركو روبيو.";
    let ev = events(&extract("ar", "2025-06-02", text));
    assert!(!has(&ev, "visit", &[("person/emmanuel-macron", "host")]), "{ev:?}");
}

/// "قصفت القوات الإسرائيلية مواقع لحماس": where the verb comes first, the
/// state or force after it strikes and the group after that is struck; a
/// group's object after it is struck too. Shelling and bombing are attacks.
#[test]
fn a_state_strikes_the_group_named_after_it() {
    let cases = [
        (
            "ar",
            "الجيش الإسرائيلي يقصف مواقع لحزب الله في جنوب لبنان.",
            "organization/israel-army",
            "group/hezbollah",
        ),
        (
            "ar",
            "وقصفت القوات الإسرائيلية مواقع لحركة حماس في قطاع غزة.",
            "organization/israel-forces",
            "group/hamas",
        ),
        ("ar", "قصفت إسرائيل مواقع لحزب الله في جنوب لبنان.", "country/israel", "group/hezbollah"),
        (
            "ar",
            "هاجم مسلحون من جماعة بوكو حرام الجيش النيجيري في ولاية بورنو.",
            "group/boko-haram",
            "organization/nigeria-army",
        ),
        (
            "en",
            "Israeli forces shelled Hezbollah positions in southern Lebanon on Tuesday.",
            "country/israel",
            "group/hezbollah",
        ),
        (
            "fr",
            "L'armée israélienne a bombardé des positions du Hezbollah au Liban.",
            "organization/israel-army",
            "group/hezbollah",
        ),
    ];
    for (lang, text, agent, target) in cases {
        let ev = events(&extract(lang, "2025-06-02", text));
        assert!(has(&ev, "attack", &[(agent, "agent"), (target, "target")]), "{text}: {ev:?}");
    }
    // A state by name after a shelling noun, with no group to strike, is
    // what is shelled.
    let ev = events(&extract("ar", "2025-06-02", "أدانت الجامعة العربية قصف لبنان."));
    assert!(!has(&ev, "attack", &[("country/lebanon", "agent")]), "{ev:?}");
}

/// A word a trigger requires takes the language's suffixes: "يوقعان" (they
/// two sign) makes the agreement.
#[test]
fn a_required_word_with_a_suffix() {
    let ev = events(&extract("ar", "2025-06-02", "المغرب وإسبانيا يوقعان اتفاقية للتعاون الأمني بالرباط."));
    let parties = [("country/morocco", "participant"), ("country/spain", "participant")];
    assert!(has(&ev, "agreement", &parties), "{ev:?}");
}

/// A state right after a reception verb is where it happens, unless it
/// possesses what follows ("received Iraq's national security adviser").
#[test]
fn the_possessor_after_a_reception_is_no_place() {
    let text = "Saudi Arabia's interior minister Prince Abdulaziz bin Saud bin Nayef received Iraq's national security adviser Qassim al-Araji in Riyadh on Sunday.";
    let ev = events(&extract("en", "2025-06-02", text));
    let visit = ev.iter().find(|e| e.0 == "visit").unwrap_or_else(|| panic!("{ev:?}"));
    assert!(!visit.3.contains(&("country/iraq".into(), "location".into())), "{ev:?}");
    assert!(visit.3.contains(&("location/riyadh".into(), "location".into())), "{ev:?}");
}

/// A group threatening to strike a state's force: the force after the
/// attack word is what the group would strike, and what the threat is
/// against ("هددت حركة الشباب باستهداف القوات الكينية"); "توعد" threatens
/// too, and a future present verb ("ستستهدف") attacks.
#[test]
fn a_group_threatens_the_force_it_would_strike() {
    for text in
        ["هددت حركة الشباب باستهداف القوات الكينية.", "توعدت حركة الشباب بمهاجمة القوات الكينية في الصومال."]
    {
        let ev = events(&extract("ar", "2025-06-02", text));
        for kind in ["threat", "attack"] {
            let pairs = [("group/al-shabaab", "agent"), ("organization/kenya-forces", "target")];
            assert!(has(&ev, kind, &pairs), "{text}: {kind}: {ev:?}");
        }
        assert!(ev.iter().all(|e| e.0 != "attack" || e.1 == "hypothetical"), "{text}: {ev:?}");
    }
    let ev = events(&extract("ar", "2025-06-02", "حركة الشباب ستستهدف القوات الكينية."));
    assert!(
        ev.iter().any(|e| e.0 == "attack"
            && e.1 != "asserted"
            && e.3.contains(&("organization/kenya-forces".into(), "target".into()))),
        "{ev:?}"
    );
}
