//! Reading labelled examples: CSV and JSON Lines in frame's own format, plus the benchmark
//! formats (NewsMTSC JSON Lines, directed-sentiment TSV). Every reader returns examples whose
//! target mention is located as a byte range of the normalised text, or an error naming the
//! file, the line and the problem.

use crate::actors::Gazetteer;
use crate::error::{FrameError, Result};
use crate::text::Normalizer;
use serde::Deserialize;
use std::borrow::Cow;
use std::path::Path;

/// One labelled (sentence, target mention) pair.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LabelledExample {
    pub id: Option<String>,
    /// The sentence, normalised.
    pub text: String,
    /// Canonical actor (or, for benchmark data, the target's surface form).
    pub actor: String,
    pub label: String,
    /// Byte range of the target mention in `text`.
    pub target: (usize, usize),
    /// Byte ranges of other actors' mentions known from the data itself (the targets of other
    /// rows of the same sentence, the second entity of a directed pair).
    pub others: Vec<(usize, usize)>,
    /// 1-based line of the source file the example came from.
    pub line: u64,
}

/// Input formats for labelled data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DataFormat {
    /// Decide from the file extension (.csv, .jsonl/.json/.ndjson, .txt/.tsv = directed).
    Auto,
    /// CSV with a header: text, actor, label; optional id, start, end.
    Csv,
    /// JSON Lines with the same field names as the CSV.
    Jsonl,
    /// NewsMTSC JSON Lines (sentence_normalized, targets with from/to/polarity).
    Newsmtsc,
    /// Directed-sentiment TSV: sentence with two [bracketed] entities, Ent1, Ent2, label 0-4.
    Directed,
}

/// Read a whole file as UTF-8 (a leading byte-order mark, as spreadsheet exports write, is
/// dropped), with the same clear errors for binary data and invalid UTF-8 as prediction input.
pub fn read_text_file(path: &Path) -> Result<String> {
    let mut bytes = std::fs::read(path).map_err(|e| FrameError::io(path, e))?;
    if bytes.starts_with(&[0xef, 0xbb, 0xbf]) {
        bytes.drain(..3);
    }
    crate::predict::input::decode(bytes, &path.display().to_string())
}

/// Read labelled examples from `path` in `format`.
pub fn read_examples(path: &Path, format: DataFormat, gazetteer: &Gazetteer, normalizer: &Normalizer) -> Result<Vec<LabelledExample>> {
    let text = read_text_file(path)?;
    let source = path.display().to_string();
    let format = match format {
        DataFormat::Auto => format_from_extension(path),
        f => f,
    };
    let examples = match format {
        DataFormat::Csv | DataFormat::Auto => parse_csv(&text, &source, gazetteer, normalizer)?,
        DataFormat::Jsonl => parse_jsonl(&text, &source, gazetteer, normalizer)?,
        DataFormat::Newsmtsc => parse_newsmtsc(&text, &source, normalizer)?,
        DataFormat::Directed => parse_directed(&text, &source, normalizer)?,
    };
    if examples.is_empty() {
        return Err(FrameError::input(source, None, "no labelled examples in the file"));
    }
    Ok(link_co_targets(examples))
}

pub fn format_from_extension(path: &Path) -> DataFormat {
    match path.extension().and_then(|e| e.to_str()).map(|e| e.to_ascii_lowercase()).as_deref() {
        Some("jsonl" | "json" | "ndjson") => DataFormat::Jsonl,
        Some("txt" | "tsv") => DataFormat::Directed,
        _ => DataFormat::Csv,
    }
}

/// A raw record before its target is located.
struct RawRecord {
    id: Option<String>,
    text: String,
    actor: String,
    label: String,
    start: Option<i64>,
    end: Option<i64>,
}

