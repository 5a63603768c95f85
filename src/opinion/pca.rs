//! Principal component analysis of the reaction matrix: the 2-D map of opinions.
//!
//! Each included participant is a row of agree = +1, disagree = -1, pass or unseen = 0; each
//! column is centred on its mean over those rows (as scikit-learn's `PCA` does), and the rows
//! are projected on the two directions of greatest variance.
//!
//! **How.** The top eigenvectors of the smaller of the two Gram matrices, with faer's
//! self-adjoint eigendecomposition:
//!
//! - With at least as many participants as statements (the usual case), the covariance
//!   `XcᵀXc` (statements × statements). When few reactions are given per participant it is
//!   summed from the reactions themselves, `XᵀX − n·μμᵀ` (what scikit-learn's
//!   `covariance_eigh` solver does with the dense matrix), which never builds the dense
//!   participants × statements matrix; otherwise it is one triangular product of the centred
//!   dense matrix with faer's cache-blocked SIMD gemm. [`SPARSE_SPEEDUP`] sets the crossover.
//! - With fewer participants than statements, `Xc Xcᵀ` (participants × participants), and the
//!   loadings from it.
//!
//! Measured on 10,000 participants × 1,000 statements on the 2-core machine, one thread:
//! building the centred dense matrix takes about 0.1 s and the triangular product 0.25–0.3 s;
//! summing over 100 reactions per participant instead takes 0.11 s (and 5 s over all 1,000,
//! hence the crossover); the eigendecomposition of the 1,000 × 1,000 result takes 0.2–0.25 s.
//!
//! A block subspace (power) iteration (6 vectors, Rayleigh–Ritz, to the same accuracy) was
//! measured too: on three planted groups it converged in 6 steps (0.16 s), but on a round
//! without groups, where the top eigenvalues lie within 2 % of each other, it took 820 steps
//! (23 s). The direct method costs the same on every round and is as exact as LAPACK's, so it
//! is the one used.
//!
//! **Signs.** An eigenvector's sign is arbitrary. As in scikit-learn (≥ 1.5, `svd_flip` with
//! `u_based_decision=False`), each component is oriented so that its loading of largest
//! magnitude (the first such, on ties) is positive.

use faer::linalg::matmul::triangular::{BlockStructure, matmul};
use faer::{Accum, Mat, MatRef, Par, Side};

/// How many times faster the gemm does a multiply-add than the sum over reactions (measured:
/// about 25). The covariance is summed from the reactions when that costs less.
pub(crate) const SPARSE_SPEEDUP: f64 = 25.0;

/// The 2-D projection of the included participants.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Projection {
    /// One `[x, y]` per row of the input, in its order.
    pub coordinates: Vec<[f64; 2]>,
    /// The share of the total variance along each axis (0 when there is no variance).
    pub explained_variance_ratio: [f64; 2],
}

/// One participant's reactions: a run of [`super::Reactions::entries`].
pub(crate) type Row<'a> = &'a [(u32, u32, i8)];

/// Projects the rows of the `rows × statements` matrix (agree +1, disagree -1, anything
/// else 0) on its first two principal components.
pub(crate) fn project(rows: &[Row<'_>], statements: usize) -> Projection {
    project_by(rows, statements, Covariance::Cheaper)
}

/// How to form the covariance, when it is the smaller Gram matrix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Covariance {
    /// Whichever costs less (see [`SPARSE_SPEEDUP`]).
    Cheaper,
    /// Summed from the reactions.
    Sparse,
    /// By gemm from the dense centred matrix.
    #[cfg_attr(not(test), expect(dead_code, reason = "chosen by `Cheaper`; tests ask for it to compare both ways"))]
    Dense,
}

