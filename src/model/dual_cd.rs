//! Dual coordinate descent for the multinomial logistic objective, after Yu, Huang and Lin,
//! "Dual coordinate descent methods for logistic regression and maximum entropy models"
//! (Machine Learning 85, 2011) — the method behind liblinear's logistic solvers.
//!
//! Why: L-BFGS touches every parameter on every iteration and needs 100+ iterations on text;
//! coordinate descent in the dual updates one example's dual variables at a time and, on
//! sparse text, gets to the same optimum in a few passes over the data.
//!
//! The objective is the one in [`super::solver`] (linfa-logistic's), divided by `alpha`:
//!
//! ```text
//! P(W, b) = 1/2 ||W||^2 + sum_i C_i [ logsumexp_k(z_ik) - z_i,y_i ],  z_i = x_i W + b,  C_i = c_i / alpha
//! ```
//!
//! where `c_i` is the class weight of example i. Its dual, for a fixed intercept `b`, has K
//! variables per example on a scaled simplex (`a_ik >= 0`, `sum_k a_ik = C_i`), with
//! `W_k = sum_i x_i (C_i [y_i = k] - a_ik)`, and at the optimum `a_ik = C_i p_ik`. One step
//! minimises the dual exactly over the K variables of one example (a small Newton solve) and
//! moves W by `-(a_new - a_old)_k x_i`: two sparse passes over the row.
//!
//! The intercept is unpenalised in linfa-logistic's objective, which the dual cannot express
//! directly (it would add an equality constraint coupling all examples). Two phases:
//! 1. As liblinear does, the intercept is a constant feature of value 1 inside the dual, so it
//!    carries the penalty alpha/2·b². On text that penalty is tiny (NewsMTSC: about 0.05 on an
//!    objective of 4,575), and this phase usually meets the stopping rule by itself: 12 passes on
//!    NewsMTSC, 15 on our training set.
//! 2. Only when a tight tolerance asks for more, the intercept leaves the dual and each pass is
//!    followed by an exact Newton step for `b` with W fixed (slow to converge through the
//!    W/b trade-off, but by then only the small penalty's effect is left to undo).
//!
//! The stopping rule is the L-BFGS solver's on the unpenalised objective — primal gradient
//! norm per example below `tolerance` — so both solvers stop at points equally close to the
//! same optimum (tests check objective and predictions against L-BFGS and linfa-logistic).

use super::solver::{CsrMatrix, FitResult};
use crate::error::{FrameError, Result};

/// Starting dual point: each example puts `1 - START_SPREAD` of its mass on its own label, so
/// that W starts close to zero (W would be exactly zero with all mass on the label, but the
/// dual's entropy term needs every variable positive).
const START_SPREAD: f64 = 1e-3;

/// Minimise the objective by dual coordinate descent. `tolerance` bounds the primal gradient
/// norm per training example; `max_passes` counts passes over the data.
pub fn fit_dual_cd(x: &mut CsrMatrix, y: &[usize], class_weights: &[f64], n_classes: usize, alpha: f64, max_passes: u64, tolerance: f64) -> Result<FitResult> {
    // Columns renumbered by falling frequency: the weights of common words then share cache
    // lines, and a pass spends most of its time fetching weight rows.
    // (Undone before returning.)
    let old_column = x.renumber_by_frequency();
    let result = fit_renumbered(x, y, class_weights, n_classes, alpha, max_passes, tolerance);
    x.restore_columns(&old_column);
    let mut fit = result?;
    // Back to the vocabulary's column order.
    let k = n_classes;
    let f = x.n_cols;
    let mut params = vec![0.0; fit.params.len()];
    for (new, &old) in old_column.iter().enumerate() {
        params[old as usize * k..old as usize * k + k].copy_from_slice(&fit.params[new * k..new * k + k]);
    }
    params[f * k..].copy_from_slice(&fit.params[f * k..]);
    fit.params = params;
    Ok(fit)
}

