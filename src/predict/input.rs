//! Reading documents for prediction: plain-text and HTML files, directories (recursively, by
//! extension), JSON Lines exports, and stdin. Documents are produced one at a time so memory
//! stays flat whatever the input size.

use super::DocumentKind;
use crate::error::{FrameError, Result};
use std::borrow::Cow;
use std::io::Read;
use std::sync::Arc;
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
    JsonLines(LineRun),
}

/// Consecutive JSON Lines records of one chunk of input read in one piece: the lines share
/// their chunk instead of each being copied into an allocation of its own, and a run shares it
/// with one reference count, not one per line (on the reading thread, dropped on a worker).
#[derive(Debug)]
pub struct LineRun {
    chunk: Arc<Chunk>,
    /// Each line's 1-based number and its bytes in the chunk.
    lines: Vec<(u64, std::ops::Range<usize>)>,
    /// The lines' bytes in all, counted as they were found.
    bytes: usize,
}

/// Whole lines of one source (the source's name rides along, for error messages: one shared
/// count per chunk, not two).
#[derive(Debug, Default)]
struct Chunk {
    source: Arc<str>,
    text: String,
}

impl LineRun {
    /// The file (or `<stdin>`) the lines were read from.
    pub fn source(&self) -> &str {
        &self.chunk.source
    }

    /// Each line's number and text.
    pub fn lines(&self) -> impl Iterator<Item = (u64, &str)> {
        self.lines.iter().map(|(line, range)| (*line, &self.chunk.text[range.clone()]))
    }
}

impl RawInput {
    /// Documents held: one, or one per line.
    pub fn documents(&self) -> usize {
        match self {
            RawInput::Ready(_) => 1,
            RawInput::JsonLines(run) => run.lines.len(),
        }
    }

