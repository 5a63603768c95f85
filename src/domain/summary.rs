//! Council summaries: what one covers, its workflow, and its numbered recommendations with the
//! input they draw on.

use std::collections::HashMap;

use super::{content_language::ContentLanguage, text::clean};
use crate::error::FieldErrors;

/// Title length of a summary or a recommendation, in characters.
pub const TITLE_CHARS: std::ops::RangeInclusive<usize> = 3..=160;
/// Longest introduction of a summary, in characters.
pub const INTRO_CHARS: usize = 6000;
/// Text length of a recommendation, in characters.
pub const BODY_CHARS: std::ops::RangeInclusive<usize> = 10..=4000;
/// Longest review comment, in characters.
pub const COMMENT_CHARS: usize = 2000;
/// Most sources one recommendation may link.
pub const MAX_SOURCES: usize = 50;
/// Longest period a summary may cover, in days (the data part compares it with the one
/// before, so ten years back is plenty).
pub const MAX_DAYS: i64 = 3660;

/// Where a summary is in its workflow.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Being written by its author.
    Draft,
    /// Council members comment on it.
    Review,
    /// The chair approved it.
    Approved,
    /// Sent to the municipality: frozen, public, answered point by point.
    Forwarded,
    /// A forwarded version a later version corrects (still readable).
    Superseded,
}

impl Status {
    /// Every status, in workflow order.
    pub const ALL: [Status; 5] = [Status::Draft, Status::Review, Status::Approved, Status::Forwarded, Status::Superseded];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Review => "review",
            Status::Approved => "approved",
            Status::Forwarded => "forwarded",
            Status::Superseded => "superseded",
        }
    }

    /// Parses a stored name (unknown names read as a draft, which shows least).
    pub fn parse(s: &str) -> Self {
        Self::ALL.into_iter().find(|x| x.as_str() == s).unwrap_or(Status::Draft)
    }

    /// Fluent message id of its name.
    pub fn message_id(self) -> &'static str {
        match self {
            Status::Draft => "summary-status-draft",
            Status::Review => "summary-status-review",
            Status::Approved => "summary-status-approved",
            Status::Forwarded => "summary-status-forwarded",
            Status::Superseded => "summary-status-superseded",
        }
    }

    /// Whether the public may read it (forwarded, and the versions it replaced).
    pub fn is_public(self) -> bool {
        matches!(self, Status::Forwarded | Status::Superseded)
    }

    /// Whether its text and recommendations may still change.
    pub fn is_editable(self) -> bool {
        matches!(self, Status::Draft | Status::Review)
    }
}

/// A stored summary.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Summary {
    /// Id.
    pub id: i64,
    /// Municipality.
    pub municipality_id: i64,
    /// The council it is written for.
    pub council_id: i64,
    /// The first version's id: versions of one summary share it.
    pub series_id: i64,
    /// 1, 2, …
    pub version: i64,
    /// Workflow status.
    pub status: Status,
    /// Title, in `lang`.
    pub title: String,
    /// Introduction, in `lang`.
    pub intro: String,
    /// Language it is written in.
    pub lang: String,
    /// What it covers.
    pub scope: Scope,
    /// The data part as stored (JSON), once drafted.
    #[serde(skip)]
    pub data: Option<String>,
    /// When the data part was drafted.
    pub data_at: Option<i64>,
    /// Who wrote it (never shown publicly).
    #[serde(skip)]
    pub author_id: Option<i64>,
    /// Epoch seconds.
    pub created_at: i64,
    /// Epoch seconds.
    pub updated_at: i64,
    /// When it went to review.
    pub submitted_at: Option<i64>,
    /// When the chair approved it.
    pub approved_at: Option<i64>,
    /// When it went to the municipality.
    pub forwarded_at: Option<i64>,
}

