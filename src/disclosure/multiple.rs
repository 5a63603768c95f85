//! Multiple choice: a person counts in several cells of a row, so rows don't add up; instead
//! each option splits every group in two, those who chose it and those who did not (the group's
//! size minus the cell). Each option is then a network of its own (`residual.rs`): vertices are
//! the rows, the "chose" and the "did not choose" columns, and the line where the two add up to
//! the shown total. The options share the group sizes, which makes the whole no network.
//!
//! So the search moves people in two ways, each built so that every line keeps its sum and no
//! number goes below 0 (a path walks an edge backward only if its number is at least 1):
//! - within one option, the group sizes fixed: one more person chose it in one group and one
//!   fewer in another, or one more in a group and in the overall count;
//! - between two hidden group sizes, one person more in one and fewer in the other, carried
//!   through every option at once (each option needs its own path between the two rows).
//!
//! Each move found is a filling the reader cannot rule out, so a number found uncertain is
//! uncertain. A number found determined may not be (moves of several group sizes at once are
//! not tried), which can only hide more than needed. With every cell and group size hidden,
//! these moves always reach every small number, so the secondary step never runs out.

use super::grid::{Entry, Grid, Mask};
use super::residual::{Edge, Residual};

/// Whether the reader can work out `entry` of a multiple-choice breakdown, as far as the moves
/// above tell.
pub(super) fn determined(grid: &Grid, mask: &Mask, entry: Entry) -> bool {
    let groups = grid.rows.len();
    let hidden: Vec<usize> = (0..groups).filter(|&g| mask.rows[g]).collect();
    let pairs = || hidden.iter().flat_map(|&a| hidden.iter().map(move |&b| (a, b))).filter(|(a, b)| a != b);
    let (option_of, e) = match entry {
        Entry::Row(g) => return !pairs().any(|(a, b)| (a == g || b == g) && swap(grid, mask, a, b, None)),
        Entry::Cell(g, j) => (j, g),
        Entry::NotChosen(g, j) => (j, groups + g),
        Entry::Col(j) => (j, 2 * groups),
        Entry::NotChosenCol(j) => (j, 2 * groups + 1),
    };
    if option(grid, mask, option_of, &[]).on_cycle(e) {
        return false;
    }
    let moved = |(a, b)| swap(grid, mask, a, b, Some(option_of)) && through(&option(grid, mask, option_of, &[a, b]), e, a, b);
    !pairs().any(moved)
}

/// The network of option `j` with the sizes of the groups in `moving` free to change. Edge
/// `g` is group `g`'s cell, `groups + g` its "did not choose", then the overall count and the
/// overall "did not choose".
fn option(grid: &Grid, mask: &Mask, j: usize, moving: &[usize]) -> Residual {
    let groups = grid.rows.len();
    let (chose, not, total) = (groups, groups + 1, groups + 2);
    let mut edges = Vec::with_capacity(2 * groups + 2);
    for g in 0..groups {
        let cell = Edge { from: g, to: chose, value: grid.value(Entry::Cell(g, j)) };
        edges.push(mask.cells[g][j].then_some(cell));
    }
    for g in 0..groups {
        // "Did not choose" is the size minus the cell: it moves with the cell, or with the size
        // when that size is part of the move (a hidden size is fixed in a move that leaves it).
        let others = Edge { from: g, to: not, value: grid.value(Entry::NotChosen(g, j)) };
        edges.push((mask.cells[g][j] || moving.contains(&g)).then_some(others));
    }
    edges.push(mask.cols[j].then_some(Edge { from: chose, to: total, value: grid.cols[j] }));
    edges.push(mask.cols[j].then_some(Edge { from: not, to: total, value: grid.value(Entry::NotChosenCol(j)) }));
    Residual::new(groups + 3, edges)
}

/// Whether one person can leave group `b` for group `a`: both sizes hidden, `b` not empty, and
/// in every option but `except` a path from row `a` to row `b` (the person, counted in or out
/// of each option, joins `a`'s row and leaves `b`'s).
fn swap(grid: &Grid, mask: &Mask, a: usize, b: usize, except: Option<usize>) -> bool {
    let options = (0..grid.cols.len()).filter(|&j| Some(j) != except);
    grid.rows[b] > 0
        && mask.rows[a]
        && mask.rows[b]
        && options.into_iter().all(|j| option(grid, mask, j, &[a, b]).path(a, b, &[]).is_some())
}

/// Whether, in `net`, a path from row `a` to row `b` can use edge `e` (either way), no edge
/// twice.
fn through(net: &Residual, e: usize, a: usize, b: usize) -> bool {
    let Some(edge) = net.edge(e) else { return false };
    let via = |enter: usize, leave: usize| {
        net.path(a, enter, &[e]).is_some_and(|first| {
            let avoid: Vec<usize> = first.iter().map(|&(used, _)| used).chain([e]).collect();
            net.path(leave, b, &avoid).is_some()
        })
    };
    via(edge.from, edge.to) || (edge.value > 0 && via(edge.to, edge.from))
}
