//! HTML articles, read with a real HTML parser (scraper/html5ever).
//!
//! Title from `og:title` or `<title>`; publication date from
//! `article:published_time`, other date metas or the first
//! `<time datetime>`; outlet from `og:site_name`; URL from the canonical
//! link or `og:url`; language from `<html lang>`. The body is the text of
//! `<article>` (else of `<main>`, else of the page's paragraphs), one
//! paragraph a line, with scripts, styles and navigation left out and
//! entities decoded.

use scraper::{ElementRef, Html, Node, Selector};

/// What an HTML page gives.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HtmlArticle {
    /// Headline.
    pub title: Option<String>,
    /// Raw publication date string.
    pub published: Option<String>,
    /// Outlet.
    pub source: Option<String>,
    /// Canonical URL.
    pub url: Option<String>,
    /// `<html lang>`, first two letters.
    pub language: Option<String>,
    /// Body text, paragraphs separated by blank lines.
    pub text: String,
}

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("static selector")
}

fn meta(doc: &Html, names: &[&str]) -> Option<String> {
    for n in names {
        for attr in ["property", "name", "itemprop"] {
            let s = sel(&format!("meta[{attr}=\"{n}\"]"));
            if let Some(v) = doc
                .select(&s)
                .filter_map(|e| e.value().attr("content"))
                .map(str::trim)
                .find(|v| !v.is_empty())
            {
                return Some(v.to_string());
            }
        }
    }
    None
}

const SKIP: [&str; 10] =
    ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template", "svg"];