    /// Bytes of text, for batching.
    pub fn len(&self) -> usize {
        match self {
            RawInput::Ready(d) => d.text.len(),
            RawInput::JsonLines(run) => run.bytes,
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
    Lines(LineChunks),
    Done,
}

/// Bytes read per chunk of JSON Lines (more when a line is longer).
const CHUNK_BYTES: usize = 256 << 10;
/// Lines per run handed out (see [`LineRun`]), and the bytes after which a run ends sooner.
const RUN_LINES: usize = 64;
const RUN_BYTES: usize = 32 << 10;

/// JSON Lines read a chunk at a time: each chunk ends at a line end and is checked as UTF-8
/// in one pass; its lines are handed out in [`LineRun`]s.
struct LineChunks {
    reader: Box<dyn Read + Send>,
    /// Bytes to read per chunk (`CHUNK_BYTES`; small in tests).
    chunk_bytes: usize,
    /// The chunk being handed out and the start of its next line.
    chunk: Arc<Chunk>,
    at: usize,
    /// Bytes read past the current chunk's last line end: the start of the next chunk.
    carry: Vec<u8>,
    /// 1-based number of the last line handed out (blank lines count).
    line: u64,
    /// The number of a line found not to be UTF-8 while checking a chunk, reported once the
    /// lines before it have been handed out.
    invalid: Option<u64>,
    eof: bool,
}

impl LineChunks {
    fn new(reader: Box<dyn Read + Send>, chunk_bytes: usize) -> Self {
        LineChunks { reader, chunk_bytes, chunk: Arc::default(), at: 0, carry: Vec::new(), line: 0, invalid: None, eof: false }
    }

    /// Read the next chunk: whole lines (the last one possibly unterminated at the end of the
    /// input), cut before the first line that is not UTF-8. False when nothing is left.
    fn refill(&mut self, source: &Arc<str>) -> Result<bool> {
        let mut buf = std::mem::take(&mut self.carry);
        // Room for the whole chunk up front: growing by doubling while reading copies it
        // several times over.
        buf.reserve(self.chunk_bytes);
        // `buf[..scanned]` is known to hold no line end.
        let mut scanned = 0;
        let cut = loop {
            if self.eof {
                break buf.len();
            }
            if buf.len() >= self.chunk_bytes {
                if let Some(k) = memchr::memrchr(b'\n', &buf[scanned..]) {
                    break scanned + k + 1;
                }
                scanned = buf.len();
            }
            match (&mut self.reader).take(self.chunk_bytes as u64).read_to_end(&mut buf) {
                Ok(n) => self.eof = n == 0,
                Err(e) => return Err(FrameError::io(&**source, e)),
            }
        };
        self.carry = buf.split_off(cut);
        let text = match String::from_utf8(buf) {
            Ok(text) => text,
            Err(e) => {
                // Keep the lines before the invalid one; report it after them.
                let valid = e.utf8_error().valid_up_to();
                let mut bytes = e.into_bytes();
                let line_start = bytes[..valid].iter().rposition(|&b| b == b'\n').map_or(0, |k| k + 1);
                self.invalid = Some(self.line + bytes[..line_start].iter().filter(|&&b| b == b'\n').count() as u64 + 1);
                self.carry.clear();
                self.eof = true;
                bytes.truncate(line_start);
                String::from_utf8(bytes).expect("the bytes before the first invalid one are UTF-8")
            }
        };
        self.chunk = Arc::new(Chunk { source: source.clone(), text });
        self.at = 0;
        Ok(!self.chunk.text.is_empty())
    }
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
            return Ok(DocumentReader { state: ReaderState::Lines(LineChunks::new(reader, CHUNK_BYTES)), source: source.into() });
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

    /// The next run of lines: up to `RUN_LINES` lines or about `RUN_BYTES` bytes, all from
    /// one chunk; an error once the lines before it have been handed out.
    fn next_run(&mut self) -> Option<Result<RawInput>> {
        let ReaderState::Lines(lines) = &mut self.state else { return None };
        let mut run: Vec<(u64, std::ops::Range<usize>)> = Vec::new();
        let mut bytes = 0;
        loop {
            if lines.at >= lines.chunk.text.len() {
                if !run.is_empty() {
                    break;
                }
                if let Some(line) = lines.invalid.take() {
                    return Some(Err(FrameError::input(&*self.source, Some(line), "invalid UTF-8")));
                }
                match lines.refill(&self.source) {
                    Ok(true) => {}
                    Ok(false) => return lines.invalid.take().map(|line| Err(FrameError::input(&*self.source, Some(line), "invalid UTF-8"))),
                    Err(e) => return Some(Err(e)),
                }
            }
            let start = lines.at;
            let rest = &lines.chunk.text.as_bytes()[start..];
            let end = memchr::memchr(b'\n', rest).map_or(lines.chunk.text.len(), |k| start + k);
            lines.at = end + 1;
            lines.line += 1;
            if rest[..end - start].iter().all(|b| b.is_ascii_whitespace()) {
                continue;
            }
            run.push((lines.line, start..end));
            bytes += end - start;
            if run.len() >= RUN_LINES || bytes >= RUN_BYTES {
                break;
            }
        }
        Some(Ok(RawInput::JsonLines(LineRun { chunk: lines.chunk.clone(), lines: run, bytes })))
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

/// One field's value as either parser gives it: the plain parser's strings borrow from the
/// line unless they hold an escape.
#[derive(Debug, Clone, PartialEq)]
enum FieldValue<'a> {
    Str(Cow<'a, str>),
    UInt(u64),
    Json(serde_json::Value),
}

impl From<serde_json::Value> for FieldValue<'_> {
    fn from(v: serde_json::Value) -> Self {
        match v {
            serde_json::Value::String(s) => FieldValue::Str(Cow::Owned(s)),
            other => FieldValue::Json(other),
        }
    }
}

/// The fields frame reads, from either parser.
#[derive(Default)]
struct RawFields<'a> {
    id: Option<FieldValue<'a>>,
    text: Option<FieldValue<'a>>,
    actor: Option<FieldValue<'a>>,
    start: Option<FieldValue<'a>>,
    end: Option<FieldValue<'a>>,
    extra: serde_json::Map<String, serde_json::Value>,
}

impl From<Record> for RawFields<'_> {
    fn from(r: Record) -> Self {
        RawFields { id: r.id.map(Into::into), text: r.text.map(Into::into), actor: r.actor.map(Into::into), start: r.start.map(Into::into), end: r.end.map(Into::into), extra: r.extra }
    }
}

/// A JSON Lines record, validated: what a [`Document`] holds, with strings borrowed from the
/// line where they had no escape (the common record then costs no allocation).
#[derive(Debug, PartialEq)]
pub struct RecordFields<'a> {
    pub id: Cow<'a, str>,
    pub text: Cow<'a, str>,
    /// With an actor the record is a pre-split (sentence, actor) pair, else an article.
    pub actor: Option<Cow<'a, str>>,
    /// The actor's char offsets in `text`, when given.
    pub span: Option<(usize, usize)>,
    pub extra: Option<serde_json::Map<String, serde_json::Value>>,
}