/// What a summary covers: a period, optionally narrowed to a theme, a neighbourhood, a
/// consultation or a ballot.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Scope {
    /// First second covered.
    pub from: i64,
    /// First second no longer covered.
    pub to: i64,
    /// A category.
    pub theme_id: Option<i64>,
    /// A neighbourhood.
    pub neighbourhood_id: Option<i64>,
    /// A consultation.
    pub consultation_id: Option<i64>,
    /// A ballot.
    pub ballot_id: Option<i64>,
}

/// What a recommendation may draw on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// An issue.
    Issue,
    /// A consultation's results.
    Consultation,
    /// A statement of a statement round.
    Statement,
    /// A ballot's outcome.
    Ballot,
}

impl SourceKind {
    /// Every kind, in the order forms and pages list them.
    pub const ALL: [SourceKind; 4] = [SourceKind::Issue, SourceKind::Consultation, SourceKind::Statement, SourceKind::Ballot];

    /// The stored name (also the form field, plural: `issues`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Issue => "issue",
            SourceKind::Consultation => "consultation",
            SourceKind::Statement => "statement",
            SourceKind::Ballot => "ballot",
        }
    }

    /// Parses a stored name.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// The form field listing ids of this kind.
    pub fn field(self) -> &'static str {
        match self {
            SourceKind::Issue => "issues",
            SourceKind::Consultation => "consultations",
            SourceKind::Statement => "statements",
            SourceKind::Ballot => "ballots",
        }
    }
}

/// A numbered recommendation of a summary.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Recommendation {
    /// Id.
    pub id: i64,
    /// The summary (version) it belongs to.
    pub summary_id: i64,
    /// The first version's recommendation: answers follow it.
    pub point_id: i64,
    /// 1, 2, … within the summary.
    pub number: i64,
    /// Short title.
    pub title: String,
    /// Text.
    pub body: String,
    /// Language written in.
    pub lang: String,
    /// A category, for filters and the dashboard.
    pub theme_id: Option<i64>,
    /// What it draws on.
    pub sources: Vec<(SourceKind, i64)>,
}

/// A form as typed: field name → value.
pub type Form = HashMap<String, String>;

fn field<'a>(form: &'a Form, name: &str) -> &'a str {
    form.get(name).map_or("", |v| v.trim())
}

/// Parses `YYYY-MM-DD` to the epoch second of that day's start (UTC).
pub fn parse_day(raw: &str) -> Option<i64> {
    let mut d = raw.trim().splitn(3, '-').map(|p| p.parse::<i64>().ok());
    let (y, mo, da) = (d.next()??, d.next()??, d.next()??);
    if !(2000..=2200).contains(&y) || !(1..=12).contains(&mo) || !(1..=31).contains(&da) {
        return None;
    }
    let month = time::Month::try_from(mo as u8).ok()?;
    Some(time::Date::from_calendar_date(y as i32, month, da as u8).ok()?.midnight().assume_utc().unix_timestamp())
}

/// Formats epoch seconds as `YYYY-MM-DD` (UTC), for date inputs.
pub fn format_day(epoch: i64) -> String {
    match time::OffsetDateTime::from_unix_timestamp(epoch) {
        Ok(t) => format!("{:04}-{:02}-{:02}", t.year(), t.month() as u8, t.day()),
        Err(_) => String::new(),
    }
}

fn optional_id(form: &Form, name: &'static str, errors: &mut FieldErrors) -> Option<i64> {
    let raw = field(form, name);
    if raw.is_empty() {
        return None;
    }
    let id = raw.trim_start_matches('#').parse::<i64>().ok().filter(|id| *id > 0);
    if id.is_none() {
        errors.add(name, "summary-id-invalid");
    }
    id
}

/// The language a text is written in: any language Chorus knows (people write in theirs).
fn language(form: &Form, errors: &mut FieldErrors) -> String {
    match ContentLanguage::parse(field(form, "lang")) {
        Ok(l) => l.tag().to_string(),
        Err(_) => {
            errors.add("lang", "summary-lang-invalid");
            String::new()
        }
    }
}

