//! Evaluation metrics: accuracy, per-label precision/recall/F1/support, macro-F1 and the
//! confusion matrix, in the layout of scikit-learn's classification report.

pub mod cv;
pub mod report;
pub mod stats;

use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LabelScores {
    pub label: String,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub support: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Metrics {
    pub n: usize,
    pub accuracy: f64,
    pub macro_f1: f64,
    pub per_label: Vec<LabelScores>,
    /// confusion[gold][predicted], in label order.
    pub confusion: Vec<Vec<usize>>,
    pub labels: Vec<String>,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

impl Metrics {
    /// Scores of `predicted` against `gold` (label indices into `labels`). Labels with no gold
    /// and no predicted example are left out of the macro average, as scikit-learn does with
    /// labels absent from both.
    pub fn compute(labels: &[String], gold: &[usize], predicted: &[usize]) -> Metrics {
        assert_eq!(gold.len(), predicted.len(), "gold and predicted must pair up");
        let k = labels.len();
        let mut confusion = vec![vec![0usize; k]; k];
        for (&g, &p) in gold.iter().zip(predicted) {
            confusion[g][p] += 1;
        }
        let correct: usize = (0..k).map(|i| confusion[i][i]).sum();
        let mut per_label = Vec::with_capacity(k);
        let mut f1_sum = 0.0;
        let mut present = 0;
        for i in 0..k {
            let support: usize = confusion[i].iter().sum();
            let predicted_i: usize = (0..k).map(|g| confusion[g][i]).sum();
            let precision = ratio(confusion[i][i], predicted_i);
            let recall = ratio(confusion[i][i], support);
            let f1 = if precision + recall > 0.0 { 2.0 * precision * recall / (precision + recall) } else { 0.0 };
            if support + predicted_i > 0 {
                f1_sum += f1;
                present += 1;
            }
            per_label.push(LabelScores { label: labels[i].clone(), precision, recall, f1, support });
        }
        Metrics {
            n: gold.len(),
            accuracy: ratio(correct, gold.len()),
            macro_f1: if present == 0 { 0.0 } else { f1_sum / present as f64 },
            per_label,
            confusion,
            labels: labels.to_vec(),
        }
    }

    /// The confusion matrix as aligned text, rows gold and columns predicted.
    pub fn confusion_table(&self) -> String {
        let width = self.labels.iter().map(|l| l.len()).max().unwrap_or(5).max(9);
        let mut s = String::from("confusion matrix (rows: gold, columns: predicted)\n");
        s.push_str(&format!("{:<width$}", ""));
        for l in &self.labels {
            s.push_str(&format!("  {:>w$}", l, w = l.len().max(6)));
        }
        s.push('\n');
        for (i, row) in self.confusion.iter().enumerate() {
            s.push_str(&format!("{:<width$}", self.labels[i]));
            for (j, v) in row.iter().enumerate() {
                s.push_str(&format!("  {:>w$}", v, w = self.labels[j].len().max(6)));
            }
            s.push('\n');
        }
        s
    }
}

/// Score `model` on labelled examples. Labels the model does not know are an error naming the
/// file and line.
pub fn score(model: &crate::model::Model, examples: &[crate::data::LabelledExample], source: &str) -> crate::Result<report::Scored> {
    let mut gold = Vec::with_capacity(examples.len());
    for e in examples {
        let g = model.label_index(&e.label).ok_or_else(|| {
            crate::FrameError::input(
                source,
                Some(e.line),
                format!("label '{}' is not one the model knows ({})", e.label, model.labels.join(", ")),
            )
        })?;
        gold.push(g);
    }
    let (predicted, probabilities) = predict_examples(model, examples);
    Ok(report::Scored { gold, predicted, probabilities })
}

/// The model's label index and probabilities for each labelled example (gold labels unused).
pub fn predict_examples(model: &crate::model::Model, examples: &[crate::data::LabelledExample]) -> (Vec<usize>, Vec<Vec<f32>>) {
    use crate::features::{ExampleText, Scratch, SparseVector};
    let mut scratch = Scratch::default();
    let mut v = SparseVector::default();
    let mut predicted = Vec::with_capacity(examples.len());
    let mut probabilities = Vec::with_capacity(examples.len());
    for e in examples {
        let (targets, others) = crate::model::example_spans(&e.text, e.target, &e.others, &e.actor, &model.gazetteer);
        model.featurize(&ExampleText { text: &e.text, targets: &targets, others: &others }, &mut scratch, &mut v);
        let p = model.probabilities(&v);
        predicted.push(crate::model::argmax(&p));
        probabilities.push(p);
    }
    (predicted, probabilities)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_hand_computed_scores() {
        let labels: Vec<String> = ["a", "b", "c"].iter().map(|s| s.to_string()).collect();
        let gold = [0, 0, 1, 1, 2, 2];
        let pred = [0, 1, 1, 1, 2, 0];
        let m = Metrics::compute(&labels, &gold, &pred);
        assert!((m.accuracy - 4.0 / 6.0).abs() < 1e-12);
        // a: p=1/2 r=1/2 f=.5; b: p=2/3 r=1 f=.8; c: p=1 r=1/2 f=2/3
        assert!((m.macro_f1 - (0.5 + 0.8 + 2.0 / 3.0) / 3.0).abs() < 1e-12);
        assert_eq!(m.confusion, vec![vec![1, 1, 0], vec![0, 2, 0], vec![1, 0, 1]]);
    }
}