fn parse_csv(text: &str, source: &str, gazetteer: &Gazetteer, normalizer: &Normalizer) -> Result<Vec<LabelledExample>> {
    let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| FrameError::input(source, Some(1), format!("cannot read the CSV header: {e}")))?
        .clone();
    let col = |name: &str| headers.iter().position(|h| h.trim().eq_ignore_ascii_case(name));
    let missing: Vec<&str> = ["text", "actor", "label"].into_iter().filter(|c| col(c).is_none()).collect();
    if !missing.is_empty() {
        return Err(FrameError::input(
            source,
            Some(1),
            format!("missing required column(s) {} (the header must name text, actor, label; optional id, start, end)", missing.join(", ")),
        ));
    }
    let (text_c, actor_c, label_c) = (col("text").unwrap(), col("actor").unwrap(), col("label").unwrap());
    let (id_c, start_c, end_c) = (col("id"), col("start"), col("end"));
    if start_c.is_some() != end_c.is_some() {
        return Err(FrameError::input(source, Some(1), "columns 'start' and 'end' must be given together"));
    }
    let mut out = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map(|p| p.line());
            FrameError::input(source, line, format!("malformed CSV record: {e}"))
        })?;
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        let get = |c: usize| record.get(c).unwrap_or("").to_string();
        let offset = |c: Option<usize>, name: &str| -> Result<Option<i64>> {
            match c.map(|c| record.get(c).unwrap_or("").trim()) {
                None | Some("") => Ok(None),
                Some(v) => v
                    .parse::<i64>()
                    .map(Some)
                    .map_err(|_| FrameError::input(source, Some(line), format!("column '{name}' is not an integer: '{v}'"))),
            }
        };
        let raw = RawRecord {
            id: id_c.map(get).filter(|s| !s.is_empty()),
            text: get(text_c),
            actor: get(actor_c).trim().to_string(),
            label: get(label_c).trim().to_string(),
            start: offset(start_c, "start")?,
            end: offset(end_c, "end")?,
        };
        out.push(resolve(raw, source, line, gazetteer, normalizer)?);
    }
    Ok(out)
}

#[derive(Deserialize)]
struct JsonRecord {
    id: Option<serde_json::Value>,
    text: String,
    actor: String,
    label: serde_json::Value,
    start: Option<i64>,
    end: Option<i64>,
}

fn json_scalar_to_string(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn parse_jsonl(text: &str, source: &str, gazetteer: &Gazetteer, normalizer: &Normalizer) -> Result<Vec<LabelledExample>> {
    let mut out = Vec::new();
    for (i, line_text) in text.lines().enumerate() {
        let line = i as u64 + 1;
        if line_text.trim().is_empty() {
            continue;
        }
        let rec: JsonRecord = serde_json::from_str(line_text)
            .map_err(|e| FrameError::input(source, Some(line), format!("invalid JSON record (need text, actor, label): {e}")))?;
        let raw = RawRecord {
            id: rec.id.as_ref().map(json_scalar_to_string),
            text: rec.text,
            actor: rec.actor.trim().to_string(),
            label: json_scalar_to_string(&rec.label).trim().to_string(),
            start: rec.start,
            end: rec.end,
        };
        out.push(resolve(raw, source, line, gazetteer, normalizer)?);
    }
    Ok(out)
}

/// Normalise a text whose target is given as a char range, keeping the target's position.
/// The three pieces are normalised separately, so the range maps exactly.
pub fn normalise_with_span(normalizer: &Normalizer, text: &str, char_start: usize, char_end: usize) -> (String, (usize, usize)) {
    let (b_start, b_end) = char_span_to_bytes(text, char_start, char_end);
    if already_normal_span(normalizer, text, b_start, b_end) {
        return (text.to_string(), (b_start, b_end));
    }
    normalise_pieces(normalizer, text, b_start, b_end)
}

/// As [`normalise_with_span`], taking the text by value so that clean input is not copied.
pub fn normalise_owned_with_span(normalizer: &Normalizer, text: String, char_start: usize, char_end: usize) -> (String, (usize, usize)) {
    let (text, span) = normalise_cow_with_span(normalizer, Cow::Owned(text), char_start, char_end);
    (text.into_owned(), span)
}

/// As [`normalise_with_span`], handing clean input back as it came (borrowed stays borrowed).
pub fn normalise_cow_with_span<'a>(normalizer: &Normalizer, text: Cow<'a, str>, char_start: usize, char_end: usize) -> (Cow<'a, str>, (usize, usize)) {
    let (b_start, b_end) = char_span_to_bytes(&text, char_start, char_end);
    if already_normal_span(normalizer, &text, b_start, b_end) {
        return (text, (b_start, b_end));
    }
    let (normal, span) = normalise_pieces(normalizer, &text, b_start, b_end);
    (Cow::Owned(normal), span)
}

