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
            return Cow::Borrowed(text);
        }
        let mut out = String::with_capacity(text.len());
        self.apply_into(text, &mut out, '\n');
        Cow::Owned(out)
    }

    /// Append `text` normalised as [`Normalizer::apply`] does, with each line break written
    /// as a space (a sentence on one line), to `out`, without an intermediate string.
    pub fn apply_on_one_line_into(&self, text: &str, out: &mut String) {
        // A normal text comes out unchanged (what `is_normal` promises), so it needs no
        // separate check.
        self.apply_into(text, out, ' ');
    }

    /// Append `text` normalised to `out`, writing each line break as `line_break`.
    fn apply_into(&self, text: &str, out: &mut String, line_break: char) {
        if self.nfc && !non_ascii_runs_all(text, |run| is_nfc_quick(run.chars()) == IsNormalized::Yes) {
            clean_whitespace_into(&text.nfc().collect::<String>(), out, line_break);
        } else {
            clean_whitespace_into(text, out, line_break);
        }
    }

    /// Would `apply` return `text` unchanged?
    pub fn is_normal(&self, text: &str) -> bool {
        let found = byte_classes(text.as_bytes());
        if found & CONTROL != 0 {
            self.is_normal_general(text)
        } else {
            self.control_free_text_is_normal(text, found)
        }
    }

    /// Would `apply` return `text` unchanged, and is it a single line?
    pub fn is_normal_line(&self, text: &str) -> bool {
        // A line break is a control byte, and any other control byte makes a text not normal.
        let found = byte_classes(text.as_bytes());
        found & CONTROL == 0 && self.control_free_text_is_normal(text, found)
    }

    /// [`Normalizer::is_normal`] for any text, byte by byte.
    fn is_normal_general(&self, text: &str) -> bool {
        let mut prev = b'\n';
        let mut ascii = true;
        for &b in text.as_bytes() {
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
        ascii || self.chars_are_normal(text)
    }

    /// [`Normalizer::is_normal`] for a text without control bytes (so a single line), the
    /// common case: vectorisable scans instead of a branchy byte loop, and character checks
    /// only on the runs of non-ASCII characters (news text is mostly ASCII with the odd
    /// curly quote or accented name). `found` is the text's [`byte_classes`].
    fn control_free_text_is_normal(&self, text: &str, found: u8) -> bool {
        let bytes = text.as_bytes();
        if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') || has_double_space(bytes) {
            return false;
        }
        // ASCII characters are never odd.
        found & NON_ASCII == 0 || non_ascii_runs_all(text, |run| self.chars_are_normal(run))
    }

    /// No odd character (non-ASCII whitespace or control, zero-width, soft hyphen) and, with
    /// NFC, composed: the character-level half of [`Normalizer::is_normal`].
    fn chars_are_normal(&self, text: &str) -> bool {
        // News text's usual non-ASCII characters need no table search.
        if text.chars().all(is_plainly_normal) {
            return true;
        }
        let odd = |c: char| !c.is_ascii() && (c.is_whitespace() || c.is_control() || is_invisible(c));
        !text.chars().any(odd) && (!self.nfc || is_nfc_quick(text.chars()) == IsNormalized::Yes)
    }
}

/// [`byte_classes`] flag: an ASCII control character (line breaks included).
const CONTROL: u8 = 1;
/// [`byte_classes`] flag: a non-ASCII character.
const NON_ASCII: u8 = 2;

/// Which of [`CONTROL`] and [`NON_ASCII`] bytes `bytes` holds, in one pass.
fn byte_classes(bytes: &[u8]) -> u8 {
    // `fold` rather than an early exit: the scan then vectorises.
    bytes.iter().fold(0, |found, &b| found | (((b < 0x20) | (b == 0x7f)) as u8 * CONTROL) | ((b >= 0x80) as u8 * NON_ASCII))
}

