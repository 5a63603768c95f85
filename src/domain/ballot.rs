//! Priority votes as typed by the council: the method, its settings, the opening and closing
//! times and the texts in each language.

use std::collections::HashMap;

pub use super::ballot_option::{OPTION_CHARS, OptionDraft, OptionForm};
use super::issue::clean;
use crate::error::FieldErrors;

/// Title length, in characters.
pub const TITLE_CHARS: std::ops::RangeInclusive<usize> = 3..=200;
/// Description length, in characters.
pub const DESCRIPTION_CHARS: usize = 5000;
/// Most options one ballot may have (a pabulib file's projects included).
pub const MAX_OPTIONS: usize = 200;
/// The most points a points ballot may give out.
pub const MAX_POINTS: u64 = 1_000_000;
/// The largest number a form field takes (points, budgets, costs): well inside `i64`.
pub const MAX_NUMBER: u64 = 1_000_000_000_000;

/// How residents vote.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    /// Pick between a minimum and a maximum number of options.
    Approval,
    /// Rank options (some equal, some unranked): Schulze, with instant run-off beside it.
    Ranked,
    /// Spread N points, at most K per option.
    Points,
    /// Approve costed projects within a budget: greedy and Method of Equal Shares.
    Budget,
}

impl Method {
    /// Every method, in display order.
    pub const ALL: [Method; 4] = [Method::Approval, Method::Ranked, Method::Points, Method::Budget];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Approval => "approval",
            Method::Ranked => "ranked",
            Method::Points => "points",
            Method::Budget => "budget",
        }
    }

    /// Parses a stored or submitted name.
    pub fn parse(s: &str) -> Result<Self, &'static str> {
        Self::ALL.into_iter().find(|m| m.as_str() == s.trim()).ok_or("ballot-method-unknown")
    }

    /// Fluent message id of the method's name.
    pub fn message_id(self) -> &'static str {
        match self {
            Method::Approval => "ballot-method-approval",
            Method::Ranked => "ballot-method-ranked",
            Method::Points => "ballot-method-points",
            Method::Budget => "ballot-method-budget",
        }
    }
}

/// Where a ballot is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Being prepared; may change.
    Draft,
    /// Open for votes between its opening and closing times; options and method are fixed.
    Open,
    /// Counted; the council has not published the results yet.
    Closed,
    /// Results, papers and explanation are public.
    Published,
}

impl Status {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Open => "open",
            Status::Closed => "closed",
            Status::Published => "published",
        }
    }

    /// Parses a stored name (unknown names read as draft, which nobody can vote in).
    pub fn parse(s: &str) -> Self {
        match s {
            "open" => Status::Open,
            "closed" => Status::Closed,
            "published" => Status::Published,
            _ => Status::Draft,
        }
    }

    /// Fluent message id of the status.
    pub fn message_id(self) -> &'static str {
        match self {
            Status::Draft => "ballot-status-draft",
            Status::Open => "ballot-status-open",
            Status::Closed => "ballot-status-closed",
            Status::Published => "ballot-status-published",
        }
    }
}

/// Which budget rule decides a budget ballot (chosen before it opens).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub enum BindingRule {
    /// Most votes first, skipping what no longer fits.
    Greedy,
    /// The Method of Equal Shares with add1 completion.
    EqualShares,
}

impl BindingRule {
    /// The stored name (also `chorus tally`'s rule name).
    pub fn as_str(self) -> &'static str {
        match self {
            BindingRule::Greedy => "greedy",
            BindingRule::EqualShares => "equal-shares",
        }
    }
    /// Parses a stored or submitted name.
    pub fn parse(s: &str) -> Result<Self, &'static str> {
        match s.trim() {
            "greedy" => Ok(BindingRule::Greedy),
            "equal-shares" | "" => Ok(BindingRule::EqualShares),
            _ => Err("ballot-binding-unknown"),
        }
    }
}

