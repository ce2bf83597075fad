//! Text helpers shared by the exporters: escaping for HTML and XML, right-
//! to-left isolation, and display names of actors and dates.

use crate::model::{Actor, Event, TiesDoc};
use std::collections::BTreeMap;

/// Escapes text for HTML content and quoted attribute values: `& < > " '`.
/// Control characters other than tab and newline are dropped.
pub fn html(s: &str) -> String {
    let mut o = String::with_capacity(s.len() + 8);
    let loud = |x: u8| {
        matches!(x, b'&' | b'<' | b'>' | b'"' | b'\'' | 0x7F | 0xC2) || (x < 0x20 && x != b'\t' && x != b'\n')
    };
    push_by_runs(&mut o, s, loud, |c, _| match c {
        '&' => Some("&amp;"),
        '<' => Some("&lt;"),
        '>' => Some("&gt;"),
        '"' => Some("&quot;"),
        '\'' => Some("&#39;"),
        c if is_control(c) => Some(""),
        _ => None,
    });
    o
}

/// Appends `s` to `o`, copying runs of text whole: only the chars that
/// start with a byte `loud` picks out are given to `with` (with the bytes
/// after them), which says what to write instead (`None`: the char as it
/// is). `loud` must pick only bytes that start a char: ASCII bytes, or
/// lead bytes (0xC0 and above), such as 0xC2 for the C1 controls.
pub fn push_by_runs(
    o: &mut impl std::fmt::Write,
    s: &str,
    loud: impl Fn(u8) -> bool,
    mut with: impl FnMut(char, &[u8]) -> Option<&'static str>,
) {
    // A `String` never fails to take text, and a [`Sink`] keeps its first
    // error for its caller.
    let b = s.as_bytes();
    let (mut run, mut i) = (0, 0);
    while i < b.len() {
        if !loud(b[i]) {
            i += 1;
            continue;
        }
        let c = s[i..].chars().next().unwrap_or_default();
        let n = c.len_utf8();
        if let Some(w) = with(c, &b[i + n..]) {
            let _ = o.write_str(&s[run..i]);
            let _ = o.write_str(w);
            run = i + n;
        }
        i += n;
    }
    let _ = o.write_str(&s[run..]);
}

/// Is `c` a C0 or C1 control character or DEL?
pub fn is_control(c: char) -> bool {
    c.is_control()
}

/// Text fit for an XML 1.0 document: control characters (which XML 1.0
/// forbids or discourages, and which Gephi's reader rejects) become spaces,
/// except tab and newline; non-characters U+FFFE/U+FFFF are dropped.
/// Escaping of `& < > "` is left to the XML writer.
pub fn xml_clean(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    // U+FFFE and U+FFFF start with 0xEF.
    let loud = |x: u8| (x < 0x20 && x != b'\t' && x != b'\n') || matches!(x, 0x7F | 0xC2 | 0xEF);
    push_by_runs(&mut o, s, loud, |c, _| match c {
        '\u{FFFE}' | '\u{FFFF}' => Some(""),
        c if is_control(c) => Some(" "),
        _ => None,
    });
    o
}

/// Text for one line (CSV, Markdown, labels): newlines and controls become
/// spaces, runs of spaces collapse.
pub fn one_line(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    // Runs of text without a blank are copied whole; a blank is a space,
    // a control (C1 ones start with 0xC2) or U+2028/U+2029 (0xE2).
    let b = s.as_bytes();
    let (mut run, mut i) = (0, 0);
    let mut space = false;
    while i < b.len() {
        if !(b[i] <= b' ' || matches!(b[i], 0x7F | 0xC2 | 0xE2)) {
            i += 1;
            continue;
        }
        let c = s[i..].chars().next().unwrap_or_default();
        let n = c.len_utf8();
        if c == ' ' || c.is_control() || c == '\u{2028}' || c == '\u{2029}' {
            if run < i {
                o.push_str(&s[run..i]);
                space = false;
            }
            if !space && !o.is_empty() {
                o.push(' ');
            }
            space = true;
            run = i + n;
        }
        i += n;
    }
    o.push_str(&s[run..]);
    if o.ends_with(' ') {
        o.pop();
    }
    o
}

/// Is `c` a right-to-left letter (Hebrew, Arabic, Syriac, Thaana, NKo and
/// the Arabic presentation forms)?
pub fn is_rtl(c: char) -> bool {
    matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF)
}

/// Is the first strong character of `s` right-to-left?
pub fn starts_rtl(s: &str) -> bool {
    s.chars().find(|&c| is_rtl(c) || crate::text::is_letter(c)).is_some_and(is_rtl)
}

