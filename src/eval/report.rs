//! The full evaluation report of `frame eval`: scores with bootstrap intervals over sentences,
//! the majority-label baseline, seen/unseen-actor and per-actor breakdowns, calibration, the
//! most confident mistakes, and a paired comparison with a second model.

use super::stats::{bootstrap, mcnemar, Interval, McNemar};
use super::Metrics;
use crate::data::LabelledExample;
use crate::model::{Contribution, Model};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

#[derive(Debug, Clone)]
pub struct EvalOptions {
    /// Bootstrap replicates for the 95% intervals (0 = no intervals).
    pub bootstrap: usize,
    pub seed: u64,
    pub by_actor: bool,
    /// Number of most confident mistakes to list.
    pub errors: usize,
    /// Number of equal-width probability bins for calibration.
    pub bins: usize,
}

impl Default for EvalOptions {
    fn default() -> Self {
        EvalOptions { bootstrap: 1000, seed: 42, by_actor: false, errors: 0, bins: 10 }
    }
}

/// A model's predictions on a labelled set.
#[derive(Debug, Clone)]
pub struct Scored {
    pub gold: Vec<usize>,
    pub predicted: Vec<usize>,
    pub probabilities: Vec<Vec<f32>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Intervals {
    pub accuracy: Interval,
    pub macro_f1: Interval,
    /// Precision, recall and F1 intervals per label, in label order.
    pub precision: Vec<Interval>,
    pub recall: Vec<Interval>,
    pub f1: Vec<Interval>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Baseline {
    /// The label the baseline always predicts: the most frequent training label.
    pub label: String,
    pub accuracy: f64,
    pub macro_f1: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Subset {
    pub n: usize,
    pub accuracy: f64,
    pub macro_f1: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub macro_f1_interval: Option<Interval>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SeenUnseen {
    pub seen: Subset,
    pub unseen: Subset,
    pub unseen_actors: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct ActorScore {
    pub actor: String,
    pub n: usize,
    pub accuracy: f64,
    pub macro_f1: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Bin {
    pub low: f64,
    pub high: f64,
    pub n: usize,
    pub mean_confidence: f64,
    pub accuracy: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Calibration {
    /// Expected calibration error of the top-label confidence.
    pub ece: f64,
    /// Multi-class Brier score: mean over examples of the squared distance between the
    /// probability vector and the one-hot gold label (0 is perfect, 2 the worst).
    pub brier: f64,
    pub bins: Vec<Bin>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ErrorCase {
    pub line: u64,
    pub id: Option<String>,
    pub actor: String,
    pub gold: String,
    pub predicted: String,
    pub probability: f32,
    pub features: Vec<Contribution>,
    pub text: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Comparison {
    pub other_accuracy: f64,
    pub other_macro_f1: f64,
    /// This model minus the other.
    pub accuracy_difference: f64,
    pub macro_f1_difference: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accuracy_difference_interval: Option<Interval>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub macro_f1_difference_interval: Option<Interval>,
    pub mcnemar: McNemar,
}

#[derive(Debug, Clone, Serialize)]
pub struct EvalReport {
    pub n: usize,
    pub sentences: usize,
    pub accuracy: f64,
    pub macro_f1: f64,
    pub metrics: Metrics,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub intervals: Option<Intervals>,
    pub baseline: Baseline,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seen_unseen: Option<SeenUnseen>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub by_actor: Option<Vec<ActorScore>>,
    pub calibration: Calibration,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<ErrorCase>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comparison: Option<Comparison>,
}

/// Groups of example indices sharing one sentence (bootstrap and cross-validation unit).
pub fn sentence_groups(examples: &[LabelledExample]) -> Vec<Vec<usize>> {
    let mut index: HashMap<&str, usize> = HashMap::new();
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (i, e) in examples.iter().enumerate() {
        let g = *index.entry(e.text.as_str()).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[g].push(i);
    }
    groups
}

fn subset_metrics(labels: &[String], scored: &Scored, idx: &[usize]) -> Metrics {
    let gold: Vec<usize> = idx.iter().map(|&i| scored.gold[i]).collect();
    let pred: Vec<usize> = idx.iter().map(|&i| scored.predicted[i]).collect();
    Metrics::compute(labels, &gold, &pred)
}

fn calibration(scored: &Scored, bins: usize) -> Calibration {
    let bins = bins.max(1);
    let mut acc = vec![(0usize, 0f64, 0usize); bins]; // (n, sum confidence, correct)
    let mut brier = 0.0;
    for i in 0..scored.gold.len() {
        let p = &scored.probabilities[i];
        let conf = p[scored.predicted[i]] as f64;
        let b = ((conf * bins as f64) as usize).min(bins - 1);
        acc[b].0 += 1;
        acc[b].1 += conf;
        acc[b].2 += (scored.predicted[i] == scored.gold[i]) as usize;
        brier += p.iter().enumerate().map(|(k, &v)| (v as f64 - if k == scored.gold[i] { 1.0 } else { 0.0 }).powi(2)).sum::<f64>();
    }
    let n = scored.gold.len().max(1) as f64;
    let mut ece = 0.0;
    let bins: Vec<Bin> = acc
        .iter()
        .enumerate()
        .map(|(k, &(count, conf_sum, correct))| {
            let (mean_confidence, accuracy) = if count > 0 { (conf_sum / count as f64, correct as f64 / count as f64) } else { (0.0, 0.0) };
            ece += count as f64 / n * (mean_confidence - accuracy).abs();
            Bin { low: k as f64 / bins as f64, high: (k + 1) as f64 / bins as f64, n: count, mean_confidence, accuracy }
        })
        .collect();
    Calibration { ece, brier: brier / n, bins }
}

/// Score a model's predictions. `other` is a second model's predictions on the same examples.
pub fn build_report(model: &Model, examples: &[LabelledExample], scored: &Scored, other: Option<&Scored>, options: &EvalOptions) -> EvalReport {
    let labels = &model.labels;
    let k = labels.len();
    let all: Vec<usize> = (0..examples.len()).collect();
    let metrics = subset_metrics(labels, scored, &all);
    let groups = sentence_groups(examples);

    let intervals = (options.bootstrap > 0).then(|| {
        let iv = bootstrap(&groups, options.bootstrap, options.seed, 2 + 3 * k, |idx| {
            let m = subset_metrics(labels, scored, idx);
            let mut v = vec![m.accuracy, m.macro_f1];
            v.extend(m.per_label.iter().map(|l| l.precision));
            v.extend(m.per_label.iter().map(|l| l.recall));
            v.extend(m.per_label.iter().map(|l| l.f1));
            v
        });
        Intervals { accuracy: iv[0], macro_f1: iv[1], precision: iv[2..2 + k].to_vec(), recall: iv[2 + k..2 + 2 * k].to_vec(), f1: iv[2 + 2 * k..].to_vec() }
    });

    // The majority-label baseline predicts the most frequent training label everywhere.
    let majority = model
        .training
        .label_counts
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
        .map(|(l, _)| l.clone())
        .unwrap_or_else(|| labels[0].clone());
    let majority_idx = model.label_index(&majority).unwrap_or(0);
    let base = Metrics::compute(labels, &scored.gold, &vec![majority_idx; scored.gold.len()]);
    let baseline = Baseline { label: majority, accuracy: base.accuracy, macro_f1: base.macro_f1 };

    let subset = |idx: &[usize]| -> Subset {
        let m = subset_metrics(labels, scored, idx);
        let interval = (options.bootstrap > 0 && !idx.is_empty()).then(|| {
            let sub_examples: Vec<LabelledExample> = idx.iter().map(|&i| examples[i].clone()).collect();
            let sub_groups: Vec<Vec<usize>> = sentence_groups(&sub_examples).into_iter().map(|g| g.into_iter().map(|j| idx[j]).collect()).collect();
            bootstrap(&sub_groups, options.bootstrap, options.seed, 1, |s| vec![subset_metrics(labels, scored, s).macro_f1])[0]
        });
        Subset { n: idx.len(), accuracy: m.accuracy, macro_f1: m.macro_f1, macro_f1_interval: interval }
    };
    let seen_unseen = (!model.training.actors.is_empty()).then(|| {
        let is_seen = |e: &LabelledExample| model.training.actors.binary_search(&e.actor).is_ok();
        let seen: Vec<usize> = all.iter().copied().filter(|&i| is_seen(&examples[i])).collect();
        let unseen: Vec<usize> = all.iter().copied().filter(|&i| !is_seen(&examples[i])).collect();
        let mut unseen_actors: Vec<&str> = unseen.iter().map(|&i| examples[i].actor.as_str()).collect();
        unseen_actors.sort_unstable();
        unseen_actors.dedup();
        SeenUnseen { seen: subset(&seen), unseen: subset(&unseen), unseen_actors: unseen_actors.len() }
    });

    let by_actor = options.by_actor.then(|| {
        let mut per: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for (i, e) in examples.iter().enumerate() {
            per.entry(&e.actor).or_default().push(i);
        }
        let mut v: Vec<ActorScore> = per
            .into_iter()
            .map(|(actor, idx)| {
                let m = subset_metrics(labels, scored, &idx);
                ActorScore { actor: actor.to_string(), n: idx.len(), accuracy: m.accuracy, macro_f1: m.macro_f1 }
            })
            .collect();
        v.sort_by(|a, b| b.n.cmp(&a.n).then_with(|| a.actor.cmp(&b.actor)));
        v
    });

    let mut wrong: Vec<usize> = all.iter().copied().filter(|&i| scored.predicted[i] != scored.gold[i]).collect();
    wrong.sort_by(|&a, &b| {
        let pa = scored.probabilities[a][scored.predicted[a]];
        let pb = scored.probabilities[b][scored.predicted[b]];
        pb.total_cmp(&pa).then(a.cmp(&b))
    });
    let errors = wrong
        .into_iter()
        .take(options.errors)
        .map(|i| {
            let e = &examples[i];
            let (targets, others) = crate::model::example_spans(&e.text, e.target, &e.others, &e.actor, &model.gazetteer);
            let mut scratch = crate::features::Scratch::default();
            let mut v = crate::features::SparseVector::default();
            model.featurize(&crate::features::ExampleText { text: &e.text, targets: &targets, others: &others }, &mut scratch, &mut v);
            ErrorCase {
                line: e.line,
                id: e.id.clone(),
                actor: e.actor.clone(),
                gold: labels[scored.gold[i]].clone(),
                predicted: labels[scored.predicted[i]].clone(),
                probability: scored.probabilities[i][scored.predicted[i]],
                features: model.explain(&v, scored.predicted[i], 5),
                text: e.text.clone(),
            }
        })
        .collect();

    let comparison = other.map(|o| {
        let om = subset_metrics(labels, o, &all);
        let diff = |idx: &[usize]| {
            let a = subset_metrics(labels, scored, idx);
            let b = subset_metrics(labels, o, idx);
            vec![a.accuracy - b.accuracy, a.macro_f1 - b.macro_f1]
        };
        let iv = (options.bootstrap > 0).then(|| bootstrap(&groups, options.bootstrap, options.seed, 2, diff));
        let first: Vec<bool> = all.iter().map(|&i| scored.predicted[i] == scored.gold[i]).collect();
        let second: Vec<bool> = all.iter().map(|&i| o.predicted[i] == o.gold[i]).collect();
        Comparison {
            other_accuracy: om.accuracy,
            other_macro_f1: om.macro_f1,
            accuracy_difference: metrics.accuracy - om.accuracy,
            macro_f1_difference: metrics.macro_f1 - om.macro_f1,
            accuracy_difference_interval: iv.as_ref().map(|v| v[0]),
            macro_f1_difference_interval: iv.as_ref().map(|v| v[1]),
            mcnemar: mcnemar(&first, &second),
        }
    });

    EvalReport {
        n: examples.len(),
        sentences: groups.len(),
        accuracy: metrics.accuracy,
        macro_f1: metrics.macro_f1,
        calibration: calibration(scored, options.bins),
        metrics,
        intervals,
        baseline,
        seen_unseen,
        by_actor,
        errors,
        comparison,
    }
}

fn ci(i: Option<&Interval>) -> String {
    i.map(|i| format!("[{:.4}, {:.4}]", i.low, i.high)).unwrap_or_default()
}

impl EvalReport {
    /// The report as text for a terminal.
    pub fn render(&self) -> String {
        let m = &self.metrics;
        let mut s = String::new();
        let iv = self.intervals.as_ref();
        s.push_str(&format!("examples {} ({} sentences)\n\n", self.n, self.sentences));
        s.push_str(&format!("{:<10} {:>7}  {:<18}  majority baseline ({})\n", "", "score", "95% CI", self.baseline.label));
        s.push_str(&format!("{:<10} {:>7.4}  {:<18}  {:.4}\n", "accuracy", m.accuracy, ci(iv.map(|i| &i.accuracy)), self.baseline.accuracy));
        s.push_str(&format!("{:<10} {:>7.4}  {:<18}  {:.4}\n\n", "macro-F1", m.macro_f1, ci(iv.map(|i| &i.macro_f1)), self.baseline.macro_f1));
        let width = m.labels.iter().map(|l| l.len()).max().unwrap_or(5).max(9);
        let short = |i: Option<&Interval>| i.map(|i| format!("[{:.3}, {:.3}]", i.low, i.high)).unwrap_or_default();
        s.push_str(&format!("{:<width$}  {:>9} {:<14}  {:>7} {:<14}  {:>7} {:<14}  {:>7}\n", "label", "precision", "", "recall", "", "f1", "", "support"));
        for (k, l) in m.per_label.iter().enumerate() {
            s.push_str(&format!(
                "{:<width$}  {:>9.4} {:<14}  {:>7.4} {:<14}  {:>7.4} {:<14}  {:>7}\n",
                l.label,
                l.precision,
                short(iv.map(|i| &i.precision[k])),
                l.recall,
                short(iv.map(|i| &i.recall[k])),
                l.f1,
                short(iv.map(|i| &i.f1[k])),
                l.support
            ));
        }
        s.push('\n');
        s.push_str(&m.confusion_table());
        if let Some(su) = &self.seen_unseen {
            s.push_str("\nactors seen in training vs unseen\n");
            for (name, sub) in [("seen", &su.seen), ("unseen", &su.unseen)] {
                s.push_str(&format!(
                    "{:<8} n={:<6} accuracy {:.4}  macro-F1 {:.4} {}\n",
                    name,
                    sub.n,
                    sub.accuracy,
                    sub.macro_f1,
                    ci(sub.macro_f1_interval.as_ref())
                ));
            }
            s.push_str(&format!("({} distinct unseen actors)\n", su.unseen_actors));
        }
        let c = &self.calibration;
        s.push_str(&format!("\ncalibration: ECE {:.4}, Brier {:.4}\n", c.ece, c.brier));
        s.push_str(&format!("{:<13} {:>6}  {:>10}  {:>8}\n", "confidence", "n", "mean conf", "accuracy"));
        for b in c.bins.iter().filter(|b| b.n > 0) {
            s.push_str(&format!("{:.1}-{:.1}       {:>6}  {:>10.4}  {:>8.4}\n", b.low, b.high, b.n, b.mean_confidence, b.accuracy));
        }
        if let Some(by) = &self.by_actor {
            s.push_str(&format!("\nper actor\n{:<32} {:>5}  {:>8}  {:>8}\n", "actor", "n", "accuracy", "macro-F1"));
            for a in by {
                s.push_str(&format!("{:<32} {:>5}  {:>8.4}  {:>8.4}\n", a.actor, a.n, a.accuracy, a.macro_f1));
            }
        }
        if !self.errors.is_empty() {
            s.push_str("\nmost confident mistakes\n");
            for e in &self.errors {
                let why = e.features.iter().map(|c| format!("{} ({:+.2})", c.feature, c.weight)).collect::<Vec<_>>().join(", ");
                s.push_str(&format!("line {}: {} — gold {}, predicted {} ({:.2}); {}\n  {}\n", e.line, e.actor, e.gold, e.predicted, e.probability, why, e.text));
            }
        }
        if let Some(cmp) = &self.comparison {
            s.push_str("\ncomparison with --against (this model minus the other)\n");
            s.push_str(&format!(
                "accuracy  {:.4} vs {:.4}: {:+.4} {}\nmacro-F1  {:.4} vs {:.4}: {:+.4} {}\n",
                m.accuracy,
                cmp.other_accuracy,
                cmp.accuracy_difference,
                ci(cmp.accuracy_difference_interval.as_ref()),
                m.macro_f1,
                cmp.other_macro_f1,
                cmp.macro_f1_difference,
                ci(cmp.macro_f1_difference_interval.as_ref())
            ));
            s.push_str(&format!(
                "McNemar: only this model right {}, only the other right {}, exact p = {:.4}\n",
                cmp.mcnemar.only_first_correct, cmp.mcnemar.only_second_correct, cmp.mcnemar.p_value
            ));
        }
        s
    }
}
