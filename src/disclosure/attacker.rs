//! The attacker check: a reader who knows everything the module doc says, and searches every
//! filling of the hidden numbers that fits, must not find any number below 5 that has one
//! possible value. The search is independent of the suppression code: unknown non-negative
//! integers, linear equations, and a depth-first search that splits domains and narrows them by
//! each equation (exhaustive, so "no other filling" is a proof, not a guess).

use super::{Cell, MIN_CELL, ProtectedTable, protect_counts, protect_table};
use proptest::prelude::*;

/// What a reader knows about a table: every number as a variable (a value if published, a true
/// value for the check), and the equations between them, each a sum of ±variables that is 0.
#[derive(Default)]
struct Reader {
    known: Vec<Option<u64>>,
    truth: Vec<u64>,
    equations: Vec<Vec<(usize, i64)>>,
    /// The numbers the page shows (not the derived ones), for the check that none is small.
    published: Vec<usize>,
}

impl Reader {
    fn number(&mut self, truth: u64, cell: Option<Cell>) -> usize {
        self.known.push(cell.and_then(|c| c.shown()));
        self.truth.push(truth);
        if cell.is_some() {
            self.published.push(self.truth.len() - 1);
        }
        self.truth.len() - 1
    }

    /// ALL THE READER KNOWS about a breakdown, in one place: the group sizes add up to the total;
    /// each column adds up to its overall count; single choice: each row adds up to its size and
    /// the overall counts to the total; multiple choice: cell + "did not choose" = the size and
    /// overall count + overall "did not choose" = the total, all of them at least 0.
    fn of_table(cells: &[Vec<u64>], rows: &[u64], cols: &[u64], total: u64, additive: bool, out: &ProtectedTable) -> Reader {
        let mut r = Reader::default();
        let t = r.number(total, Some(out.total));
        let size: Vec<usize> = rows.iter().zip(&out.row_totals).map(|(&v, &c)| r.number(v, Some(c))).collect();
        let count: Vec<usize> = cols.iter().zip(&out.col_totals).map(|(&v, &c)| r.number(v, Some(c))).collect();
        let x: Vec<Vec<usize>> = (cells.iter().zip(&out.cells))
            .map(|(row, shown)| row.iter().zip(shown).map(|(&v, &c)| r.number(v, Some(c))).collect())
            .collect();
        r.equations.push(size.iter().map(|&s| (s, 1)).chain([(t, -1)]).collect());
        for (j, &c) in count.iter().enumerate() {
            r.equations.push(x.iter().map(|row| (row[j], 1)).chain([(c, -1)]).collect());
        }
        if additive {
            for (row, &s) in x.iter().zip(&size) {
                r.equations.push(row.iter().map(|&v| (v, 1)).chain([(s, -1)]).collect());
            }
            r.equations.push(count.iter().map(|&c| (c, 1)).chain([(t, -1)]).collect());
        } else {
            for (g, row) in x.iter().enumerate() {
                for (j, &v) in row.iter().enumerate() {
                    let not = r.number(rows[g] - cells[g][j], None);
                    r.equations.push(vec![(v, 1), (not, 1), (size[g], -1)]);
                }
            }
            for (j, &c) in count.iter().enumerate() {
                let not = r.number(total - cols[j], None);
                r.equations.push(vec![(c, 1), (not, 1), (t, -1)]);
            }
        }
        r
    }

    /// The same for a question's overall counts: single choice, they add up to the total;
    /// multiple choice, each count + its "did not choose" is the total.
    fn of_counts(counts: &[u64], total: u64, additive: bool) -> Reader {
        let out = protect_counts(counts, total, additive);
        let mut r = Reader::default();
        let t = r.number(total, Some(out.total));
        let c: Vec<usize> = counts.iter().zip(&out.cells).map(|(&v, &cell)| r.number(v, Some(cell))).collect();
        if additive {
            r.equations.push(c.iter().map(|&v| (v, 1)).chain([(t, -1)]).collect());
        } else {
            for (&v, &count) in c.iter().zip(counts) {
                let not = r.number(total - count, None);
                r.equations.push(vec![(v, 1), (not, 1), (t, -1)]);
            }
        }
        r
    }

