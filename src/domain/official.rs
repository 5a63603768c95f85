//! What the city answers to a council's recommendation, and the progress it reports until
//! the point is done or dropped: the decision, its reason, the responsible department, the
//! owner (a role shown publicly, optionally a person who is never shown) and the deadline.

use super::{content_language::ContentLanguage, text::clean};
use crate::error::FieldErrors;

/// Longest reason or progress text, in characters.
pub const REASON_CHARS: usize = 4000;
/// Longest department or owner role, in characters.
pub const NAME_CHARS: usize = 120;
/// Seconds in a day (deadlines are UTC days).
pub const DAY: i64 = 86_400;

/// What the city decided about a recommendation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    /// It will be done as recommended.
    Accepted,
    /// Part of it will be done.
    Partly,
    /// It will not be done (the reason says why).
    Rejected,
    /// The city studies it first.
    Study,
}

impl Decision {
    /// Every decision, in the order forms offer them.
    pub const ALL: [Decision; 4] = [Decision::Accepted, Decision::Partly, Decision::Rejected, Decision::Study];

    /// The stored (and submitted) name.
    pub fn as_str(self) -> &'static str {
        match self {
            Decision::Accepted => "accepted",
            Decision::Partly => "partly",
            Decision::Rejected => "rejected",
            Decision::Study => "study",
        }
    }

    /// Parses a stored or submitted name.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|d| d.as_str() == s)
    }

    /// Fluent message id of its name.
    pub fn message_id(self) -> &'static str {
        match self {
            Decision::Accepted => "decision-accepted",
            Decision::Partly => "decision-partly",
            Decision::Rejected => "decision-rejected",
            Decision::Study => "decision-study",
        }
    }
}

/// Where an answered point stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PointState {
    /// Answered, nothing reported yet.
    Open,
    /// Work has started.
    InProgress,
    /// Done.
    Done,
    /// Given up (the last progress says why).
    Dropped,
}

impl PointState {
    /// Every state.
    pub const ALL: [PointState; 4] = [PointState::Open, PointState::InProgress, PointState::Done, PointState::Dropped];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            PointState::Open => "open",
            PointState::InProgress => "in_progress",
            PointState::Done => "done",
            PointState::Dropped => "dropped",
        }
    }

    /// Parses a stored name.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|d| d.as_str() == s)
    }

    /// Fluent message id of its name.
    pub fn message_id(self) -> &'static str {
        match self {
            PointState::Open => "point-state-open",
            PointState::InProgress => "point-state-in-progress",
            PointState::Done => "point-state-done",
            PointState::Dropped => "point-state-dropped",
        }
    }

    /// Whether nothing more happens to the point (no progress, never overdue).
    pub fn is_closed(self) -> bool {
        matches!(self, PointState::Done | PointState::Dropped)
    }
}

/// What the public page and the API filter points by: not answered yet, a decision, a state
/// after the answer, or overdue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StatusFilter {
    /// No answer yet.
    NotAnswered,
    /// Answered with this decision.
    Decided(Decision),
    /// Answered and now in this state (in progress, done, dropped).
    State(PointState),
    /// The deadline passed and it is not done or dropped.
    Overdue,
}

impl StatusFilter {
    /// Every filter, in the order the form offers them.
    pub const ALL: [StatusFilter; 9] = [
        StatusFilter::NotAnswered,
        StatusFilter::Decided(Decision::Accepted),
        StatusFilter::Decided(Decision::Partly),
        StatusFilter::Decided(Decision::Rejected),
        StatusFilter::Decided(Decision::Study),
        StatusFilter::State(PointState::InProgress),
        StatusFilter::State(PointState::Done),
        StatusFilter::State(PointState::Dropped),
        StatusFilter::Overdue,
    ];

