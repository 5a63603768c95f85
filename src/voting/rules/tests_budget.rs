//! Greedy and Equal Shares on worked examples and on the pabulib files in `shared/`, against
//! pabutools 1.2.3.

use super::*;
use crate::voting::{Candidate, Weighted};

/// A throwaway reader for the pabulib files these tests use (the real one is `voting::pabulib`
/// in its own module); fields may be quoted.
pub(super) fn read_pb(text: &str) -> Profile {
    fn fields(line: &str) -> Vec<String> {
        let (mut out, mut cur, mut quoted) = (Vec::new(), String::new(), false);
        for ch in line.chars() {
            match ch {
                '"' => quoted = !quoted,
                ';' if !quoted => out.push(std::mem::take(&mut cur)),
                _ => cur.push(ch),
            }
        }
        out.push(cur);
        out
    }
    let (mut section, mut header) = (String::new(), Vec::new());
    let (mut budget, mut cumulative) = (None, false);
    let (mut candidates, mut approvals, mut points) = (Vec::<Candidate>::new(), Vec::new(), Vec::new());
    for line in text.lines().map(str::trim_end).filter(|l| !l.is_empty()) {
        if ["META", "PROJECTS", "VOTES"].contains(&line) {
            (section, header) = (line.to_string(), Vec::new());
            continue;
        }
        let f = fields(line);
        if header.is_empty() {
            header = f;
            continue;
        }
        let col = |name: &str| header.iter().position(|h| h == name).and_then(|i| f.get(i)).cloned().unwrap_or_default();
        match section.as_str() {
            "META" if col("key") == "budget" => budget = col("value").split('.').next().and_then(|v| v.parse().ok()),
            "META" if col("key") == "vote_type" => cumulative = col("value") == "cumulative",
            "PROJECTS" => candidates.push(Candidate { id: col("project_id"), name: col("name"), cost: col("cost").parse().unwrap_or(0) }),
            "VOTES" => {
                let index = |id: &str| candidates.iter().position(|c| c.id == id).map(|i| i as u32);
                let picks: Vec<u32> = col("vote").split(',').filter_map(index).collect();
                if cumulative {
                    let pts = col("points");
                    let mut b: Vec<(u32, u64)> = picks.iter().copied().zip(pts.split(',').filter_map(|p| p.parse().ok())).collect();
                    b.sort_unstable();
                    points.push(Weighted { ballot: b, count: 1 });
                } else {
                    let mut b = picks;
                    b.sort_unstable();
                    b.dedup();
                    approvals.push(Weighted { ballot: b, count: 1 });
                }
            }
            _ => {}
        }
    }
    let ballots = if cumulative { Ballots::Points(points) } else { Ballots::Approval(approvals) };
    Profile { candidates, budget, ballots }
}

/// The pabulib file `name` from `shared/data/pabulib`, or `None` where that folder is absent.
pub(super) fn pabulib(name: &str) -> Option<Profile> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/pabulib");
    match std::fs::read_to_string(dir.join(format!("{name}.pb"))) {
        Ok(text) => Some(read_pb(&text)),
        Err(_) => {
            eprintln!("skipped: {name}.pb is not in {}", dir.display());
            None
        }
    }
}

/// A profile of approval ballots (each with count 1) over projects `(id, cost)`.
pub(super) fn approvals(projects: &[(&str, u64)], budget: u64, ballots: &[&[u32]]) -> Profile {
    Profile {
        candidates: projects.iter().map(|&(id, cost)| Candidate { id: id.into(), name: String::new(), cost }).collect(),
        budget: Some(budget),
        ballots: Ballots::Approval(ballots.iter().map(|b| Weighted { ballot: b.to_vec(), count: 1 }).collect()),
    }
}

/// The ids of the projects an outcome selects, in order.
pub(super) fn ids(profile: &Profile, rule: Rule) -> Vec<String> {
    match tally(profile, rule) {
        Ok(outcome) => outcome.winners().iter().map(|&o| profile.candidates[o as usize].id.clone()).collect(),
        Err(e) => panic!("{rule} failed: {e}"),
    }
}

fn shares(profile: &Profile, rule: Rule) -> EqualSharesOutcome {
    match tally(profile, rule) {
        Ok(Outcome::EqualShares(o) | Outcome::EqualSharesNoCompletion(o)) => o,
        other => panic!("{rule} gave {other:?}"),
    }
}

