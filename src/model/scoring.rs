//! The prediction-time feature table: everything scoring needs about a feature, in one place.
//!
//! Featurising and scoring through the vocabulary's key index costs up to four scattered reads
//! per feature occurrence: the index slot (key -> column), a per-column dedupe stamp, the
//! column's IDF and its weight row, in four arrays that together outgrow the L2 cache. Here
//! a lookup reads a compact slot array (4 bytes a slot: a tag from the key's high bits above
//! an entry number; 512 KB for a 54,000-feature vocabulary, so it stays in L2), and only on a
//! tag match the entry: key, column, IDF and up to four class weights in one 32-byte, 32-byte
//! aligned block. Keys not in the vocabulary, which are common, usually stop at the slot array.
//! Entries are stored most frequent feature first (by IDF, which falls as document frequency
//! rises), so the features met in almost every sentence share a few hot cache lines.
//!
//! Scoring through this table does the same floating-point operations in the same order as
//! [`crate::features::Featurizer::transform_into`] followed by
//! [`crate::model::Model::probabilities_into`], so predictions are bit-for-bit the same.

use crate::features::{Featurizer, SparseVector};
use crate::model::Weights;

/// Class weights kept inline in an entry; models with more labels keep the rest in a side
/// array (one more read per feature).
const INLINE_CLASSES: usize = 4;

const EMPTY: u32 = u32::MAX;
/// No candidate entry: the key is not in the vocabulary.
const NO_ENTRY: u32 = u32::MAX;

#[derive(Debug, Clone, Copy, Default, PartialEq)]
#[repr(C, align(32))]
struct Entry {
    key: u64,
    column: u32,
    /// 1 when the model has no IDF weighting (multiplying by 1 changes no bit).
    idf: f32,
    weights: [f32; INLINE_CLASSES],
}

/// Feature key -> (column, IDF, class weights), built from a featuriser and its weights.
///
/// Invariants, set up by [`ScoringTable::new`] and never changed (the fields are private):
/// `slots.len() == mask + 1`, and every slot other than `EMPTY` holds the number of an entry
/// in `entries`. The lookups rely on them to read without bounds checks.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoringTable {
    mask: usize,
    entry_bits: u32,
    /// Open addressing with linear probing, at most half full. A slot is `tag << entry_bits |
    /// entry` with the tag taken from the key's high bits (the slot number comes from its low
    /// bits); `EMPTY` marks a free slot (no real slot has all entry bits set).
    slots: Vec<u32>,
    entries: Vec<Entry>,
    /// Weights of classes beyond `INLINE_CLASSES`, `n_classes - INLINE_CLASSES` per entry.
    extra_weights: Vec<f32>,
    n_classes: usize,
    intercept: Vec<f32>,
    l2_normalize: bool,
}

impl ScoringTable {
    pub fn new(featurizer: &Featurizer, weights: &Weights) -> Self {
        let vocabulary = &featurizer.vocabulary;
        let n = vocabulary.len();
        let k = weights.n_classes;
        let idf = |column: usize| vocabulary.idf.as_ref().map_or(1.0, |idf| idf[column]);
        // Most frequent first (lowest IDF); ties and models without IDF in column order. The
        // sort keys are computed once: trained IDFs are at least 1, so their bits order like
        // them (the order only places entries in memory; any order scores the same), and the
        // column makes every key distinct, so an unstable sort gives one order.
        let mut columns: Vec<(u32, u32, u64)> = vocabulary.keys().map(|(key, column)| (idf(column as usize).to_bits(), column, key)).collect();
        columns.sort_unstable_by_key(|&(idf_bits, column, _)| (idf_bits, column));
        let columns = columns.into_iter().map(|(_, column, key)| (key, column));
        let entry_bits = u32::BITS - (n as u32).leading_zeros();
        assert!(entry_bits < u32::BITS, "vocabulary too large for the scoring table");
        let size = (n * 2).next_power_of_two().max(16);
        let mut table = ScoringTable {
            mask: size - 1,
            entry_bits,
            slots: vec![EMPTY; size],
            entries: Vec::with_capacity(n),
            extra_weights: Vec::with_capacity(n * k.saturating_sub(INLINE_CLASSES)),
            n_classes: k,
            intercept: weights.intercept().to_vec(),
            l2_normalize: featurizer.settings.l2_normalize,
        };
        for (key, column) in columns {
            let row = weights.row(column as usize);
            let mut inline = [0.0; INLINE_CLASSES];
            let split = k.min(INLINE_CLASSES);
            inline[..split].copy_from_slice(&row[..split]);
            table.extra_weights.extend_from_slice(&row[split..]);
            let entry = table.entries.len() as u32;
            table.entries.push(Entry { key, column, idf: idf(column as usize), weights: inline });
            let mut i = key as usize & table.mask;
            while table.slots[i] != EMPTY {
                i = (i + 1) & table.mask;
            }
            table.slots[i] = table.tag(key) << entry_bits | entry;
        }
        table
    }

