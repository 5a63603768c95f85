//! The silhouette coefficient (Rousseeuw 1987, "Silhouettes: a graphical aid to the
//! interpretation and validation of cluster analysis"): how much closer each point is to its
//! own group than to the nearest other group, from -1 to 1, averaged over the points.
//!
//! For a point `i` in group `A`, `a` is its mean distance to the other members of `A` and `b`
//! the smallest mean distance to the members of another group; `s = (b - a) / max(a, b)`, and
//! `s = 0` for a point alone in its group (as in scikit-learn's `silhouette_score`).
//!
//! The exact mean costs a distance per pair of points. Above [`EXACT_UP_TO`] points it is
//! taken over a sample of that many points drawn without replacement with a seeded generator
//! (so the same input gives the same score), distances counted among the sample only, as
//! scikit-learn's `silhouette_score(X, labels, sample_size=…, random_state=…)` does.

use rand::SeedableRng;
use rand::rngs::StdRng;
use rand::seq::index::sample;

/// The largest number of points whose silhouette is computed exactly.
pub(crate) const EXACT_UP_TO: usize = 3000;

/// The mean silhouette of `points` grouped by `labels` (in `0..k`), or `None` when it is not
/// defined: fewer than 2 groups, or as many groups as points.
pub(crate) fn mean_silhouette(points: &[[f64; 2]], labels: &[usize], k: usize, seed: u64) -> Option<f64> {
    let chosen: Vec<usize> = if points.len() > EXACT_UP_TO {
        let mut rng = StdRng::seed_from_u64(seed);
        let mut idx = sample(&mut rng, points.len(), EXACT_UP_TO).into_vec();
        idx.sort_unstable();
        idx
    } else {
        (0..points.len()).collect()
    };
    let pts: Vec<[f64; 2]> = chosen.iter().map(|&i| points[i]).collect();
    let labs: Vec<usize> = chosen.iter().map(|&i| labels[i]).collect();
    let mut sizes = vec![0usize; k];
    for &l in &labs {
        sizes[l] += 1;
    }
    let groups = sizes.iter().filter(|&&s| s > 0).count();
    if groups < 2 || groups >= pts.len() {
        return None;
    }
    let mut sum = 0.0;
    let mut to_group = vec![0.0; k];
    for (i, &p) in pts.iter().enumerate() {
        to_group.iter_mut().for_each(|d| *d = 0.0);
        for (&q, &l) in pts.iter().zip(&labs) {
            to_group[l] += ((p[0] - q[0]).powi(2) + (p[1] - q[1]).powi(2)).sqrt();
        }
        let own = labs[i];
        if sizes[own] <= 1 {
            continue;
        }
        let a = to_group[own] / (sizes[own] - 1) as f64;
        let b = (0..k).filter(|&g| g != own && sizes[g] > 0).map(|g| to_group[g] / sizes[g] as f64).fold(f64::INFINITY, f64::min);
        let scale = a.max(b);
        if scale > 0.0 {
            sum += (b - a) / scale;
        }
    }
    Some(sum / pts.len() as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-12
    }

    #[test]
    fn four_points_on_a_line_give_the_hand_computed_score() {
        // Groups {0, 1} and {4, 5} on the x-axis. Point 0: a = 1, b = (4 + 5) / 2 = 4.5, so
        // s = 3.5 / 4.5; point 1: a = 1, b = 3.5, s = 2.5 / 3.5; the others mirror these.
        let points = [[0.0, 0.0], [1.0, 0.0], [4.0, 0.0], [5.0, 0.0]];
        let s = mean_silhouette(&points, &[0, 0, 1, 1], 2, 0).expect("defined");
        assert!(close(s, (3.5 / 4.5 + 2.5 / 3.5) / 2.0), "{s}");
    }

    #[test]
    fn a_point_alone_in_its_group_counts_as_zero() {
        // Point 2 alone: 0. Points 0 and 1: a = 1, b = 10 and 9.
        let points = [[0.0, 0.0], [1.0, 0.0], [10.0, 0.0]];
        let s = mean_silhouette(&points, &[0, 0, 1], 2, 0).expect("defined");
        assert!(close(s, (0.9 + 8.0 / 9.0) / 3.0), "{s}");
    }

    #[test]
    fn one_group_or_one_group_per_point_has_no_silhouette() {
        let points = [[0.0, 0.0], [1.0, 0.0], [2.0, 0.0]];
        assert_eq!(mean_silhouette(&points, &[0, 0, 0], 1, 0), None);
        assert_eq!(mean_silhouette(&points, &[0, 1, 2], 3, 0), None);
    }

    #[test]
    fn a_bad_split_scores_below_a_good_one() {
        let points = [[0.0, 0.0], [0.1, 0.0], [5.0, 0.0], [5.1, 0.0]];
        let good = mean_silhouette(&points, &[0, 0, 1, 1], 2, 0).expect("defined");
        let bad = mean_silhouette(&points, &[0, 1, 0, 1], 2, 0).expect("defined");
        assert!(good > 0.9 && bad < 0.0, "{good} {bad}");
    }

    #[test]
    fn large_inputs_are_sampled_with_the_same_result_for_the_same_seed() {
        let points: Vec<[f64; 2]> = (0..EXACT_UP_TO + 500).map(|i| [(i % 2) as f64 * 10.0 + (i % 7) as f64 * 0.1, 0.0]).collect();
        let labels: Vec<usize> = (0..points.len()).map(|i| i % 2).collect();
        let a = mean_silhouette(&points, &labels, 2, 5).expect("defined");
        assert_eq!(Some(a), mean_silhouette(&points, &labels, 2, 5));
        assert!(a > 0.9, "{a}");
    }
}
