//! Timelines: `timeline.md` (a chronological table), `timeline.json`
//! (TimelineJS3) and `timeline.html` (one self-contained page).
//!
//! What stands on a timeline: events that are not negated or hypothetical
//! ([`Modality::on_timeline`](crate::model::Modality::on_timeline)), in date order. Undated events are listed
//! apart at the end, never dropped; negated and hypothetical events are
//! listed in a last section of their own, off the time axis.
//!
//! Every piece of article text (titles, names, sentences) is escaped for
//! the format it lands in; the HTML page builds its dynamic parts with
//! `textContent` only, and the JSON it embeds escapes `<`, `>`, `&`,
//! U+2028 and U+2029.

use crate::date::PartialDate;
use crate::export::text::{
    ScriptJson, Sink, actor_index, arabic_name, count, event_date, html as esc, name_of, one_line,
    push_by_runs, to_text,
};
use crate::graph::project::event_period;
use crate::graph::query::date_key;
use crate::model::{Actor, Event, Role, TiesDoc};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io;

/// The three sections of every timeline.
struct Sections<'d> {
    dated: Vec<&'d Event>,
    undated: Vec<&'d Event>,
    off: Vec<&'d Event>,
}

fn sections(doc: &TiesDoc) -> Sections<'_> {
    let mut all: Vec<&Event> = doc.events.iter().collect();
    all.sort_by_key(|e| (date_key(e), e.id.clone()));
    let mut s = Sections { dated: vec![], undated: vec![], off: vec![] };
    for e in all {
        if !e.modality.on_timeline() {
            s.off.push(e);
        } else if e.date.as_ref().and_then(event_period).is_some() {
            s.dated.push(e);
        } else {
            s.undated.push(e);
        }
    }
    s
}

/// Escapes Markdown (CommonMark/GFM) punctuation that could format or
/// break a table cell, on one line.
fn md(s: &str) -> String {
    let line = one_line(s);
    let mut o = String::with_capacity(line.len() + 8);
    let loud = |x: u8| {
        matches!(x, b'\\' | b'`' | b'*' | b'_' | b'[' | b']' | b'<' | b'>' | b'|' | b'&' | b'~' | b'#' | b'!')
    };
    push_by_runs(&mut o, &line, loud, |c, _| {
        Some(match c {
            '\\' => "\\\\",
            '`' => "\\`",
            '*' => "\\*",
            '_' => "\\_",
            '[' => "\\[",
            ']' => "\\]",
            '<' => "\\<",
            '>' => "\\>",
            '|' => "\\|",
            '&' => "\\&",
            '~' => "\\~",
            '#' => "\\#",
            '!' => "\\!",
            _ => return None,
        })
    });
    o
}

