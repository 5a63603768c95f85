//! Questions of a questionnaire: their kind, limits and texts in each language. Choices are
//! numbered from 0 in the order typed, the same in every language (one label per line).

use std::collections::HashMap;

use super::{ballot::text_field, text::clean};
use crate::error::FieldErrors;

/// Prompt length, in characters.
pub const PROMPT_CHARS: std::ops::RangeInclusive<usize> = 3..=500;
/// Most choices a question may have.
pub const MAX_CHOICES: usize = 30;
/// A choice label's length, in characters.
pub const CHOICE_CHARS: usize = 200;
/// The longest free-text answer a question may allow.
pub const MAX_TEXT_CHARS: u64 = 5000;
/// The free-text limit when none is typed.
pub const DEFAULT_TEXT_CHARS: u64 = 1000;
/// The points of a scale.
pub const SCALE: std::ops::RangeInclusive<u8> = 1..=5;

/// A question form as typed: `kind`, `required`, limits, and `prompt_<lang>`,
/// `choices_<lang>` (one per line), `low_<lang>`, `high_<lang>` per language.
pub type QuestionForm = HashMap<String, String>;

/// How a question is answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    /// One choice.
    Single,
    /// Between a minimum and a maximum number of choices.
    Multiple,
    /// 1 to 5 with labelled ends.
    Scale,
    /// Choices put in order (some may be left unranked).
    Ranking,
    /// Free text up to a length.
    Text,
}

impl QuestionKind {
    /// Every kind, in display order.
    pub const ALL: [QuestionKind; 5] =
        [QuestionKind::Single, QuestionKind::Multiple, QuestionKind::Scale, QuestionKind::Ranking, QuestionKind::Text];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            QuestionKind::Single => "single",
            QuestionKind::Multiple => "multiple",
            QuestionKind::Scale => "scale",
            QuestionKind::Ranking => "ranking",
            QuestionKind::Text => "text",
        }
    }

    /// Parses a stored or submitted name.
    pub fn parse(s: &str) -> Result<Self, &'static str> {
        Self::ALL.into_iter().find(|k| k.as_str() == s.trim()).ok_or("question-kind-unknown")
    }

    /// Fluent message id of the kind's name.
    pub fn message_id(self) -> &'static str {
        match self {
            QuestionKind::Single => "question-kind-single",
            QuestionKind::Multiple => "question-kind-multiple",
            QuestionKind::Scale => "question-kind-scale",
            QuestionKind::Ranking => "question-kind-ranking",
            QuestionKind::Text => "question-kind-text",
        }
    }

    /// Whether answers pick among typed choices.
    pub fn has_choices(self) -> bool {
        matches!(self, QuestionKind::Single | QuestionKind::Multiple | QuestionKind::Ranking)
    }
}

/// A question in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuestionText {
    /// Language tag.
    pub lang: String,
    /// The question.
    pub prompt: String,
    /// Choice labels, in choice order.
    pub choices: Vec<String>,
    /// Scales: the label of 1.
    pub low: String,
    /// Scales: the label of 5.
    pub high: String,
}

/// A question as checked from its form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuestionDraft {
    /// How it is answered.
    pub kind: QuestionKind,
    /// Whether an answer is needed to submit.
    pub required: bool,
    /// Multiple choice: least choices (0: none needed beyond `required`).
    pub min_picks: u64,
    /// Multiple choice: most choices (0: no limit).
    pub max_picks: u64,
    /// Free text: the longest answer.
    pub max_chars: u64,
    /// Number of choices (the same in every language).
    pub choices: usize,
    /// The texts, one per language with a prompt.
    pub texts: Vec<QuestionText>,
}

fn field<'a>(form: &'a QuestionForm, name: &str) -> &'a str {
    form.get(name).map_or("", |v| v.trim())
}