/// A ballot's settings form as typed: fixed fields plus `title_<lang>` and
/// `description_<lang>` for each of the municipality's languages.
pub type BallotForm = HashMap<String, String>;

/// The settings of a ballot, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BallotSettings {
    /// How residents vote.
    pub method: Method,
    /// Opening time, epoch seconds (UTC).
    pub opens_at: i64,
    /// Closing time, epoch seconds (UTC), after the opening.
    pub closes_at: i64,
    /// Approval and budget: least number of picks.
    pub min_picks: u64,
    /// Approval and budget: most picks (0: no limit).
    pub max_picks: u64,
    /// Points: points each voter spreads.
    pub points_total: u64,
    /// Points: most points on one option.
    pub points_per_option: u64,
    /// Budget: the budget limit.
    pub budget: u64,
    /// Budget: whether a voter's picks must fit in the budget.
    pub within_budget: bool,
    /// Budget: the rule that decides.
    pub binding_rule: BindingRule,
    /// Ranked: Schulze link strength by winning votes instead of margins.
    pub winning_votes: bool,
    /// Only residents verified by an association may vote.
    pub verified_only: bool,
    /// Voters may replace their paper until closing (with their receipt).
    pub allow_recast: bool,
    /// `(language, title, description)` for each language with a title.
    pub texts: Vec<(String, String, String)>,
}

/// Form field of a per-language text.
pub fn text_field(kind: &str, lang: &str) -> String {
    format!("{kind}_{lang}")
}

pub(super) fn field<'a>(form: &'a BallotForm, name: &str) -> &'a str {
    form.get(name).map_or("", |v| v.trim())
}

pub(super) fn number(form: &BallotForm, name: &'static str, errors: &mut FieldErrors) -> u64 {
    match field(form, name) {
        "" => 0,
        raw => match raw.parse::<u64>() {
            Ok(n) if n <= MAX_NUMBER => n,
            _ => {
                errors.add(name, "ballot-number-invalid");
                0
            }
        },
    }
}

fn checked(form: &BallotForm, name: &str) -> bool {
    matches!(field(form, name), "on" | "1" | "true" | "yes")
}

/// The per-language texts of a settings form — `title_<lang>` and `<body>_<lang>` (a
/// description or an introduction) — checked: a language left empty is skipped, at least one
/// title is needed. Ballots and consultations share it.
pub fn texts_of(form: &BallotForm, languages: &[String], body: &str, errors: &mut FieldErrors) -> Vec<(String, String, String)> {
    let mut texts = Vec::new();
    for lang in languages {
        let title = clean(field(form, &text_field("title", lang)));
        let text = clean(field(form, &text_field(body, lang)));
        if title.is_empty() && text.is_empty() {
            continue;
        }
        let n = title.chars().count();
        if n < *TITLE_CHARS.start() {
            errors.add(text_field("title", lang), "ballot-title-too-short");
        } else if n > *TITLE_CHARS.end() {
            errors.add(text_field("title", lang), "ballot-title-too-long");
        }
        if text.chars().count() > DESCRIPTION_CHARS {
            errors.add(text_field(body, lang), "ballot-description-too-long");
        }
        texts.push((lang.clone(), title, text));
    }
    if texts.is_empty() {
        let first = languages.first().map_or("en", String::as_str);
        errors.add(text_field("title", first), "ballot-title-required");
    }
    texts
}

/// Parses `YYYY-MM-DDTHH:MM` (an HTML `datetime-local` value, read as UTC) to epoch seconds.
pub fn parse_datetime(raw: &str) -> Option<i64> {
    let raw = raw.trim();
    let (date, time) = raw.split_once(['T', ' '])?;
    let mut d = date.splitn(3, '-').map(|p| p.parse::<i64>().ok());
    let (y, mo, da) = (d.next()??, d.next()??, d.next()??);
    let mut t = time.splitn(3, ':').map(|p| p.parse::<i64>().ok());
    let (h, mi) = (t.next()??, t.next()??);
    if !(2000..=2200).contains(&y) || !(1..=12).contains(&mo) || !(0..=23).contains(&h) || !(0..=59).contains(&mi) {
        return None;
    }
    let month = time::Month::try_from(mo as u8).ok()?;
    let date = time::Date::from_calendar_date(y as i32, month, da as u8).ok()?;
    let dt = date.with_hms(h as u8, mi as u8, 0).ok()?.assume_utc();
    Some(dt.unix_timestamp())
}