/// Wraps `s` in a right-to-left isolate (U+2067 … U+2069) when its first
/// strong character is right-to-left, so that renderers which start every
/// text left-to-right (SVG `<text>`) agree with those that look at the
/// text (Pango, for PNG).
pub fn isolate(s: &str) -> String {
    if starts_rtl(s) { format!("\u{2067}{s}\u{2069}") } else { s.to_string() }
}

/// Actor id → actor.
pub fn actor_index(doc: &TiesDoc) -> BTreeMap<&str, &Actor> {
    doc.actors.iter().map(|a| (a.id.as_str(), a)).collect()
}

/// The Arabic name of an actor when it differs from its display name.
pub fn arabic_name(a: &Actor) -> Option<&str> {
    a.names.get("ar").map(String::as_str).filter(|n| *n != a.name)
}

/// The display name of an actor id: the actor's name, or the id itself.
pub fn name_of<'a>(actors: &BTreeMap<&str, &'a Actor>, id: &'a str) -> &'a str {
    actors.get(id).map_or(id, |a| a.name.as_str())
}

/// `2024-11-25 – 2024-11-26`, `2023-11`, or `undated`.
pub fn event_date(e: &Event) -> String {
    match &e.date {
        Some(d) => match &d.end {
            Some(end) => format!("{} – {end}", d.start),
            None => d.start.clone(),
        },
        None => "undated".to_string(),
    }
}

/// `1 document`, `2 documents`.
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Makes JSON safe inside an HTML `<script>` element: `<`, `>`, `&`,
/// U+2028 and U+2029 become `\u` escapes (they can only occur inside JSON
/// strings, where the escapes mean the same characters).
pub fn json_for_script_into(o: &mut impl std::fmt::Write, json: &str) {
    // U+2028 and U+2029 start with 0xE2.
    let loud = |x: u8| matches!(x, b'<' | b'>' | b'&' | 0xE2);
    push_by_runs(o, json, loud, |c, _| match c {
        '<' => Some("\\u003c"),
        '>' => Some("\\u003e"),
        '&' => Some("\\u0026"),
        '\u{2028}' => Some("\\u2028"),
        '\u{2029}' => Some("\\u2029"),
        _ => None,
    });
}

/// Text written straight into an [`std::io::Write`] as it would be pushed
/// onto a `String`, so an exporter writes a large file piece by piece
/// instead of building it whole. The first error is kept (later writes are
/// skipped) and returned by [`Sink::finish`].
pub struct Sink<'a> {
    w: &'a mut dyn std::io::Write,
    err: Option<std::io::Error>,
}

impl<'a> Sink<'a> {
    /// Writes into `w`.
    pub fn new(w: &'a mut dyn std::io::Write) -> Sink<'a> {
        Sink { w, err: None }
    }

    /// Appends `s`.
    pub fn push_str(&mut self, s: &str) {
        if self.err.is_none()
            && let Err(e) = self.w.write_all(s.as_bytes())
        {
            self.err = Some(e);
        }
    }

    /// Appends `c`.
    pub fn push(&mut self, c: char) {
        self.push_str(c.encode_utf8(&mut [0; 4]));
    }

    /// The first error met, if any.
    pub fn finish(self) -> std::io::Result<()> {
        self.err.map_or(Ok(()), Err)
    }
}

impl std::fmt::Write for Sink<'_> {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.push_str(s);
        Ok(())
    }
}

/// The text an exporter writes, as a `String` (for tests and small graphs).
pub fn to_text(write: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>) -> String {
    let mut bytes = Vec::new();
    write(&mut bytes).expect("writing to memory does not fail");
    String::from_utf8(bytes).expect("exports are UTF-8")
}

/// A writer that appends JSON to a page, escaped as
/// [`json_for_script_into`] does, so a large value is serialized straight
/// into the page. A character split between two writes is put together
/// before it is escaped.
pub struct ScriptJson<'a, O: std::fmt::Write> {
    out: &'a mut O,
    /// The first bytes of a character whose rest is still to come.
    pending: Vec<u8>,
}