fn title(form: &Form, errors: &mut FieldErrors) -> String {
    let t = clean(field(form, "title"));
    let n = t.chars().count();
    if n < *TITLE_CHARS.start() {
        errors.add("title", "summary-title-required");
    } else if n > *TITLE_CHARS.end() {
        errors.add("title", "summary-title-too-long");
    }
    t
}

/// A valid summary's settings, ready to store. Council, theme, neighbourhood, consultation
/// and ballot are checked against the municipality by the service.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SummaryDraft {
    /// Council slug.
    pub council: String,
    /// Title.
    pub title: String,
    /// Introduction.
    pub intro: String,
    /// Language written in.
    pub lang: String,
    /// What it covers.
    pub scope: Scope,
}

impl SummaryDraft {
    /// Checks a typed form (dates `from` and `to` are inclusive days).
    pub fn parse(form: &Form) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let council = field(form, "council").to_string();
        if council.is_empty() {
            errors.add("council", "summary-council-required");
        }
        let title = title(form, &mut errors);
        let intro = clean(field(form, "intro"));
        if intro.chars().count() > INTRO_CHARS {
            errors.add("intro", "summary-intro-too-long");
        }
        let lang = language(form, &mut errors);
        let from = parse_day(field(form, "from"));
        let to = parse_day(field(form, "to")).map(|d| d + 86_400);
        if from.is_none() {
            errors.add("from", "summary-date-invalid");
        }
        if to.is_none() {
            errors.add("to", "summary-date-invalid");
        }
        if let (Some(f), Some(t)) = (from, to) {
            if t <= f {
                errors.add("to", "summary-period-reversed");
            } else if (t - f) / 86_400 > MAX_DAYS {
                errors.add("to", "summary-period-too-long");
            }
        }
        let scope = Scope {
            from: from.unwrap_or(0),
            to: to.unwrap_or(0),
            theme_id: optional_id(form, "theme", &mut errors),
            neighbourhood_id: optional_id(form, "neighbourhood", &mut errors),
            consultation_id: optional_id(form, "consultation", &mut errors),
            ballot_id: optional_id(form, "ballot", &mut errors),
        };
        errors.into_result(Self { council, title, intro, lang, scope })
    }
}

/// A valid recommendation, ready to store. Sources and theme are checked by the service.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecommendationDraft {
    /// Title.
    pub title: String,
    /// Text.
    pub body: String,
    /// Language written in.
    pub lang: String,
    /// A category.
    pub theme_id: Option<i64>,
    /// What it draws on, deduplicated.
    pub sources: Vec<(SourceKind, i64)>,
}

/// Reads ids from a list field: numbers separated by commas or spaces, each optionally as
/// `#12` or a link ending in `/12` (what one copies from the address bar).
pub fn ids(raw: &str) -> Result<Vec<i64>, &'static str> {
    let mut out = Vec::new();
    for part in raw.split([',', ' ', '\n', '\r', '\t', ';']).map(str::trim).filter(|p| !p.is_empty()) {
        let last = part.trim_end_matches('/').rsplit('/').next().unwrap_or(part).trim_start_matches('#');
        let last = last.split(['?', '#']).next().unwrap_or(last);
        match last.parse::<i64>() {
            Ok(id) if id > 0 => {
                if !out.contains(&id) {
                    out.push(id);
                }
            }
            _ => return Err("summary-sources-invalid"),
        }
    }
    Ok(out)
}

impl RecommendationDraft {
    /// Checks a typed form.
    pub fn parse(form: &Form) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let title = title(form, &mut errors);
        let body = clean(field(form, "body"));
        let n = body.chars().count();
        if n < *BODY_CHARS.start() {
            errors.add("body", "recommendation-body-required");
        } else if n > *BODY_CHARS.end() {
            errors.add("body", "recommendation-body-too-long");
        }
        let lang = language(form, &mut errors);
        let theme_id = optional_id(form, "theme", &mut errors);
        let mut sources = Vec::new();
        for kind in SourceKind::ALL {
            match ids(field(form, kind.field())) {
                Ok(list) => sources.extend(list.into_iter().map(|id| (kind, id))),
                Err(e) => errors.add(kind.field(), e),
            }
        }
        if sources.len() > MAX_SOURCES {
            errors.add("issues", "summary-sources-too-many");
        }
        errors.into_result(Self { title, body, lang, theme_id, sources })
    }
}