/// Does `bytes` hold two spaces in a row?
fn has_double_space(bytes: &[u8]) -> bool {
    let next = bytes.get(1..).unwrap_or_default();
    bytes.iter().zip(next).fold(false, |found, (&a, &b)| found | ((a == b' ') & (b == b' ')))
}

/// Does `check` hold for every maximal run of non-ASCII characters in `text`? The NFC quick
/// check passes on a text exactly when it passes on each such run: an ASCII character is a
/// starter that is always allowed, so it resets the check's state.
fn non_ascii_runs_all(text: &str, mut check: impl FnMut(&str) -> bool) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(run_start) = next_non_ascii(bytes, i) {
        let run_end = bytes[run_start..].iter().position(u8::is_ascii).map_or(bytes.len(), |k| run_start + k);
        if !check(&text[run_start..run_end]) {
            return false;
        }
        i = run_end;
    }
    true
}

/// Index of the first non-ASCII byte at or after `from`, eight bytes at a time.
fn next_non_ascii(bytes: &[u8], mut from: usize) -> Option<usize> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = bytes.get(from..from + 8) {
        let high = u64::from_le_bytes(chunk.try_into().expect("eight bytes")) & HIGH;
        if high != 0 {
            return Some(from + high.trailing_zeros() as usize / 8);
        }
        from += 8;
    }
    bytes[from..].iter().position(|&b| b >= 0x80).map(|k| from + k)
}

/// Normalise with the default settings.
pub fn normalize(text: &str) -> String {
    Normalizer::default().apply(text)
}

/// Characters common in news text that normalisation leaves alone whatever surrounds them:
/// Latin-1 punctuation and letters and Latin Extended-A (bar the no-break space and the soft
/// hyphen), and the dashes, quotes and dots of General Punctuation (not its spaces, invisible
/// characters or line separators). None is whitespace, a control or invisible, and each is a
/// starter that NFC keeps (quick check Yes), so a run of them passes the NFC quick check.
/// `plainly_normal_characters_pass_every_check` checks this for each.
#[inline]
fn is_plainly_normal(c: char) -> bool {
    matches!(c, '\u{a1}'..='\u{ac}' | '\u{ae}'..='\u{17f}' | '\u{2010}'..='\u{2027}')
}

/// Zero-width characters, the byte-order mark and the soft hyphen: they break words invisibly,
/// and normalisation drops them.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}')
}

#[cfg(test)]
fn clean_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    clean_whitespace_into(text, &mut out, '\n');
    out
}

/// Append `text` with whitespace cleaned to `out`, writing each line break as `line_break`.
/// What is already in `out` does not count: the text's start is a line start.
fn clean_whitespace_into(text: &str, out: &mut String, line_break: char) {
    // No space before the first visible character of the text or of a line.
    let mut at_line_start = true;
    let mut pending_space = false;
    let push_visible = |out: &mut String, visible: &str, pending_space: &mut bool, at_line_start: &mut bool| {
        if *pending_space && !*at_line_start {
            out.push(' ');
        }
        *pending_space = false;
        *at_line_start = false;
        out.push_str(visible);
    };
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Printable ASCII other than the space, most of any text, needs no per-character
        // decision: it is copied a run at a time.
        let run = bytes[i..].iter().position(|&b| !(0x21..0x7f).contains(&b)).unwrap_or(bytes.len() - i);
        if run > 0 {
            push_visible(out, &text[i..i + run], &mut pending_space, &mut at_line_start);
            i += run;
            continue;
        }
        let c = text[i..].chars().next().expect("index is on a char boundary");
        i += c.len_utf8();
        match c {
            '\n' => {
                // Trailing spaces before a line break carry nothing.
                pending_space = false;
                at_line_start = true;
                out.push(line_break);
            }
            '\r' => {}
            c if c.is_whitespace() => pending_space = true,
            c if is_invisible(c) => {}
            c if c.is_control() => pending_space = true,
            c => push_visible(out, c.encode_utf8(&mut [0; 4]), &mut pending_space, &mut at_line_start),
        }
    }
}

