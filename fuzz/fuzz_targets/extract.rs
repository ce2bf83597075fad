//! The whole extractor on arbitrary UTF-8: never panics; every span and
//! date of the result is valid. The first byte chooses the language (or
//! detection) and the publication date.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ties_fuzz::{check_extraction, document, header_and_text, language, lexicon, published};

fuzz_target!(|data: &[u8]| {
    let Some((h, s)) = header_and_text(data) else { return };
    let lang = (h & 0x80 == 0).then(|| language(h));
    let doc = document(s, lang, published(h));
    if let Ok((out, _)) = ties::extract(&doc, lexicon()) {
        check_extraction(&doc.text, &out);
    }
});