const BLOCK: [&str; 14] =
    ["p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "tr", "figcaption"];

fn collect_text(el: ElementRef<'_>, out: &mut String, depth: usize) {
    // Iterative over children; recursion depth bounded so hostile nesting
    // cannot overflow the stack.
    if depth > 200 {
        return;
    }
    for child in el.children() {
        match child.value() {
            Node::Text(t) => {
                let s: &str = t;
                let mut collapsed = String::new();
                let mut space = out.ends_with([' ', '\n']) || out.is_empty();
                for c in s.chars() {
                    if c.is_whitespace() {
                        if !space {
                            collapsed.push(' ');
                            space = true;
                        }
                    } else {
                        collapsed.push(c);
                        space = false;
                    }
                }
                out.push_str(&collapsed);
            }
            Node::Element(e) => {
                let name = e.name();
                if SKIP.contains(&name) {
                    continue;
                }
                let block = BLOCK.contains(&name);
                if block {
                    paragraph_break(out);
                }
                if let Some(c) = ElementRef::wrap(child) {
                    collect_text(c, out, depth + 1);
                }
                if block {
                    paragraph_break(out);
                }
            }
            _ => {}
        }
    }
}

fn paragraph_break(out: &mut String) {
    while out.ends_with(' ') {
        out.pop();
    }
    if !out.is_empty() && !out.ends_with("\n\n") {
        if out.ends_with('\n') {
            out.push('\n');
        } else {
            out.push_str("\n\n");
        }
    }
}

/// Elements that nest deeper than this are unwrapped before parsing.
const MAX_DEPTH: usize = 128;
/// Elements without content.
const VOID: [&str; 14] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
    "wbr",
];
/// Elements whose end tag a parser infers (a new one closes the open one),
/// so they cannot pile up.
const SELF_CLOSING_SIBLINGS: [&str; 12] =
    ["p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "rb"];
/// Elements whose content is not markup.
const RAW: [&str; 6] = ["script", "style", "textarea", "title", "xmp", "noscript"];

/// Unwraps the elements nested deeper than [`MAX_DEPTH`]: their tags are
/// dropped, their text kept. The HTML parser checks the stack of open
/// elements at each tag, which takes time quadratic in the nesting depth;
/// real pages nest a few dozen levels. Pages within the bound are returned
/// unchanged.
fn flatten_deep(input: &str) -> std::borrow::Cow<'_, str> {
    let b = input.as_bytes();
    let lower_name = |from: usize| -> (String, usize) {
        let end = b[from..].iter().position(|c| !c.is_ascii_alphanumeric()).map_or(b.len(), |k| from + k);
        (input[from..end].to_ascii_lowercase(), end)
    };
    let tag_end = |from: usize| b[from..].iter().position(|&c| c == b'>').map_or(b.len(), |k| from + k + 1);
    let mut out: Option<String> = None;
    let mut open: Vec<String> = Vec::new();
    let mut dropped: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let (mut i, mut copied) = (0, 0);
    while let Some(k) = b[i..].iter().position(|&c| c == b'<') {
        let at = i + k;
        if input[at..].starts_with("<!--") {
            i = input[at..].find("-->").map_or(b.len(), |e| at + e + 3);
            continue;
        }
        let next = b.get(at + 1).copied().unwrap_or(0);
        if next == b'/' && b.get(at + 2).is_some_and(u8::is_ascii_alphabetic) {
            let (name, _) = lower_name(at + 2);
            let end = tag_end(at + 2);
            if let Some(n) = dropped.get_mut(&name).filter(|n| **n > 0) {
                *n -= 1;
                let o = out.get_or_insert_with(String::new);
                o.push_str(&input[copied..at]);
                copied = end;
            } else if let Some(pos) = open.iter().rposition(|o| *o == name) {
                open.truncate(pos);
            }
            i = end;
        } else if next.is_ascii_alphabetic() {
            let (name, _) = lower_name(at + 1);
            let end = tag_end(at + 1);
            i = end;
            if RAW.contains(&name.as_str()) {
                let close = format!("</{name}");
                let close = close.as_bytes();
                i = b[end..]
                    .windows(close.len())
                    .position(|w| w.eq_ignore_ascii_case(close))
                    .map_or(b.len(), |e| end + e);
                continue;
            }
            if VOID.contains(&name.as_str())
                || SELF_CLOSING_SIBLINGS.contains(&name.as_str())
                || input[at..end].ends_with("/>")
            {
                continue;
            }
            if open.len() >= MAX_DEPTH {
                *dropped.entry(name).or_default() += 1;
                let o = out.get_or_insert_with(String::new);
                o.push_str(&input[copied..at]);
                copied = end;
            } else {
                open.push(name);
            }
        } else {
            i = at + 1;
        }
    }
    match out {
        Some(mut o) => {
            o.push_str(&input[copied..]);
            std::borrow::Cow::Owned(o)
        }
        None => std::borrow::Cow::Borrowed(input),
    }
}

