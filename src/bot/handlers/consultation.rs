//! Consultations in the bot: the open ones of the chat's municipality, and a questionnaire
//! answered one question at a time with buttons — then the optional demographic questions,
//! then handing in. The answers are kept as the portal's answer form posts them (`q<id>`,
//! `q<id>_<choice>`, `d_<name>`) and go through the same
//! `services::consultations::answer::respond`, so what is required, allowed or too long is
//! decided in one place. Statement rounds are in [`super::statements`].

use super::Turn;
use crate::{
    bot::{
        dialogue::State,
        reply::{Button, Keyboard, rows},
    },
    db::{self, municipalities::Municipality},
    domain::{
        consultation::{Demographic, Status},
        content_language::ContentLanguage,
        question::{Question, QuestionKind, SCALE},
        response::{self, Intent, field_of, rank_field},
    },
    error::{AppError, Result},
    services::{self, consultations::answer::Answering},
};

/// The answers so far, as form pairs.
type Form = Vec<(String, String)>;

/// One screen of a questionnaire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    /// A question, by its place in the questionnaire.
    Question(usize),
    /// An optional question about the respondent.
    Demographic(Demographic),
    /// The self-description after "I describe myself".
    GenderSelf,
    /// Handing in.
    HandIn,
}

/// The screens, in order: questions, the demographic questions asked, handing in.
fn steps(a: &Answering, form: &Form) -> Vec<Step> {
    let mut out: Vec<Step> = (0..a.view.questions.len()).map(Step::Question).collect();
    for &d in &a.view.consultation.demographics {
        out.push(Step::Demographic(d));
        if d == Demographic::Gender && value(form, "d_gender") == Some("self") {
            out.push(Step::GenderSelf);
        }
    }
    out.push(Step::HandIn);
    out
}

/// The form field a screen answers (where the service reports a problem).
fn field(a: &Answering, step: Step) -> String {
    match step {
        Step::Question(i) => field_of(a.view.questions[i].id),
        Step::Demographic(d) => format!("d_{}", d.as_str()),
        Step::GenderSelf => "d_gender_self".into(),
        Step::HandIn => String::new(),
    }
}

fn value<'a>(form: &'a Form, name: &str) -> Option<&'a str> {
    form.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
}

fn has(form: &Form, name: &str, v: &str) -> bool {
    form.iter().any(|(k, x)| k == name && x == v)
}

fn set(form: &mut Form, name: &str, v: &str) {
    form.retain(|(k, _)| k != name);
    form.push((name.to_string(), v.to_string()));
}

/// Removes a question's answer (every pair of a ranking too).
fn clear(form: &mut Form, q: &Question) {
    let (name, ranks) = (field_of(q.id), format!("q{}_", q.id));
    form.retain(|(k, _)| *k != name && !k.starts_with(&ranks));
}

/// Whether a screen has an answer in `form` (resuming starts at the first that has none).
fn answered(a: &Answering, form: &Form, step: Step) -> bool {
    match step {
        Step::Question(i) => {
            let q = &a.view.questions[i];
            let ranks = format!("q{}_", q.id);
            form.iter().any(|(k, _)| *k == field_of(q.id) || k.starts_with(&ranks))
        }
        Step::Demographic(_) => value(form, &field(a, step)).is_some(),
        Step::GenderSelf => true,
        Step::HandIn => false,
    }
}

/// The problem with one question's answer, by the domain's own check.
fn problem(q: &Question, form: &Form) -> Option<&'static str> {
    response::parse(std::slice::from_ref(q), &[], form, Intent::Save).err().and_then(|e| e.get(&field_of(q.id)))
}

/// `/consultations` and the menu's button: the open consultations of the chat's municipality.
pub async fn list(t: &mut Turn, message_id: Option<i32>) -> Result<()> {
    let Some(m) = super::issue::municipality(t).await? else { return super::start::ask_municipality(t).await };
    let now = db::now();
    let listed = services::consultations::list(&t.state, false, &m, t.tr.lang()).await?;
    let tr = t.tr;
    let buttons: Vec<Button> = listed
        .iter()
        .filter(|l| l.consultation.takes_answers(now))
        .map(|l| {
            let label = tr.t2("bot-consultations-item", "title", &l.title, "kind", tr.t(l.consultation.kind.message_id()));
            Button::data(label, format!("con:{}", l.consultation.id))
        })
        .collect();
    let intro = if buttons.is_empty() { "bot-consultations-none" } else { "bot-consultations-title" };
    t.replace(message_id, tr.t1(intro, "municipality", &m.name), rows(buttons, 1));
    Ok(())
}

