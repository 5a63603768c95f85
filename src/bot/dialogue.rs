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
    },
    /// `/delete`: waiting for the confirmation.
    ConfirmDelete,
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
            State::IssueConfirm { theme: 3, title: "عنوان".into(), body: "text".into(), lang: Some("ar".into()), anonymous: true },
            State::ConfirmDelete,
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