#[test]
fn greedy_takes_the_most_voted_projects_that_fit_and_skips_the_others() {
    // a: 3 votes, cost 60; b: 2 votes, cost 50 (does not fit after a); c: 1 vote, cost 40.
    let p = approvals(&[("a", 60), ("b", 50), ("c", 40)], 100, &[&[0, 1], &[0, 1, 2], &[0]]);
    let Ok(Outcome::Greedy(g)) = tally(&p, Rule::Greedy) else { panic!("greedy applies") };
    assert_eq!(g.selected, vec![0, 2]);
    assert_eq!(g.cost, 100);
    let fitted: Vec<(u32, u64, bool, u64)> = g.steps.iter().map(|s| (s.project, s.votes, s.fitted, s.remaining)).collect();
    assert_eq!(fitted, vec![(0, 3, true, 40), (1, 2, false, 40), (2, 1, true, 0)]);
}

#[test]
fn greedy_breaks_ties_by_project_id_as_text() {
    // Equal votes: "10" sorts before "9" as text, so it is taken first and "9" no longer fits.
    let p = approvals(&[("9", 60), ("10", 60)], 100, &[&[0, 1]]);
    assert_eq!(ids(&p, Rule::Greedy), vec!["10"]);
}

#[test]
fn budget_rules_need_a_budget_and_approval_or_points_ballots() {
    let mut p = approvals(&[("a", 1)], 1, &[&[0]]);
    p.budget = None;
    assert_eq!(tally(&p, Rule::Greedy), Err(RuleError::NoBudget { rule: "greedy" }));
    assert_eq!(tally(&p, Rule::EqualShares), Err(RuleError::NoBudget { rule: "equal-shares" }));
    p.budget = Some(1);
    p.ballots = Ballots::Ranked(vec![]);
    assert!(matches!(tally(&p, Rule::EqualShares), Err(RuleError::NotApplicable { .. })));
}

#[test]
fn equal_shares_splits_the_budget_and_caps_voters_who_run_out() {
    // 4 voters with 25 each. Round 1: "a" (cost 30, voters 0–2) at 10 each, ρ = 1/3. Round 2:
    // "b" (cost 40, voters 2 and 3): voter 2 has 15 left, so at price 20 it is capped and pays
    // 15, voter 3 pays 25; ρ = 25/40. "c" (cost 60, voter 3 only) no longer fits.
    let p = approvals(&[("a", 30), ("b", 40), ("c", 60)], 100, &[&[0], &[0], &[0, 1], &[1, 2]]);
    let o = shares(&p, Rule::EqualSharesNoCompletion);
    assert_eq!(o.selected, vec![0, 1]);
    assert_eq!(o.budget_per_voter, 25.0);
    let a = &o.rounds[0];
    assert_eq!((a.project, a.price), (0, 10.0));
    assert!((a.rho - 1.0 / 3.0).abs() < 1e-12);
    let b = &o.rounds[1];
    assert_eq!(b.price, 25.0);
    assert_eq!(b.payers, vec![Payment { ballot: 2, amount: 15.0 }, Payment { ballot: 3, amount: 25.0 }]);
    assert_eq!(b.budgets.voters_with_nothing, 2);
    assert_eq!(b.budgets.total, 30.0);
}

#[test]
fn equal_shares_drops_a_project_its_supporters_cannot_pay_as_equalshares_net_explains() {
    // equalshares.net, "Explanation of the Method of Equal Shares": a budget of 1 000 000 and
    // 100 000 voters give each a share of 10; a project costing 10 000 with 500 votes has a
    // combined share of 5 000 and is removed from consideration.
    let mut ballots: Vec<&[u32]> = vec![&[0]; 500];
    ballots.extend(std::iter::repeat_n(&[][..], 99_500));
    let p = approvals(&[("p", 10_000)], 1_000_000, &ballots);
    let o = shares(&p, Rule::EqualSharesNoCompletion);
    assert_eq!(o.budget_per_voter, 10.0);
    assert!(o.selected.is_empty());
    // With the completion each voter would need 20, which the budget allows: it is bought.
    assert_eq!(shares(&p, Rule::EqualShares).selected, vec![0]);
}

#[test]
fn equal_shares_ties_go_to_the_project_id_first_as_text_and_free_projects_come_first() {
    // Same cost, same supporters: "b2" before "b10"? As text "b10" < "b2".
    let p = approvals(&[("b2", 10), ("b10", 10), ("zero", 0)], 10, &[&[0, 1, 2], &[0, 1]]);
    let o = shares(&p, Rule::EqualSharesNoCompletion);
    assert_eq!(o.free, vec![2]);
    assert_eq!(o.selected, vec![2, 1]);
}