/// Loads consultation `id` when it takes answers from this person; otherwise the portal's
/// reason (not open, or who may answer) as the error.
pub(super) async fn answering(t: &Turn, m: &Municipality, id: i64) -> Result<Answering> {
    let a = match services::consultations::answer::answering(&t.state, Some(&t.user), m, id, t.tr.lang()).await {
        Ok(a) => a,
        // Closed and not yet published: hidden on the portal, but a button from before says so.
        Err(AppError::NotFound) => match db::consultations::by_id(&t.state.db, m.id, id).await? {
            Some(c) if c.status != Status::Draft => return Err(AppError::Conflict("consultation-not-open")),
            _ => return Err(AppError::NotFound),
        },
        Err(e) => return Err(e),
    };
    if let Some(refusal) = a.refusal {
        return Err(AppError::Conflict(refusal));
    }
    if !a.view.consultation.takes_answers(db::now()) {
        return Err(AppError::Conflict("consultation-not-open"));
    }
    Ok(a)
}

/// A consultation's button: a questionnaire starts (or resumes where the saved answers end);
/// a statement round shows its first statement.
pub async fn open(t: &mut Turn, id: Option<i64>, message_id: Option<i32>) -> Result<()> {
    let Some(id) = id else { return super::expired(t) };
    let Some(m) = super::issue::municipality(t).await? else { return super::start::ask_municipality(t).await };
    let a = answering(t, &m, id).await?;
    let mut text = a.view.text.title.clone();
    if !a.view.text.intro.is_empty() {
        text.push_str("\n\n");
        text.push_str(&a.view.text.intro);
    }
    if a.view.is_statements() {
        t.replace(message_id, text, Vec::new());
        return super::statements::show(t, &a.view.consultation, None, None).await;
    }
    let form = a.own.as_ref().map(|o| response::to_pairs(&a.view.questions, &o.answers)).unwrap_or_default();
    let (note, at) = match &a.own {
        Some(o) if o.submitted_at.is_some() => ("bot-consultation-change", 0),
        Some(_) => ("bot-consultation-resume", steps(&a, &form).iter().position(|s| !answered(&a, &form, *s)).unwrap_or(0)),
        None => ("bot-consultation-start", 0),
    };
    text.push_str("\n\n");
    text.push_str(&t.tr.t(note));
    t.replace(message_id, text, Vec::new());
    ask(t, &m, &a, at, form, None, None);
    Ok(())
}

