//! Advisory councils as people type them: the council itself and a seat held for a term; a
//! meeting with its agenda and minutes in one language (in [`super::meeting`], re-exported
//! here). Each raw form (strings only) parses into a checked value or into per-field Fluent
//! message ids.

use super::{ballot::parse_datetime, content_language::ContentLanguage, text::clean};
use crate::error::FieldErrors;

pub use super::meeting::{
    AGENDA_ROWS, AgendaDraft, AgendaKind, LINE_CHARS, MINUTES_CHARS, MeetingDraft, MeetingForm, MinutesDraft, MinutesForm,
};

/// Council name length, in characters.
pub const NAME_CHARS: std::ops::RangeInclusive<usize> = 3..=120;
/// Longest description, in characters.
pub const DESCRIPTION_CHARS: usize = 5000;
/// Longest public name or affiliation of a member, in characters.
pub const PERSON_CHARS: usize = 120;

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

/// A cleaned one-line text of at most `max` characters, or `message` under `field`.
pub(crate) fn line(
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

#[cfg(test)]
mod tests {
    use super::*;

    fn council(name: &str, slug: &str, composition: &str, lang: &str) -> CouncilForm {
        CouncilForm { name: name.into(), slug: slug.into(), composition: composition.into(), description: String::new(), lang: lang.into() }
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
}
