//! Unicode and whitespace normalisation applied to every text before it is split or tokenised.

use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Normaliser settings. They are stored in the model file so prediction normalises exactly as
/// training did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Normalizer {
    /// Compose characters to Unicode NFC, so "é" typed as e + combining accent and as one
    /// code point tokenise alike.
    pub nfc: bool,
}

impl Default for Normalizer {
    fn default() -> Self {
        Normalizer { nfc: true }
    }
}

impl Normalizer {
    /// Normalise a whole text. Line breaks are kept (they carry sentence boundaries); other
    /// whitespace runs collapse to one space; control characters are dropped.
    pub fn apply(&self, text: &str) -> String {
        self.apply_cow(text).into_owned()
    }

    /// As [`Normalizer::apply`], borrowing the input when it is already normal (the common
    /// case on clean input, which then costs one scan and no allocation).
    pub fn apply_cow<'a>(&self, text: &'a str) -> Cow<'a, str> {
        if self.is_normal(text) {
            Cow::Borrowed(text)
        } else if self.nfc && is_nfc_quick(text.chars()) != IsNormalized::Yes {
            Cow::Owned(clean_whitespace(&text.nfc().collect::<String>()))
        } else {
            Cow::Owned(clean_whitespace(text))
        }
    }

    /// Would `apply` return `text` unchanged?
    pub fn is_normal(&self, text: &str) -> bool {
        let bytes = text.as_bytes();
        // Fast path for the common case, a single line without control characters: vectorisable
        // scans instead of a branchy byte loop, and character checks only from the first
        // non-ASCII byte on (ASCII characters are never odd, and an ASCII character resets
        // the NFC quick check, so skipping an ASCII prefix changes neither answer).
        // (`fold` rather than `all`: without an early exit the scan vectorises.)
        if bytes.iter().fold(true, |ok, &b| ok & (b >= 0x20) & (b != 0x7f)) {
            if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') || text.contains("  ") {
                return false;
            }
            if text.is_ascii() {
                return true;
            }
            let first = bytes.iter().position(|&b| b >= 0x80).expect("a non-ASCII byte");
            return self.non_ascii_part_is_normal(&text[first..]);
        }
        let mut prev = b'\n';
        let mut ascii = true;
        for &b in bytes {
            match b {
                b' ' if prev == b' ' || prev == b'\n' => return false,
                b'\n' if prev == b' ' => return false,
                b'\n' => {}
                0..=0x1f | 0x7f => return false,
                0x80.. => ascii = false,
                _ => {}
            }
            prev = b;
        }
        if prev == b' ' {
            return false;
        }
        ascii || self.non_ascii_part_is_normal(text)
    }

    /// No odd character (non-ASCII whitespace or control, zero-width, soft hyphen) and, with
    /// NFC, composed: the character-level half of [`Normalizer::is_normal`].
    fn non_ascii_part_is_normal(&self, text: &str) -> bool {
        let odd = |c: char| !c.is_ascii() && (c.is_whitespace() || c.is_control() || matches!(c, '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}'));
        !text.chars().any(odd) && (!self.nfc || is_nfc_quick(text.chars()) == IsNormalized::Yes)
    }
}

/// Normalise with the default settings.
pub fn normalize(text: &str) -> String {
    Normalizer::default().apply(text)
}

fn clean_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        match c {
            '\n' => {
                // Trailing spaces before a line break carry nothing.
                pending_space = false;
                out.push('\n');
            }
            '\r' => {}
            c if c.is_whitespace() => pending_space = true,
            // Zero-width characters and the byte-order mark break words invisibly.
            '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}' => {}
            c if c.is_control() => pending_space = true,
            c => {
                if pending_space && !out.is_empty() && !out.ends_with('\n') {
                    out.push(' ');
                }
                pending_space = false;
                out.push(c);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn composes_and_collapses() {
        assert_eq!(normalize("Cafe\u{301}  au\tlait\r\n x"), "Café au lait\nx");
    }

    #[test]
    fn is_normal_agrees_with_apply() {
        let n = Normalizer::default();
        for t in [
            "Russia said.", "a  b", " lead", "trail ", "x \ny", "x\n y", "tab\there", "caf\u{e9}", "cafe\u{301}", "nb\u{a0}sp", "zw\u{200b}j", "line\n\nnext", "",
            "“Quoted” café", "é  two spaces", " é", "é ", "del\u{7f}é", "a\u{301}\u{300} b", "a\u{300}\u{301}", "e\u{301}", "é\u{85}", "ok é\nline é",
        ] {
            assert_eq!(n.is_normal(t), n.apply(t) == t, "{t:?}");
        }
    }

    #[test]
    fn drops_invisible_characters() {
        assert_eq!(normalize("\u{feff}Rus\u{200b}sia"), "Russia");
    }
}