    /// The query-string value.
    pub fn as_str(self) -> &'static str {
        match self {
            StatusFilter::NotAnswered => "not_answered",
            StatusFilter::Decided(d) => d.as_str(),
            StatusFilter::State(s) => s.as_str(),
            StatusFilter::Overdue => "overdue",
        }
    }

    /// Parses a query-string value (unknown ones filter nothing).
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.as_str() == s)
    }

    /// Fluent message id of its name.
    pub fn message_id(self) -> &'static str {
        match self {
            StatusFilter::NotAnswered => "said-did-status-not-answered",
            StatusFilter::Decided(d) => d.message_id(),
            StatusFilter::State(s) => s.message_id(),
            StatusFilter::Overdue => "said-did-status-overdue",
        }
    }
}

/// The epoch second of UTC midnight of a `YYYY-MM-DD` date, if it is a real one.
pub fn date_epoch(s: &str) -> Option<i64> {
    if !super::participation::is_date(s) {
        return None;
    }
    let (y, rest) = s.split_once('-')?;
    let (m, d) = rest.split_once('-')?;
    let month = time::Month::try_from(m.parse::<u8>().ok()?).ok()?;
    let date = time::Date::from_calendar_date(y.parse().ok()?, month, d.parse().ok()?).ok()?;
    Some(date.midnight().assume_utc().unix_timestamp())
}

/// The `YYYY-MM-DD` date of an epoch second (UTC).
pub fn epoch_date(epoch: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(epoch).map(|t| t.date().to_string()).unwrap_or_default()
}

/// UTC midnight of the day `epoch` falls in.
pub fn day_start(epoch: i64) -> i64 {
    epoch.div_euclid(DAY) * DAY
}

/// The answer form as typed (all raw strings; bad values become per-field errors).
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct ResponseForm {
    /// `accepted`, `partly`, `rejected` or `study`.
    pub decision: String,
    /// Why (required, also for an acceptance: what will be done).
    pub reason: String,
    /// The responsible department.
    pub department: String,
    /// The owner's role, shown publicly (e.g. "Head of the housing office").
    pub owner_role: String,
    /// The owner's username among the municipality's officials (optional, never shown).
    pub owner: String,
    /// `YYYY-MM-DD`; required unless rejected.
    pub deadline: String,
    /// Language of the texts, or empty to detect.
    pub lang: String,
}

/// A valid answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResponseDraft {
    /// The decision.
    pub decision: Decision,
    /// Why.
    pub reason: String,
    /// Department.
    pub department: String,
    /// Owner's role.
    pub owner_role: String,
    /// The owner's username as typed (the service finds the person).
    pub owner: Option<String>,
    /// UTC midnight of the deadline (none for a rejection).
    pub deadline: Option<i64>,
    /// Language of the texts.
    pub lang: &'static str,
}

/// Checks a required one-line text of at most `max` characters.
fn required(errors: &mut FieldErrors, field: &'static str, raw: &str, max: usize, ids: [&'static str; 2]) -> String {
    let text = clean(raw).replace('\n', " ");
    match text.chars().count() {
        0 => errors.add(field, ids[0]),
        n if n > max => errors.add(field, ids[1]),
        _ => {}
    }
    text
}

/// Checks a required free text (line breaks kept).
fn reason(errors: &mut FieldErrors, field: &'static str, raw: &str, ids: [&'static str; 2]) -> String {
    let text = clean(raw);
    match text.chars().count() {
        0 => errors.add(field, ids[0]),
        n if n > REASON_CHARS => errors.add(field, ids[1]),
        _ => {}
    }
    text
}

/// The language of a text: the one chosen, else the detected one, else `fallback`.
fn language(errors: &mut FieldErrors, choice: &str, text: &str, fallback: &str) -> &'static str {
    match choice.trim() {
        "" => ContentLanguage::detect(text).or_else(|| ContentLanguage::parse(fallback).ok()).map_or("en", |l| l.tag()),
        tag => ContentLanguage::parse(tag).map(|l| l.tag()).unwrap_or_else(|e| {
            errors.add("lang", e);
            "en"
        }),
    }
}

