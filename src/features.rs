//! Target-aware bag-of-words features.
//!
//! An example is a sentence plus the byte ranges of the target actor's mention(s) and of other
//! actors' mentions. Tokens inside the target become one `<target>` token, tokens inside another
//! actor's mention one `<actor>` token, so that "Russia accused the EU" reads
//! `<target> accused the <actor>` for Russia and `<actor> accused the <target>` for the EU.
//! From that sequence we count:
//! - n-grams (`accused`, `accused the`), for n in 1..=ngram_max;
//! - window features for words near the target, with side and distance (`R1:accused`,
//!   `L3:accused`), for distances 1..=window;
//! - side features for every word (`L:accused`, `R:accused`): which side of the target it is on.
//!
//! Feature *names* are kept in the vocabulary for explanations and the model file; at
//! prediction time only 64-bit keys computed from token hashes are used (no allocation).

use crate::error::{FrameError, Result};
use crate::hashing::{finish, hash_ascii_lower_const, hash_str_lower, mix, prefetch_read, OTHER_TOKEN, TARGET_TOKEN};
use crate::text::tokenize::{tokenize_into, Token};
use serde::{Deserialize, Serialize};

/// Featuriser settings (validated in [`crate::model::params`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FeatureSettings {
    /// Longest n-gram counted (1 = unigrams only, 2 = unigrams and bigrams, up to 3).
    pub ngram_max: usize,
    /// Words within this many tokens of the target get side-and-distance features (0 = none).
    pub window: usize,
    /// Add a side feature (left or right of the target) for every word.
    pub side_features: bool,
    /// Weight counts by inverse document frequency learnt from the training data.
    pub tfidf: bool,
    /// Scale each example's vector to unit Euclidean length.
    pub l2_normalize: bool,
}

/// A sentence with its target and other-actor mentions, as byte ranges of `text`.
#[derive(Debug, Clone, Copy)]
pub struct ExampleText<'a> {
    pub text: &'a str,
    pub targets: &'a [(usize, usize)],
    pub others: &'a [(usize, usize)],
}

/// A sparse feature vector: column indices (each once, in order of first occurrence) and their
/// values.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SparseVector {
    pub indices: Vec<u32>,
    pub values: Vec<f32>,
}

/// Many sparse vectors in compressed-row form: the training matrix.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CsrMatrix {
    pub n_cols: usize,
    pub row_ptr: Vec<usize>,
    pub indices: Vec<u32>,
    /// The featuriser's f32 values; solvers widen them to f64 where they are used (exactly:
    /// the results are those of an f64 matrix, with half the memory traffic).
    pub values: Vec<f32>,
}

impl CsrMatrix {
    pub fn from_rows(rows: &[SparseVector], n_cols: usize) -> Self {
        let mut m = CsrMatrix { n_cols, row_ptr: vec![0], ..Default::default() };
        for r in rows {
            m.push_row(r);
        }
        m
    }

    pub fn push_row(&mut self, row: &SparseVector) {
        self.indices.extend_from_slice(&row.indices);
        self.values.extend_from_slice(&row.values);
        self.row_ptr.push(self.indices.len());
    }

    pub fn n_rows(&self) -> usize {
        self.row_ptr.len() - 1
    }

    pub fn row(&self, i: usize) -> (&[u32], &[f32]) {
        let (s, e) = (self.row_ptr[i], self.row_ptr[i + 1]);
        (&self.indices[s..e], &self.values[s..e])
    }
}

/// The widest window training accepts (`--window`).
pub const MAX_WINDOW: usize = 10;

const KIND_NGRAM: u64 = 1;
const KIND_WINDOW: u64 = 3;
const KIND_SIDE: u64 = 4;

/// Hashes of the placeholder tokens, as `hash_str_lower` gives them.
const TARGET_HASH: u64 = hash_ascii_lower_const(TARGET_TOKEN);
const OTHER_HASH: u64 = hash_ascii_lower_const(OTHER_TOKEN);

// Feature keys. A token's hash is already a finished 64-bit hash (uniform, see
// `hash_str_lower`), so a feature of one word is that hash XOR a constant salt for its kind:
// one instruction instead of a mix and a finaliser, and featurisation makes four such keys
// per word. Two different words' keys of two kinds can only coincide when the words' hashes
// differ by exactly the XOR of two salts (chance 2^-64 per pair of words), and one word's
// keys of different kinds never do (the salts differ). An n-gram mixes its words' hashes
// (rotate, XOR, multiply: a bijection in the last word for the others fixed), which on
// uniform hashes needs no finaliser either. Keys never reach a model file (it stores feature
// names; loading computes keys through `key_of_name`), so the scheme is free to change.
//
// `ngram_key`, `window_key` and `side_key` are the reference; `emit_keys` calls the versions
// below with their constants folded in (`specialised_keys_equal_the_reference_keys` checks
// both agree).
const UNIGRAM_SALT: u64 = finish(mix(KIND_NGRAM, 1));
const BIGRAM_SALT: u64 = finish(mix(KIND_NGRAM, 2));
const TRIGRAM_SALT: u64 = finish(mix(KIND_NGRAM, 3));

#[inline]
fn unigram_key(a: u64) -> u64 {
    a ^ UNIGRAM_SALT
}

#[inline]
fn bigram_key(a: u64, b: u64) -> u64 {
    mix(a ^ BIGRAM_SALT, b)
}

#[inline]
fn trigram_key(a: u64, b: u64, c: u64) -> u64 {
    mix(mix(a ^ TRIGRAM_SALT, b), c)
}

