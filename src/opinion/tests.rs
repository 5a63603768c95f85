//! The whole analysis on planted rounds: who is mapped, which k is eligible, and that the
//! planted groups and statements come back.

use super::planted::{Plan, adjusted_rand_index};
use super::*;

fn plan(group_sizes: Vec<usize>) -> Plan {
    Plan { group_sizes, own: 5, common: 3, neutral: 6, seen: 0.9, pass: 0.1, noise: 0.05, few: 4, seed: 11 }
}

/// The recovered group of each planted member, against its planted group.
fn recovered(planted: &planted::Planted, a: &Analysis) -> (Vec<usize>, Vec<usize>) {
    let mut found = vec![usize::MAX; planted.group_of.len()];
    for (g, group) in a.groups.iter().enumerate() {
        group.members.iter().for_each(|&p| found[p as usize] = g);
    }
    let members: Vec<usize> = (0..planted.group_of.len()).filter(|&p| planted.group_of[p].is_some()).collect();
    (members.iter().filter_map(|&p| planted.group_of[p]).collect(), members.iter().map(|&p| found[p]).collect())
}

#[test]
fn participants_with_too_few_reactions_are_left_off_the_map() {
    let planted = plan(vec![20, 20]).generate();
    let a = analyse(&planted.reactions, &Params::default());
    let members: Vec<u32> = (0u32..).zip(&planted.group_of).filter(|(_, g)| g.is_some()).map(|(p, _)| p).collect();
    assert_eq!(a.included, members, "the 4 participants with at most 6 reactions are out");
    assert_eq!(a.coordinates.len(), a.included.len());
}

#[test]
fn two_planted_groups_are_recovered_with_their_statements_and_common_ground() {
    let planted = plan(vec![25, 15]).generate();
    let a = analyse(&planted.reactions, &Params::default());
    assert_eq!(a.k, Some(2), "{:?}", a.silhouettes);
    let (truth, found) = recovered(&planted, &a);
    assert_eq!(adjusted_rand_index(&truth, &found), 1.0);
    assert_eq!(a.common_ground.iter().map(|c| c.statement).collect::<Vec<_>>().len(), planted.common.len());
    let mut common: Vec<u32> = a.common_ground.iter().map(|c| c.statement).collect();
    common.sort_unstable();
    assert_eq!(common, planted.common);
    // The larger group (25) comes first and is planted group 0.
    assert_eq!(a.groups[0].size, 25);
    let top = &a.groups[0].representative[0];
    assert!(planted.own[0].contains(&top.statement) || planted.own[1].contains(&top.statement), "{top:?}");
}

#[test]
fn three_planted_groups_are_each_represented_by_their_own_statements() {
    let planted = plan(vec![30, 20, 15]).generate();
    let all = Params { max_representative: usize::MAX, ..Params::default() };
    let a = analyse(&planted.reactions, &all);
    assert_eq!(a.k, Some(3), "{:?}", a.silhouettes);
    let (truth, found) = recovered(&planted, &a);
    assert_eq!(adjusted_rand_index(&truth, &found), 1.0);
    // Groups come largest first, as planted; each group's own statements are its most
    // representative, by agreement. Below them come the other groups' statements (which it
    // rejects more than the others do) and, at 90 % significance, a chance neutral one.
    for (group, own) in a.groups.iter().zip(&planted.own) {
        let top = &group.representative[..own.len().min(group.representative.len())];
        let mut statements: Vec<u32> = top.iter().map(|r| r.statement).collect();
        statements.sort_unstable();
        assert_eq!(&statements, own, "group of {}: {:?}", group.size, group.representative);
        assert!(top.iter().all(|r| r.direction == Direction::Agree));
        let rejected = group.representative.iter().filter(|r| r.direction == Direction::Disagree);
        assert!(rejected.clone().count() > 0 && rejected.clone().all(|r| !own.contains(&r.statement)));
    }
    // Each group's own statements divide the groups.
    let divisive: Vec<u32> = a.divisive.iter().map(|d| d.statement).collect();
    assert!(planted.own.iter().flatten().all(|s| divisive.contains(s)), "{divisive:?}");
}

