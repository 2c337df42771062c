//! Sentence splitting for news text.
//!
//! Rules, in order:
//! - a blank line always ends a sentence; a single line break ends one unless the next line
//!   starts in lower case (a hard-wrapped paragraph), so headlines and list lines without
//!   final punctuation stand alone;
//! - `.`, `!`, `?` and `…` (with any closing quotes or brackets after them) end a sentence
//!   when followed by whitespace and then an upper-case letter, digit, quote or bracket;
//! - a period does not end a sentence after a known abbreviation ("Mr.", "Gen.", "Sept."),
//!   a single-letter initial ("J."), or inside a dotted abbreviation ("U.S.", "U.N.") unless a
//!   typical sentence opener follows ("U.S. The ...");
//! - nothing inside a quotation ends a sentence: the split point moves to the closing quote.

/// A sentence as a byte range of the text it was split from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SentenceSpan {
    pub start: usize,
    pub end: usize,
}

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt",
    "cpl", "pvt", "gov", "sen", "rep", "rev", "hon", "pres", "amb", "sec", "st", "jr", "sr",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no",
    "nos", "vs", "etc", "approx", "inc", "ltd", "corp", "co", "dept", "est", "fig", "vol", "ave",
    "mt", "ft", "op", "cf", "al", "mln", "bln", "pp", "ca", "univ",
];

/// Words that, after a dotted abbreviation such as "U.S.", show a new sentence has begun.
const SENTENCE_OPENERS: &[&str] = &[
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "This", "That", "These", "Those",
    "But", "And", "In", "On", "At", "His", "Her", "Its", "Their", "Our", "There", "When", "While",
    "After", "Before", "However", "Meanwhile", "Officials", "Some", "Many", "Both",
];

const OPENING_QUOTES: &[char] = &['"', '“', '«', '„'];

fn closing_quote(open: char) -> char {
    match open {
        '“' => '”',
        '«' => '»',
        '„' => '“',
        _ => '"',
    }
}

/// Longest stretch a quotation may span before we stop treating it as one (unbalanced quotes
/// in scraped text would otherwise swallow the rest of an article).
const MAX_QUOTE_BYTES: usize = 800;

/// Split `text` into sentence spans. Spans are trimmed and never empty.
pub fn split_sentences(text: &str) -> Vec<SentenceSpan> {
    let mut spans = Vec::new();
    let bytes = text.as_bytes();
    let mut start = 0usize;
    let mut i = 0usize;
    while i < text.len() {
        let c = text[i..].chars().next().expect("char boundary");
        let clen = c.len_utf8();
        if OPENING_QUOTES.contains(&c) {
            if let Some(close) = find_quote_close(text, i + clen, c) {
                // Nothing inside the quotation ends a sentence; a quotation that itself ends
                // with a terminator ends the sentence when a new one follows.
                let inner = text[..close].trim_end_matches(['"', '”', '»', '“']);
                if inner.ends_with(['.', '!', '?', '…']) && bytes.get(close) == Some(&b' ') && starts_sentence(&text[close + 1..]) {
                    push_span(text, start, close, &mut spans);
                    start = close + 1;
                }
                i = close;
                continue;
            }
            i += clen;
            continue;
        }
        if c == '\n' {
            let next_line_start = i + 1;
            let blank = text[next_line_start..].starts_with('\n');
            let next_lower = text[next_line_start..]
                .trim_start_matches([' ', '\n'])
                .chars()
                .next()
                .is_some_and(|c| c.is_lowercase());
            if blank || !next_lower {
                push_span(text, start, i, &mut spans);
                start = next_line_start;
            }
            i += 1;
            continue;
        }
        if matches!(c, '.' | '!' | '?' | '…') {
            // Include closing quotes/brackets and repeated terminators.
            let mut end = i + clen;
            while end < text.len() {
                let d = text[end..].chars().next().expect("char boundary");
                if matches!(d, '.' | '!' | '?' | '…' | '"' | '”' | '’' | '\'' | ')' | ']' | '»') {
                    end += d.len_utf8();
                } else {
                    break;
                }
            }
            if end >= text.len() {
                break;
            }
            if bytes[end] == b' ' && starts_sentence(&text[end + 1..]) && !(c == '.' && is_abbreviation(text, i, &text[end + 1..])) {
                push_span(text, start, end, &mut spans);
                start = end + 1;
            }
            i = end;
            continue;
        }
        i += clen;
    }
    push_span(text, start, text.len(), &mut spans);
    spans
}

/// Position of the closing quote (byte index just after it), if it exists within reach and
/// before a blank line.
fn find_quote_close(text: &str, from: usize, open: char) -> Option<usize> {
    let close = closing_quote(open);
    let limit = (from + MAX_QUOTE_BYTES).min(text.len());
    let mut j = from;
    for d in text[from..].chars() {
        if j >= limit || d == '\n' {
            return None;
        }
        j += d.len_utf8();
        if d == close {
            return Some(j);
        }
    }
    None
}

fn starts_sentence(rest: &str) -> bool {
    rest.chars().next().is_some_and(|c| {
        c.is_uppercase() || c.is_numeric() || OPENING_QUOTES.contains(&c) || matches!(c, '‘' | '\'' | '(' | '[')
    })
}

/// Is the period at byte `dot` part of an abbreviation, given the text that follows?
fn is_abbreviation(text: &str, dot: usize, following: &str) -> bool {
    let before = &text[..dot];
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map(|(k, c)| k + c.len_utf8())
        .unwrap_or(0);
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    if word.contains('.') {
        // Dotted abbreviation ("U.S", "e.g"): a sentence ends only if an opener follows.
        let next_word: String = following.chars().take_while(|c| c.is_alphabetic()).collect();
        return !SENTENCE_OPENERS.contains(&next_word.as_str());
    }
    let mut chars = word.chars();
    let first = chars.next().expect("non-empty");
    if chars.next().is_none() && first.is_uppercase() {
        return true; // an initial such as "J."
    }
    let lower = word.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

fn push_span(text: &str, start: usize, end: usize, spans: &mut Vec<SentenceSpan>) {
    let piece = &text[start..end];
    let trimmed_start = start + (piece.len() - piece.trim_start().len());
    let trimmed_end = start + piece.trim_end().len();
    if trimmed_end > trimmed_start {
        spans.push(SentenceSpan { start: trimmed_start, end: trimmed_end });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        split_sentences(text).iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn abbreviations_do_not_split() {
        assert_eq!(
            split("Gen. Smith met Mr. Jones in Sept. 2024 at the U.N. headquarters. Talks failed."),
            ["Gen. Smith met Mr. Jones in Sept. 2024 at the U.N. headquarters.", "Talks failed."]
        );
    }

    #[test]
    fn dotted_abbreviation_then_opener_splits() {
        assert_eq!(split("Aid came from the U.S. The EU followed."), ["Aid came from the U.S.", "The EU followed."]);
    }

    #[test]
    fn decimals_and_initials() {
        assert_eq!(split("Growth was 3.5 percent, said J. K. Rowling. Fine."), ["Growth was 3.5 percent, said J. K. Rowling.", "Fine."]);
    }

    #[test]
    fn quotations_are_not_split() {
        assert_eq!(
            split("He said: “We will respond. Nobody should doubt it.” Then he left."),
            ["He said: “We will respond. Nobody should doubt it.”", "Then he left."]
        );
    }

    #[test]
    fn lines_without_punctuation() {
        assert_eq!(split("Kremlin warns EU\nMoscow said on Monday it would respond.\nand more"),
            ["Kremlin warns EU", "Moscow said on Monday it would respond.\nand more"]);
    }
}
