//! Writing predictions: a human-readable table, JSON, JSON Lines or CSV.
//!
//! Rendering a document is a pure function of the document ([`Renderer::render`]), so worker
//! threads render in parallel; [`ResultWriter`] then writes the pieces in input order and adds
//! what depends on position (the CSV header, JSON array brackets and commas, blank lines).

use super::{ActorSummary, DocumentResult, PairPrediction};
use crate::model::Contribution;
use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;
use serde_json::{Map, Value};
use std::io::{self, Write};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// Aligned text for reading in a terminal.
    Table,
    /// One JSON array of documents, each with its pairs and per-actor summary.
    Json,
    /// One JSON object per line: `"type": "pair"` records, then `"type": "summary"` records.
    Jsonl,
    /// One row per pair (or per actor summary with `--records summary`).
    Csv,
}

/// Which records to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Records {
    /// Per-(sentence, actor) predictions and per-article actor summaries.
    Both,
    /// Only per-(sentence, actor) predictions.
    Pairs,
    /// Only per-article actor summaries.
    Summary,
}

/// A number rounded to 4 decimals when serialised.
#[derive(Clone, Copy)]
struct R4(f64);

impl Serialize for R4 {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64((self.0 * 1e4).round() / 1e4)
    }
}

/// `{label: value}` in label order.
struct LabelMap<'a, T: Copy + Into<f64>> {
    labels: &'a [String],
    values: &'a [T],
}

impl<T: Copy + Into<f64>> Serialize for LabelMap<'_, T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.labels.len()))?;
        for (l, v) in self.labels.iter().zip(self.values) {
            m.serialize_entry(l, &R4((*v).into()))?;
        }
        m.end()
    }
}

struct Features<'a>(&'a [Contribution]);

impl Serialize for Features<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct F<'a> {
            feature: &'a str,
            weight: R4,
        }
        s.collect_seq(self.0.iter().map(|c| F { feature: &c.feature, weight: R4(c.weight as f64) }))
    }
}

/// Input fields passed through to pair records; fields that would clash with ours are left out.
struct PassThrough<'a>(Option<&'a Map<String, Value>>);

const PAIR_KEYS: &[&str] = &[
    "type", "article_id", "sentence_index", "headline", "actor", "speaks_for", "mentions", "label", "probability",
    "probabilities", "low_confidence", "features", "sentence",
];

impl Serialize for PassThrough<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        if let Some(map) = self.0 {
            for (k, v) in map.iter().filter(|(k, _)| !PAIR_KEYS.contains(&k.as_str())) {
                m.serialize_entry(k, v)?;
            }
        }
        m.end()
    }
}

#[derive(Serialize)]
struct PairRecord<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    article_id: &'a str,
    sentence_index: usize,
    headline: bool,
    actor: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    speaks_for: Option<&'a str>,
    mentions: &'a [String],
    label: &'a str,
    probability: R4,
    probabilities: LabelMap<'a, f32>,
    low_confidence: bool,
    features: Features<'a>,
    sentence: &'a str,
    #[serde(flatten)]
    extra: PassThrough<'a>,
}

fn pair_record<'a>(p: &'a PairPrediction, labels: &'a [String], extra: Option<&'a Map<String, Value>>) -> PairRecord<'a> {
    PairRecord {
        kind: "pair",
        article_id: &p.article_id,
        sentence_index: p.sentence_index,
        headline: p.headline,
        actor: &p.actor,
        speaks_for: p.speaks_for.as_deref(),
        mentions: &p.mentions,
        label: &p.label,
        probability: R4(p.probability as f64),
        probabilities: LabelMap { labels, values: &p.probabilities },
        low_confidence: p.low_confidence,
        features: Features(&p.features),
        sentence: &p.sentence,
        extra: PassThrough(extra),
    }
}

#[derive(Serialize)]
struct SummaryRecord<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    article_id: &'a str,
    actor: &'a str,
    sentences: usize,
    mentions: usize,
    frame: &'a str,
    mixed: bool,
    label_counts: Map<String, Value>,
    label_shares: Map<String, Value>,
    mean_probabilities: Map<String, Value>,
    features: Features<'a>,
}

fn summary_record(s: &ActorSummary) -> SummaryRecord<'_> {
    let r4 = |v: f64| serde_json::json!((v * 1e4).round() / 1e4);
    SummaryRecord {
        kind: "summary",
        article_id: &s.article_id,
        actor: &s.actor,
        sentences: s.sentences,
        mentions: s.mentions,
        frame: &s.frame,
        mixed: s.mixed,
        label_counts: s.label_counts.iter().map(|(l, c)| (l.clone(), serde_json::json!(c))).collect(),
        label_shares: s.label_shares.iter().map(|(l, v)| (l.clone(), r4(*v))).collect(),
        mean_probabilities: s.mean_probabilities.iter().map(|(l, v)| (l.clone(), r4(*v))).collect(),
        features: Features(&s.features),
    }
}

