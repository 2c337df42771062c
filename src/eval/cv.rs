//! Stratified k-fold cross-validation that keeps every pair of one sentence in the same fold,
//! and a small grid search over alpha and vocabulary size scored by it. Only training data is
//! ever used: no test split is touched.

use super::report::sentence_groups;
use super::stats::Rng;
use super::Metrics;
use crate::actors::Gazetteer;
use crate::data::LabelledExample;
use crate::model::params::ValidTrainParams;
use crate::model::Model;
use crate::text::Normalizer;
use serde::Serialize;
use std::collections::BTreeMap;

/// Fold number of every example: sentences are shuffled within strata (the label of their
/// first pair) and dealt to folds in turn, so folds have similar label mixes.
pub fn assign_folds(examples: &[LabelledExample], folds: usize, seed: u64) -> Vec<usize> {
    let groups = sentence_groups(examples);
    let mut strata: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (g, members) in groups.iter().enumerate() {
        strata.entry(examples[members[0]].label.as_str()).or_default().push(g);
    }
    let mut rng = Rng::new(seed);
    let mut fold_of = vec![0usize; examples.len()];
    let mut next = 0usize;
    for (_, mut gs) in strata {
        rng.shuffle(&mut gs);
        for g in gs {
            for &i in &groups[g] {
                fold_of[i] = next % folds;
            }
            next += 1;
        }
    }
    fold_of
}

#[derive(Debug, Clone, Serialize)]
pub struct Spread {
    pub mean: f64,
    pub std: f64,
    pub min: f64,
    pub max: f64,
}

fn spread(v: &[f64]) -> Spread {
    let n = v.len().max(1) as f64;
    let mean = v.iter().sum::<f64>() / n;
    let var = if v.len() > 1 { v.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (n - 1.0) } else { 0.0 };
    Spread { mean, std: var.sqrt(), min: v.iter().copied().fold(f64::INFINITY, f64::min), max: v.iter().copied().fold(f64::NEG_INFINITY, f64::max) }
}

#[derive(Debug, Clone, Serialize)]
pub struct CvResult {
    pub alpha: f64,
    pub max_features: usize,
    pub folds: usize,
    pub accuracy_per_fold: Vec<f64>,
    pub macro_f1_per_fold: Vec<f64>,
    pub accuracy: Spread,
    pub macro_f1: Spread,
    /// F1 of each label (labels seen in the data, sorted), over the folds.
    pub f1_per_label: std::collections::BTreeMap<String, Spread>,
}

/// Cross-validate `params` with the given fold assignment.
pub fn cross_validate(
    examples: &[LabelledExample],
    fold_of: &[usize],
    folds: usize,
    params: &ValidTrainParams,
    gazetteer: &Gazetteer,
    normalizer: &Normalizer,
    source: &str,
) -> crate::Result<CvResult> {
    let mut acc = Vec::with_capacity(folds);
    let mut f1 = Vec::with_capacity(folds);
    let mut label_f1: std::collections::BTreeMap<String, Vec<f64>> = std::collections::BTreeMap::new();
    for fold in 0..folds {
        let train: Vec<LabelledExample> = examples.iter().zip(fold_of).filter(|(_, &f)| f != fold).map(|(e, _)| e.clone()).collect();
        let held: Vec<LabelledExample> = examples.iter().zip(fold_of).filter(|(_, &f)| f == fold).map(|(e, _)| e.clone()).collect();
        if held.is_empty() {
            continue;
        }
        let model = Model::train(&train, params, gazetteer.clone(), normalizer.clone(), source)?;
        // A label absent from this fold's training part cannot be predicted: it is appended to
        // the label list so its examples count as errors.
        let mut labels = model.labels.clone();
        let mut gold = Vec::with_capacity(held.len());
        for e in &held {
            let g = match labels.iter().position(|l| *l == e.label) {
                Some(g) => g,
                None => {
                    labels.push(e.label.clone());
                    labels.len() - 1
                }
            };
            gold.push(g);
        }
        let (predicted, _) = super::predict_examples(&model, &held);
        let m = Metrics::compute(&labels, &gold, &predicted);
        acc.push(m.accuracy);
        f1.push(m.macro_f1);
        for l in &m.per_label {
            label_f1.entry(l.label.clone()).or_default().push(l.f1);
        }
    }
    Ok(CvResult {
        alpha: params.alpha,
        max_features: params.max_features,
        folds,
        accuracy: spread(&acc),
        macro_f1: spread(&f1),
        f1_per_label: label_f1.iter().map(|(l, v)| (l.clone(), spread(v))).collect(),
        accuracy_per_fold: acc,
        macro_f1_per_fold: f1,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ex(text: &str, label: &str) -> LabelledExample {
        LabelledExample { id: None, text: text.into(), actor: "A".into(), label: label.into(), target: (0, 1), others: vec![], line: 1 }
    }

    #[test]
    fn folds_keep_sentences_together_and_balance_labels() {
        let mut examples = Vec::new();
        for i in 0..30 {
            let label = ["x", "y", "z"][i % 3];
            examples.push(ex(&format!("sentence {i}"), label));
            examples.push(ex(&format!("sentence {i}"), label));
        }
        let folds = assign_folds(&examples, 5, 1);
        for pair in folds.chunks(2) {
            assert_eq!(pair[0], pair[1]);
        }
        for f in 0..5 {
            for label in ["x", "y", "z"] {
                let n = examples.iter().zip(&folds).filter(|(e, &g)| g == f && e.label == label).count();
                assert_eq!(n, 4, "fold {f} label {label}");
            }
        }
        assert_eq!(folds, assign_folds(&examples, 5, 1));
    }
}
