//! Fitting multinomial logistic regression.
//!
//! Objective (identical to linfa-logistic's `MultiLogisticRegression`):
//!
//! ```text
//! L(W, b) = sum_i [ logsumexp_k(z_ik) - z_i,y_i ] + alpha/2 * ||W||^2,   z_i = x_i W + b
//! ```
//!
//! with the intercept `b` unpenalised. The default solver evaluates it on a sparse (CSR) matrix
//! and minimises it with argmin's L-BFGS (memory 10, More-Thuente line search), the solver
//! linfa-logistic itself uses; `Solver::Linfa` calls linfa-logistic's `fit` on the dense matrix.
//! Parameters are laid out as linfa lays them out: a (n_features + 1) x n_classes matrix in row
//! major order, intercept in the last row.

use crate::error::{FrameError, Result};
use argmin::core::{CostFunction, Executor, Gradient, State};
use argmin::solver::linesearch::MoreThuenteLineSearch;
use argmin::solver::quasinewton::LBFGS;
use std::sync::Mutex;

pub use crate::features::CsrMatrix;

/// Solver-side operations on the training matrix (defined with the featuriser, which builds it).
impl CsrMatrix {
    /// Renumber the columns by falling number of non-zeros (ties by index); returns the old
    /// index of every new column, for [`CsrMatrix::restore_columns`].
    pub fn renumber_by_frequency(&mut self) -> Vec<u32> {
        let mut count = vec![0u32; self.n_cols];
        for &j in &self.indices {
            count[j as usize] += 1;
        }
        let mut old: Vec<u32> = (0..self.n_cols as u32).collect();
        old.sort_by(|&a, &b| count[b as usize].cmp(&count[a as usize]).then(a.cmp(&b)));
        let mut new = vec![0u32; self.n_cols];
        for (n, &o) in old.iter().enumerate() {
            new[o as usize] = n as u32;
        }
        self.indices.iter_mut().for_each(|j| *j = new[*j as usize]);
        old
    }

    /// Undo [`CsrMatrix::renumber_by_frequency`].
    pub fn restore_columns(&mut self, old_column: &[u32]) {
        self.indices.iter_mut().for_each(|j| *j = old_column[*j as usize]);
    }

    pub fn to_dense(&self) -> ndarray::Array2<f64> {
        let mut d = ndarray::Array2::zeros((self.n_rows(), self.n_cols));
        for i in 0..self.n_rows() {
            let (idx, val) = self.row(i);
            for (&j, &v) in idx.iter().zip(val) {
                let v = v as f64;
                d[[i, j as usize]] += v;
            }
        }
        d
    }
}

/// The fitted parameters and how the fit went.
#[derive(Debug, Clone)]
pub struct FitResult {
    /// (n_features + 1) x n_classes, row major; the last row is the intercept.
    pub params: Vec<f64>,
    pub objective: f64,
    pub iterations: u64,
    pub converged: bool,
}

/// Objective value and gradient at `w` (the gradient is written into `grad`).
/// `class_weights[c]` multiplies the loss of every example of class `c` (all 1 for the plain
/// objective).
/// One example's logits `b + x·W` into `z` (k of them), from its sparse row and the
/// feature-major weights (k per feature), summed feature by feature in row order.
pub(crate) fn row_logits(idx: &[u32], val: &[f32], weights: &[f64], bias: &[f64], z: &mut [f64]) {
    let k = z.len();
    z.copy_from_slice(bias);
    for (&j, &v) in idx.iter().zip(val) {
        let v = v as f64;
        let row = &weights[j as usize * k..j as usize * k + k];
        for c in 0..k {
            z[c] += v * row[c];
        }
    }
}