#[test]
fn a_k_whose_smallest_group_is_below_min_group_is_not_eligible() {
    // Without noise every member of a group sits on the same point: k = 3 finds the planted
    // groups exactly, but the group of 4 cannot be shown, so k = 2 is chosen.
    let clean = Plan { noise: 0.0, pass: 0.0, seen: 1.0, few: 0, ..plan(vec![20, 20, 4]) };
    let planted = clean.generate();
    let a = analyse(&planted.reactions, &Params::default());
    let three = a.silhouettes.iter().find(|s| s.k == 3).expect("k = 3 tried");
    assert_eq!((three.smallest, three.eligible), (4, false), "{three:?}");
    assert_eq!(a.k, Some(2), "{:?}", a.silhouettes);
    assert!(a.groups.iter().all(|g| g.size >= 5));
    // With min_group 3, the three groups are found.
    let small = analyse(&planted.reactions, &Params { min_group: 3, ..Params::default() });
    assert_eq!(small.k, Some(3), "{:?}", small.silhouettes);
    assert_eq!(small.groups.iter().map(|g| g.size).collect::<Vec<_>>(), [20, 20, 4]);
}

#[test]
fn without_an_eligible_k_there_are_no_groups_but_still_a_map() {
    let planted = plan(vec![6, 5]).generate();
    let a = analyse(&planted.reactions, &Params { min_group: 50, ..Params::default() });
    assert_eq!((a.k, a.groups.len(), a.divisive.len()), (None, 0, 0));
    assert_eq!(a.coordinates.len(), 11);
    assert!(a.silhouettes.iter().all(|s| !s.eligible));
    // Everyone counted as one group still agrees with the common ground.
    assert!(!a.common_ground.is_empty());
}

#[test]
fn the_same_reactions_and_seed_give_the_same_analysis() {
    let planted = plan(vec![20, 15, 12]).generate();
    let p = Params { seed: 99, ..Params::default() };
    assert_eq!(analyse(&planted.reactions, &p), analyse(&planted.reactions, &p));
}

#[test]
fn an_empty_round_has_no_map_and_no_groups() {
    let r = Reactions::new(3, 0, Vec::new()).expect("valid");
    let a = analyse(&r, &Params::default());
    assert!(a.included.is_empty() && a.groups.is_empty() && a.totals.is_empty());
    assert!(a.silhouettes.iter().all(|s| s.silhouette.is_none()));
    assert!(priorities(&r, &a).is_empty());
}

/// A round of up to 40 participants and 12 statements with up to 300 reactions.
fn any_round() -> impl proptest::strategy::Strategy<Value = Reactions> {
    use proptest::prelude::*;
    (1usize..40, 1usize..12).prop_flat_map(|(n, m)| {
        prop::collection::vec((0..n as u32, 0..m as u32, -1i8..=1), 0..300)
            .prop_map(move |entries| Reactions::new(n, m, entries).expect("valid by construction"))
    })
}

proptest::proptest! {
    #[test]
    fn any_round_is_analysed_without_panicking_and_keeps_its_promises(r in any_round()) {
        use proptest::prelude::*;
        let a = analyse(&r, &Params::default());
        prop_assert_eq!(a.coordinates.len(), a.included.len());
        prop_assert!(a.coordinates.iter().flatten().all(|x| x.is_finite()));
        prop_assert!(a.groups.iter().all(|g| g.size >= 5 && g.size == g.members.len()));
        prop_assert_eq!(a.groups.iter().map(|g| g.size).sum::<usize>(), if a.k.is_some() { a.included.len() } else { 0 });
        let p = priorities(&r, &a);
        prop_assert_eq!(p.len(), r.statements());
        prop_assert!(p.iter().all(|x| (0.0..=2.0).contains(x)));
    }
}