impl RecordFields<'_> {
    pub fn into_document(self) -> Document {
        let kind = match self.actor {
            Some(actor) => DocumentKind::Pair { actor: actor.into_owned(), span: self.span },
            None => DocumentKind::Article,
        };
        Document { id: self.id.into_owned(), text: self.text.into_owned(), kind, extra: self.extra }
    }
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

/// The common record shape parsed without serde: one object whose keys are among the fields
/// frame reads, each at most once, with string or non-negative integer values. Returns None
/// for anything else — other keys (kept for pass-through), other values, duplicate keys,
/// doubtful numbers, invalid JSON — and serde_json then parses the line as before and reports
/// any error, so both paths accept the same records and give the same result.
/// An escaped `text` value is unescaped into `text_buf` when one is given (its allocation is
/// reused from record to record), else into a new string.
fn parse_plain_record<'a>(line: &'a str, mut text_buf: Option<&'a mut String>) -> Option<RawFields<'a>> {
    let b = line.as_bytes();
    let mut i = skip_whitespace(b, 0);
    if b.get(i) != Some(&b'{') {
        return None;
    }
    i = skip_whitespace(b, i + 1);
    let mut r = RawFields::default();
    if b.get(i) == Some(&b'}') {
        i += 1;
    } else {
        loop {
            if b.get(i) != Some(&b'"') {
                return None;
            }
            // Keys are compared in place; one with an escape takes the serde path.
            let end = next_special_byte(b, i + 1);
            if b.get(end) != Some(&b'"') {
                return None;
            }
            let key = &line[i + 1..end];
            i = skip_whitespace(b, end + 1);
            if b.get(i) != Some(&b':') {
                return None;
            }
            i = skip_whitespace(b, i + 1);
            let slot = match key {
                "id" => &mut r.id,
                "text" => &mut r.text,
                "actor" => &mut r.actor,
                "start" => &mut r.start,
                "end" => &mut r.end,
                _ => return None,
            };
            if slot.is_some() {
                return None;
            }
            let buf = if key == "text" { text_buf.take() } else { None };
            let (value, next) = match *b.get(i)? {
                b'"' => json_string(line, i, buf).map(|(s, n)| (FieldValue::Str(s), n))?,
                b'0'..=b'9' => json_u64(b, i).map(|(v, n)| (FieldValue::UInt(v), n))?,
                _ => return None,
            };
            *slot = Some(value);
            i = skip_whitespace(b, next);
            match *b.get(i)? {
                b',' => i = skip_whitespace(b, i + 1),
                b'}' => {
                    i += 1;
                    break;
                }
                _ => return None,
            }
        }
    }
    (skip_whitespace(b, i) == b.len()).then_some(r)
}

fn skip_whitespace(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\n' | b'\r') {
        i += 1;
    }
    i
}

/// The JSON string starting with the quote at `b[start]`, unescaped, and the index after its
/// closing quote; None where serde_json would refuse it (a raw control character, an unknown
/// escape, a lone surrogate) or the line ends first. A string without escapes is borrowed
/// from `line`; one with escapes is unescaped into `buf` (cleared first) when given, else into
/// a new string.
fn json_string<'a>(line: &'a str, start: usize, buf: Option<&'a mut String>) -> Option<(Cow<'a, str>, usize)> {
    let b = line.as_bytes();
    let first_special = next_special_byte(b, start + 1);
    match *b.get(first_special)? {
        b'"' => return Some((Cow::Borrowed(&line[start + 1..first_special]), first_special + 1)),
        b'\\' => {}
        _ => return None, // a raw control character
    }
    match buf {
        Some(buf) => {
            buf.clear();
            let end = unescape_into(line, start + 1, first_special, buf)?;
            let buf: &'a String = buf;
            Some((Cow::Borrowed(buf.as_str()), end))
        }
        None => {
            // One allocation for the whole string: it is no longer than the rest of the line.
            let mut out = String::with_capacity(line.len() - start);
            let end = unescape_into(line, start + 1, first_special, &mut out)?;
            Some((Cow::Owned(out), end))
        }
    }
}

