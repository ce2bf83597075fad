//! HTML reading: never panics, through the parser alone and through the
//! `.html` ingest path.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ties::ingest::html;
use ties_fuzz::ingest_file;

fuzz_target!(|data: &[u8]| {
    if let Ok(s) = std::str::from_utf8(data) {
        let a = html::read(s);
        assert_eq!(a.text, a.text.trim());
        if let Some(l) = &a.language {
            assert!(!l.is_empty() && l.chars().count() <= 2);
        }
    }
    ingest_file("html", data);
});