/// The salt of a side feature (`L:word` / `R:word`).
const fn side_salt(left: bool) -> u64 {
    finish(mix(KIND_SIDE, left as u64))
}

const SIDE_SALTS: [u64; 2] = [side_salt(false), side_salt(true)];

#[inline]
fn side_key_fast(left: bool, h: u64) -> u64 {
    h ^ SIDE_SALTS[left as usize]
}

fn ngram_key(hashes: &[u64]) -> u64 {
    match *hashes {
        [a] => a ^ UNIGRAM_SALT,
        [a, b] => mix(a ^ BIGRAM_SALT, b),
        [a, ref rest @ ..] => rest.iter().fold(a ^ TRIGRAM_SALT, |k, &h| mix(k, h)),
        [] => UNIGRAM_SALT,
    }
}

/// The salt of a window feature (`L2:word`): one per side and distance.
const fn window_salt(left: bool, distance: usize) -> u64 {
    finish(mix(KIND_WINDOW, (left as u64) << 8 | distance as u64))
}

/// `window_salt(left, distance)` for every window training allows, indexed by `left as usize`.
const WINDOW_SALTS: [[u64; MAX_WINDOW + 1]; 2] = {
    let mut salts = [[0; MAX_WINDOW + 1]; 2];
    let mut distance = 0;
    while distance <= MAX_WINDOW {
        salts[0][distance] = window_salt(false, distance);
        salts[1][distance] = window_salt(true, distance);
        distance += 1;
    }
    salts
};

fn window_key(left: bool, distance: usize, h: u64) -> u64 {
    h ^ window_salt(left, distance)
}

fn side_key(left: bool, h: u64) -> u64 {
    h ^ side_salt(left)
}

/// Reusable buffers for featurisation (one per thread).
#[derive(Default)]
pub struct Scratch {
    /// Tokens of the text being featurised (see [`Featurizer::transform_pretokenized`]).
    pub tokens: Vec<Token>,
    /// Token index of each slot (None for a mention's placeholder), for rendering names; only
    /// filled when names are wanted.
    slot_tokens: Vec<Option<usize>>,
    /// Each slot's hash: its word's token hash, or `TARGET_HASH` / `OTHER_HASH` for a
    /// mention's placeholder. The only part of a slot that keys need.
    slot_hashes: Vec<u64>,
    /// Indices of the `<target>` slots, in order.
    target_slots: Vec<usize>,
    keys: Vec<u64>,
    /// Per-column marks for counting repeated features without sorting.
    stamp: Vec<u32>,
    position: Vec<u32>,
    generation: u32,
}

/// Build the slot sequence: words, with each mention collapsed to one placeholder.
fn build_slots(ex: &ExampleText, scratch: &mut Scratch, tokenized: bool, names: bool) {
    if !tokenized {
        tokenize_into(ex.text, &mut scratch.tokens);
    }
    scratch.slot_tokens.clear();
    scratch.target_slots.clear();
    // Written by index into a buffer of the largest possible length (one slot per token),
    // then cut to the slots made: no capacity check per slot.
    let hashes = &mut scratch.slot_hashes;
    hashes.clear();
    hashes.resize(scratch.tokens.len(), 0);
    let overlaps = |t: &Token, spans: &[(usize, usize)]| spans.iter().position(|&(s, e)| t.start < e && s < t.end);
    // Tokens outside the stretch the mentions cover (most of them) are copied without the
    // mention search; slots for names are made one by one.
    let spans = || ex.targets.iter().chain(ex.others);
    let covered = spans().map(|s| s.0).min().unwrap_or(usize::MAX)..spans().map(|s| s.1).max().unwrap_or(0);
    let tokens = &scratch.tokens[..];
    let mut i = if names { 0 } else { tokens.partition_point(|t| t.end <= covered.start) };
    for (slot, t) in hashes.iter_mut().zip(&tokens[..i]) {
        *slot = t.hash;
    }
    let mut n = i;
    let mut last_mention: Option<(bool, usize)> = None;
    while let Some(t) = tokens.get(i) {
        if !names && t.start >= covered.end && last_mention.is_none() {
            for (slot, t) in hashes[n..].iter_mut().zip(&tokens[i..]) {
                *slot = t.hash;
            }
            n += tokens.len() - i;
            break;
        }
        let mention = if t.end <= covered.start || t.start >= covered.end {
            None
        } else {
            overlaps(t, ex.targets).map(|k| (true, k)).or_else(|| overlaps(t, ex.others).map(|k| (false, k)))
        };
        i += 1;
        match mention {
            Some(m) => {
                if last_mention != Some(m) {
                    if m.0 {
                        scratch.target_slots.push(n);
                    }
                    hashes[n] = if m.0 { TARGET_HASH } else { OTHER_HASH };
                    n += 1;
                    if names {
                        scratch.slot_tokens.push(None);
                    }
                }
                last_mention = Some(m);
            }
            None => {
                // The possessive "s" after a mention ("Russia's") carries no meaning of its own.
                if last_mention.is_some() && &ex.text[t.start..t.end] == "s" && t.end - t.start == 1 {
                    continue;
                }
                last_mention = None;
                hashes[n] = t.hash;
                n += 1;
                if names {
                    scratch.slot_tokens.push(Some(i - 1));
                }
            }
        }
    }
    hashes.truncate(n);
}