fn char_span_to_bytes(text: &str, char_start: usize, char_end: usize) -> (usize, usize) {
    let char_end = char_end.max(char_start);
    // Over an ASCII prefix, char and byte offsets agree (the common case: a checked scan of
    // the bytes up to the span's end).
    if text.as_bytes()[..char_end.min(text.len())].is_ascii() {
        return (char_start.min(text.len()), char_end.min(text.len()));
    }
    let start = advance_chars(text, 0, char_start);
    (start, advance_chars(text, start, char_end - char_start))
}

/// Byte offset of the character `n` characters after byte offset `from` (a char boundary),
/// or `text.len()` when the text ends first. Counts the bytes that start a character (all
/// but UTF-8 continuation bytes) eight at a time instead of decoding characters.
fn advance_chars(text: &str, mut from: usize, mut n: usize) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let bytes = text.as_bytes();
    while let Some(chunk) = bytes.get(from..from + 8) {
        let w = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        // Continuation bytes are 0b10xx_xxxx: the high bit set and the next one (shifted up
        // to it) clear. Each other byte gets a 1 in its lowest bit, and the multiplication
        // sums those into the top byte (without a popcount instruction in the baseline
        // x86-64 target, `count_ones` is a long bit-twiddling sequence).
        let starts_here = (!(w & !(w << 1)) & HIGH) >> 7;
        let starts = (starts_here.wrapping_mul(0x0101_0101_0101_0101) >> 56) as usize;
        if starts > n {
            break;
        }
        n -= starts;
        from += 8;
    }
    // Here `from` may be inside a character: its continuation bytes are skipped, not counted.
    for (k, &b) in bytes[from..].iter().enumerate() {
        if b & 0xc0 != 0x80 {
            if n == 0 {
                return from + k;
            }
            n -= 1;
        }
    }
    text.len()
}

/// Text already normal, on one line, and a target without edge whitespace: nothing to do.
fn already_normal_span(normalizer: &Normalizer, text: &str, b_start: usize, b_end: usize) -> bool {
    let mention = &text[b_start..b_end];
    mention.trim().len() == mention.len() && normalizer.is_normal_line(text)
}

/// The text before, in and after the target normalised separately onto one line (so the
/// target's range maps exactly) and joined with one space where whitespace was trimmed at a
/// seam, written into one string. `normalise_pieces_reference` in the tests is the
/// definition: the pieces normalised into strings of their own and then joined.
fn normalise_pieces(normalizer: &Normalizer, text: &str, b_start: usize, b_end: usize) -> (String, (usize, usize)) {
    // Normalised text holds no whitespace but spaces, so trimming it trims spaces.
    let trim_end_from = |out: &mut String, from: usize| {
        let kept = out[from..].trim_end_matches(' ').len();
        out.truncate(from + kept);
    };
    let trim_start_from = |out: &mut String, from: usize| {
        let lead = out[from..].len() - out[from..].trim_start_matches(' ').len();
        out.drain(from..from + lead);
    };
    let mut out = String::with_capacity(text.len() + 2);
    normalizer.apply_on_one_line_into(&text[..b_start], &mut out);
    trim_start_from(&mut out, 0);
    if text[..b_start].ends_with(char::is_whitespace) && !out.is_empty() {
        out.push(' ');
    }
    let start = out.len();
    normalizer.apply_on_one_line_into(&text[b_start..b_end], &mut out);
    trim_start_from(&mut out, start);
    trim_end_from(&mut out, start);
    let end = out.len();
    normalizer.apply_on_one_line_into(&text[b_end..], &mut out);
    trim_end_from(&mut out, end);
    // The suffix keeps its leading spaces; one more goes before it when whitespace followed
    // the target and the suffix has more than spaces.
    if text[b_end..].starts_with(char::is_whitespace) && out[end..].bytes().any(|b| b != b' ') {
        out.insert(end, ' ');
    }
    (out, (start, end))
}

