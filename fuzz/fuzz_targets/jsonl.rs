//! JSON Lines ingest through `read_source` on a `.jsonl` file (and the same
//! bytes as a `.json` file): never panics; every document read has an id
//! and a text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ties_fuzz::ingest_file;

fuzz_target!(|data: &[u8]| {
    ingest_file("jsonl", data);
    ingest_file("json", data);
});
