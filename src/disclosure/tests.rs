//! Worked examples of the rules, and properties any input keeps (no panic, shapes, agreement
//! with the question's own table, nothing hidden in a safe table).

use super::Cell::{Hidden as H, Shown as S};
use super::{Cell, MIN_CELL, Protected, ProtectedTable, protect_counts, protect_table};
use proptest::prelude::*;

/// A breakdown with its margins computed: single choice, unless `sizes` are given.
fn table(cells: &[&[u64]], sizes: Option<&[u64]>) -> (Vec<Vec<u64>>, Vec<u64>, Vec<u64>, u64) {
    let cells: Vec<Vec<u64>> = cells.iter().map(|row| row.to_vec()).collect();
    let rows = sizes.map_or_else(|| cells.iter().map(|row| row.iter().sum()).collect(), <[u64]>::to_vec);
    let cols = (0..cells[0].len()).map(|j| cells.iter().map(|row| row[j]).sum()).collect();
    let total = rows.iter().sum();
    (cells, rows, cols, total)
}

fn protect((cells, rows, cols, total): &(Vec<Vec<u64>>, Vec<u64>, Vec<u64>, u64), additive: bool) -> ProtectedTable {
    protect_table(cells, rows, cols, *total, additive)
}

#[test]
fn a_count_below_five_is_hidden_with_the_smallest_other_count() {
    let out = protect_counts(&[12, 3, 9], 24, true);
    assert_eq!(out, Protected { total: S(24), cells: vec![S(12), H, H] });
}

#[test]
fn hidden_zeros_alone_would_be_known_so_one_more_count_is_hidden() {
    // Two hidden zeros next to a shown 7 out of 7: the reader knows both are 0.
    assert_eq!(protect_counts(&[7, 0, 0], 7, true).cells, vec![H, H, H]);
}

#[test]
fn a_total_below_five_hides_everything() {
    assert_eq!(protect_counts(&[2, 2], 4, true), Protected { total: H, cells: vec![H, H] });
    let small = table(&[&[1, 0], &[2, 1]], None);
    assert!(protect(&small, true).cells.iter().flatten().all(Cell::is_hidden));
}

#[test]
fn multiple_choice_hides_an_option_nearly_everyone_chose() {
    // 18 of 20 chose the third option: the 2 who did not are a cell too.
    let out = protect_counts(&[3, 10, 18, 20], 20, false);
    assert_eq!(out.cells, vec![H, S(10), H, H]);
}

#[test]
fn inconsistent_counts_are_all_hidden() {
    assert_eq!(protect_counts(&[3, 4], 10, true).cells, vec![H, H]);
    assert_eq!(protect_counts(&[11, 5], 10, false), Protected { total: H, cells: vec![H, H] });
}

#[test]
fn percentages_are_whole_and_only_where_both_numbers_are_shown() {
    let out = Protected { total: S(8), cells: vec![S(5), S(3), H] };
    assert_eq!(out.percentages(), vec![Some(63), Some(38), None]);
    assert_eq!(Protected { total: H, cells: vec![S(5)] }.percentages(), vec![None]);
    let out = protect(&table(&[&[10, 10], &[6, 14]], None), true);
    assert_eq!(out.row_percentages(), vec![vec![Some(50), Some(50)], vec![Some(30), Some(70)]]);
}

#[test]
fn a_small_group_hides_its_row_and_is_paired_with_another_group() {
    let input = table(&[&[10, 8, 6], &[1, 2, 0], &[7, 9, 5]], None);
    let out = protect(&input, true);
    // Group 1 (3 people) is hidden; its size needs a partner among the sizes, and each of its
    // cells a partner in its column: the smallest that work are group 2's.
    assert_eq!(out.row_totals, vec![S(24), H, H]);
    assert_eq!(out.cells, vec![vec![S(10), S(8), S(6)], vec![H, H, H], vec![H, H, H]]);
    assert_eq!((out.total, out.col_totals), (S(48), vec![S(18), S(19), S(11)]));
}

#[test]
fn a_group_that_answered_unanimously_does_not_show_it() {
    // Group 0 all chose option 0. Its hidden zeros are two per row and one per column; counting
    // hidden cells per line would stop at column partners and still show "8 of 8".
    let input = table(&[&[8, 0, 0], &[5, 6, 7], &[6, 5, 9]], None);
    let out = protect(&input, true);
    assert!(out.cells[0][0].is_hidden() || out.row_totals[0].is_hidden(), "{out:?}");
}

#[test]
fn multiple_choice_hides_an_option_everyone_in_a_group_chose() {
    let input = table(&[&[6, 1], &[5, 5], &[7, 6]], Some(&[6, 10, 12]));
    let out = protect(&input, false);
    assert!(out.cells[0][0].is_hidden(), "all 6 of group 0 chose option 0: {out:?}");
    assert!(out.cells[1][0].is_hidden() || out.cells[2][0].is_hidden(), "and it needs a partner: {out:?}");
    assert_eq!(out.row_totals, vec![S(6), S(10), S(12)]);
}

