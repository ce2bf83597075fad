//! The matching form of a text, with a map back to the original bytes.
//!
//! Matching happens on a folded copy of the text: Arabic without diacritics
//! or tatweel, with أ/إ/آ/ٱ → ا, ى → ي, ة → ه and Arabic-Indic or Persian
//! digits as ASCII; Latin lower-cased and without accents; typographic
//! quotes and dashes made plain. Each filter is a small function over one
//! character, and the chain is the same for every language: the folds are
//! script-specific by nature (an Arabic fold never touches a Latin letter),
//! so mixed text ("المديرية العامة (DGST)") folds correctly in one pass.
//!
//! The folded string keeps, for each of its bytes, the byte range of the
//! original character it came from, so any span found in the folded form
//! maps back to a span of the original that starts and ends on character
//! boundaries. Removed characters (diacritics, tatweel) are attached to the
//! character before them, so a name's span includes its vowel marks.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Folds one character into zero or more characters of the matching form.
///
/// Returns the folded characters through `out`.
pub fn fold_char(c: char, out: &mut String) {
    match c {
        // Arabic diacritics (harakat, tanween, shadda, sukun, superscript alef,
        // Quranic marks) and tatweel: dropped.
        '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06ED}'
        | '\u{0640}' => {}
        // Bidi controls, zero-width characters and the BOM: dropped.
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' => {}
        'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
        'ى' | 'ی' => out.push('ي'),
        'ة' => out.push('ه'),
        'ک' => out.push('ك'),
        '٠'..='٩' => out.push(char::from(b'0' + (c as u32 - 0x0660) as u8)),
        '۰'..='۹' => out.push(char::from(b'0' + (c as u32 - 0x06F0) as u8)),
        '٫' => out.push('.'),
        '٬' => out.push(','),
        '‘' | '’' | '‚' | '‛' | '`' | '´' | 'ʼ' => out.push('\''),
        '“' | '”' | '„' | '«' | '»' | '‹' | '›' => out.push('"'),
        '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' => out.push('-'),
        '\u{00A0}' | '\u{2002}'..='\u{200A}' | '\u{202F}' | '\u{3000}' => out.push(' '),
        'ß' => out.push_str("ss"),
        'æ' | 'Æ' => out.push_str("ae"),
        'œ' | 'Œ' => out.push_str("oe"),
        // Latin letters that decompose into no base letter ("Küçükyılmaz",
        // "Støre", "Wałęsa"): written as the reader would without them.
        'ı' => out.push('i'),
        'ø' | 'Ø' => out.push('o'),
        'ł' | 'Ł' => out.push('l'),
        'đ' | 'Đ' | 'ð' | 'Ð' => out.push('d'),
        'þ' | 'Þ' => out.push_str("th"),
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        c if is_latin_like(c) => {
            for d in c.to_lowercase().nfd() {
                if !is_combining_mark(d) {
                    out.push(d);
                }
            }
        }
        c => out.push(c),
    }
}

/// The fold of the most frequent characters, ASCII and the Arabic letters
/// [`fold_char`] keeps, without going through its table; `None` for the
/// others.
#[inline]
fn fold_plain(c: char) -> Option<char> {
    match c {
        c if c.is_ascii() && c != '`' => Some(c.to_ascii_lowercase()),
        '\u{0621}'
        | '\u{0624}'
        | '\u{0626}'..='\u{0628}'
        | '\u{062A}'..='\u{063A}'
        | '\u{0641}'..='\u{0648}'
        | '\u{064A}' => Some(c),
        _ => None,
    }
}

fn is_latin_like(c: char) -> bool {
    // Latin-1 Supplement to Latin Extended Additional, Greek and Cyrillic:
    // scripts with case and accents.
    matches!(c, '\u{00C0}'..='\u{052F}' | '\u{1E00}'..='\u{1FFF}')
}

/// A folded text with its map back to the original.
#[derive(Debug, Clone, Default)]
pub struct Folded {
    /// The matching form.
    pub text: String,
    /// For each byte of `text`: the byte range in the original of the
    /// character it came from (removed characters widen the range before them).
    spans: Vec<(u32, u32)>,
    original_len: usize,
}