fn fit_renumbered(x: &CsrMatrix, y: &[usize], class_weights: &[f64], n_classes: usize, alpha: f64, max_passes: u64, tolerance: f64) -> Result<FitResult> {
    let k = n_classes;
    let n = x.n_rows();
    let f = x.n_cols;
    let mut w = vec![0.0f64; (f + 1) * k];
    // Dual variables, n x k, and each example's upper bound C_i and squared norm.
    let bound: Vec<f64> = y.iter().map(|&yi| class_weights[yi] / alpha).collect();
    // Phase one: the intercept is a constant feature of value 1 inside the dual (b2 = 1).
    let mut b2 = 1.0;
    let sq_norm: Vec<f64> = (0..n).map(|i| x.row(i).1.iter().map(|&v| v as f64 * v as f64).sum::<f64>()).collect();
    // Each example's step curvature ||x_i||^2 + b2 and its logarithm, which every step needs:
    // they only change when b2 does, so the logarithm is taken once per phase, not per step.
    let mut curvature = StepCurvature::new(&sq_norm, b2);
    let mut dual = vec![0.0f64; n * k];
    for i in 0..n {
        for c in 0..k {
            dual[i * k + c] = bound[i] * if c == y[i] { 1.0 - START_SPREAD } else { START_SPREAD / (k - 1) as f64 };
        }
        let (idx, val) = x.row(i);
        for (&j, &v) in idx.iter().zip(val) {
            let v = v as f64;
            for c in 0..k {
                w[j as usize * k + c] += v * (if c == y[i] { bound[i] } else { 0.0 } - dual[i * k + c]);
            }
        }
        for c in 0..k {
            w[f * k + c] += b2 * (if c == y[i] { bound[i] } else { 0.0 } - dual[i * k + c]);
        }
    }

    let mut log_dual: Vec<f64> = dual.iter().map(|a| a.ln()).collect();
    let mut order: Vec<usize> = (0..n).collect();
    let mut rng = SplitMix64(0x5eed_f4a3_e0d1_c0de);
    let row_ops = RowOps::for_classes(k);
    let mut sub = Subproblem::new(k);
    let mut stats = PassStats::new(w.len(), k);
    let mut w_start = w.clone();
    let target = tolerance * n.max(1) as f64;
    let mut passes = 0;
    let mut converged = false;
    let mut objective = None;
    while passes < max_passes {
        // A fresh order each pass (fixed seed: training stays reproducible byte for byte).
        for i in (1..n).rev() {
            order.swap(i, (rng.next() % (i as u64 + 1)) as usize);
        }
        w_start.copy_from_slice(&w);
        for &i in &order {
            let (idx, val) = x.row(i);
            let (weights, bias) = w.split_at_mut(f * k);
            sub.margins.copy_from_slice(bias);
            row_ops.add_product(idx, val, weights, k, &mut sub.margins);
            sub.solve(&mut dual[i * k..i * k + k], &mut log_dual[i * k..i * k + k], curvature.value[i], curvature.ln[i], bound[i]);
            // W_k = sum_i x_i (C_i [y_i = k] - a_ik): moving a_i by d moves W_k by -d_k x_i.
            if sub.delta.iter().any(|&v| v != 0.0) {
                row_ops.subtract_outer(idx, val, &sub.delta, k, weights);
                for c in 0..k {
                    bias[c] -= b2 * sub.delta[c];
                }
            }
        }
        passes += 1;
        // The exact gradient costs as much as a pass, so it is skipped while the weights still
        // move fast: on our data and NewsMTSC its norm stayed 6-70 times the last pass's
        // movement, so a movement above target/4 means it is still above target. A wrong
        // guess costs one more pass, never an early stop.
        let movement = w.iter().zip(&w_start).map(|(a, b)| (a - b) * (a - b)).sum::<f64>().sqrt();
        if b2 > 0.0 && movement > target / 4.0 && passes < max_passes {
            continue;
        }
        stats.compute(x, y, class_weights, k, alpha, &w, b2 == 0.0);
        if !stats.objective.is_finite() {
            return Err(FrameError::Training("the objective diverged (try a larger alpha)".into()));
        }
        // The stopping rule is the L-BFGS solver's, on the unpenalised objective.
        if stats.gradient_norm <= target {
            converged = true;
            objective = Some(stats.objective);
            break;
        }
        if b2 > 0.0 {
            // Phase one has converged for its own objective (intercept penalised by
            // alpha/2 b^2) but not for the unpenalised one: only a tight tolerance gets here.
            // From now on the intercept leaves the dual and gets its own Newton steps.
            let bias_penalty = alpha * w[f * k..].iter().map(|b| b * b).sum::<f64>().sqrt();
            if stats.gradient_norm - bias_penalty <= 0.5 * target {
                b2 = 0.0;
                curvature = StepCurvature::new(&sq_norm, b2);
                stats.compute(x, y, class_weights, k, alpha, &w, true);
            }
        }
        if b2 == 0.0 {
            newton_step_intercept(&mut w[f * k..], &stats.bias_gradient, &stats.bias_hessian, k);
        }
    }
    let objective = objective.unwrap_or_else(|| super::solver::objective_and_gradient(x, y, class_weights, k, alpha, &w, None));
    Ok(FitResult { params: w, objective, iterations: passes, converged })
}