#[test]
fn a_hidden_overall_count_hides_its_whole_column() {
    // Option 2 has 3 in all (hidden), so option 0, the smallest, is its partner in the
    // question's table; the breakdown hides both columns, though each cell is 5 or more.
    let input = table(&[&[5, 6, 1], &[7, 8, 2]], None);
    let out = protect(&input, true);
    assert_eq!(out.col_totals, protect_counts(&input.2, input.3, true).cells);
    assert_eq!(out.col_totals, vec![H, S(14), H]);
    assert!(out.cells.iter().all(|row| row[0].is_hidden() && row[2].is_hidden()), "{out:?}");
}

#[test]
fn inconsistent_tables_are_all_hidden_in_the_shape_given() {
    let out = protect_table(&[vec![5, 5], vec![5]], &[10, 5], &[10, 5], 15, true);
    assert_eq!(out.cells, vec![vec![H, H], vec![H]]);
    assert_eq!((out.row_totals.len(), out.col_totals.len(), out.total), (2, 2, H));
    // A cell above its group's size, in multiple choice.
    let out = protect_table(&[vec![9]], &[8], &[9], 8, false);
    assert_eq!(out.cells, vec![vec![H]]);
}

/// Any lengths and values, mostly inconsistent.
fn anything() -> impl Strategy<Value = (Vec<Vec<u64>>, Vec<u64>, Vec<u64>, u64, bool)> {
    let value = prop_oneof![0..=20u64, any::<u64>()];
    let cells = prop::collection::vec(prop::collection::vec(value.clone(), 0..4), 0..4);
    (cells, prop::collection::vec(value.clone(), 0..4), prop::collection::vec(value.clone(), 0..4), value, any::<bool>())
}

/// A consistent breakdown up to 5 by 5, single choice or multiple.
fn consistent(low: u64) -> impl Strategy<Value = (Vec<Vec<u64>>, Vec<u64>, Vec<u64>, u64, bool)> {
    let shape = (1..=5usize, 1..=5usize, any::<bool>());
    let drawn = shape.prop_flat_map(move |(groups, options, additive)| {
        let cells = prop::collection::vec(prop::collection::vec(low..=low + 15, options), groups);
        (cells, prop::collection::vec(0..=8u64, groups), Just(additive))
    });
    drawn.prop_map(move |(cells, extra, additive)| {
        let sizes: Vec<u64> = if additive {
            cells.iter().map(|row| row.iter().sum()).collect()
        } else {
            // Keep "did not choose" at `low` or more too.
            cells.iter().zip(extra).map(|(row, e)| row.iter().copied().max().unwrap_or(0) + low + e).collect()
        };
        let (cells, rows, cols, total) = table(&cells.iter().map(Vec::as_slice).collect::<Vec<_>>(), Some(&sizes));
        (cells, rows, cols, total, additive)
    })
}

proptest! {
    #[test]
    fn nothing_panics_and_the_shape_is_the_input_s((cells, rows, cols, total, additive) in anything()) {
        let out = protect_table(&cells, &rows, &cols, total, additive);
        prop_assert_eq!(out.row_totals.len(), rows.len());
        prop_assert_eq!(out.col_totals.len(), cols.len());
        prop_assert_eq!(out.cells.iter().map(Vec::len).collect::<Vec<_>>(), cells.iter().map(Vec::len).collect::<Vec<_>>());
        let flat: Vec<u64> = cells.concat();
        prop_assert_eq!(protect_counts(&flat, total, additive).cells.len(), flat.len());
    }

    #[test]
    fn tables_follow_the_primary_rules_and_agree_with_the_question_s_table((cells, rows, cols, total, additive) in consistent(0)) {
        let out = protect_table(&cells, &rows, &cols, total, additive);
        prop_assert_eq!(&out, &protect_table(&cells, &rows, &cols, total, additive), "not deterministic");
        prop_assert_eq!(&out.col_totals, &protect_counts(&cols, total, additive).cells);
        prop_assert_eq!(out.total, if total < MIN_CELL { H } else { S(total) });
        for (g, row) in cells.iter().enumerate() {
            for (j, &x) in row.iter().enumerate() {
                let small = x < MIN_CELL || rows[g] < MIN_CELL || (!additive && rows[g] - x < MIN_CELL);
                if small || out.col_totals[j].is_hidden() {
                    prop_assert!(out.cells[g][j].is_hidden());
                }
                prop_assert!(out.cells[g][j].shown().is_none_or(|shown| shown == x));
            }
            prop_assert!(out.row_totals[g].shown().is_none_or(|shown| shown == rows[g] && shown >= MIN_CELL));
        }
    }

    #[test]
    fn a_table_with_no_small_number_is_published_whole((cells, rows, cols, total, additive) in consistent(MIN_CELL)) {
        let out = protect_table(&cells, &rows, &cols, total, additive);
        prop_assert!(out.cells.iter().flatten().chain(&out.row_totals).chain(&out.col_totals).all(|c| !c.is_hidden()), "{:?}", out);
    }
}