    /// Asserts that nothing published is small and no unknown small number is determined.
    fn learns_nothing_small(&self) -> Result<(), TestCaseError> {
        for &p in &self.published {
            if let Some(v) = self.known[p] {
                prop_assert_eq!(v, self.truth[p], "a shown number is not the true one");
                prop_assert!(v >= MIN_CELL, "number {} is shown as {}", p, v);
            }
        }
        for (v, &truth) in self.truth.iter().enumerate() {
            if self.known[v].is_none() && truth < MIN_CELL {
                prop_assert!(!self.determined(v), "number {} (truly {}) has one possible value", v, truth);
            }
        }
        Ok(())
    }

    /// Whether every filling that fits gives `v` its true value.
    fn determined(&self, v: usize) -> bool {
        // Any other filling near the truth is enough; the cap bounds unknowns when even the
        // total is hidden (it is at least every true value).
        let cap = self.truth.iter().copied().max().unwrap_or(0) as i64 + MIN_CELL as i64;
        let lo: Vec<i64> = self.known.iter().map(|k| k.map_or(0, |k| k as i64)).collect();
        let hi: Vec<i64> = self.known.iter().map(|k| k.map_or(cap, |k| k as i64)).collect();
        let truth = self.truth[v] as i64;
        let (mut below, mut above) = (hi.clone(), lo.clone());
        below[v] = truth - 1;
        above[v] = truth + 1;
        !(self.fits(lo, below) || self.fits(above, hi))
    }

    /// Whether some integers within `lo..=hi` satisfy every equation. Each unknown is tried at
    /// its true value first, then below, then above: exhaustive, and quick to find a filling
    /// near the truth, which is where the other fillings are.
    fn fits(&self, mut lo: Vec<i64>, mut hi: Vec<i64>) -> bool {
        if !self.narrow(&mut lo, &mut hi) {
            return false;
        }
        let Some(v) = (0..lo.len()).filter(|&v| lo[v] < hi[v]).min_by_key(|&v| hi[v] - lo[v]) else { return true };
        let truth = (self.truth[v] as i64).clamp(lo[v], hi[v]);
        let parts = [(truth, truth), (lo[v], truth - 1), (truth + 1, hi[v])];
        parts.into_iter().filter(|(from, to)| from <= to).any(|(from, to)| {
            let (mut lo, mut hi) = (lo.clone(), hi.clone());
            (lo[v], hi[v]) = (from, to);
            self.fits(lo, hi)
        })
    }

    /// Narrows each domain by each equation until nothing changes; false if one is empty.
    fn narrow(&self, lo: &mut [i64], hi: &mut [i64]) -> bool {
        loop {
            let mut changed = false;
            for eq in &self.equations {
                // The least and greatest the sum can be; each term's own share taken out gives
                // the range the term must cover for the sum to be 0.
                let least: i64 = eq.iter().map(|&(v, s)| if s > 0 { lo[v] } else { -hi[v] }).sum();
                let most: i64 = eq.iter().map(|&(v, s)| if s > 0 { hi[v] } else { -lo[v] }).sum();
                for &(v, s) in eq {
                    let (own_least, own_most) = if s > 0 { (lo[v], hi[v]) } else { (-hi[v], -lo[v]) };
                    let (need_least, need_most) = (-(most - own_most), -(least - own_least));
                    let (new_lo, new_hi) = if s > 0 { (need_least, need_most) } else { (-need_most, -need_least) };
                    if new_lo > lo[v] || new_hi < hi[v] {
                        lo[v] = lo[v].max(new_lo);
                        hi[v] = hi[v].min(new_hi);
                        changed = true;
                    }
                    if lo[v] > hi[v] {
                        return false;
                    }
                }
            }
            if !changed {
                return true;
            }
        }
    }
}