fn resolve(raw: RawRecord, source: &str, line: u64, gazetteer: &Gazetteer, normalizer: &Normalizer) -> Result<LabelledExample> {
    let err = |m: String| FrameError::input(source, Some(line), m);
    if raw.text.trim().is_empty() {
        return Err(err("empty text".into()));
    }
    if raw.actor.is_empty() {
        return Err(err("empty actor".into()));
    }
    if raw.label.is_empty() {
        return Err(err("empty label".into()));
    }
    let n_chars = raw.text.chars().count() as i64;
    let (text, target) = match (raw.start, raw.end) {
        (Some(s), Some(e)) => {
            if s < 0 || e <= s || e > n_chars {
                return Err(err(format!("offsets start={s} end={e} are outside the text ({n_chars} characters; end is exclusive)")));
            }
            let (text, span) = normalise_with_span(normalizer, &raw.text, s as usize, e as usize);
            if span.0 == span.1 {
                return Err(err(format!("offsets start={s} end={e} point at whitespace only")));
            }
            (text, span)
        }
        (None, None) => {
            let text = normalizer.apply(&raw.text).replace('\n', " ");
            let span = locate_actor(&text, &raw.actor, gazetteer).ok_or_else(|| {
                err(format!("actor '{}' cannot be found in the text (give start/end offsets, or add an alias to the gazetteer)", raw.actor))
            })?;
            (text, span)
        }
        _ => return Err(err("give both start and end offsets, or neither".into())),
    };
    Ok(LabelledExample { id: raw.id, text, actor: raw.actor, label: raw.label, target, others: Vec::new(), line })
}

/// Find the first mention of `actor` in `text`: through the gazetteer if it knows the actor,
/// else as a case-insensitive literal on word boundaries.
pub fn locate_actor(text: &str, actor: &str, gazetteer: &Gazetteer) -> Option<(usize, usize)> {
    if let Some(idx) = gazetteer.index_of(actor) {
        if let Some(m) = gazetteer.find(text).into_iter().find(|m| m.actor == idx) {
            return Some((m.start, m.end));
        }
    }
    find_literal(text, actor)
}

fn find_literal(text: &str, needle: &str) -> Option<(usize, usize)> {
    if needle.is_empty() {
        return None;
    }
    let lower_text = text.to_lowercase();
    let lower_needle = needle.to_lowercase();
    if lower_text.len() != text.len() {
        // Case folding changed byte lengths (rare scripts): fall back to an exact search.
        return text.find(needle).map(|s| (s, s + needle.len()));
    }
    let mut from = 0;
    while let Some(k) = lower_text[from..].find(&lower_needle) {
        let (s, e) = (from + k, from + k + lower_needle.len());
        let before = text[..s].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let after = text[e..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        if before && after {
            return Some((s, e));
        }
        from = s + text[s..].chars().next().map_or(1, char::len_utf8);
    }
    None
}

// ---------------------------------------------------------------------------------------------
// Benchmark formats

#[derive(Deserialize)]
struct NewsMtscRecord {
    primary_gid: Option<String>,
    sentence_normalized: String,
    targets: Vec<NewsMtscTarget>,
}

#[derive(Deserialize)]
struct NewsMtscTarget {
    #[serde(rename = "Input.gid")]
    gid: Option<String>,
    from: i64,
    to: i64,
    polarity: f64,
}

/// NewsMTSC polarity codes: 2 negative, 4 neutral, 6 positive.
fn newsmtsc_label(polarity: f64) -> Option<&'static str> {
    match polarity.round() as i64 {
        2 => Some("negative"),
        4 => Some("neutral"),
        6 => Some("positive"),
        _ => None,
    }
}

fn parse_newsmtsc(text: &str, source: &str, normalizer: &Normalizer) -> Result<Vec<LabelledExample>> {
    let mut out = Vec::new();
    for (i, line_text) in text.lines().enumerate() {
        let line = i as u64 + 1;
        if line_text.trim().is_empty() {
            continue;
        }
        let rec: NewsMtscRecord = serde_json::from_str(line_text)
            .map_err(|e| FrameError::input(source, Some(line), format!("invalid NewsMTSC record: {e}")))?;
        let n_chars = rec.sentence_normalized.chars().count() as i64;
        for t in &rec.targets {
            if t.from < 0 || t.to <= t.from || t.to > n_chars {
                return Err(FrameError::input(source, Some(line), format!("target offsets {}..{} are outside the sentence", t.from, t.to)));
            }
            let label = newsmtsc_label(t.polarity)
                .ok_or_else(|| FrameError::input(source, Some(line), format!("unknown polarity {} (expected 2, 4 or 6)", t.polarity)))?;
            let (s, span) = normalise_with_span(normalizer, &rec.sentence_normalized, t.from as usize, t.to as usize);
            let actor = s[span.0..span.1].to_string();
            out.push(LabelledExample {
                id: t.gid.clone().or_else(|| rec.primary_gid.clone()),
                text: s,
                actor,
                label: label.to_string(),
                target: span,
                others: Vec::new(),
                line,
            });
        }
    }
    Ok(out)
}