fn participants_md(e: &Event, actors: &BTreeMap<&str, &Actor>, place: bool) -> String {
    e.participants
        .iter()
        .filter(|p| (p.role == Role::Location) == place)
        .map(|p| {
            let name = md(name_of(actors, &p.actor));
            if place { name } else { format!("{name} ({})", p.role.as_str()) }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn source_md(e: &Event) -> String {
    match e.evidence.first() {
        Some(v) => {
            let more = if e.evidence.len() > 1 {
                format!(" (+{} more)", e.evidence.len() - 1)
            } else {
                String::new()
            };
            format!("“{}” ({}){more}", md(&v.text), md(&v.doc))
        }
        None => String::new(),
    }
}

fn event_md(e: &Event) -> String {
    let mut s = format!("{}: {}", md(&e.kind), md(&e.summary));
    if e.modality != crate::model::Modality::Asserted {
        s.push_str(&format!(" ({})", e.modality.as_str()));
    }
    if let Some(n) = e.sources {
        s.push_str(&format!(" — {n} sources"));
    }
    s
}

/// `timeline.md`: a chronological table (date, event, participants, where,
/// source sentence with its document), then undated events, then events
/// reported as not having happened or only as possible.
pub fn markdown(doc: &TiesDoc) -> String {
    to_text(|w| write_markdown(doc, w))
}

/// Writes [`markdown`] into `w`.
pub fn write_markdown(doc: &TiesDoc, w: &mut dyn io::Write) -> io::Result<()> {
    let actors = actor_index(doc);
    let s = sections(doc);
    let mut o = Sink::new(w);
    o.push_str("# Timeline\n\n");
    let _ = writeln!(
        o,
        "{}, {} undated, {} off the timeline (negated or hypothetical), from {}.\n",
        count(s.dated.len(), "dated event", "dated events"),
        s.undated.len(),
        s.off.len(),
        count(doc.documents.len(), "document", "documents")
    );
    o.push_str("| Date | Event | Participants | Where | Source |\n|---|---|---|---|---|\n");
    for e in &s.dated {
        let _ = writeln!(
            o,
            "| {} | {} | {} | {} | {} |",
            md(&event_date(e)),
            event_md(e),
            participants_md(e, &actors, false),
            participants_md(e, &actors, true),
            source_md(e)
        );
    }
    for (title, list, intro) in [
        ("Undated events", &s.undated, "The documents give no date for these events.\n\n"),
        ("Not on the timeline", &s.off, "Events the documents deny or present only as possible.\n\n"),
    ] {
        if list.is_empty() {
            continue;
        }
        let _ = write!(o, "\n## {title}\n\n{intro}");
        o.push_str("| Event | Participants | Where | Source |\n|---|---|---|---|\n");
        for e in list.iter() {
            let _ = writeln!(
                o,
                "| {} | {} | {} | {} |",
                event_md(e),
                participants_md(e, &actors, false),
                participants_md(e, &actors, true),
                source_md(e)
            );
        }
    }
    o.finish()
}

/// A TimelineJS3 date object at the precision of `s`.
fn tl_date(s: &str) -> Option<TlDate> {
    Some(match PartialDate::parse(s)? {
        PartialDate::Year(y) => TlDate { day: None, month: None, year: y },
        PartialDate::Month(y, m) => TlDate { day: None, month: Some(m), year: y },
        PartialDate::Day(d) => TlDate { day: Some(d.day()), month: Some(d.month()), year: d.year() },
    })
}

// TimelineJS3's objects, fields in the (alphabetical) order they are written.

#[derive(Serialize)]
struct TlDate {
    #[serde(skip_serializing_if = "Option::is_none")]
    day: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    month: Option<u32>,
    year: i32,
}

#[derive(Serialize)]
struct TlText {
    headline: String,
    text: String,
}

#[derive(Serialize)]
struct Slide<'d> {
    #[serde(skip_serializing_if = "Option::is_none")]
    display_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_date: Option<TlDate>,
    group: &'d str,
    #[serde(skip_serializing_if = "Option::is_none")]
    start_date: Option<TlDate>,
    text: TlText,
    unique_id: &'d str,
}

#[derive(Serialize)]
struct TlTitle {
    text: TlText,
}

/// A list of slides, each made as it is written.
struct Slides<'a, 'd> {
    events: &'a [&'d Event],
    actors: &'a BTreeMap<&'d str, &'d Actor>,
    titles: &'a BTreeMap<&'d str, &'d str>,
}

impl Serialize for Slides<'_, '_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.events.iter().map(|e| slide(e, self.actors, self.titles)))
    }
}

#[derive(Serialize)]
struct TlDoc<'a, 'd> {
    events: Slides<'a, 'd>,
    off_timeline: Slides<'a, 'd>,
    title: TlTitle,
    undated: Slides<'a, 'd>,
}

/// The HTML text of a slide: participants, then each evidence sentence
/// with its document. Everything escaped; names in `<bdi>`, sentences with
/// `dir="auto"` so Arabic reads right to left.
fn slide_text(e: &Event, actors: &BTreeMap<&str, &Actor>, titles: &BTreeMap<&str, &str>) -> String {
    let mut o = String::new();
    let parts: Vec<String> = e
        .participants
        .iter()
        .map(|p| format!("<bdi>{}</bdi> ({})", esc(name_of(actors, &p.actor)), p.role.as_str()))
        .collect();
    if !parts.is_empty() {
        let _ = write!(o, "<p>{}</p>", parts.join(", "));
    }
    for v in &e.evidence {
        let title = titles.get(v.doc.as_str()).copied().unwrap_or(v.doc.as_str());
        let _ = write!(
            o,
            "<blockquote dir=\"auto\">{}</blockquote><p>— <bdi>{}</bdi></p>",
            esc(&v.text),
            esc(title)
        );
    }
    let _ = write!(o, "<p>{} · confidence {:.2}</p>", e.modality.as_str(), e.confidence);
    o
}