/// Append the content of the JSON string whose content starts at `run` and whose first
/// special byte (here a backslash) is at `i` to `out`, unescaped; the index after its closing
/// quote, or None as for [`json_string`].
fn unescape_into(line: &str, mut run: usize, mut i: usize, out: &mut String) -> Option<usize> {
    let b = line.as_bytes();
    loop {
        match *b.get(i)? {
            b'"' => {
                out.push_str(&line[run..i]);
                return Some(i + 1);
            }
            b'\\' => {
                out.push_str(&line[run..i]);
                let escaped = *b.get(i + 1)?;
                i += 2;
                match escaped {
                    b'"' => out.push('"'),
                    b'\\' => out.push('\\'),
                    b'/' => out.push('/'),
                    b'b' => out.push('\u{8}'),
                    b'f' => out.push('\u{c}'),
                    b'n' => out.push('\n'),
                    b'r' => out.push('\r'),
                    b't' => out.push('\t'),
                    b'u' => {
                        let high = hex4(b, i)?;
                        i += 4;
                        let c = match high {
                            0xd800..=0xdbff => {
                                if b.get(i) != Some(&b'\\') || b.get(i + 1) != Some(&b'u') {
                                    return None;
                                }
                                let low = hex4(b, i + 2)?;
                                if !(0xdc00..=0xdfff).contains(&low) {
                                    return None;
                                }
                                i += 6;
                                char::from_u32(0x10000 + ((high - 0xd800) << 10) + (low - 0xdc00))?
                            }
                            _ => char::from_u32(high)?,
                        };
                        out.push(c);
                    }
                    _ => return None,
                }
                run = i;
            }
            _ => return None, // a raw control character
        }
        i = next_special_byte(b, i);
    }
}

/// Index of the first `"`, backslash or control byte (below 0x20) at or after `i` — the bytes
/// a JSON string escapes — or the length. Every input line and every output string goes
/// through this scan, so it looks at sixteen bytes at a time where it can.
pub(super) fn next_special_byte(b: &[u8], mut i: usize) -> usize {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::*;
        while i + 16 <= b.len() {
            // SAFETY: SSE2 is part of the x86_64 baseline, and the unaligned 16-byte load reads
            // b[i..i + 16], inside the slice (checked just above).
            let mask = unsafe {
                let v = _mm_loadu_si128(b.as_ptr().add(i) as *const __m128i);
                let quote = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'"' as i8));
                let backslash = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'\\' as i8));
                // Unsigned v <= 0x1f exactly when min(v, 0x1f) == v.
                let control = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1f)), v);
                _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(quote, backslash), control))
            };
            if mask != 0 {
                return i + mask.trailing_zeros() as usize;
            }
            i += 16;
        }
    }
    next_special_byte_swar(b, i)
}