/// Directed-sentiment labels mapped to the pair's frame: 0 neutral, 1-2 cooperative (one side
/// endorses the other), 3-4 adversarial (one side blames the other). Direction is dropped.
fn directed_label(code: &str) -> Option<&'static str> {
    match code.trim() {
        "0" => Some("neutral"),
        "1" | "2" => Some("cooperative"),
        "3" | "4" => Some("adversarial"),
        _ => None,
    }
}

/// Each TSV row yields two examples, one per bracketed entity, both with the pair's label.
fn parse_directed(text: &str, source: &str, normalizer: &Normalizer) -> Result<Vec<LabelledExample>> {
    let mut out = Vec::new();
    for (i, line_text) in text.lines().enumerate() {
        let line = i as u64 + 1;
        if line_text.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line_text.split('\t').collect();
        if fields.len() != 4 {
            return Err(FrameError::input(source, Some(line), format!("expected 4 tab-separated fields, found {}", fields.len())));
        }
        let label = directed_label(fields[3])
            .ok_or_else(|| FrameError::input(source, Some(line), format!("unknown label '{}' (expected 0-4)", fields[3].trim())))?;
        // Strip the brackets, remembering the char ranges they enclosed.
        let mut plain = String::new();
        let mut spans = Vec::new();
        let mut open: Option<usize> = None;
        let mut n = 0usize;
        for c in fields[0].chars() {
            match c {
                '[' if open.is_none() => open = Some(n),
                ']' if open.is_some() => {
                    spans.push((open.take().unwrap(), n));
                }
                c => {
                    plain.push(c);
                    n += 1;
                }
            }
        }
        if spans.len() != 2 || spans.iter().any(|(s, e)| e <= s) {
            return Err(FrameError::input(source, Some(line), "expected exactly two non-empty [bracketed] entities"));
        }
        for (k, (s, e)) in spans.into_iter().enumerate() {
            let (t, span) = normalise_with_span(normalizer, &plain, s, e);
            out.push(LabelledExample {
                id: Some(format!("{line}-{}", k + 1)),
                actor: fields[1 + k].trim().to_string(),
                text: t,
                label: label.to_string(),
                target: span,
                others: Vec::new(),
                line,
            });
        }
    }
    Ok(out)
}

/// Write examples as frame's CSV (id, text, actor, label, start, end; offsets in characters),
/// atomically. Used by `frame convert` to turn benchmark files into the project's format.
pub fn write_examples_csv(examples: &[LabelledExample], path: &Path) -> Result<()> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let io = |e: csv::Error| FrameError::io(path, std::io::Error::other(e.to_string()));
    w.write_record(["id", "text", "actor", "label", "start", "end"]).map_err(io)?;
    for e in examples {
        let start = e.text[..e.target.0].chars().count();
        let end = start + e.text[e.target.0..e.target.1].chars().count();
        w.write_record([e.id.as_deref().unwrap_or(""), &e.text, &e.actor, &e.label, &start.to_string(), &end.to_string()]).map_err(io)?;
    }
    let bytes = w.into_inner().map_err(|e| FrameError::io(path, std::io::Error::other(e.to_string())))?;
    crate::model::write_atomically(path, &bytes)
}