fn slide<'d>(e: &'d Event, actors: &BTreeMap<&str, &Actor>, titles: &BTreeMap<&str, &str>) -> Slide<'d> {
    let d = e.date.as_ref();
    Slide {
        display_date: d
            .filter(|d| d.precision != crate::model::Precision::Day || d.end.is_some())
            .map(|_| event_date(e)),
        end_date: d.and_then(|d| d.end.as_deref()).and_then(tl_date),
        group: &e.kind,
        start_date: d.and_then(|d| tl_date(&d.start)),
        text: TlText { headline: esc(&e.summary), text: slide_text(e, actors, titles) },
        unique_id: &e.id,
    }
}

fn titles(doc: &TiesDoc) -> BTreeMap<&str, &str> {
    doc.documents.iter().map(|d| (d.id.as_str(), d.title.as_deref().unwrap_or(d.id.as_str()))).collect()
}

/// `timeline.json`: TimelineJS3's format. `events` holds the dated events
/// (dates as integer parts at the event's precision, `display_date` for
/// ranges and coarse dates, `group` = event type); `undated` and
/// `off_timeline` list the others apart (TimelineJS ignores those keys).
pub fn timelinejs(doc: &TiesDoc) -> String {
    to_text(|w| write_timelinejs(doc, w))
}

/// Writes [`timelinejs`] into `w`.
pub fn write_timelinejs(doc: &TiesDoc, w: &mut dyn io::Write) -> io::Result<()> {
    let actors = actor_index(doc);
    let titles = titles(doc);
    let s = sections(doc);
    let slides = |events| Slides { events, actors: &actors, titles: &titles };
    let v = TlDoc {
        events: slides(&s.dated),
        off_timeline: slides(&s.off),
        title: TlTitle {
            text: TlText {
                headline: "ties timeline".to_string(),
                text: esc(&format!(
                    "{} from {}",
                    count(s.dated.len(), "event", "events"),
                    count(doc.documents.len(), "document", "documents")
                )),
            },
        },
        undated: slides(&s.undated),
    };
    serde_json::to_writer_pretty(&mut *w, &v).map_err(io::Error::from)?;
    w.write_all(b"\n")
}

/// Where dated things go on the page's time axis.
struct Axis {
    min: NaiveDate,
    days: f64,
}

impl Axis {
    fn new(events: &[&Event]) -> Option<Axis> {
        let periods: Vec<_> = events.iter().filter_map(|e| e.date.as_ref().and_then(event_period)).collect();
        let min = periods.iter().map(|p| p.start.first_day()).min()?;
        let max = periods.iter().map(|p| p.end.last_day()).max()?;
        let (min, max) = (min - chrono::Days::new(15), max + chrono::Days::new(16));
        Some(Axis { min, days: (max - min).num_days().max(1) as f64 })
    }

    /// Percent from the left (2% margins).
    fn at(&self, d: NaiveDate) -> f64 {
        2.0 + 96.0 * ((d - self.min).num_days() as f64 / self.days).clamp(0.0, 1.0)
    }

    fn ticks(&self) -> Vec<(f64, String)> {
        let max = self.min + chrono::Days::new(self.days as u64);
        let mut out = vec![];
        if self.days <= 800.0 {
            let mut d = NaiveDate::from_ymd_opt(self.min.year(), self.min.month(), 1).unwrap_or(self.min);
            while d <= max {
                if d >= self.min {
                    out.push((self.at(d), d.format("%Y-%m").to_string()));
                }
                d = d.checked_add_months(chrono::Months::new(1)).unwrap_or(NaiveDate::MAX);
            }
            let step = out.len().div_ceil(24).max(1);
            out = out.into_iter().step_by(step).collect();
        } else {
            let years = (max.year() - self.min.year() + 1).max(1) as usize;
            let step = years.div_ceil(30).max(1);
            for y in (self.min.year()..=max.year()).step_by(step) {
                if let Some(d) = NaiveDate::from_ymd_opt(y, 1, 1).filter(|d| *d >= self.min) {
                    out.push((self.at(d), y.to_string()));
                }
            }
        }
        out
    }
}

