//! Meetings as people type them: when and where (a place, an http(s) link or both), agenda
//! rows that name a summary, consultation or ballot by number or carry a free title, and
//! minutes in one language. Re-exported by [`super::council`].

use std::collections::HashMap;

use super::{ballot::parse_datetime, content_language::ContentLanguage, council::line, text::clean};
use crate::error::FieldErrors;

/// Longest place, link or agenda title, in characters.
pub const LINE_CHARS: usize = 300;
/// Longest minutes, in characters.
pub const MINUTES_CHARS: usize = 20_000;
/// Agenda rows a meeting form offers (the page works without JavaScript: fixed rows).
pub const AGENDA_ROWS: usize = 8;

/// What an agenda item is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AgendaKind {
    /// A summary of the input (by id).
    Summary,
    /// A consultation (by id).
    Consultation,
    /// A priority vote (by id).
    Ballot,
    /// Anything else, with its own title.
    Free,
}

impl AgendaKind {
    /// Every kind, in display order.
    pub const ALL: [AgendaKind; 4] = [AgendaKind::Free, AgendaKind::Summary, AgendaKind::Consultation, AgendaKind::Ballot];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            AgendaKind::Summary => "summary",
            AgendaKind::Consultation => "consultation",
            AgendaKind::Ballot => "ballot",
            AgendaKind::Free => "free",
        }
    }

    /// Parses a stored or submitted name.
    pub fn parse(s: &str) -> Result<Self, &'static str> {
        Self::ALL.into_iter().find(|k| k.as_str() == s.trim()).ok_or("meeting-item-kind-unknown")
    }

    /// Fluent message id of its name.
    pub fn message_id(self) -> &'static str {
        match self {
            AgendaKind::Summary => "meeting-kind-summary",
            AgendaKind::Consultation => "meeting-kind-consultation",
            AgendaKind::Ballot => "meeting-kind-ballot",
            AgendaKind::Free => "meeting-kind-free",
        }
    }

    /// Fluent message id naming an item of this kind on an agenda (with `$id`).
    pub fn item_message_id(self) -> &'static str {
        match self {
            AgendaKind::Summary => "meeting-agenda-summary",
            AgendaKind::Consultation => "meeting-agenda-consultation",
            AgendaKind::Ballot => "meeting-agenda-ballot",
            AgendaKind::Free => "meeting-agenda-free",
        }
    }

    /// The path, under `/m/<slug>/`, of the page an item of this kind links to.
    pub fn path_segment(self) -> Option<&'static str> {
        match self {
            AgendaKind::Summary => Some("summaries"),
            AgendaKind::Consultation => Some("consultations"),
            AgendaKind::Ballot => Some("ballots"),
            AgendaKind::Free => None,
        }
    }
}

/// A meeting form as typed: `date`, `time`, `place`, `link`, and agenda rows
/// `item_kind_<n>`, `item_ref_<n>` (a number) and `item_title_<n>` for n below [`AGENDA_ROWS`].
pub type MeetingForm = HashMap<String, String>;

/// A checked agenda item (whether its subject exists is the service's question).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgendaDraft {
    /// What it is about.
    pub kind: AgendaKind,
    /// The summary, consultation or ballot (not for free items).
    pub subject_id: Option<i64>,
    /// A free item's title.
    pub title: String,
    /// The form row it came from (for errors).
    pub row: usize,
}

/// A checked meeting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MeetingDraft {
    /// Start, epoch seconds (UTC).
    pub starts_at: i64,
    /// Where it takes place (may be empty when there is a link).
    pub place: String,
    /// Where to join online: http or https only (may be empty when there is a place).
    pub link: String,
    /// The agenda, in order.
    pub items: Vec<AgendaDraft>,
}

fn field<'a>(form: &'a MeetingForm, name: &str) -> &'a str {
    form.get(name).map_or("", String::as_str)
}

/// Whether `link` is an absolute http(s) URL with a host and nothing that could break out of
/// an attribute or hide a script.
fn link_ok(link: &str) -> bool {
    let rest = link.strip_prefix("https://").or_else(|| link.strip_prefix("http://"));
    rest.is_some_and(|r| {
        let host = r.split(['/', '?', '#']).next().unwrap_or_default();
        !host.is_empty() && !r.chars().any(|c| c.is_whitespace() || matches!(c, '"' | '<' | '>' | '\\'))
    })
}

impl MeetingDraft {
    /// Checks a typed meeting form.
    pub fn parse(form: &MeetingForm) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let (date, time) = (field(form, "date").trim(), field(form, "time").trim());
        let starts_at = parse_datetime(&format!("{date}T{time}")).unwrap_or_else(|| {
            errors.add("date", "meeting-time-invalid");
            0
        });
        let place = line(field(form, "place"), LINE_CHARS, "place", "meeting-place-too-long", &mut errors);
        let link = line(field(form, "link"), LINE_CHARS, "link", "meeting-link-invalid", &mut errors);
        if !link.is_empty() && !link_ok(&link) {
            errors.add("link", "meeting-link-invalid");
        }
        if place.is_empty() && link.is_empty() {
            errors.add("place", "meeting-place-or-link");
        }
        let mut items = Vec::new();
        for row in 0..AGENDA_ROWS {
            if let Some(item) = agenda_row(form, row, &mut errors) {
                items.push(item);
            }
        }
        errors.into_result(Self { starts_at, place, link, items })
    }
}