    /// Slot `i` (taken modulo the table size).
    #[inline(always)]
    fn slot(&self, i: usize) -> u32 {
        // SAFETY: `i & mask < mask + 1 == slots.len()` (the type's invariant).
        unsafe { *self.slots.get_unchecked(i & self.mask) }
    }

    /// The entry whose number a slot holds, given that slot's value (other than `EMPTY`) or
    /// the entry number taken from it.
    #[inline(always)]
    fn entry(&self, slot_value: u32) -> &Entry {
        let e = (slot_value & self.entry_mask()) as usize;
        debug_assert!(slot_value != EMPTY && e < self.entries.len());
        // SAFETY: every caller passes a slot value it compared with `EMPTY`, or an entry number
        // taken from one (the candidates other than `NO_ENTRY`, and `found`); by the type's
        // invariant such a number is an entry's.
        unsafe { self.entries.get_unchecked(e) }
    }

    #[inline]
    fn tag(&self, key: u64) -> u32 {
        // The key's top bits; its low bits choose the slot.
        (key >> 32) as u32 >> self.entry_bits
    }

    /// The entry holding `key`, if the key is a vocabulary feature.
    #[inline]
    fn find(&self, key: u64) -> Option<u32> {
        self.find_from(key, key as usize & self.mask)
    }

    /// As [`ScoringTable::find`], probing from slot `i` on.
    #[inline]
    fn find_from(&self, key: u64, mut i: usize) -> Option<u32> {
        loop {
            let (slot, value) = self.first_tag_match(key, i)?;
            if self.entry(value).key == key {
                return Some(value & self.entry_mask());
            }
            i = (slot + 1) & self.mask;
        }
    }

    #[inline]
    fn entry_mask(&self) -> u32 {
        (1u32 << self.entry_bits) - 1
    }

    /// The first slot from `i` on whose tag matches `key`'s (reading no entry), if any: its
    /// number and its value.
    #[inline]
    fn first_tag_match(&self, key: u64, mut i: usize) -> Option<(usize, u32)> {
        let tag = self.tag(key);
        loop {
            let slot = self.slot(i);
            if slot == EMPTY {
                return None;
            }
            if slot >> self.entry_bits == tag {
                return Some((i, slot));
            }
            i = (i + 1) & self.mask;
        }
    }

    /// The entry of the first slot whose tag matches `key`'s (reading no entry), or
    /// `NO_ENTRY`: the entry holds `key` unless two keys share a tag.
    #[inline]
    fn candidate(&self, key: u64) -> u32 {
        match self.first_tag_match(key, key as usize & self.mask) {
            Some((_, slot)) => slot & self.entry_mask(),
            None => NO_ENTRY,
        }
    }

    /// Column of a vocabulary key (None for other keys).
    pub fn column(&self, key: u64) -> Option<u32> {
        self.find(key).map(|e| self.entries[e as usize].column)
    }

    /// IDF and class weights of a vocabulary key, as the table stores them.
    pub fn idf_and_weights(&self, key: u64) -> Option<(f32, Vec<f32>)> {
        self.find(key).map(|e| {
            let entry = &self.entries[e as usize];
            let mut w = entry.weights[..self.n_classes.min(INLINE_CLASSES)].to_vec();
            w.extend_from_slice(self.extra_weights(e));
            (entry.idf, w)
        })
    }

    #[inline]
    fn prefetch_entry(&self, entry: u32) {
        crate::hashing::prefetch_read(self.entry(entry));
    }

    fn extra_weights(&self, entry: u32) -> &[f32] {
        let extra = self.n_classes.saturating_sub(INLINE_CLASSES);
        &self.extra_weights[entry as usize * extra..(entry as usize + 1) * extra]
    }

