//! Unicode-aware word tokeniser.
//!
//! A token is a maximal run of alphanumeric characters (any script: Latin with accents,
//! Cyrillic, Greek, CJK ideographs...). Punctuation, apostrophes and hyphens separate tokens;
//! numbers become one shared `<num>` token so "30-minute" and "45-minute" share features.
//! Each token carries a 64-bit hash of its lower-cased form, computed while scanning, so the
//! featuriser never allocates a string on the prediction path.

use crate::hashing::{hash_ascii_alnum_padded, hash_ascii_lower_in, hash_str_lower, NUM_HASH, NUM_TOKEN};

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
        let mut out = String::new();
        self.push_text(source, &mut out);
        out
    }

    /// Append the token's feature text to `out` (no allocation when `out` has room).
    pub fn push_text(&self, source: &str, out: &mut String) {
        let raw = &source[self.start..self.end];
        if raw.is_ascii() {
            // The common case, without per-char case mapping.
            if raw.bytes().all(|b| b.is_ascii_digit()) {
                out.push_str(NUM_TOKEN);
            } else {
                out.extend(raw.bytes().map(|b| b.to_ascii_lowercase() as char));
            }
        } else if raw.chars().all(|c| c.is_numeric()) {
            out.push_str(NUM_TOKEN);
        } else {
            out.extend(raw.chars().flat_map(char::to_lowercase));
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
///
/// The text is looked at in windows of 64 bytes, each summarised as bit masks (which bytes
/// are ASCII letters or digits, which are digits, which are not ASCII): separators are then
/// skipped and ASCII words measured by counting bits, not byte by byte, and a word that lies
/// inside its window is hashed from the window's copy of the text. Words with non-ASCII
/// characters and words longer than a window take the general, character by character scan.
pub fn tokenize_into(text: &str, tokens: &mut Vec<Token>) {
    tokens.clear();
    let bytes = text.as_bytes();
    let mut p = 0;
    let mut w = Window::at(bytes, 0);
    while p < bytes.len() {
        if p >= w.base + WINDOW {
            w = Window::at(bytes, p);
        }
        // The next byte from `p` on that is a letter or digit or the start of a non-ASCII
        // character (`p` is always on a character boundary, so no continuation byte comes first).
        let ahead = (w.alnum | w.non_ascii) >> (p - w.base);
        if ahead == 0 {
            p = w.base + WINDOW;
            continue;
        }
        let start = p + ahead.trailing_zeros() as usize;
        let r = start - w.base;
        if (w.non_ascii >> r) & 1 == 0 {
            // An ASCII letter or digit: the word runs to the next byte that is not one.
            let len = (!(w.alnum >> r)).trailing_zeros() as usize;
            if r + len < WINDOW {
                if (w.non_ascii >> (r + len)) & 1 == 0 {
                    tokens.push(Token { start, end: start + len, hash: w.ascii_word_hash(r, len) });
                    p = start + len;
                    continue;
                }
                // A non-ASCII character follows, maybe a letter that continues the word.
            } else if r > 0 {
                // The word may go on past the window: look again from its start.
                w = Window::at(bytes, start);
                p = start;
                continue;
            }
            p = ascii_started_word(text, start, tokens);
        } else {
            let c = text[start..].chars().next().expect("index is on a char boundary");
            if is_alphanumeric(c) {
                let (end, digits) = scan_unicode_word(text, start, true);
                tokens.push(make_token(text, start, end, digits));
                p = end;
            } else {
                p = start + c.len_utf8();
            }
        }
    }
}

/// Bytes per window of [`tokenize_into`]'s scan: one bit each in a `u64`.
const WINDOW: usize = 64;

/// `WINDOW` bytes of a text from `base` on (zeros past the text's end, which are neither
/// letters nor digits nor non-ASCII), with their bit masks: bit k describes byte `base + k`.
struct Window {
    base: usize,
    /// The bytes, and eight more zeros so a word's last eight-byte read stays inside.
    bytes: [u8; WINDOW + 8],
    alnum: u64,
    digit: u64,
    non_ascii: u64,
}

impl Window {
    #[inline]
    fn at(text: &[u8], base: usize) -> Window {
        let mut bytes = [0u8; WINDOW + 8];
        let n = (text.len() - base).min(WINDOW);
        bytes[..n].copy_from_slice(&text[base..base + n]);
        let (alnum, digit, non_ascii) = classify(&bytes);
        Window { base, bytes, alnum, digit, non_ascii }
    }

    /// Hash of the ASCII word of `len` bytes at window offset `r` (with `r + len < WINDOW`).
    #[inline]
    fn ascii_word_hash(&self, r: usize, len: usize) -> u64 {
        let word = (1u64 << len) - 1;
        if (self.digit >> r) & word == word {
            NUM_HASH
        } else {
            hash_ascii_alnum_padded(&self.bytes[r..], len)
        }
    }
}

/// The window masks of the first `WINDOW` bytes of `b`: ASCII letters or digits, ASCII digits,
/// non-ASCII bytes.
#[inline]
fn classify(b: &[u8; WINDOW + 8]) -> (u64, u64, u64) {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::*;
        let (mut alnum, mut digit, mut non_ascii) = (0u64, 0u64, 0u64);
        for k in 0..WINDOW / 16 {
            // SAFETY: SSE2 is part of the x86_64 baseline, and the unaligned 16-byte load reads
            // b[16k..16k + 16], inside the array.
            let (a, d, n) = unsafe {
                let v = _mm_loadu_si128(b.as_ptr().add(16 * k) as *const __m128i);
                // A byte is in lo..lo + n when byte + (0x80 - lo), wrapping, is below 0x80 + n
                // as a signed byte: the range lands on the lowest signed values, and no other
                // byte wraps there.
                let in_range = |x: __m128i, lo: u8, n: u8| {
                    _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(0x80u8.wrapping_sub(lo) as i8)), _mm_set1_epi8((0x80 + n) as i8))
                };
                let digits = in_range(v, b'0', 10);
                // Setting bit 5 maps upper-case letters onto lower-case ones and nothing else
                // into a-z.
                let letters = in_range(_mm_or_si128(v, _mm_set1_epi8(0x20)), b'a', 26);
                (_mm_movemask_epi8(_mm_or_si128(digits, letters)), _mm_movemask_epi8(digits), _mm_movemask_epi8(v))
            };
            alnum |= (a as u16 as u64) << (16 * k);
            digit |= (d as u16 as u64) << (16 * k);
            non_ascii |= (n as u16 as u64) << (16 * k);
        }
        (alnum, digit, non_ascii)
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        let (mut alnum, mut digit, mut non_ascii) = (0u64, 0u64, 0u64);
        for (k, &c) in b[..WINDOW].iter().enumerate() {
            alnum |= (c.is_ascii_alphanumeric() as u64) << k;
            digit |= (c.is_ascii_digit() as u64) << k;
            non_ascii |= ((c >= 0x80) as u64) << k;
        }
        (alnum, digit, non_ascii)
    }
}