pub fn objective_and_gradient(x: &CsrMatrix, y: &[usize], class_weights: &[f64], n_classes: usize, alpha: f64, w: &[f64], grad: Option<&mut [f64]>) -> f64 {
    let k = n_classes;
    let f = x.n_cols;
    let bias = &w[f * k..];
    let mut z = vec![0.0f64; k];
    let mut loss = 0.0;
    let mut grad = grad;
    if let Some(g) = grad.as_deref_mut() {
        g.iter_mut().for_each(|v| *v = 0.0);
    }
    for i in 0..x.n_rows() {
        let (idx, val) = x.row(i);
        row_logits(idx, val, w, bias, &mut z);
        // Per-row log-sum-exp with the row's own maximum (numerically stable for any alpha).
        let max = z.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let sum: f64 = z.iter().map(|&v| (v - max).exp()).sum();
        let lse = max + sum.ln();
        let weight = class_weights[y[i]];
        loss += weight * (lse - z[y[i]]);
        if let Some(g) = grad.as_deref_mut() {
            for c in 0..k {
                z[c] = weight * ((z[c] - lse).exp() - if c == y[i] { 1.0 } else { 0.0 });
            }
            for (&j, &v) in idx.iter().zip(val) {
                let v = v as f64;
                let row = &mut g[j as usize * k..j as usize * k + k];
                for c in 0..k {
                    row[c] += v * z[c];
                }
            }
            for c in 0..k {
                g[f * k + c] += z[c];
            }
        }
    }
    let penalty: f64 = w[..f * k].iter().map(|v| v * v).sum();
    if let Some(g) = grad {
        for (gv, wv) in g[..f * k].iter_mut().zip(&w[..f * k]) {
            *gv += alpha * wv;
        }
    }
    loss + 0.5 * alpha * penalty
}

type Evaluation = (Vec<f64>, f64, Vec<f64>);

/// The problem as argmin sees it. L-BFGS asks for the cost and the gradient at the same point
/// in separate calls; one pass computes both and the last result is cached.
struct Problem<'a> {
    x: &'a CsrMatrix,
    y: &'a [usize],
    class_weights: &'a [f64],
    n_classes: usize,
    alpha: f64,
    /// The last point evaluated, with its cost and gradient.
    cache: Mutex<Option<Evaluation>>,
}

impl Problem<'_> {
    fn evaluate(&self, w: &[f64]) -> (f64, Vec<f64>) {
        let mut cache = self.cache.lock().expect("no panics while holding the lock");
        if let Some((cw, cost, grad)) = cache.as_ref() {
            if cw.as_slice() == w {
                return (*cost, grad.clone());
            }
        }
        let mut grad = vec![0.0; w.len()];
        let cost = objective_and_gradient(self.x, self.y, self.class_weights, self.n_classes, self.alpha, w, Some(&mut grad));
        *cache = Some((w.to_vec(), cost, grad.clone()));
        (cost, grad)
    }
}

impl CostFunction for Problem<'_> {
    type Param = Vec<f64>;
    type Output = f64;
    fn cost(&self, p: &Vec<f64>) -> std::result::Result<f64, argmin::core::Error> {
        Ok(self.evaluate(p).0)
    }
}

impl Gradient for Problem<'_> {
    type Param = Vec<f64>;
    type Gradient = Vec<f64>;
    fn gradient(&self, p: &Vec<f64>) -> std::result::Result<Vec<f64>, argmin::core::Error> {
        Ok(self.evaluate(p).1)
    }
}

/// Minimise the objective on the sparse matrix with L-BFGS. `tolerance` bounds the gradient
/// norm per training example (so it means the same on small and large data).
pub fn fit_sparse(x: &CsrMatrix, y: &[usize], class_weights: &[f64], n_classes: usize, alpha: f64, max_iterations: u64, tolerance: f64) -> Result<FitResult> {
    let n_params = (x.n_cols + 1) * n_classes;
    let problem = Problem { x, y, class_weights, n_classes, alpha, cache: Mutex::new(None) };
    let n = x.n_rows().max(1) as f64;
    let solver = LBFGS::new(MoreThuenteLineSearch::new(), 10)
        .with_tolerance_grad(tolerance * n)
        .and_then(|s| s.with_tolerance_cost(1e-10 * n))
        .map_err(|e| FrameError::Training(e.to_string()))?;
    let result = Executor::new(problem, solver)
        .configure(|state| state.param(vec![0.0; n_params]).max_iters(max_iterations))
        .run()
        .map_err(|e| FrameError::Training(e.to_string()))?;
    let state = result.state();
    let iterations = state.get_iter();
    let converged = iterations < max_iterations;
    let params = state.get_best_param().cloned().ok_or_else(|| FrameError::Training("the solver returned no parameters".into()))?;
    let objective = objective_and_gradient(x, y, class_weights, n_classes, alpha, &params, None);
    if !objective.is_finite() {
        return Err(FrameError::Training("the objective diverged (try a larger alpha)".into()));
    }
    Ok(FitResult { params, objective, iterations, converged })
}