/// A consistent breakdown of up to `groups` by `options`: single choice, rows add up; multiple
/// choice, each group's size is at least its largest cell (often equal: everyone chose it).
fn breakdown(additive: bool, groups: usize, options: usize) -> impl Strategy<Value = (Vec<Vec<u64>>, Vec<u64>, Vec<u64>, u64)> {
    let count = prop_oneof![0..=4u64, 0..=12u64];
    let shape = (1..=groups, 1..=options);
    let drawn = shape.prop_flat_map(move |(groups, options)| {
        (
            prop::collection::vec(prop::collection::vec(count.clone(), options), groups),
            prop::collection::vec(prop_oneof![Just(0u64), 0..=6u64], groups),
        )
    });
    drawn.prop_map(move |(cells, extra)| {
        let options = cells[0].len();
        let rows: Vec<u64> = if additive {
            cells.iter().map(|row| row.iter().sum()).collect()
        } else {
            cells.iter().zip(extra).map(|(row, e)| row.iter().copied().max().unwrap_or(0) + e).collect()
        };
        let cols = (0..options).map(|j| cells.iter().map(|row| row[j]).sum()).collect();
        let total = rows.iter().sum();
        (cells, rows, cols, total)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn a_reader_learns_no_small_number_of_a_single_choice_breakdown((cells, rows, cols, total) in breakdown(true, 3, 3)) {
        let out = protect_table(&cells, &rows, &cols, total, true);
        Reader::of_table(&cells, &rows, &cols, total, true, &out).learns_nothing_small()?;
    }

    #[test]
    fn a_reader_learns_no_small_number_of_a_multiple_choice_breakdown((cells, rows, cols, total) in breakdown(false, 3, 3)) {
        let out = protect_table(&cells, &rows, &cols, total, false);
        Reader::of_table(&cells, &rows, &cols, total, false, &out).learns_nothing_small()?;
    }

    #[test]
    fn a_reader_learns_no_small_number_of_a_question(counts in prop::collection::vec(0..=12u64, 1..6), extra in 0..=8u64, additive: bool) {
        let total = if additive { counts.iter().sum() } else { counts.iter().copied().max().unwrap_or(0) + extra };
        Reader::of_counts(&counts, total, additive).learns_nothing_small()?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(100))]

    #[test]
    fn a_reader_learns_no_small_number_of_a_larger_breakdown((cells, rows, cols, total) in breakdown(true, 5, 4)) {
        let out = protect_table(&cells, &rows, &cols, total, true);
        Reader::of_table(&cells, &rows, &cols, total, true, &out).learns_nothing_small()?;
    }

    #[test]
    fn a_reader_learns_no_small_number_of_a_larger_multiple_choice_breakdown((cells, rows, cols, total) in breakdown(false, 6, 3)) {
        let out = protect_table(&cells, &rows, &cols, total, false);
        Reader::of_table(&cells, &rows, &cols, total, false, &out).learns_nothing_small()?;
    }
}

/// Tables that hiding until no line has exactly one hidden entry leaves giving a small number
/// away (the first found by this check against that rule); here they must not.
#[test]
fn the_tables_that_defeat_counting_hidden_entries_per_line_are_protected() {
    let tables: [(&[&[u64]], bool); 3] = [
        // Row 0 has two hidden zeros, and its shown 5 is all of its 5: both are 0.
        (&[&[0, 0, 5], &[0, 1, 5]], true),
        // A unanimous group.
        (&[&[8, 0, 0], &[5, 6, 7], &[6, 5, 9]], true),
        // Everyone in group 0 chose option 0 (multiple choice, sizes = largest cell).
        (&[&[6, 1], &[5, 5], &[7, 6]], false),
    ];
    for (cells, additive) in tables {
        let cells: Vec<Vec<u64>> = cells.iter().map(|row| row.to_vec()).collect();
        let rows: Vec<u64> =
            cells.iter().map(|row| if additive { row.iter().sum() } else { row.iter().copied().max().unwrap_or(0) }).collect();
        let cols: Vec<u64> = (0..cells[0].len()).map(|j| cells.iter().map(|row| row[j]).sum()).collect();
        let total = rows.iter().sum();
        let out = protect_table(&cells, &rows, &cols, total, additive);
        let reader = Reader::of_table(&cells, &rows, &cols, total, additive, &out);
        assert!(reader.learns_nothing_small().is_ok(), "{cells:?}: {out:?}");
    }
}