/// Checks a review comment.
pub fn comment(form: &Form) -> Result<String, FieldErrors> {
    let mut errors = FieldErrors::new();
    let body = clean(field(form, "body"));
    if body.is_empty() {
        errors.add("body", "summary-comment-required");
    } else if body.chars().count() > COMMENT_CHARS {
        errors.add("body", "summary-comment-too-long");
    }
    errors.into_result(body)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> Form {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn a_summary_covers_whole_days_of_a_period() {
        let f = form(&[("council", "board"), ("title", "Housing in spring"), ("lang", "en"), ("from", "2026-03-01"), ("to", "2026-05-31")]);
        let d = SummaryDraft::parse(&f).expect("valid");
        assert_eq!(d.scope.from, parse_day("2026-03-01").unwrap());
        assert_eq!(d.scope.to, parse_day("2026-06-01").unwrap());
        assert_eq!(format_day(d.scope.from), "2026-03-01");
    }

    #[test]
    fn a_reversed_or_malformed_period_is_refused_per_field() {
        let f = form(&[("council", "board"), ("title", "Housing"), ("lang", "en"), ("from", "2026-05-01"), ("to", "2026-04-01")]);
        assert_eq!(SummaryDraft::parse(&f).unwrap_err().get("to"), Some("summary-period-reversed"));
        let f = form(&[("title", "x"), ("lang", "xx-nope"), ("from", "2026-13-01"), ("to", ""), ("theme", "abc")]);
        let e = SummaryDraft::parse(&f).unwrap_err();
        for (k, id) in [
            ("council", "summary-council-required"),
            ("title", "summary-title-required"),
            ("from", "summary-date-invalid"),
            ("to", "summary-date-invalid"),
            ("theme", "summary-id-invalid"),
        ] {
            assert_eq!(e.get(k), Some(id), "{k}");
        }
    }

    #[test]
    fn source_ids_may_be_numbers_hashes_or_links() {
        assert_eq!(ids("12, #13 https://x.example/m/a/issues/14/ 12"), Ok(vec![12, 13, 14]));
        assert_eq!(ids(""), Ok(vec![]));
        assert_eq!(ids("12, twelve"), Err("summary-sources-invalid"));
        assert_eq!(ids("-3"), Err("summary-sources-invalid"));
    }

    #[test]
    fn a_recommendation_needs_a_title_and_a_text() {
        let f = form(&[
            ("title", "Open a housing desk"),
            ("body", "A desk in the town hall, in several languages."),
            ("lang", "en"),
            ("issues", "3 4"),
            ("statements", "9"),
        ]);
        let r = RecommendationDraft::parse(&f).expect("valid");
        assert_eq!(r.sources, vec![(SourceKind::Issue, 3), (SourceKind::Issue, 4), (SourceKind::Statement, 9)]);
        let e = RecommendationDraft::parse(&form(&[("title", ""), ("body", "short"), ("lang", "en"), ("ballots", "x")])).unwrap_err();
        assert_eq!(e.get("title"), Some("summary-title-required"));
        assert_eq!(e.get("body"), Some("recommendation-body-required"));
        assert_eq!(e.get("ballots"), Some("summary-sources-invalid"));
    }

    #[test]
    fn statuses_round_trip_and_only_forwarded_ones_are_public() {
        for s in Status::ALL {
            assert_eq!(Status::parse(s.as_str()), s);
        }
        assert!(Status::Forwarded.is_public() && Status::Superseded.is_public() && !Status::Approved.is_public());
        assert!(Status::Review.is_editable() && !Status::Forwarded.is_editable());
    }
}