const STYLE: &str = r#"
body{font-family:"Noto Sans","Noto Sans Arabic UI","DejaVu Sans",sans-serif;margin:0;color:#222;background:#fafafa}
header,main{padding:0 1.5rem}h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem}
.controls{display:flex;gap:1rem;flex-wrap:wrap;margin:.5rem 0 1rem}
.axis{position:relative;height:1.6rem;border-bottom:1px solid #999;margin-left:12rem}
.tick{position:absolute;bottom:0;font-size:.7rem;color:#555;border-left:1px solid #999;padding-left:2px;height:1.2rem;white-space:nowrap}
.lane{display:flex;border-bottom:1px solid #e4e4e4}
.lane-label{width:12rem;flex:none;font-size:.8rem;padding:.3rem;overflow:hidden;text-overflow:ellipsis}
.track{position:relative;flex:1}
.ev{position:absolute;height:20px;min-width:12px;border:1px solid #8a6d1f;background:#ffe9a8;border-radius:4px;font-size:.7rem;padding:0 3px;overflow:hidden;white-space:nowrap;cursor:pointer;text-align:start}
.ev.planned,.ev.expected{border-style:dashed;background:#fff6da}
.ev:focus,.ev.sel{outline:2px solid #1f5fa8}
.hidden{display:none!important}
#details{background:#fff;border:1px solid #ccc;border-radius:6px;padding:.5rem 1rem;margin:1rem 0;min-height:3rem}
blockquote{margin:.4rem 0;padding:.3rem .8rem;border-inline-start:3px solid #bbb;background:#f3f3f3}
.list li{margin:.3rem 0}.list button{background:none;border:none;color:#1f5fa8;cursor:pointer;text-align:start;font:inherit;padding:0}
.meta{color:#666;font-size:.85rem}select{max-width:22rem}
#diagram svg{max-width:100%;height:auto;background:#fff;border:1px solid #ddd}
"#;

const SCRIPT: &str = r#"
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("ties-data").textContent);
  var details = document.getElementById("details");
  function el(tag, text, attrs) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (attrs) for (var k in attrs) e.setAttribute(k, attrs[k]);
    return e;
  }
  function show(i) {
    var ev = data.events[i];
    if (!ev) return;
    details.textContent = "";
    details.appendChild(el("h3", ev.summary, { dir: "auto" }));
    details.appendChild(el("p", ev.type + " · " + ev.date + " · " + ev.modality +
      " · confidence " + ev.confidence.toFixed(2) + (ev.sources ? " · " + ev.sources + " sources" : ""), { "class": "meta" }));
    var ul = el("ul");
    ev.participants.forEach(function (p) {
      var li = el("li");
      li.appendChild(el("bdi", p.name));
      if (p.ar) { li.appendChild(document.createTextNode(" · ")); li.appendChild(el("bdi", p.ar, { dir: "rtl" })); }
      li.appendChild(document.createTextNode(" (" + p.role + ")"));
      ul.appendChild(li);
    });
    details.appendChild(ul);
    ev.evidence.forEach(function (v) {
      details.appendChild(el("blockquote", v.text, { dir: "auto" }));
      var p = el("p", "", { "class": "meta" });
      p.appendChild(document.createTextNode("— "));
      p.appendChild(el("bdi", v.title));
      p.appendChild(document.createTextNode(" [" + v.doc + ", sentence " + (v.sentence + 1) + "]"));
      details.appendChild(p);
    });
    Array.prototype.forEach.call(document.querySelectorAll(".sel"), function (x) { x.classList.remove("sel"); });
    Array.prototype.forEach.call(document.querySelectorAll('[data-ev="' + i + '"]'), function (x) { x.classList.add("sel"); });
  }
  document.addEventListener("click", function (e) {
    var t = e.target.closest ? e.target.closest("[data-ev]") : null;
    if (t) show(Number(t.getAttribute("data-ev")));
  });
  var fa = document.getElementById("f-actor"), ft = document.getElementById("f-type"), lanes = document.getElementById("lanes");
  function apply() {
    var a = fa.value, t = ft.value;
    Array.prototype.forEach.call(document.querySelectorAll("[data-ev]"), function (x) {
      var ok = (!a || (" " + x.getAttribute("data-actors") + " ").indexOf(" " + a + " ") >= 0) &&
               (!t || x.getAttribute("data-type") === t);
      x.classList.toggle("hidden", !ok);
    });
    Array.prototype.forEach.call(document.querySelectorAll("[data-lanes]"), function (x) {
      x.classList.toggle("hidden", x.getAttribute("data-lanes") !== lanes.value);
    });
  }
  fa.addEventListener("change", apply); ft.addEventListener("change", apply); lanes.addEventListener("change", apply);
  apply();
  var m = /^#ev=(\d+)$/.exec(location.hash);
  if (m) show(Number(m[1]));
  var status = document.getElementById("ties-status");
  status.textContent = "ready: " + data.events.length + " events";
  document.documentElement.setAttribute("data-ties-ready", "1");
})();
"#;

/// Pairs events with their index in the page's data.
fn numbered<'d>(index: &BTreeMap<&str, usize>, list: &[&'d Event]) -> Vec<(usize, &'d Event)> {
    list.iter().map(|e| (index[e.id.as_str()], *e)).collect()
}

/// One lane of the time axis: its label and the event markers in it.
fn lane_html(
    o: &mut Sink<'_>,
    label: &str,
    events: &[(usize, &Event)],
    axis: &Axis,
    actor_ids: &BTreeMap<&str, usize>,
) {
    // Stack markers that would overlap into rows.
    let mut rows: Vec<f64> = vec![];
    let mut marks = String::new();
    for (i, e) in events {
        let Some(p) = e.date.as_ref().and_then(event_period) else { continue };
        let left = axis.at(p.start.first_day());
        let right = axis.at(p.end.last_day().succ_opt().unwrap_or(NaiveDate::MAX));
        let width = (right - left).max(0.8);
        let row = rows.iter().position(|end| *end <= left).unwrap_or(rows.len());
        let end = left + width.max(6.0);
        if row == rows.len() {
            rows.push(end);
        } else {
            rows[row] = end;
        }
        let _ = write!(
            marks,
            "<button type=\"button\" class=\"ev {}\" data-ev=\"{i}\" data-type=\"{}\" data-actors=\"{}\" style=\"left:{left:.2}%;width:{width:.2}%;top:{}px\" title=\"{}\">{}</button>",
            e.modality.as_str(),
            esc(&e.kind),
            actors_attr(e, actor_ids),
            4 + row * 24,
            esc(&format!("{} — {}", event_date(e), e.summary)),
            esc(&e.kind.replace('_', " "))
        );
    }
    let height = 8 + rows.len().max(1) * 24;
    let _ = write!(
        o,
        "<div class=\"lane\"><div class=\"lane-label\" dir=\"auto\">{label}</div><div class=\"track\" style=\"height:{height}px\">{marks}</div></div>"
    );
}

fn actors_attr(e: &Event, actor_ids: &BTreeMap<&str, usize>) -> String {
    let mut v: Vec<String> = e
        .participants
        .iter()
        .filter_map(|p| actor_ids.get(p.actor.as_str()))
        .map(|i| format!("a{i}"))
        .collect();
    v.sort();
    v.dedup();
    v.join(" ")
}

fn actor_label_html(a: &Actor) -> String {
    match arabic_name(a) {
        Some(ar) => format!("<bdi>{}</bdi> · <bdi dir=\"rtl\">{}</bdi>", esc(&a.name), esc(ar)),
        None => format!("<bdi>{}</bdi>", esc(&a.name)),
    }
}

/// `timeline.html`: one self-contained page (no network access: inline CSS
/// and script, a `default-src 'none'` content security policy) with a time
/// axis in lanes by type or by actor, filters by actor and type, a detail
/// panel showing participants, modality and evidence with its source for
/// the clicked event, the full event list (undated and off-timeline events
/// included), and `svg` (the diagram drawn by Graphviz) inline when given.
///
/// The data embedded in the page (fields in the order the script reads
/// them: alphabetical).
#[derive(serde::Serialize)]
struct PageData<'a> {
    events: Vec<PageEvent<'a>>,
}

#[derive(serde::Serialize)]
struct PageEvent<'a> {
    confidence: f64,
    date: String,
    evidence: Vec<PageEvidence<'a>>,
    id: &'a str,
    modality: &'static str,
    participants: Vec<PageParticipant<'a>>,
    sources: Option<usize>,
    summary: &'a str,
    #[serde(rename = "type")]
    kind: &'a str,
}

#[derive(serde::Serialize)]
struct PageEvidence<'a> {
    doc: &'a str,
    sentence: usize,
    text: &'a str,
    title: &'a str,
}