/// Per example, `||x_i||^2 + b2` (the `A` of [`Subproblem`]) and its natural logarithm.
struct StepCurvature {
    value: Vec<f64>,
    ln: Vec<f64>,
}

impl StepCurvature {
    fn new(sq_norm: &[f64], b2: f64) -> Self {
        let value: Vec<f64> = sq_norm.iter().map(|&s| s + b2).collect();
        let ln = value.iter().map(|a| a.ln()).collect();
        StepCurvature { value, ln }
    }
}

/// The two sparse row operations of a step, compiled for the common label counts: with K
/// known at compile time the per-feature loops over classes unroll (about a fifth of a pass).
struct RowOps {
    add_product: fn(&[u32], &[f32], &[f64], usize, &mut [f64]),
    subtract_outer: fn(&[u32], &[f32], &[f64], usize, &mut [f64]),
}

impl RowOps {
    fn for_classes(k: usize) -> Self {
        match k {
            2 => RowOps { add_product: add_product::<2>, subtract_outer: subtract_outer::<2> },
            3 => RowOps { add_product: add_product::<3>, subtract_outer: subtract_outer::<3> },
            4 => RowOps { add_product: add_product::<4>, subtract_outer: subtract_outer::<4> },
            5 => RowOps { add_product: add_product::<5>, subtract_outer: subtract_outer::<5> },
            _ => RowOps { add_product: add_product::<0>, subtract_outer: subtract_outer::<0> },
        }
    }

    fn add_product(&self, idx: &[u32], val: &[f32], weights: &[f64], k: usize, out: &mut [f64]) {
        (self.add_product)(idx, val, weights, k, out)
    }

    fn subtract_outer(&self, idx: &[u32], val: &[f32], delta: &[f64], k: usize, weights: &mut [f64]) {
        (self.subtract_outer)(idx, val, delta, k, weights)
    }
}

/// `out += x W` for one sparse row x (`K` = 0: the class count is only known at run time).
/// Two interleaved accumulators per class: a single one chains every multiply-add on the
/// previous one's latency, and this loop is the solver's hottest.
fn add_product<const K: usize>(idx: &[u32], val: &[f32], weights: &[f64], k: usize, out: &mut [f64]) {
    let k = if K == 0 { k } else { K };
    if K == 0 {
        let out = &mut out[..k];
        for (&j, &v) in idx.iter().zip(val) {
            let v = v as f64;
            let row = &weights[j as usize * k..j as usize * k + k];
            for c in 0..k {
                out[c] += v * row[c];
            }
        }
        return;
    }
    // RowOps instantiates K = 2..=5 only.
    let mut even = [0.0f64; 8];
    let mut odd = [0.0f64; 8];
    let pairs = idx.len() / 2;
    for p in 0..pairs {
        let (j0, v0) = (idx[2 * p] as usize, val[2 * p] as f64);
        let (j1, v1) = (idx[2 * p + 1] as usize, val[2 * p + 1] as f64);
        let r0 = &weights[j0 * k..j0 * k + k];
        let r1 = &weights[j1 * k..j1 * k + k];
        for c in 0..k {
            even[c] += v0 * r0[c];
            odd[c] += v1 * r1[c];
        }
    }
    if idx.len() % 2 == 1 {
        let (j, v) = (idx[idx.len() - 1] as usize, val[idx.len() - 1] as f64);
        let row = &weights[j * k..j * k + k];
        for c in 0..k {
            even[c] += v * row[c];
        }
    }
    for c in 0..k {
        out[c] += even[c] + odd[c];
    }
}

/// `W -= x^T delta` for one sparse row x.
fn subtract_outer<const K: usize>(idx: &[u32], val: &[f32], delta: &[f64], k: usize, weights: &mut [f64]) {
    let k = if K == 0 { k } else { K };
    let delta = &delta[..k];
    for (&j, &v) in idx.iter().zip(val) {
        let v = v as f64;
        let row = &mut weights[j as usize * k..j as usize * k + k];
        for c in 0..k {
            row[c] -= v * delta[c];
        }
    }
}

