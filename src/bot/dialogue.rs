//! Where a conversation is: the step a chat is at and what it gathered so far. Stored as JSON
//! (see [`super::storage`]); a button from an older keyboard is checked against it.

use serde::{Deserialize, Serialize};

/// The step of a chat's dialogue.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum State {
    /// Nothing under way: commands and the menu.
    #[default]
    Idle,
    /// Choosing the interface language; `setup` when it is the first step of `/start`.
    Language {
        /// Part of `/start` (a municipality comes next).
        setup: bool,
    },
    /// Choosing a municipality.
    Municipality,
    /// Raising an issue: choosing its topic.
    IssueTheme,
    /// Raising an issue: writing its title.
    IssueTitle {
        /// The topic.
        theme: i64,
    },
    /// Raising an issue: writing what it is about.
    IssueBody {
        /// The topic.
        theme: i64,
        /// The title.
        title: String,
    },
    /// Raising an issue: the confirmation screen.
    IssueConfirm {
        /// The topic.
        theme: i64,
        /// The title.
        title: String,
        /// What it is about.
        body: String,
        /// The language of the text (detected or chosen).
        lang: Option<String>,
        /// Shown without the author's name.
        anonymous: bool,
        /// Told in a voice note instead of written.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        voice: Option<Voice>,
    },
    /// `/delete`: waiting for the confirmation.
    ConfirmDelete,
    /// Answering a questionnaire, one step at a time (questions, then the demographic
    /// questions, then handing in). Buttons carry the consultation and the step, so one from
    /// an older keyboard is told apart.
    Answering {
        /// The questionnaire.
        consultation: i64,
        /// The step (see `handlers::consultation`).
        at: usize,
        /// The answers so far, as the portal's form posts them (`q<id>`, `q<id>_<choice>`,
        /// `d_<name>`).
        form: Vec<(String, String)>,
    },
    /// A statement round: reacting to the statement shown.
    Statements {
        /// The round.
        consultation: i64,
        /// The statement shown (none when every statement has a reaction).
        statement: Option<i64>,
    },
    /// A statement round: writing a statement.
    StatementText {
        /// The round.
        consultation: i64,
    },
    /// Voting: the selection so far. It lives here only until it is cast or dropped.
    Vote {
        /// The ballot.
        ballot: i64,
        /// Picked options (approval, budget), or options in order of preference (ranked).
        picks: Vec<u32>,
        /// Points per option position (points ballots; empty otherwise).
        points: Vec<u64>,
        /// On the confirmation screen.
        confirming: bool,
    },
    /// Changing a vote: waiting for the receipt code of the paper to replace.
    VoteReceipt {
        /// The ballot.
        ballot: i64,
        /// As in [`State::Vote`].
        picks: Vec<u32>,
        /// As in [`State::Vote`].
        points: Vec<u64>,
    },
}

/// A voice note waiting to be sent with an issue (Telegram keeps the file; it is fetched when
/// the person sends the issue).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Voice {
    /// Telegram's file id.
    pub file_id: String,
    /// Seconds.
    pub duration: u32,
}

impl State {
    /// The stored form.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| "{\"step\":\"idle\"}".into())
    }

    /// Reads the stored form.
    pub fn from_json(json: &str) -> Option<Self> {
        serde_json::from_str(json).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_state_survives_storage() {
        let states = [
            State::Idle,
            State::Language { setup: true },
            State::Municipality,
            State::IssueTheme,
            State::IssueTitle { theme: 3 },
            State::IssueBody { theme: 3, title: "Ein Titel".into() },
            State::IssueConfirm {
                theme: 3,
                title: "عنوان".into(),
                body: "text".into(),
                lang: Some("ar".into()),
                anonymous: true,
                voice: None,
            },
            State::IssueConfirm {
                theme: 3,
                title: String::new(),
                body: String::new(),
                lang: Some("so".into()),
                anonymous: false,
                voice: Some(Voice { file_id: "AwACAgIAAx".into(), duration: 12 }),
            },
            State::ConfirmDelete,
            State::Answering { consultation: 4, at: 2, form: vec![("q7".into(), "1".into()), ("q8_0".into(), "2".into())] },
            State::Statements { consultation: 5, statement: Some(9) },
            State::Statements { consultation: 5, statement: None },
            State::StatementText { consultation: 5 },
            State::Vote { ballot: 4, picks: vec![2, 0], points: Vec::new(), confirming: false },
            State::Vote { ballot: 4, picks: Vec::new(), points: vec![0, 3, 1], confirming: true },
            State::VoteReceipt { ballot: 4, picks: vec![1], points: Vec::new() },
        ];
        for s in states {
            assert_eq!(State::from_json(&s.to_json()), Some(s));
        }
        assert_eq!(State::from_json("{\"step\":\"from_the_future\"}"), None);
    }
}
