//! The prediction-time feature table: everything scoring needs about a feature, in one place.
//!
//! Featurising and scoring through the vocabulary's key index costs up to four scattered reads
//! per feature occurrence: the index slot (key -> column), a per-column dedupe stamp, the
//! column's IDF and its weight row, in four arrays that together outgrow the L2 cache. Here a
//! perfect hash built when the model loads gives each vocabulary key an entry of its own: key,
//! column, IDF and up to four class weights in one 32-byte, 32-byte aligned block. A lookup
//! computes the key's position (a read of a pilot array small enough for the L1 cache) and
//! reads that one entry, whose key tells whether the looked-up key is in the vocabulary. It
//! replaced an open-addressing table whose 512 KB slot array (for a 54,000-feature vocabulary)
//! cost a probe loop and a read that often missed the L2 cache before the entry's read:
//! pair prediction took a tenth less time.
//!
//! Scoring through this table does the same floating-point operations in the same order as
//! [`crate::features::Featurizer::transform_into`] followed by
//! [`crate::model::Model::probabilities_into`], so predictions are bit-for-bit the same.

use crate::features::{Featurizer, SparseVector};
use crate::model::Weights;

/// Class weights kept inline in an entry; models with more labels keep the rest in a side
/// array (one more read per feature).
const INLINE_CLASSES: usize = 4;

/// Keys per bucket of the perfect hash, on average: smaller buckets find their pilots faster,
/// larger ones make the pilot array smaller (it should stay in the L1 cache).
const KEYS_PER_BUCKET: usize = 4;

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
/// A perfect hash places every vocabulary key at a position of its own in `entries` (PTHash's
/// scheme: a key's bucket gives a pilot, and the key hashed with the pilot gives its position),
/// so a lookup is a few multiplications, one read of the small pilot array and one read of the
/// entry, whose key says whether the looked-up key is the vocabulary's: no probing and no
/// branches until that check. Positions left over hold a copy of an entry stored elsewhere
/// (whose key never hashes there), so they match no key.
///
/// Invariants, set up by [`ScoringTable::new`] and never changed (the fields are private):
/// `pilots.len() == n_buckets >= 1`, `entries.len() == n_positions >= 1`, and
/// [`ScoringTable::position`] is below `n_positions` for every key. The lookups rely on them
/// to read without bounds checks.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoringTable {
    seed: u64,
    /// Vocabulary keys (the positions number a ninth more).
    n_keys: usize,
    n_buckets: usize,
    n_positions: usize,
    pilots: Vec<u16>,
    entries: Vec<Entry>,
    /// Weights of classes beyond `INLINE_CLASSES`, `n_classes - INLINE_CLASSES` per entry.
    extra_weights: Vec<f32>,
    n_classes: usize,
    intercept: Vec<f32>,
    l2_normalize: bool,
}

/// A 64-bit mix (the murmur3 finaliser): keys are hashes already, but the table takes its
/// bucket and its position from different bits, which must not be related.
#[inline(always)]
fn mix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// `x` scaled into `0..n` by its high bits (Lemire's multiply-shift range reduction).
#[inline(always)]
fn reduce(x: u64, n: usize) -> usize {
    ((x as u128 * n as u128) >> 64) as usize
}

impl ScoringTable {
    pub fn new(featurizer: &Featurizer, weights: &Weights) -> Self {
        let vocabulary = &featurizer.vocabulary;
        let n = vocabulary.len();
        let k = weights.n_classes;
        let idf = |column: usize| vocabulary.idf.as_ref().map_or(1.0, |idf| idf[column]);
        let keys: Vec<(u64, u32)> = vocabulary.keys().collect();
        let (n_buckets, n_positions) = Self::sizes(n);
        let (seed, pilots, positions) = (0u64..)
            .find_map(|seed| Self::place(&keys, seed, n_buckets, n_positions).map(|(pilots, positions)| (seed, pilots, positions)))
            .expect("some seed places every key");
        let entry = |key: u64, column: u32| {
            let row = weights.row(column as usize);
            let mut inline = [0.0; INLINE_CLASSES];
            let split = k.min(INLINE_CLASSES);
            inline[..split].copy_from_slice(&row[..split]);
            Entry { key, column, idf: idf(column as usize), weights: inline }
        };
        // Free positions copy the first key's entry: that key hashes to its own position, so
        // no lookup ends at a copy. Without any key the one position is a default entry, and
        // the lookups check `n_keys` first.
        let filler = keys.first().map_or(Entry::default(), |&(key, column)| entry(key, column));
        let mut entries = vec![filler; n_positions];
        let extra = k.saturating_sub(INLINE_CLASSES);
        let mut extra_weights = vec![0.0; n_positions * extra];
        for (&(key, column), &position) in keys.iter().zip(&positions) {
            entries[position] = entry(key, column);
            let row = weights.row(column as usize);
            extra_weights[position * extra..(position + 1) * extra].copy_from_slice(&row[k.min(INLINE_CLASSES)..]);
        }
        ScoringTable {
            seed,
            n_keys: n,
            n_buckets,
            n_positions,
            pilots,
            entries,
            extra_weights,
            n_classes: k,
            intercept: weights.intercept().to_vec(),
            l2_normalize: featurizer.settings.l2_normalize,
        }
    }

