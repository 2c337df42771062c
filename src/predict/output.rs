//! Writing predictions: a human-readable table, JSON, JSON Lines or CSV.
//!
//! Rendering a document is a pure function of the document ([`Renderer::render`]), so worker
//! threads render in parallel; [`ResultWriter`] then writes the pieces in input order and adds
//! what depends on position (the CSV header, JSON array brackets and commas, blank lines).

use super::{ActorSummary, DocumentResult, PairPrediction, PairView};
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

impl OutputFormat {
    /// Does the format put something between documents (JSON's commas, the table's blank
    /// lines)? Documents in the other formats can be written together in one piece.
    pub fn separates_documents(self) -> bool {
        matches!(self, OutputFormat::Json | OutputFormat::Table)
    }
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

/// Bytes of a JSON pair line besides its sentence, id and actor, generously (to reserve the
/// output buffer once).
const PAIR_LINE_OVERHEAD: usize = 320;
/// The same for a summary line.
const SUMMARY_LINE_SIZE: usize = 512;

/// `v` as serde_json writes `R4(v)`. For the bulk of the numbers, probabilities from 0.0 to
/// 1.0, serde_json's shortest round-trip form of n / 10^4 is that decimal itself: "0." and
/// the four digits of n without trailing zeros ("0.0" and "1.0" at the ends), written here
/// directly (the tests compare with serde_json for every n). Anything else goes through
/// serde_json.
fn write_r4(out: &mut Vec<u8>, v: f64) -> io::Result<()> {
    let steps = (v * 1e4).round();
    if !(steps.is_sign_positive() && steps <= 1e4) {
        return serde_json::to_writer(&mut *out, &R4(v)).map_err(io::Error::other);
    }
    let n = steps as u32;
    let (text, len) = match n {
        0 => (*b"0.0\0\0\0\0\0", 3),
        10_000 => (*b"1.0\0\0\0\0\0", 3),
        _ => {
            let digits = [n / 1000, n / 100 % 10, n / 10 % 10, n % 10].map(|d| b'0' + d as u8);
            let kept = 4 - trailing_decimal_zeros(n);
            let mut text = *b"0.\0\0\0\0\0\0";
            text[2..6].copy_from_slice(&digits);
            (text, 2 + kept)
        }
    };
    // A fixed eight-byte copy, then truncation: cheaper than a variable-length copy.
    let at = out.len();
    out.extend_from_slice(&text);
    out.truncate(at + len);
    Ok(())
}

/// `n` in decimal, as serde_json writes an unsigned integer.
fn write_decimal(out: &mut Vec<u8>, mut n: usize) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[at..]);
}

/// Trailing zero digits of `n` in 1..10^4 written with four digits.
fn trailing_decimal_zeros(n: u32) -> usize {
    if n.is_multiple_of(1000) {
        3
    } else if n.is_multiple_of(100) {
        2
    } else if n.is_multiple_of(10) {
        1
    } else {
        0
    }
}

/// `s` as a JSON string, escaped exactly as serde_json escapes it: a backslash before `"` and
/// `\`, the control characters \b \t \n \f \r by name and the other ones below 0x20 as
/// `\u00xx`; everything else, non-ASCII included, as is.
fn write_json_str(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    out.push(b'"');
    let mut start = 0;
    loop {
        let i = super::input::next_special_byte(bytes, start);
        out.extend_from_slice(&bytes[start..i]);
        let Some(&b) = bytes.get(i) else { break };
        match b {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            0x08 => out.extend_from_slice(b"\\b"),
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\n' => out.extend_from_slice(b"\\n"),
            0x0c => out.extend_from_slice(b"\\f"),
            b'\r' => out.extend_from_slice(b"\\r"),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(&[b'\\', b'u', b'0', b'0', HEX[(b >> 4) as usize], HEX[(b & 0xf) as usize]]);
            }
        }
        start = i + 1;
    }
    out.push(b'"');
}

