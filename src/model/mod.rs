//! The fitted pipeline and its model file.
//!
//! A [`Model`] holds everything prediction needs — normaliser settings, gazetteer, featuriser
//! (settings and vocabulary), label set, weights — plus the hyperparameters, a hash of the
//! training data and the training-set metrics. It is written as one JSON file; nothing in it
//! changes from run to run, so training twice on the same data gives the same bytes.

pub mod dual_cd;
pub mod params;
pub mod scoring;
pub mod solver;

use crate::actors::{Gazetteer, Mention};
use crate::data::LabelledExample;
use crate::error::{FrameError, Result};
use crate::eval::Metrics;
use crate::features::{self, ExampleText, Featurizer, Scratch, SparseVector};
use crate::text::Normalizer;
use params::{ClassWeight, Solver, ValidTrainParams};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

pub use params::TrainParams;

/// Identifies frame model files.
pub const FORMAT_NAME: &str = "frame-model";
/// Bumped whenever the file layout or the featurisation changes meaning.
pub const FORMAT_VERSION: u32 = 1;

/// Dense weights: (n_features + 1) x n_classes, row major, intercept in the last row
/// (linfa-logistic's layout).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Weights {
    pub n_features: usize,
    pub n_classes: usize,
    pub values: Vec<f32>,
}

impl Weights {
    pub fn row(&self, feature: usize) -> &[f32] {
        &self.values[feature * self.n_classes..(feature + 1) * self.n_classes]
    }
    pub fn intercept(&self) -> &[f32] {
        self.row(self.n_features)
    }
}