/// The K-variable dual step for one example:
///
/// ```text
/// minimise  sum_k [ A/2 (a_k - a0_k)^2 - (a_k - a0_k) m_k + a_k ln a_k ]   s.t. sum_k a_k = C
/// ```
///
/// with `A = ||x_i||^2` and `m` the example's current margins. Stationarity gives
/// `A a_k + ln a_k = A a0_k + m_k - 1 - lambda`; in `v_k = ln(A a_k)` that reads
/// `e^v_k + v_k = s_k + mu` with `s_k = A a0_k + m_k + ln A`, and Newton's method on
/// (v, mu) is well behaved even when some `a_k` are tiny (the function is convex in v).
struct Subproblem {
    margins: Vec<f64>,
    delta: Vec<f64>,
    v: Vec<f64>,
    s: Vec<f64>,
    u: Vec<f64>,
}

impl Subproblem {
    fn new(k: usize) -> Self {
        Subproblem { margins: vec![0.0; k], delta: vec![0.0; k], v: vec![0.0; k], s: vec![0.0; k], u: vec![0.0; k] }
    }

    /// Update `a` (the example's dual variables) and `log_a` (their logarithms, kept so that
    /// a step costs no logarithms) in place, and leave `a_new - a_old` in `delta`. `ln_sq_norm`
    /// is `sq_norm.ln()`, computed once by the caller.
    fn solve(&mut self, a: &mut [f64], log_a: &mut [f64], sq_norm: f64, ln_sq_norm: f64, bound: f64) {
        let k = a.len();
        if sq_norm <= 1e-12 {
            // No features: the step cannot move W, and the best point is C * softmax(m).
            let max = self.margins.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let sum: f64 = self.margins.iter().map(|m| (m - max).exp()).sum();
            for c in 0..k {
                let new = bound * (self.margins[c] - max).exp() / sum;
                self.delta[c] = new - a[c];
                a[c] = new;
                log_a[c] = new.ln();
            }
            return;
        }
        // At the optimum ln a_k - m'_k is the same for every k (a is C softmax of the margins
        // after the step). If the margins barely moved since the last visit, nothing to do.
        let (lo, hi) = (0..k).map(|c| self.margins[c] - log_a[c]).fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), d| (lo.min(d), hi.max(d)));
        if hi - lo < 1e-9 {
            self.delta.iter_mut().for_each(|d| *d = 0.0);
            return;
        }
        let big_a = sq_norm;
        let ln_a = ln_sq_norm;
        for c in 0..k {
            self.u[c] = big_a * a[c];
            self.v[c] = ln_a + log_a[c];
            self.s[c] = self.u[c] + self.margins[c] + ln_a;
        }
        // Start mu where the weighted residual vanishes.
        let (mut num, mut den) = (0.0, 0.0);
        for c in 0..k {
            let g = self.u[c] / (1.0 + self.u[c]);
            num += g * (self.u[c] + self.v[c] - self.s[c]);
            den += g;
        }
        let mut mu = num / den;
        let total = big_a * bound;
        for _ in 0..50 {
            let (mut gr, mut g_sum, mut u_sum, mut worst) = (0.0, 0.0, 0.0, 0.0f64);
            for c in 0..k {
                let r = self.s[c] + mu - self.u[c] - self.v[c];
                let g = self.u[c] / (1.0 + self.u[c]);
                gr += g * r;
                g_sum += g;
                u_sum += self.u[c];
                worst = worst.max(r.abs());
            }
            let excess = total - u_sum;
            if worst < 1e-9 && excess.abs() < 1e-12 * total {
                break;
            }
            let dmu = (excess - gr) / g_sum;
            for c in 0..k {
                let r = self.s[c] + mu - self.u[c] - self.v[c];
                let dv = ((r + dmu) / (1.0 + self.u[c])).clamp(-20.0, 20.0);
                self.v[c] += dv;
                self.u[c] = self.v[c].exp();
            }
            mu += dmu;
        }
        // Exact feasibility: rescale the tiny rounding left in the sum.
        let u_sum: f64 = self.u.iter().sum();
        let scale = bound / u_sum;
        let ln_scale = scale.ln();
        for c in 0..k {
            let new = self.u[c] * scale;
            self.delta[c] = new - a[c];
            a[c] = new;
            log_a[c] = self.v[c] + ln_scale;
        }
    }
}