impl Folded {
    /// Folds `original` into its matching form.
    pub fn new(original: &str) -> Folded {
        let mut text = String::with_capacity(original.len());
        let mut spans: Vec<(u32, u32)> = Vec::with_capacity(original.len());
        let mut buf = String::new();
        for (i, c) in original.char_indices() {
            let end = (i + c.len_utf8()) as u32;
            if let Some(d) = fold_plain(c) {
                text.push(d);
                spans.extend(std::iter::repeat_n((i as u32, end), d.len_utf8()));
                continue;
            }
            buf.clear();
            fold_char(c, &mut buf);
            if buf.is_empty() {
                // Attach a removed character to the output character before it,
                // unless a space or punctuation stands there.
                let glue = text.chars().next_back().is_some_and(super::is_word_char);
                if glue {
                    let from = last_char_start(&text);
                    for s in &mut spans[from..] {
                        s.1 = end;
                    }
                }
                continue;
            }
            text.push_str(&buf);
            spans.extend(std::iter::repeat_n((i as u32, end), buf.len()));
        }
        Folded { text, spans, original_len: original.len() }
    }

    /// Maps a byte span of the folded text to a byte span of the original.
    ///
    /// `start` and `end` must lie on character boundaries of the folded text;
    /// the result always lies on character boundaries of the original. An
    /// empty span maps to an empty span.
    pub fn to_original(&self, start: usize, end: usize) -> (usize, usize) {
        if start >= end || start >= self.spans.len() {
            let at = self.spans.get(start).map_or(self.original_len, |s| s.0 as usize);
            return (at, at);
        }
        let s = self.spans[start].0 as usize;
        let e = self.spans[end.min(self.spans.len()) - 1].1 as usize;
        (s, e.max(s))
    }

    /// The original byte offset where folded byte `i` comes from.
    pub fn original_start(&self, i: usize) -> usize {
        self.spans.get(i).map_or(self.original_len, |s| s.0 as usize)
    }

    /// The first folded byte whose source starts at or after original byte `o`.
    pub fn folded_offset(&self, o: usize) -> usize {
        self.spans.partition_point(|s| (s.0 as usize) < o)
    }
}

fn last_char_start(s: &str) -> usize {
    s.char_indices().next_back().map_or(0, |(i, _)| i)
}

/// Characters that are in NFC whatever surrounds them (quick check Yes,
/// combining class 0): Latin up to the combining marks, the Arabic letters,
/// digits and punctuation, and the common dashes and quotes.
#[inline]
fn always_nfc(c: char) -> bool {
    matches!(c, '\0'..='\u{02FF}' | '\u{060C}' | '\u{061B}' | '\u{061F}' | '\u{0621}'..='\u{064A}' | '\u{0660}'..='\u{0669}' | '\u{2010}'..='\u{2027}')
}

/// Is `s` in Unicode NFC? The quick check starts afresh after every
/// [`always_nfc`] character (combining class 0, quick check Yes), so only
/// the runs of other characters (an Arabic text's vowel marks) go through
/// the normalization tables.
pub fn is_nfc(s: &str) -> bool {
    let mut rest = s;
    while let Some(i) = rest.find(|c| !always_nfc(c)) {
        let run = &rest[i..];
        let end = run.find(always_nfc).unwrap_or(run.len());
        if unicode_normalization::is_nfc_quick(run[..end].chars()) != unicode_normalization::IsNormalized::Yes
        {
            return false;
        }
        rest = &run[end..];
    }
    true
}

/// Folds a short string (a lexicon entry) into its matching form.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    if is_nfc(s) {
        for c in s.chars() {
            fold_char(c, &mut out);
        }
    } else {
        for c in s.nfc() {
            fold_char(c, &mut out);
        }
    }
    out
}

/// Folds a name for comparison: the matching form with punctuation and
/// hyphens as spaces and runs of space collapsed (the rule of the gold
/// format).
pub fn name_key(s: &str) -> String {
    let f = fold(s);
    let mut out = String::with_capacity(f.len());
    for w in f.split(|c: char| !(super::is_word_char(c) || is_arabic_mark(c))) {
        if !w.is_empty() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(w);
        }
    }
    out
}

