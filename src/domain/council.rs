//! Advisory councils as people type them: the council itself, a seat held for a term, a
//! meeting with its agenda, and minutes in one language. Each raw form (strings only) parses
//! into a checked value or into per-field Fluent message ids.

use std::collections::HashMap;

use super::{ballot::parse_datetime, content_language::ContentLanguage, text::clean};
use crate::error::FieldErrors;

/// Council name length, in characters.
pub const NAME_CHARS: std::ops::RangeInclusive<usize> = 3..=120;
/// Longest description, in characters.
pub const DESCRIPTION_CHARS: usize = 5000;
/// Longest public name or affiliation of a member, in characters.
pub const PERSON_CHARS: usize = 120;
/// Longest place, link or agenda title, in characters.
pub const LINE_CHARS: usize = 300;
/// Longest minutes, in characters.
pub const MINUTES_CHARS: usize = 20_000;
/// Agenda rows a meeting form offers (the page works without JavaScript: fixed rows).
pub const AGENDA_ROWS: usize = 8;

/// How a council is made up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Composition {
    /// Residents vote for its members.
    Elected,
    /// Associations send delegates.
    Delegates,
    /// Anyone may come.
    OpenForum,
}

impl Composition {
    /// Every composition, in display order.
    pub const ALL: [Composition; 3] = [Composition::Elected, Composition::Delegates, Composition::OpenForum];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Composition::Elected => "elected",
            Composition::Delegates => "delegates",
            Composition::OpenForum => "open_forum",
        }
    }

    /// Parses a stored or submitted name.
    pub fn parse(s: &str) -> Result<Self, &'static str> {
        Self::ALL.into_iter().find(|c| c.as_str() == s.trim()).ok_or("council-composition-unknown")
    }

    /// Fluent message id of its name.
    pub fn message_id(self) -> &'static str {
        match self {
            Composition::Elected => "council-composition-elected",
            Composition::Delegates => "council-composition-delegates",
            Composition::OpenForum => "council-composition-open-forum",
        }
    }
}

/// A seat on a council.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Seat {
    /// Chairs the council.
    Chair,
    /// Chairs it together with the chair (often one from the city, one from the migrant side).
    CoChair,
    /// A member.
    Member,
    /// Runs its paperwork: meetings, agendas, minutes.
    Secretariat,
}

impl Seat {
    /// Every seat, in the order a council page lists them.
    pub const ALL: [Seat; 4] = [Seat::Chair, Seat::CoChair, Seat::Secretariat, Seat::Member];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Seat::Chair => "chair",
            Seat::CoChair => "co_chair",
            Seat::Member => "member",
            Seat::Secretariat => "secretariat",
        }
    }

    /// Parses a stored or submitted name.
    pub fn parse(s: &str) -> Result<Self, &'static str> {
        Self::ALL.into_iter().find(|r| r.as_str() == s.trim()).ok_or("member-role-unknown")
    }

    /// Fluent message id of its name.
    pub fn message_id(self) -> &'static str {
        match self {
            Seat::Chair => "member-role-chair",
            Seat::CoChair => "member-role-co-chair",
            Seat::Member => "member-role-member",
            Seat::Secretariat => "member-role-secretariat",
        }
    }

    /// Precedence: Chair > CoChair > Secretariat > Member (0 is highest), for listing and
    /// for the one seat that counts when someone holds several.
    pub fn rank(self) -> u8 {
        match self {
            Seat::Chair => 0,
            Seat::CoChair => 1,
            Seat::Secretariat => 2,
            Seat::Member => 3,
        }
    }

    /// Whether the seat runs the council's members and meetings.
    pub fn manages(self) -> bool {
        !matches!(self, Seat::Member)
    }
}

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

/// A cleaned one-line text of at most `max` characters, or `message` under `field`.
fn line(
    raw: &str,
    max: usize,
    field: impl Into<std::borrow::Cow<'static, str>>,
    message: &'static str,
    errors: &mut FieldErrors,
) -> String {
    let text = clean(raw).replace(['\n', '\t'], " ");
    if text.chars().count() > max {
        errors.add(field, message);
    }
    text
}

/// Parses a `YYYY-MM-DD` date as the epoch second of its UTC midnight.
pub fn parse_date(raw: &str) -> Option<i64> {
    parse_datetime(&format!("{}T00:00", raw.trim()))
}