#[derive(serde::Serialize)]
struct PageParticipant<'a> {
    ar: Option<&'a str>,
    id: &'a str,
    name: &'a str,
    role: &'static str,
}

/// The page sets `data-ties-ready="1"` on `<html>` once its script has run.
pub fn html(doc: &TiesDoc, svg: Option<&str>) -> String {
    to_text(|w| write_html(doc, svg, w))
}

/// Writes [`html`] into `w`.
pub fn write_html(doc: &TiesDoc, svg: Option<&str>, w: &mut dyn io::Write) -> io::Result<()> {
    let actors = actor_index(doc);
    let titles = titles(doc);
    let s = sections(doc);
    let ordered: Vec<&Event> = s.dated.iter().chain(&s.undated).chain(&s.off).copied().collect();
    let actor_ids: BTreeMap<&str, usize> =
        doc.actors.iter().enumerate().map(|(i, a)| (a.id.as_str(), i + 1)).collect();

    // Embedded data, read by the script with JSON.parse and shown with
    // textContent; borrowed from the graph, not copied into a JSON tree.
    let data = PageData {
        events: ordered
            .iter()
            .map(|e| PageEvent {
                confidence: e.confidence,
                date: event_date(e),
                evidence: e
                    .evidence
                    .iter()
                    .map(|v| PageEvidence {
                        doc: &v.doc,
                        sentence: v.sentence,
                        text: &v.text,
                        title: titles.get(v.doc.as_str()).copied().unwrap_or(v.doc.as_str()),
                    })
                    .collect(),
                id: &e.id,
                modality: e.modality.as_str(),
                participants: e
                    .participants
                    .iter()
                    .map(|p| {
                        let a = actors.get(p.actor.as_str());
                        PageParticipant {
                            ar: a.and_then(|a| arabic_name(a)),
                            id: &p.actor,
                            name: a.map_or(p.actor.as_str(), |a| a.name.as_str()),
                            role: p.role.as_str(),
                        }
                    })
                    .collect(),
                sources: e.sources,
                summary: &e.summary,
                kind: &e.kind,
            })
            .collect(),
    };

    let mut o = Sink::new(w);
    o.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    o.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    o.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n");
    o.push_str("<title>ties timeline</title>\n<style>");
    o.push_str(STYLE);
    o.push_str("</style>\n</head>\n<body>\n<header>\n<h1>Timeline</h1>\n");
    let _ = writeln!(
        o,
        "<p class=\"meta\">{}, {} undated, {} off the timeline, from {}.</p>",
        count(s.dated.len(), "dated event", "dated events"),
        s.undated.len(),
        s.off.len(),
        count(doc.documents.len(), "document", "documents")
    );
    o.push_str("<div class=\"controls\">\n<label>Lanes <select id=\"lanes\"><option value=\"type\">by type</option><option value=\"actor\">by actor</option></select></label>\n");
    o.push_str("<label>Actor <select id=\"f-actor\"><option value=\"\">all</option>");
    for (i, a) in doc.actors.iter().enumerate() {
        let ar = arabic_name(a).map(|x| format!(" · {}", esc(x))).unwrap_or_default();
        let _ = write!(o, "<option value=\"a{}\">{}{ar}</option>", i + 1, esc(&a.name));
    }
    o.push_str("</select></label>\n<label>Type <select id=\"f-type\"><option value=\"\">all</option>");
    let types: std::collections::BTreeSet<&str> = doc.events.iter().map(|e| e.kind.as_str()).collect();
    for t in &types {
        let _ = write!(o, "<option value=\"{}\">{}</option>", esc(t), esc(t));
    }
    o.push_str("</select></label>\n</div>\n</header>\n<main>\n");

    let index: BTreeMap<&str, usize> = ordered.iter().enumerate().map(|(i, e)| (e.id.as_str(), i)).collect();
    if let Some(axis) = Axis::new(&s.dated) {
        o.push_str("<section id=\"axis\" aria-label=\"time axis\">\n<div class=\"axis\">");
        for (at, label) in axis.ticks() {
            let _ = write!(o, "<span class=\"tick\" style=\"left:{at:.2}%\">{}</span>", esc(&label));
        }
        o.push_str("</div>\n<div data-lanes=\"type\">");
        let mut by_type: BTreeMap<&str, Vec<&Event>> = BTreeMap::new();
        for e in &s.dated {
            by_type.entry(e.kind.as_str()).or_default().push(e);
        }
        for (t, list) in &by_type {
            lane_html(&mut o, &esc(&t.replace('_', " ")), &numbered(&index, list), &axis, &actor_ids);
        }
        o.push_str("</div>\n<div data-lanes=\"actor\" class=\"hidden\">");
        for a in &doc.actors {
            let list: Vec<&Event> =
                s.dated.iter().filter(|e| e.participants.iter().any(|p| p.actor == a.id)).copied().collect();
            if !list.is_empty() {
                lane_html(&mut o, &actor_label_html(a), &numbered(&index, &list), &axis, &actor_ids);
            }
        }
        o.push_str("</div>\n</section>\n");
    } else {
        o.push_str("<p>No dated event to place on a time axis.</p>\n");
    }
    o.push_str("<section id=\"details\" aria-live=\"polite\"><p class=\"meta\">Click an event to see its participants and the sentences it was read from.</p></section>\n");

    for (title, list) in [
        ("Events", &s.dated),
        ("Undated events", &s.undated),
        ("Not on the timeline (negated or hypothetical)", &s.off),
    ] {
        if list.is_empty() {
            continue;
        }
        let _ = write!(o, "<h2>{title}</h2>\n<ol class=\"list\">\n");
        for (i, e) in numbered(&index, list) {
            let _ = writeln!(
                o,
                "<li id=\"event-{i}\" data-ev=\"{i}\" data-type=\"{}\" data-actors=\"{}\"><button type=\"button\">{} — {}: <span dir=\"auto\">{}</span></button></li>",
                esc(&e.kind),
                actors_attr(e, &actor_ids),
                esc(&event_date(e)),
                esc(&e.kind.replace('_', " ")),
                esc(&e.summary)
            );
        }
        o.push_str("</ol>\n");
    }
    if let Some(svg) = svg {
        // Graphviz writes an XML prolog and a doctype before <svg>; inline
        // SVG in HTML starts at the element itself.
        let start = svg.find("<svg").unwrap_or(0);
        o.push_str("<h2>Diagram</h2>\n<section id=\"diagram\">\n");
        o.push_str(svg[start..].trim_end());
        o.push_str("\n</section>\n");
    }
    o.push_str("<p id=\"ties-status\" class=\"meta\"></p>\n</main>\n");
    o.push_str("<script type=\"application/json\" id=\"ties-data\">");
    sonic_rs::to_writer(sonic_rs::writer::BufferedWriter::new(ScriptJson::new(&mut o)), &data)
        .expect("page data always serializes");
    o.push_str("</script>\n<script>");
    o.push_str(SCRIPT);
    o.push_str("</script>\n</body>\n</html>\n");
    o.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Markdown escaping gives, for every char of the first planes among
    /// markup, what the rule gives char by char on the one-line text.
    #[test]
    fn md_escapes_as_its_rule_for_every_char() {
        let rule = |s: &str| -> String {
            let mut o = String::new();
            for c in one_line(s).chars() {
                if "\\`*_[]<>|&~#!".contains(c) {
                    o.push('\\');
                }
                o.push(c);
            }
            o
        };
        for c in (0..0x3000u32).filter_map(char::from_u32) {
            for s in [format!("{c}"), format!("a *{c}* [x](y) | `{c}` #1!\n&<b>~")] {
                assert_eq!(md(&s), rule(&s), "{s:?}");
            }
        }
    }
}
