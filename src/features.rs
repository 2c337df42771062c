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
use crate::hashing::{finish, hash_str_lower, mix, KeyMap, OTHER_TOKEN, TARGET_TOKEN};
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    Word(u64),
    Target,
    Other,
}

const KIND_NGRAM: u64 = 1;
const KIND_WINDOW: u64 = 3;
const KIND_SIDE: u64 = 4;

fn target_hash() -> u64 {
    hash_str_lower(TARGET_TOKEN)
}
fn other_hash() -> u64 {
    hash_str_lower(OTHER_TOKEN)
}

fn slot_hash(s: Slot) -> u64 {
    match s {
        Slot::Word(h) => h,
        Slot::Target => target_hash(),
        Slot::Other => other_hash(),
    }
}

fn ngram_key(hashes: &[u64]) -> u64 {
    let mut k = mix(KIND_NGRAM, hashes.len() as u64);
    for &h in hashes {
        k = mix(k, h);
    }
    finish(k)
}

fn window_key(left: bool, distance: usize, h: u64) -> u64 {
    finish(mix(mix(KIND_WINDOW, (left as u64) << 8 | distance as u64), h))
}

fn side_key(left: bool, h: u64) -> u64 {
    finish(mix(mix(KIND_SIDE, left as u64), h))
}

/// Reusable buffers for featurisation (one per thread).
#[derive(Default)]
pub struct Scratch {
    /// Tokens of the text being featurised (see [`Featurizer::transform_pretokenized`]).
    pub tokens: Vec<Token>,
    slots: Vec<Slot>,
    /// Token index of each slot, for rendering names.
    slot_tokens: Vec<Option<usize>>,
    keys: Vec<u64>,
    /// Per-column marks for counting repeated features without sorting.
    stamp: Vec<u32>,
    position: Vec<u32>,
    generation: u32,
    dist_left: Vec<usize>,
    dist_right: Vec<usize>,
}

/// Build the slot sequence: words, with each mention collapsed to one placeholder.
fn build_slots(ex: &ExampleText, scratch: &mut Scratch, tokenized: bool) {
    if !tokenized {
        tokenize_into(ex.text, &mut scratch.tokens);
    }
    scratch.slots.clear();
    scratch.slot_tokens.clear();
    let overlaps = |t: &Token, spans: &[(usize, usize)]| spans.iter().position(|&(s, e)| t.start < e && s < t.end);
    let mut last_mention: Option<(bool, usize)> = None;
    for (i, t) in scratch.tokens.iter().enumerate() {
        let mention = overlaps(t, ex.targets).map(|k| (true, k)).or_else(|| overlaps(t, ex.others).map(|k| (false, k)));
        match mention {
            Some(m) => {
                if last_mention != Some(m) {
                    scratch.slots.push(if m.0 { Slot::Target } else { Slot::Other });
                    scratch.slot_tokens.push(None);
                }
                last_mention = Some(m);
            }
            None => {
                // The possessive "s" after a mention ("Russia's") carries no meaning of its own.
                if last_mention.is_some() && &ex.text[t.start..t.end] == "s" && t.end - t.start == 1 {
                    continue;
                }
                last_mention = None;
                scratch.slots.push(Slot::Word(t.hash));
                scratch.slot_tokens.push(Some(i));
            }
        }
    }
}

/// Emit the feature keys of an example into `scratch.keys` (with repeats, unsorted). When
/// `names` is given, also push each key's readable name (used while building a vocabulary).
fn emit_keys(settings: &FeatureSettings, ex: &ExampleText, scratch: &mut Scratch, tokenized: bool, mut names: Option<&mut Vec<String>>) {
    build_slots(ex, scratch, tokenized);
    scratch.keys.clear();
    let slots = &scratch.slots;
    let name_of = |s: Slot, scratch_tokens: &[Token], slot_token: Option<usize>| -> String {
        match s {
            Slot::Target => TARGET_TOKEN.to_string(),
            Slot::Other => OTHER_TOKEN.to_string(),
            Slot::Word(_) => scratch_tokens[slot_token.expect("word slot has a token")].text(ex.text),
        }
    };
    let n = slots.len();
    let mut buf = [0u64; 3];
    for i in 0..n {
        for len in 1..=settings.ngram_max.min(n - i) {
            for k in 0..len {
                buf[k] = slot_hash(slots[i + k]);
            }
            scratch.keys.push(ngram_key(&buf[..len]));
            if let Some(names) = names.as_deref_mut() {
                let parts: Vec<String> = (i..i + len).map(|j| name_of(slots[j], &scratch.tokens, scratch.slot_tokens[j])).collect();
                names.push(parts.join(" "));
            }
        }
    }
    // Distance from each slot to the nearest target on its left and on its right.
    scratch.dist_left.clear();
    scratch.dist_right.clear();
    let mut last: Option<usize> = None;
    for (i, s) in slots.iter().enumerate() {
        if *s == Slot::Target {
            last = Some(i);
        }
        scratch.dist_left.push(last.map_or(usize::MAX, |t| i - t));
    }
    if last.is_none() {
        return;
    }
    scratch.dist_right.resize(n, usize::MAX);
    let mut next: Option<usize> = None;
    for i in (0..n).rev() {
        if slots[i] == Slot::Target {
            next = Some(i);
        }
        scratch.dist_right[i] = next.map_or(usize::MAX, |t| t - i);
    }
    for i in 0..n {
        if slots[i] == Slot::Target {
            continue;
        }
        // `left` means the word stands left of its nearest target (ties go to the right side).
        let (left, distance) = if scratch.dist_left[i] <= scratch.dist_right[i] {
            (false, scratch.dist_left[i])
        } else {
            (true, scratch.dist_right[i])
        };
        let h = slot_hash(slots[i]);
        if distance <= settings.window {
            scratch.keys.push(window_key(left, distance, h));
            if let Some(names) = names.as_deref_mut() {
                names.push(format!("{}{}:{}", if left { 'L' } else { 'R' }, distance, name_of(slots[i], &scratch.tokens, scratch.slot_tokens[i])));
            }
        }
        if settings.side_features {
            scratch.keys.push(side_key(left, h));
            if let Some(names) = names.as_deref_mut() {
                names.push(format!("{}:{}", if left { 'L' } else { 'R' }, name_of(slots[i], &scratch.tokens, scratch.slot_tokens[i])));
            }
        }
    }
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
}