/// Fit through linfa-logistic's `MultiLogisticRegression` on the dense matrix.
pub fn fit_linfa(x: &CsrMatrix, y: &[usize], n_classes: usize, alpha: f64, max_iterations: u64, tolerance: f64) -> Result<FitResult> {
    use linfa::prelude::*;
    use linfa_logistic::MultiLogisticRegression;
    let dense = x.to_dense();
    let targets = ndarray::Array1::from(y.to_vec());
    let dataset = Dataset::new(dense, targets);
    let model = MultiLogisticRegression::default()
        .alpha(alpha)
        .max_iterations(max_iterations)
        .gradient_tolerance(tolerance * x.n_rows().max(1) as f64)
        .fit(&dataset)
        .map_err(|e| FrameError::Training(format!("linfa-logistic: {e}")))?;
    // linfa sorts the classes it saw; ours are 0..n_classes and all present.
    let classes = model.classes();
    if classes.len() != n_classes || classes.iter().enumerate().any(|(i, &c)| i != c) {
        return Err(FrameError::Training("linfa-logistic returned an unexpected class set".into()));
    }
    let mut params = Vec::with_capacity((x.n_cols + 1) * n_classes);
    params.extend(model.params().iter().copied()); // row major, n_features x n_classes
    params.extend(model.intercept().iter().copied());
    let objective = objective_and_gradient(x, y, &vec![1.0; n_classes], n_classes, alpha, &params, None);
    Ok(FitResult { params, objective, iterations: max_iterations, converged: true })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::features::SparseVector;

    /// A small three-class problem, shared with the dual CD tests.
    pub(crate) fn toy() -> (CsrMatrix, Vec<usize>) {
        let rows = vec![
            SparseVector { indices: vec![0, 2], values: vec![1.0, 0.5] },
            SparseVector { indices: vec![1], values: vec![1.0] },
            SparseVector { indices: vec![0, 1], values: vec![0.3, 0.7] },
            SparseVector { indices: vec![2], values: vec![1.0] },
            SparseVector { indices: vec![0], values: vec![1.0] },
            SparseVector { indices: vec![1, 2], values: vec![0.6, 0.6] },
        ];
        (CsrMatrix::from_rows(&rows, 3), vec![0, 1, 1, 2, 0, 2])
    }

    #[test]
    fn gradient_matches_finite_differences() {
        let (x, y) = toy();
        let w: Vec<f64> = (0..12).map(|i| (i as f64 * 0.37).sin()).collect();
        let mut g = vec![0.0; 12];
        objective_and_gradient(&x, &y, &[1.0, 2.0, 0.5], 3, 0.5, &w, Some(&mut g));
        for i in 0..12 {
            let (mut a, mut b) = (w.clone(), w.clone());
            a[i] += 1e-6;
            b[i] -= 1e-6;
            let fd = (objective_and_gradient(&x, &y, &[1.0, 2.0, 0.5], 3, 0.5, &a, None) - objective_and_gradient(&x, &y, &[1.0, 2.0, 0.5], 3, 0.5, &b, None)) / 2e-6;
            assert!((fd - g[i]).abs() < 1e-5, "param {i}: {fd} vs {}", g[i]);
        }
    }

    #[test]
    fn sparse_and_linfa_reach_the_same_objective() {
        let (x, y) = toy();
        let s = fit_sparse(&x, &y, &[1.0; 3], 3, 0.1, 500, 1e-8).unwrap();
        let l = fit_linfa(&x, &y, 3, 0.1, 500, 1e-8).unwrap();
        let rel = (s.objective - l.objective).abs() / l.objective.abs();
        assert!(rel < 1e-3, "sparse {} vs linfa {}", s.objective, l.objective);
    }
}