/// [`project`], with the covariance formed as `covariance` says.
fn project_by(rows: &[Row<'_>], statements: usize, covariance: Covariance) -> Projection {
    let (n, m) = (rows.len(), statements);
    let empty = Projection { coordinates: vec![[0.0; 2]; n], explained_variance_ratio: [0.0; 2] };
    if n == 0 || m == 0 {
        return empty;
    }
    let mut means = vec![0.0; m];
    for &(_, s, v) in rows.iter().copied().flatten() {
        means[s as usize] += f64::from(v);
    }
    means.iter_mut().for_each(|x| *x /= n as f64);
    // One thread: the portal runs an analysis on one blocking thread, and on the 2-core
    // machine faer's rayon parallelism measured no faster.
    let par = Par::Seq;
    if m <= n {
        let pairs: f64 = rows.iter().map(|r| (r.len() * (r.len() + 1) / 2) as f64).sum();
        let sparse = match covariance {
            Covariance::Cheaper => pairs * SPARSE_SPEEDUP < (n * m * (m + 1) / 2) as f64,
            other => other == Covariance::Sparse,
        };
        if sparse {
            let c = sparse_covariance(rows, &means);
            let axes = top_axes(MatRef::from_column_major_slice(&c, m, m));
            let scores = |v: &[f64]| {
                let shift: f64 = v.iter().zip(&means).map(|(a, b)| a * b).sum();
                rows.iter().map(|r| r.iter().map(|&(_, s, x)| f64::from(x) * v[s as usize]).sum::<f64>() - shift).collect()
            };
            return assemble(n, &axes, |_, v| (scores(v), v.to_vec()));
        }
        let x = centred(rows, &means);
        let c = gram(x.transpose(), par);
        let axes = top_axes(c.as_ref());
        return assemble(n, &axes, |_, v| (times(x.as_ref(), v, par), v.to_vec()));
    }
    let x = centred(rows, &means);
    let g = gram(x.as_ref(), par);
    let axes = top_axes(g.as_ref());
    // Here the eigenvectors are the scores scaled to length 1; the loadings are `Xcᵀu`.
    assemble(n, &axes, |lambda, u| (u.iter().map(|a| a * lambda.sqrt()).collect(), times(x.transpose(), u, par)))
}

/// The largest two eigenpairs of a Gram matrix and its trace (the total variance).
struct Axes {
    /// `(eigenvalue, eigenvector)`, largest first; only those above rounding noise.
    pairs: Vec<(f64, Vec<f64>)>,
    trace: f64,
}

/// The top two eigenpairs of the symmetric matrix whose lower triangle is `g`.
fn top_axes(g: MatRef<'_, f64>) -> Axes {
    let dim = g.nrows();
    let trace: f64 = (0..dim).map(|i| g[(i, i)]).sum();
    let mut pairs = Vec::new();
    if trace > 0.0
        && let Ok(eigen) = g.self_adjoint_eigen(Side::Lower)
    {
        let (values, vectors) = (eigen.S().column_vector(), eigen.U());
        // Eigenvalues come in nondecreasing order: the largest are last.
        for k in (dim.saturating_sub(2)..dim).rev() {
            if values[k] > trace * 1e-14 {
                pairs.push((values[k], vectors.col(k).iter().copied().collect()));
            }
        }
    }
    Axes { pairs, trace }
}

/// Coordinates and ratios from the axes; `scores_and_loadings` gives, for an eigenpair, the
/// participants' scores and the statements' loadings along it.
fn assemble(n: usize, axes: &Axes, scores_and_loadings: impl Fn(f64, &[f64]) -> (Vec<f64>, Vec<f64>)) -> Projection {
    let mut coordinates = vec![[0.0; 2]; n];
    let mut ratio = [0.0; 2];
    for (axis, (lambda, v)) in axes.pairs.iter().enumerate() {
        ratio[axis] = lambda / axes.trace;
        let (scores, loadings) = scores_and_loadings(*lambda, v);
        let sign = orientation(&loadings);
        coordinates.iter_mut().zip(scores).for_each(|(c, s)| c[axis] = sign * s);
    }
    Projection { coordinates, explained_variance_ratio: ratio }
}

/// The lower triangle of `XᵀX − n·μμᵀ`, column-major, summed over each row's pairs of
/// reactions (products of ±1, so the sum is exact).
fn sparse_covariance(rows: &[Row<'_>], means: &[f64]) -> Vec<f64> {
    let m = means.len();
    let mut c = vec![0.0; m * m];
    let mut row: Vec<(usize, f64)> = Vec::new();
    for r in rows {
        row.clear();
        row.extend(r.iter().filter(|e| e.2 != 0).map(|e| (e.1 as usize, f64::from(e.2))));
        // Entries are sorted by statement, so `a ≥ b` in each pair below: the lower triangle.
        for (i, &(b, vb)) in row.iter().enumerate() {
            let column = &mut c[b * m..(b + 1) * m];
            for &(a, va) in &row[i..] {
                column[a] += va * vb;
            }
        }
    }
    let n = rows.len() as f64;
    for b in 0..m {
        for a in b..m {
            c[b * m + a] -= n * means[a] * means[b];
        }
    }
    c
}

/// The dense matrix with each column centred on its mean.
fn centred(rows: &[Row<'_>], means: &[f64]) -> Mat<f64> {
    let mut x = Mat::<f64>::from_fn(rows.len(), means.len(), |_, j| -means[j]);
    for (i, row) in rows.iter().enumerate() {
        for &(_, s, vote) in row.iter() {
            x[(i, s as usize)] += f64::from(vote);
        }
    }
    x
}

/// The lower triangle of `a aᵀ`.
fn gram(a: MatRef<'_, f64>, par: Par) -> Mat<f64> {
    let mut g = Mat::<f64>::zeros(a.nrows(), a.nrows());
    let (lower, rect) = (BlockStructure::TriangularLower, BlockStructure::Rectangular);
    matmul(g.as_mut(), lower, Accum::Replace, a, rect, a.transpose(), rect, 1.0, par);
    g
}

/// `a · v`.
fn times(a: MatRef<'_, f64>, v: &[f64], par: Par) -> Vec<f64> {
    let v = MatRef::from_column_major_slice(v, v.len(), 1);
    let mut out = Mat::<f64>::zeros(a.nrows(), 1);
    faer::linalg::matmul::matmul(out.as_mut(), Accum::Replace, a, v, 1.0, par);
    out.col(0).iter().copied().collect()
}

/// +1 or -1: the sign that makes the loading of largest magnitude positive.
fn orientation(loadings: &[f64]) -> f64 {
    let mut best = 0.0_f64;
    for &l in loadings {
        if l.abs() > best.abs() {
            best = l;
        }
    }
    if best < 0.0 { -1.0 } else { 1.0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(matrix: &[&[i8]]) -> Vec<Vec<(u32, u32, i8)>> {
        (0u32..).zip(matrix).map(|(i, row)| (0u32..).zip(row.iter()).filter(|(_, v)| **v != 0).map(|(j, &v)| (i, j, v)).collect()).collect()
    }

    fn project_matrix(matrix: &[&[i8]]) -> Projection {
        project_matrix_by(matrix, Covariance::Cheaper)
    }

    fn project_matrix_by(matrix: &[&[i8]], covariance: Covariance) -> Projection {
        let rows = rows(matrix);
        let refs: Vec<&[(u32, u32, i8)]> = rows.iter().map(Vec::as_slice).collect();
        project_by(&refs, matrix.first().map_or(0, |r| r.len()), covariance)
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn two_opposite_camps_on_one_statement_lie_on_the_first_axis() {
        // Column 0 splits the rows; column 1 is the same for everyone (no variance). By hand:
        // mean 0, the covariance's top eigenvector is e0, so the scores are the column itself.
        let p = project_matrix(&[&[1, 1], &[1, 1], &[-1, 1], &[-1, 1]]);
        let xs: Vec<f64> = p.coordinates.iter().map(|c| c[0]).collect();
        assert!(xs.iter().zip([1.0, 1.0, -1.0, -1.0]).all(|(a, b)| close(*a, b)), "{xs:?}");
        assert!(p.coordinates.iter().all(|c| close(c[1], 0.0)));
        assert!(close(p.explained_variance_ratio[0], 1.0) && close(p.explained_variance_ratio[1], 0.0));
    }

    #[test]
    fn a_three_by_two_matrix_matches_the_hand_computed_components() {
        // X = [[1,0],[0,1],[-1,-1]]: column means are 0; XᵀX = [[2,1],[1,2]] with eigenvalues 3
        // (direction (1,1)/√2) and 1 (direction (1,-1)/√2). Scores: (1/√2, 1/√2, -√2) and
        // (1/√2, -1/√2, 0); the ratios are 3/4 and 1/4. The second axis is oriented so that its
        // first loading (+1/√2) is positive.
        let p = project_matrix(&[&[1, 0], &[0, 1], &[-1, -1]]);
        let h = std::f64::consts::FRAC_1_SQRT_2;
        let expected = [[h, h], [h, -h], [-2.0 * h, 0.0]];
        for (got, want) in p.coordinates.iter().zip(expected) {
            assert!(close(got[0], want[0]) && close(got[1], want[1]), "{:?}", p.coordinates);
        }
        assert!(close(p.explained_variance_ratio[0], 0.75) && close(p.explained_variance_ratio[1], 0.25));
    }

    #[test]
    fn more_statements_than_participants_gives_the_same_projection_through_the_other_gram_matrix() {
        let wide: &[&[i8]] = &[&[1, 0, -1, 1, 0], &[1, 1, -1, 0, 0], &[-1, 0, 1, -1, 1]];
        let p = project_matrix(wide);
        // Transposing twice: the same data with two repeated rows has the same components, and
        // there the covariance (5 × 5) is the smaller Gram matrix.
        let tall: Vec<&[i8]> = wide.iter().chain(wide.iter()).copied().collect();
        let q = project_matrix(&tall);
        for (a, b) in p.coordinates.iter().zip(&q.coordinates) {
            assert!(close(a[0], b[0]) && close(a[1], b[1]), "{:?} vs {:?}", p.coordinates, q.coordinates);
        }
        assert!(close(p.explained_variance_ratio[0], q.explained_variance_ratio[0]));
    }

    #[test]
    fn the_covariance_summed_from_reactions_gives_the_same_map_as_the_dense_product() {
        use rand::{Rng, SeedableRng};
        let mut rng = rand::rngs::StdRng::seed_from_u64(4);
        let matrix: Vec<Vec<i8>> = (0..40).map(|_| (0..12).map(|_| rng.gen_range(-1..=1)).collect()).collect();
        let matrix: Vec<&[i8]> = matrix.iter().map(Vec::as_slice).collect();
        let (sparse, dense) = (project_matrix_by(&matrix, Covariance::Sparse), project_matrix_by(&matrix, Covariance::Dense));
        for (a, b) in sparse.coordinates.iter().zip(&dense.coordinates) {
            assert!((a[0] - b[0]).abs() < 1e-9 && (a[1] - b[1]).abs() < 1e-9, "{a:?} vs {b:?}");
        }
        assert!((sparse.explained_variance_ratio[1] - dense.explained_variance_ratio[1]).abs() < 1e-12);
    }

    #[test]
    fn no_rows_no_columns_or_no_variance_give_zeros() {
        assert!(project(&[], 3).coordinates.is_empty());
        let same = project_matrix(&[&[1, -1], &[1, -1]]);
        assert_eq!(same.coordinates, [[0.0; 2]; 2]);
        assert_eq!(same.explained_variance_ratio, [0.0; 2]);
    }
}