/// Renders one document's results in one format (stateless, shareable across threads).
#[derive(Debug, Clone)]
pub struct Renderer {
    pub format: OutputFormat,
    pub records: Records,
    pub labels: Vec<String>,
}

impl Renderer {
    pub fn new(format: OutputFormat, records: Records, labels: Vec<String>) -> Self {
        Renderer { format, records, labels }
    }

    /// The document's output, without anything that depends on its position in the stream.
    pub fn render(&self, doc: &DocumentResult, out: &mut Vec<u8>) -> io::Result<()> {
        match self.format {
            OutputFormat::Jsonl => {
                if self.records != Records::Summary {
                    for p in &doc.pairs {
                        serde_json::to_writer(&mut *out, &pair_record(p, &self.labels, doc.extra.as_ref()))?;
                        out.push(b'\n');
                    }
                }
                if self.records != Records::Pairs {
                    for s in &doc.summary {
                        serde_json::to_writer(&mut *out, &summary_record(s))?;
                        out.push(b'\n');
                    }
                }
            }
            OutputFormat::Json => {
                #[derive(Serialize)]
                struct Doc<'a> {
                    article_id: &'a str,
                    #[serde(skip_serializing_if = "Option::is_none")]
                    fields: Option<&'a Map<String, Value>>,
                    sentences_with_actors: usize,
                    #[serde(skip_serializing_if = "Option::is_none")]
                    pairs: Option<Vec<PairRecord<'a>>>,
                    #[serde(skip_serializing_if = "Option::is_none")]
                    summary: Option<Vec<SummaryRecord<'a>>>,
                }
                let d = Doc {
                    article_id: &doc.article_id,
                    fields: doc.extra.as_ref(),
                    sentences_with_actors: doc.sentences,
                    pairs: (self.records != Records::Summary).then(|| doc.pairs.iter().map(|p| pair_record(p, &self.labels, None)).collect()),
                    summary: (self.records != Records::Pairs).then(|| doc.summary.iter().map(summary_record).collect()),
                };
                serde_json::to_writer_pretty(&mut *out, &d)?;
            }
            OutputFormat::Csv => self.render_csv(doc, out)?,
            OutputFormat::Table => self.render_table(doc, out)?,
        }
        Ok(())
    }

    fn csv_header(&self) -> Vec<String> {
        let summary = self.records == Records::Summary;
        let mut header: Vec<String> = if summary {
            ["article_id", "actor", "sentences", "mentions", "frame", "mixed"].iter().map(|s| s.to_string()).collect()
        } else {
            ["article_id", "sentence_index", "headline", "actor", "label", "probability", "low_confidence"].iter().map(|s| s.to_string()).collect()
        };
        for l in &self.labels {
            header.push(if summary { format!("share_{l}") } else { format!("p_{l}") });
        }
        if summary {
            header.extend(self.labels.iter().map(|l| format!("mean_p_{l}")));
            header.push("features".into());
        } else {
            header.push("features".into());
            header.push("sentence".into());
        }
        header
    }

    fn render_csv(&self, doc: &DocumentResult, out: &mut Vec<u8>) -> io::Result<()> {
        let mut w = csv::WriterBuilder::new().has_headers(false).from_writer(out);
        if self.records == Records::Summary {
            for s in &doc.summary {
                let mut row = vec![s.article_id.clone(), s.actor.clone(), s.sentences.to_string(), s.mentions.to_string(), s.frame.clone(), s.mixed.to_string()];
                row.extend(s.label_shares.iter().map(|(_, v)| format!("{v:.4}")));
                row.extend(s.mean_probabilities.iter().map(|(_, v)| format!("{v:.4}")));
                row.push(s.features.iter().map(|c| format!("{}={:.3}", c.feature, c.weight)).collect::<Vec<_>>().join("; "));
                w.write_record(&row)?;
            }
        } else {
            for p in &doc.pairs {
                let mut row = vec![
                    p.article_id.clone(),
                    p.sentence_index.to_string(),
                    p.headline.to_string(),
                    p.actor.clone(),
                    p.label.clone(),
                    format!("{:.4}", p.probability),
                    p.low_confidence.to_string(),
                ];
                row.extend(p.probabilities.iter().map(|v| format!("{v:.4}")));
                row.push(p.features.iter().map(|c| format!("{}={:.3}", c.feature, c.weight)).collect::<Vec<_>>().join("; "));
                row.push(p.sentence.clone());
                w.write_record(&row)?;
            }
        }
        w.flush()
    }

    fn render_table(&self, doc: &DocumentResult, out: &mut Vec<u8>) -> io::Result<()> {
        writeln!(out, "== {} ==", doc.article_id)?;
        if doc.pairs.is_empty() {
            writeln!(out, "(no actors found)")?;
            return Ok(());
        }
        if self.records != Records::Summary {
            let actor_w = doc.pairs.iter().map(|p| p.actor.chars().count()).max().unwrap_or(5).clamp(5, 28);
            let label_w = self.labels.iter().map(|l| l.len()).max().unwrap_or(5).max(5) + 1;
            writeln!(out, "{:>4}  {:<actor_w$}  {:<label_w$}  {:>5}  why", "sent", "actor", "label", "p")?;
            let mut last_sentence = usize::MAX;
            for p in &doc.pairs {
                if p.sentence_index != last_sentence {
                    let mut s: String = p.sentence.chars().take(110).collect();
                    if s.len() < p.sentence.len() {
                        s.push('…');
                    }
                    writeln!(out, "{:>4}  {}{}", p.sentence_index, if p.headline { "[headline] " } else { "" }, s)?;
                    last_sentence = p.sentence_index;
                }
                let flag = if p.low_confidence { "?" } else { "" };
                let why = p.features.iter().map(|c| format!("{} ({:+.2})", c.feature, c.weight)).collect::<Vec<_>>().join(", ");
                let actor: String = p.actor.chars().take(actor_w).collect();
                writeln!(out, "{:>4}  {:<actor_w$}  {:<label_w$}  {:>5.2}  {}", "", actor, format!("{}{}", p.label, flag), p.probability, why)?;
            }
        }
        if self.records != Records::Pairs {
            writeln!(out, "\nper actor:")?;
            let actor_w = doc.summary.iter().map(|s| s.actor.chars().count()).max().unwrap_or(5).clamp(5, 28);
            write!(out, "{:<actor_w$}  {:>9}  {:<21}", "actor", "sentences", "frame")?;
            for l in &self.labels {
                write!(out, "  {:>w$}", l, w = l.len().max(5))?;
            }
            writeln!(out, "  why")?;
            for s in &doc.summary {
                let frame = if s.mixed { format!("{} (mixed)", s.frame) } else { s.frame.clone() };
                let actor: String = s.actor.chars().take(actor_w).collect();
                write!(out, "{:<actor_w$}  {:>9}  {:<21}", actor, s.sentences, frame)?;
                for (l, (_, c)) in self.labels.iter().zip(&s.label_counts) {
                    write!(out, "  {:>w$}", c, w = l.len().max(5))?;
                }
                let why = s.features.iter().take(3).map(|c| format!("{} ({:+.2})", c.feature, c.weight)).collect::<Vec<_>>().join(", ");
                writeln!(out, "  {why}")?;
            }
        }
        Ok(())
    }
}

