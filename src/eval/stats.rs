//! Resampling statistics: a small deterministic random generator, bootstrap percentile
//! intervals over sentences, and McNemar's test for paired classifiers.

/// SplitMix64: tiny, fast, and reproducible from a seed on every platform.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        crate::hashing::finish(self.0)
    }

    /// Uniform in 0..n (n > 0), without modulo bias worth caring about for n << 2^64.
    pub fn below(&mut self, n: usize) -> usize {
        ((self.next_u64() as u128 * n as u128) >> 64) as usize
    }

    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = self.below(i + 1);
            v.swap(i, j);
        }
    }
}

/// A 95% percentile interval.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Interval {
    pub low: f64,
    pub high: f64,
}

/// Percentile interval of `values` (sorted in place).
pub fn percentile_interval(values: &mut [f64]) -> Interval {
    if values.is_empty() {
        return Interval { low: f64::NAN, high: f64::NAN };
    }
    values.sort_by(f64::total_cmp);
    let at = |q: f64| {
        let pos = q * (values.len() - 1) as f64;
        let (lo, hi) = (pos.floor() as usize, pos.ceil() as usize);
        values[lo] + (values[hi] - values[lo]) * (pos - lo as f64)
    };
    Interval { low: at(0.025), high: at(0.975) }
}

/// Bootstrap over groups (sentences): each replicate draws as many groups as there are, with
/// replacement, and passes the drawn example indices to `statistic`, which returns one value
/// per tracked quantity. Returns one interval per quantity.
pub fn bootstrap<F>(groups: &[Vec<usize>], replicates: usize, seed: u64, n_stats: usize, mut statistic: F) -> Vec<Interval>
where
    F: FnMut(&[usize]) -> Vec<f64>,
{
    let mut rng = Rng::new(seed);
    let mut samples: Vec<Vec<f64>> = vec![Vec::with_capacity(replicates); n_stats];
    let mut indices = Vec::new();
    for _ in 0..replicates {
        indices.clear();
        for _ in 0..groups.len() {
            indices.extend_from_slice(&groups[rng.below(groups.len())]);
        }
        for (k, v) in statistic(&indices).into_iter().enumerate() {
            samples[k].push(v);
        }
    }
    samples.iter_mut().map(|s| percentile_interval(s)).collect()
}

/// McNemar's test on paired correctness. `b`: only the first model right; `c`: only the second.
/// Uses the exact two-sided binomial test (reliable for small discordant counts).
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct McNemar {
    pub only_first_correct: usize,
    pub only_second_correct: usize,
    pub p_value: f64,
}

pub fn mcnemar(first_correct: &[bool], second_correct: &[bool]) -> McNemar {
    let b = first_correct.iter().zip(second_correct).filter(|(a, b)| **a && !**b).count();
    let c = first_correct.iter().zip(second_correct).filter(|(a, b)| !**a && **b).count();
    let n = b + c;
    let k = b.min(c);
    // P(X <= k) for X ~ Binomial(n, 1/2), computed in log space; two-sided = 2 * tail.
    let p = if n == 0 {
        1.0
    } else {
        let ln_half_n = -(n as f64) * std::f64::consts::LN_2;
        let mut ln_choose = 0.0f64; // ln C(n, 0)
        let mut tail = 0.0;
        for i in 0..=k {
            if i > 0 {
                ln_choose += ((n - i + 1) as f64).ln() - (i as f64).ln();
            }
            tail += (ln_choose + ln_half_n).exp();
        }
        (2.0 * tail).min(1.0)
    };
    McNemar { only_first_correct: b, only_second_correct: c, p_value: p }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mcnemar_exact_values() {
        // b = 1, c = 9: p = 2 * P(X <= 1 | n = 10) = 2 * 11 / 1024.
        let first = [vec![true; 1], vec![false; 9]].concat();
        let second = [vec![false; 1], vec![true; 9]].concat();
        let m = mcnemar(&first, &second);
        assert_eq!((m.only_first_correct, m.only_second_correct), (1, 9));
        assert!((m.p_value - 22.0 / 1024.0).abs() < 1e-12);
        assert_eq!(mcnemar(&[true, false], &[true, false]).p_value, 1.0);
    }

    #[test]
    fn bootstrap_is_reproducible_and_brackets_the_mean() {
        let groups: Vec<Vec<usize>> = (0..200).map(|i| vec![i]).collect();
        let values: Vec<f64> = (0..200).map(|i| (i % 2) as f64).collect();
        let stat = |idx: &[usize]| vec![idx.iter().map(|&i| values[i]).sum::<f64>() / idx.len() as f64];
        let a = bootstrap(&groups, 500, 7, 1, stat);
        let b = bootstrap(&groups, 500, 7, 1, stat);
        assert_eq!(a, b);
        assert!(a[0].low < 0.5 && 0.5 < a[0].high && a[0].high - a[0].low < 0.2);
    }

    #[test]
    fn percentiles() {
        let mut v: Vec<f64> = (0..=100).map(|i| i as f64).collect();
        let i = percentile_interval(&mut v);
        assert!((i.low - 2.5).abs() < 1e-9 && (i.high - 97.5).abs() < 1e-9);
    }
}