/// Formats epoch seconds as a `YYYY-MM-DD` date (UTC), for a date input.
pub fn format_date(epoch: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(epoch).map(|t| t.date().to_string()).unwrap_or_default()
}

/// The council form as typed.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct CouncilForm {
    /// Its name.
    pub name: String,
    /// Its web name.
    pub slug: String,
    /// `elected`, `delegates` or `open_forum`.
    pub composition: String,
    /// What it is for.
    pub description: String,
    /// The language of the name and description.
    pub lang: String,
}

/// A checked new council.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewCouncil {
    /// Name.
    pub name: String,
    /// Web name: 2-40 of a-z, 0-9 and inner hyphens, never `new`.
    pub slug: String,
    /// How it is made up.
    pub composition: Composition,
    /// Description (may be empty).
    pub description: String,
    /// Language tag of the texts.
    pub lang: String,
}

impl TryFrom<&CouncilForm> for NewCouncil {
    type Error = FieldErrors;

    fn try_from(f: &CouncilForm) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let name = line(&f.name, *NAME_CHARS.end(), "name", "council-name-invalid", &mut errors);
        if !NAME_CHARS.contains(&name.chars().count()) {
            errors.add("name", "council-name-invalid");
        }
        let slug = f.slug.trim().to_ascii_lowercase();
        let slug_ok = (2..=40).contains(&slug.len())
            && slug.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !slug.starts_with('-')
            && !slug.ends_with('-')
            && slug != "new";
        if !slug_ok {
            errors.add("slug", "council-slug-invalid");
        }
        let composition = Composition::parse(&f.composition).unwrap_or_else(|e| {
            errors.add("composition", e);
            Composition::Delegates
        });
        let description = clean(&f.description);
        if description.chars().count() > DESCRIPTION_CHARS {
            errors.add("description", "council-description-too-long");
        }
        let lang = ContentLanguage::parse(&f.lang).map(|l| l.tag().to_string()).unwrap_or_else(|e| {
            errors.add("lang", e);
            String::new()
        });
        errors.into_result(Self { name, slug, composition, description, lang })
    }
}

/// The form for a seat, as typed.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct MemberForm {
    /// The account that acts for the seat (optional).
    pub username: String,
    /// The name shown publicly; empty shows the role only.
    pub display_name: String,
    /// `chair`, `co_chair`, `member` or `secretariat`.
    pub role: String,
    /// Who they are there for.
    pub affiliation: String,
    /// First day of the term (`YYYY-MM-DD`).
    pub term_start: String,
    /// Last day of the term, exclusive (`YYYY-MM-DD`), optional.
    pub term_end: String,
}

/// A checked seat for a term.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewMember {
    /// The username typed (looked up by the service), if any.
    pub username: Option<String>,
    /// Public name; `None` shows the role only.
    pub display_name: Option<String>,
    /// The seat.
    pub role: Seat,
    /// Affiliation (may be empty).
    pub affiliation: String,
    /// Start, epoch seconds (UTC midnight).
    pub term_start: i64,
    /// End, epoch seconds, after the start; `None` while open-ended.
    pub term_end: Option<i64>,
}

impl TryFrom<&MemberForm> for NewMember {
    type Error = FieldErrors;

    fn try_from(f: &MemberForm) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let username = Some(f.username.trim().to_string()).filter(|u| !u.is_empty());
        let (display_name, affiliation) = person(&f.display_name, &f.affiliation, &mut errors);
        let role = Seat::parse(&f.role).unwrap_or_else(|e| {
            errors.add("role", e);
            Seat::Member
        });
        let term_start = parse_date(&f.term_start).unwrap_or_else(|| {
            errors.add("term_start", "member-date-invalid");
            0
        });
        let term_end = match f.term_end.trim() {
            "" => None,
            raw => match parse_date(raw) {
                Some(end) if term_start > 0 && end < term_start => {
                    errors.add("term_end", "member-end-before-start");
                    None
                }
                Some(end) => Some(end),
                None => {
                    errors.add("term_end", "member-date-invalid");
                    None
                }
            },
        };
        errors.into_result(Self { username, display_name, role, affiliation, term_start, term_end })
    }
}

