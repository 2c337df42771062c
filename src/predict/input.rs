//! Reading documents for prediction: plain-text and HTML files, directories (recursively, by
//! extension), JSON Lines exports, and stdin. Documents are produced one at a time so memory
//! stays flat whatever the input size.

use super::DocumentKind;
use crate::error::{FrameError, Result};
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// One unit of input: an article, or a pre-split (sentence, actor) pair.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub id: String,
    pub text: String,
    pub kind: DocumentKind,
    /// Fields of a JSON Lines record other than id/text/actor/start/end, passed through.
    pub extra: Option<serde_json::Map<String, serde_json::Value>>,
}

/// Input as read, before the (parallelisable) parsing of JSON Lines records.
#[derive(Debug)]
pub enum RawInput {
    Ready(Document),
    JsonLine { source: std::sync::Arc<str>, line: u64, text: String },
}

impl RawInput {
    pub fn parse(self) -> Result<Document> {
        match self {
            RawInput::Ready(d) => Ok(d),
            RawInput::JsonLine { source, line, text } => parse_record(&text, &source, line),
        }
    }

    /// Bytes of text, for batching.
    pub fn len(&self) -> usize {
        match self {
            RawInput::Ready(d) => d.text.len(),
            RawInput::JsonLine { text, .. } => text.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// File extensions read when a directory is given.
pub const TEXT_EXTENSIONS: &[&str] = &["txt", "text", "md"];
pub const HTML_EXTENSIONS: &[&str] = &["html", "htm", "xhtml"];
pub const JSONL_EXTENSIONS: &[&str] = &["jsonl", "ndjson"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FileKind {
    Text,
    Html,
    Jsonl,
}

fn kind_of(path: &Path) -> FileKind {
    let ext = path.extension().and_then(|e| e.to_str()).map(|e| e.to_ascii_lowercase()).unwrap_or_default();
    if HTML_EXTENSIONS.contains(&ext.as_str()) {
        FileKind::Html
    } else if JSONL_EXTENSIONS.contains(&ext.as_str()) {
        FileKind::Jsonl
    } else {
        FileKind::Text
    }
}

/// Expand the command-line inputs into a sorted list of files (directories recursively, keeping
/// files with a known extension). An empty list means stdin.
pub fn expand_inputs(inputs: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            files.push(input.clone());
            continue;
        }
        let meta = std::fs::metadata(input).map_err(|e| FrameError::io(input, e))?;
        if meta.is_dir() {
            let mut found = Vec::new();
            walk(input, &mut found)?;
            found.sort();
            files.extend(found);
        } else {
            files.push(input.clone());
        }
    }
    Ok(files)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    for entry in std::fs::read_dir(dir).map_err(|e| FrameError::io(dir, e))? {
        let entry = entry.map_err(|e| FrameError::io(dir, e))?;
        let path = entry.path();
        let ft = entry.file_type().map_err(|e| FrameError::io(&path, e))?;
        if ft.is_dir() {
            walk(&path, out)?;
        } else if ft.is_file() {
            let ext = path.extension().and_then(|e| e.to_str()).map(|e| e.to_ascii_lowercase()).unwrap_or_default();
            if TEXT_EXTENSIONS.contains(&ext.as_str()) || HTML_EXTENSIONS.contains(&ext.as_str()) || JSONL_EXTENSIONS.contains(&ext.as_str()) {
                out.push(path);
            }
        }
    }
    Ok(())
}

/// Decode bytes as UTF-8, or explain where and why not. Binary data (NUL bytes) is refused.
pub fn decode(bytes: Vec<u8>, source: &str) -> Result<String> {
    if bytes.iter().take(8192).any(|&b| b == 0) {
        return Err(FrameError::input(source, None, "this looks like a binary file (it contains NUL bytes), not text"));
    }
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = valid.iter().filter(|&&b| b == b'\n').count() as u64 + 1;
        FrameError::input(source, Some(line), "invalid UTF-8 (convert the file to UTF-8, e.g. with iconv)")
    })
}