/// The word starting with the ASCII letter or digit at byte `start`, scanned byte by byte
/// and on through non-ASCII letters: pushed to `tokens`; returns its end.
fn ascii_started_word(text: &str, start: usize, tokens: &mut Vec<Token>) -> usize {
    let bytes = text.as_bytes();
    let (end, all_digits) = ascii_word_end(bytes, start);
    if end < bytes.len() && bytes[end] >= 0x80 {
        let (end, digits) = scan_unicode_word(text, end, all_digits);
        tokens.push(make_token(text, start, end, digits));
        end
    } else {
        let hash = if all_digits { NUM_HASH } else { hash_ascii_lower_in(bytes, start, end) };
        tokens.push(Token { start, end, hash });
        end
    }
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// Per lane of eight packed bytes, the high bit set when the byte is an ASCII digit, and when
/// it is an ASCII letter.
#[inline(always)]
fn ascii_digits_and_letters(w: u64) -> (u64, u64) {
    // Per lane, high bit set when the lane's low seven bits lie in lo..=hi. Lanes hold at most
    // 0x7f + 0x80, so no carry crosses into the next lane.
    #[inline(always)]
    fn in_range(low7: u64, lo: u8, hi: u8) -> u64 {
        (low7 + ONES * (0x80 - lo) as u64) & !(low7 + ONES * (0x7f - hi) as u64) & HIGH
    }
    let low7 = w & !HIGH;
    let ascii = !w & HIGH;
    let digit = in_range(low7, b'0', b'9') & ascii;
    // Setting bit 5 maps upper-case letters onto lower-case ones and nothing else into a-z.
    let letter = in_range(low7 | (ONES * 0x20), b'a', b'z') & ascii;
    (digit, letter)
}

/// End of the run of ASCII letters and digits starting at byte `i`, and whether it is all
/// digits; eight bytes at a time (words are mostly shorter, so usually one step).
#[inline]
fn ascii_word_end(bytes: &[u8], mut i: usize) -> (usize, bool) {
    let mut all_digits = true;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let w = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        let (digit, letter) = ascii_digits_and_letters(w);
        let stop = !(digit | letter) & HIGH;
        if stop != 0 {
            let lanes = stop.trailing_zeros() / 8;
            let word = HIGH & ((1u64 << (8 * lanes)) - 1);
            return (i + lanes as usize, all_digits && digit & word == word);
        }
        all_digits &= digit == HIGH;
        i += 8;
    }
    while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
        all_digits &= bytes[i].is_ascii_digit();
        i += 1;
    }
    (i, all_digits)
}

