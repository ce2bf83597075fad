//! The time recognizer: never panics; every mention lies on char
//! boundaries inside the text; every value parses back as ISO 8601. The
//! first byte chooses the language and the publication date.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ties::text::Text;
use ties_fuzz::{check_period, header_and_text, language, lexicon, published};

fuzz_target!(|data: &[u8]| {
    let Some((h, s)) = header_and_text(data) else { return };
    let lex = lexicon();
    let lang = language(h);
    let text = Text::new(&s, lex.text.abbreviations(lang));
    for t in ties::time::recognize(&text, lang, published(h), &lex.time) {
        assert!(t.start <= t.end && t.end <= s.len());
        assert!(s.is_char_boundary(t.start) && s.is_char_boundary(t.end));
        if let Some(v) = t.value {
            check_period(&v.to_string(), "time");
        }
    }
    if let Some(d) = ties::time::infer_dct(&text, lang, &lex.time) {
        check_period(&d.to_string(), "inferred publication date");
    }
});
