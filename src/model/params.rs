//! Training hyperparameters, following linfa's pattern: a `TrainParams` builder whose setters
//! document their defaults, checked into `ValidTrainParams` before any work is done.

use crate::error::{FrameError, Result};
use crate::features::{FeatureSettings, VocabularyLimits};
use serde::{Deserialize, Serialize};

/// How the logistic regression objective is minimised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum Solver {
    /// Dual coordinate descent on the sparse matrix (as in liblinear), intercept unpenalised.
    /// The fastest; the default.
    Cd,
    /// L-BFGS (argmin, the solver linfa-logistic uses) on the sparse matrix.
    #[serde(alias = "sparse")]
    #[value(alias = "sparse")]
    Lbfgs,
    /// linfa-logistic's own `fit` on a dense matrix. Same objective; slow and memory-hungry on
    /// large vocabularies, kept as the reference implementation.
    Linfa,
}

/// How much each example's loss counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum ClassWeight {
    /// Every example counts once: linfa-logistic's objective.
    None,
    /// Examples of label c count n / (k * n_c), as scikit-learn's `class_weight="balanced"`:
    /// rare labels weigh more, which raises macro-F1 on skewed data.
    Balanced,
}

/// Validated hyperparameters (construct through [`TrainParams::check`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ValidTrainParams {
    pub alpha: f64,
    pub max_iterations: u64,
    pub tolerance: f64,
    pub min_count: u32,
    pub max_features: usize,
    pub ngram_max: usize,
    pub window: usize,
    pub side_features: bool,
    pub tfidf: bool,
    pub l2_normalize: bool,
    pub solver: Solver,
    pub class_weight: ClassWeight,
}

/// Default values, shared by [`TrainParams::default`] and the command line.
pub mod defaults {
    pub const ALPHA: f64 = 0.3;
    pub const MAX_ITERATIONS: u64 = 300;
    pub const TOLERANCE: f64 = 1e-4;
    pub const MIN_COUNT: u32 = 2;
    pub const MAX_FEATURES: usize = 500_000;
    pub const NGRAM_MAX: usize = 2;
    pub const WINDOW: usize = 3;
}

/// Unchecked hyperparameters.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainParams(ValidTrainParams);

impl Default for TrainParams {
    fn default() -> Self {
        TrainParams(ValidTrainParams {
            alpha: defaults::ALPHA,
            max_iterations: defaults::MAX_ITERATIONS,
            tolerance: defaults::TOLERANCE,
            min_count: defaults::MIN_COUNT,
            max_features: defaults::MAX_FEATURES,
            ngram_max: defaults::NGRAM_MAX,
            window: defaults::WINDOW,
            side_features: true,
            tfidf: true,
            l2_normalize: true,
            solver: Solver::Cd,
            class_weight: ClassWeight::None,
        })
    }
}

impl TrainParams {
    pub fn new() -> Self {
        Self::default()
    }
    /// L2 penalty strength (alpha = 1/C in scikit-learn's terms). Default 0.3.
    pub fn alpha(mut self, alpha: f64) -> Self {
        self.0.alpha = alpha;
        self
    }
    /// Maximum iterations (passes over the data for `cd`, L-BFGS iterations for `lbfgs`). Default 300.
    pub fn max_iterations(mut self, n: u64) -> Self {
        self.0.max_iterations = n;
        self
    }
    /// Stop when the gradient norm per training example falls below this. Default 1e-4.
    pub fn tolerance(mut self, t: f64) -> Self {
        self.0.tolerance = t;
        self
    }
    /// Minimum number of training examples a feature must occur in. Default 2.
    pub fn min_count(mut self, n: u32) -> Self {
        self.0.min_count = n;
        self
    }
    /// Maximum vocabulary size. Default 500,000.
    pub fn max_features(mut self, n: usize) -> Self {
        self.0.max_features = n;
        self
    }
    /// Longest n-gram (1-3). Default 2.
    pub fn ngram_max(mut self, n: usize) -> Self {
        self.0.ngram_max = n;
        self
    }
    /// Side-and-distance window around the target, in tokens (0-10). Default 3.
    pub fn window(mut self, n: usize) -> Self {
        self.0.window = n;
        self
    }
    /// Side-of-target feature for every word. Default on.
    pub fn side_features(mut self, on: bool) -> Self {
        self.0.side_features = on;
        self
    }
    /// TF-IDF weighting. Default on.
    pub fn tfidf(mut self, on: bool) -> Self {
        self.0.tfidf = on;
        self
    }
    /// L2-normalise each vector. Default on.
    pub fn l2_normalize(mut self, on: bool) -> Self {
        self.0.l2_normalize = on;
        self
    }
    /// Solver. Default dual coordinate descent.
    pub fn solver(mut self, s: Solver) -> Self {
        self.0.solver = s;
        self
    }

    /// Class weighting. Default none (the plain objective).
    pub fn class_weight(mut self, w: ClassWeight) -> Self {
        self.0.class_weight = w;
        self
    }

    /// Validate every value; the error names the offending parameter.
    pub fn check(self) -> Result<ValidTrainParams> {
        let p = self.0;
        let bad = |m: String| Err(FrameError::Params(m));
        if !(p.alpha.is_finite() && p.alpha > 0.0) {
            return bad(format!("alpha must be a positive number, got {}", p.alpha));
        }
        if p.max_iterations == 0 {
            return bad("iterations must be at least 1".into());
        }
        if !(p.tolerance.is_finite() && p.tolerance > 0.0) {
            return bad(format!("tolerance must be a positive number, got {}", p.tolerance));
        }
        if p.min_count == 0 {
            return bad("min-count must be at least 1".into());
        }
        if p.max_features == 0 {
            return bad("max-features must be at least 1".into());
        }
        if !(1..=3).contains(&p.ngram_max) {
            return bad(format!("ngram-max must be 1, 2 or 3, got {}", p.ngram_max));
        }
        if p.window > crate::features::MAX_WINDOW {
            return bad(format!("window must be between 0 and {}, got {}", crate::features::MAX_WINDOW, p.window));
        }
        if p.solver == Solver::Linfa && p.class_weight != ClassWeight::None {
            return bad("linfa-logistic has no class weights; use --solver cd or lbfgs with --class-weight".into());
        }
        Ok(p)
    }
}

impl ValidTrainParams {
    pub fn feature_settings(&self) -> FeatureSettings {
        FeatureSettings {
            ngram_max: self.ngram_max,
            window: self.window,
            side_features: self.side_features,
            tfidf: self.tfidf,
            l2_normalize: self.l2_normalize,
        }
    }

    pub fn vocabulary_limits(&self) -> VocabularyLimits {
        VocabularyLimits { min_count: self.min_count, max_features: self.max_features }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_valid() {
        assert!(TrainParams::default().check().is_ok());
    }

    #[test]
    fn model_files_from_before_the_cd_solver_still_name_their_solver() {
        let old: Solver = serde_json::from_str("\"sparse\"").unwrap();
        assert_eq!(old, Solver::Lbfgs);
        assert_eq!(TrainParams::default().check().unwrap().solver, Solver::Cd);
    }

    #[test]
    fn rejects_bad_values() {
        for p in [
            TrainParams::new().alpha(0.0),
            TrainParams::new().alpha(f64::NAN),
            TrainParams::new().max_iterations(0),
            TrainParams::new().tolerance(-1.0),
            TrainParams::new().min_count(0),
            TrainParams::new().max_features(0),
            TrainParams::new().ngram_max(4),
            TrainParams::new().window(11),
        ] {
            assert!(matches!(p.check(), Err(FrameError::Params(_))));
        }
    }
}
