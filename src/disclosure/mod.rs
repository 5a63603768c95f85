//! Small-cell suppression of published consultation results. Pure computation, counts in and
//! [`Cell`]s out, so that the portal, the JSON API and any export hide the same numbers.
//!
//! Results are counts of people: how many chose each option of a question, and the same broken
//! down by group (age band, gender, time in the country, language answered in). In a small
//! council a count of 1 to 4, or of 0, can tell a reader what a neighbour answered. The rule:
//! **no published number counts fewer than [`MIN_CELL`] people, and no hidden number below it
//! can be worked out from the published ones.** This is the practice of statistical offices,
//! primary suppression by a threshold and then secondary (complementary) suppression until the
//! arithmetic of the table gives no hidden cell away (Hundepool et al., *Statistical Disclosure
//! Control*, Wiley 2012: ch. 4 on cell suppression and its audit, ch. 5 on frequency tables).
//!
//! # What the reader knows
//!
//! Every shown number of the table and of the question's overall counts, and the arithmetic
//! that ties them: the group sizes add up to the total; within an option, the groups add up to
//! the option's overall count; for a single-choice (or scale) question, each group's cells add
//! up to its size and the option counts add up to the total. Nobody counts twice in one cell, so
//! no count is below 0 or above its group or the total. The attacker check in the tests is
//! written from exactly this list.
//!
//! # The rules
//!
//! Primary suppression:
//! - a count below 5 is hidden, 0 included;
//! - a group of fewer than 5 hides its size and its whole row; a total below 5 hides everything;
//! - for multiple choice, the people who did *not* choose an option are a cell too (the reader
//!   gets them as total − count), so "all 6 respondents aged 65+ chose X", or all but 2, is
//!   hidden like "2 chose X". Single choice needs no such rule: there the others are cells;
//! - a breakdown takes the overall counts as [`protect_counts`] protects them, so that the main
//!   table and the breakdown agree; an option whose count is hidden has its whole column hidden.
//!
//! Secondary suppression: while some hidden number below 5 is determined (it has one possible
//! value given what the reader knows), one more cell or group size is hidden: the smallest whose
//! hiding makes that number uncertain (cells before group sizes on ties, then reading order),
//! or, if no single one does, the smallest in its row or column. Totals and overall counts are
//! never hidden by this step (but for a safety net, not seen to fire: with every cell and group
//! size hidden a small number is always uncertain). The result is deterministic.
//!
//! "No line with exactly one hidden entry" is the usual rule of thumb and necessary, but not
//! enough: two hidden cells whose known sum is 0 are both 0 (a group that answered unanimously),
//! and several lines together can pin a cell that no line pins alone. So this step asks the exact
//! question. For a single-choice table every number is in two lines, the hidden ones form a
//! network, and a hidden number is uncertain exactly when one person can be moved around a cycle
//! of hidden numbers through it without any going below 0 (`additive.rs`). A multiple-choice table
//! is one such network per option, linked by the group sizes: people are moved within one option,
//! or between two hidden group sizes in every option at once (`multiple.rs`). Every move found is a
//! real alternative, but some may be missed, which can only hide more than needed.
//!
//! # What the reader can and cannot learn
//!
//! The reader learns every shown number, that a hidden one is either below 5 or hidden to protect
//! one, and bounds on it: at most its group's size, at least 0, and whatever the lines give. The
//! reader cannot learn the exact value of any count below 5 (nor, for multiple choice, of any
//! "did not choose" below 5) from one table and the question's overall counts.
//!
//! # Limits
//!
//! - Tables are protected one at a time. Two breakdowns of a question share its overall counts,
//!   and questions of one consultation share (nearly) the group sizes; bounds from two tables can
//!   meet in one value. Joint protection of linked tables is not done here.
//! - Uncertain means two possible values or more, not a wide interval: the reader may learn that a
//!   hidden count is 0 or 1. Offices that need a protection interval ask for more.
//! - The reader is not assumed to know anything else, e.g. that everyone ticked some option.
//! - `additive` must describe the question: rows that add up, protected as multiple choice, lack
//!   the row equations the reader can use.
//!
//! Inconsistent input (lengths that do not match, sums that do not add up, a count above its
//! total) is answered with everything hidden: publishing nothing is the safe failure, and a page
//! of hidden numbers gets noticed.
//!
//! [`Cell`]: crate::disclosure::Cell
//! [`MIN_CELL`]: crate::disclosure::MIN_CELL
//! [`protect_counts`]: crate::disclosure::protect_counts

mod additive;
mod grid;
mod multiple;
mod residual;

#[cfg(test)]
mod attacker;
#[cfg(test)]
mod tests;

use grid::Grid;

/// The smallest number of people a published number may count.
pub const MIN_CELL: u64 = 5;