    /// Class probabilities of the example whose feature keys (with repeats) are `keys`, into
    /// `probs`. With `vector`, also its feature vector (columns and values) for explanations.
    pub fn score(&self, keys: &[u64], scratch: &mut ScoringScratch, probs: &mut Vec<f32>, vector: Option<&mut SparseVector>) {
        let n_entries = self.entries.len();
        if scratch.seen.len() != n_entries {
            scratch.seen = vec![0; n_entries];
            scratch.base = 1;
        }
        // `seen[e] - base` is entry e's position in this example's list when `seen[e] >= base`
        // (one array read per occurrence instead of a stamp and a position). The base moves
        // past every position handed out, so nothing from earlier examples counts as seen.
        let span = keys.len() as u32 + 1;
        if scratch.base.checked_add(span).is_none() {
            scratch.seen.iter_mut().for_each(|s| *s = 0);
            scratch.base = 1;
        }
        let base = scratch.base;
        scratch.base += span;
        // Fixed-size buffers written by index: one length per pass instead of a push (a
        // capacity check and a stored length) per key.
        let n = keys.len();
        let ScoringScratch { seen, candidates, entries: found, values, .. } = scratch;
        if candidates.len() < n {
            candidates.resize(n, NO_ENTRY);
            found.resize(n, 0);
            values.resize(n, 0.0);
        }
        // Two passes: the first finds each key's candidate entry in the (cache-resident) slot
        // array and starts loading the entry, the second checks the keys and counts. Split
        // this way, the entry loads of many keys are in flight at once instead of one at a
        // time behind each probe's branches.
        let candidates = &mut candidates[..n];
        for (candidate, &key) in candidates.iter_mut().zip(keys) {
            let entry = self.candidate(key);
            if entry != NO_ENTRY {
                self.prefetch_entry(entry);
            }
            *candidate = entry;
        }
        let (found, values) = (&mut found[..n], &mut values[..n]);
        let mut n_found = 0;
        for (&key, &candidate) in keys.iter().zip(candidates.iter()) {
            if candidate == NO_ENTRY {
                continue;
            }
            let e = if self.entry(candidate).key == key {
                candidate
            } else {
                // A tag collision: the key may still sit further along the probe sequence.
                match self.find(key) {
                    Some(e) => e,
                    None => continue,
                }
            };
            debug_assert!((e as usize) < seen.len());
            // SAFETY: `seen` has one mark per entry (set up above) and `e` is an entry number.
            let seen = unsafe { seen.get_unchecked_mut(e as usize) };
            if *seen >= base {
                values[(*seen - base) as usize] += 1.0;
            } else {
                *seen = base + n_found as u32;
                found[n_found] = e;
                values[n_found] = 1.0;
                n_found += 1;
            }
        }
        let (found, values) = (&found[..n_found], &mut values[..n_found]);
        // The same operations, in the same order, as `Featurizer::transform_into` then
        // `Model::probabilities_into`: counts times IDF, divided by the Euclidean norm, times
        // the weights added to the intercept feature by feature.
        // The squares are summed in the same pass, in the same order as a separate sum would
        // add them (all terms are non-negative, so the sum's starting zero's sign is moot).
        let mut sum_of_squares = 0.0f32;
        for (v, &e) in values.iter_mut().zip(found.iter()) {
            *v *= self.entry(e).idf;
            sum_of_squares += *v * *v;
        }
        let norm = if self.l2_normalize { Some(sum_of_squares.sqrt()).filter(|&n| n > 0.0) } else { None };
        // Each class's logit is its own chain of additions, feature by feature; the inline
        // classes are summed in a register-sized array (one vector multiply-add per feature,
        // lanes past the model's classes see zero weights and are ignored) instead of through
        // memory, the rest afterwards. Every chain adds the same terms in the same order.
        let k = self.n_classes;
        let inline = k.min(INLINE_CLASSES);
        let mut logits = [0.0f32; INLINE_CLASSES];
        logits[..inline].copy_from_slice(&self.intercept[..inline]);
        for (&e, v) in found.iter().zip(values.iter_mut()) {
            if let Some(norm) = norm {
                *v /= norm;
            }
            let row = &self.entry(e).weights;
            for c in 0..INLINE_CLASSES {
                logits[c] += *v * row[c];
            }
        }
        probs.clear();
        probs.extend_from_slice(&logits[..inline]);
        probs.extend_from_slice(&self.intercept[inline..]);
        if k > INLINE_CLASSES {
            for (&e, &v) in found.iter().zip(values.iter()) {
                for (z, w) in probs[INLINE_CLASSES..].iter_mut().zip(self.extra_weights(e)) {
                    *z += v * w;
                }
            }
        }
        super::softmax_in_place(probs);
        if let Some(vector) = vector {
            vector.indices.clear();
            vector.indices.extend(found.iter().map(|&e| self.entries[e as usize].column));
            vector.values.clear();
            vector.values.extend_from_slice(values);
        }
    }
}