/// Shows screen `at` (with `problem` above it) and keeps the answers in the dialogue.
fn ask(t: &mut Turn, m: &Municipality, a: &Answering, at: usize, form: Form, message_id: Option<i32>, problem: Option<&str>) {
    let tr = t.tr;
    let id = a.view.consultation.id;
    let all = steps(a, &form);
    let at = at.min(all.len() - 1);
    let data = |v: &str| format!("a:{id}:{at}:{v}");
    let mark = |on: bool, label: &str| if on { format!("✓ {label}") } else { label.to_string() };
    let skip = || Button::data(tr.t("bot-consultation-skip"), data("skip"));
    let mut lines: Vec<String> = problem.map(|p| tr.t(p)).into_iter().collect();
    let mut keyboard: Keyboard = Vec::new();
    match all[at] {
        Step::Question(i) => {
            let q = &a.view.questions[i];
            let name = field_of(q.id);
            let Some(text) = q.text(tr.lang(), &m.default_language) else { return };
            lines.push(tr.t2("bot-consultation-question", "n", i + 1, "total", a.view.questions.len()));
            lines.push(text.prompt.clone());
            if q.required {
                lines.push(tr.t("bot-consultation-required"));
            }
            let choices = text.choices.iter().enumerate();
            match q.kind {
                QuestionKind::Single => {
                    lines.push(tr.t("bot-consultation-choose-one"));
                    let buttons = choices.map(|(c, l)| Button::data(mark(has(&form, &name, &c.to_string()), l), data(&c.to_string())));
                    keyboard = rows(buttons.collect(), 1);
                    keyboard.push(vec![skip()]);
                }
                QuestionKind::Multiple => {
                    lines.push(tr.t("bot-consultation-choose-many"));
                    if q.min_picks > 1 || q.max_picks > 0 {
                        lines.push(tr.t2("response-picks-hint", "min", q.min_picks, "max", q.max_picks));
                    }
                    let buttons = choices.map(|(c, l)| Button::data(mark(has(&form, &name, &c.to_string()), l), data(&c.to_string())));
                    keyboard = rows(buttons.collect(), 1);
                    keyboard.push(vec![Button::data(tr.t("bot-consultation-next"), data("next")), skip()]);
                }
                QuestionKind::Scale => {
                    lines.push(tr.t2("bot-consultation-scale", "low", &text.low, "high", &text.high));
                    let buttons =
                        SCALE.map(|p| Button::data(mark(has(&form, &name, &p.to_string()), &p.to_string()), data(&p.to_string())));
                    keyboard = vec![buttons.collect(), vec![skip()]];
                }
                QuestionKind::Ranking => {
                    lines.push(tr.t("bot-consultation-rank"));
                    let mut unranked = Vec::new();
                    let mut ranked: Vec<(usize, &String)> = Vec::new();
                    for (c, label) in choices {
                        match value(&form, &rank_field(q.id, c)).and_then(|r| r.parse::<usize>().ok()) {
                            Some(rank) => ranked.push((rank, label)),
                            None => unranked.push(Button::data(label.clone(), data(&c.to_string()))),
                        }
                    }
                    ranked.sort();
                    lines.extend(ranked.iter().map(|(rank, label)| tr.t2("bot-consultation-ranked", "rank", rank, "choice", label)));
                    keyboard = rows(unranked, 1);
                    keyboard.push(vec![
                        Button::data(tr.t("bot-consultation-next"), data("next")),
                        Button::data(tr.t("bot-consultation-rank-again"), data("reset")),
                    ]);
                }
                QuestionKind::Text => {
                    lines.push(tr.t1("bot-consultation-write", "max", q.max_chars));
                    if let Some(v) = value(&form, &name) {
                        lines.push(tr.t1("bot-consultation-your-answer", "answer", v));
                    }
                    keyboard.push(vec![skip()]);
                }
            }
        }
        Step::Demographic(d) => {
            if all.get(at.wrapping_sub(1)).is_none_or(|s| !matches!(s, Step::Demographic(_) | Step::GenderSelf)) {
                lines.push(tr.t("demographics-title"));
                lines.push(tr.t("demographics-explained"));
            }
            lines.push(tr.t(d.message_id()));
            let name = format!("d_{}", d.as_str());
            let label = |v: &str| {
                if d == Demographic::Language && v != "other" {
                    ContentLanguage::of(v).name().to_string()
                } else {
                    tr.t(&format!("demographic-{}-{v}", d.as_str()))
                }
            };
            let buttons = d.values().iter().map(|v| Button::data(mark(has(&form, &name, v), &label(v)), data(v))).collect();
            keyboard = rows(buttons, if d == Demographic::Language { 3 } else { 2 });
            keyboard.push(vec![skip()]);
        }
        Step::GenderSelf => {
            lines.push(tr.t("demographic-gender-self-describe"));
            lines.push(tr.t1("bot-consultation-write", "max", response::GENDER_SELF_CHARS));
            keyboard.push(vec![skip()]);
        }
        Step::HandIn => {
            lines.push(tr.t("bot-consultation-review"));
            keyboard.push(vec![Button::data(tr.t("response-submit"), data("submit"))]);
        }
    }
    keyboard.push(vec![Button::data(tr.t("response-save"), data("save"))]);
    t.step = State::Answering { consultation: id, at, form };
    t.replace(message_id, lines.join("\n\n"), keyboard);
}

