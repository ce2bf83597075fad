//! Language identification among Arabic, French and English.
//!
//! Arabic is decided by script: a text whose letters are mostly Arabic is
//! Arabic. French and English are told apart by whatlang with an allow-list
//! of the two, which is reliable on a paragraph.

use whatlang::{Detector, Lang};

/// The languages ties reads.
pub const LANGUAGES: [&str; 3] = ["ar", "fr", "en"];

/// Detects the language of `text`: `Some("ar" | "fr" | "en")`, or `None`
/// when the text has too few letters or is in another script.
pub fn detect(text: &str) -> Option<&'static str> {
    let (mut arabic, mut latin, mut other) = (0usize, 0usize, 0usize);
    for c in text.chars().filter(|&c| super::is_letter(c)) {
        match c {
            '\u{0600}'..='\u{06FF}'
            | '\u{0750}'..='\u{077F}'
            | '\u{FB50}'..='\u{FDFF}'
            | '\u{FE70}'..='\u{FEFF}' => arabic += 1,
            'a'..='z' | 'A'..='Z' | '\u{00C0}'..='\u{024F}' => latin += 1,
            _ => other += 1,
        }
    }
    let total = arabic + latin + other;
    if total < 3 {
        return None;
    }
    if arabic * 2 >= total {
        return Some("ar");
    }
    if latin * 2 < total {
        return None;
    }
    let detector = Detector::with_allowlist(vec![Lang::Fra, Lang::Eng]);
    match detector.detect_lang(text)? {
        Lang::Fra => Some("fr"),
        _ => Some("en"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_three_languages() {
        let cases = [
            ("أجرت المديرة العامة زيارة رسمية إلى المغرب (DGST).", Some("ar")),
            ("Le ministre de l'Intérieur a reçu son homologue espagnol à Rabat.", Some("fr")),
            ("The interior minister received his Spanish counterpart in Rabat.", Some("en")),
            ("Москва и Пекин подписали соглашение", None),
            ("12 / 34", None),
        ];
        for (text, want) in cases {
            assert_eq!(detect(text), want, "{text}");
        }
    }
}