/// One agenda row: `None` when left empty.
fn agenda_row(form: &MeetingForm, row: usize, errors: &mut FieldErrors) -> Option<AgendaDraft> {
    let (kind_field, ref_field, title_field) = (format!("item_kind_{row}"), format!("item_ref_{row}"), format!("item_title_{row}"));
    let reference = field(form, &ref_field).trim();
    let title = line(field(form, &title_field), LINE_CHARS, title_field.clone(), "meeting-item-title-too-long", errors);
    if reference.is_empty() && title.is_empty() {
        return None;
    }
    let kind = match AgendaKind::parse(field(form, &kind_field)) {
        Ok(k) => k,
        Err(e) => {
            errors.add(kind_field, e);
            return None;
        }
    };
    if kind == AgendaKind::Free {
        if title.is_empty() {
            errors.add(title_field, "meeting-item-title-missing");
        }
        return Some(AgendaDraft { kind, subject_id: None, title, row });
    }
    match reference.trim_start_matches('#').parse::<i64>() {
        Ok(id) if id > 0 => Some(AgendaDraft { kind, subject_id: Some(id), title: String::new(), row }),
        _ => {
            errors.add(ref_field, "meeting-item-ref-invalid");
            None
        }
    }
}

/// Minutes as typed.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct MinutesForm {
    /// The language they are written in.
    pub lang: String,
    /// The minutes.
    pub body: String,
}

/// Checked minutes in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MinutesDraft {
    /// Language tag.
    pub lang: String,
    /// Text; empty removes the minutes in this language.
    pub body: String,
}

impl TryFrom<&MinutesForm> for MinutesDraft {
    type Error = FieldErrors;

    fn try_from(f: &MinutesForm) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let lang = ContentLanguage::parse(&f.lang).map(|l| l.tag().to_string()).unwrap_or_else(|e| {
            errors.add("lang", e);
            String::new()
        });
        let body = clean(&f.body);
        if body.chars().count() > MINUTES_CHARS {
            errors.add("body", "meeting-minutes-too-long");
        }
        errors.into_result(Self { lang, body })
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    fn meeting(pairs: &[(&str, &str)]) -> MeetingForm {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn a_meeting_needs_a_time_and_a_place_or_a_web_link() {
        let m = MeetingDraft::parse(&meeting(&[("date", "2027-03-04"), ("time", "18:30"), ("link", "https://meet.example/abc")]))
            .expect("valid");
        assert_eq!(m.starts_at, parse_datetime("2027-03-04T18:30").expect("time"));
        let e = MeetingDraft::parse(&meeting(&[("date", "4.3.2027"), ("time", "18:30")])).expect_err("invalid");
        assert_eq!((e.get("date"), e.get("place")), (Some("meeting-time-invalid"), Some("meeting-place-or-link")));
        for bad in ["javascript:alert(1)", "ftp://x", "https://", "https://a b", "http://x\"onmouseover=1"] {
            let e = MeetingDraft::parse(&meeting(&[("date", "2027-03-04"), ("time", "18:30"), ("link", bad)])).expect_err(bad);
            assert_eq!(e.get("link"), Some("meeting-link-invalid"), "{bad}");
        }
    }

    #[test]
    fn agenda_rows_are_free_titles_or_numbers_and_empty_rows_are_skipped() {
        let form = meeting(&[
            ("date", "2027-03-04"),
            ("time", "18:30"),
            ("place", "Town hall"),
            ("item_kind_0", "free"),
            ("item_title_0", "Welcome"),
            ("item_kind_1", "consultation"),
            ("item_ref_1", "#12"),
            ("item_kind_2", "ballot"),
        ]);
        let m = MeetingDraft::parse(&form).expect("valid");
        assert_eq!(m.items.len(), 2);
        assert_eq!((m.items[0].kind, m.items[0].title.as_str()), (AgendaKind::Free, "Welcome"));
        assert_eq!((m.items[1].kind, m.items[1].subject_id), (AgendaKind::Consultation, Some(12)));
        let e = MeetingDraft::parse(&meeting(&[
            ("date", "2027-03-04"),
            ("time", "18:30"),
            ("place", "Hall"),
            ("item_kind_0", "summary"),
            ("item_ref_0", "-3"),
            ("item_kind_1", "free"),
            ("item_ref_1", "4"),
            ("item_kind_2", "party"),
            ("item_title_2", "Cake"),
        ]))
        .expect_err("invalid");
        assert_eq!(e.get("item_ref_0"), Some("meeting-item-ref-invalid"));
        assert_eq!(e.get("item_title_1"), Some("meeting-item-title-missing"));
        assert_eq!(e.get("item_kind_2"), Some("meeting-item-kind-unknown"));
    }

    #[test]
    fn minutes_need_a_known_language() {
        let ok = MinutesDraft::try_from(&MinutesForm { lang: "ar".into(), body: " محضر الاجتماع \u{202e}".into() }).expect("valid");
        assert_eq!((ok.lang.as_str(), ok.body.as_str()), ("ar", "محضر الاجتماع"));
        let e = MinutesDraft::try_from(&MinutesForm { lang: "xx-evil".into(), body: "x".repeat(MINUTES_CHARS + 1) }).expect_err("invalid");
        assert_eq!((e.get("lang"), e.get("body")), (Some("language-unknown"), Some("meeting-minutes-too-long")));
    }
}