/// Writes rendered documents in order, adding the parts that depend on position.
pub struct ResultWriter<W: Write> {
    out: W,
    renderer: Renderer,
    documents_written: usize,
    started: bool,
}

impl<W: Write> ResultWriter<W> {
    pub fn new(out: W, renderer: Renderer) -> Self {
        ResultWriter { out, renderer, documents_written: 0, started: false }
    }

    pub fn renderer(&self) -> &Renderer {
        &self.renderer
    }

    fn start(&mut self) -> io::Result<()> {
        if !self.started {
            self.started = true;
            if self.renderer.format == OutputFormat::Csv {
                let mut w = csv::Writer::from_writer(Vec::new());
                w.write_record(self.renderer.csv_header())?;
                let header = w.into_inner().map_err(|e| io::Error::other(e.to_string()))?;
                self.out.write_all(&header)?;
            }
        }
        Ok(())
    }

    /// Write one document rendered by [`Renderer::render`].
    pub fn write_rendered(&mut self, rendered: &[u8]) -> io::Result<()> {
        self.start()?;
        match self.renderer.format {
            OutputFormat::Json => self.out.write_all(if self.documents_written == 0 { b"[\n" } else { b",\n" })?,
            OutputFormat::Table if self.documents_written > 0 => self.out.write_all(b"\n")?,
            _ => {}
        }
        self.out.write_all(rendered)?;
        self.documents_written += 1;
        Ok(())
    }

    /// Render and write one document.
    pub fn write(&mut self, doc: &DocumentResult) -> io::Result<()> {
        let mut buf = Vec::new();
        self.renderer.render(doc, &mut buf)?;
        self.write_rendered(&buf)
    }

    /// Close the output (the JSON array needs its closing bracket).
    pub fn finish(mut self) -> io::Result<W> {
        self.start()?;
        if self.renderer.format == OutputFormat::Json {
            self.out.write_all(if self.documents_written == 0 { b"[]\n" } else { b"\n]\n" })?;
        }
        self.out.flush()?;
        Ok(self.out)
    }
}