/// Documents from one source, produced lazily.
pub struct DocumentReader {
    source: std::sync::Arc<str>,
    state: ReaderState,
}

enum ReaderState {
    Whole(Option<Document>),
    Lines { reader: Box<dyn BufRead + Send>, line: u64 },
    Done,
}

impl DocumentReader {
    /// Open a file ("-" for stdin).
    pub fn open(path: &Path) -> Result<Self> {
        let source = if path.as_os_str() == "-" { "<stdin>".to_string() } else { path.display().to_string() };
        let kind = if path.as_os_str() == "-" { FileKind::Text } else { kind_of(path) };
        let reader: Box<dyn Read + Send> = if path.as_os_str() == "-" {
            Box::new(std::io::stdin())
        } else {
            Box::new(std::fs::File::open(path).map_err(|e| FrameError::io(path, e))?)
        };
        Self::from_reader(reader, source, kind == FileKind::Jsonl, kind == FileKind::Html)
    }

    /// Read stdin; `jsonl` selects JSON Lines records instead of one article.
    pub fn stdin(jsonl: bool) -> Result<Self> {
        Self::from_reader(Box::new(std::io::stdin()), "<stdin>".into(), jsonl, false)
    }

    fn from_reader(mut reader: Box<dyn Read + Send>, source: String, jsonl: bool, html: bool) -> Result<Self> {
        if jsonl {
            return Ok(DocumentReader { state: ReaderState::Lines { reader: Box::new(BufReader::with_capacity(1 << 16, reader)), line: 0 }, source: source.into() });
        }
        let mut bytes = Vec::new();
        reader.read_to_end(&mut bytes).map_err(|e| FrameError::io(&source, e))?;
        let mut text = decode(bytes, &source)?;
        if html {
            text = crate::text::html::extract_text(&text);
        }
        let doc = (!text.trim().is_empty()).then(|| Document { id: source.clone(), text, kind: DocumentKind::Article, extra: None });
        Ok(DocumentReader { state: ReaderState::Whole(doc), source: source.into() })
    }

    fn next_line(&mut self) -> Option<Result<RawInput>> {
        let ReaderState::Lines { reader, line } = &mut self.state else { return None };
        let mut buf = Vec::new();
        loop {
            buf.clear();
            *line += 1;
            match reader.read_until(b'\n', &mut buf) {
                Ok(0) => return None,
                Ok(_) => {}
                Err(e) => return Some(Err(FrameError::io(&*self.source, e))),
            }
            if buf.iter().all(|b| b.is_ascii_whitespace()) {
                continue;
            }
            let text = match String::from_utf8(std::mem::take(&mut buf)) {
                Ok(t) => t,
                Err(_) => return Some(Err(FrameError::input(&*self.source, Some(*line), "invalid UTF-8"))),
            };
            return Some(Ok(RawInput::JsonLine { source: self.source.clone(), line: *line, text }));
        }
    }
}

/// A JSON Lines record: the fields frame reads, and every other field kept for pass-through.
#[derive(Default)]
struct Record {
    id: Option<serde_json::Value>,
    text: Option<serde_json::Value>,
    actor: Option<serde_json::Value>,
    start: Option<serde_json::Value>,
    end: Option<serde_json::Value>,
    extra: serde_json::Map<String, serde_json::Value>,
}

impl<'de> serde::Deserialize<'de> for Record {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Record;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> std::result::Result<Record, A::Error> {
                let mut r = Record::default();
                while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                    let slot = match key.as_ref() {
                        "id" => &mut r.id,
                        "text" => &mut r.text,
                        "actor" => &mut r.actor,
                        "start" => &mut r.start,
                        "end" => &mut r.end,
                        _ => {
                            r.extra.insert(key.into_owned(), map.next_value()?);
                            continue;
                        }
                    };
                    *slot = Some(map.next_value()?);
                }
                Ok(r)
            }
        }
        d.deserialize_map(V)
    }
}

