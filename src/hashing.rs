//! Fast, stable 64-bit hashing of tokens and feature keys.
//!
//! The vocabulary maps feature *keys* (u64) to column indices. A key is computed from token
//! hashes and a feature kind, never from an allocated string, which keeps featurisation
//! allocation-free. The functions here are fixed forever for a model format version: the model
//! file stores feature names, and keys are recomputed from those names at load time.

/// The token all-digit words become.
pub const NUM_TOKEN: &str = "<num>";
/// Placeholder for the target actor's mention(s).
pub const TARGET_TOKEN: &str = "<target>";
/// Placeholder for mentions of other actors.
pub const OTHER_TOKEN: &str = "<actor>";

const SEED: u64 = 0x243f_6a88_85a3_08d3;
const MUL: u64 = 0x517c_c1b7_2722_0a95;

#[inline]
pub const fn mix(h: u64, x: u64) -> u64 {
    (h.rotate_left(5) ^ x).wrapping_mul(MUL)
}

/// Final avalanche (splitmix64), so every bit of a key depends on every input bit; the
/// vocabulary's hash map then uses the key directly.
#[inline]
pub const fn finish(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Hash of the lower-cased form of `s`. ASCII strings (nearly all tokens) are hashed eight
/// bytes at a time, lower-cased with a SWAR trick; other strings character by character.
#[inline]
pub fn hash_str_lower(s: &str) -> u64 {
    let bytes = s.as_bytes();
    if s.is_ascii() {
        let mut h = SEED ^ bytes.len() as u64;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            h = mix(h, ascii_lower8(u64::from_le_bytes(c.try_into().expect("8 bytes"))));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut buf = [0u8; 8];
            buf[..rest.len()].copy_from_slice(rest);
            h = mix(h, ascii_lower8(u64::from_le_bytes(buf)));
        }
        finish(h)
    } else {
        let mut h = !SEED;
        for c in s.chars() {
            for l in c.to_lowercase() {
                h = mix(h, l as u64);
            }
        }
        finish(h)
    }
}

/// `hash_str_lower(&text[start..end])` for an ASCII token of `text`, without the copy that
/// zero-pads the last partial chunk: when eight bytes can be read from there inside `text`,
/// the bytes past the token are masked off instead.
#[inline]
pub fn hash_ascii_lower_in(text: &[u8], start: usize, end: usize) -> u64 {
    debug_assert!(text[start..end].is_ascii());
    let mut h = SEED ^ (end - start) as u64;
    let mut i = start;
    while i + 8 <= end {
        h = mix(h, ascii_lower8(u64::from_le_bytes(text[i..i + 8].try_into().expect("8 bytes"))));
        i += 8;
    }
    let rest = end - i;
    if rest > 0 {
        let word = match text.get(i..i + 8) {
            Some(window) => u64::from_le_bytes(window.try_into().expect("8 bytes")) & (u64::MAX >> (64 - 8 * rest)),
            None => {
                let mut buf = [0u8; 8];
                buf[..rest].copy_from_slice(&text[i..end]);
                u64::from_le_bytes(buf)
            }
        };
        h = mix(h, ascii_lower8(word));
    }
    finish(h)
}

/// [`hash_str_lower`] of an ASCII string, computable in a constant (the placeholder tokens'
/// hashes, which featurisation needs for every mention).
pub const fn hash_ascii_lower_const(s: &str) -> u64 {
    let bytes = s.as_bytes();
    let mut h = SEED ^ bytes.len() as u64;
    let mut i = 0;
    while i < bytes.len() {
        // Eight bytes little-endian, zero-padded at the end, as `hash_str_lower` reads them.
        let mut w = 0u64;
        let mut j = 0;
        while j < 8 && i + j < bytes.len() {
            assert!(bytes[i + j].is_ascii(), "hash_ascii_lower_const takes ASCII strings only");
            w |= (bytes[i + j] as u64) << (8 * j);
            j += 1;
        }
        h = mix(h, ascii_lower8(w));
        i += 8;
    }
    finish(h)
}

/// Hash of the number token, which every all-digit word gets.
pub const NUM_HASH: u64 = hash_ascii_lower_const(NUM_TOKEN);

