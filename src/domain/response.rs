//! A respondent's answers to a questionnaire, read from the submitted form: `q<id>` per
//! question (repeated for multiple choice), `q<id>_<choice>` = rank for rankings, and `d_<name>`
//! for the optional demographic questions. Answers are stored as they are checked here:
//! choice numbers (comma-separated, in rank order for a ranking), a scale point, or a text.

use super::{
    consultation::Demographic,
    question::{Question, QuestionKind, SCALE},
    text::clean,
};
use crate::error::FieldErrors;

/// The longest self-description of gender, in characters.
pub const GENDER_SELF_CHARS: usize = 100;

/// What the respondent asked for with the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Intent {
    /// Keep the answers so far, to resume later: required answers may be missing.
    Save,
    /// Hand the answers in: every required question must be answered.
    Submit,
}

/// One question's answer as stored.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Answer {
    /// The question.
    pub question_id: i64,
    /// Choice numbers, comma-separated, or a scale point (empty for free text).
    pub choice: String,
    /// A free-text answer (empty otherwise).
    pub body: String,
}

/// The optional demographic answers ('' = not given).
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Demographics {
    /// Age band.
    pub age: String,
    /// Gender (`self` when self-described).
    pub gender: String,
    /// The self-description, when `gender` is `self`.
    pub gender_self: String,
    /// Time in the country.
    pub time: String,
    /// Main language.
    pub language: String,
}

impl Demographics {
    /// The answer to one demographic question.
    pub fn get(&self, d: Demographic) -> &str {
        match d {
            Demographic::Age => &self.age,
            Demographic::Gender => &self.gender,
            Demographic::Time => &self.time,
            Demographic::Language => &self.language,
        }
    }
}

/// A checked form: the answers given (unanswered questions are left out).
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Answers {
    /// One per answered question, in questionnaire order.
    pub answers: Vec<Answer>,
    /// The demographic answers.
    pub demographics: Demographics,
}

fn values<'a>(pairs: &'a [(String, String)], name: &str) -> impl Iterator<Item = &'a str> {
    pairs.iter().filter(move |(k, _)| k == name).map(|(_, v)| v.trim()).filter(|v| !v.is_empty())
}

fn first<'a>(pairs: &'a [(String, String)], name: &str) -> &'a str {
    values(pairs, name).next().unwrap_or("")
}

/// The form field of question `id`.
pub fn field_of(id: i64) -> String {
    format!("q{id}")
}

/// The form field of a ranking's choice `c`.
pub fn rank_field(id: i64, c: usize) -> String {
    format!("q{id}_{c}")
}

