//! Which statement to show a participant next.

use super::Analysis;
use super::reactions::Reactions;
use super::repness::{agree_by_group, spread};
use super::stats::{self, Totals};

/// A statement with fewer reactions than this is new, and comes before every other.
pub const NEW_BELOW: u32 = 5;

/// The priority of each statement, for choosing what a participant sees next: the portal
/// shows each participant the statement with the highest priority among those they have not
/// reacted to yet, and draws at random among equal priorities.
///
/// The rule, in plain words:
///
/// 1. **New statements first.** A statement with fewer than 5 reactions (passes count) gets a
///    priority between 1 and 2: `2 − reactions / 5`, so the fewer reactions it has, the sooner
///    it is shown. Every statement is thus seen by a few people soon after it is written.
/// 2. **Then the most informative.** Every other statement gets a priority between 0 and 1:
///    `(1 − pass rate) × max(division, agreement)`, where the pass rate is the share of its
///    reactions that are passes, *division* is how far apart the groups are on it (the
///    highest minus the lowest agree probability among the groups) and *agreement* is how far
///    even the least agreeing group is above one half (`2 × lowest agree probability − 1`, or
///    0 when below one half). Statements that tell the groups apart, or that might be common
///    ground, come first; statements most people pass on, or that split every group down the
///    middle, come last.
///
/// Agree probabilities are smoothed (`(agrees + 1) / (reactions + 2)`), so a group that has
/// hardly reacted to a statement counts as undecided. When the analysis found no groups, all
/// participants count as one group (so *division* is 0).
pub fn priorities(r: &Reactions, a: &Analysis) -> Vec<f64> {
    let totals = stats::totals(r);
    let by_group = groups_or_everyone(r, a, &totals);
    totals
        .iter()
        .enumerate()
        .map(|(s, t)| {
            if t.seen < NEW_BELOW {
                return 2.0 - f64::from(t.seen) / f64::from(NEW_BELOW);
            }
            let agree = agree_by_group(&by_group, s);
            let lowest = agree.iter().copied().fold(1.0, f64::min);
            let agreement = (2.0 * lowest - 1.0).max(0.0);
            (1.0 - t.pass_rate()) * spread(&agree).max(agreement)
        })
        .collect()
}

/// The groups' totals, or everyone's as a single group when there are no groups.
fn groups_or_everyone(r: &Reactions, a: &Analysis, totals: &[Totals]) -> Vec<Vec<Totals>> {
    if a.groups.is_empty() {
        return vec![totals.to_vec()];
    }
    let mut group_of = vec![None; r.participants()];
    for (g, group) in a.groups.iter().enumerate() {
        for &p in &group.members {
            if let Some(slot) = group_of.get_mut(p as usize) {
                *slot = Some(g);
            }
        }
    }
    stats::by_group(r, &group_of, a.groups.len())
}

#[cfg(test)]
mod tests {
    use super::super::{Group, Params, analyse};
    use super::*;
    use crate::opinion::reactions::{AGREE, DISAGREE, PASS};

    /// 10 participants; statement 0 new (2 reactions), 1 agreed by all, 2 passed by all,
    /// 3 split within the one group.
    fn round() -> Reactions {
        let mut entries = vec![(0, 0, AGREE), (1, 0, DISAGREE)];
        for p in 0..10 {
            entries.push((p, 1, AGREE));
            entries.push((p, 2, PASS));
            entries.push((p, 3, if p % 2 == 0 { AGREE } else { DISAGREE }));
        }
        Reactions::new(10, 5, entries).expect("valid")
    }

    #[test]
    fn new_statements_come_first_the_least_seen_first() {
        let r = round();
        let p = priorities(&r, &analyse(&r, &Params::default()));
        assert_eq!(p[4], 2.0, "nobody has seen statement 4");
        assert!((p[0] - 1.6).abs() < 1e-12);
        assert!(p[1..4].iter().all(|&x| x < 1.0), "{p:?}");
    }

    #[test]
    fn agreed_statements_beat_passed_and_split_ones() {
        let r = round();
        let p = priorities(&r, &analyse(&r, &Params::default()));
        // Statement 1: agree probability 11/12 for everyone, so 2 × 11/12 − 1 = 5/6.
        assert!((p[1] - 5.0 / 6.0).abs() < 1e-12, "{p:?}");
        assert_eq!(p[2], 0.0, "everyone passed");
        assert!(p[3] < 0.1, "split down the middle: {p:?}");
    }

    #[test]
    fn a_statement_the_groups_disagree_on_gets_their_spread() {
        // Two groups of 6 who answer statement 0 oppositely.
        let entries: Vec<(u32, u32, i8)> = (0..12).map(|p| (p, 0, if p < 6 { AGREE } else { DISAGREE })).collect();
        let r = Reactions::new(12, 1, entries).expect("valid");
        let mut a = analyse(&r, &Params::default());
        let group = |members: Vec<u32>| Group { size: members.len(), members, representative: Vec::new() };
        a.groups = vec![group((0..6).collect()), group((6..12).collect())];
        let p = priorities(&r, &a);
        assert!((p[0] - (7.0 / 8.0 - 1.0 / 8.0)).abs() < 1e-12, "{p:?}");
    }
}
