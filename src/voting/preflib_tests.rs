//! PrefLib order files: the four data types, what each forbids, and writing them back.

use super::*;

const TOI: &str = "# FILE NAME: small.toi
# TITLE: A small election
# DATA TYPE: toi
# NUMBER ALTERNATIVES: 4
# NUMBER VOTERS: 6
# NUMBER UNIQUE ORDERS: 3
# ALTERNATIVE NAME 1: Park
# ALTERNATIVE NAME 2: Bench: blue
# ALTERNATIVE NAME 3: Lamp
# ALTERNATIVE NAME 4: Tree
3: 1,{3, 2},4
2: 4
1: {4,1}
";

fn error_of(text: &str) -> FormatError {
    parse(text).expect_err("the file is broken")
}

fn ranked(file: &PrefLibFile) -> &[Weighted<Vec<Vec<u32>>>] {
    match &file.profile.ballots {
        Ballots::Ranked(b) => b,
        other => panic!("not ranked: {other:?}"),
    }
}

#[test]
fn an_incomplete_file_with_ties_reads_as_ranked_ballots_with_counts() {
    let file = parse(TOI).expect("valid");
    assert_eq!(file.data_type, DataType::Toi);
    assert_eq!(file.header("TITLE"), Some("A small election"));
    let ids: Vec<&str> = file.profile.candidates.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["1", "2", "3", "4"]);
    assert_eq!(file.profile.candidates[1].name, "Bench: blue");
    let orders = ranked(&file);
    assert_eq!(orders[0], Weighted { ballot: vec![vec![0], vec![1, 2], vec![3]], count: 3 });
    assert_eq!(orders[1], Weighted { ballot: vec![vec![3]], count: 2 });
    assert_eq!(orders[2].ballot, [vec![0, 3]]);
    assert_eq!(file.profile.voters(), 6);
}

#[test]
fn a_strict_file_cannot_have_a_tie_and_the_error_names_the_line() {
    let e = error_of(&TOI.replace("DATA TYPE: toi", "DATA TYPE: soi"));
    assert_eq!(e.line, 11);
    assert!(e.message.contains("tie") && e.message.contains(".soi"), "{e}");
}

#[test]
fn a_complete_file_cannot_leave_an_alternative_out() {
    let text = TOI.replace("DATA TYPE: toi", "DATA TYPE: toc").replace("3: 1,{3, 2},4", "3: 1,{3,2}");
    let e = error_of(&text);
    assert_eq!(e.line, 11);
    assert!(e.message.contains("leaves out 4"), "{e}");
}

#[test]
fn unknown_or_repeated_alternatives_are_errors() {
    let e = error_of(&TOI.replace("2: 4\n", "2: 5\n"));
    assert_eq!(e.line, 12);
    assert!(e.message.contains("alternative 5 is not from 1 to 4"), "{e}");
    let e = error_of(&TOI.replace("2: 4\n", "2: 4,{1,4}\n"));
    assert!(e.line == 12 && e.message.contains("twice"), "{e}");
    let e = error_of(&TOI.replace("2: 4\n", "2: 0\n"));
    assert_eq!(e.line, 12);
}

#[test]
fn counts_must_agree_with_the_headers() {
    let e = error_of(&TOI.replace("NUMBER VOTERS: 6", "NUMBER VOTERS: 7"));
    assert!(e.line == 5 && e.message.contains("7"), "{e}");
    let e = error_of(&TOI.replace("NUMBER UNIQUE ORDERS: 3", "NUMBER UNIQUE ORDERS: 2"));
    assert_eq!(e.line, 6);
    let e = error_of(&TOI.replace("3: 1", "0: 1"));
    assert!(e.line == 11 && e.message.contains("above 0"), "{e}");
}

#[test]
fn headers_are_required_and_come_first() {
    assert!(error_of(&TOI.replace("# DATA TYPE: toi\n", "")).message.contains("DATA TYPE"));
    assert!(error_of(&TOI.replace("# NUMBER ALTERNATIVES: 4\n", "")).message.contains("NUMBER ALTERNATIVES"));
    let e = error_of(&format!("{TOI}# LATE: header\n"));
    assert_eq!(e.line, 14);
    let e = error_of(&TOI.replace("# TITLE: A small election", "# no colon here"));
    assert_eq!(e.line, 2);
    let e = error_of(&TOI.replace("DATA TYPE: toi", "DATA TYPE: cat"));
    assert!(e.line == 3 && e.message.contains("cat"), "{e}");
}

#[test]
fn malformed_order_lines_are_errors_not_guesses() {
    for (bad, what) in [
        ("3 1,2", "count"),
        ("3: 1,,2", "alternative"),
        ("3: {1,2", "closed"),
        ("3: 1 2", "comma"),
        ("3: {}", "alternative"),
        ("3: a", "unexpected"),
    ] {
        let e = error_of(&TOI.replace("3: 1,{3, 2},4", bad));
        assert!(e.line == 11 && e.message.contains(what), "{bad}: {e}");
    }
}

#[test]
fn a_profile_without_ties_is_written_as_strict_and_with_ties_as_ties() {
    let file = parse(TOI).expect("valid");
    let (data_type, text) = write(&file.profile, &[("TITLE".into(), "Again".into())]).expect("writable");
    assert_eq!(data_type, DataType::Toi);
    assert!(text.starts_with("# TITLE: Again\n# DATA TYPE: toi\n# NUMBER ALTERNATIVES: 4\n# NUMBER VOTERS: 6\n"), "{text}");
    assert!(text.contains("# ALTERNATIVE NAME 2: Bench: blue\n") && text.ends_with("Tree\n3: 1,{2,3},4\n2: 4\n1: {1,4}\n"), "{text}");
    assert_eq!(parse(&text).map(|f| f.profile), Ok(file.profile.clone()));

    let strict = Profile { ballots: Ballots::Ranked(vec![Weighted { ballot: vec![vec![2], vec![0]], count: 1 }]), ..file.profile.clone() };
    assert_eq!(write(&strict, &[]).map(|(t, _)| t), Ok(DataType::Soi));
    let complete = Profile { ballots: Ballots::Ranked(vec![Weighted { ballot: vec![vec![2], vec![0, 1, 3]], count: 1 }]), ..file.profile };
    assert_eq!(write(&complete, &[]).map(|(t, _)| t), Ok(DataType::Toc));
}

#[test]
fn equal_ballots_are_written_once_with_their_counts_added() {
    let ballot = |count| Weighted { ballot: vec![vec![1], vec![0]], count };
    let candidates = parse(TOI).expect("valid").profile.candidates;
    let profile = Profile { candidates, budget: None, ballots: Ballots::Ranked(vec![ballot(2), ballot(3)]) };
    let (_, text) = write(&profile, &[]).expect("writable");
    assert!(text.contains("# NUMBER VOTERS: 5\n# NUMBER UNIQUE ORDERS: 1\n") && text.ends_with("\n5: 2,1\n"), "{text}");
}

#[test]
fn approval_ballots_and_out_of_range_options_cannot_be_written() {
    let file = parse(TOI).expect("valid");
    let approval = Profile { ballots: Ballots::Approval(vec![]), ..file.profile.clone() };
    assert!(write(&approval, &[]).is_err());
    let past = Profile { ballots: Ballots::Ranked(vec![Weighted { ballot: vec![vec![9]], count: 1 }]), ..file.profile };
    assert!(write(&past, &[]).is_err());
}
