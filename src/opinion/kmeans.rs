//! k-means on the 2-D opinion map: k-means++ seeding (Arthur & Vassilvitskii 2007, "k-means++:
//! the advantages of careful seeding") followed by Lloyd's iterations, restarted from several
//! seeds, keeping the clustering of least inertia (sum of squared distances to the centres).
//!
//! Deterministic: the random choices come from a generator seeded by the caller, and ties
//! (equal distances, equal inertia) go to the lower index / the earlier restart.

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

/// At most this many Lloyd iterations per restart (scikit-learn's default); they usually stop
/// far earlier, when no point changes cluster.
const MAX_ITERATIONS: usize = 300;

/// A clustering of the points into `k` groups.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Clustering {
    /// The group of each point, in `0..k`.
    pub labels: Vec<usize>,
    /// The sum of squared distances of the points to their group's centre.
    pub inertia: f64,
}

/// The best of `restarts` k-means runs of `points` into `k` groups (`1 <= k <= points.len()`).
pub(crate) fn kmeans(points: &[[f64; 2]], k: usize, restarts: usize, seed: u64) -> Clustering {
    assert!(k >= 1 && k <= points.len(), "k-means needs 1 <= k <= points");
    let mut rng = StdRng::seed_from_u64(seed);
    let mut best: Option<Clustering> = None;
    for _ in 0..restarts.max(1) {
        let centres = seed_centres(points, k, &mut rng);
        let run = lloyd(points, centres);
        if best.as_ref().is_none_or(|b| run.inertia < b.inertia) {
            best = Some(run);
        }
    }
    best.unwrap_or_else(|| Clustering { labels: vec![0; points.len()], inertia: 0.0 })
}

fn distance2(a: [f64; 2], b: [f64; 2]) -> f64 {
    (a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2)
}

/// k-means++: the first centre uniformly, each next one with probability proportional to its
/// squared distance to the nearest centre chosen so far.
fn seed_centres(points: &[[f64; 2]], k: usize, rng: &mut StdRng) -> Vec<[f64; 2]> {
    let mut centres = vec![points[rng.gen_range(0..points.len())]];
    let mut nearest: Vec<f64> = points.iter().map(|&p| distance2(p, centres[0])).collect();
    while centres.len() < k {
        let total: f64 = nearest.iter().sum();
        let pick = if total > 0.0 {
            let mut x = rng.gen_range(0.0..total);
            // The last point with a positive weight, should rounding leave `x` unspent.
            let fallback = nearest.iter().rposition(|&d| d > 0.0).unwrap_or(0);
            nearest
                .iter()
                .position(|&d| {
                    x -= d;
                    d > 0.0 && x < 0.0
                })
                .unwrap_or(fallback)
        } else {
            // Every point sits on a centre already: any point will do.
            rng.gen_range(0..points.len())
        };
        let c = points[pick];
        centres.push(c);
        for (d, &p) in nearest.iter_mut().zip(points) {
            *d = d.min(distance2(p, c));
        }
    }
    centres
}

/// Lloyd's iterations from `centres` until no point changes group.
fn lloyd(points: &[[f64; 2]], mut centres: Vec<[f64; 2]>) -> Clustering {
    let k = centres.len();
    let mut labels = vec![usize::MAX; points.len()];
    for _ in 0..MAX_ITERATIONS {
        let mut changed = false;
        for (label, &p) in labels.iter_mut().zip(points) {
            let nearest = nearest_centre(p, &centres);
            if *label != nearest {
                *label = nearest;
                changed = true;
            }
        }
        if !changed {
            break;
        }
        let mut sums = vec![[0.0; 2]; k];
        let mut sizes = vec![0usize; k];
        for (&l, &p) in labels.iter().zip(points) {
            sums[l][0] += p[0];
            sums[l][1] += p[1];
            sizes[l] += 1;
        }
        for c in 0..k {
            if sizes[c] > 0 {
                centres[c] = [sums[c][0] / sizes[c] as f64, sums[c][1] / sizes[c] as f64];
            } else {
                // An emptied group restarts at the point farthest from its own centre, so
                // that k groups remain.
                let far = (0..points.len())
                    .max_by(|&a, &b| {
                        let da = distance2(points[a], centres[labels[a]]);
                        let db = distance2(points[b], centres[labels[b]]);
                        da.total_cmp(&db).then(b.cmp(&a))
                    })
                    .unwrap_or(0);
                centres[c] = points[far];
                labels[far] = c;
            }
        }
    }
    let inertia = labels.iter().zip(points).map(|(&l, &p)| distance2(p, centres[l])).sum();
    Clustering { labels, inertia }
}

fn nearest_centre(p: [f64; 2], centres: &[[f64; 2]]) -> usize {
    let mut best = (0, f64::INFINITY);
    for (i, &c) in centres.iter().enumerate() {
        let d = distance2(p, c);
        if d < best.1 {
            best = (i, d);
        }
    }
    best.0
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Three tight blobs of 20 points around (0,0), (10,0) and (0,10).
    fn blobs() -> Vec<[f64; 2]> {
        let mut rng = StdRng::seed_from_u64(1);
        [[0.0, 0.0], [10.0, 0.0], [0.0, 10.0]]
            .iter()
            .flat_map(|c| (0..20).map(|_| [c[0] + rng.gen_range(-1.0..1.0), c[1] + rng.gen_range(-1.0..1.0)]).collect::<Vec<_>>())
            .collect()
    }

    #[test]
    fn three_separate_blobs_are_found() {
        let points = blobs();
        let c = kmeans(&points, 3, 5, 7);
        for blob in c.labels.chunks(20) {
            assert!(blob.iter().all(|&l| l == blob[0]), "{:?}", c.labels);
        }
        let mut firsts = vec![c.labels[0], c.labels[20], c.labels[40]];
        firsts.dedup();
        assert_eq!(firsts.len(), 3, "three different groups");
    }

    #[test]
    fn the_same_seed_gives_the_same_clustering() {
        let points = blobs();
        for k in 1..=5 {
            assert_eq!(kmeans(&points, k, 4, 42), kmeans(&points, k, 4, 42));
        }
    }

    #[test]
    fn more_restarts_never_give_a_worse_inertia() {
        let points = blobs();
        let one = kmeans(&points, 4, 1, 3);
        let ten = kmeans(&points, 4, 10, 3);
        assert!(ten.inertia <= one.inertia);
    }

    #[test]
    fn identical_points_still_get_k_labels_without_failing() {
        let points = vec![[1.0, 1.0]; 6];
        let c = kmeans(&points, 3, 2, 0);
        assert_eq!(c.labels.len(), 6);
        assert_eq!(c.inertia, 0.0);
    }
}
