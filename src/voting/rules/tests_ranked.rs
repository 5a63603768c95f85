//! Schulze and instant run-off on published examples, and the entry point's contract.

use super::*;
use crate::voting::{Candidate, Weighted};

/// A profile over options named by single letters, from `(count, "ACBED")` strict rankings.
fn letters(options: &str, ballots: &[(u64, &str)]) -> Profile {
    let index = |c: char| options.find(c).map(|i| i as u32);
    Profile {
        candidates: options.chars().map(|c| Candidate { id: c.to_string(), name: String::new(), cost: 0 }).collect(),
        budget: None,
        ballots: Ballots::Ranked(
            ballots
                .iter()
                .map(|&(count, order)| Weighted { ballot: order.chars().filter_map(index).map(|o| vec![o]).collect(), count })
                .collect(),
        ),
    }
}

fn ranked(options: usize, ballots: Vec<(u64, Vec<Vec<u32>>)>) -> Profile {
    Profile {
        candidates: (0..options).map(|i| Candidate { id: format!("o{i}"), name: String::new(), cost: 0 }).collect(),
        budget: None,
        ballots: Ballots::Ranked(ballots.into_iter().map(|(count, ballot)| Weighted { ballot, count }).collect()),
    }
}

fn schulze_of(profile: &Profile, rule: Rule) -> SchulzeOutcome {
    match tally(profile, rule) {
        Ok(Outcome::Schulze(o) | Outcome::SchulzeWinning(o)) => o,
        other => panic!("{rule} gave {other:?}"),
    }
}

fn irv_of(profile: &Profile) -> IrvOutcome {
    match tally(profile, Rule::Irv) {
        Ok(Outcome::Irv(o)) => o,
        other => panic!("irv gave {other:?}"),
    }
}

/// Markus Schulze's 45-voter example (the paper "A new monotonic, clone-independent, reversal
/// symmetric, and Condorcet-consistent single-winner election method", and the Wikipedia
/// article's example), with its published matrices d and p.
fn schulze_45() -> Profile {
    let ballots = [(5, "ACBED"), (5, "ADECB"), (8, "BEDAC"), (3, "CABED"), (7, "CAEBD"), (2, "CBADE"), (7, "DCEBA"), (8, "EBADC")];
    letters("ABCDE", &ballots)
}

#[test]
fn schulzes_45_voter_example_elects_e_with_the_published_matrices() {
    let o = schulze_of(&schulze_45(), Rule::SchulzeWinning);
    let d = [[0, 20, 26, 30, 22], [25, 0, 16, 33, 18], [19, 29, 0, 17, 24], [15, 12, 28, 0, 14], [23, 27, 21, 31, 0]];
    assert_eq!(o.pairwise, d.map(Vec::from).to_vec());
    let p = [[0, 28, 28, 30, 24], [25, 0, 28, 33, 24], [25, 29, 0, 29, 24], [25, 28, 28, 0, 24], [25, 28, 28, 31, 0]];
    assert_eq!(o.strongest_paths, p.map(Vec::from).to_vec());
    assert_eq!(o.winners, vec![4]);
    // E > A > C > B > D.
    assert_eq!(o.order, vec![4, 0, 2, 1, 3]);
    assert_eq!(o.voters, 45);
}

#[test]
fn schulzes_45_voter_example_with_margins_gives_the_same_order() {
    // Checked against pref_voting 1.18.2 beat_path (margins): winner E.
    let o = schulze_of(&schulze_45(), Rule::Schulze);
    assert_eq!(o.winners, vec![4]);
    assert_eq!(o.order, vec![4, 0, 2, 1, 3]);
}

#[test]
fn schulzes_106_voter_example_from_the_election_methods_list_elects_a() {
    // Markus Schulze on the election-methods list (35 DABC, 32 CABD, 20 BCAD, 13 DBCA,
    // 6 ADCB), with the pairwise counts as published there: A/B 73/33, A/C 41/65, A/D 58/48,
    // B/C 68/38, B/D 52/54, C/D 52/54. Paths worked by hand: A beats everyone by path, then B, C.
    let p = letters("ABCD", &[(35, "DABC"), (32, "CABD"), (20, "BCAD"), (13, "DBCA"), (6, "ADCB")]);
    for rule in [Rule::Schulze, Rule::SchulzeWinning] {
        let o = schulze_of(&p, rule);
        let d = &o.pairwise;
        let pairs =
            [(d[0][1], d[1][0]), (d[0][2], d[2][0]), (d[0][3], d[3][0]), (d[1][2], d[2][1]), (d[1][3], d[3][1]), (d[2][3], d[3][2])];
        assert_eq!(pairs, [(73, 33), (41, 65), (58, 48), (68, 38), (52, 54), (52, 54)]);
        assert_eq!((o.winners.as_slice(), o.order.as_slice()), (&[0][..], &[0, 1, 2, 3][..]), "{rule}");
    }
}