/// Per-thread buffers for [`ScoringTable::score`].
#[derive(Debug, Default)]
pub struct ScoringScratch {
    seen: Vec<u32>,
    candidates: Vec<u32>,
    base: u32,
    entries: Vec<u32>,
    values: Vec<f32>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::{key_of_name, ExampleText, FeatureSettings, Featurizer, Scratch, VocabularyLimits};

    fn featurizer(tfidf: bool) -> Featurizer {
        let settings = FeatureSettings { ngram_max: 2, window: 2, side_features: true, tfidf, l2_normalize: true };
        let texts = ["Russia accused the EU", "the EU praised Russia", "Russia and the EU met", "Kyiv thanked the EU and the UN"];
        let exs: Vec<ExampleText> = texts.iter().map(|t| ExampleText { text: t, targets: &[(0, 6)], others: &[] }).collect();
        Featurizer::fit(settings, VocabularyLimits { min_count: 1, max_features: 1000 }, &exs).unwrap()
    }

    fn weights(n_features: usize, n_classes: usize) -> Weights {
        let values = (0..(n_features + 1) * n_classes).map(|i| ((i * 7919) % 1013) as f32 / 97.0 - 5.0).collect();
        Weights { n_features, n_classes, values }
    }

    #[test]
    fn every_vocabulary_entry_has_its_column_idf_and_weights() {
        for tfidf in [true, false] {
            for k in [2, 3, 4, 5, 7] {
                let f = featurizer(tfidf);
                let w = weights(f.n_features(), k);
                let table = ScoringTable::new(&f, &w);
                for (column, name) in f.vocabulary.names.iter().enumerate() {
                    let key = key_of_name(name).unwrap();
                    assert_eq!(table.column(key), Some(column as u32), "{name}");
                    let (idf, row) = table.idf_and_weights(key).unwrap();
                    assert_eq!(idf, f.vocabulary.idf.as_ref().map_or(1.0, |idf| idf[column]));
                    assert_eq!(row, w.row(column));
                }
                assert_eq!(table.column(key_of_name("unknown words").unwrap()), None);
            }
        }
    }

    #[test]
    fn scores_bit_for_bit_like_the_vocabulary_path() {
        let texts = ["Russia accused the EU the EU the EU", "the EU praised Russia and Kyiv", "nothing known here", ""];
        for tfidf in [true, false] {
            for k in [3, 6] {
                let f = featurizer(tfidf);
                let w = weights(f.n_features(), k);
                let table = ScoringTable::new(&f, &w);
                let mut scratch = Scratch::default();
                let mut fast = ScoringScratch::default();
                for text in texts {
                    let targets = [(0, text.len().min(6))];
                    let ex = ExampleText { text, targets: &targets, others: &[] };
                    let expected_vector = f.transform(&ex);
                    let mut z = w.intercept().to_vec();
                    for (&j, &v) in expected_vector.indices.iter().zip(&expected_vector.values) {
                        for c in 0..k {
                            z[c] += v * w.row(j as usize)[c];
                        }
                    }
                    crate::model::softmax_in_place(&mut z);
                    let mut probs = Vec::new();
                    let mut vector = SparseVector::default();
                    let keys = f.feature_keys(&ex, &mut scratch, false).to_vec();
                    // Twice, so the second run sees the first one's marks.
                    for _ in 0..2 {
                        table.score(&keys, &mut fast, &mut probs, Some(&mut vector));
                        assert_eq!(vector, expected_vector, "{text}");
                        assert_eq!(probs.iter().map(|p| p.to_bits()).collect::<Vec<_>>(), z.iter().map(|p| p.to_bits()).collect::<Vec<_>>(), "{text}");
                    }
                }
            }
        }
    }

    #[test]
    fn seen_marks_survive_wrapping() {
        let f = featurizer(true);
        let w = weights(f.n_features(), 3);
        let table = ScoringTable::new(&f, &w);
        let mut scratch = Scratch::default();
        let ex = ExampleText { text: "Russia accused the EU the EU", targets: &[(0, 6)], others: &[] };
        let keys = f.feature_keys(&ex, &mut scratch, false).to_vec();
        let mut fast = ScoringScratch::default();
        let (mut first, mut probs) = (SparseVector::default(), Vec::new());
        table.score(&keys, &mut fast, &mut probs, Some(&mut first));
        fast.base = u32::MAX - 3;
        for _ in 0..3 {
            let mut again = SparseVector::default();
            table.score(&keys, &mut fast, &mut probs, Some(&mut again));
            assert_eq!(again, first);
        }
    }
}
