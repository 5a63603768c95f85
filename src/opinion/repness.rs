//! What sets each group apart (representative statements), what every group shares (common
//! ground) and what divides them, from the groups' reaction counts.
//!
//! Representativeness follows Polis (Small, Bjorkegren, Erkkilä, Shaw & Megill 2021, "Polis:
//! Scaling deliberation by mapping high dimensional opinion spaces", and its `repness`
//! computation). For a group and a statement, with `n` the group's reactions to it and `a` its
//! agrees (and the same counted over everyone included but outside the group):
//!
//! - `p = (a + 1) / (n + 2)`, the group's smoothed probability of agreeing;
//! - `r = p / p_outside`, how many times likelier the group is to agree than the others;
//! - `z_r`, the two-proportion z-test of the group's share against the others' share, and
//!   `z_p`, the test of the group's share against one half (both with one pseudo-count);
//! - the statement represents the group's agreement when both tests are significant at 90 %
//!   one-sided (`z > 1.2816`): the group agrees more than the rest do, and a majority of the
//!   group agrees. The same with disagrees gives its disagreement; when both pass, the
//!   direction with the larger `z_r` is taken.
//! - Statements that pass are ranked by `r × z_r × p × z_p` (Polis's repness metric), best
//!   first. Unlike Polis, nothing is added when none pass: such a group has no
//!   representative statement.

use serde::Serialize;

use super::stats::{Totals, proportion_z, two_proportion_z};

/// One-sided 90 % significance for a z-statistic.
pub const Z_90: f64 = 1.2816;

/// Whether a group stands out by agreeing or by disagreeing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// The group agrees more than the others.
    Agree,
    /// The group disagrees more than the others.
    Disagree,
}

/// A statement that represents a group: see the module documentation for the rule.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Representative {
    /// The statement's index.
    pub statement: u32,
    /// Whether the group stands out by agreeing or disagreeing.
    pub direction: Direction,
    /// The group's smoothed probability of reacting in that direction (`p`).
    pub probability: f64,
    /// `p` divided by the same probability outside the group (`r`).
    pub ratio: f64,
    /// The two-proportion z-statistic, group against the others (`z_r`).
    pub z: f64,
    /// The ranking metric `r × z_r × p × z_p`.
    pub metric: f64,
}

/// A statement every group agrees with.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CommonGround {
    /// The statement's index.
    pub statement: u32,
    /// The smallest smoothed agree probability among the groups.
    pub min_agree: f64,
}

/// A statement on which the groups differ most.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Divisive {
    /// The statement's index.
    pub statement: u32,
    /// The largest minus the smallest smoothed agree probability among the groups.
    pub spread: f64,
    /// Each group's smoothed agree probability, in the order of the groups.
    pub agree_by_group: Vec<f64>,
}

/// The representative statements of group `g`, best first, at most `max` of them.
/// `by_group[g][s]` are the groups' totals.
pub(crate) fn representative(by_group: &[Vec<Totals>], g: usize, max: usize) -> Vec<Representative> {
    let statements = by_group.get(g).map_or(0, Vec::len);
    let mut found: Vec<Representative> = (0..statements)
        .filter_map(|s| {
            let inside = by_group[g][s];
            let outside = by_group.iter().enumerate().filter(|(h, _)| *h != g).fold(Totals::default(), |acc, (_, t)| acc.plus(t[s]));
            let agree = side(inside.agree, inside.seen, outside.agree, outside.seen);
            let disagree = side(inside.disagree, inside.seen, outside.disagree, outside.seen);
            let (direction, (p, r, z, metric)) = match (agree, disagree) {
                (Some(a), Some(d)) if d.2 > a.2 => (Direction::Disagree, d),
                (Some(a), _) => (Direction::Agree, a),
                (None, Some(d)) => (Direction::Disagree, d),
                (None, None) => return None,
            };
            Some(Representative { statement: s as u32, direction, probability: p, ratio: r, z, metric })
        })
        .collect();
    found.sort_by(|a, b| b.metric.total_cmp(&a.metric).then(a.statement.cmp(&b.statement)));
    found.truncate(max);
    found
}

/// `(p, r, z_r, metric)` of `k` of `n` in the group against `k_out` of `n_out` outside, when
/// both tests pass.
fn side(k: u32, n: u32, k_out: u32, n_out: u32) -> Option<(f64, f64, f64, f64)> {
    let p = (f64::from(k) + 1.0) / (f64::from(n) + 2.0);
    let p_out = (f64::from(k_out) + 1.0) / (f64::from(n_out) + 2.0);
    let (z_r, z_p) = (two_proportion_z(k, n, k_out, n_out), proportion_z(k, n));
    let r = p / p_out;
    (z_r > Z_90 && z_p > Z_90).then_some((p, r, z_r, r * z_r * p * z_p))
}

