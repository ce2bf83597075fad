//! One document through every extraction stage: language, text layer,
//! publication date, times, actors, events and relations.
//!
//! [`extract`] is pure: it reads a [`Document`] and the shared [`Lexicon`]
//! and returns a `ties/1` document for that article alone, with the
//! problems met. Documents are independent, so callers run it in parallel.

use crate::ingest::{Diagnostic, Document};
use crate::lexicon::Lexicon;
use crate::model::{DocumentInfo, Mention, TiesDoc, TimeExpr};
use crate::text::{Text, lang};

/// Extracts everything from one document.
///
/// Returns `Err` when the document cannot be processed at all (its
/// language cannot be told); warnings (an inferred publication date) come
/// with the result.
pub fn extract(doc: &Document, lex: &Lexicon) -> Result<(TiesDoc, Vec<Diagnostic>), Diagnostic> {
    let mut diags = Vec::new();
    let language = match &doc.language {
        Some(l) => l.clone(),
        None => lang::detect(&doc.text).map(str::to_string).ok_or_else(|| {
            Diagnostic::error(
                &doc.origin,
                "cannot tell the language (ties reads ar, fr and en; set `language`); skipped",
            )
        })?,
    };
    let text = Text::new(&doc.text, lex.text.abbreviations(&language));
    let (published, inferred) = match doc.published {
        Some(p) => (Some(p), doc.published_inferred),
        None => {
            let guess = crate::time::infer_dct(&text, &language, &lex.time);
            match guess {
                Some(g) => diags.push(Diagnostic::warning(
                    &doc.origin,
                    format!("no publication date given; inferred {g} from the text"),
                )),
                None => diags.push(Diagnostic::warning(
                    &doc.origin,
                    "no publication date given and none found in the text; relative dates stay unresolved",
                )),
            }
            (guess, guess.is_some())
        }
    };
    let mut out = TiesDoc::new();
    out.documents.push(DocumentInfo {
        id: doc.id.clone(),
        path: doc.path.clone(),
        source: doc.source.clone(),
        url: doc.url.clone(),
        title: doc.title.clone(),
        language: language.clone(),
        published: published.map(|p| p.to_string()),
        published_inferred: inferred,
    });
    let times = crate::time::recognize(&text, &language, published, &lex.time);
    out.times = times
        .iter()
        .map(|t| TimeExpr {
            doc: doc.id.clone(),
            text: doc.text[t.start..t.end].to_string(),
            start: t.start,
            end: t.end,
            value: t.value.map(|v| v.to_string()),
        })
        .collect();
    let actors = crate::actors::recognize(&text, &language, published, &times, &lex.gazetteer);
    let input = crate::events::Input {
        doc: &doc.id,
        text: &text,
        lang: &language,
        dct: published,
        times: &times,
        actors: &actors,
        gazetteer: &lex.gazetteer,
    };
    let (events, relations) = crate::events::extract(&input, &lex.events);
    out.events = events;
    out.relations = relations;
    // The actor stage's result is no longer needed: take it apart rather
    // than copy it.
    let crate::actors::ActorResult { mentions, actors: mut by_id, facts } = actors;
    out.relations.extend(facts);
    for m in &mentions {
        if let Some(a) = by_id.get_mut(&m.actor) {
            a.mentions.push(Mention {
                doc: doc.id.clone(),
                start: m.start,
                end: m.end,
                text: doc.text[m.start..m.end].to_string(),
            });
        }
    }
    out.actors = by_id.into_values().collect();
    Ok((out, diags))
}
