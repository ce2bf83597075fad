//! Table-driven tests of the time stage: one table per phenomenon and
//! language, each row a sentence written for the test, its publication
//! date and the expressions expected (exact extent and value; `None` for an
//! expression reported without value). Negative tables list sentences where
//! no date may be found.

use std::collections::HashSet;
use std::sync::OnceLock;

use super::*;
use crate::lexicon::DataFiles;
use crate::text::Text;

fn lexicon() -> &'static TimeLexicon {
    static LEX: OnceLock<TimeLexicon> = OnceLock::new();
    LEX.get_or_init(|| TimeLexicon::compile(&DataFiles::embedded()).expect("time lexicon compiles"))
}

fn tag(lang: &str, dct: &str, sentence: &str) -> Vec<(String, Option<String>)> {
    let text = Text::new(sentence, &HashSet::new());
    recognize(&text, lang, PartialDate::parse(dct), lexicon())
        .into_iter()
        .map(|m| (sentence[m.start..m.end].to_string(), m.value.map(|v| v.to_string())))
        .collect()
}

type Row<'a> = (&'a str, &'a str, &'a [(&'a str, Option<&'a str>)]);

fn check(lang: &str, rows: &[Row]) {
    let mut failures = Vec::new();
    for (dct, sentence, want) in rows {
        let got = tag(lang, dct, sentence);
        for (text, value) in *want {
            let ok = got.iter().any(|(t, v)| t == text && v.as_deref() == *value);
            if !ok {
                failures.push(format!("{sentence}\n    want {text:?} = {value:?}\n    got  {got:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}

/// No expression with a value; expressions without value are allowed.
fn check_no_date(lang: &str, rows: &[(&str, &str)]) {
    let mut failures = Vec::new();
    for (dct, sentence) in rows {
        let got = tag(lang, dct, sentence);
        if got.iter().any(|(_, v)| v.is_some()) {
            failures.push(format!("{sentence}\n    got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}

// 2024-11-28 is a Thursday.
const D: &str = "2024-11-28";

#[test]
fn ar_explicit_dates_in_every_month_system() {
    check(
        "ar",
        &[
            (D, "التقى الوزيران يوم 3 ديسمبر 2023 في العاصمة.", &[("3 ديسمبر 2023", Some("2023-12-03"))]),
            (D, "وانعقدت الدورة في 14 دجنبر 2022 بالرباط.", &[("14 دجنبر 2022", Some("2022-12-14"))]),
            (D, "وصدر القرار في 2 جويلية 2021.", &[("2 جويلية 2021", Some("2021-07-02"))]),
            (D, "ووقعت الاتفاقية في 9 كانون الثاني 2020.", &[("9 كانون الثاني 2020", Some("2020-01-09"))]),
            (D, "وزار الوفد بغداد في ١٧ أيلول ٢٠١٩.", &[("١٧ أيلول ٢٠١٩", Some("2019-09-17"))]),
            (
                D,
                "وعقدت القمة في 11 تشرين الثاني/نوفمبر 2023.",
                &[("11 تشرين الثاني/نوفمبر 2023", Some("2023-11-11"))],
            ),
            (D, "وجرى التصويت في غشت 2016.", &[("غشت 2016", Some("2016-08"))]),
            (D, "وبدأت المحاكمة في أفريل 2022.", &[("أفريل 2022", Some("2022-04"))]),
            (D, "وتم تعيينه في فاتح يوليوز 2019.", &[("فاتح يوليوز 2019", Some("2019-07-01"))]),
            (
                D,
                "ووقع الهجوم في الثالث عشر من أبريل 2024.",
                &[("الثالث عشر من أبريل 2024", Some("2024-04-13"))],
            ),
            (D, "وصدر المرسوم بتاريخ 12/10/2024.", &[("12/10/2024", Some("2024-10-12"))]),
            (D, "ونشر في الجريدة الرسمية بتاريخ ٠٥-٠٣-٢٠٢٣.", &[("٠٥-٠٣-٢٠٢٣", Some("2023-03-05"))]),
            (D, "ودخل القانون حيز التنفيذ في 2024-01-01.", &[("2024-01-01", Some("2024-01-01"))]),
            (D, "وتأسس الحزب سنة 1959 في الدار البيضاء.", &[("1959", Some("1959"))]),
            (D, "وذلك بحلول عام 2030.", &[("2030", Some("2030"))]),
            (D, "وارتفعت الأسعار منذ عام 2014.", &[("2014", Some("2014"))]),
        ],
    );
}

#[test]
fn ar_months_with_markers_and_tense() {
    check(
        "ar",
        &[
            (
                D,
                "ومن المرتقب أن يزور الرئيس الجزائر في 15 جانفي المقبل.",
                &[("15 جانفي المقبل", Some("2025-01-15"))],
            ),
            (D, "وكانت الشرطة قد أوقفته في فاتح نونبر الجاري.", &[("فاتح نونبر الجاري", Some("2024-11-01"))]),
            (D, "وانتهت الأشغال في أكتوبر المنصرم.", &[("أكتوبر المنصرم", Some("2024-10"))]),
            (D, "وجرى الحادث في نوفمبر الفارط.", &[("نوفمبر الفارط", Some("2023-11"))]),
            (D, "وتعقد الدورة في شباط القادم.", &[("شباط القادم", Some("2025-02"))]),
            (D, "وأكد الوزير أن بلاده ستحتضن المنتدى في مارس المقبل.", &[("مارس المقبل", Some("2025-03"))]),
            (D, "وستنظم الانتخابات في شهر يونيو.", &[("يونيو", Some("2025-06"))]),
            (D, "وقد وقع الاتفاق في شهر يونيو.", &[("يونيو", Some("2024-06"))]),
            (D, "وتقرر أن تفتتح الدورة في أواخر دجنبر.", &[("أواخر دجنبر", Some("2024-12"))]),
            // A sentence opening on a past verb looks back.
            ("2024-06-20", "وبدأت الحرب في السابع من أكتوبر.", &[("السابع من أكتوبر", Some("2023-10-07"))]),
            ("2024-06-20", "وتنطلق المفاوضات في أكتوبر.", &[("أكتوبر", Some("2024-10"))]),
            (
                "2025-03-12",
                "وكان البرلمان قد صادق عليه في 17 من شهر فبراير الماضي.",
                &[("17 من شهر فبراير الماضي", Some("2025-02-17"))],
            ),
            (
                "2025-03-12",
                "وكان آخر لقاء بينهما في أواخر شهر يناير الماضي.",
                &[("أواخر شهر يناير الماضي", Some("2025-01"))],
            ),
            (
                "2025-03-12",
                "وانعقدت الدورة السابقة في شهر أكتوبر من العام الماضي.",
                &[("أكتوبر من العام الماضي", Some("2024-10"))],
            ),
            // An ordinal after "week" is not a day of the month.
            ("2024-06-20", "وتعرض الموقع لهجوم في الأسبوع الأول من يونيو.", &[("يونيو", Some("2024-06"))]),
        ],
    );
}

#[test]
fn ar_relative_days_and_weekdays() {
    check(
        "ar",
        &[
            (D, "وأعلنت الوزارة أمس عن تفكيك الخلية.", &[("أمس", Some("2024-11-27"))]),
            (D, "وكشف المصدر أول أمس عن تفاصيل جديدة.", &[("أول أمس", Some("2024-11-26"))]),
            (D, "ويصل الوفد غدا إلى نواكشوط.", &[("غدا", Some("2024-11-29"))]),
            (D, "ويعقد المجلس دورته بعد غد.", &[("بعد غد", Some("2024-11-30"))]),
            (D, "والتقى الوزير صباح اليوم السفير الإسباني.", &[("صباح اليوم", Some("2024-11-28"))]),
            (D, "وعقد الاجتماع مساء أمس الأربعاء بمقر الوزارة.", &[("مساء أمس الأربعاء", Some("2024-11-27"))]),
            (D, "وأعلنت الوزارة الأحد عن إجراءات جديدة.", &[("الأحد", Some("2024-11-24"))]),
            (D, "وسيعقد المجلس اجتماعه الأحد المقبل.", &[("الأحد المقبل", Some("2024-12-01"))]),
            (D, "واستقبل الملك السفراء الخميس الماضي.", &[("الخميس الماضي", Some("2024-11-21"))]),
            (D, "وانطلقت الحملة يوم الخميس في كل المدن.", &[("الخميس", Some("2024-11-28"))]),
            (D, "وقال الناطق إن الوزير سيتوجه إلى مدريد يوم الخميس.", &[("الخميس", Some("2024-12-05"))]),
            (D, "ومن المقرر أن يلتقي الطرفان يوم السبت في الدوحة.", &[("السبت", Some("2024-11-30"))]),
            (D, "واندلعت المواجهات فجر الإثنين الماضي.", &[("فجر الإثنين الماضي", Some("2024-11-25"))]),
            (D, "وأطلق سراحه قبل يومين.", &[("قبل يومين", Some("2024-11-26"))]),
            (D, "ووقعت الحادثة منذ ثلاثة أيام في فاس.", &[("منذ ثلاثة أيام", Some("2024-11-25"))]),
        ],
    );
}

#[test]
fn ar_relative_units_and_parts() {
    check(
        "ar",
        &[
            (D, "وتراجعت المبيعات خلال الشهر الماضي.", &[("الشهر الماضي", Some("2024-10"))]),
            (D, "ويتوقع أن يرتفع النمو العام المقبل.", &[("العام المقبل", Some("2025"))]),
            (D, "ولم تسجل أي إصابة خلال السنة الجارية.", &[("السنة الجارية", Some("2024"))]),
            (
                D,
                "وأوقفت السلطات 120 شخصا خلال الأسبوع الماضي.",
                &[("الأسبوع الماضي", Some("2024-11-18/2024-11-24"))],
            ),
            (D, "ويعود المبعوث إلى المنطقة مطلع الشهر المقبل.", &[("مطلع الشهر المقبل", Some("2024-12"))]),
            (D, "وارتفع العجز في أواخر العام الماضي.", &[("أواخر العام الماضي", Some("2023"))]),
            (D, "وسيتم الإعلان عن النتائج أواخر الشهر الجاري.", &[("أواخر الشهر الجاري", Some("2024-11"))]),
            (D, "وتنطلق الأشغال مطلع 2025.", &[("مطلع 2025", Some("2025"))]),
            (D, "وتنطلق الدورة يوم 25 من الشهر الجاري.", &[("25 من الشهر الجاري", Some("2024-11-25"))]),
            (D, "وتعقد الجلسة في 3 من الشهر المقبل.", &[("3 من الشهر المقبل", Some("2024-12-03"))]),
            (D, "وتراجعت المبيعات منذ مطلع العام.", &[("مطلع العام", Some("2024"))]),
            (
                D,
                "وعاد الهدوء نهاية الأسبوع الماضي.",
                &[("نهاية الأسبوع الماضي", Some("2024-11-22/2024-11-24"))],
            ),
            (D, "وتستمر الأزمة حتى نهاية هذا العام.", &[("نهاية هذا العام", Some("2024"))]),
            (
                D,
                "وتجرى الانتخابات في النصف الأول من العام المقبل.",
                &[("النصف الأول من العام المقبل", Some("2025-01/2025-06"))],
            ),
            (
                D,
                "وارتفعت الصادرات خلال الربع الثالث من العام الجاري.",
                &[("الربع الثالث من العام الجاري", Some("2024-07/2024-09"))],
            ),
        ],
    );
}

#[test]
fn ar_ranges_and_lists() {
    check(
        "ar",
        &[
            // Numbers in brackets, as some outlets print them.
            (
                "2021-03-10",
                "انعقد الاجتماع يومي (5) و (6) مارس (2021) بالرباط.",
                &[("(5) و (6) مارس (2021)", Some("2021-03-05/2021-03-06"))],
            ),
            ("2021-03-10", "وصل الوفد يوم (9) مارس الجاري.", &[("(9) مارس الجاري", Some("2021-03-09"))]),
            (
                D,
                "وزارت الوزيرة المغرب يومي 25 و26 نوفمبر الجاري.",
                &[("25 و26 نوفمبر الجاري", Some("2024-11-25/2024-11-26"))],
            ),
            (
                D,
                "وتستمر الدورة ما بين 5 و7 دجنبر المقبل.",
                &[("ما بين 5 و7 دجنبر المقبل", Some("2024-12-05/2024-12-07"))],
            ),
            (
                D,
                "وكان المؤتمر قد انعقد من 20 إلى 22 أكتوبر الماضي.",
                &[("من 20 إلى 22 أكتوبر الماضي", Some("2024-10-20/2024-10-22"))],
            ),
            (
                D,
                "ويقام المعرض من 28 نوفمبر إلى 3 ديسمبر المقبل.",
                &[("من 28 نوفمبر إلى 3 ديسمبر المقبل", Some("2024-11-28/2024-12-03"))],
            ),
            (D, "وتضاعفت الواردات بين 2019 و2021.", &[("بين 2019 و2021", Some("2019/2021"))]),
            (
                D,
                "وتنظم الأيام الثقافية أيام 10 و11 و12 دجنبر 2024.",
                &[("10 و11 و12 دجنبر 2024", Some("2024-12-10/2024-12-12"))],
            ),
        ],
    );
}

#[test]
fn ar_hijri_dates() {
    check(
        "ar",
        &[
            (
                D,
                "وحلّ عيد الفطر يوم الأربعاء 1 شوال 1445 هـ الموافق 10 أبريل 2024.",
                &[("الأربعاء 1 شوال 1445 هـ الموافق 10 أبريل 2024", Some("2024-04-10"))],
            ),
            (D, "وصدر الحكم يوم 5 رجب 1446 هـ.", &[("5 رجب 1446 هـ", Some("2025-01-05"))]),
            (
                D,
                "وبدأ صيام شهر رمضان 1445 هـ في المغرب.",
                &[("رمضان 1445 هـ", Some("2024-03-11/2024-04-09"))],
            ),
        ],
    );
}

#[test]
fn ar_anaphora() {
    check(
        "ar",
        &[
            (
                D,
                "وفي 12 نوفمبر الجاري التقى الوزيران، وفي اليوم التالي زار الوفد طنجة.",
                &[("12 نوفمبر الجاري", Some("2024-11-12")), ("اليوم التالي", Some("2024-11-13"))],
            ),
            (
                D,
                "ووصل الوفد في 3 أكتوبر الماضي، واستقبله الملك في اليوم نفسه.",
                &[("اليوم نفسه", Some("2024-10-03"))],
            ),
            (D, "وتحتفل البلاد اليوم الوطني للمرأة.", &[]),
        ],
    );
    // "اليوم الوطني" is a named day, not today.
    assert!(tag("ar", D, "وتخلد البلاد اليوم الوطني للمرأة.").is_empty());
}

#[test]
fn ar_durations_and_vague_have_no_value() {
    check(
        "ar",
        &[
            (D, "وتعيش المنطقة منذ سنوات على وقع التوتر.", &[("منذ سنوات", None)]),
            (D, "وحكم عليه بالسجن لمدة ثلاث سنوات.", &[("لمدة ثلاث سنوات", None)]),
            (D, "وسيعلن عن الحكومة في غضون الأيام المقبلة.", &[("الأيام المقبلة", None)]),
            (D, "وجاءت الزيارة بعد عام من زيارة مماثلة.", &[("بعد عام", None)]),
        ],
    );
}

#[test]
fn ar_numbers_that_are_not_dates() {
    check_no_date(
        "ar",
        &[
            (D, "وشارك في الوقفة أكثر من 25 شخصا."),
            (D, "وحجزت الجمارك 2025 كيلوغراما من المخدرات."),
            (D, "وطالب المجلس بتطبيق القرار 1701 فورا."),
            (D, "وبلغت نسبة التضخم 2.3 في المئة."),
            (D, "وضرب زلزال بقوة 6.8 درجات المنطقة."),
            (D, "وارتفعت الحصيلة إلى 15 ألف قتيل."),
            (D, "ومارس الحزب ضغوطا على الحكومة."),
            (D, "وكان الأب حاضرا في الجلسة."),
            (D, "واشترى الوزير سيارة نيسان جديدة."),
            (D, "ووقع الحادث بمدينة سوق الأربعاء الغرب."),
            (D, "وأكد المعتقل انتماءه لتنظيم داعش الإرهابي."),
            (D, "وصوت 150 نائبا لصالح القانون و20 ضده."),
            (D, "وتنشط الجماعة في منطقة الساحل منذ سنوات."),
            (D, "وأشار إلى أن 1446 منخرطا التحقوا بالجمعية."),
        ],
    );
}

#[test]
fn fr_phenomena() {
    check(
        "fr",
        &[
            // "le 12 courant": a day of the current month (Maghrebi usage).
            (
                "2024-03-14",
                "La police a arrêté le 12 courant deux suspects.",
                &[("12 courant", Some("2024-03-12"))],
            ),
            (
                "2024-03-14",
                "Il s'est rendu à Alger le 3 et le 4 mars.",
                &[("3 et le 4 mars", Some("2024-03-03/2024-03-04"))],
            ),
            // A Tuesday: "ce mardi" is the day itself, "ce jeudi" ahead.
            (
                "2025-01-14",
                "La police a démantelé ce mardi une cellule à Tamanrasset.",
                &[("ce mardi", Some("2025-01-14"))],
            ),
            ("2025-01-14", "Le ministre se rendra ce jeudi à Alger.", &[("ce jeudi", Some("2025-01-16"))]),
            (
                "2025-01-16",
                "La police a démantelé ce mardi une cellule à Tamanrasset.",
                &[("ce mardi", Some("2025-01-14"))],
            ),
            (
                D,
                "Le ministre s'est rendu à Rabat le 3 décembre 2023.",
                &[("3 décembre 2023", Some("2023-12-03"))],
            ),
            (
                D,
                "La conférence se tiendra du 2 au 4 décembre à Genève.",
                &[("du 2 au 4 décembre", Some("2024-12-02/2024-12-04"))],
            ),
            (
                D,
                "Le sommet aura lieu entre le 5 et le 7 mars prochain.",
                &[("entre le 5 et le 7 mars prochain", Some("2025-03-05/2025-03-07"))],
            ),
            (
                D,
                "Ils se sont rencontrés les 20 et 21 novembre.",
                &[("20 et 21 novembre", Some("2024-11-20/2024-11-21"))],
            ),
            (D, "Le suspect a été arrêté il y a trois jours.", &[("il y a trois jours", Some("2024-11-25"))]),
            (D, "Le texte a été voté le 1er octobre.", &[("1er octobre", Some("2024-10-01"))]),
            (
                D,
                "Le président recevra son homologue mardi prochain.",
                &[("mardi prochain", Some("2024-12-03"))],
            ),
            (D, "Le Parlement a adopté la loi mercredi.", &[("mercredi", Some("2024-11-27"))]),
            (D, "Il doit se rendre à Alger vendredi.", &[("vendredi", Some("2024-11-29"))]),
            (D, "Les deux pays ont signé un accord en 2019.", &[("2019", Some("2019"))]),
            (
                D,
                "Le chômage a baissé au troisième trimestre 2024.",
                &[("troisième trimestre 2024", Some("2024-07/2024-09"))],
            ),
            (D, "La réunion est prévue pour la fin de l'année.", &[("la fin de l'année", Some("2024"))]),
            (
                D,
                "Le gouvernement a présenté son projet début novembre.",
                &[("début novembre", Some("2024-11"))],
            ),
            (D, "Le projet sera lancé à la mi-2025.", &[("la mi-2025", Some("2025"))]),
            (D, "Ce matin, le ministre a reçu l'ambassadeur.", &[("Ce matin", Some("2024-11-28"))]),
            (D, "Cette année, la croissance devrait atteindre 3 %.", &[("Cette année", Some("2024"))]),
            (D, "La réunion s'est tenue le 05/09/2024 à Tunis.", &[("05/09/2024", Some("2024-09-05"))]),
            (D, "L'accord a été signé l'an dernier.", &[("l'an dernier", Some("2023"))]),
            (D, "Le rapport sera publié le mois prochain.", &[("mois prochain", Some("2024-12"))]),
            (D, "Le ministre est arrivé hier soir à Dakar.", &[("hier soir", Some("2024-11-27"))]),
            (D, "La réunion a été reportée à après-demain.", &[("après-demain", Some("2024-11-30"))]),
            (D, "Les chiffres ont progressé de 2015 à 2020.", &[("de 2015 à 2020", Some("2015/2020"))]),
            (
                D,
                "Le 25 novembre, il est arrivé à Rabat. Le lendemain, il a rencontré son homologue.",
                &[("25 novembre", Some("2024-11-25")), ("Le lendemain", Some("2024-11-26"))],
            ),
            (D, "Il a été condamné à dix ans de prison.", &[("dix ans", None)]),
            (
                D,
                "La séance est reportée au 3 du mois prochain.",
                &[("3 du mois prochain", Some("2024-12-03"))],
            ),
            (
                "2025-03-12",
                "Le festival se tiendra du 28 février au 2 mars 2026.",
                &[("du 28 février au 2 mars 2026", Some("2026-02-28/2026-03-02"))],
            ),
            (
                "2025-03-12",
                "Le président a reçu mardi 11 mars le Premier ministre.",
                &[("mardi 11 mars", Some("2025-03-11"))],
            ),
        ],
    );
    check_no_date(
        "fr",
        &[
            (D, "La police a saisi 2000 kilogrammes de cocaïne."),
            (D, "La résolution 2334 du Conseil de sécurité a été adoptée."),
            (D, "Plus de 300 personnes ont manifesté devant le Parlement."),
            (D, "Les deux pays coopèrent depuis des années."),
            (D, "Le taux est passé à 2,5 pour cent."),
            (D, "Mars, la planète rouge, fascine les chercheurs."),
        ],
    );
}

#[test]
fn en_phenomena() {
    check(
        "en",
        &[
            (
                "2025-01-14",
                "Police arrested two suspects this Tuesday.",
                &[("this Tuesday", Some("2025-01-14"))],
            ),
            (
                D,
                "The minister visited Rabat on December 3, 2023.",
                &[("December 3, 2023", Some("2023-12-03"))],
            ),
            (
                D,
                "The summit will be held on December 10 in Brussels.",
                &[("December 10", Some("2024-12-10"))],
            ),
            (D, "He was arrested three days ago in Madrid.", &[("three days ago", Some("2024-11-25"))]),
            (D, "Talks are scheduled for Monday.", &[("Monday", Some("2024-12-02"))]),
            (
                D,
                "Police said the attack happened on Tuesday night.",
                &[("Tuesday night", Some("2024-11-26"))],
            ),
            (D, "The deal was signed in May 2023.", &[("May 2023", Some("2023-05"))]),
            (D, "The two countries signed an agreement in March.", &[("March", Some("2024-03"))]),
            (D, "Parliament passed the law last week.", &[("last week", Some("2024-11-18/2024-11-24"))]),
            (D, "The ministers will meet next Tuesday.", &[("next Tuesday", Some("2024-12-03"))]),
            (
                D,
                "Growth slowed in the third quarter of 2024.",
                &[("third quarter of 2024", Some("2024-07/2024-09"))],
            ),
            (
                D,
                "The forum runs from 2 to 4 December.",
                &[("from 2 to 4 December", Some("2024-12-02/2024-12-04"))],
            ),
            (
                D,
                "The visit took place on November 25-26.",
                &[("November 25-26", Some("2024-11-25/2024-11-26"))],
            ),
            (
                D,
                "Elections are due in the first half of next year.",
                &[("first half of next year", Some("2025-01/2025-06"))],
            ),
            (D, "The ceasefire collapsed in mid-October.", &[("mid-October", Some("2024-10"))]),
            (
                D,
                "The ministry said on Wednesday that it would send troops.",
                &[("Wednesday", Some("2024-11-27"))],
            ),
            (D, "The minister arrived on Dec. 3 in Rabat.", &[("Dec. 3", Some("2023-12-03"))]),
            (
                D,
                "The accord was signed on the 25th of November.",
                &[("25th of November", Some("2024-11-25"))],
            ),
            (D, "Inflation was higher last year.", &[("last year", Some("2023"))]),
            (D, "Exports fell sharply late last month.", &[("late last month", Some("2024-10"))]),
            (D, "The deal was signed on 30/12/2023.", &[("30/12/2023", Some("2023-12-30"))]),
            (
                "2025-03-12",
                "The previous round was held in October of last year.",
                &[("October of last year", Some("2024-10"))],
            ),
            (
                "2025-03-12",
                "The vote took place between March 3 and March 5.",
                &[("between March 3 and March 5", Some("2025-03-03/2025-03-05"))],
            ),
            (
                "2025-03-12",
                "Police arrested the suspect on Saturday, March 8.",
                &[("Saturday, March 8", Some("2025-03-08"))],
            ),
            (
                "2025-03-12",
                "He served as minister from 2015 to 2019.",
                &[("from 2015 to 2019", Some("2015/2019"))],
            ),
            (
                D,
                "The envoy arrived on November 20. The following day, he met the president.",
                &[("following day", Some("2024-11-21"))],
            ),
            (D, "The talks lasted for two weeks.", &[("for two weeks", None)]),
        ],
    );
    check_no_date(
        "en",
        &[
            (D, "You may want to read the report."),
            (D, "The army will march into the city."),
            (D, "Customs seized 2025 kilograms of cannabis."),
            (D, "Resolution 2231 endorsed the nuclear deal."),
            (D, "More than 300 people were detained."),
            (D, "The court sentenced him to 20 years in prison."),
        ],
    );
}

#[test]
fn unresolved_without_publication_date() {
    let text = Text::new("وأعلنت الوزارة أمس عن نتائج 3 ديسمبر 2023.", &HashSet::new());
    let got = recognize(&text, "ar", None, lexicon());
    let values: Vec<Option<String>> = got.iter().map(|m| m.value.map(|v| v.to_string())).collect();
    assert_eq!(values, [None, Some("2023-12-03".to_string())]);
}

#[test]
fn infers_publication_dates() {
    let cases = [
        ("ar", "الرباط، نونبر 2024 — أجرت الوزيرة زيارة إلى المغرب.", Some("2024-11")),
        ("fr", "RABAT, 25 novembre 2024 (MAP) - Le ministre a reçu son homologue.", Some("2024-11-25")),
        ("ar", "2023 © جميع الحقوق محفوظة\nوزار الوفد المدينة يومي 4 و5 مارس الجاري.", Some("2023-03")),
        ("en", "The visit ended. © 2022 The Daily", Some("2022")),
        ("ar", "ووقع البلدان اتفاقا في يناير 2021، ويلتقيان يومي 3 و4 فبراير الجاري.", Some("2021-02")),
        ("ar", "والتقى الوزيران أمس في الرباط.", None),
        (
            "ar",
            "ووقع البلدان اتفاقا في مارس 2022 ضمن رؤية 2030، ويلتقيان يومي 3 و4 أبريل الجاري.",
            Some("2022-04"),
        ),
    ];
    for (lang, s, want) in cases {
        let text = Text::new(s, &HashSet::new());
        assert_eq!(infer_dct(&text, lang, lexicon()).map(|d| d.to_string()).as_deref(), want, "{s}");
    }
}

#[test]
fn proclitics_only_on_word_boundaries() {
    // ب + نوفمبر and و + أمس are read; "اب" inside "الإرهاب" is not a month.
    let got = tag("ar", D, "وأمس احتفل بنوفمبر 2023 ضحايا الإرهاب وآب الشهيد.");
    let values: Vec<_> = got.iter().map(|(t, v)| (t.as_str(), v.as_deref())).collect();
    assert_eq!(values, [("أمس", Some("2024-11-27")), ("نوفمبر 2023", Some("2023-11"))]);
}

mod robustness {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_input_gives_spans_on_char_boundaries(s in "\\PC{0,120}") {
            for lang in ["ar", "fr", "en"] {
                let text = Text::new(&s, &HashSet::new());
                for m in recognize(&text, lang, PartialDate::parse("2024-11-28"), lexicon()) {
                    prop_assert!(m.start < m.end && m.end <= s.len());
                    prop_assert!(s.is_char_boundary(m.start) && s.is_char_boundary(m.end));
                }
                let _ = infer_dct(&text, lang, lexicon());
            }
        }

        #[test]
        fn date_like_input_never_panics(s in "[0-9 /.,\\-و من إلى بين يومي نوفمبر رمضان هـ الموافق الماضي le du au et and to 9999999]{0,80}") {
            let text = Text::new(&s, &HashSet::new());
            for lang in ["ar", "fr", "en"] {
                let _ = recognize(&text, lang, PartialDate::parse("2024-11-28"), lexicon());
                let _ = recognize(&text, lang, PartialDate::parse("2024"), lexicon());
                let _ = recognize(&text, lang, None, lexicon());
            }
        }
    }
}

#[test]
fn lists_of_months_and_anaphoric_counts() {
    check(
        "ar",
        &[
            (
                D,
                "وكثفت الجماعة هجماتها خلال يوليو وأغسطس الماضيين.",
                &[("يوليو وأغسطس الماضيين", Some("2024-07/2024-08"))],
            ),
            (
                D,
                "واستقبل الرئيس الوزير الاثنين، الذي يزور البلاد يومي 25 و26 نوفمبر، ووقعا في اليوم التالي اتفاقية.",
                &[("اليوم التالي", Some("2024-11-26"))],
            ),
            (D, "وصل الوزير أمس، وغادر مساء اليوم ذاته.", &[("مساء اليوم ذاته", Some("2024-11-27"))]),
        ],
    );
    check(
        "fr",
        &[
            (
                D,
                "Les ventes ont chuté en juillet et août 2023.",
                &[("juillet et août 2023", Some("2023-07/2023-08"))],
            ),
            (
                D,
                "La VSSE a transmis l'an dernier 300 notes, contre 240 un an plus tôt.",
                &[("l'an dernier", Some("2023")), ("un an plus tôt", Some("2022"))],
            ),
            (
                D,
                "La ministre a indiqué qu'ils se retrouveraient le 4 mars à Bruxelles.",
                &[("4 mars", Some("2025-03-04"))],
            ),
        ],
    );
    check(
        "en",
        &[(
            D,
            "The envoy arrived on November 20. Three days later, he met the president.",
            &[("Three days later", Some("2024-11-23"))],
        )],
    );
}

/// A weekday and the numeric date after it are one expression, day first
/// ("الأحد 3/7/2022").
#[test]
fn a_weekday_before_a_numeric_date() {
    check("ar", &[(D, "التقى الوزير الأحد 3/7/2022 نظيره.", &[("الأحد 3/7/2022", Some("2022-07-03"))])]);
    check(
        "fr",
        &[(
            D,
            "Le ministre a reçu dimanche 3/7/2022 son homologue.",
            &[("dimanche 3/7/2022", Some("2022-07-03"))],
        )],
    );
}

#[test]
fn tense_of_the_clause() {
    check(
        "ar",
        &[
            (D, "وفي الأول من يناير، دخل القانون حيز التنفيذ.", &[("الأول من يناير", Some("2024-01-01"))]),
            (D, "وأعلن الوزير، الخميس، أن الحكومة ستقدم مشروعا.", &[("الخميس", Some("2024-11-28"))]),
            (D, "ويدخل القانون حيز التنفيذ في الأول من يناير.", &[("الأول من يناير", Some("2025-01-01"))]),
        ],
    );
    check(
        "en",
        &[
            (D, "Talks will be held on Friday.", &[("Friday", Some("2024-11-29"))]),
            (
                D,
                "The organisers postponed the conference to December 15.",
                &[("December 15", Some("2024-12-15"))],
            ),
        ],
    );
    // The preposition "à" is not the auxiliary "a": the future verb before
    // it decides.
    check(
        "fr",
        &[
            (D, "Le ministre se rendra à Rabat en mars.", &[("mars", Some("2025-03"))]),
            (D, "Le ministre s'est rendu à Rabat en mars.", &[("mars", Some("2024-03"))]),
        ],
    );
}

#[test]
fn hijri_years_and_counted_units() {
    check(
        "ar",
        &[
            (D, "وتأسست الجمعية عام 1445 هـ.", &[("1445 هـ", Some("2023-07-19/2024-07-06"))]),
            (D, "واندلعت الحرب منذ 20 عاما.", &[("منذ 20 عاما", Some("2004"))]),
            (D, "وقبل 15 يوما، أعلنت الحكومة خطة.", &[("قبل 15 يوما", Some("2024-11-13"))]),
            (D, "وصدر القرار بتاريخ 1445/09/01هـ.", &[("1445/09/01هـ", Some("2024-03-11"))]),
        ],
    );
    check_no_date("ar", &[(D, "وتوفي الفنان عن عمر يناهز 85 عاما.")]);
}

#[test]
fn data_errors_name_file_line_and_key() {
    let meta = "[meta]\nformat = 1\nlanguage = \"ar\"\nsource = \"test\"\nlicence = \"MIT\"\n";
    let bad_month = format!("{meta}[months]\n13 = [\"نوفمبر\"]\n");
    let err =
        TimeLexicon::compile(&DataFiles::from_files([("lexicon/time/ar.toml", bad_month)])).unwrap_err();
    assert_eq!((err.file.as_str(), err.key.as_str(), err.line), ("lexicon/time/ar.toml", "months.13", 7));
    let unknown = format!("{meta}[monthz]\n1 = [\"x\"]\n");
    let err = TimeLexicon::compile(&DataFiles::from_files([("lexicon/time/fr.toml", unknown)])).unwrap_err();
    assert_eq!(err.file, "lexicon/time/fr.toml");
    assert!(err.message.contains("monthz"), "{err}");
    let empty = format!("{meta}[vague]\nphrases = [\" \"]\n");
    let err = TimeLexicon::compile(&DataFiles::from_files([("lexicon/time/en.toml", empty)])).unwrap_err();
    assert_eq!(err.key, "vague.phrases");
}

#[test]
fn divisions_of_the_year() {
    let j = "2025-01-10";
    check(
        "ar",
        &[
            (
                j,
                "وسجلت البلاد خلال الفصل الأول من 2024 نموا.",
                &[("الفصل الأول من 2024", Some("2024-01/2024-03"))],
            ),
            (j, "وارتفع الإنتاج في الربع الثالث.", &[("الربع الثالث", Some("2024-07/2024-09"))]),
            (
                j,
                "وسجل الاقتصاد نموا في الفصل الثالث من السنة الماضية.",
                &[("الفصل الثالث من السنة الماضية", Some("2024-07/2024-09"))],
            ),
        ],
    );
    check_no_date("ar", &[(j, "وينص الفصل الأول من الدستور على ذلك."), (j, "وارتفع الإنتاج في الفصل الثالث.")]);
    check(
        "fr",
        &[(j, "Le PIB progressera au second semestre.", &[("second semestre", Some("2025-07/2025-12"))])],
    );
    check(
        "en",
        &[(j, "Growth slowed in the fourth quarter.", &[("fourth quarter", Some("2024-10/2024-12"))])],
    );
}

#[test]
fn demonstrative_anaphora_and_the_morrow() {
    check(
        "ar",
        &[
            (D, "ويصل الوفد صباح الغد إلى الرباط.", &[("صباح الغد", Some("2024-11-29"))]),
            (
                D,
                "ووصل الرئيس إلى الجزائر في 5 نوفمبر، وفي ذلك اليوم وقع البلدان اتفاقا.",
                &[("ذلك اليوم", Some("2024-11-05"))],
            ),
        ],
    );
    check_no_date("ar", &[(D, "وقال إن ذلك يعني الكثير.")]);
    check(
        "en",
        &[(
            D,
            "He arrived on November 5. That day, they signed a deal.",
            &[("That day", Some("2024-11-05"))],
        )],
    );
}

#[test]
fn classifiers_and_forward_prepositions() {
    let m = "2024-05-20";
    check(
        "ar",
        &[
            (
                m,
                "وأعلنت الوزارة عن تمديد حالة الطوارئ إلى غاية 10 يونيو.",
                &[("10 يونيو", Some("2024-06-10"))],
            ),
            (m, "وتعود أحداث القضية إلى شهر غشت من سنة 2022.", &[("غشت من سنة 2022", Some("2022-08"))]),
            (
                m,
                "واستمرت الأشغال من شهر مارس إلى شهر مايو.",
                &[("من شهر مارس إلى شهر مايو", Some("2024-03/2024-05"))],
            ),
        ],
    );
}

#[test]
fn parts_of_a_written_year() {
    check(
        "fr",
        &[(D, "Il avait été arrêté à la fin de l'année 2022.", &[("la fin de l'année 2022", Some("2022"))])],
    );
    check("ar", &[(D, "واعتقل في نهاية سنة 2022.", &[("نهاية سنة 2022", Some("2022"))])]);
    check("en", &[(D, "The plant will close at the end of 2026.", &[("the end of 2026", Some("2026"))])]);
}

#[test]
fn days_of_the_current_month() {
    let m = "2024-05-20";
    check(
        "ar",
        &[
            (m, "وتنطلق الامتحانات يوم 27 الجاري.", &[("27 الجاري", Some("2024-05-27"))]),
            (m, "وعقد المجلس دورته يومي 14 و15 الجاري.", &[("14 و15 الجاري", Some("2024-05-14/2024-05-15"))]),
        ],
    );
}

#[test]
fn division_of_the_current_year() {
    check(
        "en",
        &[(
            "2025-01-10",
            "Results are expected in the second half of the year.",
            &[("second half of the year", Some("2025-07/2025-12"))],
        )],
    );
}

/// "on the 18th": a day alone is of the month of publication, or of the
/// month before (past or no tense) or after (future) when that month has
/// not reached it yet or has passed it; an ordinal before a noun is no day.
#[test]
fn en_a_day_alone() {
    check(
        "en",
        &[
            (
                "2024-02-21",
                "They foiled an attempt on the 18th, arresting three people.",
                &[("the 18th", Some("2024-02-18"))],
            ),
            ("2024-02-21", "The raid took place on the 25th.", &[("the 25th", Some("2024-01-25"))]),
            ("2024-02-21", "The ministers will meet on the 25th.", &[("the 25th", Some("2024-02-25"))]),
            ("2024-02-21", "The ministers will meet on the 5th.", &[("the 5th", Some("2024-03-05"))]),
            ("2024-01-10", "He was arrested on the 22nd.", &[("the 22nd", Some("2023-12-22"))]),
        ],
    );
    check_no_date(
        "en",
        &[("2024-02-21", "Europe in the 18th century."), ("2024-02-21", "The 18th summit opened.")],
    );
}

/// The weekend, named with a marker or bare (then by tense). 2024-11-28 is
/// a Thursday; the Arabic weekend spans Friday to Sunday.
#[test]
fn weekends() {
    check(
        "en",
        &[
            (
                D,
                "The minister met his counterpart over the weekend.",
                &[("the weekend", Some("2024-11-23/2024-11-24"))],
            ),
            (
                D,
                "Last weekend, police arrested three suspects.",
                &[("Last weekend", Some("2024-11-23/2024-11-24"))],
            ),
            (
                D,
                "The delegation will arrive this weekend.",
                &[("this weekend", Some("2024-11-30/2024-12-01"))],
            ),
            (
                "2024-11-25",
                "The minister will visit Algiers next weekend.",
                &[("next weekend", Some("2024-11-30/2024-12-01"))],
            ),
        ],
    );
    check(
        "fr",
        &[
            (
                D,
                "Le week-end dernier, la police a arrêté trois suspects.",
                &[("Le week-end dernier", Some("2024-11-23/2024-11-24"))],
            ),
            (
                D,
                "Le ministre se rendra à Alger ce week-end.",
                &[("ce week-end", Some("2024-11-30/2024-12-01"))],
            ),
            (
                "2024-12-01",
                "Les deux ministres se sont entretenus ce week-end.",
                &[("ce week-end", Some("2024-11-30/2024-12-01"))],
            ),
        ],
    );
    check(
        "ar",
        &[
            (
                D,
                "التقى الوزير نظيره نهاية الأسبوع الماضي في الرباط.",
                &[("نهاية الأسبوع الماضي", Some("2024-11-22/2024-11-24"))],
            ),
            (
                "2024-12-02",
                "التقى الوزير نظيره خلال عطلة نهاية الأسبوع في الرباط.",
                &[("عطلة نهاية الأسبوع", Some("2024-11-29/2024-12-01"))],
            ),
            (
                D,
                "يزور الوزير الجزائر نهاية الأسبوع المقبل.",
                &[("نهاية الأسبوع المقبل", Some("2024-11-29/2024-12-01"))],
            ),
        ],
    );
}

/// "next" before the noun of what is to come ("their next meeting", "la
/// prochaine réunion", "الاجتماع المقبل") puts a bare month after the
/// publication date, whatever the tense of the verb that agreed on it.
#[test]
fn the_next_one_looks_forward() {
    let d = "2025-03-12";
    check(
        "en",
        &[(
            d,
            "The two ministers agreed to hold their next meeting in Tunis in June.",
            &[("June", Some("2025-06"))],
        )],
    );
    check(
        "fr",
        &[(
            d,
            "Ils ont convenu de tenir la prochaine réunion en juin à Tunis.",
            &[("juin", Some("2025-06"))],
        )],
    );
    check(
        "ar",
        &[(
            d,
            "واتفق الجانبان على عقد الاجتماع المقبل في الرباط خلال شهر يونيو.",
            &[("يونيو", Some("2025-06"))],
        )],
    );
    check("en", &[(d, "The two ministers met in Tunis in June.", &[("June", Some("2024-06"))])]);
}

#[test]
fn glued_letters_are_peeled_as_the_data_says() {
    // The affixes of the language file decide what is peeled before a
    // word is looked up: the conjunction of "وغدا", the possessive of
    // "Thursday's". Without them in the file, neither word is a date.
    let data = DataFiles::embedded();
    let compile = |lang: &str, edit: &dyn Fn(&str) -> String| {
        let path = format!("lexicon/time/{lang}.toml");
        let text = edit(data.get(&path).expect("file"));
        let l = super::lexicon::LangLexicon::compile(&path, &text).expect("compiles");
        TimeLexicon { langs: [(lang.to_string(), l)].into_iter().collect() }
    };
    let found = |lex: &TimeLexicon, lang: &str, s: &str| {
        let text = Text::new(s, &HashSet::new());
        recognize(&text, lang, PartialDate::parse("2024-11-20"), lex)
            .into_iter()
            .map(|m| (s[m.start..m.end].to_string(), m.value.map(|v| v.to_string())))
            .collect::<Vec<_>>()
    };
    for (lang, affixes, s, want, value) in [
        (
            "ar",
            "first = [{ prefix = \"و\" }, { prefix = \"ف\" }]",
            "وغدا يزور الوزير الرباط.",
            "غدا",
            "2024-11-21",
        ),
        (
            "en",
            "first = [{ suffix = \"'s\", keep = true }]",
            "Thursday's attack killed two.",
            "Thursday's",
            "2024-11-14",
        ),
    ] {
        let real = compile(lang, &|t| t.to_string());
        let bare = compile(lang, &|t| {
            assert!(t.contains(affixes), "{lang}");
            t.replace(affixes, "first = []")
        });
        assert_eq!(found(&real, lang, s), [(want.to_string(), Some(value.to_string()))], "{s}");
        assert!(found(&bare, lang, s).is_empty(), "{s}: {:?}", found(&bare, lang, s));
    }
    // An affix is a prefix or a suffix, never both nor neither.
    for bad in ["{ prefix = \"و\", suffix = \"x\" }", "{ keep = true }"] {
        let path = "lexicon/time/en.toml";
        let text =
            data.get(path).expect("file").replace("[{ suffix = \"'s\", keep = true }]", &format!("[{bad}]"));
        let err = super::lexicon::LangLexicon::compile(path, &text).unwrap_err();
        assert_eq!((err.file.as_str(), err.key.as_str()), (path, "affixes"), "{bad}");
    }
}