/// Reads one question's answer; `Ok(None)` when it was left empty.
fn answer(q: &Question, pairs: &[(String, String)]) -> Result<Option<Answer>, &'static str> {
    let name = field_of(q.id);
    let picks = |raw: Vec<&str>| -> Result<Vec<usize>, &'static str> {
        let mut out = Vec::new();
        for r in raw {
            let c = r.parse::<usize>().ok().filter(|c| *c < q.choices).ok_or("response-invalid")?;
            if !out.contains(&c) {
                out.push(c);
            }
        }
        Ok(out)
    };
    let join = |v: &[usize]| v.iter().map(usize::to_string).collect::<Vec<_>>().join(",");
    let made = |choice: String, body: String| Some(Answer { question_id: q.id, choice, body });
    Ok(match q.kind {
        QuestionKind::Single => {
            let p = picks(values(pairs, &name).take(2).collect())?;
            match p.as_slice() {
                [] => None,
                [c] => made(c.to_string(), String::new()),
                _ => return Err("response-invalid"),
            }
        }
        QuestionKind::Multiple => {
            let mut p = picks(values(pairs, &name).take(q.choices + 1).collect())?;
            p.sort_unstable();
            if p.is_empty() {
                None
            } else if (p.len() as u64) < q.min_picks {
                return Err("response-too-few-choices");
            } else if q.max_picks > 0 && p.len() as u64 > q.max_picks {
                return Err("response-too-many-choices");
            } else {
                made(join(&p), String::new())
            }
        }
        QuestionKind::Scale => match first(pairs, &name) {
            "" => None,
            raw => {
                let v = raw.parse::<u8>().ok().filter(|v| SCALE.contains(v)).ok_or("response-invalid")?;
                made(v.to_string(), String::new())
            }
        },
        QuestionKind::Ranking => {
            let mut ranked: Vec<(usize, usize)> = Vec::new();
            for c in 0..q.choices {
                match first(pairs, &rank_field(q.id, c)) {
                    "" => {}
                    raw => {
                        let r = raw.parse::<usize>().ok().filter(|r| (1..=q.choices).contains(r)).ok_or("response-invalid")?;
                        if ranked.iter().any(|(rank, _)| *rank == r) {
                            return Err("response-ranks-repeat");
                        }
                        ranked.push((r, c));
                    }
                }
            }
            ranked.sort_unstable();
            let order: Vec<usize> = ranked.into_iter().map(|(_, c)| c).collect();
            if order.is_empty() { None } else { made(join(&order), String::new()) }
        }
        QuestionKind::Text => {
            let body = clean(first(pairs, &name));
            if body.is_empty() {
                None
            } else if body.chars().count() as u64 > q.max_chars {
                return Err("response-too-long");
            } else {
                made(String::new(), body)
            }
        }
    })
}

fn demographics(asked: &[Demographic], pairs: &[(String, String)], errors: &mut FieldErrors) -> Demographics {
    let mut d = Demographics::default();
    for &q in asked {
        let name = format!("d_{}", q.as_str());
        let v = first(pairs, &name);
        if v.is_empty() {
            continue;
        }
        if !q.values().contains(&v) {
            errors.add(name, "response-invalid");
            continue;
        }
        match q {
            Demographic::Age => d.age = v.into(),
            Demographic::Gender => d.gender = v.into(),
            Demographic::Time => d.time = v.into(),
            Demographic::Language => d.language = v.into(),
        }
    }
    if d.gender == "self" {
        let own = clean(first(pairs, "d_gender_self")).replace('\n', " ");
        if own.chars().count() > GENDER_SELF_CHARS {
            errors.add("d_gender_self", "response-too-long");
        }
        d.gender_self = own;
    }
    d
}

/// Checks a submitted questionnaire. Errors are per field (`q<id>`, `d_<name>`); with
/// [`Intent::Submit`] a required question left empty is one (`answer-required`).
pub fn parse(questions: &[Question], asked: &[Demographic], pairs: &[(String, String)], intent: Intent) -> Result<Answers, FieldErrors> {
    let mut errors = FieldErrors::new();
    let mut answers = Vec::new();
    for q in questions {
        match answer(q, pairs) {
            Ok(Some(a)) => answers.push(a),
            Ok(None) if q.required && intent == Intent::Submit => errors.add(field_of(q.id), "response-required"),
            Ok(None) => {}
            Err(e) => errors.add(field_of(q.id), e),
        }
    }
    let demographics = demographics(asked, pairs, &mut errors);
    errors.into_result(Answers { answers, demographics })
}