/// What a button did to the screen's answer.
enum Move {
    /// Show the same screen again (a toggle, a rank), or its problem.
    Stay(Option<&'static str>),
    /// On to the next screen.
    Next,
}

/// A button of a question's screen.
fn question_button(q: &Question, form: &mut Form, v: &str) -> Option<Move> {
    let name = field_of(q.id);
    let choice = v.parse::<usize>().ok().filter(|c| *c < q.choices);
    let moved = match (q.kind, v) {
        (_, "skip") | (QuestionKind::Ranking, "reset") => {
            clear(form, q);
            if v == "skip" { Move::Next } else { Move::Stay(None) }
        }
        (QuestionKind::Multiple | QuestionKind::Ranking, "next") => Move::Next,
        (QuestionKind::Single, _) => {
            set(form, &name, &choice?.to_string());
            Move::Next
        }
        (QuestionKind::Scale, _) => {
            let point = v.parse::<u8>().ok().filter(|p| SCALE.contains(p))?;
            set(form, &name, &point.to_string());
            Move::Next
        }
        (QuestionKind::Multiple, _) => {
            let c = choice?.to_string();
            if has(form, &name, &c) {
                form.retain(|(k, x)| !(*k == name && *x == c));
            } else {
                form.push((name, c));
            }
            Move::Stay(None)
        }
        (QuestionKind::Ranking, _) => {
            let c = choice?;
            let ranks = format!("q{}_", q.id);
            let rank = form.iter().filter(|(k, _)| k.starts_with(&ranks)).count() + 1;
            if value(form, &rank_field(q.id, c)).is_none() {
                form.push((rank_field(q.id, c), rank.to_string()));
            }
            Move::Stay(None)
        }
        (QuestionKind::Text, _) => return None,
    };
    // Moving on checks the answer as the portal would (limits, choices).
    Some(match moved {
        Move::Next => problem(q, form).map_or(Move::Next, |p| Move::Stay(Some(p))),
        stay => stay,
    })
}

/// A button of a questionnaire (`a:<consultation>:<step>:<value>`); one from another screen
/// changes nothing.
pub async fn button(t: &mut Turn, value: &str, consultation: i64, at: usize, mut form: Form, message_id: Option<i32>) -> Result<()> {
    let mut parts = value.splitn(3, ':');
    let (Some(cid), Some(step), Some(v)) = (parts.next(), parts.next(), parts.next()) else { return super::expired(t) };
    if cid.parse::<i64>().ok() != Some(consultation) || step.parse::<usize>().ok() != Some(at) {
        return super::expired(t);
    }
    let Some(m) = super::issue::municipality(t).await? else { return super::start::ask_municipality(t).await };
    let a = answering(t, &m, consultation).await?;
    let Some(&step) = steps(&a, &form).get(at) else { return super::expired(t) };
    let moved = match (step, v) {
        (_, "save") => return hand_in(t, &m, &a, form, Intent::Save, message_id).await,
        (Step::HandIn, "submit") => return hand_in(t, &m, &a, form, Intent::Submit, message_id).await,
        (Step::Question(i), v) => question_button(&a.view.questions[i], &mut form, v),
        (Step::Demographic(d), "skip") => {
            form.retain(|(k, _)| *k != field(&a, step) && !(d == Demographic::Gender && k == "d_gender_self"));
            Some(Move::Next)
        }
        (Step::Demographic(d), v) if d.values().contains(&v) => {
            set(&mut form, &field(&a, step), v);
            Some(Move::Next)
        }
        (Step::GenderSelf, "skip") => {
            form.retain(|(k, _)| k != "d_gender_self");
            Some(Move::Next)
        }
        _ => None,
    };
    match moved {
        Some(Move::Next) => ask(t, &m, &a, at + 1, form, message_id, None),
        Some(Move::Stay(problem)) => ask(t, &m, &a, at, form, message_id, problem),
        None => return super::expired(t),
    }
    Ok(())
}

/// A text while answering: the answer to a free-text question or the self-description.
pub async fn text(t: &mut Turn, consultation: i64, at: usize, mut form: Form, text: String) -> Result<()> {
    let Some(m) = super::issue::municipality(t).await? else { return super::start::ask_municipality(t).await };
    let a = answering(t, &m, consultation).await?;
    let (name, refused) = match steps(&a, &form).get(at) {
        Some(Step::Question(i)) if a.view.questions[*i].kind == QuestionKind::Text => {
            let q = &a.view.questions[*i];
            set(&mut form, &field_of(q.id), &text);
            (field_of(q.id), problem(q, &form))
        }
        Some(Step::GenderSelf) => {
            set(&mut form, "d_gender_self", &text);
            let checked = response::parse(&[], &a.view.consultation.demographics, &form, Intent::Save);
            ("d_gender_self".to_string(), checked.err().and_then(|e| e.get("d_gender_self")))
        }
        _ => {
            t.say(t.tr.t("bot-use-buttons"), Vec::new());
            return Ok(());
        }
    };
    match refused {
        // What was refused is not kept; the screen comes again with the reason.
        Some(p) => {
            form.retain(|(k, _)| *k != name);
            ask(t, &m, &a, at, form, None, Some(p));
        }
        None => ask(t, &m, &a, at + 1, form, None, None),
    }
    Ok(())
}

/// Saves or hands in through the portal's service; a missing or wrong answer brings back its
/// screen with the portal's message.
async fn hand_in(t: &mut Turn, m: &Municipality, a: &Answering, form: Form, intent: Intent, message_id: Option<i32>) -> Result<()> {
    let id = a.view.consultation.id;
    match services::consultations::answer::respond(&t.state, &t.user, m, id, t.tr.lang(), &form, intent).await {
        Ok(done) => {
            let text = t.tr.t(if done == Intent::Save { "response-saved" } else { "response-handed-in" });
            t.replace(message_id, text, Vec::new());
            t.menu("bot-menu-intro");
            Ok(())
        }
        Err(AppError::Validation(errors)) => {
            let all = steps(a, &form);
            let Some(at) = all.iter().position(|s| errors.get(&field(a, *s)).is_some()) else {
                return Err(AppError::Validation(errors));
            };
            let problem = errors.get(&field(a, all[at]));
            ask(t, m, a, at, form, message_id, problem);
            Ok(())
        }
        Err(e) => Err(e),
    }
}
