//! Single choice and scales: the cells of a row add up to the group's size, so every number of
//! a breakdown is in exactly two lines and the hidden ones form one network (`residual.rs`).
//! Whether a hidden number is determined is then exact: it is uncertain if and only if one
//! person can be moved around a cycle of hidden numbers through it.
//!
//! The vertices are the rows, the columns, the line of the overall counts (they add up to the
//! total) and the line of the group sizes (they add up to the total too). A cell counts out of
//! its row into its column, an overall count out of its column into its line, a group size out
//! of its line into its row. The total is shown (else everything is hidden) and is no edge.
//!
//! With every cell and group size hidden, each small number is uncertain: with a total of 5 or
//! more, some other group holds a person who can be moved into (or out of) its cell through the
//! two group sizes, or, if its column is empty, through the overall counts, which
//! [`protect_line`] left uncertain. So the secondary step never runs out of partners.

use super::MIN_CELL;
use super::grid::{Entry, Grid, Mask};
use super::residual::{Edge, Residual};

/// Which of a question's counts to hide, given that they add up to a shown total of at least
/// [`MIN_CELL`]: the small ones, then the smallest others until each hidden one is uncertain.
pub(super) fn protect_line(counts: &[u64]) -> Vec<bool> {
    let mut hidden: Vec<bool> = counts.iter().map(|&c| c < MIN_CELL).collect();
    loop {
        // The reader knows the sum of the hidden counts and nothing else about them. One alone
        // is that sum; several whose sum is 0 are all 0; otherwise each can trade a person with
        // another (one of them is at least 1), so each is uncertain.
        let (many, sum) = hidden.iter().zip(counts).filter(|(h, _)| **h).fold((0, 0), |(n, s), (_, &c)| (n + 1, s + u128::from(c)));
        if many == 0 || (many >= 2 && sum > 0) {
            return hidden;
        }
        // The smallest shown count; there is one, else all are hidden and add up to the total.
        match (0..counts.len()).filter(|&c| !hidden[c]).min_by_key(|&c| (counts[c], c)) {
            Some(c) => hidden[c] = true,
            None => return hidden,
        }
    }
}

/// Whether the reader can work out `entry` of a single-choice breakdown.
pub(super) fn determined(grid: &Grid, mask: &Mask, entry: Entry) -> bool {
    let (groups, options) = (grid.rows.len(), grid.cols.len());
    let column = |j: usize| groups + j;
    let (counts_line, sizes_line) = (groups + options, groups + options + 1);
    let mut edges: Vec<Option<Edge>> = Vec::with_capacity(groups * options + groups + options);
    let mut target = None;
    let mut add = |this: Entry, hidden: bool, from: usize, to: usize| {
        if this == entry {
            target = Some(edges.len());
        }
        edges.push(hidden.then_some(Edge { from, to, value: grid.value(this) }));
    };
    for g in 0..groups {
        add(Entry::Row(g), mask.rows[g], sizes_line, g);
        for j in 0..options {
            add(Entry::Cell(g, j), mask.cells[g][j], g, column(j));
        }
    }
    for j in 0..options {
        add(Entry::Col(j), mask.cols[j], column(j), counts_line);
    }
    let net = Residual::new(sizes_line + 1, edges);
    // A shown number is known, and there is no other kind of entry in a single-choice table.
    target.is_none_or(|e| !net.on_cycle(e))
}