impl<'a, O: std::fmt::Write> ScriptJson<'a, O> {
    /// A writer appending to `out`.
    pub fn new(out: &'a mut O) -> ScriptJson<'a, O> {
        ScriptJson { out, pending: Vec::new() }
    }

    fn put(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        let (text, rest) = match std::str::from_utf8(bytes) {
            Ok(s) => (s, &[][..]),
            // Only the end is cut short: keep it for the next write.
            Err(e) if e.error_len().is_none() => {
                let (ok, rest) = bytes.split_at(e.valid_up_to());
                (std::str::from_utf8(ok).unwrap_or_default(), rest)
            }
            Err(e) => return Err(std::io::Error::other(e)),
        };
        json_for_script_into(self.out, text);
        self.pending.extend_from_slice(rest);
        Ok(())
    }
}

impl<O: std::fmt::Write> std::io::Write for ScriptJson<'_, O> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.pending.is_empty() {
            self.put(buf)?;
        } else {
            let mut joined = std::mem::take(&mut self.pending);
            joined.extend_from_slice(buf);
            self.put(&joined)?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if self.pending.is_empty() {
            Ok(())
        } else {
            Err(std::io::Error::other("JSON ends inside a character"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The run-copying escapers give, for every char of the first planes
    /// alone and among spaces, line breaks and markup, what their rule
    /// gives char by char.
    #[test]
    fn escapers_agree_with_their_rules_for_every_char() {
        fn html_rule(s: &str) -> String {
            let mut o = String::new();
            for c in s.chars() {
                match c {
                    '&' => o.push_str("&amp;"),
                    '<' => o.push_str("&lt;"),
                    '>' => o.push_str("&gt;"),
                    '"' => o.push_str("&quot;"),
                    '\'' => o.push_str("&#39;"),
                    '\t' | '\n' => o.push(c),
                    c if c.is_control() => {}
                    c => o.push(c),
                }
            }
            o
        }
        fn xml_rule(s: &str) -> String {
            s.chars()
                .filter(|c| !matches!(c, '\u{FFFE}' | '\u{FFFF}'))
                .map(|c| if c.is_control() && c != '\t' && c != '\n' { ' ' } else { c })
                .collect()
        }
        fn line_rule(s: &str) -> String {
            let mut o = String::new();
            let mut space = false;
            for c in s.chars() {
                let c = if c.is_control() || c == '\u{2028}' || c == '\u{2029}' { ' ' } else { c };
                if c == ' ' {
                    if !space && !o.is_empty() {
                        o.push(' ');
                    }
                    space = true;
                } else {
                    o.push(c);
                    space = false;
                }
            }
            if o.ends_with(' ') {
                o.pop();
            }
            o
        }
        for c in (0..0x3000u32).chain(0xFEF0..0x10000).filter_map(char::from_u32) {
            for s in [
                format!("{c}"),
                format!(" {c}  a{c}\r\n{c}b\t"),
                format!("<{c}>&\u{85}\u{2028}«{c}» \u{FFFE}x\u{FFFF}"),
            ] {
                assert_eq!(html(&s), html_rule(&s), "{s:?}");
                assert_eq!(xml_clean(&s), xml_rule(&s), "{s:?}");
                assert_eq!(one_line(&s), line_rule(&s), "{s:?}");
            }
        }
    }

    #[test]
    fn escaping_tables() {
        #[rustfmt::skip]
        let html_cases = [
            ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
            ("<img src=x onerror=\"a('b')\">", "&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;"),
            ("a & b\u{0}\u{7}c", "a &amp; bc"),
        ];
        for (input, want) in html_cases {
            assert_eq!(html(input), want, "{input:?}");
        }
        assert_eq!(xml_clean("a\u{1}b\u{FFFF}\u{85}c"), "a b c");
        assert_eq!(one_line("  a\n\r b\u{2028}c  "), "a b c");
        let mut page = String::from("x=");
        json_for_script_into(&mut page, "{\"a\":\"</script><!--&\u{2028}\"}");
        assert_eq!(page, r#"x={"a":"\u003c/script\u003e\u003c!--\u0026\u2028"}"#);
        // The same through the writer a serializer is given, also when a
        // character comes in two writes.
        let mut page = String::new();
        serde_json::to_writer(ScriptJson::new(&mut page), &serde_json::json!({"a": "</script>&\u{2028}"}))
            .unwrap();
        assert_eq!(page, r#"{"a":"\u003c/script\u003e\u0026\u2028"}"#);
        let mut page = String::new();
        let mut w = ScriptJson::new(&mut page);
        let bytes = "\"ب\u{2028}<\"".as_bytes();
        for piece in [&bytes[..2], &bytes[2..4], &bytes[4..]] {
            std::io::Write::write_all(&mut w, piece).unwrap();
        }
        std::io::Write::flush(&mut w).unwrap();
        assert_eq!(page, "\"ب\\u2028\\u003c\"");
        let mut cut = ScriptJson::new(&mut page);
        std::io::Write::write_all(&mut cut, &bytes[..2]).unwrap();
        assert!(std::io::Write::flush(&mut cut).is_err(), "a text that ends inside a character");
    }

    #[test]
    fn isolates_only_right_to_left_first() {
        assert_eq!(isolate("فرانسيسكا بوستين"), "\u{2067}فرانسيسكا بوستين\u{2069}");
        assert_eq!(isolate("«الأمم المتحدة» (UN)"), "\u{2067}«الأمم المتحدة» (UN)\u{2069}");
        assert_eq!(isolate("UN (الأمم المتحدة)"), "UN (الأمم المتحدة)");
        assert_eq!(isolate("2024 المغرب"), "\u{2067}2024 المغرب\u{2069}");
        assert_eq!(isolate(""), "");
    }
}