/// The public name (`None` when empty) and affiliation of a seat, checked.
fn person(display_name: &str, affiliation: &str, errors: &mut FieldErrors) -> (Option<String>, String) {
    let name = line(display_name, PERSON_CHARS, "display_name", "member-name-too-long", errors);
    let affiliation = line(affiliation, PERSON_CHARS, "affiliation", "member-affiliation-too-long", errors);
    (Some(name).filter(|n| !n.is_empty()), affiliation)
}

/// The form that changes a seat's public name and affiliation, as typed.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct MemberEditForm {
    /// Public name; empty shows the role only.
    pub display_name: String,
    /// Affiliation.
    pub affiliation: String,
}

/// A checked change of a seat's public name and affiliation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemberEdit {
    /// Public name; `None` shows the role only.
    pub display_name: Option<String>,
    /// Affiliation.
    pub affiliation: String,
}

impl TryFrom<&MemberEditForm> for MemberEdit {
    type Error = FieldErrors;

    fn try_from(f: &MemberEditForm) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let (display_name, affiliation) = person(&f.display_name, &f.affiliation, &mut errors);
        errors.into_result(Self { display_name, affiliation })
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

    fn council(name: &str, slug: &str, composition: &str, lang: &str) -> CouncilForm {
        CouncilForm { name: name.into(), slug: slug.into(), composition: composition.into(), description: String::new(), lang: lang.into() }
    }

    fn meeting(pairs: &[(&str, &str)]) -> MeetingForm {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn a_council_form_parses_into_a_council() {
        let c = NewCouncil::try_from(&council(" Migrant Advisory Board ", "Board", "delegates", "en")).expect("valid");
        assert_eq!(
            (c.name.as_str(), c.slug.as_str(), c.composition, c.lang.as_str()),
            ("Migrant Advisory Board", "board", Composition::Delegates, "en")
        );
    }

    #[test]
    fn every_bad_council_field_gets_its_own_message() {
        let e = NewCouncil::try_from(&council("x", "new", "junta", "zz")).expect_err("invalid");
        assert_eq!(e.get("name"), Some("council-name-invalid"));
        assert_eq!(e.get("slug"), Some("council-slug-invalid"));
        assert_eq!(e.get("composition"), Some("council-composition-unknown"));
        assert_eq!(e.get("lang"), Some("language-unknown"));
        for slug in ["-a", "a-", "a b", "ä", &"a".repeat(41)] {
            assert!(NewCouncil::try_from(&council("Board", slug, "elected", "en")).is_err(), "{slug}");
        }
    }

    #[test]
    fn seats_rank_chair_co_chair_secretariat_member() {
        let mut all = [Seat::Member, Seat::Secretariat, Seat::Chair, Seat::CoChair];
        all.sort_by_key(|s| s.rank());
        assert_eq!(all, [Seat::Chair, Seat::CoChair, Seat::Secretariat, Seat::Member]);
        assert!(all.iter().all(|s| Seat::parse(s.as_str()) == Ok(*s)));
        assert!(!Seat::Member.manages() && Seat::Secretariat.manages());
    }

    #[test]
    fn an_empty_display_name_means_the_role_only() {
        let f = MemberForm { role: "chair".into(), term_start: "2026-01-01".into(), display_name: "  ".into(), ..Default::default() };
        let m = NewMember::try_from(&f).expect("valid");
        assert_eq!((m.display_name, m.username, m.term_end), (None, None, None));
        assert_eq!(m.term_start, parse_date("2026-01-01").expect("date"));
    }

    #[test]
    fn a_term_cannot_end_before_it_starts_and_dates_must_be_dates() {
        let f = MemberForm { role: "member".into(), term_start: "2026-05-01".into(), term_end: "2026-04-30".into(), ..Default::default() };
        assert_eq!(NewMember::try_from(&f).expect_err("invalid").get("term_end"), Some("member-end-before-start"));
        let f = MemberForm { role: "boss".into(), term_start: "2026-02-30".into(), term_end: "soon".into(), ..Default::default() };
        let e = NewMember::try_from(&f).expect_err("invalid");
        assert_eq!(
            (e.get("role"), e.get("term_start"), e.get("term_end")),
            (Some("member-role-unknown"), Some("member-date-invalid"), Some("member-date-invalid"))
        );
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