/// [`next_special_byte`] eight bytes at a time (a set high bit in a lane marks a match, and
/// the lowest marked lane is always a true one); for the tail, and where there is no SSE2.
fn next_special_byte_swar(b: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let zero_lanes = |w: u64| w.wrapping_sub(ONES) & !w & HIGH;
    while let Some(chunk) = b.get(i..i + 8) {
        let w = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        let special = zero_lanes(w ^ (ONES * b'"' as u64)) | zero_lanes(w ^ (ONES * b'\\' as u64)) | (w.wrapping_sub(ONES * 0x20) & !w & HIGH);
        if special != 0 {
            return i + (special.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < b.len() && !matches!(b[i], b'"' | b'\\' | 0..=0x1f) {
        i += 1;
    }
    i
}

fn hex4(b: &[u8], i: usize) -> Option<u32> {
    let digits = std::str::from_utf8(b.get(i..i + 4)?).ok()?;
    if !digits.bytes().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    u32::from_str_radix(digits, 16).ok()
}

/// The non-negative integer starting at `b[start]` and the index after it; None for what
/// serde_json would not read as an unsigned integer (leading zeros, fractions, exponents,
/// overflow).
fn json_u64(b: &[u8], start: usize) -> Option<(u64, usize)> {
    let mut i = start;
    let mut v: u64 = 0;
    while let Some(d) = b.get(i).filter(|c| c.is_ascii_digit()) {
        v = v.checked_mul(10)?.checked_add((d - b'0') as u64)?;
        i += 1;
    }
    let leading_zero = b[start] == b'0' && i - start > 1;
    if leading_zero || matches!(b.get(i), Some(b'.' | b'e' | b'E')) {
        return None;
    }
    Some((v, i))
}

pub fn parse_record(text: &str, source: &str, line: u64) -> Result<Document> {
    record_fields(text, source, line).map(RecordFields::into_document)
}

/// A JSON Lines record's fields (line `line` of `source`), validated; errors name the source
/// and line.
pub fn record_fields<'a>(text: &'a str, source: &str, line: u64) -> Result<RecordFields<'a>> {
    record_fields_in(text, source, line, None)
}

/// As [`record_fields`], unescaping an escaped `text` value into `text_buf` when given (so
/// its allocation is reused from record to record).
pub fn record_fields_in<'a>(text: &'a str, source: &str, line: u64, text_buf: Option<&'a mut String>) -> Result<RecordFields<'a>> {
    use serde_json::Value;
    let err = |m: String| FrameError::input(source, Some(line), m);
    if !text.trim_start().starts_with('{') {
        return Err(if serde_json::from_str::<Value>(text).is_ok() {
            err("each line must be a JSON object with a \"text\" field".into())
        } else {
            err(format!("invalid JSON: {}", serde_json::from_str::<Value>(text).unwrap_err()))
        });
    }
    let r = match parse_plain_record(text, text_buf) {
        Some(r) => r,
        None => serde_json::from_str::<Record>(text).map_err(|e| err(format!("invalid JSON: {e}")))?.into(),
    };
    let text = match r.text {
        Some(FieldValue::Str(s)) => s,
        Some(_) => return Err(err("\"text\" must be a string".into())),
        None => return Err(err("missing \"text\" field".into())),
    };
    let id = match r.id {
        Some(FieldValue::Str(s)) => s,
        Some(FieldValue::Json(Value::Null)) | None => Cow::Owned(format!("{source}:{line}")),
        Some(FieldValue::UInt(v)) => Cow::Owned(v.to_string()),
        Some(FieldValue::Json(other)) => Cow::Owned(other.to_string()),
    };
    let offset = |v: Option<FieldValue>, key: &str| -> Result<Option<usize>> {
        match v {
            None | Some(FieldValue::Json(Value::Null)) => Ok(None),
            Some(FieldValue::UInt(v)) => Ok(Some(v as usize)),
            Some(FieldValue::Json(v)) if v.is_u64() => Ok(v.as_u64().map(|v| v as usize)),
            Some(_) => Err(err(format!("\"{key}\" must be a non-negative integer"))),
        }
    };
    let start = offset(r.start, "start")?;
    let end = offset(r.end, "end")?;
    let actor = match r.actor {
        Some(FieldValue::Str(actor)) => Some(actor),
        Some(FieldValue::Json(Value::Null)) | None => None,
        Some(_) => return Err(err("\"actor\" must be a string".into())),
    };
    let span = match (&actor, start, end) {
        (None, _, _) | (Some(_), None, None) => None,
        (Some(_), Some(s), Some(e)) => {
            let n = if text.is_ascii() { text.len() } else { text.chars().count() };
            if e <= s || e > n {
                return Err(err(format!("offsets start={s} end={e} are outside the text ({n} characters)")));
            }
            Some((s, e))
        }
        (Some(_), _, _) => return Err(err("give both \"start\" and \"end\", or neither".into())),
    };
    Ok(RecordFields { id, text, actor, span, extra: (!r.extra.is_empty()).then_some(r.extra) })
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
            ReaderState::Lines { .. } => self.next_run(),
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
    fn plain_records_parse_like_serde() {
        let lines = [
            r#"{"id": "0", "text": "Moscow warned Kyiv.", "actor": "Kyiv", "start": 14, "end": 18}"#,
            r#"  {"text":"He said \"no\" \\ \/ \b\f\n\r\t \u00e9 \ud83d\ude00 \u2028 end","id":"a\"b","actor":"X","end":3,"start":0}  "#,
            "{\"text\": \"“curly” Москва\", \"id\": \"x\"}\n",
            r#"{}"#,
            r#"{"id": 7, "text": "x"}"#,
            r#"{"text": "", "start": 0, "end": 18446744073709551615}"#,
        ];
        for line in lines {
            let fast = parse_plain_record(line, None).unwrap_or_else(|| panic!("fast path refused {line}"));
            let slow: RawFields = serde_json::from_str::<Record>(line).unwrap().into();
            // The plain parser reads integers as such, serde_json as JSON numbers.
            fn number(v: Option<FieldValue>) -> Option<FieldValue> {
                match v {
                    Some(FieldValue::UInt(n)) => Some(FieldValue::Json(n.into())),
                    other => other,
                }
            }
            assert_eq!((number(fast.id), fast.text, fast.actor, number(fast.start), number(fast.end)), (slow.id, slow.text.clone(), slow.actor, slow.start, slow.end), "{line}");
            // Unescaped into a reused buffer that still holds an earlier record's text.
            let mut buf = String::from("an earlier record's text");
            let reused = parse_plain_record(line, Some(&mut buf)).unwrap();
            assert_eq!(reused.text, slow.text, "{line}");
        }
    }

    #[test]
    fn plain_record_strings_borrow_from_the_line() {
        let line = r#"{"id": "a1", "text": "Moscow warned Kyiv.", "actor": "Kyiv", "start": 14, "end": 18}"#;
        let f = record_fields(line, "s", 1).unwrap();
        assert!(matches!((&f.id, &f.text, &f.actor), (Cow::Borrowed("a1"), Cow::Borrowed("Moscow warned Kyiv."), Some(Cow::Borrowed("Kyiv")))));
        assert_eq!(f.span, Some((14, 18)));
        let escaped = record_fields(r#"{"text": "say \"no\"", "actor": "x"}"#, "s", 1).unwrap();
        assert_eq!(escaped.text, "say \"no\"");
        assert!(matches!(escaped.text, Cow::Owned(_)));
    }

    #[test]
    fn unusual_records_take_the_serde_path() {
        let lines = [
            r#"{"text": "x", "source": "wire"}"#,
            r#"{"text": "x", "text": "y"}"#,
            r#"{"text": "x", "start": 01, "end": 3}"#,
            r#"{"text": "x", "start": 1.0, "end": 3}"#,
            r#"{"text": "x", "start": 1e2, "end": 3}"#,
            r#"{"text": "x", "start": -1, "end": 3}"#,
            r#"{"text": "x", "start": 18446744073709551616, "end": 3}"#,
            r#"{"text": "x", "actor": null}"#,
            r#"{"text": "lone \ud800 surrogate"}"#,
            r#"{"text": "bad \x escape"}"#,
            "{\"text\": \"raw\ttab\"}",
            r#"{"text": "x"} trailing"#,
            r#"{"text": "x",}"#,
            r#"{"text": "unterminated"#,
            r#"["text"]"#,
        ];
        for line in lines {
            assert!(parse_plain_record(line, None).is_none(), "{line}");
        }
        // And the whole parse still behaves as before on them.
        assert_eq!(parse_record(lines[0], "s", 1).unwrap().extra.unwrap()["source"], "wire");
        assert_eq!(parse_record(lines[1], "s", 1).unwrap().text, "y");
        assert!(parse_record(lines[2], "s", 5).unwrap_err().to_string().starts_with("s:5: invalid JSON"));
        assert_eq!(parse_record(lines[3], "s", 5).unwrap_err().to_string(), "s:5: \"start\" must be a non-negative integer");
        assert!(parse_record(lines[8], "s", 2).unwrap_err().to_string().starts_with("s:2: invalid JSON"));
    }

    #[test]
    fn special_bytes_are_found_in_every_lane() {
        let plain = |b: &[u8], from: usize| (from..b.len()).find(|&i| matches!(b[i], b'"' | b'\\' | 0..=0x1f)).unwrap_or(b.len());
        for len in 0..40 {
            for at in 0..len {
                for special in [b'"', b'\\', 0u8, 0x1f] {
                    let mut b = vec![b'a'; len];
                    b[at] = special;
                    if at + 1 < len {
                        b[at + 1] = 0xc3; // a high byte after the match must not hide it
                    }
                    if at > 0 {
                        b[at - 1] = 0x20; // nor the lowest byte that is not special
                    }
                    for from in 0..=at {
                        assert_eq!(next_special_byte(&b, from), at);
                        assert_eq!(next_special_byte_swar(&b, from), at);
                    }
                }
            }
            assert_eq!(next_special_byte(&vec![0xe9; len], 0), len);
        }
        // Special bytes before the starting point do not count, in the overlapping tail loads
        // either (a quote followed by '#' is a borrow's false match in the eight-byte scan).
        for len in 0..40 {
            for from in 0..=len {
                for filler in [b'"', b'\\', 0u8, b'#'] {
                    for at in from..=len {
                        let mut b = vec![filler; from];
                        b.extend(std::iter::repeat_n(b'#', len - from));
                        if at < len {
                            b[at] = b'"';
                        }
                        assert_eq!(next_special_byte(&b, from), at, "len {len} from {from} filler {filler}");
                        assert_eq!(next_special_byte_swar(&b, from), at, "len {len} from {from} filler {filler}");
                    }
                }
            }
        }
        // Every byte value at every position of a 16-byte block and its tail.
        for byte in 0..=255u8 {
            for at in 0..24 {
                let mut b = vec![b'x'; 24];
                b[at] = byte;
                assert_eq!(next_special_byte(&b, 0), plain(&b, 0), "byte {byte:#x} at {at}");
            }
        }
    }

    /// Every line a chunked reader hands out (number and text), up to and including the first
    /// error.
    fn read_lines(input: &[u8], chunk_bytes: usize) -> Vec<std::result::Result<(u64, String), String>> {
        let reader = DocumentReader { source: "t.jsonl".into(), state: ReaderState::Lines(LineChunks::new(Box::new(std::io::Cursor::new(input.to_vec())), chunk_bytes)) };
        let mut out = Vec::new();
        for item in reader {
            match item {
                Ok(RawInput::JsonLines(run)) => {
                    assert!((1..=RUN_LINES).contains(&run.lines.len()));
                    out.extend(run.lines().map(|(line, text)| Ok((line, text.to_string()))));
                }
                Ok(RawInput::Ready(_)) => unreachable!("JSON Lines input gives lines"),
                Err(e) => {
                    out.push(Err(e.to_string()));
                    break;
                }
            }
        }
        out
    }

    #[test]
    fn chunked_lines_are_the_lines_whatever_the_chunk_size() {
        let input = "{\"a\": 1}\n\n  \t\n{\"text\": \"Łódź – “quoted”\"}\r\n{\"b\": 22222222222222222222}\n\n{\"last\": true}";
        let expected: Vec<_> = input.split('\n').enumerate().filter(|(_, l)| !l.trim().is_empty()).map(|(i, l)| Ok((i as u64 + 1, l.to_string()))).collect();
        for chunk_bytes in 1..=input.len() + 1 {
            assert_eq!(read_lines(input.as_bytes(), chunk_bytes), expected, "chunks of {chunk_bytes}");
            let mut terminated = input.as_bytes().to_vec();
            terminated.push(b'\n');
            assert_eq!(read_lines(&terminated, chunk_bytes), expected, "chunks of {chunk_bytes}, final line end");
        }
        assert_eq!(read_lines(b"", 4), vec![]);
        assert_eq!(read_lines(b"\n \n", 4), vec![]);
    }

    #[test]
    fn invalid_utf8_is_reported_on_its_line_after_the_lines_before_it() {
        let input = b"{\"a\": 1}\n\n{\"b\": 2}\n{\"c\": \"\xff\"}\n{\"d\": 4}\n";
        for chunk_bytes in 1..=input.len() + 1 {
            let got = read_lines(input, chunk_bytes);
            assert_eq!(got, vec![Ok((1, "{\"a\": 1}".to_string())), Ok((3, "{\"b\": 2}".to_string())), Err("t.jsonl:4: invalid UTF-8".to_string())], "chunks of {chunk_bytes}");
        }
    }

    #[test]
    fn binary_and_invalid_utf8() {
        assert!(decode(vec![0x89, b'P', 0, 0], "x.bin").unwrap_err().to_string().contains("binary"));
        let e = decode(b"ok\nbad \xff here".to_vec(), "x.txt").unwrap_err();
        assert_eq!(e.to_string(), "x.txt:2: invalid UTF-8 (convert the file to UTF-8, e.g. with iconv)");
    }
}