fn number(form: &QuestionForm, name: &'static str, errors: &mut FieldErrors) -> u64 {
    match field(form, name) {
        "" => 0,
        raw => raw.parse::<u64>().ok().filter(|n| *n <= MAX_TEXT_CHARS).unwrap_or_else(|| {
            errors.add(name, "ballot-number-invalid");
            0
        }),
    }
}

fn labels(raw: &str) -> Vec<String> {
    raw.lines().map(|l| clean(l).replace('\n', " ")).filter(|l| !l.is_empty()).collect()
}

impl QuestionDraft {
    /// Checks a question form for a municipality with `languages`. One language is enough to
    /// save; opening checks that every language has the question.
    pub fn parse(form: &QuestionForm, languages: &[String]) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let kind = QuestionKind::parse(field(form, "kind")).unwrap_or_else(|e| {
            errors.add("kind", e);
            QuestionKind::Single
        });
        let min_picks = number(form, "min_picks", &mut errors);
        let max_picks = number(form, "max_picks", &mut errors);
        if max_picks > 0 && min_picks > max_picks {
            errors.add("max_picks", "ballot-max-below-min");
        }
        let max_chars = match number(form, "max_chars", &mut errors) {
            0 => DEFAULT_TEXT_CHARS,
            n => n,
        };
        let mut texts: Vec<QuestionText> = Vec::new();
        for lang in languages {
            let prompt = clean(field(form, &text_field("prompt", lang))).replace('\n', " ");
            let choices = if kind.has_choices() { labels(field(form, &text_field("choices", lang))) } else { Vec::new() };
            let (low, high) = if kind == QuestionKind::Scale {
                (clean(field(form, &text_field("low", lang))), clean(field(form, &text_field("high", lang))))
            } else {
                (String::new(), String::new())
            };
            if prompt.is_empty() && choices.is_empty() && low.is_empty() && high.is_empty() {
                continue;
            }
            let n = prompt.chars().count();
            if n < *PROMPT_CHARS.start() {
                errors.add(text_field("prompt", lang), "question-prompt-too-short");
            } else if n > *PROMPT_CHARS.end() {
                errors.add(text_field("prompt", lang), "question-prompt-too-long");
            }
            let choices_field = text_field("choices", lang);
            if kind.has_choices() && choices.len() < 2 {
                errors.add(choices_field, "question-choices-too-few");
            } else if choices.len() > MAX_CHOICES {
                errors.add(choices_field, "question-choices-too-many");
            } else if choices.iter().any(|c| c.chars().count() > CHOICE_CHARS) {
                errors.add(choices_field, "question-choice-too-long");
            } else if texts.first().is_some_and(|t| t.choices.len() != choices.len()) {
                // Choices are the same list in every language: a count that differs means a
                // line was forgotten or added in one of them.
                errors.add(choices_field, "question-choices-count-differ");
            }
            if kind == QuestionKind::Scale && (low.chars().count() > CHOICE_CHARS || high.chars().count() > CHOICE_CHARS) {
                errors.add(text_field("low", lang), "question-choice-too-long");
            }
            texts.push(QuestionText { lang: lang.clone(), prompt, choices, low, high });
        }
        if texts.is_empty() {
            let first = languages.first().map_or("en", String::as_str);
            errors.add(text_field("prompt", first), "question-prompt-required");
        }
        let choices = texts.first().map_or(0, |t| t.choices.len());
        if kind == QuestionKind::Multiple && choices > 0 && min_picks > choices as u64 {
            errors.add("min_picks", "ballot-open-picks-impossible");
        }
        let is_multiple = kind == QuestionKind::Multiple;
        errors.into_result(Self {
            kind,
            required: matches!(field(form, "required"), "on" | "1" | "true" | "yes"),
            min_picks: if is_multiple { min_picks } else { 0 },
            max_picks: if is_multiple { max_picks } else { 0 },
            max_chars: if kind == QuestionKind::Text { max_chars } else { 0 },
            choices,
            texts,
        })
    }
}