impl ResponseDraft {
    /// Checks a typed answer; `today` is UTC midnight of the current day (no deadline before
    /// it), `fallback` the writer's interface language.
    pub fn parse(f: &ResponseForm, fallback: &str, today: i64) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let decision = Decision::parse(f.decision.trim());
        if decision.is_none() {
            errors.add("decision", "official-decision-required");
        }
        let reason = reason(&mut errors, "reason", &f.reason, ["official-reason-required", "official-reason-too-long"]);
        let department = required(
            &mut errors,
            "department",
            &f.department,
            NAME_CHARS,
            ["official-department-required", "official-department-too-long"],
        );
        let owner_role = required(
            &mut errors,
            "owner_role",
            &f.owner_role,
            NAME_CHARS,
            ["official-owner-role-required", "official-owner-role-too-long"],
        );
        let owner = clean(&f.owner).replace('\n', " ");
        if owner.chars().count() > NAME_CHARS {
            errors.add("owner", "official-owner-unknown");
        }
        let typed = f.deadline.trim();
        let deadline = match (typed, decision) {
            ("", Some(Decision::Rejected)) => None,
            ("", _) => {
                errors.add("deadline", "official-deadline-required");
                None
            }
            (d, _) => match date_epoch(d) {
                None => {
                    errors.add("deadline", "official-deadline-invalid");
                    None
                }
                Some(at) if at < today => {
                    errors.add("deadline", "official-deadline-past");
                    None
                }
                Some(at) => Some(at),
            },
        };
        let lang = language(&mut errors, &f.lang, &reason, fallback);
        errors.into_result(Self {
            decision: decision.unwrap_or(Decision::Study),
            reason,
            department,
            owner_role,
            owner: Some(owner).filter(|o| !o.is_empty()),
            deadline,
            lang,
        })
    }
}

/// The progress form as typed.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct ProgressForm {
    /// `in_progress`, `done` or `dropped`.
    pub state: String,
    /// What happened (for `dropped`: why it was given up).
    pub body: String,
    /// `YYYY-MM-DD`, empty for today.
    pub date: String,
    /// Language of the text, or empty to detect.
    pub lang: String,
}

/// A valid progress report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProgressDraft {
    /// The state the point reaches.
    pub state: PointState,
    /// What happened.
    pub body: String,
    /// Language of the text.
    pub lang: &'static str,
    /// When it happened: now for today, else UTC midnight of the date given.
    pub at: i64,
}

impl ProgressDraft {
    /// Checks a typed report; `now` is the current epoch second (no date after today).
    pub fn parse(f: &ProgressForm, fallback: &str, now: i64) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let state = match f.state.trim() {
            "in_progress" => Some(PointState::InProgress),
            "done" => Some(PointState::Done),
            "dropped" => Some(PointState::Dropped),
            _ => None,
        };
        if state.is_none() {
            errors.add("state", "official-progress-state-required");
        }
        let empty =
            if state == Some(PointState::Dropped) { "official-progress-reason-required" } else { "official-progress-text-required" };
        let body = reason(&mut errors, "body", &f.body, [empty, "official-progress-too-long"]);
        let today = day_start(now);
        let at = match f.date.trim() {
            "" => now,
            d => match date_epoch(d) {
                None => {
                    errors.add("date", "official-date-invalid");
                    now
                }
                Some(at) if at > today => {
                    errors.add("date", "official-date-future");
                    now
                }
                Some(at) if at == today => now,
                Some(at) => at,
            },
        };
        let lang = language(&mut errors, &f.lang, &body, fallback);
        errors.into_result(Self { state: state.unwrap_or(PointState::InProgress), body, lang, at })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 2030-06-15, noon UTC.
    const NOW: i64 = 1_907_755_200;

    fn answer(decision: &str, deadline: &str) -> ResponseForm {
        ResponseForm {
            decision: decision.into(),
            reason: "The housing office will open an advice desk in Arabic and Tigrinya.".into(),
            department: " Housing office ".into(),
            owner_role: "Head of the housing office".into(),
            deadline: deadline.into(),
            lang: "en".into(),
            ..Default::default()
        }
    }