    /// Buckets and positions for `n` keys. One position in nine is left free, so the last
    /// buckets placed find free positions quickly (a ninth more entries, no slower to score).
    fn sizes(n: usize) -> (usize, usize) {
        (n.div_ceil(KEYS_PER_BUCKET).max(1), (n + n / 8).max(1))
    }

    /// Pilots that give every key a position of its own, and those positions (in `keys`
    /// order), if this seed allows them.
    fn place(keys: &[(u64, u32)], seed: u64, n_buckets: usize, n_positions: usize) -> Option<(Vec<u16>, Vec<usize>)> {
        let mut buckets: Vec<Vec<usize>> = vec![Vec::new(); n_buckets];
        for (i, &(key, _)) in keys.iter().enumerate() {
            buckets[Self::bucket_of(mix(key ^ seed), n_buckets)].push(i);
        }
        // Largest buckets first, while most positions are free.
        let mut order: Vec<usize> = (0..n_buckets).collect();
        order.sort_by_key(|&b| (std::cmp::Reverse(buckets[b].len()), b));
        let mut taken = vec![false; n_positions];
        let mut pilots = vec![0u16; n_buckets];
        let mut positions = vec![0usize; keys.len()];
        let mut tried: Vec<usize> = Vec::new();
        for b in order {
            if buckets[b].is_empty() {
                break;
            }
            let pilot = (0..=u16::MAX).find(|&pilot| {
                tried.clear();
                for &i in &buckets[b] {
                    let position = Self::position_of(mix(keys[i].0 ^ seed), pilot, n_positions);
                    if taken[position] || tried.contains(&position) {
                        return false;
                    }
                    tried.push(position);
                }
                true
            })?;
            pilots[b] = pilot;
            for (&i, &position) in buckets[b].iter().zip(&tried) {
                taken[position] = true;
                positions[i] = position;
            }
        }
        Some((pilots, positions))
    }

    /// The bucket of a mixed key: from its low half, since its position comes from its high bits.
    #[inline(always)]
    fn bucket_of(mixed: u64, n_buckets: usize) -> usize {
        reduce(mixed << 32, n_buckets)
    }

    /// The position of a mixed key whose bucket has `pilot`. The multiplication after the
    /// XOR matters: the reduction reads the high bits, and two keys whose high bits agree
    /// would otherwise collide whatever the pilot.
    #[inline(always)]
    fn position_of(mixed: u64, pilot: u16, n_positions: usize) -> usize {
        reduce((mixed ^ (pilot as u64 + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15)).wrapping_mul(0xbf58_476d_1ce4_e5b9), n_positions)
    }

    /// The position where `key` is, if it is a vocabulary key at all.
    #[inline(always)]
    fn position(&self, key: u64) -> usize {
        let mixed = mix(key ^ self.seed);
        let b = Self::bucket_of(mixed, self.n_buckets);
        debug_assert!(b < self.pilots.len());
        // SAFETY: `bucket_of` reduces into `0..n_buckets`, and `pilots.len() == n_buckets`.
        let pilot = unsafe { *self.pilots.get_unchecked(b) };
        Self::position_of(mixed, pilot, self.n_positions)
    }