/// Objective, primal gradient norm and the intercept's gradient and Hessian at one point.
struct PassStats {
    gradient: Vec<f64>,
    probabilities: Vec<f64>,
    objective: f64,
    gradient_norm: f64,
    bias_gradient: Vec<f64>,
    /// k x k, row major.
    bias_hessian: Vec<f64>,
}

impl PassStats {
    fn new(n_params: usize, k: usize) -> Self {
        PassStats {
            gradient: vec![0.0; n_params],
            probabilities: vec![0.0; k],
            objective: 0.0,
            gradient_norm: 0.0,
            bias_gradient: vec![0.0; k],
            bias_hessian: vec![0.0; k * k],
        }
    }

    /// One pass in the scaling of [`super::solver::objective_and_gradient`] (loss + alpha/2 ||W||^2).
    fn compute(&mut self, x: &CsrMatrix, y: &[usize], class_weights: &[f64], k: usize, alpha: f64, w: &[f64], with_hessian: bool) {
        let f = x.n_cols;
        self.objective = super::solver::objective_and_gradient(x, y, class_weights, k, alpha, w, Some(&mut self.gradient));
        self.gradient_norm = self.gradient.iter().map(|g| g * g).sum::<f64>().sqrt();
        self.bias_gradient.copy_from_slice(&self.gradient[f * k..]);
        // The intercept's Hessian: sum_i c_i (diag(p_i) - p_i p_i^T).
        self.bias_hessian.iter_mut().for_each(|h| *h = 0.0);
        if !with_hessian {
            return;
        }
        let (weights, bias) = w.split_at(f * k);
        let p = &mut self.probabilities;
        for i in 0..x.n_rows() {
            let (idx, val) = x.row(i);
            super::solver::row_logits(idx, val, weights, bias, p);
            let max = p.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let mut sum = 0.0;
            for v in p.iter_mut() {
                *v = (*v - max).exp();
                sum += *v;
            }
            let cw = class_weights[y[i]];
            for c in 0..k {
                p[c] /= sum;
            }
            for r in 0..k {
                for c in 0..k {
                    self.bias_hessian[r * k + c] += cw * (if r == c { p[r] } else { 0.0 } - p[r] * p[c]);
                }
            }
        }
    }
}

/// One Newton step for the intercept with W fixed. The Hessian is singular along (1, ..., 1)
/// (adding a constant to every class changes nothing), so the step is solved with the last
/// class held fixed, then the intercept is centred, which keeps it where L-BFGS from zero
/// keeps it (sum zero).
fn newton_step_intercept(bias: &mut [f64], gradient: &[f64], hessian: &[f64], k: usize) {
    let m = k - 1;
    if m == 0 {
        return;
    }
    // Gaussian elimination with partial pivoting on the leading (k-1) x (k-1) block.
    let mut a: Vec<f64> = (0..m).flat_map(|r| (0..m).map(move |c| (r, c))).map(|(r, c)| hessian[r * k + c]).collect();
    let mut rhs: Vec<f64> = gradient[..m].iter().map(|g| -g).collect();
    for col in 0..m {
        let pivot = (col..m).max_by(|&p, &q| a[p * m + col].abs().total_cmp(&a[q * m + col].abs())).expect("non-empty range");
        if a[pivot * m + col].abs() < 1e-12 {
            return; // a class without probability mass: leave the intercept alone this pass
        }
        if pivot != col {
            for c in 0..m {
                a.swap(pivot * m + c, col * m + c);
            }
            rhs.swap(pivot, col);
        }
        for r in col + 1..m {
            let factor = a[r * m + col] / a[col * m + col];
            for c in col..m {
                a[r * m + c] -= factor * a[col * m + c];
            }
            rhs[r] -= factor * rhs[col];
        }
    }
    let mut step = vec![0.0; m];
    for r in (0..m).rev() {
        let tail: f64 = (r + 1..m).map(|c| a[r * m + c] * step[c]).sum();
        step[r] = (rhs[r] - tail) / a[r * m + r];
    }
    // A damped step far from the optimum: the intercept never moves more than 2 per pass.
    let largest = step.iter().fold(0.0f64, |acc, s| acc.max(s.abs()));
    let damping = if largest > 2.0 { 2.0 / largest } else { 1.0 };
    for c in 0..m {
        bias[c] += damping * step[c];
    }
    let mean = bias.iter().sum::<f64>() / k as f64;
    bias.iter_mut().for_each(|b| *b -= mean);
}

