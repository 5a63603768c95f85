//! A breakdown being protected: its true numbers, which of them are hidden so far, and the
//! secondary step that hides more until no small number is determined.

use super::{Cell, MIN_CELL, ProtectedTable, additive, multiple, protect_counts, sum};

/// The true numbers of a breakdown, checked to be consistent (see [`Grid::new`]).
pub(super) struct Grid {
    pub(super) cells: Vec<Vec<u64>>,
    pub(super) rows: Vec<u64>,
    pub(super) cols: Vec<u64>,
    pub(super) total: u64,
    pub(super) additive: bool,
}

/// Which numbers of a [`Grid`] are hidden so far.
#[derive(Clone)]
pub(super) struct Mask {
    pub(super) cells: Vec<Vec<bool>>,
    pub(super) rows: Vec<bool>,
    pub(super) cols: Vec<bool>,
    total: bool,
}

/// A number the reader may try to work out: a published one, or for multiple choice one the
/// reader derives, the people of a group or of the total who did not choose an option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Entry {
    Row(usize),
    Cell(usize, usize),
    Col(usize),
    NotChosen(usize, usize),
    NotChosenCol(usize),
}

impl Grid {
    /// The grid, if the numbers are consistent: shapes match, the group sizes add up to the
    /// total, each column to its overall count, and each row to its size (single choice) or no
    /// cell exceeds its group (multiple choice; then no overall count exceeds the total either).
    pub(super) fn new(cells: &[Vec<u64>], rows: &[u64], cols: &[u64], total: u64, additive: bool) -> Option<Grid> {
        let shaped = cells.len() == rows.len() && cells.iter().all(|row| row.len() == cols.len());
        if !shaped || sum(rows) != u128::from(total) {
            return None;
        }
        let column_sum = |j: usize| cells.iter().map(|row| u128::from(row[j])).sum::<u128>();
        let columns_add_up = cols.iter().enumerate().all(|(j, &c)| column_sum(j) == u128::from(c));
        let rows_fit =
            cells.iter().zip(rows).all(|(row, &size)| if additive { sum(row) == u128::from(size) } else { row.iter().all(|&c| c <= size) });
        let grid = Grid { cells: cells.to_vec(), rows: rows.to_vec(), cols: cols.to_vec(), total, additive };
        (columns_add_up && rows_fit).then_some(grid)
    }

    /// Primary then secondary suppression; the total is at least [`MIN_CELL`].
    pub(super) fn protect(&self) -> ProtectedTable {
        let mask = self.secondary(self.primary());
        let shown = |hidden: &[bool], values: &[u64]| values.iter().zip(hidden).map(|(&v, &h)| Cell::masked(v, h)).collect();
        ProtectedTable {
            total: Cell::masked(self.total, mask.total),
            row_totals: shown(&mask.rows, &self.rows),
            col_totals: shown(&mask.cols, &self.cols),
            cells: self.cells.iter().zip(&mask.cells).map(|(row, hidden)| shown(hidden, row)).collect(),
        }
    }

    fn primary(&self) -> Mask {
        // The same call as the question's own table, so that both show the same overall counts.
        let cols: Vec<bool> = protect_counts(&self.cols, self.total, self.additive).cells.iter().map(Cell::is_hidden).collect();
        let rows: Vec<bool> = self.rows.iter().map(|&size| size < MIN_CELL).collect();
        let cell = |g: usize, j: usize, x: u64| x < MIN_CELL || rows[g] || cols[j] || (!self.additive && self.rows[g] - x < MIN_CELL);
        let cells = (self.cells.iter().enumerate()).map(|(g, row)| row.iter().enumerate().map(|(j, &x)| cell(g, j, x)).collect());
        Mask { cells: cells.collect(), rows, cols, total: false }
    }

    fn secondary(&self, mut mask: Mask) -> Mask {
        let entries = self.entries();
        while let Some(&stuck) = entries.iter().find(|&&e| self.value(e) < MIN_CELL && mask.hides(e) && self.determined(&mask, e)) {
            match self.partner(&mask, stuck) {
                Some(partner) => mask.hide(partner),
                None => {
                    // Every cell and group size is hidden and `stuck` is still determined. With a
                    // total of 5 or more a person can always be moved then (see additive.rs and
                    // multiple.rs), so this is not expected; if it happens, publish nothing.
                    mask = Mask { total: true, ..mask };
                    mask.cols.iter_mut().for_each(|h| *h = true);
                    return mask;
                }
            }
        }
        mask
    }