/// Formats epoch seconds as a `datetime-local` value (UTC).
pub fn format_datetime(epoch: i64) -> String {
    match time::OffsetDateTime::from_unix_timestamp(epoch) {
        Ok(t) => format!("{:04}-{:02}-{:02}T{:02}:{:02}", t.year(), t.month() as u8, t.day(), t.hour(), t.minute()),
        Err(_) => String::new(),
    }
}

impl BallotSettings {
    /// Checks a typed settings form for a municipality with `languages`. At least one title is
    /// needed to save a draft; the others may follow (opening checks that all are there).
    pub fn parse(form: &BallotForm, languages: &[String]) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let method = Method::parse(field(form, "method")).unwrap_or_else(|e| {
            errors.add("method", e);
            Method::Approval
        });
        let opens_at = parse_datetime(field(form, "opens_at")).unwrap_or_else(|| {
            errors.add("opens_at", "ballot-time-invalid");
            0
        });
        let closes_at = parse_datetime(field(form, "closes_at")).unwrap_or_else(|| {
            errors.add("closes_at", "ballot-time-invalid");
            0
        });
        if opens_at > 0 && closes_at > 0 && closes_at <= opens_at {
            errors.add("closes_at", "ballot-closes-before-opening");
        }
        let min_picks = number(form, "min_picks", &mut errors);
        let max_picks = number(form, "max_picks", &mut errors);
        if max_picks > 0 && min_picks > max_picks {
            errors.add("max_picks", "ballot-max-below-min");
        }
        // Dot voting counts in small numbers; this keeps every count far inside what the rules
        // take (`voting::rules::MAX_POINTS`).
        let points_total = number(form, "points_total", &mut errors);
        if points_total > MAX_POINTS {
            errors.add("points_total", "ballot-number-invalid");
        }
        let points_per_option = number(form, "points_per_option", &mut errors);
        let budget = number(form, "budget", &mut errors);
        match method {
            Method::Points if points_total == 0 => errors.add("points_total", "ballot-points-required"),
            Method::Points if points_per_option == 0 || points_per_option > points_total => {
                errors.add("points_per_option", "ballot-points-per-option-invalid")
            }
            _ => {}
        }
        let binding_rule = BindingRule::parse(field(form, "binding_rule")).unwrap_or_else(|e| {
            errors.add("binding_rule", e);
            BindingRule::EqualShares
        });
        let texts = texts_of(form, languages, "description", &mut errors);
        errors.into_result(Self {
            method,
            opens_at,
            closes_at,
            min_picks,
            max_picks,
            points_total,
            points_per_option,
            budget,
            within_budget: checked(form, "within_budget"),
            binding_rule,
            winning_votes: field(form, "ranked_strength") == "winning",
            verified_only: checked(form, "verified_only"),
            allow_recast: checked(form, "allow_recast"),
            texts,
        })
    }
}

/// A ballot: its settings and where it is in its life.
#[derive(Clone, Debug)]
pub struct Ballot {
    /// Row id.
    pub id: i64,
    /// Its municipality.
    pub municipality_id: i64,
    /// How residents vote.
    pub method: Method,
    /// Where it is in its life.
    pub status: Status,
    /// Opening time (epoch seconds).
    pub opens_at: i64,
    /// Closing time (epoch seconds).
    pub closes_at: i64,
    /// Least picks.
    pub min_picks: u64,
    /// Most picks (0: no limit).
    pub max_picks: u64,
    /// Points to spread.
    pub points_total: u64,
    /// Most points per option.
    pub points_per_option: u64,
    /// Budget limit.
    pub budget: u64,
    /// Whether picks must fit the budget.
    pub within_budget: bool,
    /// The binding budget rule.
    pub binding_rule: BindingRule,
    /// Schulze by winning votes instead of margins.
    pub winning_votes: bool,
    /// Verified residents only.
    pub verified_only: bool,
    /// Papers may be replaced until closing.
    pub allow_recast: bool,
    /// When it closed.
    pub closed_at: Option<i64>,
    /// When its results were published.
    pub published_at: Option<i64>,
    /// Number of voters (set when it closes).
    pub voters: i64,
    /// The counted results as JSON (set when it closes).
    pub results: Option<String>,
}