/// Reads an HTML page.
pub fn read(input: &str) -> HtmlArticle {
    let input = flatten_deep(input);
    let doc = Html::parse_document(&input);
    let title = meta(&doc, &["og:title"])
        .or_else(|| doc.select(&sel("title")).next().map(|t| t.text().collect::<String>().trim().to_string()))
        .filter(|t| !t.is_empty());
    let published = meta(
        &doc,
        &["article:published_time", "datePublished", "date", "pubdate", "dc.date", "DC.date.issued"],
    )
    .or_else(|| {
        doc.select(&sel("time[datetime]")).next().and_then(|t| t.value().attr("datetime")).map(str::to_string)
    });
    let source = meta(&doc, &["og:site_name"]);
    let url = doc
        .select(&sel("link[rel=\"canonical\"]"))
        .next()
        .and_then(|l| l.value().attr("href"))
        .map(str::to_string)
        .or_else(|| meta(&doc, &["og:url"]));
    let language = doc
        .select(&sel("html"))
        .next()
        .and_then(|h| h.value().attr("lang"))
        .map(|l| l.chars().take(2).collect::<String>().to_lowercase())
        .filter(|l| !l.is_empty());
    let mut text = String::new();
    let root = doc.select(&sel("article")).next().or_else(|| doc.select(&sel("main")).next());
    match root {
        Some(r) => collect_text(r, &mut text, 0),
        None => {
            for p in doc.select(&sel("body p, body h1, body h2")) {
                collect_text(p, &mut text, 0);
                paragraph_break(&mut text);
            }
            if text.trim().is_empty()
                && let Some(b) = doc.select(&sel("body")).next()
            {
                collect_text(b, &mut text, 0);
            }
        }
    }
    let text = text.trim().to_string();
    HtmlArticle { title, published, source, url, language, text }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_an_article_page() {
        let page = r#"<!doctype html><html lang="fr-FR"><head><title>Fallback</title>
            <meta property="og:title" content="Le titre &amp; plus">
            <meta property="article:published_time" content="2024-11-28T09:00:00+01:00">
            <meta property="og:site_name" content="Le Journal">
            <link rel="canonical" href="https://example.org/a">
            <script>var x = "<p>not text</p>";</script><style>p{}</style></head>
            <body><nav>Menu</nav><article><h1>Titre</h1><p>Premier&nbsp;paragraphe &eacute;crit.</p>
            <p>Second <b>paragraphe</b>.</p><script>alert(1)</script></article><footer>©</footer></body></html>"#;
        let a = read(page);
        assert_eq!(a.title.as_deref(), Some("Le titre & plus"));
        assert_eq!(a.published.as_deref(), Some("2024-11-28T09:00:00+01:00"));
        assert_eq!(a.source.as_deref(), Some("Le Journal"));
        assert_eq!(a.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(a.language.as_deref(), Some("fr"));
        assert_eq!(a.text, "Titre\n\nPremier paragraphe écrit.\n\nSecond paragraphe.");
    }

    #[test]
    fn falls_back_to_paragraphs_and_time() {
        let a = read(
            "<html><body><div>menu</div><p>Un.</p><p>Deux.</p><time datetime=\"2023-01-02\">x</time></body></html>",
        );
        assert_eq!(a.text, "Un.\n\nDeux.");
        assert_eq!(a.published.as_deref(), Some("2023-01-02"));
    }

    /// Found by the hostile documents: a page nested 100,000 levels deep
    /// took time quadratic in its depth (minutes) and lost the text below
    /// level 200. Elements past the bound are unwrapped, their text kept.
    #[test]
    fn regression_hostile_html_deep_nesting() {
        for (open, close) in [("<div>", "</div>"), ("<span><b><i>", ""), ("<DIV class=x>", "</DIV >")] {
            let page = format!(
                "<article>{}<p>Deep text.</p>{}<p>After.</p></article>",
                open.repeat(100_000),
                close.repeat(100_000)
            );
            let a = read(&page);
            assert!(
                a.text.starts_with("Deep text.") && a.text.ends_with("After."),
                "{open}: {:?}",
                &a.text[..a.text.len().min(80)]
            );
        }
    }

    #[test]
    fn pages_within_the_bound_are_not_rewritten() {
        let page = "<html><head><script>if (a<b) { x = '<div>'.repeat(500); }</script></head><body><!-- <div> --><div><p>One<p>Two<br><img src=x></div></body></html>";
        assert!(matches!(flatten_deep(page), std::borrow::Cow::Borrowed(_)));
        let nested = format!("{}<p>x</p>{}", "<div>".repeat(MAX_DEPTH), "</div>".repeat(MAX_DEPTH));
        assert!(matches!(flatten_deep(&nested), std::borrow::Cow::Borrowed(_)));
        let deeper = format!(
            "<script>{}</script>{}x{}",
            "<div>".repeat(500),
            "<div>".repeat(MAX_DEPTH + 2),
            "</div>".repeat(MAX_DEPTH + 2)
        );
        let flat = flatten_deep(&deeper);
        assert_eq!(flat.matches("<div>").count(), 500 + MAX_DEPTH);
        assert_eq!(flat.matches("</div>").count(), MAX_DEPTH);
    }

    #[test]
    fn survives_deep_nesting() {
        let page = format!("<article>{}deep{}</article>", "<div>".repeat(5000), "</div>".repeat(5000));
        let _ = read(&page);
    }
}