/// What the model was trained on and how the fit went (the model card).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrainingInfo {
    /// SHA-256 of the training examples (text, actor, label, target range), in order.
    pub data_sha256: String,
    pub n_examples: usize,
    pub label_counts: BTreeMap<String, usize>,
    /// Distinct actors in the training data, sorted (to report seen vs unseen actors).
    pub actors: Vec<String>,
    pub solver: Solver,
    pub objective: f64,
    pub iterations: u64,
    pub converged: bool,
    /// Scores on the training data itself (optimistic by construction; for sanity only).
    pub training_metrics: TrainingMetrics,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrainingMetrics {
    pub accuracy: f64,
    pub macro_f1: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Model {
    pub format: String,
    pub format_version: u32,
    pub normalizer: Normalizer,
    pub labels: Vec<String>,
    pub params: ValidTrainParams,
    pub training: TrainingInfo,
    pub featurizer: Featurizer,
    pub weights: Weights,
    pub gazetteer: Gazetteer,
    /// Prediction's fused feature table, derived from the featuriser and weights (see
    /// [`Model::scoring_table`]); not part of the file.
    #[serde(skip)]
    scoring: Derived<scoring::ScoringTable>,
}

/// A value computed once from the rest of its owner: it is not serialised and never makes
/// two owners unequal.
#[derive(Debug, Clone)]
struct Derived<T>(std::sync::OnceLock<T>);

impl<T> Default for Derived<T> {
    fn default() -> Self {
        Derived(std::sync::OnceLock::new())
    }
}

impl<T> PartialEq for Derived<T> {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// One feature's contribution to a prediction.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Contribution {
    pub feature: String,
    /// value x (weight for the predicted label - mean weight over labels).
    pub weight: f32,
}

/// A byte range of a text.
pub type Span = (usize, usize);

/// Target and other-actor mention ranges of a labelled example: other mentions of the same
/// actor (found by the gazetteer) are targets too; mentions of other actors come from the data
/// (`known_others`) and from the gazetteer.
pub fn example_spans(text: &str, target: Span, known_others: &[Span], actor: &str, gazetteer: &Gazetteer) -> (Vec<Span>, Vec<Span>) {
    spans_from_mentions(&gazetteer.find(text), target, known_others, gazetteer.index_of(actor))
}

/// As [`example_spans`], from mentions the gazetteer already found in the text.
pub fn spans_from_mentions(mentions: &[Mention], target: Span, known_others: &[Span], actor: Option<usize>) -> (Vec<Span>, Vec<Span>) {
    let (mut targets, mut others) = (Vec::new(), Vec::new());
    spans_from_mentions_into(mentions, target, known_others, actor, &mut targets, &mut others);
    (targets, others)
}

/// As [`spans_from_mentions`], into the caller's buffers (cleared first).
pub fn spans_from_mentions_into(mentions: &[Mention], target: Span, known_others: &[Span], actor: Option<usize>, targets: &mut Vec<Span>, others: &mut Vec<Span>) {
    let overlaps = |a: (usize, usize), b: (usize, usize)| a.0 < b.1 && b.0 < a.1;
    targets.clear();
    targets.push(target);
    others.clear();
    others.extend(known_others.iter().copied().filter(|&o| !overlaps(o, target)));
    for m in mentions {
        let span = (m.start, m.end);
        if overlaps(span, target) || others.iter().any(|&o| overlaps(o, span)) {
            continue;
        }
        if Some(m.actor) == actor {
            targets.push(span);
        } else {
            others.push(span);
        }
    }
    targets.sort_unstable();
    others.sort_unstable();
}

/// Learn the vocabulary from labelled examples and featurise them, with the spans of
/// [`example_spans`]: found with the tokens that the featuriser then reuses.
fn fit_featurizer(examples: &[LabelledExample], params: &ValidTrainParams, gazetteer: &Gazetteer) -> Result<(Featurizer, features::CsrMatrix)> {
    let mut mentions = Vec::new();
    Featurizer::fit_transform_with(params.feature_settings(), params.vocabulary_limits(), examples.len(), |i, tokens, targets, others| {
        let e = &examples[i];
        gazetteer.find_with(&e.text, tokens, &mut mentions);
        spans_from_mentions_into(&mentions, e.target, &e.others, gazetteer.index_of(&e.actor), targets, others);
        &e.text
    })
}

fn data_hash(examples: &[LabelledExample]) -> String {
    let mut h = Sha256::new();
    for e in examples {
        for part in [e.text.as_str(), e.actor.as_str(), e.label.as_str()] {
            h.update(part.as_bytes());
            h.update([0]);
        }
        h.update(format!("{}:{}", e.target.0, e.target.1).as_bytes());
        for o in &e.others {
            h.update(format!(" {}:{}", o.0, o.1).as_bytes());
        }
        h.update(b"\n");
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

impl Model {
    /// Fit a model on labelled examples.
    pub fn train(examples: &[LabelledExample], params: &ValidTrainParams, gazetteer: Gazetteer, normalizer: Normalizer, source: &str) -> Result<Model> {
        if examples.is_empty() {
            return Err(FrameError::input(source, None, "no labelled examples"));
        }
        // Sorted and deduplicated as borrowed strings: copying every example's label (and below,
        // its actor) first cost a few allocations per example.
        let labels: Vec<String> = {
            let mut l: Vec<&str> = examples.iter().map(|e| e.label.as_str()).collect();
            l.sort_unstable();
            l.dedup();
            l.into_iter().map(String::from).collect()
        };
        if labels.len() < 2 {
            return Err(FrameError::input(source, None, format!("the data holds a single label ('{}'); training needs at least two", labels[0])));
        }
        let y: Vec<usize> = examples.iter().map(|e| labels.binary_search(&e.label).expect("label collected")).collect();
        let (featurizer, mut x) = fit_featurizer(examples, params, &gazetteer)?;
        let fit = match params.solver {
            Solver::Cd => {
                let weights = class_weights(&y, labels.len(), params.class_weight);
                dual_cd::fit_dual_cd(&mut x, &y, &weights, labels.len(), params.alpha, params.max_iterations, params.tolerance)?
            }
            Solver::Lbfgs => {
                let weights = class_weights(&y, labels.len(), params.class_weight);
                solver::fit_sparse(&x, &y, &weights, labels.len(), params.alpha, params.max_iterations, params.tolerance)?
            }
            Solver::Linfa => solver::fit_linfa(&x, &y, labels.len(), params.alpha, params.max_iterations, params.tolerance)?,
        };
        let weights = Weights {
            n_features: featurizer.n_features(),
            n_classes: labels.len(),
            values: fit.params.iter().map(|&v| v as f32).collect(),
        };
        let mut count_of_label = vec![0usize; labels.len()];
        for &label in &y {
            count_of_label[label] += 1;
        }
        let label_counts: BTreeMap<String, usize> = labels.iter().cloned().zip(count_of_label).collect();
        let mut actors: Vec<&str> = examples.iter().map(|e| e.actor.as_str()).collect();
        actors.sort_unstable();
        actors.dedup();
        let actors: Vec<String> = actors.into_iter().map(String::from).collect();
        let mut model = Model {
            format: FORMAT_NAME.into(),
            format_version: FORMAT_VERSION,
            normalizer,
            labels,
            params: params.clone(),
            training: TrainingInfo {
                data_sha256: data_hash(examples),
                n_examples: examples.len(),
                label_counts,
                actors,
                solver: params.solver,
                objective: fit.objective,
                iterations: fit.iterations,
                converged: fit.converged,
                training_metrics: TrainingMetrics { accuracy: 0.0, macro_f1: 0.0 },
            },
            featurizer,
            weights,
            gazetteer,
            scoring: Derived::default(),
        };
        let mut probabilities = Vec::new();
        let predicted: Vec<usize> = (0..x.n_rows())
            .map(|i| {
                let (indices, values) = x.row(i);
                model.row_probabilities_into(indices, values, &mut probabilities);
                argmax(&probabilities)
            })
            .collect();
        let m = Metrics::compute(&model.labels, &y, &predicted);
        model.training.training_metrics = TrainingMetrics { accuracy: round6(m.accuracy), macro_f1: round6(m.macro_f1) };
        model.training.objective = round6(model.training.objective);
        Ok(model)
    }

    /// Class probabilities for a feature vector, in `self.labels` order.
    pub fn probabilities(&self, x: &SparseVector) -> Vec<f32> {
        let mut p = Vec::with_capacity(self.labels.len());
        self.probabilities_into(x, &mut p);
        p
    }

    /// Add x·W to `z` (which holds the intercept).
    pub fn logits_into(&self, x: &SparseVector, z: &mut [f32]) {
        self.row_logits_into(&x.indices, &x.values, z)
    }

    /// [`Model::logits_into`] for a vector given as its two parts (a row of the training
    /// matrix, scored without copying it into a [`SparseVector`]).
    fn row_logits_into(&self, indices: &[u32], values: &[f32], z: &mut [f32]) {
        let k = self.weights.n_classes;
        for (&j, &v) in indices.iter().zip(values) {
            let row = &self.weights.values[j as usize * k..j as usize * k + k];
            for c in 0..k {
                z[c] += v * row[c];
            }
        }
    }

    /// The fused feature table prediction scores with, built on first use (model loading
    /// builds it; the featuriser and weights must not change afterwards).
    pub fn scoring_table(&self) -> &scoring::ScoringTable {
        self.scoring.0.get_or_init(|| scoring::ScoringTable::new(&self.featurizer, &self.weights))
    }

    /// Featurise one (sentence, target) pair.
    pub fn featurize(&self, ex: &ExampleText, scratch: &mut Scratch, out: &mut SparseVector) {
        self.featurizer.transform_into(ex, scratch, out);
    }

    /// As [`Model::featurize`] when `scratch.tokens` already holds the tokens of `ex.text`.
    pub fn featurize_pretokenized(&self, ex: &ExampleText, scratch: &mut Scratch, out: &mut SparseVector) {
        self.featurizer.transform_pretokenized(ex, scratch, out);
    }

    /// Class probabilities into `out` (resized to the number of labels).
    pub fn probabilities_into(&self, x: &SparseVector, out: &mut Vec<f32>) {
        self.row_probabilities_into(&x.indices, &x.values, out)
    }

    /// [`Model::probabilities_into`] for a vector given as its two parts.
    fn row_probabilities_into(&self, indices: &[u32], values: &[f32], out: &mut Vec<f32>) {
        out.clear();
        out.extend_from_slice(self.weights.intercept());
        self.row_logits_into(indices, values, out);
        softmax_in_place(out);
    }

    /// The `n` features that pushed most toward `label`, largest first.
    pub fn explain(&self, x: &SparseVector, label: usize, n: usize) -> Vec<Contribution> {
        let k = self.weights.n_classes as f32;
        let mut c: Vec<Contribution> = x
            .indices
            .iter()
            .zip(&x.values)
            .map(|(&j, &v)| {
                let row = self.weights.row(j as usize);
                let mean = row.iter().sum::<f32>() / k;
                Contribution { feature: self.featurizer.vocabulary.names[j as usize].clone(), weight: v * (row[label] - mean) }
            })
            .filter(|c| c.weight > 0.0)
            .collect();
        c.sort_by(|a, b| b.weight.total_cmp(&a.weight).then_with(|| a.feature.cmp(&b.feature)));
        c.truncate(n);
        c
    }

    pub fn label_index(&self, label: &str) -> Option<usize> {
        self.labels.iter().position(|l| l == label)
    }

    /// Serialise to JSON bytes.
    pub fn to_json(&self) -> Vec<u8> {
        // Sized up front from the two big parts, weights (at most ~12 bytes each) and feature
        // names with their IDF: growing a 3 MB buffer by doubling copies it several times.
        let vocabulary = &self.featurizer.vocabulary;
        let estimate = self.weights.values.len() * 12 + vocabulary.names.iter().map(|n| n.len() + 16).sum::<usize>() + (1 << 16);
        let mut bytes = Vec::with_capacity(estimate);
        serde_json::to_writer(&mut bytes, self).expect("a model always serialises");
        bytes.push(b'\n');
        bytes
    }

    /// Write the model file atomically: a temporary file in the same directory, then a rename,
    /// so a failed run never leaves a half-written or clobbered model.
    pub fn save(&self, path: &Path) -> Result<()> {
        write_atomically(path, &self.to_json())
    }

    /// Load a model file, checking its format and version.
    pub fn load(path: &Path) -> Result<Model> {
        let bytes = std::fs::read(path).map_err(|e| FrameError::io(path, e))?;
        Self::from_json(&bytes, path)
    }

    pub fn from_json(bytes: &[u8], path: &Path) -> Result<Model> {
        #[derive(Deserialize)]
        struct Header {
            format: Option<String>,
            format_version: Option<serde_json::Value>,
        }
        let bad = |m: String| FrameError::model(path, m);
        let header: Header = serde_json::from_slice(bytes).map_err(|e| {
            if e.is_eof() {
                bad(format!("the model file is truncated ({e}); retrain or restore it"))
            } else {
                bad(format!("not a frame model file (invalid JSON: {e})"))
            }
        })?;
        if header.format.as_deref() != Some(FORMAT_NAME) {
            return Err(bad("not a frame model file (missing \"format\": \"frame-model\")".into()));
        }
        match header.format_version.as_ref().and_then(|v| v.as_u64()) {
            Some(v) if v == FORMAT_VERSION as u64 => {}
            Some(v) => {
                return Err(bad(format!(
                    "unknown model format version {v}; this frame reads version {FORMAT_VERSION} (retrain the model with this version of frame)"
                )))
            }
            None => return Err(bad("the model file has no valid format_version".into())),
        }
        let mut model: Model = serde_json::from_slice(bytes).map_err(|e| bad(format!("invalid model file: {e}")))?;
        model.featurizer.vocabulary.build_index().map_err(|m| bad(format!("invalid vocabulary: {m}")))?;
        let w = &model.weights;
        if w.n_classes != model.labels.len() || w.n_features != model.featurizer.n_features() || w.values.len() != (w.n_features + 1) * w.n_classes {
            return Err(bad("the weights do not match the vocabulary and label set".into()));
        }
        if model.labels.len() < 2 {
            return Err(bad("the model has fewer than two labels".into()));
        }
        model.scoring_table();
        Ok(model)
    }
}

/// Write `bytes` to `path` through a temporary file in the same directory and a rename.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".frame-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| FrameError::io(dir, e))?;
    tmp.write_all(bytes).map_err(|e| FrameError::io(tmp.path(), e))?;
    tmp.as_file().sync_all().map_err(|e| FrameError::io(tmp.path(), e))?;
    tmp.persist(path).map_err(|e| FrameError::io(path, e.error))?;
    Ok(())
}

pub fn softmax_in_place(z: &mut [f32]) {
    let max = z.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let mut sum = 0.0;
    for v in z.iter_mut() {
        *v = (*v - max).exp();
        sum += *v;
    }
    for v in z.iter_mut() {
        *v /= sum;
    }
}

pub fn argmax(p: &[f32]) -> usize {
    let mut best = 0;
    for (i, &v) in p.iter().enumerate() {
        if v > p[best] {
            best = i;
        }
    }
    best
}

/// Per-label loss weights.
fn class_weights(y: &[usize], n_classes: usize, scheme: ClassWeight) -> Vec<f64> {
    match scheme {
        ClassWeight::None => vec![1.0; n_classes],
        ClassWeight::Balanced => {
            let mut counts = vec![0usize; n_classes];
            for &c in y {
                counts[c] += 1;
            }
            counts.iter().map(|&n| if n == 0 { 0.0 } else { y.len() as f64 / (n_classes as f64 * n as f64) }).collect()
        }
    }
}

fn round6(v: f64) -> f64 {
    (v * 1e6).round() / 1e6
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Training featurises with the tokens the gazetteer made while finding the spans; the
    /// result must be what spans from `example_spans` and a fresh tokenisation give.
    #[test]
    fn training_featurisation_equals_featurising_found_spans() {
        let gazetteer = Gazetteer::from_csv_str("actor,aliases\nRussia,Moscow|the Kremlin\nUkraine,Kyiv\nEU,the EU\n", "t").unwrap();
        let rows = [
            ("Moscow's envoy told Kyiv that the Kremlin and the EU would talk", "Russia", (0, 6), vec![]),
            ("Kyiv praised the EU, and the EU thanked Kyiv", "Ukraine", (0, 4), vec![(17, 19)]),
            ("The EU \u{201c}warned\u{201d} Moscow again", "EU", (4, 6), vec![]),
        ];
        let examples: Vec<LabelledExample> = rows
            .iter()
            .map(|(text, actor, target, others)| LabelledExample { id: None, text: text.to_string(), actor: actor.to_string(), label: "neutral".into(), target: *target, others: others.clone(), line: 1 })
            .collect();
        let params = TrainParams::new().min_count(1).check().unwrap();
        let spans: Vec<_> = examples.iter().map(|e| example_spans(&e.text, e.target, &e.others, &e.actor, &gazetteer)).collect();
        let texts: Vec<ExampleText> = examples.iter().zip(&spans).map(|(e, (t, o))| ExampleText { text: &e.text, targets: t, others: o }).collect();
        let expected = Featurizer::fit_transform(params.feature_settings(), params.vocabulary_limits(), &texts).unwrap();
        let fused = fit_featurizer(&examples, &params, &gazetteer).unwrap();
        assert!(spans.iter().any(|(t, o)| t.len() > 1 && !o.is_empty()), "{spans:?}");
        assert_eq!(fused, expected);
    }
}