/// How to render a feature's readable name, recorded next to its key while building a
/// vocabulary: names are rendered only for features not seen before, not for every occurrence.
#[derive(Debug, Clone, Copy)]
enum Recipe {
    /// Slots `start..start + len` joined by spaces.
    Ngram { start: usize, len: usize },
    /// `L3:word` / `R1:word` (distance > 0) or `L:word` / `R:word` (side only, distance 0).
    Positional { slot: usize, left: bool, distance: usize },
}

fn push_slot_name(ex: &ExampleText, scratch: &Scratch, slot: usize, out: &mut String) {
    match scratch.slot_tokens[slot] {
        Some(token) => scratch.tokens[token].push_text(ex.text, out),
        None if scratch.slot_hashes[slot] == TARGET_HASH => out.push_str(TARGET_TOKEN),
        None => out.push_str(OTHER_TOKEN),
    }
}

/// Append the readable name of a feature emitted by the last [`emit_keys`] call on `scratch`.
fn push_name(ex: &ExampleText, scratch: &Scratch, recipe: Recipe, out: &mut String) {
    match recipe {
        Recipe::Ngram { start, len } => {
            for j in start..start + len {
                if j > start {
                    out.push(' ');
                }
                push_slot_name(ex, scratch, j, out);
            }
        }
        Recipe::Positional { slot, left, distance } => {
            out.push(if left { 'L' } else { 'R' });
            if distance > 0 {
                use std::fmt::Write;
                write!(out, "{distance}").expect("writing to a String cannot fail");
            }
            out.push(':');
            push_slot_name(ex, scratch, slot, out);
        }
    }
}

#[cfg(test)]
fn render_name(ex: &ExampleText, scratch: &Scratch, recipe: Recipe) -> String {
    let mut out = String::new();
    push_name(ex, scratch, recipe, &mut out);
    out
}

/// Where [`emit_keys`] records how to render each key's name: a list while building a
/// vocabulary, nowhere on the prediction path (which then compiles without the bookkeeping).
trait RecipeSink {
    const WANTED: bool;
    fn push(&mut self, recipe: Recipe);
}

impl RecipeSink for Vec<Recipe> {
    const WANTED: bool = true;
    #[inline]
    fn push(&mut self, recipe: Recipe) {
        Vec::push(self, recipe);
    }
}

/// Names not wanted.
struct NoRecipes;

impl RecipeSink for NoRecipes {
    const WANTED: bool = false;
    #[inline(always)]
    fn push(&mut self, _: Recipe) {}
}

/// Emit the feature keys of an example into `scratch.keys` (with repeats, unsorted), and into
/// `recipes` how to render each key's name (a `Vec` while building a vocabulary, see
/// [`render_name`]; [`NoRecipes`] otherwise).
///
/// The order is fixed: n-grams by start slot then length, then for each word its window and
/// side features. Scoring sums in order of first occurrence, so the order is part of the
/// result's last bits.
fn emit_keys<R: RecipeSink>(settings: &FeatureSettings, ex: &ExampleText, scratch: &mut Scratch, tokenized: bool, recipes: &mut R) {
    build_slots(ex, scratch, tokenized, R::WANTED);
    let hashes = &scratch.slot_hashes[..];
    let n = hashes.len();
    // Keys are written by index into a buffer of the largest possible length (at most
    // `ngram_max` n-grams and a window and a side feature per slot), then cut to the keys
    // made: no capacity check and stored length per key.
    let keys = &mut scratch.keys;
    keys.clear();
    keys.resize(n * (settings.ngram_max + 2), 0);
    if R::WANTED {
        for i in 0..n {
            for len in 1..=settings.ngram_max.min(n - i) {
                recipes.push(Recipe::Ngram { start: i, len });
            }
        }
    }
    // The common settings get straight-line loops with the key functions' constants folded
    // in; any other n-gram length takes the general loop.
    let mut k;
    match settings.ngram_max {
        1 => {
            for (key, &a) in keys.iter_mut().zip(hashes) {
                *key = unigram_key(a);
            }
            k = n;
        }
        2 => {
            let full = n.saturating_sub(1);
            for (out, w) in keys[..2 * full].as_chunks_mut::<2>().0.iter_mut().zip(hashes.windows(2)) {
                *out = [unigram_key(w[0]), bigram_key(w[0], w[1])];
            }
            k = 2 * full;
            if let Some(&last) = hashes.last() {
                keys[k] = unigram_key(last);
                k += 1;
            }
        }
        3 => {
            let full = n.saturating_sub(2);
            for (out, w) in keys[..3 * full].as_chunks_mut::<3>().0.iter_mut().zip(hashes.windows(3)) {
                *out = [unigram_key(w[0]), bigram_key(w[0], w[1]), trigram_key(w[0], w[1], w[2])];
            }
            k = 3 * full;
            let tail = &hashes[full..];
            if let [a, b] = *tail {
                keys[k] = unigram_key(a);
                keys[k + 1] = bigram_key(a, b);
                k += 2;
            }
            if let Some(&last) = tail.last() {
                keys[k] = unigram_key(last);
                k += 1;
            }
        }
        _ => {
            k = 0;
            let mut buf = [0u64; 3];
            for i in 0..n {
                for len in 1..=settings.ngram_max.min(n - i) {
                    buf[..len].copy_from_slice(&hashes[i..i + len]);
                    keys[k] = ngram_key(&buf[..len]);
                    k += 1;
                }
            }
        }
    }
    let targets = &scratch.target_slots[..];
    if let (Some(&first), Some(&last)) = (targets.first(), targets.last()) {
        // Words before the first target stand left of it, words after the last right of it,
        // and a word between two targets goes with the nearer one (the one on its left on a tie).
        for i in 0..first {
            k = push_positional(settings, hashes, keys, k, recipes, i, true, first - i);
        }
        for pair in targets.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            let middle = (a + b) / 2;
            for i in a + 1..=middle {
                k = push_positional(settings, hashes, keys, k, recipes, i, false, i - a);
            }
            for i in middle + 1..b {
                k = push_positional(settings, hashes, keys, k, recipes, i, true, b - i);
            }
        }
        for i in last + 1..n {
            k = push_positional(settings, hashes, keys, k, recipes, i, false, i - last);
        }
    }
    keys.truncate(k);
}