/// Statements that each group has reacted to at least `min_seen` times and agrees with with a
/// smoothed probability of at least `threshold`, by their smallest such probability, highest
/// first.
pub(crate) fn common_ground(by_group: &[Vec<Totals>], threshold: f64, min_seen: usize) -> Vec<CommonGround> {
    let statements = by_group.first().map_or(0, Vec::len);
    let mut found: Vec<CommonGround> = (0..statements)
        .filter(|&s| by_group.iter().all(|t| t[s].seen as usize >= min_seen))
        .map(|s| CommonGround { statement: s as u32, min_agree: agree_by_group(by_group, s).into_iter().fold(1.0, f64::min) })
        .filter(|c| c.min_agree >= threshold)
        .collect();
    found.sort_by(|a, b| b.min_agree.total_cmp(&a.min_agree).then(a.statement.cmp(&b.statement)));
    found
}

/// With two groups or more: statements that each group has reacted to at least `min_seen`
/// times and whose agree probabilities spread by at least `threshold`, widest spread first.
pub(crate) fn divisive(by_group: &[Vec<Totals>], threshold: f64, min_seen: usize) -> Vec<Divisive> {
    if by_group.len() < 2 {
        return Vec::new();
    }
    let mut found: Vec<Divisive> = (0..by_group[0].len())
        .filter(|&s| by_group.iter().all(|t| t[s].seen as usize >= min_seen))
        .map(|s| {
            let agree = agree_by_group(by_group, s);
            Divisive { statement: s as u32, spread: spread(&agree), agree_by_group: agree }
        })
        .filter(|d| d.spread >= threshold)
        .collect();
    found.sort_by(|a, b| b.spread.total_cmp(&a.spread).then(a.statement.cmp(&b.statement)));
    found
}

/// Each group's smoothed agree probability for statement `s`.
pub(crate) fn agree_by_group(by_group: &[Vec<Totals>], s: usize) -> Vec<f64> {
    by_group.iter().map(|t| t[s].agree_probability()).collect()
}

/// The largest minus the smallest of `values` (0 when empty).
pub(crate) fn spread(values: &[f64]) -> f64 {
    let max = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let min = values.iter().copied().fold(f64::INFINITY, f64::min);
    if values.is_empty() { 0.0 } else { max - min }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(agree: u32, disagree: u32, pass: u32) -> Totals {
        Totals { agree, disagree, pass, seen: agree + disagree + pass }
    }

    /// Two groups of 20 and three statements: the first group's own (it agrees, the other
    /// disagrees), one both agree with, and one split within each group.
    fn two_groups() -> Vec<Vec<Totals>> {
        vec![vec![t(18, 1, 1), t(17, 2, 1), t(10, 10, 0)], vec![t(2, 16, 2), t(16, 3, 1), t(9, 10, 1)]]
    }

    #[test]
    fn a_statement_one_group_agrees_with_and_the_other_rejects_represents_both() {
        let groups = two_groups();
        let first = representative(&groups, 0, 5);
        assert_eq!(first.iter().map(|r| (r.statement, r.direction)).collect::<Vec<_>>(), [(0, Direction::Agree)]);
        assert!(first[0].ratio > 5.0 && first[0].z > Z_90);
        let second = representative(&groups, 1, 5);
        assert_eq!(second.iter().map(|r| (r.statement, r.direction)).collect::<Vec<_>>(), [(0, Direction::Disagree)]);
    }

    #[test]
    fn a_minority_within_the_group_does_not_represent_it_even_if_rarer_outside() {
        // 8 of 20 agree in the group against 1 of 20 outside: more than the others, but no
        // majority of the group.
        let groups = vec![vec![t(8, 6, 6)], vec![t(1, 10, 9)]];
        assert!(representative(&groups, 0, 5).is_empty());
    }

    #[test]
    fn at_most_max_representatives_are_kept_best_first() {
        let groups = vec![vec![t(19, 1, 0), t(15, 5, 0), t(20, 0, 0)], vec![t(1, 19, 0), t(2, 18, 0), t(1, 19, 0)]];
        let rep = representative(&groups, 0, 2);
        assert_eq!(rep.iter().map(|r| r.statement).collect::<Vec<_>>(), [2, 0]);
    }

    #[test]
    fn common_ground_needs_every_group_above_the_threshold_with_enough_reactions() {
        let groups = two_groups();
        assert_eq!(common_ground(&groups, 0.6, 5).iter().map(|c| c.statement).collect::<Vec<_>>(), [1]);
        assert!(common_ground(&groups, 0.6, 30).is_empty(), "too few reactions per group");
    }

    #[test]
    fn divisive_statements_are_ordered_by_spread_and_need_two_groups() {
        let groups = two_groups();
        let d = divisive(&groups, 0.3, 5);
        assert_eq!(d.iter().map(|d| d.statement).collect::<Vec<_>>(), [0]);
        assert!((d[0].spread - (19.0 / 22.0 - 3.0 / 22.0)).abs() < 1e-12);
        assert!(divisive(&groups[..1], 0.0, 0).is_empty());
    }
}
