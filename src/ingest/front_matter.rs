//! Front matter: a `---` block of `key: value` lines at the top of a text
//! or Markdown article.
//!
//! Keys read: `id`, `title`, `source`, `url`, `published` (or `date`),
//! `language` (or `lang`). Other keys are ignored. Values may be quoted
//! with `"` or `'`.

use std::collections::BTreeMap;

/// The fields of a front matter block and the text after it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FrontMatter {
    /// Key → value, keys lower-cased.
    pub fields: BTreeMap<String, String>,
    /// Byte offset where the body starts in the input.
    pub body_start: usize,
}

/// Splits a front matter block off `input`.
///
/// Returns `Ok(None)` when the input has no front matter, and an error
/// when a block is opened but never closed, or a line in it is not
/// `key: value`.
pub fn split(input: &str) -> Result<Option<FrontMatter>, String> {
    let first_line_end = input.find('\n').map_or(input.len(), |i| i + 1);
    if input[..first_line_end].trim_end() != "---" {
        return Ok(None);
    }
    // Find the closing line first: a block that never closes is reported
    // as such, not as a bad line somewhere in the article.
    let mut at = first_line_end;
    let mut close: Option<(usize, usize)> = None;
    while at < input.len() {
        let end = input[at..].find('\n').map_or(input.len(), |i| at + i + 1);
        let line = input[at..end].trim_end();
        if line == "---" || line == "..." {
            close = Some((at, end));
            break;
        }
        at = end;
    }
    let Some((block_end, body_start)) = close else {
        return Err("front matter opened with `---` on line 1 is never closed".to_string());
    };
    let mut fields = BTreeMap::new();
    for (i, line) in input[first_line_end..block_end].lines().enumerate() {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let Some((k, v)) = trimmed.split_once(':') else {
            return Err(format!("front matter line {} is not `key: value`: {trimmed:?}", i + 2));
        };
        fields.insert(k.trim().to_lowercase(), unquote(v.trim()).to_string());
    }
    Ok(Some(FrontMatter { fields, body_start }))
}

fn unquote(v: &str) -> &str {
    for q in ['"', '\''] {
        if v.len() >= 2 && v.starts_with(q) && v.ends_with(q) {
            return &v[1..v.len() - 1];
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_blocks() {
        let fm = split("---\nid: a-1\ntitle: \"Le titre: deux\"\npublished: 2024-11-28\n---\nBody")
            .unwrap()
            .unwrap();
        assert_eq!(fm.fields["id"], "a-1");
        assert_eq!(fm.fields["title"], "Le titre: deux");
        assert_eq!(fm.fields["published"], "2024-11-28");
        assert_eq!(
            fm.body_start,
            "---\nid: a-1\ntitle: \"Le titre: deux\"\npublished: 2024-11-28\n---\n".len()
        );
        assert_eq!(split("No front matter\n---\n").unwrap(), None);
        assert_eq!(split("---\r\nid: x\r\n---\r\nB").unwrap().unwrap().fields["id"], "x");
    }

    #[test]
    fn rejects_broken_blocks() {
        assert!(split("---\nid: x\nbody without end").unwrap_err().contains("never closed"));
        assert!(split("---\nnot a pair\n---\n").unwrap_err().contains("line 2"));
    }
}
