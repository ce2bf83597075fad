//! The folded text's offset map: every span between folded char
//! boundaries maps back to a span of the original on char boundaries,
//! inside the text, in order; tokens and sentences lie on char boundaries.
#![no_main]

use std::collections::HashSet;

use libfuzzer_sys::fuzz_target;
use ties::text::{Folded, Text};

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    let f = Folded::new(s);
    let bounds: Vec<usize> = f.text.char_indices().map(|(i, _)| i).chain([f.text.len()]).collect();
    let ok = |a: usize, b: usize| a <= b && b <= s.len() && s.is_char_boundary(a) && s.is_char_boundary(b);
    let mut last = 0;
    for w in bounds.windows(2) {
        let (a, b) = f.to_original(w[0], w[1]);
        assert!(ok(a, b), "{:?} -> {a}..{b}", (w[0], w[1]));
        assert!(a >= last || a == 0, "spans go backwards: {a} after {last}");
        last = a;
        let o = f.original_start(w[0]);
        assert!(o <= s.len() && s.is_char_boundary(o));
        assert!(f.folded_offset(o) <= w[0]);
    }
    // Whole text and a few wider spans.
    let n = bounds.len();
    for (i, j) in [(0, n - 1), (0, n / 2), (n / 3, n - 1), (n / 4, 3 * n / 4)] {
        if i <= j {
            let (a, b) = f.to_original(bounds[i], bounds[j]);
            assert!(ok(a, b), "{:?} -> {a}..{b}", (bounds[i], bounds[j]));
        }
    }
    let text = Text::new(s, &HashSet::new());
    for t in &text.tokens {
        assert!(ok(t.start, t.end) && t.start < t.end);
        assert!(text.folded.text.is_char_boundary(t.fstart) && text.folded.text.is_char_boundary(t.fend));
    }
    for sent in &text.sentences {
        assert!(ok(sent.start, sent.end));
    }
});
