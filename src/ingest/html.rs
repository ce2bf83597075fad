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

/// Reads an HTML page.
pub fn read(input: &str) -> HtmlArticle {
    let doc = Html::parse_document(input);
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

    #[test]
    fn survives_deep_nesting() {
        let page = format!("<article>{}deep{}</article>", "<div>".repeat(5000), "</div>".repeat(5000));
        let _ = read(&page);
    }
}