/// A pair's explaining features as a JSON array.
#[inline]
fn write_features(p: &PairView, out: &mut Vec<u8>) -> io::Result<()> {
    out.push(b'[');
    for (i, c) in p.features.iter().enumerate() {
        out.extend_from_slice(if i > 0 { b",{\"feature\":" } else { b"{\"feature\":" });
        write_json_str(out, &c.feature);
        out.extend_from_slice(b",\"weight\":");
        write_r4(out, c.weight as f64)?;
        out.push(b'}');
    }
    out.push(b']');
    Ok(())
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

/// Positions of the pair record keys in [`PAIR_KEYS`].
const F_TYPE: usize = 0;
const F_ARTICLE_ID: usize = 1;
const F_SENTENCE_INDEX: usize = 2;
const F_HEADLINE: usize = 3;
const F_ACTOR: usize = 4;
const F_SPEAKS_FOR: usize = 5;
const F_MENTIONS: usize = 6;
const F_LABEL: usize = 7;
const F_PROBABILITY: usize = 8;
const F_PROBABILITIES: usize = 9;
const F_LOW_CONFIDENCE: usize = 10;
const F_FEATURES: usize = 11;
const F_SENTENCE: usize = 12;

/// Which fields pair records carry (`--fields`): a set of [`PAIR_KEYS`], by position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PairFields(u16);

impl PairFields {
    /// Every field (the default).
    pub const ALL: PairFields = PairFields((1 << PAIR_KEYS.len()) - 1);

    /// The fields named in `names` (each one of [`PAIR_KEYS`]); the error names the first
    /// unknown name and lists the known ones.
    pub fn parse<S: AsRef<str>>(names: &[S]) -> Result<PairFields, String> {
        let mut set = 0u16;
        for name in names {
            let name = name.as_ref().trim();
            match PAIR_KEYS.iter().position(|k| *k == name) {
                Some(i) => set |= 1 << i,
                None => return Err(format!("unknown field \"{name}\" in --fields; pair records have: {}", PAIR_KEYS.join(", "))),
            }
        }
        Ok(PairFields(set))
    }

    /// Do pair records carry their explaining features?
    pub fn has_features(self) -> bool {
        self.has(F_FEATURES)
    }

    /// Does the set hold the field at position `i` of [`PAIR_KEYS`] (an `F_` constant)?
    #[inline]
    fn has(self, i: usize) -> bool {
        self.0 >> i & 1 == 1
    }
}

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

struct PairRecord<'a> {
    article_id: &'a str,
    sentence_index: usize,
    headline: bool,
    actor: &'a str,
    speaks_for: Option<&'a str>,
    mentions: &'a [String],
    label: &'a str,
    probability: R4,
    probabilities: LabelMap<'a, f32>,
    low_confidence: bool,
    features: Features<'a>,
    sentence: &'a str,
    extra: PassThrough<'a>,
    fields: PairFields,
}

impl Serialize for PairRecord<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        let f = self.fields;
        if f.has(F_TYPE) {
            m.serialize_entry("type", "pair")?;
        }
        if f.has(F_ARTICLE_ID) {
            m.serialize_entry("article_id", self.article_id)?;
        }
        if f.has(F_SENTENCE_INDEX) {
            m.serialize_entry("sentence_index", &self.sentence_index)?;
        }
        if f.has(F_HEADLINE) {
            m.serialize_entry("headline", &self.headline)?;
        }
        if f.has(F_ACTOR) {
            m.serialize_entry("actor", self.actor)?;
        }
        if let Some(speaks_for) = self.speaks_for.filter(|_| f.has(F_SPEAKS_FOR)) {
            m.serialize_entry("speaks_for", speaks_for)?;
        }
        if f.has(F_MENTIONS) {
            m.serialize_entry("mentions", self.mentions)?;
        }
        if f.has(F_LABEL) {
            m.serialize_entry("label", self.label)?;
        }
        if f.has(F_PROBABILITY) {
            m.serialize_entry("probability", &self.probability)?;
        }
        if f.has(F_PROBABILITIES) {
            m.serialize_entry("probabilities", &self.probabilities)?;
        }
        if f.has(F_LOW_CONFIDENCE) {
            m.serialize_entry("low_confidence", &self.low_confidence)?;
        }
        if f.has(F_FEATURES) {
            m.serialize_entry("features", &self.features)?;
        }
        if f.has(F_SENTENCE) {
            m.serialize_entry("sentence", self.sentence)?;
        }
        if let Some(map) = self.extra.0 {
            for (k, v) in map.iter().filter(|(k, _)| !PAIR_KEYS.contains(&k.as_str())) {
                m.serialize_entry(k, v)?;
            }
        }
        m.end()
    }
}

