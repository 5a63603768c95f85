//! pabulib files as the four published ones in tests/data/pabulib are read, and the ways a
//! file can be wrong, each reported with its line.

use super::*;

fn published(name: &str) -> PbFile {
    let path = format!("{}/tests/data/pabulib/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("the published file is in the repository");
    PbFile::parse(&text).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// A small valid file, to break in one place at a time.
const SMALL: &str = "META
key;value
description;Small test
num_projects;3
num_votes;2
budget;100
vote_type;approval
PROJECTS
project_id;cost;votes;name;selected
1;60;2;Park;1
2;50;1;\"Bench; blue\";0
3;10;0;Lamp;1
VOTES
voter_id;vote
v1;1,2
v2;1
";

fn error_of(text: &str) -> FormatError {
    PbFile::parse(text).expect_err("the file is broken")
}

#[test]
fn the_assen_file_is_an_approval_vote_with_its_budget_projects_and_voters() {
    let assen = published("Netherlands_Assen_2024.pb");
    assert_eq!((assen.vote_type, assen.budget()), (VoteType::Approval, Some(100_000)));
    assert_eq!((assen.projects.len(), assen.votes.len()), (14, 84));
    assert_eq!(assen.limits().min_length, Some(2));
    assert_eq!(assen.meta("rule"), Some("equalshares/add1"));
    let popup = &assen.projects[0];
    assert_eq!((popup.id.as_str(), popup.cost, popup.name.as_str()), ("3", 7200, "PopUp Podium"));
    assert_eq!((popup.votes, popup.selected), (Some(43), Some(true)));
    assert_eq!(popup.extra[0].0, "description");
    let profile = assen.profile();
    let Ballots::Approval(ballots) = &profile.ballots else { panic!("approval") };
    assert_eq!(profile.voters(), 84);
    // The file's own vote counts are the approvals in its VOTES section.
    for (i, p) in (0u32..).zip(&assen.projects) {
        let approvals = ballots.iter().filter(|b| b.ballot.contains(&i)).count() as u64;
        assert_eq!(Some(approvals), p.votes, "project {}", p.id);
    }
}

#[test]
fn the_budapest_comment_keeps_its_quoted_quotes_and_its_semicolon_free_text() {
    let budapest = published("Hungary_Budapest_2022_VIII_Jozsefvaros.pb");
    let comment = budapest.meta("comment").expect("a comment");
    assert!(comment.starts_with("#1: \"neighborhood\" indicated"), "{comment}");
    assert!(comment.contains("(indicated \"selected=1\")"), "{comment}");
    assert_eq!(budapest.budget(), Some(122_600_000));
    assert_eq!(budapest.limits().max_length, Some(4));
}

#[test]
fn toulouse_is_a_cumulative_vote_read_as_points_with_its_scores() {
    let toulouse = published("France_Toulouse_2019.pb");
    assert_eq!(toulouse.vote_type, VoteType::Cumulative);
    assert_eq!((toulouse.limits().max_points, toulouse.limits().max_sum_points), (Some(3), Some(7)));
    assert_eq!(toulouse.selected(), None, "Toulouse publishes no selected column");
    let profile = toulouse.profile();
    let Ballots::Points(ballots) = &profile.ballots else { panic!("points") };
    for (i, p) in (0u32..).zip(&toulouse.projects) {
        let score: u64 = ballots.iter().flat_map(|b| &b.ballot).filter(|(o, _)| *o == i).map(|(_, pts)| pts).sum();
        assert_eq!(Some(score), p.score, "project {}", p.id);
    }
}

#[test]
fn warsaw_votes_keep_their_extra_columns() {
    let anin = published("Poland_Warszawa_2017_Anin.pb");
    let first = &anin.votes[0];
    assert_eq!(first.voter_id, "1998");
    let extra: Vec<&str> = first.extra.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(extra, ["age", "sex", "voting_method"]);
    assert_eq!(anin.projects[0].extra[0], ("category".to_string(), "education,sport,health".to_string()));
}

#[test]
fn the_small_file_reads_with_its_quoted_name_and_selected_projects() {
    let file = PbFile::parse(SMALL).expect("valid");
    assert_eq!(file.projects[1].name, "Bench; blue");
    assert_eq!(file.selected(), Some(vec![0, 2]));
    assert_eq!(
        file.profile().ballots,
        Ballots::Approval(vec![Weighted { ballot: vec![0, 1], count: 1 }, Weighted { ballot: vec![0], count: 1 }])
    );
}

#[test]
fn a_vote_for_an_unknown_project_names_its_line_and_the_project() {
    let e = error_of(&SMALL.replace("v2;1\n", "v2;9\n"));
    assert_eq!(e.line, 16);
    assert!(e.message.contains("\"9\""), "{e}");
}

#[test]
fn a_cost_that_is_not_a_number_names_its_line() {
    let e = error_of(&SMALL.replace("3;10;0;Lamp", "3;ten;0;Lamp"));
    assert_eq!(e.line, 12);
    assert!(e.message.contains("cost") && e.message.contains("ten"), "{e}");
}

#[test]
fn duplicate_project_and_voter_ids_are_errors() {
    let e = error_of(&SMALL.replace("3;10;0;Lamp", "1;10;0;Lamp"));
    assert_eq!(e.line, 12);
    assert!(e.message.contains("first on line 10"), "{e}");
    let e = error_of(&SMALL.replace("v2;1", "v1;1"));
    assert_eq!(e.line, 16);
}

#[test]
fn a_missing_section_or_column_is_named() {
    let e = error_of(SMALL.split("VOTES").next().unwrap_or_default());
    assert!(e.message.contains("before the VOTES section"), "{e}");
    let e = error_of(&SMALL.replace("project_id;cost;votes", "project;cost;votes"));
    assert_eq!(e.line, 9);
    assert!(e.message.contains("project_id"), "{e}");
    let e = error_of(&SMALL.replace("vote_type;approval\n", ""));
    assert!(e.message.contains("vote_type"), "{e}");
}

#[test]
fn a_row_with_too_few_fields_says_what_the_header_expects() {
    let e = error_of(&SMALL.replace("3;10;0;Lamp;1", "3;10;Lamp;1"));
    assert_eq!(e.line, 12);
    assert!(e.message.contains("header on line 9"), "{e}");
}

#[test]
fn counts_in_meta_must_agree_with_the_rows() {
    let e = error_of(&SMALL.replace("num_votes;2", "num_votes;3"));
    assert_eq!(e.line, 5);
    assert!(e.message.contains("num_votes is 3 but the file has 2"), "{e}");
}

#[test]
fn a_cumulative_vote_needs_as_many_points_as_projects() {
    let cumulative = SMALL.replace("approval", "cumulative").replace("voter_id;vote\n", "voter_id;vote;points\n");
    let ok = PbFile::parse(&cumulative.replace("v1;1,2\n", "v1;1,2;3,1\n").replace("v2;1\n", "v2;1;2\n")).expect("valid");
    assert_eq!(
        ok.profile().ballots,
        Ballots::Points(vec![Weighted { ballot: vec![(0, 3), (1, 1)], count: 1 }, Weighted { ballot: vec![(0, 2)], count: 1 }])
    );
    let e = error_of(&cumulative.replace("v1;1,2\n", "v1;1,2;3\n").replace("v2;1\n", "v2;1;2\n"));
    assert_eq!(e.line, 15);
    assert!(e.message.contains("1 points for 2 projects"), "{e}");
}

#[test]
fn an_ordinal_vote_is_a_strict_ranking_in_file_order() {
    let ordinal = PbFile::parse(&SMALL.replace("approval", "ordinal").replace("v1;1,2", "v1;2,1")).expect("valid");
    let Ballots::Ranked(ballots) = ordinal.profile().ballots else { panic!("ranked") };
    assert_eq!(ballots[0].ballot, [vec![1], vec![0]]);
}

#[test]
fn an_empty_vote_is_an_empty_ballot() {
    let file = PbFile::parse(&SMALL.replace("v2;1\n", "v2;\n")).expect("valid");
    assert_eq!(file.votes[1].vote, Vec::<u32>::new());
}

#[test]
fn the_file_written_back_reads_the_same() {
    for name in [
        "Netherlands_Assen_2024.pb",
        "France_Toulouse_2019.pb",
        "Hungary_Budapest_2022_VIII_Jozsefvaros.pb",
        "Poland_Warszawa_2017_Anin.pb",
    ] {
        let file = published(name);
        assert_eq!(PbFile::parse(&file.to_text()).as_ref(), Ok(&file), "{name}");
    }
}

#[test]
fn an_exported_ballot_has_its_counts_scores_and_selection() {
    let profile = PbFile::parse(SMALL).expect("valid").profile();
    let meta = vec![("description".to_string(), "Exported".to_string())];
    let file = PbFile::from_profile(&profile, &meta, Some(&[0])).expect("exportable");
    let text = file.to_text();
    assert!(
        text.starts_with("META\nkey;value\ndescription;Exported\nnum_projects;3\nnum_votes;2\nbudget;100\nvote_type;approval\n"),
        "{text}"
    );
    assert!(text.contains("PROJECTS\nproject_id;cost;votes;name;selected\n1;60;2;Park;1\n2;50;1;\"Bench; blue\";0\n"), "{text}");
    assert!(text.contains("VOTES\nvoter_id;vote\n1;1,2\n2;1\n"), "{text}");
    assert_eq!(PbFile::parse(&text).map(|f| f.profile()), Ok(profile));
}

#[test]
fn a_ranking_with_ties_or_an_id_with_a_comma_cannot_be_exported() {
    let mut profile = PbFile::parse(SMALL).expect("valid").profile();
    profile.candidates[0].id = "1,5".into();
    assert!(PbFile::from_profile(&profile, &[], None).is_err());
    profile.candidates[0].id = "1".into();
    profile.ballots = Ballots::Ranked(vec![Weighted { ballot: vec![vec![0, 1]], count: 1 }]);
    assert!(PbFile::from_profile(&profile, &[], None).is_err());
}