/// Record, for every example, the targets of the other examples of the same sentence (other
/// actors, in the same row order) as known other-actor mentions.
pub fn link_co_targets(mut examples: Vec<LabelledExample>) -> Vec<LabelledExample> {
    // Examples of one sentence share its text. They are found by sorting on a hash of the text
    // (a map keyed by the strings themselves cost more than the rest of reading NewsMTSC);
    // texts with equal hashes are still compared before they are linked, so the links do not
    // depend on which hash is used.
    let mut by_hash: Vec<(u64, usize)> = examples.iter().enumerate().map(|(i, e)| (text_hash(&e.text), i)).collect();
    by_hash.sort_unstable();
    let mut others: Vec<Vec<(usize, usize)>> = vec![Vec::new(); examples.len()];
    for group in by_hash.chunk_by(|a, b| a.0 == b.0).filter(|g| g.len() > 1) {
        for &(_, i) in group {
            for &(_, j) in group {
                let (a, b) = (&examples[i], &examples[j]);
                let overlaps = b.target.0 < a.target.1 && a.target.0 < b.target.1;
                if i != j && a.text == b.text && a.actor != b.actor && !overlaps && !others[i].contains(&b.target) {
                    others[i].push(b.target);
                }
            }
        }
    }
    for (e, mut o) in examples.iter_mut().zip(others) {
        o.sort_unstable();
        e.others = o;
    }
    examples
}

