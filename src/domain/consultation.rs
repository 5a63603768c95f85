//! Consultations as the council types them: a questionnaire or a statement round, its times,
//! who may answer, the optional demographic questions, and the texts in each language.
//! Questions are in [`super::question`], answers in [`super::response`].

use std::collections::HashMap;

use super::ballot::{parse_datetime, texts_of};
use crate::error::FieldErrors;

pub use super::ballot::Status;

/// Title length, in characters.
pub const TITLE_CHARS: std::ops::RangeInclusive<usize> = 3..=200;
/// Introduction length, in characters.
pub const INTRO_CHARS: usize = 5000;
/// Most questions one questionnaire may have.
pub const MAX_QUESTIONS: usize = 100;

/// A settings form as typed: fixed fields plus `title_<lang>` and `intro_<lang>`.
pub type ConsultationForm = HashMap<String, String>;

/// What kind of consultation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Questions with choices, scales, rankings and free text.
    Questionnaire,
    /// Short statements that participants add and react to (agree / disagree / pass).
    Statements,
}

impl Kind {
    /// Both kinds, in display order.
    pub const ALL: [Kind; 2] = [Kind::Questionnaire, Kind::Statements];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Questionnaire => "questionnaire",
            Kind::Statements => "statements",
        }
    }

    /// Parses a stored or submitted name.
    pub fn parse(s: &str) -> Result<Self, &'static str> {
        Self::ALL.into_iter().find(|k| k.as_str() == s.trim()).ok_or("consultation-kind-unknown")
    }

    /// Fluent message id of the kind's name.
    pub fn message_id(self) -> &'static str {
        match self {
            Kind::Questionnaire => "consultation-kind-questionnaire",
            Kind::Statements => "consultation-kind-statements",
        }
    }
}

/// The optional demographic questions: a fixed set, always skippable. Never nationality,
/// residence status or anything else that could identify someone or endanger them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Demographic {
    /// Age band.
    Age,
    /// Gender, with a self-description.
    Gender,
    /// Time in the country.
    Time,
    /// Main language.
    Language,
}

/// Answers of the main-language question besides the shipped languages.
const LANGUAGE_VALUES: [&str; 15] = ["ar", "fa", "uk", "ru", "tr", "so", "ti", "fr", "en", "de", "nl", "es", "pl", "el", "other"];

impl Demographic {
    /// Every demographic question, in the order a questionnaire asks them.
    pub const ALL: [Demographic; 4] = [Demographic::Age, Demographic::Gender, Demographic::Time, Demographic::Language];

    /// The stored name (also the form field after `d_`).
    pub fn as_str(self) -> &'static str {
        match self {
            Demographic::Age => "age",
            Demographic::Gender => "gender",
            Demographic::Time => "time",
            Demographic::Language => "language",
        }
    }

    /// Parses a stored name.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|d| d.as_str() == s.trim())
    }

    /// The answers one may give, as stored (Fluent id `demographic-<name>-<value>`, except
    /// languages, which are named by their own names).
    pub fn values(self) -> &'static [&'static str] {
        match self {
            Demographic::Age => &["under-18", "18-25", "26-35", "36-50", "51-65", "over-65"],
            Demographic::Gender => &["woman", "man", "non-binary", "self"],
            Demographic::Time => &["under-1", "1-3", "3-5", "5-10", "over-10"],
            Demographic::Language => &LANGUAGE_VALUES,
        }
    }

    /// Fluent message id of the question.
    pub fn message_id(self) -> &'static str {
        match self {
            Demographic::Age => "demographic-age",
            Demographic::Gender => "demographic-gender",
            Demographic::Time => "demographic-time",
            Demographic::Language => "demographic-language",
        }
    }

    /// Reads a stored comma-separated list, in the fixed order, ignoring unknown names.
    pub fn parse_list(s: &str) -> Vec<Demographic> {
        Self::ALL.into_iter().filter(|d| s.split(',').any(|p| p.trim() == d.as_str())).collect()
    }

    /// Writes a list for storage.
    pub fn format_list(list: &[Demographic]) -> String {
        list.iter().map(|d| d.as_str()).collect::<Vec<_>>().join(",")
    }
}

/// A consultation's settings, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConsultationSettings {
    /// Questionnaire or statement round.
    pub kind: Kind,
    /// Opening time, epoch seconds (UTC).
    pub opens_at: i64,
    /// Closing time, after the opening.
    pub closes_at: i64,
    /// Only residents verified by an association may answer.
    pub verified_only: bool,
    /// The demographic questions asked (questionnaires).
    pub demographics: Vec<Demographic>,
    /// Statement rounds: participants may add statements.
    pub open_statements: bool,
    /// `(language, title, introduction)` for each language with a title.
    pub texts: Vec<(String, String, String)>,
}