const EMPTY_SLOT: u32 = u32::MAX;

impl FeatureIndex {
    fn with_capacity(n: usize) -> Self {
        let size = (n * 2).next_power_of_two().max(16);
        FeatureIndex { mask: size - 1, slots: vec![(0, EMPTY_SLOT); size] }
    }

    /// Insert; returns false if the key was present.
    fn insert(&mut self, key: u64, value: u32) -> bool {
        let mut i = key as usize & self.mask;
        loop {
            let slot = &mut self.slots[i];
            if slot.1 == EMPTY_SLOT {
                *slot = (key, value);
                return true;
            }
            if slot.0 == key {
                return false;
            }
            i = (i + 1) & self.mask;
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
        let mut scratch = Scratch::default();
        let mut df: KeyMap<(u32, u32)> = KeyMap::default(); // key -> (doc freq, name index)
        let mut names: Vec<String> = Vec::new();
        let mut ex_names = Vec::new();
        let mut seen: KeyMap<()> = KeyMap::default();
        for ex in examples {
            ex_names.clear();
            emit_keys(&settings, ex, &mut scratch, false, Some(&mut ex_names));
            seen.clear();
            for (key, name) in scratch.keys.iter().zip(ex_names.drain(..)) {
                if seen.insert(*key, ()).is_some() {
                    continue;
                }
                let entry = df.entry(*key).or_insert_with(|| {
                    names.push(name);
                    (0, names.len() as u32 - 1)
                });
                entry.0 += 1;
            }
        }
        let mut kept: Vec<(u32, &str)> = df
            .values()
            .filter(|(count, _)| *count >= limits.min_count)
            .map(|&(count, name)| (count, names[name as usize].as_str()))
            .collect();
        kept.sort_unstable_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(b.1)));
        kept.truncate(limits.max_features);
        kept.sort_unstable_by(|a, b| a.1.cmp(b.1));
        if kept.is_empty() {
            return Err(FrameError::Params(format!(
                "no feature occurs in at least {} training examples; lower --min-count",
                limits.min_count
            )));
        }
        let n_docs = examples.len() as f64;
        let idf = settings.tfidf.then(|| {
            // Smoothed IDF as in scikit-learn: ln((1 + n) / (1 + df)) + 1.
            kept.iter().map(|&(count, _)| (((1.0 + n_docs) / (1.0 + count as f64)).ln() + 1.0) as f32).collect()
        });
        let mut vocabulary = Vocabulary { names: kept.iter().map(|(_, n)| n.to_string()).collect(), idf, index: FeatureIndex::default() };
        vocabulary.build_index().map_err(FrameError::Training)?;
        Ok(Featurizer { settings, vocabulary })
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
        emit_keys(&self.settings, ex, scratch, tokenized, None);
        &scratch.keys
    }

    fn transform_with(&self, ex: &ExampleText, scratch: &mut Scratch, tokenized: bool, out: &mut SparseVector) {
        emit_keys(&self.settings, ex, scratch, tokenized, None);
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
        for key in &scratch.keys {
            if let Some(i) = self.vocabulary.index.get(*key) {
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
        let mut names = Vec::new();
        let targets = [target];
        let others = [other];
        emit_keys(&settings(), &ExampleText { text, targets: &targets, others: &others }, &mut s, false, Some(&mut names));
        names
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
        let mut names = Vec::new();
        emit_keys(&settings(), &ExampleText { text, targets: &[(0, 6)], others: &[(23, 27)] }, &mut s, false, Some(&mut names));
        assert_eq!(s.keys.len(), names.len());
        for (k, n) in s.keys.iter().zip(&names) {
            assert_eq!(Some(*k), key_of_name(n), "{n}");
        }
        // The possessive "s" after a mention is dropped.
        assert!(names.contains(&"<target> envoy".to_string()), "{names:?}");
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