    /// The entry at a position.
    #[inline(always)]
    fn entry(&self, position: u32) -> &Entry {
        debug_assert!((position as usize) < self.entries.len());
        // SAFETY: every caller passes a position from `position`, which is below
        // `n_positions == entries.len()` (the type's invariant).
        unsafe { self.entries.get_unchecked(position as usize) }
    }

    /// The position holding `key`, if the key is a vocabulary feature.
    #[inline]
    fn find(&self, key: u64) -> Option<u32> {
        let position = self.position(key) as u32;
        (self.n_keys > 0 && self.entry(position).key == key).then_some(position)
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

    fn extra_weights(&self, entry: u32) -> &[f32] {
        let extra = self.n_classes.saturating_sub(INLINE_CLASSES);
        &self.extra_weights[entry as usize * extra..(entry as usize + 1) * extra]
    }

    /// Class probabilities of the example whose feature keys (with repeats) are `keys`, into
    /// `probs`. With `vector`, also its feature vector (columns and values) for explanations.
    pub fn score(&self, keys: &[u64], scratch: &mut ScoringScratch, probs: &mut Vec<f32>, vector: Option<&mut SparseVector>) {
        // Without vocabulary keys the one position holds a key that is not one.
        let keys = if self.n_keys == 0 { &[][..] } else { keys };
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
        let ScoringScratch { seen, positions, entries: found, values, .. } = scratch;
        if positions.len() < n {
            positions.resize(n, 0);
            found.resize(n, 0);
            values.resize(n, 0.0);
        }
        // Two passes: the first computes each key's position and starts loading its entry,
        // the second checks the keys and counts. Split this way, the entry loads of many keys
        // are in flight at once instead of one at a time behind each check's branch.
        let positions = &mut positions[..n];
        for (slot, &key) in positions.iter_mut().zip(keys) {
            let position = self.position(key) as u32;
            crate::hashing::prefetch_read(self.entry(position));
            *slot = position;
        }
        let (found, values) = (&mut found[..n], &mut values[..n]);
        let mut n_found = 0;
        for (&key, &e) in keys.iter().zip(positions.iter()) {
            if self.entry(e).key != key {
                continue;
            }
            debug_assert!((e as usize) < seen.len());
            // SAFETY: `seen` has one mark per position (set up above) and `e` is a position.
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
    /// Each key's position in the table.
    positions: Vec<u32>,
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
    fn the_perfect_hash_gives_every_key_a_position_of_its_own() {
        for n in [0usize, 1, 2, 3, 5, 17, 100, 1000, 20_000] {
            // Keys shaped like feature hashes, and keys sharing most of their bits.
            for spread in [0x9e37_79b9_7f4a_7c15u64, 1] {
                let keys: Vec<(u64, u32)> = (0..n as u64).map(|i| ((i + 1).wrapping_mul(spread), i as u32)).collect();
                let (n_buckets, n_positions) = ScoringTable::sizes(n);
                let (seed, (pilots, positions)) = (0u64..).find_map(|seed| ScoringTable::place(&keys, seed, n_buckets, n_positions).map(|p| (seed, p))).unwrap();
                assert!(seed < 4, "n {n}: seed {seed}");
                let mut seen = vec![false; n_positions];
                for (&(key, _), &position) in keys.iter().zip(&positions) {
                    let mixed = mix(key ^ seed);
                    let pilot = pilots[ScoringTable::bucket_of(mixed, n_buckets)];
                    assert_eq!(ScoringTable::position_of(mixed, pilot, n_positions), position);
                    assert!(position < n_positions && !seen[position], "n {n}: position {position} twice");
                    seen[position] = true;
                }
            }
        }
    }

    #[test]
    fn keys_outside_the_vocabulary_find_nothing() {
        let f = featurizer(true);
        let table = ScoringTable::new(&f, &weights(f.n_features(), 3));
        let vocabulary: std::collections::HashSet<u64> = f.vocabulary.keys().map(|(key, _)| key).collect();
        // Free positions hold copies of an entry: its key must still be found at its own.
        let (first, _) = f.vocabulary.keys().next().unwrap();
        assert_eq!(table.find(first).map(|p| table.entries[p as usize].key), Some(first));
        let mut x = 0x1234_5678_9abc_def0u64;
        for _ in 0..100_000 {
            x = mix(x.wrapping_add(1));
            assert_eq!(table.column(x).is_some(), vocabulary.contains(&x));
        }
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