fn field<'a>(form: &'a ConsultationForm, name: &str) -> &'a str {
    form.get(name).map_or("", |v| v.trim())
}

fn checked(form: &ConsultationForm, name: &str) -> bool {
    matches!(field(form, name), "on" | "1" | "true" | "yes")
}

impl ConsultationSettings {
    /// Checks a typed form for a municipality with `languages`. One title is enough to save a
    /// draft; opening checks that every language is there. The kind is fixed once created:
    /// `kind` is the stored one when editing.
    pub fn parse(form: &ConsultationForm, languages: &[String], kind: Option<Kind>) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let kind = kind.unwrap_or_else(|| {
            Kind::parse(field(form, "kind")).unwrap_or_else(|e| {
                errors.add("kind", e);
                Kind::Questionnaire
            })
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
        let demographics = Demographic::ALL.into_iter().filter(|d| checked(form, &format!("ask_{}", d.as_str()))).collect();
        let texts = texts_of(form, languages, "intro", &mut errors);
        errors.into_result(Self {
            kind,
            opens_at,
            closes_at,
            verified_only: checked(form, "verified_only"),
            demographics,
            open_statements: kind == Kind::Statements && checked(form, "open_statements"),
            texts,
        })
    }
}

/// A stored consultation.
#[derive(Clone, Debug)]
pub struct Consultation {
    /// Row id.
    pub id: i64,
    /// Its municipality.
    pub municipality_id: i64,
    /// Questionnaire or statement round.
    pub kind: Kind,
    /// Where it is in its life.
    pub status: Status,
    /// Opening time (epoch seconds).
    pub opens_at: i64,
    /// Closing time (epoch seconds).
    pub closes_at: i64,
    /// Verified residents only.
    pub verified_only: bool,
    /// The demographic questions asked.
    pub demographics: Vec<Demographic>,
    /// Participants may add statements.
    pub open_statements: bool,
    /// When it closed.
    pub closed_at: Option<i64>,
    /// When its results were published.
    pub published_at: Option<i64>,
    /// Respondents (set when it closes).
    pub respondents: i64,
    /// Counted results or the latest analysis, as JSON.
    pub results: Option<String>,
    /// When the statement analysis last ran.
    pub analysed_at: Option<i64>,
}

impl Consultation {
    /// Whether it takes answers at `now`.
    pub fn takes_answers(&self, now: i64) -> bool {
        self.status == Status::Open && self.opens_at <= now && now < self.closes_at
    }
}

/// A consultation's title and introduction in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConsultationText {
    /// Language tag.
    pub lang: String,
    /// Title (for a statement round: the question put to participants).
    pub title: String,
    /// Introduction.
    pub intro: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> ConsultationForm {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn a_settings_form_parses_with_the_demographics_ticked() {
        let f = form(&[
            ("kind", "questionnaire"),
            ("opens_at", "2026-12-01T09:00"),
            ("closes_at", "2026-12-15T18:00"),
            ("title_de", "Integrationsplan"),
            ("intro_ar", "مقدمة"),
            ("title_ar", "خطة الاندماج"),
            ("ask_age", "on"),
            ("ask_language", "on"),
            ("verified_only", "on"),
        ]);
        let s = ConsultationSettings::parse(&f, &["de".into(), "ar".into(), "en".into()], None).unwrap();
        assert_eq!(s.kind, Kind::Questionnaire);
        assert_eq!(s.demographics, [Demographic::Age, Demographic::Language]);
        assert!(s.verified_only && !s.open_statements);
        assert_eq!(s.texts.len(), 2);
    }

    #[test]
    fn each_bad_field_gets_its_own_message_and_the_kind_stays_once_created() {
        let f = form(&[("kind", "poll"), ("opens_at", "soon"), ("closes_at", "2026-12-15T18:00"), ("title_en", "ab")]);
        let e = ConsultationSettings::parse(&f, &["en".into()], None).unwrap_err();
        assert_eq!(e.get("kind"), Some("consultation-kind-unknown"));
        assert_eq!(e.get("opens_at"), Some("ballot-time-invalid"));
        assert_eq!(e.get("title_en"), Some("ballot-title-too-short"));
        let f = form(&[("kind", "poll"), ("opens_at", "2026-12-01T09:00"), ("closes_at", "2026-12-15T18:00"), ("title_en", "Round")]);
        let s = ConsultationSettings::parse(&f, &["en".into()], Some(Kind::Statements)).unwrap();
        assert_eq!(s.kind, Kind::Statements);
    }

    #[test]
    fn demographic_lists_round_trip_in_the_fixed_order() {
        let list = Demographic::parse_list("language, age,nationality,");
        assert_eq!(list, [Demographic::Age, Demographic::Language]);
        assert_eq!(Demographic::format_list(&list), "age,language");
        assert!(Demographic::ALL.iter().all(|d| !d.values().is_empty()));
    }
}