fn pair_record<'a>(p: &'a PairPrediction, labels: &'a [String], extra: Option<&'a Map<String, Value>>, fields: PairFields) -> PairRecord<'a> {
    PairRecord {
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
        fields,
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
    /// Each label as a JSON string, escaped once here instead of in every pair line.
    label_json: Vec<Vec<u8>>,
    /// The fields of pair records (JSON and JSON Lines).
    fields: PairFields,
}

impl Renderer {
    pub fn new(format: OutputFormat, records: Records, labels: Vec<String>) -> Self {
        let label_json = labels
            .iter()
            .map(|l| {
                let mut json = Vec::new();
                write_json_str(&mut json, l);
                json
            })
            .collect();
        Renderer { format, records, labels, label_json, fields: PairFields::ALL }
    }

    /// Write only `fields` of pair records (`--fields`; JSON and JSON Lines).
    pub fn with_fields(self, fields: PairFields) -> Self {
        Renderer { fields, ..self }
    }

    /// The document's output, without anything that depends on its position in the stream.
    pub fn render(&self, doc: &DocumentResult, out: &mut Vec<u8>) -> io::Result<()> {
        // One allocation for the common case (JSON Lines pairs); a hint for the other formats.
        out.reserve(doc.pairs.iter().map(|p| PAIR_LINE_OVERHEAD + p.sentence.len() + p.article_id.len() + 2 * p.actor.len()).sum::<usize>() + SUMMARY_LINE_SIZE * doc.summary.len());
        match self.format {
            OutputFormat::Jsonl => {
                if self.records != Records::Summary {
                    for p in &doc.pairs {
                        self.write_pair_line(&p.view(), doc.extra.as_ref(), out)?;
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
                    pairs: (self.records != Records::Summary).then(|| doc.pairs.iter().map(|p| pair_record(p, &self.labels, None, self.fields)).collect()),
                    summary: (self.records != Records::Pairs).then(|| doc.summary.iter().map(summary_record).collect()),
                };
                serde_json::to_writer_pretty(&mut *out, &d)?;
            }
            OutputFormat::Csv => self.render_csv(doc, out)?,
            OutputFormat::Table => self.render_table(doc, out)?,
        }
        Ok(())
    }

    /// One pair as a JSON line (`--format jsonl`), with the input record's other fields.
    pub fn render_pair(&self, p: &PairView, extra: Option<&Map<String, Value>>, out: &mut Vec<u8>) -> io::Result<()> {
        out.reserve(PAIR_LINE_OVERHEAD + p.sentence.len() + p.article_id.len() + 2 * p.actor.len());
        self.write_pair_line(p, extra, out)
    }

    /// One pair as a JSON line, byte for byte what serialising [`PairRecord`] with serde_json
    /// writes, without serde's per-field machinery (this is the hot path of pair prediction).
    fn write_pair_line(&self, p: &PairView, extra: Option<&Map<String, Value>>, out: &mut Vec<u8>) -> io::Result<()> {
        let mut any_field = self.write_pair_fields(p, out)?;
        for (k, v) in extra.into_iter().flatten().filter(|(k, _)| !PAIR_KEYS.contains(&k.as_str())) {
            if any_field {
                out.push(b',');
            }
            any_field = true;
            write_json_str(out, k);
            out.push(b':');
            serde_json::to_writer(&mut *out, v)?;
        }
        out.extend_from_slice(b"}\n");
        Ok(())
    }

    /// The opening brace and the selected fields of a pair line (`--fields`); returns whether
    /// any field was written.
    fn write_pair_fields(&self, p: &PairView, out: &mut Vec<u8>) -> io::Result<bool> {
        let f = self.fields;
        let line_start = out.len();
        // `{` before the first field, `,` before the others.
        let key = |out: &mut Vec<u8>, key: &[u8]| {
            out.push(if out.len() == line_start { b'{' } else { b',' });
            out.extend_from_slice(key);
        };
        if f.has(F_TYPE) {
            key(out, b"\"type\":\"pair\"");
        }
        if f.has(F_ARTICLE_ID) {
            key(out, b"\"article_id\":");
            write_json_str(out, p.article_id);
        }
        if f.has(F_SENTENCE_INDEX) {
            key(out, b"\"sentence_index\":");
            write_decimal(out, p.sentence_index);
        }
        if f.has(F_HEADLINE) {
            key(out, if p.headline { b"\"headline\":true" } else { b"\"headline\":false" });
        }
        if f.has(F_ACTOR) {
            key(out, b"\"actor\":");
            write_json_str(out, p.actor);
        }
        if let Some(speaks_for) = p.speaks_for.filter(|_| f.has(F_SPEAKS_FOR)) {
            key(out, b"\"speaks_for\":");
            write_json_str(out, speaks_for);
        }
        if f.has(F_MENTIONS) {
            key(out, b"\"mentions\":");
            self.write_mentions(p, out);
        }
        if f.has(F_LABEL) {
            key(out, b"\"label\":");
            self.write_label(p, out);
        }
        if f.has(F_PROBABILITY) {
            key(out, b"\"probability\":");
            write_r4(out, p.probability as f64)?;
        }
        if f.has(F_PROBABILITIES) {
            key(out, b"\"probabilities\":");
            self.write_probabilities(p, out)?;
        }
        if f.has(F_LOW_CONFIDENCE) {
            key(out, if p.low_confidence { b"\"low_confidence\":true" } else { b"\"low_confidence\":false" });
        }
        if f.has(F_FEATURES) {
            key(out, b"\"features\":");
            write_features(p, out)?;
        }
        if f.has(F_SENTENCE) {
            key(out, b"\"sentence\":");
            write_json_str(out, p.sentence);
        }
        if out.len() == line_start {
            out.push(b'{');
            return Ok(false);
        }
        Ok(true)
    }

    #[inline]
    fn write_mentions(&self, p: &PairView, out: &mut Vec<u8>) {
        out.push(b'[');
        for (i, m) in p.mentions.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            write_json_str(out, m);
        }
        out.push(b']');
    }