#[test]
fn unranked_options_are_below_ranked_ones_and_ties_count_no_preference() {
    // One ballot: {o0, o1} > o2, o3 unranked.
    let o = schulze_of(&ranked(4, vec![(1, vec![vec![0, 1], vec![2]])]), Rule::Schulze);
    assert_eq!(o.pairwise[0], vec![0, 0, 1, 1]);
    assert_eq!(o.pairwise[2], vec![0, 0, 0, 1]);
    assert_eq!(o.pairwise[3], vec![0, 0, 0, 0]);
    assert_eq!(o.winners, vec![0, 1]);
    assert_eq!(o.order, vec![0, 1, 2, 3]);
}

#[test]
fn approval_ballots_are_two_tiers_for_schulze() {
    let p = Profile {
        candidates: ranked(3, vec![]).candidates,
        budget: None,
        ballots: Ballots::Approval(vec![Weighted { ballot: vec![2], count: 2 }, Weighted { ballot: vec![0, 2], count: 1 }]),
    };
    assert_eq!(schulze_of(&p, Rule::Schulze).order, vec![2, 0, 1]);
}

#[test]
fn an_empty_or_all_tied_profile_makes_every_option_a_winner_in_option_order() {
    for p in [ranked(3, vec![]), ranked(3, vec![(2, vec![]), (1, vec![vec![0, 1, 2]])]), letters("AB", &[(1, "AB"), (1, "BA")])] {
        let o = schulze_of(&p, Rule::Schulze);
        assert_eq!(o.winners.len(), p.candidates.len());
        assert_eq!(o.order, (0..p.candidates.len() as u32).collect::<Vec<_>>());
    }
    assert!(schulze_of(&ranked(0, vec![(1, vec![])]), Rule::Schulze).order.is_empty());
}

#[test]
fn irv_transfers_the_votes_of_the_eliminated_option_until_a_majority() {
    let o = irv_of(&letters("ABC", &[(4, "ABC"), (3, "BCA"), (2, "CBA")]));
    assert_eq!(o.rounds[0].counts, vec![(0, 4), (1, 3), (2, 2)]);
    assert_eq!(o.rounds[0].eliminated, Some(2));
    assert_eq!(o.rounds[1].counts, vec![(0, 4), (1, 5)]);
    assert_eq!(o.winner, Some(1));
    assert_eq!(o.order, vec![1, 0, 2]);
}

#[test]
fn irv_eliminates_the_last_option_among_those_tied_for_fewest() {
    // pref_voting's instant_runoff returns {A, B} here; instant_runoff_tb with the tie-breaker
    // [B, A] (eliminate B first) returns A, as Chorus does.
    let o = irv_of(&letters("AB", &[(1, "A"), (1, "B")]));
    assert_eq!(o.rounds[0].eliminated, Some(1));
    assert_eq!(o.winner, Some(0));
}

#[test]
fn irv_counts_a_ballot_for_every_option_tied_at_its_top_and_tracks_exhausted_ballots() {
    let o = irv_of(&ranked(3, vec![(2, vec![vec![0, 1]]), (1, vec![vec![2]]), (1, vec![])]));
    assert_eq!(o.rounds[0].counts, vec![(0, 2), (1, 2), (2, 1)]);
    assert_eq!(o.rounds[0].exhausted, 1);
    assert_eq!(o.rounds[1].exhausted, 2);
    // No option is alone at the top of a majority: o1 goes as the last of the tied.
    assert_eq!(o.rounds[1].eliminated, Some(1));
    assert_eq!(o.winner, Some(0));
    assert_eq!(o.order, vec![0, 1, 2]);
}

#[test]
fn irv_on_no_options_or_no_ballots_is_defined() {
    assert_eq!(irv_of(&ranked(0, vec![])).winner, None);
    let o = irv_of(&ranked(3, vec![]));
    assert_eq!((o.winner, o.order), (Some(0), vec![0, 1, 2]));
}

#[test]
fn rule_names_read_back_and_outcomes_carry_their_rule_in_json() {
    for rule in Rule::ALL {
        assert_eq!(Rule::parse(rule.as_str()), Some(rule));
    }
    assert_eq!(Rule::parse("borda"), None);
    let outcome = tally(&schulze_45(), Rule::SchulzeWinning).unwrap_or_else(|e| panic!("{e}"));
    let json = serde_json::to_value(&outcome).unwrap_or_default();
    assert_eq!(json["rule"], "schulze-winning");
    assert_eq!(serde_json::from_value::<Outcome>(json).ok(), Some(outcome));
}

#[test]
fn ballots_naming_unknown_or_repeated_options_are_refused() {
    let unknown = ranked(2, vec![(1, vec![vec![0], vec![5]])]);
    assert!(matches!(tally(&unknown, Rule::Schulze), Err(RuleError::InvalidBallot { ballot: 0, .. })));
    let repeated = ranked(2, vec![(1, vec![vec![1]]), (1, vec![vec![0], vec![0]])]);
    assert!(matches!(tally(&repeated, Rule::Irv), Err(RuleError::InvalidBallot { ballot: 1, .. })));
    assert!(matches!(tally(&repeated, Rule::Approval), Err(RuleError::InvalidBallot { .. })));
    assert!(matches!(tally(&ranked(1, vec![]), Rule::Approval), Err(RuleError::NotApplicable { .. })));
}
