//! The reactions file: what it accepts, the line its errors name, and that no input makes it
//! panic.

use super::*;
use proptest::prelude::*;

fn ok(text: &str) -> Round {
    parse(text).unwrap_or_else(|e| panic!("{e}"))
}

fn line_of(text: &str) -> usize {
    parse(text).expect_err("invalid").line
}

#[test]
fn ids_are_numbered_in_order_of_appearance_and_every_vote_spelling_is_read() {
    let round = ok("participant,statement,vote\nanna,s2,agree\nben,s1,-1\nanna,s1,Pass\nben,s2,+1\ncem,s2,DISAGREE\ncem,s1,0\n");
    assert_eq!(round.participants, ["anna", "ben", "cem"]);
    assert_eq!(round.statements, ["s2", "s1"]);
    assert_eq!(round.reactions.entries(), [(0, 0, AGREE), (0, 1, PASS), (1, 0, AGREE), (1, 1, DISAGREE), (2, 0, DISAGREE), (2, 1, PASS)]);
}

#[test]
fn quoted_ids_keep_commas_quotes_and_line_breaks_and_later_lines_keep_their_numbers() {
    let round = ok("participant,statement,vote\r\n\"Ben, jr.\",\"say \"\"yes\"\"\",1\r\n\"two\nlines\",s,1\r\nx,s,1\r\n");
    assert_eq!(round.participants, ["Ben, jr.", "two\nlines", "x"]);
    assert_eq!(round.statements, ["say \"yes\"", "s"]);
    assert_eq!(line_of("participant,statement,vote\n\"two\nlines\",s,1\nx,s,2\n"), 4);
}

#[test]
fn the_last_reaction_to_a_statement_wins() {
    let round = ok("participant,statement,vote\na,s,agree\na,s,disagree\n");
    assert_eq!(round.reactions.entries(), [(0, 0, DISAGREE)]);
}

#[test]
fn a_byte_order_mark_blank_lines_spaces_and_a_capitalised_header_are_accepted() {
    let round = ok("\u{feff}Participant, Statement ,VOTE\n\n a , s ,  1 \n\n");
    assert_eq!((round.participants, round.statements), (vec!["a".to_string()], vec!["s".to_string()]));
}

#[test]
fn a_missing_or_wrong_header_is_refused_at_its_line() {
    assert_eq!(line_of(""), 1);
    assert_eq!(line_of("\n\nanna,s1,1\n"), 3);
    assert!(parse("participant,vote\n").expect_err("two columns").message.contains("header"));
}

#[test]
fn a_bad_record_is_refused_naming_its_line() {
    assert_eq!(line_of("participant,statement,vote\na,s,1\nb,s\n"), 3);
    assert_eq!(line_of("participant,statement,vote\na,s,1,extra\n"), 2);
    assert_eq!(line_of("participant,statement,vote\n,s,1\n"), 2);
    let e = parse("participant,statement,vote\na,s,1\n\nb,s,maybe\n").expect_err("bad vote");
    assert_eq!(e.line, 4);
    assert!(e.to_string().contains("line 4") && e.message.contains("maybe"), "{e}");
    assert_eq!(line_of("participant,statement,vote\na,s,1\n\"open,s,1\nb,s,1\n"), 3);
}

#[test]
fn a_header_alone_is_an_empty_round() {
    let round = ok("participant,statement,vote\n");
    assert_eq!((round.reactions.participants(), round.reactions.statements()), (0, 0));
}

/// One edit of a file: at a position (taken modulo its length), delete some characters and
/// insert others drawn from the characters that mean something in the format.
fn edits() -> impl Strategy<Value = Vec<(usize, usize, String)>> {
    prop::collection::vec((any::<usize>(), 0usize..6, "[,\"\\n\\r01+a-z \u{feff}-]{0,5}"), 1..6)
}

fn mutate(text: &str, edits: &[(usize, usize, String)]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for (at, delete, insert) in edits {
        let at = at % (chars.len() + 1);
        let end = (at + delete).min(chars.len());
        chars.splice(at..end, insert.chars());
    }
    chars.into_iter().collect()
}

const VALID: &str = "participant,statement,vote\nanna,s1,agree\n\"Ben, jr.\",s1,-1\nanna,s2,pass\ncem,\"s\"\"3\",1\n";

proptest! {
    #[test]
    fn any_text_is_read_or_refused_without_panicking(text in "\\PC{0,200}") {
        let _ = parse(&text);
    }

    #[test]
    fn a_mutated_valid_file_is_read_or_refused_at_a_line_of_the_file(edits in edits()) {
        let text = mutate(VALID, &edits);
        if let Err(e) = parse(&text) {
            prop_assert!(e.line >= 1 && e.line <= text.lines().count().max(1), "{e} in {text:?}");
        }
    }

    #[test]
    fn generated_reactions_are_read_back_exactly(rows in prop::collection::vec((0u8..6, 0u8..4, -1i8..=1), 0..40)) {
        let mut text = String::from("participant,statement,vote\n");
        for (p, s, v) in &rows {
            text.push_str(&format!("\"p,{p}\",s{s},{v}\n"));
        }
        let round = parse(&text).expect("valid");
        let mut expected: Vec<(String, String, i8)> = Vec::new();
        for (p, s, v) in &rows {
            let key = (format!("p,{p}"), format!("s{s}"));
            expected.retain(|e| (e.0.clone(), e.1.clone()) != key);
            expected.push((key.0, key.1, *v));
        }
        let mut got: Vec<(String, String, i8)> = round.reactions.entries().iter()
            .map(|&(p, s, v)| (round.participants[p as usize].clone(), round.statements[s as usize].clone(), v)).collect();
        got.sort();
        expected.sort();
        prop_assert_eq!(got, expected);
    }
}
