//! The input of an opinion analysis: who reacted how to which statement.

/// A reaction: agree.
pub const AGREE: i8 = 1;
/// A reaction: disagree.
pub const DISAGREE: i8 = -1;
/// A reaction: pass (seen, but no opinion given). Unseen statements have no entry at all.
pub const PASS: i8 = 0;

/// The reactions of one statement round as a sparse matrix: participants are rows
/// `0..participants`, statements are columns `0..statements`, and each entry is one
/// participant's reaction to one statement ([`AGREE`], [`DISAGREE`] or [`PASS`]). A missing
/// entry means the participant has not seen the statement.
///
/// Entries are kept sorted by participant, then statement, with at most one per pair, so
/// that one participant's reactions are a contiguous run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reactions {
    participants: usize,
    statements: usize,
    entries: Vec<(u32, u32, i8)>,
}

/// Why [`Reactions::new`] refused its input. Each case names the position of the first bad
/// entry in the given list.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ReactionsError {
    /// A participant index is not below the number of participants.
    #[error("entry {entry}: participant {participant} does not exist (there are {participants})")]
    Participant {
        /// The entry's position in the input, from 0.
        entry: usize,
        /// The participant index it names.
        participant: u32,
        /// The number of participants.
        participants: usize,
    },
    /// A statement index is not below the number of statements.
    #[error("entry {entry}: statement {statement} does not exist (there are {statements})")]
    Statement {
        /// The entry's position in the input, from 0.
        entry: usize,
        /// The statement index it names.
        statement: u32,
        /// The number of statements.
        statements: usize,
    },
    /// A vote other than 1, -1 or 0.
    #[error("entry {entry}: vote {vote} is not 1 (agree), -1 (disagree) or 0 (pass)")]
    Vote {
        /// The entry's position in the input, from 0.
        entry: usize,
        /// The vote given.
        vote: i8,
    },
    /// More rows or columns than indices of 32 bits can address.
    #[error("at most {} participants and statements are supported", u32::MAX)]
    TooLarge,
}

impl Reactions {
    /// Validates and stores the entries `(participant, statement, vote)`. When a participant
    /// reacted to the same statement more than once, the last entry in the list wins (a
    /// participant may change their mind).
    pub fn new(participants: usize, statements: usize, entries: Vec<(u32, u32, i8)>) -> Result<Reactions, ReactionsError> {
        if u32::try_from(participants).is_err() || u32::try_from(statements).is_err() {
            return Err(ReactionsError::TooLarge);
        }
        for (entry, &(participant, statement, vote)) in entries.iter().enumerate() {
            if participant as usize >= participants {
                return Err(ReactionsError::Participant { entry, participant, participants });
            }
            if statement as usize >= statements {
                return Err(ReactionsError::Statement { entry, statement, statements });
            }
            if !matches!(vote, AGREE | DISAGREE | PASS) {
                return Err(ReactionsError::Vote { entry, vote });
            }
        }
        let mut entries = entries;
        // A stable sort keeps repeated pairs in input order, so the last of each run is the
        // latest reaction.
        entries.sort_by_key(|&(p, s, _)| (p, s));
        let mut kept: Vec<(u32, u32, i8)> = Vec::with_capacity(entries.len());
        for e in entries {
            match kept.last_mut() {
                Some(last) if (last.0, last.1) == (e.0, e.1) => *last = e,
                _ => kept.push(e),
            }
        }
        Ok(Reactions { participants, statements, entries: kept })
    }

    /// The number of participants (rows), including those without any reaction.
    pub fn participants(&self) -> usize {
        self.participants
    }

    /// The number of statements (columns), including those nobody has seen.
    pub fn statements(&self) -> usize {
        self.statements
    }

    /// Every reaction `(participant, statement, vote)`, sorted by participant then statement,
    /// one per pair.
    pub fn entries(&self) -> &[(u32, u32, i8)] {
        &self.entries
    }

    /// How many statements each participant reacted to (passes count).
    pub fn reactions_per_participant(&self) -> Vec<usize> {
        let mut counts = vec![0; self.participants];
        for &(p, _, _) in &self.entries {
            counts[p as usize] += 1;
        }
        counts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_sorted_and_the_last_reaction_to_a_statement_wins() {
        let r = Reactions::new(2, 3, vec![(1, 2, AGREE), (0, 1, PASS), (1, 2, DISAGREE), (0, 0, AGREE)]).expect("valid");
        assert_eq!(r.entries(), [(0, 0, AGREE), (0, 1, PASS), (1, 2, DISAGREE)]);
        assert_eq!(r.reactions_per_participant(), [2, 1]);
        assert_eq!((r.participants(), r.statements()), (2, 3));
    }

    #[test]
    fn indices_out_of_range_and_unknown_votes_are_refused_with_their_position() {
        assert_eq!(
            Reactions::new(2, 3, vec![(0, 0, AGREE), (2, 0, AGREE)]),
            Err(ReactionsError::Participant { entry: 1, participant: 2, participants: 2 })
        );
        assert_eq!(Reactions::new(2, 3, vec![(0, 3, PASS)]), Err(ReactionsError::Statement { entry: 0, statement: 3, statements: 3 }));
        assert_eq!(Reactions::new(2, 3, vec![(0, 0, 2)]), Err(ReactionsError::Vote { entry: 0, vote: 2 }));
    }

    #[test]
    fn an_empty_round_is_valid() {
        let r = Reactions::new(0, 0, Vec::new()).expect("valid");
        assert!(r.entries().is_empty());
        assert!(r.reactions_per_participant().is_empty());
    }
}
