//! Approval and points: a total per option, and the options ordered by it.

use serde::{Deserialize, Serialize};

use crate::voting::{Ballots, Weighted};

/// Totals per option and the resulting order.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct TotalsOutcome {
    /// The total of each option (approvals or points), indexed by option.
    pub totals: Vec<u64>,
    /// Every option, by total (highest first); equal totals keep option order (earlier first).
    pub order: Vec<u32>,
    /// Number of voters (the sum of the ballots' multiplicities).
    pub voters: u64,
}

/// Approval totals: each voter gives one to each option it approves.
pub(super) fn approval(options: usize, ballots: &[Weighted<Vec<u32>>]) -> TotalsOutcome {
    let mut totals = vec![0u64; options];
    for b in ballots {
        for &o in &b.ballot {
            add(&mut totals, o, b.count);
        }
    }
    finish(totals, ballots.iter().map(|b| b.count))
}

/// Points totals; an approval ballot gives one point to each option it approves. Ranked
/// ballots have no points (`None`).
pub(super) fn points(options: usize, ballots: &Ballots) -> Option<TotalsOutcome> {
    match ballots {
        Ballots::Approval(b) => Some(approval(options, b)),
        Ballots::Points(ballots) => {
            let mut totals = vec![0u64; options];
            for b in ballots {
                for &(o, p) in &b.ballot {
                    add(&mut totals, o, p.saturating_mul(b.count));
                }
            }
            Some(finish(totals, ballots.iter().map(|b| b.count)))
        }
        Ballots::Ranked(_) => None,
    }
}

/// Adds to an option's total; saturating, because multiplicities come from files.
fn add(totals: &mut [u64], option: u32, amount: u64) {
    if let Some(t) = usize::try_from(option).ok().and_then(|o| totals.get_mut(o)) {
        *t = t.saturating_add(amount);
    }
}

fn finish(totals: Vec<u64>, counts: impl Iterator<Item = u64>) -> TotalsOutcome {
    let order = order_by_total(&totals);
    TotalsOutcome { totals, order, voters: counts.fold(0u64, u64::saturating_add) }
}

/// Option indices by total, highest first; a stable sort keeps earlier options first on ties.
pub(super) fn order_by_total(totals: &[u64]) -> Vec<u32> {
    let mut order: Vec<u32> = (0..totals.len()).filter_map(|o| u32::try_from(o).ok()).collect();
    order.sort_by_key(|&o| std::cmp::Reverse(totals.get(o as usize).copied().unwrap_or(0)));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w<T>(ballot: T, count: u64) -> Weighted<T> {
        Weighted { ballot, count }
    }

    #[test]
    fn approvals_are_counted_with_multiplicities_and_ties_keep_option_order() {
        let outcome = approval(4, &[w(vec![0, 2], 2), w(vec![2, 3], 1), w(vec![], 5), w(vec![3], 1)]);
        assert_eq!(outcome.totals, vec![2, 0, 3, 2]);
        assert_eq!(outcome.order, vec![2, 0, 3, 1]);
        assert_eq!(outcome.voters, 9);
    }

    #[test]
    fn points_add_up_and_approval_ballots_give_one_point_per_pick() {
        let ballots = Ballots::Points(vec![w(vec![(0, 3), (1, 4)], 1), w(vec![(1, 1)], 2)]);
        let outcome = points(2, &ballots).unwrap_or_else(|| panic!("points apply to points ballots"));
        assert_eq!(outcome.totals, vec![3, 6]);
        assert_eq!(outcome.order, vec![1, 0]);
        let approvals = points(2, &Ballots::Approval(vec![w(vec![0, 1], 1), w(vec![0], 1)]));
        assert_eq!(approvals.map(|o| o.totals), Some(vec![2, 1]));
    }

    #[test]
    fn no_options_and_no_ballots_give_an_empty_order() {
        let outcome = approval(0, &[]);
        assert!(outcome.order.is_empty() && outcome.totals.is_empty() && outcome.voters == 0);
    }
}
