//! Reaction counts per statement, overall and per group, and the smoothed probabilities and
//! z-statistics that representativeness, common ground and statement order are built on.

use serde::Serialize;

use super::reactions::{AGREE, DISAGREE, Reactions};

/// How one statement was received, by everyone or by one group.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Totals {
    /// Agree reactions.
    pub agree: u32,
    /// Disagree reactions.
    pub disagree: u32,
    /// Passes.
    pub pass: u32,
    /// Every reaction: agree + disagree + pass.
    pub seen: u32,
}

impl Totals {
    /// Counts one reaction.
    pub(crate) fn add(&mut self, vote: i8) {
        match vote {
            AGREE => self.agree += 1,
            DISAGREE => self.disagree += 1,
            _ => self.pass += 1,
        }
        self.seen += 1;
    }

    /// The counts of `self` and `other` together.
    pub(crate) fn plus(self, other: Totals) -> Totals {
        Totals {
            agree: self.agree + other.agree,
            disagree: self.disagree + other.disagree,
            pass: self.pass + other.pass,
            seen: self.seen + other.seen,
        }
    }

    /// The probability of agreeing with Laplace smoothing, `(agree + 1) / (seen + 2)`: 1/2
    /// with no reactions, moving towards the observed share as reactions come in.
    pub fn agree_probability(&self) -> f64 {
        (f64::from(self.agree) + 1.0) / (f64::from(self.seen) + 2.0)
    }

    /// The probability of disagreeing, smoothed the same way.
    pub fn disagree_probability(&self) -> f64 {
        (f64::from(self.disagree) + 1.0) / (f64::from(self.seen) + 2.0)
    }

    /// The share of reactions that are passes (0 with no reactions).
    pub fn pass_rate(&self) -> f64 {
        if self.seen == 0 { 0.0 } else { f64::from(self.pass) / f64::from(self.seen) }
    }
}

/// The totals of every statement over all participants.
pub(crate) fn totals(r: &Reactions) -> Vec<Totals> {
    let mut t = vec![Totals::default(); r.statements()];
    for &(_, s, vote) in r.entries() {
        t[s as usize].add(vote);
    }
    t
}

/// `[group][statement]` totals, counting each participant in the group `group_of` gives it
/// (participants mapped to `None` are in no group).
pub(crate) fn by_group(r: &Reactions, group_of: &[Option<usize>], groups: usize) -> Vec<Vec<Totals>> {
    let mut t = vec![vec![Totals::default(); r.statements()]; groups];
    for &(p, s, vote) in r.entries() {
        if let Some(g) = group_of[p as usize] {
            t[g][s as usize].add(vote);
        }
    }
    t
}

/// The z-statistic of `successes` out of `trials` against a proportion of 1/2, with one
/// pseudo-count added to both (as Polis's `prop-test`): positive when more than half
/// succeed.
pub(crate) fn proportion_z(successes: u32, trials: u32) -> f64 {
    let n = f64::from(trials) + 1.0;
    2.0 * n.sqrt() * ((f64::from(successes) + 1.0) / n - 0.5)
}

/// The pooled two-proportion z-statistic of `s1` of `n1` against `s2` of `n2`, with one
/// pseudo-count added to each number (as Polis's `two-prop-test`): positive when the first
/// proportion is the larger. 0 when the pooled proportion is 0 or 1 (no variance).
pub(crate) fn two_proportion_z(s1: u32, n1: u32, s2: u32, n2: u32) -> f64 {
    let (s1, n1, s2, n2) = (f64::from(s1) + 1.0, f64::from(n1) + 1.0, f64::from(s2) + 1.0, f64::from(n2) + 1.0);
    let pooled = (s1 + s2) / (n1 + n2);
    let variance = pooled * (1.0 - pooled) * (1.0 / n1 + 1.0 / n2);
    if variance <= 0.0 { 0.0 } else { (s1 / n1 - s2 / n2) / variance.sqrt() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn smoothed_probabilities_start_at_one_half() {
        let none = Totals::default();
        assert_eq!((none.agree_probability(), none.disagree_probability(), none.pass_rate()), (0.5, 0.5, 0.0));
        let t = Totals { agree: 3, disagree: 1, pass: 4, seen: 8 };
        assert_eq!((t.agree_probability(), t.disagree_probability(), t.pass_rate()), (0.4, 0.2, 0.5));
    }

    #[test]
    fn the_z_statistics_match_hand_computed_values() {
        // 14 of 23 against 55 of 70 become 15/24 = 0.625 and 56/71 = 0.7887 with the
        // pseudo-counts; pooled 71/95, so z = -0.1637 / sqrt(0.1888 × (1/24 + 1/71)) = -1.596.
        assert!((two_proportion_z(14, 23, 55, 70) + 1.596).abs() < 0.001, "{}", two_proportion_z(14, 23, 55, 70));
        // 8 of 9 become 9/10: 2 × sqrt(10) × 0.4 = 2.530.
        assert!((proportion_z(8, 9) - 2.530).abs() < 0.001);
        // Against a huge population at one half, the two tests converge.
        assert!((two_proportion_z(30, 50, 1_000_000, 2_000_000) - proportion_z(30, 50)).abs() < 0.05);
        assert!(proportion_z(0, 0) > 0.0 && proportion_z(1, 10) < 0.0);
        assert_eq!(two_proportion_z(5, 5, 7, 7), 0.0);
    }
}