fn is_arabic_mark(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}') && !c.is_alphanumeric() && is_combining_mark(c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn folds_arabic_and_latin() {
        let cases = [
            ("أحمد", "احمد"),
            ("إسبانيا", "اسبانيا"),
            ("مُصْطَفَى", "مصطفي"),
            ("المديرـــة", "المديره"),
            ("٢٥/١١/٢٠٢٤", "25/11/2024"),
            ("۲۰۲۴", "2024"),
            ("Sûreté de l’État", "surete de l'etat"),
            ("MAROC", "maroc"),
            ("Œuvre «x»", "oeuvre \"x\""),
            ("a\u{200F}b", "ab"),
            ("Küçükyılmaz", "kucukyilmaz"),
            ("İstanbul", "istanbul"),
            ("Støre Łukasz Đorđe", "store lukasz dorde"),
        ];
        for (input, want) in cases {
            assert_eq!(fold(input), want, "{input}");
        }
    }

    #[test]
    fn characters_taken_as_nfc_are_nfc_in_any_company() {
        use unicode_normalization::char::canonical_combining_class;
        let mut taken = 0;
        for c in (0..=0x10FFFF).filter_map(char::from_u32).filter(|&c| always_nfc(c)) {
            let alone = unicode_normalization::is_nfc_quick(std::iter::once(c));
            assert_eq!(alone, unicode_normalization::IsNormalized::Yes, "U+{:04X}", c as u32);
            assert_eq!(canonical_combining_class(c), 0, "U+{:04X}", c as u32);
            taken += 1;
        }
        assert!(taken > 700, "{taken}");
        // Not NFC: a decomposed letter, a singleton (U+2000 is U+2002).
        for s in ["e\u{0301}", "a\u{2000}b", "\u{0627}\u{0653}"] {
            assert!(!is_nfc(s), "{s:?}");
        }
        assert!(is_nfc("زارت بوستين الرباط، يوم ٢٥ نوفمبر — «Sûreté»."));
    }

    proptest! {
        /// Checking by runs answers as the quick check of the whole text.
        #[test]
        fn nfc_by_runs_is_the_whole_quick_check(
            s in prop::collection::vec(prop::sample::select(vec![
                'a', 'e', ' ', 'ا', 'ل', 'ب', '،', '\u{064B}', '\u{064F}', '\u{0650}', '\u{0651}',
                '\u{0653}', '\u{0654}', '\u{0301}', '\u{0327}', '\u{2000}', '\u{06CC}', '\u{1100}',
                '\u{1161}', '\u{AC00}', '\u{0F73}', 'é',
            ]), 0..24).prop_map(|v| v.into_iter().collect::<String>())
        ) {
            let whole = unicode_normalization::is_nfc_quick(s.chars()) == unicode_normalization::IsNormalized::Yes;
            prop_assert_eq!(is_nfc(&s), whole, "{:?}", s);
        }
    }

    #[test]
    fn the_plain_fold_is_the_fold() {
        let mut taken = 0;
        let mut out = String::new();
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if let Some(d) = fold_plain(c) {
                out.clear();
                fold_char(c, &mut out);
                assert_eq!(out, d.to_string(), "{c:?} U+{:04X}", c as u32);
                taken += 1;
            }
        }
        assert!(taken >= 127 + 30, "the plain fold takes ASCII and the Arabic letters: {taken}");
    }

    #[test]
    fn spans_map_back_to_char_boundaries() {
        let original = "زارَت فرانسيسكا بوستين المغربَ يوم ٢٥ نوفمبر، Sûreté.";
        let f = Folded::new(original);
        for (i, _) in f.text.char_indices() {
            for (j, _) in f.text.char_indices().skip_while(|(j, _)| *j <= i) {
                let (s, e) = f.to_original(i, j);
                assert!(original.is_char_boundary(s) && original.is_char_boundary(e));
            }
        }
        let at = f.text.find("المغرب").unwrap();
        let (s, e) = f.to_original(at, at + "المغرب".len());
        assert_eq!(&original[s..e], "المغربَ", "the trailing mark belongs to the word");
        let at = f.text.find("25").unwrap();
        let (s, e) = f.to_original(at, at + 2);
        assert_eq!(&original[s..e], "٢٥");
        let at = f.text.find("surete").unwrap();
        let (s, e) = f.to_original(at, at + 6);
        assert_eq!(&original[s..e], "Sûreté");
    }

    #[test]
    fn name_keys_follow_the_gold_rule() {
        assert_eq!(name_key("Al-Qaïda"), "al qaida");
        assert_eq!(name_key("  جهاز  أمن الدولة "), "جهاز امن الدوله");
        assert_eq!(name_key("U.S."), "u s");
    }
}
