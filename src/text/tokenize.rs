//! Unicode-aware word tokeniser.
//!
//! A token is a maximal run of alphanumeric characters (any script: Latin with accents,
//! Cyrillic, Greek, CJK ideographs...). Punctuation, apostrophes and hyphens separate tokens;
//! numbers become one shared `<num>` token so "30-minute" and "45-minute" share features.
//! Each token carries a 64-bit hash of its lower-cased form, computed while scanning, so the
//! featuriser never allocates a string on the prediction path.

use crate::hashing::{hash_ascii_lower_in, hash_str_lower, NUM_TOKEN};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte offsets into the tokenised text, end-exclusive.
    pub start: usize,
    pub end: usize,
    /// Hash of the lower-cased token text (or of `<num>` for numbers).
    pub hash: u64,
}

impl Token {
    /// The token's feature text: lower-cased, or `<num>` for numbers.
    pub fn text(&self, source: &str) -> String {
        let raw = &source[self.start..self.end];
        if raw.chars().all(|c| c.is_numeric()) {
            NUM_TOKEN.to_string()
        } else {
            raw.chars().flat_map(char::to_lowercase).collect()
        }
    }
}

/// Split `text` into tokens. Never panics; any string is valid input.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    tokenize_into(text, &mut tokens);
    tokens
}

/// As [`tokenize`], reusing the caller's buffer (cleared first).
pub fn tokenize_into(text: &str, tokens: &mut Vec<Token>) {
    tokens.clear();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            if b.is_ascii_alphanumeric() {
                let start = i;
                let mut all_digits = true;
                // ASCII fast path; falls back to the general scan on the first non-ASCII byte.
                while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
                    all_digits &= bytes[i].is_ascii_digit();
                    i += 1;
                }
                if i < bytes.len() && bytes[i] >= 0x80 {
                    let (end, digits) = scan_unicode_word(text, i, all_digits);
                    i = end;
                    tokens.push(make_token(text, start, i, digits));
                } else {
                    let hash = if all_digits { hash_str_lower(NUM_TOKEN) } else { hash_ascii_lower_in(bytes, start, i) };
                    tokens.push(Token { start, end: i, hash });
                }
            } else {
                i += 1;
            }
        } else {
            let c = text[i..].chars().next().expect("index is on a char boundary");
            if c.is_alphanumeric() {
                let start = i;
                let (end, digits) = scan_unicode_word(text, i, true);
                i = end;
                tokens.push(make_token(text, start, i, digits));
            } else {
                i += c.len_utf8();
            }
        }
    }
}

/// Scan alphanumeric characters from byte `i`; returns the end and whether all were digits.
fn scan_unicode_word(text: &str, mut i: usize, mut all_digits: bool) -> (usize, bool) {
    for c in text[i..].chars() {
        if !c.is_alphanumeric() {
            break;
        }
        all_digits &= c.is_numeric();
        i += c.len_utf8();
    }
    (i, all_digits)
}

fn make_token(text: &str, start: usize, end: usize, all_digits: bool) -> Token {
    let hash = if all_digits {
        hash_str_lower(NUM_TOKEN)
    } else {
        hash_str_lower(&text[start..end])
    };
    Token { start, end, hash }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn latin_with_punctuation() {
        assert_eq!(words("Russia accused the EU, again!"), ["russia", "accused", "the", "eu", "again"]);
    }

    #[test]
    fn accented_and_cyrillic() {
        assert_eq!(words("Élysée: Москва обвинила ЕС"), ["élysée", "москва", "обвинила", "ес"]);
        assert_eq!(words("Erdoğan’s Türkiye"), ["erdoğan", "s", "türkiye"]);
    }

    #[test]
    fn numbers_share_one_token() {
        assert_eq!(words("a 30-minute call in 2024"), ["a", "<num>", "minute", "call", "in", "<num>"]);
    }

    #[test]
    fn hash_matches_lowercase_text() {
        let text = "KREMLIN Kremlin kremlin";
        let t = tokenize(text);
        assert_eq!(t[0].hash, t[1].hash);
        assert_eq!(t[1].hash, t[2].hash);
        assert_eq!(t[0].hash, hash_str_lower("kremlin"));
    }
}