#[test]
fn equal_shares_has_defined_results_for_degenerate_profiles() {
    let none = approvals(&[("a", 5)], 10, &[]);
    assert!(shares(&none, Rule::EqualShares).selected.is_empty());
    let empty_ballots = approvals(&[("a", 5)], 10, &[&[], &[]]);
    assert!(shares(&empty_ballots, Rule::EqualShares).selected.is_empty());
    let too_dear = approvals(&[("a", 50)], 10, &[&[0]]);
    assert!(shares(&too_dear, Rule::EqualShares).selected.is_empty());
    let one = approvals(&[("a", 4), ("b", 7)], 10, &[&[0, 1]]);
    assert_eq!(shares(&one, Rule::EqualShares).selected, vec![0]);
    let no_projects = approvals(&[], 10, &[&[]]);
    assert!(shares(&no_projects, Rule::EqualShares).selected.is_empty());
    let zero_budget = approvals(&[("a", 4), ("z", 0)], 0, &[&[0, 1]]);
    assert_eq!(shares(&zero_budget, Rule::EqualShares).selected, vec![1]);
}

#[test]
fn the_pabulib_files_give_pabutools_results() {
    // pabutools 1.2.3: greedy_utilitarian_welfare and method_of_equal_shares (no completion),
    // sat_class=Cost_Sat, on the files as published.
    let cases: [(&str, &[&str], &[&str]); 3] = [
        ("Netherlands_Assen_2024", &["3", "9", "8", "11", "2", "13", "14"], &["3", "9", "2", "13", "11", "14", "12"]),
        (
            "Poland_Warszawa_2017_Anin",
            &["1828", "2533", "2515", "2584", "1998", "418"],
            &["2533", "2515", "2584", "1998", "2523", "2571", "418"],
        ),
        (
            "Hungary_Budapest_2022_VIII_Jozsefvaros",
            &["642", "723", "696", "633", "714", "675", "699", "666", "705", "687", "663", "648", "654", "639", "684", "702", "645", "726"],
            &[
                "642", "723", "696", "633", "675", "699", "666", "705", "687", "663", "648", "639", "654", "702", "684", "645", "711",
                "660", "726", "657",
            ],
        ),
    ];
    for (name, greedy, mes) in cases {
        let Some(p) = pabulib(name) else { continue };
        assert_eq!(ids(&p, Rule::Greedy), greedy, "{name} greedy");
        assert_eq!(ids(&p, Rule::EqualSharesNoCompletion), mes, "{name} equal shares");
    }
}

#[test]
fn toulouse_cumulative_ballots_count_supporters_for_equal_shares_and_points_for_greedy() {
    let Some(p) = pabulib("France_Toulouse_2019") else { return };
    // pabutools 1.2.3 method_of_equal_shares, Cost_Sat (a voter supports what it gave points).
    let mes = ["16", "13", "10", "20", "30", "1", "18", "7", "6", "3", "25", "27", "12", "14", "24"];
    assert_eq!(ids(&p, Rule::EqualSharesNoCompletion), mes);
    // Greedy by total points (the file's score column), not pabutools' Cost_Sat order.
    let Ok(Outcome::Greedy(g)) = tally(&p, Rule::Greedy) else { panic!("greedy applies to points") };
    let first = g.steps.first().map(|s| (p.candidates[s.project as usize].id.as_str(), s.votes));
    assert_eq!(first, Some(("4", 1090)));
}

#[test]
fn numbers_beyond_exact_counting_are_refused_not_overflowed() {
    let huge = super::MAX_AMOUNT + 1;
    let p = approvals(&[("a", huge)], 10, &[&[0]]);
    assert_eq!(tally(&p, Rule::EqualShares), Err(RuleError::TooLarge { what: "cost" }));
    let p = approvals(&[("a", 1)], u64::MAX, &[&[0]]);
    assert_eq!(tally(&p, Rule::Greedy), Err(RuleError::TooLarge { what: "budget" }));
    let at_limit = approvals(&[("a", super::MAX_AMOUNT), ("b", super::MAX_AMOUNT - 1)], super::MAX_AMOUNT, &[&[0], &[0, 1]]);
    assert_eq!(ids(&at_limit, Rule::EqualShares), vec!["a"]);
}