/// A small deterministic generator for the visiting order (splitmix64).
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::SparseVector;

    /// The L-BFGS tests' problem plus an example without features.
    fn toy() -> (CsrMatrix, Vec<usize>) {
        let (mut x, mut y) = super::super::solver::tests::toy();
        x.push_row(&SparseVector::default());
        y.push(1);
        (x, y)
    }

    #[test]
    fn subproblem_meets_its_optimality_conditions() {
        let mut sub = Subproblem::new(3);
        sub.margins.copy_from_slice(&[2.0, -1.0, 0.5]);
        let mut a: Vec<f64> = vec![2.0, 0.5, 0.5];
        let mut log_a: Vec<f64> = a.iter().map(|v| v.ln()).collect();
        let old = a.clone();
        sub.solve(&mut a, &mut log_a, 0.8, 0.8f64.ln(), 3.0);
        for c in 0..3 {
            assert!((log_a[c] - a[c].ln()).abs() < 1e-12);
        }
        assert!((a.iter().sum::<f64>() - 3.0).abs() < 1e-12);
        // A (a_k - a0_k) - m_k + ln a_k is the same for every k (the multiplier).
        let lhs: Vec<f64> = (0..3).map(|c| 0.8 * (a[c] - old[c]) - sub.margins[c] + a[c].ln()).collect();
        assert!(lhs.iter().all(|v| (v - lhs[0]).abs() < 1e-8), "{lhs:?}");
    }

    #[test]
    fn reaches_the_lbfgs_optimum() {
        let (x, y) = toy();
        for weights in [[1.0, 1.0, 1.0], [1.0, 2.0, 0.5]] {
            let cd = fit_dual_cd(&mut x.clone(), &y, &weights, 3, 0.1, 1000, 1e-9).unwrap();
            let lb = super::super::solver::fit_sparse(&x, &y, &weights, 3, 0.1, 1000, 1e-9).unwrap();
            assert!(cd.converged);
            let rel = (cd.objective - lb.objective).abs() / lb.objective.abs();
            assert!(rel < 1e-7, "dual CD {} vs L-BFGS {}", cd.objective, lb.objective);
            for (a, b) in cd.params.iter().zip(&lb.params) {
                assert!((a - b).abs() < 1e-3, "{:?} vs {:?}", cd.params, lb.params);
            }
        }
    }

    #[test]
    fn six_labels_take_the_generic_path_to_the_same_optimum() {
        // A deterministic pseudo-random sparse problem: 60 rows, 12 columns, 6 labels.
        let mut rng = SplitMix64(7);
        let mut rows = Vec::new();
        let mut y = Vec::new();
        for i in 0..60 {
            let label = i % 6;
            let mut indices = vec![label as u32 * 2];
            let mut values = vec![1.0];
            for _ in 0..3 {
                let j = (rng.next() % 12) as u32;
                if !indices.contains(&j) {
                    indices.push(j);
                    values.push((rng.next() % 100) as f32 / 100.0);
                }
            }
            rows.push(SparseVector { indices, values });
            y.push(label);
        }
        let x = CsrMatrix::from_rows(&rows, 12);
        let weights = [1.0; 6];
        let cd = fit_dual_cd(&mut x.clone(), &y, &weights, 6, 0.2, 2000, 1e-9).unwrap();
        let lb = super::super::solver::fit_sparse(&x, &y, &weights, 6, 0.2, 2000, 1e-9).unwrap();
        assert!(cd.converged);
        assert!((cd.objective - lb.objective).abs() / lb.objective < 1e-7, "dual CD {} vs L-BFGS {}", cd.objective, lb.objective);
    }

    #[test]
    fn two_labels_work() {
        let (x, y) = toy();
        let y: Vec<usize> = y.iter().map(|&v| v % 2).collect();
        let cd = fit_dual_cd(&mut x.clone(), &y, &[1.0, 1.0], 2, 0.5, 1000, 1e-9).unwrap();
        let lb = super::super::solver::fit_sparse(&x, &y, &[1.0, 1.0], 2, 0.5, 1000, 1e-9).unwrap();
        assert!((cd.objective - lb.objective).abs() / lb.objective < 1e-7);
    }
}