/// Random texts for checking fast paths against general ones: mostly ASCII words and spaces,
/// with the characters that take the slow paths (line breaks, tabs and other controls, odd and
/// zero-width spaces, combining marks, characters the NFC quick check answers "maybe" or "no"
/// for, curly quotes, accented and non-Latin letters, digits of other scripts).
#[cfg(test)]
pub(crate) fn messy_text() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    let piece = prop_oneof![
        4 => "[a-zA-Z0-9]{1,12}",
        3 => Just(" ".to_string()),
        1 => prop::sample::select(vec![
            "  ", "\n", "\r\n", "\t", "\x7f", "\u{a0}", "\u{2009}", "\u{3000}", "\u{85}", "\u{200b}", "\u{feff}", "\u{ad}",
            "\u{301}", "\u{300}", "\u{327}", "\u{323}\u{307}", "e\u{301}", "é", "É", "ß", "ğ", "’", "“", "”", "—", "…", "×", "÷",
            "\u{212b}", "\u{1100}\u{1161}", "\u{ac00}\u{11a8}", "\u{958}", "Москва", "中国", "٣", "²", "½", "'", ".", "-",
        ])
        .prop_map(String::from),
        1 => any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..30).prop_map(|pieces| pieces.concat())
}

#[cfg(test)]
mod tests {
    #[test]
    fn plainly_normal_characters_pass_every_check() {
        use unicode_normalization::char::canonical_combining_class;
        for c in (0..=char::MAX as u32).filter_map(char::from_u32).filter(|&c| super::is_plainly_normal(c)) {
            assert!(!c.is_whitespace() && !c.is_control() && !super::is_invisible(c), "{c:?}");
            assert_eq!(canonical_combining_class(c), 0, "{c:?}");
            assert_eq!(super::is_nfc_quick(std::iter::once(c)), super::IsNormalized::Yes, "{c:?}");
            let s = format!("a{c}{c}b");
            assert_eq!(super::Normalizer::default().apply(&s), s, "{c:?}");
        }
    }

    use super::*;
    use proptest::prelude::*;

    /// `clean_whitespace` as first written, a character at a time: the reference for the
    /// version that copies ASCII runs.
    fn clean_whitespace_by_char(text: &str) -> String {
        let mut out = String::new();
        let mut pending_space = false;
        for c in text.chars() {
            match c {
                '\n' => {
                    pending_space = false;
                    out.push('\n');
                }
                '\r' => {}
                c if c.is_whitespace() => pending_space = true,
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

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn fast_and_general_normality_checks_agree(text in messy_text()) {
            for n in [Normalizer { nfc: true }, Normalizer { nfc: false }] {
                prop_assert_eq!(n.is_normal(&text), n.is_normal_general(&text));
                prop_assert_eq!(n.is_normal_line(&text), !text.contains('\n') && n.is_normal_general(&text));
            }
        }

        #[test]
        fn quick_check_over_non_ascii_runs_is_the_whole_text_check(text in messy_text()) {
            let runs = non_ascii_runs_all(&text, |run| is_nfc_quick(run.chars()) == IsNormalized::Yes);
            prop_assert_eq!(runs, is_nfc_quick(text.chars()) == IsNormalized::Yes);
        }

        #[test]
        fn clean_whitespace_agrees_with_the_char_loop(text in messy_text()) {
            prop_assert_eq!(clean_whitespace(&text), clean_whitespace_by_char(&text));
        }

        #[test]
        fn next_non_ascii_finds_the_first_one(text in messy_text(), from in 0usize..40) {
            let bytes = text.as_bytes();
            let from = from.min(bytes.len());
            prop_assert_eq!(next_non_ascii(bytes, from), bytes[from..].iter().position(|&b| b >= 0x80).map(|k| from + k));
        }
    }

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