    /// The cell or group size to hide next for `stuck`: the smallest that makes it uncertain,
    /// else the smallest in its row or column, else the smallest; `None` if all are hidden.
    fn partner(&self, mask: &Mask, stuck: Entry) -> Option<Entry> {
        let hideable = (0..self.rows.len()).flat_map(|g| (0..self.cols.len()).map(move |j| Entry::Cell(g, j)));
        let mut shown: Vec<Entry> = hideable.chain((0..self.rows.len()).map(Entry::Row)).filter(|&e| !mask.hides(e)).collect();
        shown.sort_by_key(|&e| match e {
            Entry::Cell(g, j) => (self.value(e), 0, g, j),
            Entry::Row(g) => (self.value(e), 1, g, 0),
            _ => (self.value(e), 2, 0, 0),
        });
        let fixes = |e: &&Entry| {
            let mut more = mask.clone();
            more.hide(**e);
            !self.determined(&more, stuck)
        };
        let near = |e: &&Entry| stuck.shares_line(**e);
        shown.iter().find(fixes).or_else(|| shown.iter().find(near)).or(shown.first()).copied()
    }

    /// Whether the reader can work out `entry` exactly (it being hidden).
    fn determined(&self, mask: &Mask, entry: Entry) -> bool {
        if self.additive { additive::determined(self, mask, entry) } else { multiple::determined(self, mask, entry) }
    }

    /// Everything the reader might work out, in the order the secondary step looks at them:
    /// group sizes first, since a small group's partner is another group size.
    fn entries(&self) -> Vec<Entry> {
        let (groups, options) = (0..self.rows.len(), 0..self.cols.len());
        let cells = groups.clone().flat_map(|g| options.clone().map(move |j| (g, j)));
        let mut entries: Vec<Entry> = groups.clone().map(Entry::Row).collect();
        entries.extend(cells.clone().map(|(g, j)| Entry::Cell(g, j)));
        entries.extend(options.clone().map(Entry::Col));
        if !self.additive {
            entries.extend(cells.map(|(g, j)| Entry::NotChosen(g, j)));
            entries.extend(options.map(Entry::NotChosenCol));
        }
        entries
    }

    /// The true value of `entry`.
    pub(super) fn value(&self, entry: Entry) -> u64 {
        match entry {
            Entry::Row(g) => self.rows[g],
            Entry::Cell(g, j) => self.cells[g][j],
            Entry::Col(j) => self.cols[j],
            // `new` checked that no cell exceeds its group, so these do not wrap.
            Entry::NotChosen(g, j) => self.rows[g] - self.cells[g][j],
            Entry::NotChosenCol(j) => self.total - self.cols[j],
        }
    }
}

impl Mask {
    /// Whether the reader does not see `entry`; a derived one is hidden when a number it is
    /// derived from is (the total is shown while secondary suppression runs).
    pub(super) fn hides(&self, entry: Entry) -> bool {
        match entry {
            Entry::Row(g) => self.rows[g],
            Entry::Cell(g, j) => self.cells[g][j],
            Entry::NotChosen(g, j) => self.cells[g][j] || self.rows[g],
            Entry::Col(j) | Entry::NotChosenCol(j) => self.cols[j],
        }
    }

    fn hide(&mut self, entry: Entry) {
        match entry {
            Entry::Row(g) => self.rows[g] = true,
            Entry::Cell(g, j) | Entry::NotChosen(g, j) => self.cells[g][j] = true,
            Entry::Col(j) | Entry::NotChosenCol(j) => self.cols[j] = true,
        }
    }
}

impl Entry {
    /// Whether `other` is in a line (row, column, or the line of group sizes) with `self`.
    fn shares_line(self, other: Entry) -> bool {
        let (row, col) = match self {
            Entry::Row(g) => (Some(g), None),
            Entry::Cell(g, j) | Entry::NotChosen(g, j) => (Some(g), Some(j)),
            Entry::Col(j) | Entry::NotChosenCol(j) => (None, Some(j)),
        };
        match other {
            Entry::Cell(g, j) | Entry::NotChosen(g, j) => row == Some(g) || col == Some(j),
            Entry::Row(g) => row == Some(g) || matches!(self, Entry::Row(_)),
            Entry::Col(j) | Entry::NotChosenCol(j) => col == Some(j),
        }
    }
}