/// A hash of a text's bytes, eight at a time: only used to group equal texts, which need
/// no case folding (`hash_str_lower` folds case character by character on non-ASCII text, and
/// about 40% of NewsMTSC sentences hold a curly quote or a dash).
fn text_hash(text: &str) -> u64 {
    use crate::hashing::{finish, mix};
    let mut chunks = text.as_bytes().chunks_exact(8);
    let mut h = text.len() as u64;
    for c in &mut chunks {
        h = mix(h, u64::from_le_bytes(c.try_into().expect("8 bytes")));
    }
    let mut last = [0u8; 8];
    last[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
    finish(mix(h, u64::from_le_bytes(last)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gaz() -> Gazetteer {
        Gazetteer::from_csv_str("actor,aliases\nRussia,Moscow|the Kremlin\n", "t").unwrap()
    }

    #[test]
    fn csv_with_and_without_offsets() {
        let csv = "text,actor,label,start,end\n\"Moscow, again, warned Kyiv.\",Russia,adversarial,,\nÉlysée said Paris helps,France,cooperative,12,17\n";
        let ex = parse_csv(csv, "t.csv", &gaz(), &Normalizer::default()).unwrap();
        assert_eq!(&ex[0].text[ex[0].target.0..ex[0].target.1], "Moscow");
        assert_eq!(&ex[1].text[ex[1].target.0..ex[1].target.1], "Paris");
        assert_eq!(ex[1].line, 3);
    }

    #[test]
    fn errors_name_line_and_problem() {
        let e = parse_csv("text,actor,label\nhello there,Chile,neutral\n", "d.csv", &gaz(), &Normalizer::default()).unwrap_err();
        assert_eq!(e.to_string(), "d.csv:2: actor 'Chile' cannot be found in the text (give start/end offsets, or add an alias to the gazetteer)");
        let e = parse_csv("text,label\nx,y\n", "d.csv", &gaz(), &Normalizer::default()).unwrap_err();
        assert!(e.to_string().contains("missing required column(s) actor"), "{e}");
        let e = parse_csv("text,actor,label,start,end\nabc,Chile,neutral,1,9\n", "d.csv", &gaz(), &Normalizer::default()).unwrap_err();
        assert!(e.to_string().starts_with("d.csv:2: offsets start=1 end=9 are outside"), "{e}");
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        #[test]
        fn char_span_to_bytes_agrees_with_char_indices(text in crate::text::normalize::messy_text(), a in 0usize..400, b in 0usize..400) {
            // The byte offset of char `k`, or the text's length past the end.
            let offset = |k: usize| text.char_indices().map(|(i, _)| i).nth(k).unwrap_or(text.len());
            let (start, end) = (a % (text.chars().count() + 2), b % (text.chars().count() + 2));
            let expected = (offset(start), if end > start { offset(end) } else { offset(start) });
            proptest::prop_assert_eq!(char_span_to_bytes(&text, start, end), expected);
        }
    }

    /// `normalise_pieces` as first written: each piece normalised into a string of its own,
    /// then the pieces joined.
    fn normalise_pieces_reference(normalizer: &Normalizer, text: &str, b_start: usize, b_end: usize) -> (String, (usize, usize)) {
        fn on_one_line<'a>(normalizer: &Normalizer, piece: &'a str) -> Cow<'a, str> {
            match normalizer.apply_cow(piece) {
                n if n.contains('\n') => Cow::Owned(n.replace('\n', " ")),
                n => n,
            }
        }
        let prefix = on_one_line(normalizer, &text[..b_start]);
        let mention = on_one_line(normalizer, &text[b_start..b_end]);
        let suffix = on_one_line(normalizer, &text[b_end..]);
        let mut out = String::with_capacity(text.len());
        out.push_str(prefix.trim_start());
        if text[..b_start].ends_with(char::is_whitespace) && !out.is_empty() {
            out.push(' ');
        }
        let start = out.len();
        out.push_str(mention.trim());
        let end = out.len();
        if text[b_end..].starts_with(char::is_whitespace) && !suffix.trim().is_empty() {
            out.push(' ');
        }
        out.push_str(suffix.trim_end());
        (out, (start, end))
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        #[test]
        fn pieces_normalise_like_the_reference(text in crate::text::normalize::messy_text(), a in 0usize..400, b in 0usize..400, nfc: bool) {
            let normalizer = Normalizer { nfc };
            let n = text.chars().count() + 1;
            let (s, e) = (a % n, b % n);
            let (b_start, b_end) = char_span_to_bytes(&text, s.min(e), s.max(e));
            proptest::prop_assert_eq!(normalise_pieces(&normalizer, &text, b_start, b_end), normalise_pieces_reference(&normalizer, &text, b_start, b_end));
        }
    }

    #[test]
    fn pieces_normalise_like_the_reference_at_the_seams() {
        // Line breaks, odd spaces and nothing but spaces on either side of the target.
        let texts = ["said\n Kyiv \n\nthen", " \u{a0}Kyiv\n", "a\n\nKyiv\u{a0}\u{a0}b", "\nKyiv", "x \u{200b} Kyiv\t\r\n y", "Kyiv", "  ", "a\u{301}\nKyiv\ne\u{301}"];
        for text in texts {
            for nfc in [true, false] {
                let normalizer = Normalizer { nfc };
                let k = text.find("Kyiv").unwrap_or(0);
                for (b_start, b_end) in [(k, k + 4.min(text.len() - k)), (0, 0), (text.len(), text.len()), (0, text.len())] {
                    assert_eq!(normalise_pieces(&normalizer, text, b_start, b_end), normalise_pieces_reference(&normalizer, text, b_start, b_end), "{text:?} {b_start}..{b_end}");
                }
            }
        }
    }

    #[test]
    fn span_survives_normalisation() {
        let (t, (s, e)) = normalise_with_span(&Normalizer::default(), "Cafe\u{301}  met   Kyiv\tnow", 13, 17);
        assert_eq!(t, "Café met Kyiv now");
        assert_eq!(&t[s..e], "Kyiv");
    }

    #[test]
    fn examples_of_one_sentence_know_each_others_targets() {
        let example = |text: &str, actor: &str, target: (usize, usize)| LabelledExample {
            id: None,
            text: text.into(),
            actor: actor.into(),
            label: "neutral".into(),
            target,
            others: Vec::new(),
            line: 1,
        };
        let text = "Kyiv \u{201c}thanked\u{201d} Moscow and the EU";
        let linked = link_co_targets(vec![
            example(text, "Kyiv", (0, 4)),
            example("kyiv \u{201c}thanked\u{201d} moscow and the eu", "Kyiv", (0, 4)),
            example(text, "EU", (34, 36)),
            example(text, "Moscow", (19, 25)),
        ]);
        assert_eq!(linked[0].others, [(19, 25), (34, 36)]);
        // Same sentence in other case: a different text, linked to nothing.
        assert!(linked[1].others.is_empty());
        assert_eq!(linked[2].others, [(0, 4), (19, 25)]);
        assert_eq!(linked[3].others, [(0, 4), (34, 36)]);
        let copy = text.to_string();
        assert_eq!(text_hash(text), text_hash(&copy));
        assert_ne!(text_hash("ab"), text_hash("ab\0"));
    }

    #[test]
    fn directed_rows_give_two_examples() {
        let ex = parse_directed("[Alpha]s praised [Beta] today.\tAlpha\tBeta\t1\n", "d.txt", &Normalizer::default()).unwrap();
        assert_eq!(ex.len(), 2);
        assert_eq!(&ex[0].text[ex[0].target.0..ex[0].target.1], "Alpha");
        assert_eq!(&ex[1].text[ex[1].target.0..ex[1].target.1], "Beta");
        assert_eq!(ex[0].label, "cooperative");
    }
}