/// A ballot's title and description in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BallotText {
    /// Language tag.
    pub lang: String,
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
}

/// An option on a ballot, with its labels.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BallotOption {
    /// Row id.
    pub id: i64,
    /// Its place on the ballot, from 0 (the order that breaks ranked ties).
    pub position: u32,
    /// Its identifier in files (a pabulib project id, or its number).
    pub code: String,
    /// Its cost (budget ballots).
    pub cost: u64,
    /// The issue it stands for.
    pub issue_id: Option<i64>,
    /// `(language, label)`.
    pub titles: Vec<(String, String)>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> BallotForm {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn a_complete_settings_form_parses() {
        let f = form(&[
            ("method", "budget"),
            ("opens_at", "2026-12-01T09:00"),
            ("closes_at", "2026-12-15T18:00"),
            ("budget", "100000"),
            ("binding_rule", "greedy"),
            ("title_de", "Bürgerhaushalt"),
            ("title_ar", "الميزانية"),
            ("within_budget", "on"),
        ]);
        let s = BallotSettings::parse(&f, &["de".into(), "ar".into(), "en".into()]).unwrap();
        assert_eq!(s.method, Method::Budget);
        assert_eq!(s.binding_rule, BindingRule::Greedy);
        assert!(s.within_budget && !s.allow_recast);
        assert_eq!(s.texts.len(), 2);
        assert_eq!(s.closes_at - s.opens_at, 14 * 86400 + 9 * 3600);
    }

    #[test]
    fn each_bad_field_gets_its_own_message() {
        let f = form(&[("method", "lottery"), ("opens_at", "2026-13-01T09:00"), ("closes_at", "soon"), ("min_picks", "-1")]);
        let e = BallotSettings::parse(&f, &["de".into()]).unwrap_err();
        assert_eq!(e.get("method"), Some("ballot-method-unknown"));
        assert_eq!(e.get("opens_at"), Some("ballot-time-invalid"));
        assert_eq!(e.get("closes_at"), Some("ballot-time-invalid"));
        assert_eq!(e.get("min_picks"), Some("ballot-number-invalid"));
        assert_eq!(e.get("title_de"), Some("ballot-title-required"));
    }

    #[test]
    fn closing_must_follow_opening_and_points_must_fit() {
        let f = form(&[
            ("method", "points"),
            ("opens_at", "2026-12-02T09:00"),
            ("closes_at", "2026-12-01T09:00"),
            ("points_total", "5"),
            ("points_per_option", "9"),
            ("title_en", "Dots"),
        ]);
        let e = BallotSettings::parse(&f, &["en".into()]).unwrap_err();
        assert_eq!(e.get("closes_at"), Some("ballot-closes-before-opening"));
        assert_eq!(e.get("points_per_option"), Some("ballot-points-per-option-invalid"));
    }

    #[test]
    fn datetimes_round_trip_and_nonsense_is_refused() {
        let t = parse_datetime("2026-12-01T09:30").unwrap();
        assert_eq!(format_datetime(t), "2026-12-01T09:30");
        for bad in ["", "2026-02-30T10:00", "2026-12-01", "99999-01-01T00:00", "2026-12-01T24:00", "٢٠٢٦-١٢-٠١T09:00"] {
            assert_eq!(parse_datetime(bad), None, "{bad:?}");
        }
    }
}