/// A stored question with its texts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Question {
    /// Row id.
    pub id: i64,
    /// Its place in the questionnaire, from 0.
    pub position: u32,
    /// How it is answered.
    pub kind: QuestionKind,
    /// Whether an answer is needed to submit.
    pub required: bool,
    /// Multiple choice: least choices.
    pub min_picks: u64,
    /// Multiple choice: most choices (0: no limit).
    pub max_picks: u64,
    /// Free text: the longest answer.
    pub max_chars: u64,
    /// Number of choices.
    pub choices: usize,
    /// Its texts, one per language.
    pub texts: Vec<QuestionText>,
}

impl Question {
    /// Its text in `lang`, else in `fallback`, else the first.
    pub fn text(&self, lang: &str, fallback: &str) -> Option<&QuestionText> {
        self.texts.iter().find(|t| t.lang == lang).or_else(|| self.texts.iter().find(|t| t.lang == fallback)).or_else(|| self.texts.first())
    }

    /// The number of cells its results have: choices, or the points of a scale.
    pub fn cells(&self) -> usize {
        match self.kind {
            QuestionKind::Scale => SCALE.len(),
            QuestionKind::Text => 0,
            _ => self.choices,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> QuestionForm {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn a_multiple_choice_question_in_two_languages_parses() {
        let f = form(&[
            ("kind", "multiple"),
            ("required", "on"),
            ("min_picks", "1"),
            ("max_picks", "2"),
            ("prompt_de", "Was brauchen Sie?"),
            ("choices_de", "Sprachkurse\n\nKinderbetreuung\r\nBeratung"),
            ("prompt_ar", "ماذا تحتاج؟"),
            ("choices_ar", "دورات لغة\nرعاية الأطفال\nاستشارة"),
        ]);
        let q = QuestionDraft::parse(&f, &["de".into(), "ar".into()]).unwrap();
        assert_eq!((q.kind, q.required, q.min_picks, q.max_picks, q.choices), (QuestionKind::Multiple, true, 1, 2, 3));
        assert_eq!(q.texts[0].choices, ["Sprachkurse", "Kinderbetreuung", "Beratung"]);
    }

    #[test]
    fn choices_must_match_across_languages_and_be_enough() {
        let f = form(&[
            ("kind", "single"),
            ("prompt_de", "Frage?"),
            ("choices_de", "a\nb\nc"),
            ("prompt_en", "Question?"),
            ("choices_en", "a\nb"),
        ]);
        let e = QuestionDraft::parse(&f, &["de".into(), "en".into()]).unwrap_err();
        assert_eq!(e.get("choices_en"), Some("question-choices-count-differ"));
        let f = form(&[("kind", "ranking"), ("prompt_en", "Rank these"), ("choices_en", "only one")]);
        assert_eq!(QuestionDraft::parse(&f, &["en".into()]).unwrap_err().get("choices_en"), Some("question-choices-too-few"));
    }

    #[test]
    fn scales_and_free_text_keep_only_what_applies() {
        let f = form(&[
            ("kind", "scale"),
            ("prompt_en", "How easy?"),
            ("low_en", "Very hard"),
            ("high_en", "Very easy"),
            ("choices_en", "x\ny"),
        ]);
        let q = QuestionDraft::parse(&f, &["en".into()]).unwrap();
        assert_eq!((q.choices, q.texts[0].low.as_str(), q.texts[0].high.as_str()), (0, "Very hard", "Very easy"));
        let f = form(&[("kind", "text"), ("prompt_en", "Anything else?")]);
        assert_eq!(QuestionDraft::parse(&f, &["en".into()]).unwrap().max_chars, DEFAULT_TEXT_CHARS);
        let f = form(&[("kind", "text"), ("prompt_en", "Anything else?"), ("max_chars", "99999")]);
        assert_eq!(QuestionDraft::parse(&f, &["en".into()]).unwrap_err().get("max_chars"), Some("ballot-number-invalid"));
        assert_eq!(
            QuestionDraft::parse(&form(&[("kind", "essay")]), &["en".into()]).unwrap_err().get("kind"),
            Some("question-kind-unknown")
        );
    }
}