/// Write slot `slot`'s window feature (when within the window) then its side feature into
/// `keys` from `k` on, relative to its nearest target (`left`: the word stands left of it);
/// returns the next free position.
#[inline(always)]
#[allow(clippy::too_many_arguments)]
fn push_positional<R: RecipeSink>(
    settings: &FeatureSettings,
    hashes: &[u64],
    keys: &mut [u64],
    mut k: usize,
    recipes: &mut R,
    slot: usize,
    left: bool,
    distance: usize,
) -> usize {
    let h = hashes[slot];
    if distance <= settings.window {
        // A model file edited by hand to a wider window than training allows gets its salt
        // computed per feature.
        keys[k] = h ^ if distance <= MAX_WINDOW { WINDOW_SALTS[left as usize][distance] } else { window_salt(left, distance) };
        k += 1;
        recipes.push(Recipe::Positional { slot, left, distance });
    }
    if settings.side_features {
        keys[k] = side_key_fast(left, h);
        k += 1;
        recipes.push(Recipe::Positional { slot, left, distance: 0 });
    }
    k
}

/// Recompute a feature's key from its name (inverse of the names emitted above).
pub fn key_of_name(name: &str) -> Option<u64> {
    let token_hash = |t: &str| hash_str_lower(t);
    if let Some((prefix, word)) = name.split_once(':') {
        let mut chars = prefix.chars();
        let side = chars.next()?;
        let left = match side {
            'L' => true,
            'R' => false,
            _ => return None,
        };
        let rest: String = chars.collect();
        if rest.is_empty() {
            return Some(side_key(left, token_hash(word)));
        }
        let distance: usize = rest.parse().ok()?;
        return Some(window_key(left, distance, token_hash(word)));
    }
    let hashes: Vec<u64> = name.split(' ').map(token_hash).collect();
    if hashes.is_empty() || hashes.len() > 3 {
        return None;
    }
    Some(ngram_key(&hashes))
}

/// Feature key -> column: an open-addressing table with linear probing, at most half full. Keys
/// are already well mixed, so the low bits pick the slot, and a lookup usually touches one
/// cache line (the standard map touched two: control bytes and bucket). Featurisation does one
/// lookup per feature occurrence, so this is the hottest structure of prediction.
#[derive(Debug, Clone, Default)]
struct FeatureIndex {
    mask: usize,
    slots: Vec<(u64, u32)>,
    /// Occupied slots.
    len: usize,
}

const EMPTY_SLOT: u32 = u32::MAX;

impl FeatureIndex {
    fn with_capacity(n: usize) -> Self {
        let size = (n * 2).next_power_of_two().max(16);
        FeatureIndex { mask: size - 1, slots: vec![(0, EMPTY_SLOT); size], len: 0 }
    }

