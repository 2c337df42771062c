//! Writing predictions: a human-readable table, JSON, JSON Lines or CSV. Results are written
//! document by document as they are produced.

use super::{ActorSummary, DocumentResult, PairPrediction};
use serde_json::{json, Map, Value};
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

fn r4(v: f64) -> Value {
    json!((v * 1e4).round() / 1e4)
}

fn probs_object(p: &[(String, f32)]) -> Value {
    Value::Object(p.iter().map(|(l, v)| (l.clone(), r4(*v as f64))).collect())
}

pub fn pair_json(p: &PairPrediction, extra: Option<&Map<String, Value>>) -> Value {
    let mut m = Map::new();
    m.insert("type".into(), json!("pair"));
    m.insert("article_id".into(), json!(p.article_id));
    m.insert("sentence_index".into(), json!(p.sentence_index));
    m.insert("headline".into(), json!(p.headline));
    m.insert("actor".into(), json!(p.actor));
    if let Some(s) = &p.speaks_for {
        m.insert("speaks_for".into(), json!(s));
    }
    m.insert("mentions".into(), json!(p.mentions));
    m.insert("label".into(), json!(p.label));
    m.insert("probability".into(), r4(p.probability as f64));
    m.insert("probabilities".into(), probs_object(&p.probabilities));
    m.insert("low_confidence".into(), json!(p.low_confidence));
    m.insert(
        "features".into(),
        Value::Array(p.features.iter().map(|c| json!({"feature": c.feature, "weight": (c.weight as f64 * 1e4).round() / 1e4})).collect()),
    );
    m.insert("sentence".into(), json!(p.sentence));
    if let Some(extra) = extra {
        for (k, v) in extra {
            m.entry(k.clone()).or_insert_with(|| v.clone());
        }
    }
    Value::Object(m)
}

pub fn summary_json(s: &ActorSummary) -> Value {
    json!({
        "type": "summary",
        "article_id": s.article_id,
        "actor": s.actor,
        "sentences": s.sentences,
        "mentions": s.mentions,
        "frame": s.frame,
        "mixed": s.mixed,
        "label_counts": Value::Object(s.label_counts.iter().map(|(l, c)| (l.clone(), json!(c))).collect()),
        "label_shares": Value::Object(s.label_shares.iter().map(|(l, v)| (l.clone(), r4(*v))).collect()),
        "mean_probabilities": Value::Object(s.mean_probabilities.iter().map(|(l, v)| (l.clone(), r4(*v))).collect()),
    })
}

/// A streaming writer for one output format.
pub struct ResultWriter<W: Write> {
    out: W,
    format: OutputFormat,
    records: Records,
    labels: Vec<String>,
    documents_written: usize,
    csv_header_written: bool,
}

impl<W: Write> ResultWriter<W> {
    pub fn new(out: W, format: OutputFormat, records: Records, labels: Vec<String>) -> Self {
        ResultWriter { out, format, records, labels, documents_written: 0, csv_header_written: false }
    }

    pub fn write(&mut self, doc: &DocumentResult) -> io::Result<()> {
        match self.format {
            OutputFormat::Jsonl => {
                if self.records != Records::Summary {
                    for p in &doc.pairs {
                        serde_json::to_writer(&mut self.out, &pair_json(p, doc.extra.as_ref()))?;
                        self.out.write_all(b"\n")?;
                    }
                }
                if self.records != Records::Pairs {
                    for s in &doc.summary {
                        serde_json::to_writer(&mut self.out, &summary_json(s))?;
                        self.out.write_all(b"\n")?;
                    }
                }
            }
            OutputFormat::Json => {
                self.out.write_all(if self.documents_written == 0 { b"[\n" } else { b",\n" })?;
                let mut m = Map::new();
                m.insert("article_id".into(), json!(doc.article_id));
                if let Some(extra) = &doc.extra {
                    m.insert("fields".into(), Value::Object(extra.clone()));
                }
                m.insert("sentences_with_actors".into(), json!(doc.sentences));
                if self.records != Records::Summary {
                    m.insert("pairs".into(), Value::Array(doc.pairs.iter().map(|p| pair_json(p, None)).collect()));
                }
                if self.records != Records::Pairs {
                    m.insert("summary".into(), Value::Array(doc.summary.iter().map(summary_json).collect()));
                }
                serde_json::to_writer_pretty(&mut self.out, &Value::Object(m))?;
            }
            OutputFormat::Csv => self.write_csv(doc)?,
            OutputFormat::Table => self.write_table(doc)?,
        }
        self.documents_written += 1;
        Ok(())
    }

    fn write_csv(&mut self, doc: &DocumentResult) -> io::Result<()> {
        let summary = self.records == Records::Summary;
        let mut w = csv::WriterBuilder::new().has_headers(false).from_writer(Vec::new());
        if !self.csv_header_written {
            let mut header: Vec<String> = if summary {
                ["article_id", "actor", "sentences", "mentions", "frame", "mixed"].iter().map(|s| s.to_string()).collect()
            } else {
                ["article_id", "sentence_index", "headline", "actor", "label", "probability", "low_confidence"].iter().map(|s| s.to_string()).collect()
            };
            for l in &self.labels {
                header.push(if summary { format!("share_{l}") } else { format!("p_{l}") });
            }
            if summary {
                for l in &self.labels {
                    header.push(format!("mean_p_{l}"));
                }
            } else {
                header.push("features".into());
                header.push("sentence".into());
            }
            w.write_record(&header)?;
            self.csv_header_written = true;
        }
        if summary {
            for s in &doc.summary {
                let mut row = vec![s.article_id.clone(), s.actor.clone(), s.sentences.to_string(), s.mentions.to_string(), s.frame.clone(), s.mixed.to_string()];
                row.extend(s.label_shares.iter().map(|(_, v)| format!("{v:.4}")));
                row.extend(s.mean_probabilities.iter().map(|(_, v)| format!("{v:.4}")));
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
                row.extend(p.probabilities.iter().map(|(_, v)| format!("{v:.4}")));
                row.push(p.features.iter().map(|c| format!("{}={:.3}", c.feature, c.weight)).collect::<Vec<_>>().join("; "));
                row.push(p.sentence.clone());
                w.write_record(&row)?;
            }
        }
        let buf = w.into_inner().map_err(|e| io::Error::other(e.to_string()))?;
        self.out.write_all(&buf)
    }

    fn write_table(&mut self, doc: &DocumentResult) -> io::Result<()> {
        let out = &mut self.out;
        if self.documents_written > 0 {
            writeln!(out)?;
        }
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
            writeln!(out)?;
            for s in &doc.summary {
                let frame = if s.mixed { format!("{} (mixed)", s.frame) } else { s.frame.clone() };
                let actor: String = s.actor.chars().take(actor_w).collect();
                write!(out, "{:<actor_w$}  {:>9}  {:<21}", actor, s.sentences, frame)?;
                for (l, (_, c)) in self.labels.iter().zip(&s.label_counts) {
                    write!(out, "  {:>w$}", c, w = l.len().max(5))?;
                }
                writeln!(out)?;
            }
        }
        Ok(())
    }

    /// Close the output (the JSON array needs its closing bracket).
    pub fn finish(mut self) -> io::Result<W> {
        if self.format == OutputFormat::Json {
            self.out.write_all(if self.documents_written == 0 { b"[]\n" } else { b"\n]\n" })?;
        }
        self.out.flush()?;
        Ok(self.out)
    }
}