/// The form pairs that show stored answers again (to resume or change them).
pub fn to_pairs(questions: &[Question], answers: &Answers) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for a in &answers.answers {
        let Some(q) = questions.iter().find(|q| q.id == a.question_id) else { continue };
        match q.kind {
            QuestionKind::Text => out.push((field_of(q.id), a.body.clone())),
            QuestionKind::Ranking => {
                for (rank, c) in a.choice.split(',').filter_map(|c| c.parse::<usize>().ok()).enumerate() {
                    out.push((rank_field(q.id, c), (rank + 1).to_string()));
                }
            }
            _ => out.extend(a.choice.split(',').filter(|c| !c.is_empty()).map(|c| (field_of(q.id), c.to_string()))),
        }
    }
    let d = &answers.demographics;
    for (name, v) in
        [("d_age", &d.age), ("d_gender", &d.gender), ("d_gender_self", &d.gender_self), ("d_time", &d.time), ("d_language", &d.language)]
    {
        if !v.is_empty() {
            out.push((name.to_string(), v.clone()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::question::QuestionText;

    fn q(id: i64, kind: QuestionKind, required: bool, choices: usize) -> Question {
        let text = QuestionText { lang: "en".into(), prompt: "?".into(), choices: vec![], low: String::new(), high: String::new() };
        Question { id, position: id as u32, kind, required, min_picks: 1, max_picks: 2, max_chars: 10, choices, texts: vec![text] }
    }

    fn pairs(p: &[(&str, &str)]) -> Vec<(String, String)> {
        p.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    fn questions() -> Vec<Question> {
        vec![
            q(1, QuestionKind::Single, true, 3),
            q(2, QuestionKind::Multiple, false, 4),
            q(3, QuestionKind::Scale, true, 0),
            q(4, QuestionKind::Ranking, false, 3),
            q(5, QuestionKind::Text, false, 0),
        ]
    }

    #[test]
    fn a_full_answer_is_read_and_shown_again_the_same() {
        let form = pairs(&[
            ("q1", "2"),
            ("q2", "3"),
            ("q2", "0"),
            ("q3", "4"),
            ("q4_2", "1"),
            ("q4_0", "2"),
            ("q5", " hello "),
            ("d_age", "26-35"),
            ("d_gender", "self"),
            ("d_gender_self", "agender"),
        ]);
        let asked = [Demographic::Age, Demographic::Gender];
        let a = parse(&questions(), &asked, &form, Intent::Submit).unwrap();
        let choices: Vec<&str> = a.answers.iter().map(|a| a.choice.as_str()).collect();
        assert_eq!(choices, ["2", "0,3", "4", "2,0", ""]);
        assert_eq!(a.answers[4].body, "hello");
        assert_eq!((a.demographics.gender.as_str(), a.demographics.gender_self.as_str()), ("self", "agender"));
        let again = parse(&questions(), &asked, &to_pairs(&questions(), &a), Intent::Submit).unwrap();
        assert_eq!(again, a);
    }

    #[test]
    fn submitting_without_a_required_answer_names_each_missing_question_but_saving_does_not() {
        let form = pairs(&[("q2", "1")]);
        let e = parse(&questions(), &[], &form, Intent::Submit).unwrap_err();
        assert_eq!((e.get("q1"), e.get("q3"), e.get("q2")), (Some("response-required"), Some("response-required"), None));
        assert_eq!(parse(&questions(), &[], &form, Intent::Save).unwrap().answers.len(), 1);
    }

    #[test]
    fn out_of_range_repeated_or_too_long_answers_are_refused() {
        let cases = [
            (vec![("q1", "3")], "q1", "response-invalid"),
            (vec![("q1", "0"), ("q1", "1")], "q1", "response-invalid"),
            (vec![("q2", "0"), ("q2", "1"), ("q2", "2")], "q2", "response-too-many-choices"),
            (vec![("q3", "6")], "q3", "response-invalid"),
            (vec![("q4_0", "1"), ("q4_1", "1")], "q4", "response-ranks-repeat"),
            (vec![("q5", "far too long for ten")], "q5", "response-too-long"),
            (vec![("d_age", "nationality")], "d_age", "response-invalid"),
        ];
        for (form, field, message) in cases {
            let e = parse(&questions(), &[Demographic::Age], &pairs(&form), Intent::Save).unwrap_err();
            assert_eq!(e.get(field), Some(message), "{form:?}");
        }
    }

    #[test]
    fn demographic_questions_not_asked_are_ignored() {
        let form = pairs(&[("q1", "0"), ("q3", "1"), ("d_age", "18-25")]);
        assert_eq!(parse(&questions(), &[], &form, Intent::Submit).unwrap().demographics, Demographics::default());
    }
}