    #[inline]
    fn write_label(&self, p: &PairView, out: &mut Vec<u8>) {
        match self.labels.iter().position(|l| l == p.label) {
            Some(i) => out.extend_from_slice(&self.label_json[i]),
            None => write_json_str(out, p.label),
        }
    }

    #[inline]
    fn write_probabilities(&self, p: &PairView, out: &mut Vec<u8>) -> io::Result<()> {
        out.push(b'{');
        for (i, (l, v)) in self.label_json.iter().zip(p.probabilities).enumerate() {
            if i > 0 {
                out.push(b',');
            }
            out.extend_from_slice(l);
            out.push(b':');
            write_r4(out, *v as f64)?;
        }
        out.push(b'}');
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

    /// Write `documents` documents rendered one after another by [`Renderer::render`], given
    /// in `parts` (one document at a time in formats that separate documents): one vectored
    /// write for all the parts, whatever their number.
    pub fn write_rendered(&mut self, parts: &[&[u8]], documents: usize) -> io::Result<()> {
        debug_assert!(documents == 1 || !self.renderer.format.separates_documents());
        self.start()?;
        match self.renderer.format {
            OutputFormat::Json => self.out.write_all(if self.documents_written == 0 { b"[\n" } else { b",\n" })?,
            OutputFormat::Table if self.documents_written > 0 => self.out.write_all(b"\n")?,
            _ => {}
        }
        let mut slices: Vec<io::IoSlice> = parts.iter().map(|p| io::IoSlice::new(p)).collect();
        let mut rest = &mut slices[..];
        io::IoSlice::advance_slices(&mut rest, 0);
        while !rest.is_empty() {
            match self.out.write_vectored(rest) {
                Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
                Ok(n) => io::IoSlice::advance_slices(&mut rest, n),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        self.documents_written += documents;
        Ok(())
    }

    /// Render and write one document.
    pub fn write(&mut self, doc: &DocumentResult) -> io::Result<()> {
        let mut buf = Vec::new();
        self.renderer.render(doc, &mut buf)?;
        self.write_rendered(&[&buf], 1)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn serde_line(p: &PairPrediction, labels: &[String], extra: Option<&Map<String, Value>>, fields: PairFields) -> Vec<u8> {
        let mut v = serde_json::to_vec(&pair_record(p, labels, extra, fields)).unwrap();
        v.push(b'\n');
        v
    }

    #[test]
    fn strings_escape_like_serde_json() {
        let mut all: String = (0u8..0x80).map(char::from).collect();
        all.push_str("“curly” é Москва \u{2028} \u{7f}");
        for s in [all.as_str(), "", "plain", "\"", "\\", "a\"b\\c\nd\u{1}"] {
            let mut out = Vec::new();
            write_json_str(&mut out, s);
            assert_eq!(String::from_utf8(out).unwrap(), serde_json::to_string(s).unwrap());
        }
    }

    #[test]
    fn numbers_render_like_serde_json() {
        let mut values: Vec<f64> = (0..=20_000).map(|i| i as f64 / 20_000.0).collect();
        values.extend([-0.0, -1e-9, 1e-9, 0.99995, 0.99994999, -0.5, 1.00005, 1.5, 123.456789, f64::NAN, f64::INFINITY, f64::MIN_POSITIVE]);
        values.extend((0..1000).map(|i| (i as f32 * 0.000_999_7) as f64));
        for v in values {
            let mut out = Vec::new();
            write_r4(&mut out, v).unwrap();
            assert_eq!(String::from_utf8(out).unwrap(), serde_json::to_string(&R4(v)).unwrap(), "{v}");
        }
    }

    #[test]
    fn field_lists_are_checked() {
        assert_eq!(PairFields::parse(PAIR_KEYS).unwrap(), PairFields::ALL);
        let some = PairFields::parse(&["label", " probabilities"]).unwrap();
        assert!(some.has(F_LABEL) && some.has(F_PROBABILITIES) && !some.has(F_SENTENCE));
        let positions = [F_TYPE, F_ARTICLE_ID, F_SENTENCE_INDEX, F_HEADLINE, F_ACTOR, F_SPEAKS_FOR, F_MENTIONS, F_LABEL, F_PROBABILITY, F_PROBABILITIES, F_LOW_CONFIDENCE, F_FEATURES, F_SENTENCE];
        for (i, key) in PAIR_KEYS.iter().enumerate() {
            assert_eq!(positions[i], i, "{key}");
            assert!(PairFields::parse(&[key]).unwrap().has(i), "{key}");
        }
        let err = PairFields::parse(&["label", "sentense"]).unwrap_err();
        assert!(err.contains("\"sentense\"") && err.contains("sentence_index"), "{err}");
    }

    #[test]
    fn pair_lines_match_the_serde_records() {
        let labels: Vec<String> = ["negative", "neutral", "pos\"itive"].iter().map(|s| s.to_string()).collect();
        let mut p = PairPrediction {
            article_id: "doc \"7\"".into(),
            sentence_index: 0,
            headline: true,
            actor: "Türkiye".into(),
            speaks_for: None,
            mentions: vec!["Türkiye".into(), "Ankara".into()],
            label: "negative".into(),
            probability: 0.78451,
            probabilities: vec![0.78451, 0.2, 0.01549],
            low_confidence: false,
            features: vec![],
            sentence: "Ankara\tsaid \"no\" to the EU\u{1}.".into(),
        };
        let renderer = Renderer::new(OutputFormat::Jsonl, Records::Pairs, labels.clone());
        let mut extra = Map::new();
        extra.insert("source".into(), Value::from("wire"));
        extra.insert("label".into(), Value::from("clashes and is left out"));
        extra.insert("n".into(), serde_json::json!({"a": [1, 2.5, null]}));
        for round in 0..3 {
            if round == 1 {
                p.sentence_index = 1_234_567;
                p.speaks_for = Some("Turkey".into());
                p.features = vec![
                    Contribution { feature: "R1:said".into(), weight: 0.123456 },
                    Contribution { feature: "<target> \"said\"".into(), weight: 2.5 },
                ];
                p.low_confidence = true;
            }
            if round == 2 {
                p.sentence_index = usize::MAX;
                p.headline = false;
                p.mentions.clear();
                p.probabilities = vec![f32::NAN, 1.0, 0.0];
            }
            // Every field; none; each one alone; each one left out; a few mixes.
            let mut field_sets = vec![PairFields::ALL, PairFields(0)];
            for i in 0..PAIR_KEYS.len() {
                field_sets.push(PairFields(1 << i));
                field_sets.push(PairFields(PairFields::ALL.0 & !(1 << i)));
            }
            field_sets.push(PairFields::parse(&["article_id", "label", "probabilities"]).unwrap());
            field_sets.push(PairFields::parse(&["sentence", "type", "features"]).unwrap());
            for fields in field_sets {
                let renderer = renderer.clone().with_fields(fields);
                for extra in [None, Some(&extra)] {
                    let mut out = Vec::new();
                    renderer.write_pair_line(&p.view(), extra, &mut out).unwrap();
                    let line = String::from_utf8(out).unwrap();
                    assert_eq!(line, String::from_utf8(serde_line(&p, &labels, extra, fields)).unwrap(), "{fields:?}");
                    serde_json::from_str::<Value>(&line).unwrap();
                }
            }
        }
    }
}
