//! Front matter splitting: never panics; the body starts on a char
//! boundary inside the input; the whole text path (through a `.md` file)
//! never panics and gives a clean text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ties::ingest::front_matter;
use ties_fuzz::ingest_file;

fuzz_target!(|data: &[u8]| {
    if let Ok(s) = std::str::from_utf8(data)
        && let Ok(Some(fm)) = front_matter::split(s)
    {
        assert!(fm.body_start <= s.len() && s.is_char_boundary(fm.body_start));
        for k in fm.fields.keys() {
            assert_eq!(k, &k.to_lowercase());
        }
    }
    ingest_file("md", data);
});