/// Scan alphanumeric characters from byte `i`; returns the end and whether all were digits.
fn scan_unicode_word(text: &str, mut i: usize, mut all_digits: bool) -> (usize, bool) {
    for c in text[i..].chars() {
        if !is_alphanumeric(c) {
            break;
        }
        // Short-circuit: the numeric property is a table search, and words rarely start as digits.
        all_digits = all_digits && c.is_numeric();
        i += c.len_utf8();
    }
    (i, all_digits)
}

/// `c.is_alphanumeric()`, answered without the Unicode table search for the non-ASCII
/// characters common in news text: curly quotes and dashes (General Punctuation, none of
/// which is a letter or digit) and accented Latin letters (all letters, bar × and ÷). The
/// table search costs hundreds of instructions per character.
#[inline]
pub(crate) fn is_alphanumeric(c: char) -> bool {
    match c {
        '\0'..='\x7f' => c.is_ascii_alphanumeric(),
        '\u{2000}'..='\u{206f}' => false,
        '\u{c0}'..='\u{24f}' => c != '\u{d7}' && c != '\u{f7}',
        _ => c.is_alphanumeric(),
    }
}

fn make_token(text: &str, start: usize, end: usize, all_digits: bool) -> Token {
    let hash = if all_digits {
        NUM_HASH
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
    fn ascii_words_end_where_a_byte_loop_ends_them() {
        let mut all: Vec<u8> = (0u8..=255).collect();
        all.extend_from_slice(b"abcXYZ09 a1b2c3d4e5f6g7h8 12345678901234 @[`{/:");
        for start in 0..all.len() {
            for len in 0..=20.min(all.len() - start) {
                let b = &all[start..start + len];
                let mut end = 0;
                let mut digits = true;
                while end < b.len() && b[end].is_ascii_alphanumeric() {
                    digits &= b[end].is_ascii_digit();
                    end += 1;
                }
                assert_eq!(ascii_word_end(b, 0), (end, digits), "{b:?}");
            }
        }
    }

    #[test]
    fn every_token_hash_is_the_hash_of_its_lower_cased_text() {
        // Words of every length around the eight-byte load, in every case mix, followed by
        // every kind of byte, at the end of the text or not.
        let mut texts = Vec::new();
        for len in 1..=17 {
            for word in ["Kremlin1SanctionsUNGAxyzQ", "1234567890123456789", "aB3dE5gH7jK9mN1pQ"] {
                let word = &word[..len.min(word.len())];
                for after in ["", " ", ".", "é", "’", "9", "\u{0}"] {
                    texts.push(format!("{word}{after}"));
                    texts.push(format!("x {word}{after} tail text"));
                }
            }
        }
        for text in &texts {
            for t in tokenize(text) {
                let word = &text[t.start..t.end];
                let expected = if word.chars().all(char::is_numeric) { NUM_HASH } else { hash_str_lower(word) };
                assert_eq!(t.hash, expected, "{word:?} in {text:?}");
                assert_eq!(t.hash, hash_str_lower(&t.text(text)), "{word:?} in {text:?}");
            }
        }
    }

    #[test]
    fn is_alphanumeric_agrees_with_the_standard_library() {
        for c in (0..=char::MAX as u32).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
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