/// A published number, or hidden.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Cell {
    /// Published as it is.
    Shown(u64),
    /// Not published: fewer than [`MIN_CELL`] people, or hidden to protect such a number.
    Hidden,
}

impl Cell {
    /// The number, if it is published.
    pub fn shown(&self) -> Option<u64> {
        match self {
            Cell::Shown(n) => Some(*n),
            Cell::Hidden => None,
        }
    }

    /// Whether the number is hidden.
    pub fn is_hidden(&self) -> bool {
        matches!(self, Cell::Hidden)
    }

    fn masked(value: u64, hidden: bool) -> Cell {
        if hidden { Cell::Hidden } else { Cell::Shown(value) }
    }
}

/// One question's overall counts, protected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Protected {
    /// The respondents of the question.
    pub total: Cell,
    /// `cells[c]`: the respondents who chose option `c`.
    pub cells: Vec<Cell>,
}

impl Protected {
    /// Each option's share of the total in whole percent (half up), where both are shown.
    pub fn percentages(&self) -> Vec<Option<u64>> {
        self.cells.iter().map(|&cell| percent(cell, self.total)).collect()
    }
}

/// A breakdown of one question by group, protected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProtectedTable {
    /// The respondents of the question.
    pub total: Cell,
    /// `row_totals[g]`: the respondents in group `g` (the group sizes).
    pub row_totals: Vec<Cell>,
    /// `col_totals[c]`: the respondents who chose option `c`, as [`protect_counts`] shows them.
    pub col_totals: Vec<Cell>,
    /// `cells[g][c]`: the respondents in group `g` who chose option `c`.
    pub cells: Vec<Vec<Cell>>,
}

impl ProtectedTable {
    /// Each cell's share of its group in whole percent (half up), where both are shown.
    pub fn row_percentages(&self) -> Vec<Vec<Option<u64>>> {
        let rows = self.cells.iter().zip(&self.row_totals);
        rows.map(|(row, &size)| row.iter().map(|&cell| percent(cell, size)).collect()).collect()
    }
}

/// Protects one question's overall counts: `counts[c]` people chose option `c` out of `total`
/// who answered. `additive`: the counts add up to the total (single choice, scale); false for
/// multiple choice, where one person can count in several cells (but once in each).
pub fn protect_counts(counts: &[u64], total: u64, additive: bool) -> Protected {
    let consistent = if additive { sum(counts) == u128::from(total) } else { counts.iter().all(|&c| c <= total) };
    if !consistent || total < MIN_CELL {
        return Protected { total: Cell::Hidden, cells: vec![Cell::Hidden; counts.len()] };
    }
    let hidden = if additive {
        additive::protect_line(counts)
    } else {
        // Each option splits the respondents in two, chose and did not; both are cells, and with
        // the total shown neither half can be worked out from the other options.
        counts.iter().map(|&c| c < MIN_CELL || total - c < MIN_CELL).collect()
    };
    Protected { total: Cell::Shown(total), cells: counts.iter().zip(hidden).map(|(&c, h)| Cell::masked(c, h)).collect() }
}

/// Protects a breakdown of one question: rows are groups (every respondent of the question is
/// in exactly one, a "not given" row included), columns are options. `cells[g][c]` respondents
/// of group `g` chose option `c`; `row_totals[g]` is the size of group `g`; `col_totals` are the
/// question's overall counts and `total` its respondents. `additive_rows`: each row's cells add
/// up to its size (single choice, scale); false for multiple choice.
///
/// The reader is assumed to know the overall counts as [`protect_counts`] shows them: the result
/// carries them, computed by that same function, for the caller to show.
pub fn protect_table(cells: &[Vec<u64>], row_totals: &[u64], col_totals: &[u64], total: u64, additive_rows: bool) -> ProtectedTable {
    match Grid::new(cells, row_totals, col_totals, total, additive_rows) {
        Some(grid) if total >= MIN_CELL => grid.protect(),
        _ => ProtectedTable {
            total: Cell::Hidden,
            row_totals: vec![Cell::Hidden; row_totals.len()],
            col_totals: vec![Cell::Hidden; col_totals.len()],
            cells: cells.iter().map(|row| vec![Cell::Hidden; row.len()]).collect(),
        },
    }
}

/// The sum of some counts, wide enough never to overflow.
fn sum(counts: &[u64]) -> u128 {
    counts.iter().map(|&c| u128::from(c)).sum()
}

/// `part` as a whole percentage of `whole`, half up, if both are shown and `whole` is not 0.
fn percent(part: Cell, whole: Cell) -> Option<u64> {
    let (part, whole) = (u128::from(part.shown()?), u128::from(whole.shown()?));
    if whole == 0 {
        return None;
    }
    u64::try_from((200 * part + whole) / (2 * whole)).ok()
}