    #[test]
    fn decisions_and_states_round_trip_through_their_stored_names() {
        for d in Decision::ALL {
            assert_eq!(Decision::parse(d.as_str()), Some(d));
        }
        for s in PointState::ALL {
            assert_eq!(PointState::parse(s.as_str()), Some(s));
        }
        assert_eq!(Decision::parse("maybe"), None);
        assert!(PointState::Dropped.is_closed() && !PointState::InProgress.is_closed());
        for f in StatusFilter::ALL {
            assert_eq!(StatusFilter::parse(f.as_str()), Some(f));
        }
        assert_eq!(StatusFilter::parse("open"), None, "answered and open is not a filter of its own");
    }

    #[test]
    fn dates_become_utc_midnights_and_back() {
        assert_eq!(date_epoch("2030-06-15"), Some(day_start(NOW)));
        assert_eq!(epoch_date(day_start(NOW)), "2030-06-15");
        assert_eq!(date_epoch("2030-02-30"), None);
        assert_eq!(date_epoch("15.06.2030"), None);
    }

    #[test]
    fn an_answer_needs_a_deadline_unless_it_is_a_rejection() {
        let today = day_start(NOW);
        let e = ResponseDraft::parse(&answer("accepted", ""), "en", today).unwrap_err();
        assert_eq!(e.get("deadline"), Some("official-deadline-required"));
        let rejected = ResponseDraft::parse(&answer("rejected", ""), "en", today).expect("a rejection needs no deadline");
        assert_eq!((rejected.decision, rejected.deadline), (Decision::Rejected, None));
        let a = ResponseDraft::parse(&answer("partly", "2030-06-15"), "en", today).expect("today is not past");
        assert_eq!((a.department.as_str(), a.deadline, a.owner), ("Housing office", Some(today), None));
    }

    #[test]
    fn an_answer_refuses_past_deadlines_and_missing_fields() {
        let today = day_start(NOW);
        let e = ResponseDraft::parse(&answer("study", "2030-06-14"), "en", today).unwrap_err();
        assert_eq!(e.get("deadline"), Some("official-deadline-past"));
        let f = ResponseForm { decision: "perhaps".into(), deadline: "soon".into(), owner: "x".repeat(200), ..Default::default() };
        let e = ResponseDraft::parse(&f, "en", today).unwrap_err();
        for (field, id) in [
            ("decision", "official-decision-required"),
            ("reason", "official-reason-required"),
            ("department", "official-department-required"),
            ("owner_role", "official-owner-role-required"),
            ("owner", "official-owner-unknown"),
            ("deadline", "official-deadline-invalid"),
        ] {
            assert_eq!(e.get(field), Some(id), "{field}");
        }
        let long = ResponseForm { reason: "x".repeat(REASON_CHARS + 1), department: "d".repeat(121), ..answer("accepted", "2031-01-01") };
        let e = ResponseDraft::parse(&long, "en", today).unwrap_err();
        assert_eq!((e.get("reason"), e.get("department")), (Some("official-reason-too-long"), Some("official-department-too-long")));
    }

    #[test]
    fn progress_to_done_defaults_to_today_and_dropping_needs_a_reason() {
        let f = ProgressForm { state: "done".into(), body: "The desk opened on Monday.".into(), ..Default::default() };
        let p = ProgressDraft::parse(&f, "en", NOW).expect("valid");
        assert_eq!((p.state, p.at), (PointState::Done, NOW));
        let dropped = ProgressForm { state: "dropped".into(), body: "  ".into(), ..Default::default() };
        assert_eq!(ProgressDraft::parse(&dropped, "en", NOW).unwrap_err().get("body"), Some("official-progress-reason-required"));
        let early = ProgressForm { date: "2030-06-01".into(), ..f.clone() };
        assert_eq!(ProgressDraft::parse(&early, "en", NOW).expect("a past date").at, date_epoch("2030-06-01").expect("date"));
        let future = ProgressForm { date: "2030-06-16".into(), ..f.clone() };
        assert_eq!(ProgressDraft::parse(&future, "en", NOW).unwrap_err().get("date"), Some("official-date-future"));
        let open = ProgressForm { state: "open".into(), ..f };
        assert_eq!(ProgressDraft::parse(&open, "en", NOW).unwrap_err().get("state"), Some("official-progress-state-required"));
    }
}