    /// Insert; returns false if the key was present.
    fn insert(&mut self, key: u64, value: u32) -> bool {
        let mut i = key as usize & self.mask;
        loop {
            let slot = &mut self.slots[i];
            if slot.1 == EMPTY_SLOT {
                *slot = (key, value);
                self.len += 1;
                return true;
            }
            if slot.0 == key {
                return false;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// The value of `key`, or `value` after inserting it (the table grows to stay at most
    /// three quarters full). The flag says whether the key was inserted.
    fn get_or_insert(&mut self, key: u64, value: u32) -> (u32, bool) {
        if (self.len + 1) * 4 > self.slots.len() * 3 {
            self.grow();
        }
        let mut i = key as usize & self.mask;
        loop {
            let slot = &mut self.slots[i];
            if slot.1 == EMPTY_SLOT {
                *slot = (key, value);
                self.len += 1;
                return (value, true);
            }
            if slot.0 == key {
                return (slot.1, false);
            }
            i = (i + 1) & self.mask;
        }
    }

    fn grow(&mut self) {
        let old = std::mem::take(&mut self.slots);
        let size = (old.len() * 2).max(16);
        self.mask = size - 1;
        self.slots = vec![(0, EMPTY_SLOT); size];
        self.len = 0;
        for (key, value) in old.into_iter().filter(|s| s.1 != EMPTY_SLOT) {
            self.insert(key, value);
        }
    }

    /// Ask the cache for the line where a probe for `key` starts; probing a batch of keys
    /// after prefetching all of them overlaps their cache misses.
    #[inline]
    fn prefetch(&self, key: u64) {
        if !self.slots.is_empty() {
            prefetch_read(&self.slots[key as usize & self.mask]);
        }
    }

    #[inline]
    fn get(&self, key: u64) -> Option<u32> {
        if self.slots.is_empty() {
            return None;
        }
        let mut i = key as usize & self.mask;
        loop {
            let (k, v) = self.slots[i];
            if v == EMPTY_SLOT {
                return None;
            }
            if k == key {
                return Some(v);
            }
            i = (i + 1) & self.mask;
        }
    }
}

/// The learnt vocabulary: feature names (sorted), optional IDF weights, and the key index.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Vocabulary {
    pub names: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idf: Option<Vec<f32>>,
    #[serde(skip)]
    index: FeatureIndex,
}

impl PartialEq for Vocabulary {
    fn eq(&self, other: &Self) -> bool {
        self.names == other.names && self.idf == other.idf
    }
}

impl Vocabulary {
    /// Rebuild the key index from the names (after deserialisation).
    pub fn build_index(&mut self) -> std::result::Result<(), String> {
        let mut index = FeatureIndex::with_capacity(self.names.len());
        for (i, name) in self.names.iter().enumerate() {
            let key = key_of_name(name).ok_or_else(|| format!("malformed feature name '{name}'"))?;
            if !index.insert(key, i as u32) {
                return Err(format!("feature '{name}' is listed twice"));
            }
        }
        if let Some(idf) = &self.idf {
            if idf.len() != self.names.len() {
                return Err("the IDF table does not match the vocabulary".into());
            }
        }
        self.index = index;
        Ok(())
    }

    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// Every (feature key, column) pair, in no particular order.
    pub fn keys(&self) -> impl Iterator<Item = (u64, u32)> + '_ {
        self.index.slots.iter().filter(|s| s.1 != EMPTY_SLOT).copied()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

/// Vocabulary-building limits.
#[derive(Debug, Clone, Copy)]
pub struct VocabularyLimits {
    /// Keep features seen in at least this many training examples.
    pub min_count: u32,
    /// Keep at most this many features (the most frequent; ties broken by name).
    pub max_features: usize,
}

/// A featuriser: settings plus vocabulary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Featurizer {
    pub settings: FeatureSettings,
    pub vocabulary: Vocabulary,
}

impl Featurizer {
    /// Learn a vocabulary from training examples, deterministically: document frequency is
    /// counted per feature, rare ones dropped, the most frequent kept, then sorted by name.
    pub fn fit(settings: FeatureSettings, limits: VocabularyLimits, examples: &[ExampleText]) -> Result<Self> {
        Self::fit_transform(settings, limits, examples).map(|(featurizer, _)| featurizer)
    }

    /// [`Featurizer::fit`], and the training examples' vectors (one matrix row each) as
    /// [`Featurizer::transform`] would give them, from the keys computed while counting (each
    /// text is tokenised once).
    pub fn fit_transform(settings: FeatureSettings, limits: VocabularyLimits, examples: &[ExampleText]) -> Result<(Self, CsrMatrix)> {
        Self::fit_transform_with(settings, limits, examples.len(), |i, tokens, targets, others| {
            let ex = &examples[i];
            tokenize_into(ex.text, tokens);
            targets.clear();
            targets.extend_from_slice(ex.targets);
            others.clear();
            others.extend_from_slice(ex.others);
            ex.text
        })
    }

    /// [`Featurizer::fit_transform`] for examples that `example(i, tokens, targets, others)`
    /// produces one at a time: it returns the i-th text, having put its tokens (as
    /// [`tokenize_into`] gives them) and its target and other-actor spans in the buffers.
    /// Training finds the spans with the gazetteer, which tokenises the text anyway: the
    /// featuriser then reuses those tokens instead of tokenising every text a second time.
    pub fn fit_transform_with<'a>(
        settings: FeatureSettings,
        limits: VocabularyLimits,
        n_examples: usize,
        mut example: impl FnMut(usize, &mut Vec<Token>, &mut Vec<(usize, usize)>, &mut Vec<(usize, usize)>) -> &'a str,
    ) -> Result<(Self, CsrMatrix)> {
        /// Per distinct key, indexed by a provisional id (order of first appearance, so the
        /// features met in most examples sit together at the front): in how many examples it
        /// occurs, the last example that counted it, and where its name lies in the name arena.
        struct Counted {
            key: u64,
            examples: u32,
            last_example: u32,
            name: (u32, u32),
        }
        let mut scratch = Scratch::default();
        // Key -> provisional id. It outgrows the caches (145,000 distinct keys on NewsMTSC), so
        // each example's keys are prefetched before they are probed. At least 24 slots per
        // example hold 18 keys per example before the table grows at three quarters full
        // (NewsMTSC has about 17): 4 MB there, where 16 keys per example at half load took
        // 8 MB, a thousand more page faults than the slightly longer probes cost.
        let mut ids = FeatureIndex::with_capacity(n_examples * 12);
        let mut counted: Vec<Counted> = Vec::new();
        // Names of every distinct key, back to back in one string (one allocation, not one per
        // feature: most are dropped by min_count).
        let mut arena = String::new();
        let mut recipes = Vec::new();
        // Every example's features as provisional columns, back to back.
        let mut all_ids: Vec<u32> = Vec::new();
        let mut id_ends: Vec<usize> = Vec::with_capacity(n_examples);
        let (mut targets, mut others) = (Vec::new(), Vec::new());
        for index in 0..n_examples {
            let text = example(index, &mut scratch.tokens, &mut targets, &mut others);
            let ex = &ExampleText { text, targets: &targets, others: &others };
            recipes.clear();
            emit_keys(&settings, ex, &mut scratch, true, &mut recipes);
            for &key in &scratch.keys {
                ids.prefetch(key);
            }
            for (&key, &recipe) in scratch.keys.iter().zip(&recipes) {
                let (id, inserted) = ids.get_or_insert(key, counted.len() as u32);
                if inserted {
                    let start = arena.len();
                    push_name(ex, &scratch, recipe, &mut arena);
                    counted.push(Counted { key, examples: 0, last_example: u32::MAX, name: (start as u32, arena.len() as u32) });
                }
                let entry = &mut counted[id as usize];
                if entry.last_example != index as u32 {
                    entry.last_example = index as u32;
                    entry.examples += 1;
                }
                all_ids.push(id);
            }
            id_ends.push(all_ids.len());
        }
        let mut kept: Vec<(u32, &str, u64, u32)> = counted
            .iter()
            .enumerate()
            .filter(|(_, c)| c.examples >= limits.min_count)
            .map(|(id, c)| (c.examples, &arena[c.name.0 as usize..c.name.1 as usize], c.key, id as u32))
            .collect();
        if kept.len() > limits.max_features {
            kept.sort_unstable_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(b.1)));
            kept.truncate(limits.max_features);
        }
        kept.sort_unstable_by(|a, b| a.1.cmp(b.1));
        if kept.is_empty() {
            return Err(FrameError::Params(format!(
                "no feature occurs in at least {} training examples; lower --min-count",
                limits.min_count
            )));
        }
        let n_docs = n_examples as f64;
        let idf = settings.tfidf.then(|| {
            // Smoothed IDF as in scikit-learn: ln((1 + n) / (1 + df)) + 1.
            kept.iter().map(|&(count, ..)| (((1.0 + n_docs) / (1.0 + count as f64)).ln() + 1.0) as f32).collect()
        });
        // The keys are at hand: index them directly instead of re-deriving them from the names
        // as loading a model file does (`names_and_keys_agree` checks both give the same keys).
        let mut index = FeatureIndex::with_capacity(kept.len());
        const DROPPED: u32 = u32::MAX;
        let mut column_of = vec![DROPPED; counted.len()];
        for (column, &(_, _, key, id)) in kept.iter().enumerate() {
            index.insert(key, column as u32);
            column_of[id as usize] = column as u32;
        }
        let vocabulary = Vocabulary { names: kept.iter().map(|&(_, n, ..)| n.to_string()).collect(), idf, index };
        let featurizer = Featurizer { settings, vocabulary };
        let mut rows = CsrMatrix { n_cols: featurizer.n_features(), row_ptr: Vec::with_capacity(n_examples + 1), ..Default::default() };
        rows.row_ptr.push(0);
        rows.indices.reserve(all_ids.len());
        rows.values.reserve(all_ids.len());
        let mut row = SparseVector::default();
        let mut start = 0;
        for &end in &id_ends {
            let columns = all_ids[start..end].iter().map(|&id| column_of[id as usize]).filter(|&c| c != DROPPED);
            start = end;
            featurizer.vectorize_columns(columns, &mut scratch, &mut row);
            rows.push_row(&row);
        }
        Ok((featurizer, rows))
    }

    pub fn n_features(&self) -> usize {
        self.vocabulary.len()
    }

    /// Featurise one example into `out` (cleared first).
    pub fn transform_into(&self, ex: &ExampleText, scratch: &mut Scratch, out: &mut SparseVector) {
        self.transform_with(ex, scratch, false, out)
    }

    /// As [`Featurizer::transform_into`] when `scratch.tokens` already holds the tokens of
    /// `ex.text` (the gazetteer tokenised it while looking for actors).
    pub fn transform_pretokenized(&self, ex: &ExampleText, scratch: &mut Scratch, out: &mut SparseVector) {
        self.transform_with(ex, scratch, true, out)
    }

    /// The feature keys of an example, with repeats, in emission order (what
    /// [`crate::model::scoring::ScoringTable`] scores). `tokenized` as in
    /// [`Featurizer::transform_pretokenized`].
    pub fn feature_keys<'s>(&self, ex: &ExampleText, scratch: &'s mut Scratch, tokenized: bool) -> &'s [u64] {
        emit_keys(&self.settings, ex, scratch, tokenized, &mut NoRecipes);
        &scratch.keys
    }

    fn transform_with(&self, ex: &ExampleText, scratch: &mut Scratch, tokenized: bool, out: &mut SparseVector) {
        emit_keys(&self.settings, ex, scratch, tokenized, &mut NoRecipes);
        self.vectorize_keys(scratch, out);
    }

    /// Turn the keys in `scratch.keys` into a vector (cleared first).
    fn vectorize_keys(&self, scratch: &mut Scratch, out: &mut SparseVector) {
        let keys = std::mem::take(&mut scratch.keys);
        self.vectorize_columns(keys.iter().filter_map(|&key| self.vocabulary.index.get(key)), scratch, out);
        scratch.keys = keys;
    }

    /// Turn a sequence of vocabulary columns (with repeats) into a vector (cleared first):
    /// each column once with its count, IDF-weighted and normalised as the settings say.
    fn vectorize_columns(&self, columns: impl Iterator<Item = u32>, scratch: &mut Scratch, out: &mut SparseVector) {
        out.indices.clear();
        out.values.clear();
        // Count repeats with a per-column stamp instead of sorting: columns come out in order of
        // first occurrence, each once.
        let n = self.vocabulary.len();
        if scratch.stamp.len() != n {
            scratch.stamp = vec![0; n];
            scratch.position = vec![0; n];
            scratch.generation = 0;
        }
        scratch.generation = scratch.generation.wrapping_add(1);
        if scratch.generation == 0 {
            scratch.stamp.iter_mut().for_each(|s| *s = 0);
            scratch.generation = 1;
        }
        let generation = scratch.generation;
        for i in columns {
            let i = i as usize;
            if scratch.stamp[i] == generation {
                out.values[scratch.position[i] as usize] += 1.0;
            } else {
                scratch.stamp[i] = generation;
                scratch.position[i] = out.indices.len() as u32;
                out.indices.push(i as u32);
                out.values.push(1.0);
            }
        }
        if let Some(idf) = &self.vocabulary.idf {
            for (v, &i) in out.values.iter_mut().zip(&out.indices) {
                *v *= idf[i as usize];
            }
        }
        if self.settings.l2_normalize {
            let norm = out.values.iter().map(|v| v * v).sum::<f32>().sqrt();
            if norm > 0.0 {
                out.values.iter_mut().for_each(|v| *v /= norm);
            }
        }
    }

    pub fn transform(&self, ex: &ExampleText) -> SparseVector {
        let mut out = SparseVector::default();
        self.transform_into(ex, &mut Scratch::default(), &mut out);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> FeatureSettings {
        FeatureSettings { ngram_max: 2, window: 2, side_features: true, tfidf: false, l2_normalize: false }
    }

    fn names_for(text: &str, target: (usize, usize), other: (usize, usize)) -> Vec<String> {
        let mut s = Scratch::default();
        let mut recipes = Vec::new();
        let targets = [target];
        let others = [other];
        let ex = ExampleText { text, targets: &targets, others: &others };
        emit_keys(&settings(), &ex, &mut s, false, &mut recipes);
        recipes.iter().map(|&r| render_name(&ex, &s, r)).collect()
    }

    #[test]
    fn target_aware_features_differ_by_target() {
        let text = "Russia accused the EU";
        let for_russia = names_for(text, (0, 6), (19, 21));
        let for_eu = names_for(text, (19, 21), (0, 6));
        assert!(for_russia.contains(&"<target> accused".to_string()));
        assert!(for_russia.contains(&"R1:accused".to_string()));
        assert!(for_eu.contains(&"<actor> accused".to_string()));
        assert!(for_eu.contains(&"L2:accused".to_string()));
        assert_ne!(for_russia, for_eu);
    }

    #[test]
    fn names_and_keys_agree() {
        let text = "Moscow's envoy praised Kyiv's restraint";
        let mut s = Scratch::default();
        let mut recipes = Vec::new();
        let ex = ExampleText { text, targets: &[(0, 6)], others: &[(23, 27)] };
        emit_keys(&settings(), &ex, &mut s, false, &mut recipes);
        let names: Vec<String> = recipes.iter().map(|&r| render_name(&ex, &s, r)).collect();
        assert_eq!(s.keys.len(), names.len());
        for (k, n) in s.keys.iter().zip(&names) {
            assert_eq!(Some(*k), key_of_name(n), "{n}");
        }
        // The possessive "s" after a mention is dropped.
        assert!(names.contains(&"<target> envoy".to_string()), "{names:?}");
    }

    #[test]
    fn specialised_keys_equal_the_reference_keys() {
        for (a, b, c) in [(0, 0, 0), (1, 2, 3), (u64::MAX, TARGET_HASH, OTHER_HASH), (hash_str_lower("eu"), 7, u64::MAX / 3)] {
            assert_eq!(unigram_key(a), ngram_key(&[a]));
            assert_eq!(bigram_key(a, b), ngram_key(&[a, b]));
            assert_eq!(trigram_key(a, b, c), ngram_key(&[a, b, c]));
            for left in [false, true] {
                assert_eq!(side_key_fast(left, a), side_key(left, a));
            }
            // A word's keys of different kinds differ.
            let mut kinds = vec![unigram_key(a), side_key(false, a), side_key(true, a)];
            kinds.extend((0..=MAX_WINDOW).flat_map(|d| [window_key(false, d, a), window_key(true, d, a)]));
            let n = kinds.len();
            kinds.sort_unstable();
            kinds.dedup();
            assert_eq!(kinds.len(), n);
        }
        assert_eq!(TARGET_HASH, hash_str_lower(TARGET_TOKEN));
        assert_eq!(OTHER_HASH, hash_str_lower(OTHER_TOKEN));
    }

    /// Feature names in emission order, written the plain way (distances from full arrays,
    /// n-grams by a nested loop): what `emit_keys` must produce for every setting.
    fn reference_names(settings: &FeatureSettings, ex: &ExampleText) -> Vec<String> {
        let mut s = Scratch::default();
        build_slots(ex, &mut s, false, true);
        let words: Vec<String> = (0..s.slot_hashes.len()).map(|i| {
            let mut w = String::new();
            push_slot_name(ex, &s, i, &mut w);
            w
        }).collect();
        let n = words.len();
        let mut names = Vec::new();
        for i in 0..n {
            for len in 1..=settings.ngram_max.min(n - i) {
                names.push(words[i..i + len].join(" "));
            }
        }
        let is_target: Vec<bool> = (0..n).map(|i| s.slot_tokens[i].is_none() && s.slot_hashes[i] == TARGET_HASH).collect();
        if !is_target.contains(&true) {
            return names;
        }
        for i in 0..n {
            if is_target[i] {
                continue;
            }
            let dl = (0..=i).rev().find(|&j| is_target[j]).map_or(usize::MAX, |j| i - j);
            let dr = (i..n).find(|&j| is_target[j]).map_or(usize::MAX, |j| j - i);
            let (side, d) = if dl <= dr { ('R', dl) } else { ('L', dr) };
            if d <= settings.window {
                names.push(format!("{side}{d}:{}", words[i]));
            }
            if settings.side_features {
                names.push(format!("{side}:{}", words[i]));
            }
        }
        names
    }

    #[test]
    fn emitted_keys_follow_the_reference_order_for_every_setting() {
        let text = "Moscow's envoy told Kyiv that Moscow and the EU would talk to Kyiv again, Moscow said";
        let cases: [(&[(usize, usize)], &[(usize, usize)]); 6] = [
            (&[(0, 6)], &[(20, 24)]),
            (&[(0, 6), (30, 36)], &[(20, 24), (45, 47)]),
            (&[(20, 24), (62, 66)], &[(0, 6)]),
            (&[], &[(0, 6)]),
            (&[(74, 80)], &[]),
            (&[(0, 6)], &[]),
        ];
        for ngram_max in 1..=3 {
            for window in 0..=3 {
                for side_features in [false, true] {
                    let settings = FeatureSettings { ngram_max, window, side_features, tfidf: false, l2_normalize: false };
                    for (targets, others) in cases {
                        for text in [text, "", "Moscow", "Moscow said", "he said Moscow"] {
                            let clip = |spans: &[(usize, usize)]| spans.iter().copied().filter(|&(_, e)| e <= text.len()).collect::<Vec<_>>();
                            let (targets, others) = (clip(targets), clip(others));
                            let ex = ExampleText { text, targets: &targets, others: &others };
                            let mut s = Scratch::default();
                            let mut recipes = Vec::new();
                            emit_keys(&settings, &ex, &mut s, false, &mut recipes);
                            let names: Vec<String> = recipes.iter().map(|&r| render_name(&ex, &s, r)).collect();
                            assert_eq!(names, reference_names(&settings, &ex), "{settings:?} {text:?} {targets:?}");
                            let keys: Vec<Option<u64>> = names.iter().map(|n| key_of_name(n)).collect();
                            assert_eq!(s.keys.iter().map(|&k| Some(k)).collect::<Vec<_>>(), keys);
                            // Without names, slots outside the mentions' stretch are copied in
                            // bulk: the same keys.
                            let mut fast = Scratch::default();
                            emit_keys(&settings, &ex, &mut fast, false, &mut NoRecipes);
                            assert_eq!(fast.keys, s.keys, "{settings:?} {text:?} {targets:?} {others:?}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn counting_table_keeps_every_key_as_it_grows() {
        let mut table = FeatureIndex::with_capacity(1);
        let key = |i: u64| finish(i);
        for i in 0..1000u32 {
            assert_eq!(table.get_or_insert(key(i as u64), i), (i, true));
            assert!(table.len * 4 <= table.slots.len() * 3);
        }
        for i in 0..1000u32 {
            assert_eq!(table.get_or_insert(key(i as u64), u32::MAX - 1), (i, false));
            assert_eq!(table.get(key(i as u64)), Some(i));
        }
        assert_eq!(table.get(key(1000)), None);
    }

    #[test]
    fn fit_transform_rows_equal_transform_and_index_equals_loaded_index() {
        let texts = ["Russia accused the EU of lying", "the EU praised Russia", "Russia and the EU met", "Moscow's envoy praised the EU's restraint"];
        let spans = [[(0, 6)], [(16, 22)], [(0, 6)], [(0, 6)]];
        let exs: Vec<ExampleText> = texts.iter().zip(&spans).map(|(t, s)| ExampleText { text: t, targets: s, others: &[] }).collect();
        let settings = FeatureSettings { tfidf: true, l2_normalize: true, ..settings() };
        let (f, rows) = Featurizer::fit_transform(settings, VocabularyLimits { min_count: 1, max_features: 1000 }, &exs).unwrap();
        let mut loaded = f.clone();
        loaded.vocabulary.build_index().unwrap();
        assert_eq!(rows.n_rows(), exs.len());
        for (i, ex) in exs.iter().enumerate() {
            let (indices, values) = rows.row(i);
            let row = SparseVector { indices: indices.to_vec(), values: values.to_vec() };
            assert_eq!(f.transform(ex), row);
            assert_eq!(loaded.transform(ex), row);
        }
    }

    #[test]
    fn vocabulary_is_deterministic_and_sorted() {
        let texts = ["Russia accused the EU", "the EU praised Russia", "Russia and the EU met"];
        let exs: Vec<ExampleText> = texts.iter().map(|t| ExampleText { text: t, targets: &[], others: &[] }).collect();
        let limits = VocabularyLimits { min_count: 2, max_features: 100 };
        let a = Featurizer::fit(settings(), limits, &exs).unwrap();
        let b = Featurizer::fit(settings(), limits, &exs).unwrap();
        assert_eq!(a, b);
        assert_eq!(a.vocabulary.names, ["eu", "russia", "the", "the eu"]);
        let v = a.transform(&exs[0]);
        let mut idx = v.indices.clone();
        idx.sort_unstable();
        assert_eq!(idx, [0, 1, 2, 3]);
        // "Russia accused the EU the EU": repeats become counts.
        let rep = a.transform(&ExampleText { text: "Russia accused the EU the EU", targets: &[], others: &[] });
        let the_eu = rep.indices.iter().position(|&i| a.vocabulary.names[i as usize] == "the eu").unwrap();
        assert_eq!(rep.values[the_eu], 2.0);
        assert_eq!(rep.indices.len(), 4);
    }
}
