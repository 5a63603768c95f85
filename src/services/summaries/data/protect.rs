//! Small cells in the issue counts of a summary. Issues stand for the people who raised them,
//! so the counts follow `disclosure`: no shown count below [`MIN_CELL`], and no hidden one that
//! the shown numbers give away.
//!
//! Each breakdown by language, status or neighbourhood is one line that adds up to the shown
//! total, protected by `disclosure::protect_counts`. Lines of different breakdowns share only
//! the total (any set of margins with one total fits some table), so each is safe alone.
//!
//! Categories are linked to their roll-ups: a dimension, or an EU area, is the sum of its
//! categories, and the two roll-ups cross. The rule, and why it is enough:
//! - the categories are protected as one line; the reader learns the sum `K` of the hidden ones
//!   and, from that line, nothing that pins any of them;
//! - a roll-up is shown only when all its categories are shown: then it tells nothing new. A
//!   roll-up with a hidden category is hidden, so it adds an unknown but no equation;
//! - a hidden roll-up is its shown categories plus its share of `K`. Its share is uncertain
//!   when some hidden category lies outside it (a person can move between the two sides) — so
//!   while every hidden category lies in one roll-up (of a roll-up that is not the total), the
//!   smallest shown category outside it is hidden too.
//!
//! The reader's only equation on hidden categories is then `Σ hidden = K`, which
//! `protect_counts` already made safe, and each hidden roll-up can change by one person.

use crate::disclosure::{self, Cell, MIN_CELL};

/// A line of counts that adds up to `total`, protected.
pub fn line(counts: &[u64], total: u64) -> (Cell, Vec<Cell>) {
    let p = disclosure::protect_counts(counts, total, true);
    (p.total, p.cells)
}

/// The categories and their roll-ups, protected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Taxonomy {
    /// The total.
    pub total: Cell,
    /// Per category.
    pub categories: Vec<Cell>,
    /// Per roll-up (dimensions, EU areas…): per group of that roll-up.
    pub rollups: Vec<Vec<Cell>>,
}

/// Protects category counts adding up to `total` and roll-ups of them: `rollups[r][c]` is the
/// group category `c` belongs to in roll-up `r`, `groups[r]` how many groups roll-up `r` has.
pub fn taxonomy(counts: &[u64], total: u64, rollups: &[Vec<usize>], groups: &[usize]) -> Taxonomy {
    let (total_cell, cells) = line(counts, total);
    let mut hidden: Vec<bool> = cells.iter().map(Cell::is_hidden).collect();
    let all_hidden = total_cell.is_hidden();
    // Every pass hides one more category, so this ends within `counts.len()` passes.
    while let Some(inside) = enclosing(&hidden, rollups, groups).filter(|_| !all_hidden) {
        let outside = (0..counts.len()).filter(|&c| !hidden[c] && !inside.contains(&c)).min_by_key(|&c| (counts[c], c));
        match outside {
            Some(c) => hidden[c] = true,
            None => break,
        }
    }
    let categories: Vec<Cell> =
        counts.iter().zip(&hidden).map(|(&n, &h)| if h || all_hidden { Cell::Hidden } else { Cell::Shown(n) }).collect();
    let rollups = rollups
        .iter()
        .zip(groups)
        .map(|(of, &n)| {
            (0..n)
                .map(|g| {
                    let members: Vec<usize> = (0..counts.len()).filter(|&c| of.get(c) == Some(&g)).collect();
                    let whole = members.len() == counts.len();
                    match total_cell {
                        Cell::Shown(t) if whole => Cell::Shown(t),
                        _ if members.iter().any(|&c| categories[c].is_hidden()) || all_hidden => Cell::Hidden,
                        _ => Cell::Shown(members.iter().map(|&c| counts[c]).sum()),
                    }
                })
                .collect()
        })
        .collect();
    Taxonomy { total: total_cell, categories, rollups }
}

/// The members of a roll-up group (not the whole) holding every hidden category, if there is one.
fn enclosing(hidden: &[bool], rollups: &[Vec<usize>], groups: &[usize]) -> Option<Vec<usize>> {
    if !hidden.contains(&true) {
        return None;
    }
    for (of, &n) in rollups.iter().zip(groups) {
        for g in 0..n {
            let members: Vec<usize> = (0..hidden.len()).filter(|&c| of.get(c) == Some(&g)).collect();
            let holds_all = (0..hidden.len()).filter(|&c| hidden[c]).all(|c| members.contains(&c));
            if holds_all && members.len() < hidden.len() {
                return Some(members);
            }
        }
    }
    None
}

/// Whether a shown count is safe to print: a convenience for counts outside any table (a total
/// of supports, a ballot's voters).
pub fn single(n: u64) -> Cell {
    if n < MIN_CELL { Cell::Hidden } else { Cell::Shown(n) }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Categories 0..4; dimensions {0,1} {2,3}; areas {0,2} {1,3}.
    fn rollups() -> (Vec<Vec<usize>>, Vec<usize>) {
        (vec![vec![0, 0, 1, 1], vec![0, 1, 0, 1]], vec![2, 2])
    }

    #[test]
    fn a_small_category_is_hidden_with_a_partner_and_its_roll_ups() {
        let (r, g) = rollups();
        let t = taxonomy(&[3, 20, 30, 40], 93, &r, &g);
        assert_eq!(t.categories[0], Cell::Hidden);
        assert!(t.categories.iter().filter(|c| c.is_hidden()).count() >= 2);
        // No group of either roll-up holds every hidden category (3 and 20 share a dimension,
        // so 30 is hidden too).
        let hidden: Vec<usize> = (0..4).filter(|&c| t.categories[c].is_hidden()).collect();
        assert_eq!(hidden, vec![0, 1, 2]);
        for of in &r {
            assert!(hidden.iter().any(|&c| of[c] != of[hidden[0]]), "{hidden:?} share a group");
        }
        // Every roll-up group with a hidden member is hidden; the total is shown.
        assert_eq!(t.total, Cell::Shown(93));
        for (of, cells) in r.iter().zip(&t.rollups) {
            for (grp, cell) in cells.iter().enumerate() {
                let has_hidden = hidden.iter().any(|&c| of[c] == grp);
                assert_eq!(cell.is_hidden(), has_hidden);
            }
        }
    }

    #[test]
    fn counts_without_small_cells_are_all_shown() {
        let (r, g) = rollups();
        let t = taxonomy(&[5, 20, 30, 40], 95, &r, &g);
        assert!(t.categories.iter().all(|c| !c.is_hidden()));
        assert_eq!(t.rollups, vec![vec![Cell::Shown(25), Cell::Shown(70)], vec![Cell::Shown(35), Cell::Shown(60)]]);
    }

    #[test]
    fn a_total_below_five_hides_everything() {
        let (r, g) = rollups();
        let t = taxonomy(&[1, 1, 1, 1], 4, &r, &g);
        assert!(t.total.is_hidden() && t.categories.iter().all(Cell::is_hidden));
        assert!(t.rollups.iter().flatten().all(Cell::is_hidden));
    }

    #[test]
    fn a_roll_up_of_everything_is_the_total() {
        let t = taxonomy(&[3, 20, 30], 53, &[vec![0, 0, 0]], &[1]);
        assert_eq!(t.rollups[0][0], Cell::Shown(53));
    }

    #[test]
    fn single_counts_below_five_are_hidden() {
        assert_eq!(single(4), Cell::Hidden);
        assert_eq!(single(5), Cell::Shown(5));
    }
}