fn parse_record(text: &str, source: &str, line: u64) -> Result<Document> {
    use serde_json::Value;
    let err = |m: String| FrameError::input(source, Some(line), m);
    if !text.trim_start().starts_with('{') {
        return Err(if serde_json::from_str::<Value>(text).is_ok() {
            err("each line must be a JSON object with a \"text\" field".into())
        } else {
            err(format!("invalid JSON: {}", serde_json::from_str::<Value>(text).unwrap_err()))
        });
    }
    let r: Record = serde_json::from_str(text).map_err(|e| err(format!("invalid JSON: {e}")))?;
    let text = match r.text {
        Some(Value::String(s)) => s,
        Some(_) => return Err(err("\"text\" must be a string".into())),
        None => return Err(err("missing \"text\" field".into())),
    };
    let id = match r.id {
        Some(Value::String(s)) => s,
        Some(Value::Null) | None => format!("{source}:{line}"),
        Some(other) => other.to_string(),
    };
    let offset = |v: Option<Value>, key: &str| -> Result<Option<usize>> {
        match v {
            None | Some(Value::Null) => Ok(None),
            Some(v) => v.as_u64().map(|v| Some(v as usize)).ok_or_else(|| err(format!("\"{key}\" must be a non-negative integer"))),
        }
    };
    let start = offset(r.start, "start")?;
    let end = offset(r.end, "end")?;
    let kind = match r.actor {
        Some(Value::String(actor)) => {
            let span = match (start, end) {
                (Some(s), Some(e)) => {
                    let n = if text.is_ascii() { text.len() } else { text.chars().count() };
                    if e <= s || e > n {
                        return Err(err(format!("offsets start={s} end={e} are outside the text ({n} characters)")));
                    }
                    Some((s, e))
                }
                (None, None) => None,
                _ => return Err(err("give both \"start\" and \"end\", or neither".into())),
            };
            DocumentKind::Pair { actor, span }
        }
        Some(Value::Null) | None => DocumentKind::Article,
        Some(_) => return Err(err("\"actor\" must be a string".into())),
    };
    Ok(Document { id, text, kind, extra: (!r.extra.is_empty()).then_some(r.extra) })
}

impl Iterator for DocumentReader {
    type Item = Result<RawInput>;
    fn next(&mut self) -> Option<Self::Item> {
        match &mut self.state {
            ReaderState::Whole(doc) => {
                let d = doc.take();
                self.state = ReaderState::Done;
                d.map(|d| Ok(RawInput::Ready(d)))
            }
            ReaderState::Lines { .. } => self.next_line(),
            ReaderState::Done => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jsonl_records_and_pass_through() {
        let d = parse_record(r#"{"id": 7, "text": "Moscow warned Kyiv.", "source": "wire"}"#, "s", 1).unwrap();
        assert_eq!(d.id, "7");
        assert_eq!(d.kind, DocumentKind::Article);
        assert_eq!(d.extra.unwrap()["source"], "wire");
        let d = parse_record(r#"{"text": "Moscow warned Kyiv.", "actor": "Ukraine", "start": 14, "end": 18}"#, "s", 3).unwrap();
        assert_eq!(d.id, "s:3");
        assert_eq!(d.kind, DocumentKind::Pair { actor: "Ukraine".into(), span: Some((14, 18)) });
    }

    #[test]
    fn bad_records_name_the_line() {
        let e = parse_record(r#"{"id": 1}"#, "in.jsonl", 4).unwrap_err();
        assert_eq!(e.to_string(), "in.jsonl:4: missing \"text\" field");
        assert!(parse_record("not json", "in.jsonl", 2).unwrap_err().to_string().starts_with("in.jsonl:2: invalid JSON"));
    }

    #[test]
    fn binary_and_invalid_utf8() {
        assert!(decode(vec![0x89, b'P', 0, 0], "x.bin").unwrap_err().to_string().contains("binary"));
        let e = decode(b"ok\nbad \xff here".to_vec(), "x.txt").unwrap_err();
        assert_eq!(e.to_string(), "x.txt:2: invalid UTF-8 (convert the file to UTF-8, e.g. with iconv)");
    }
}