/// [`hash_str_lower`] of the first `len` bytes of `padded`, all ASCII letters and digits,
/// read eight bytes at a time: `padded` must hold the bytes up to the next multiple of eight
/// past `len` (their values do not matter). The tokeniser keeps such a copy of the text.
#[inline(always)]
pub fn hash_ascii_alnum_padded(padded: &[u8], len: usize) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    debug_assert!(padded[..len].iter().all(u8::is_ascii_alphanumeric));
    let load = |i: usize| u64::from_le_bytes(padded[i..i + 8].try_into().expect("eight bytes"));
    // Letters and digits all have bit 5 set once lower-cased, so setting it lower-cases.
    let mut h = SEED ^ len as u64;
    let mut i = 0;
    while i + 8 <= len {
        h = mix(h, load(i) | (ONES * 0x20));
        i += 8;
    }
    let rest = len - i;
    if rest > 0 {
        h = mix(h, (load(i) | (ONES * 0x20)) & (u64::MAX >> (64 - 8 * rest)));
    }
    finish(h)
}

/// Lower-case the ASCII letters of eight packed ASCII bytes.
#[inline]
const fn ascii_lower8(w: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let ge_a = w.wrapping_add(ONES * (0x80 - b'A' as u64));
    let gt_z = w.wrapping_add(ONES * (0x80 - b'Z' as u64 - 1));
    let upper = ge_a & !gt_z & (ONES * 0x80);
    w | (upper >> 2)
}

/// A `Hasher` that passes through an already well-mixed u64 key.
#[derive(Default, Clone, Copy)]
pub struct IdentityHasher(u64);

impl std::hash::Hasher for IdentityHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = mix(self.0, b as u64);
        }
    }
    fn write_u64(&mut self, i: u64) {
        self.0 = i;
    }
}

pub type KeyBuildHasher = std::hash::BuildHasherDefault<IdentityHasher>;
pub type KeyMap<V> = std::collections::HashMap<u64, V, KeyBuildHasher>;

/// Hint the CPU to load the cache line holding `value`. A hint only: it never faults and changes
/// nothing, so it is safe on any reference; on targets without the instruction it does nothing.
#[inline]
pub fn prefetch_read<T>(value: &T) {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        // SAFETY: SSE is part of the x86_64 baseline, and a prefetch of a valid reference only
        // hints the cache: it never faults and changes no value.
        unsafe { _mm_prefetch::<_MM_HINT_T0>(value as *const T as *const i8) };
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = value;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn in_text_hash_equals_the_string_hash() {
        let text = "Hello WORLD, a bc Defghijk LMNOPQRSTUVWXyz 0123456789 x";
        let b = text.as_bytes();
        for start in 0..b.len() {
            for end in start..=b.len() {
                assert_eq!(hash_ascii_lower_in(b, start, end), hash_str_lower(&text[start..end]), "{start}..{end}");
            }
        }
    }

    #[test]
    fn constant_hash_equals_the_string_hash() {
        for s in ["", "a", "<target>", "<actor>", "<num>", "Exactly8", "NineBytes", "a somewhat longer Mixed-Case string"] {
            assert_eq!(hash_ascii_lower_const(s), hash_str_lower(s), "{s}");
        }
    }

    #[test]
    fn case_insensitive_and_distinct() {
        assert_eq!(hash_str_lower("KREMLIN"), hash_str_lower("kremlin"));
        assert_eq!(hash_str_lower("Moscow-Kremlin@[`{"), hash_str_lower("moscow-kremlin@[`{"));
        assert_ne!(hash_str_lower("@[`{"), hash_str_lower("`{@["));
        assert_ne!(hash_str_lower("a"), hash_str_lower("a\0"));
        assert_eq!(hash_str_lower("ÉLYSÉE"), hash_str_lower("élysée"));
        // Only letters change case: the SWAR trick leaves '@' (0x40) and '[' (0x5b) alone.
        assert_eq!(ascii_lower8(u64::from_le_bytes(*b"@AZ[`az{")), u64::from_le_bytes(*b"@az[`az{"));
    }
}
