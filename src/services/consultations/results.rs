//! Closing, counting and publishing questionnaires, and their results with small cells
//! hidden. The count is made once, at closing, from the handed-in responses, and stored as
//! raw counts; every page, the CSV and the API show it only through `disclosure`, so no
//! reader ever sees a cell of fewer than 5 people or one that would let such a cell be
//! worked out.

use std::collections::BTreeMap;

use crate::{
    db::{self, municipalities::Municipality, responses::Counted, users::User},
    disclosure::{self, Cell},
    domain::{
        consultation::{Demographic, Kind, Status},
        question::{Question, QuestionKind, SCALE},
    },
    error::{AppError, Result},
    state::AppState,
};

/// The breakdown by the language people answered in (besides the demographic questions).
pub const BY_ANSWER_LANGUAGE: &str = "answered-in";
/// The group of a breakdown row for people who did not say.
pub const NOT_GIVEN: &str = "";
/// The group of answer languages outside the municipality's.
pub const OTHER: &str = "other";

/// A questionnaire's counted responses, as stored at closing (raw: never shown unprotected).
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Tally {
    /// People who handed in answers.
    pub respondents: u64,
    /// One per question, in order.
    pub questions: Vec<QuestionTally>,
}

/// One question's counts.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct QuestionTally {
    /// The question.
    pub question_id: i64,
    /// People who answered it.
    pub answered: u64,
    /// Per choice (or scale point): people who chose it (rankings: ranked it first).
    pub counts: Vec<u64>,
    /// Breakdowns, by `Demographic::as_str` or [`BY_ANSWER_LANGUAGE`].
    pub by: BTreeMap<String, Vec<GroupTally>>,
}

/// One group's counts in a breakdown.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct GroupTally {
    /// The group: a demographic value, a language tag, [`NOT_GIVEN`] or [`OTHER`].
    pub group: String,
    /// People of the group who answered the question.
    pub answered: u64,
    /// Per choice.
    pub counts: Vec<u64>,
}

/// Which cells one answer counts in: choice numbers (first place only for a ranking).
fn cells_of(q: &Question, choice: &str) -> Vec<usize> {
    let mut picks = choice.split(',').filter_map(|c| c.parse::<usize>().ok());
    match q.kind {
        QuestionKind::Scale => picks.next().filter(|v| SCALE.contains(&(*v as u8))).map(|v| vec![v - 1]).unwrap_or_default(),
        QuestionKind::Ranking | QuestionKind::Single => picks.next().filter(|c| *c < q.choices).into_iter().collect(),
        QuestionKind::Multiple => picks.filter(|c| *c < q.choices).collect(),
        QuestionKind::Text => Vec::new(),
    }
}

/// The fixed groups of a breakdown: every possible answer and "not given", so that a row's
/// presence says nothing about who answered.
fn groups(by: &str, languages: &[String]) -> Vec<String> {
    let mut out: Vec<String> = match Demographic::parse(by) {
        Some(d) => d.values().iter().map(|v| v.to_string()).collect(),
        None => languages.iter().cloned().chain([OTHER.to_string()]).collect(),
    };
    out.push(NOT_GIVEN.to_string());
    out
}

fn group_of(by: &str, r: &Counted, languages: &[String]) -> String {
    match Demographic::parse(by) {
        Some(d) => r.demographics.get(d).to_string(),
        None if languages.contains(&r.lang) => r.lang.clone(),
        None => OTHER.to_string(),
    }
}

/// Counts handed-in responses: per question, per choice, and broken down by each demographic
/// question asked and by the language answered in (`languages`: the municipality's).
pub fn count(questions: &[Question], asked: &[Demographic], languages: &[String], responses: &[Counted]) -> Tally {
    let dims: Vec<String> = asked.iter().map(|d| d.as_str().to_string()).chain([BY_ANSWER_LANGUAGE.to_string()]).collect();
    let mut out = Tally { respondents: responses.len() as u64, questions: Vec::new() };
    for q in questions {
        let n = q.cells();
        let mut t = QuestionTally { question_id: q.id, counts: vec![0; n], ..Default::default() };
        for by in &dims {
            let rows = groups(by, languages).into_iter().map(|group| GroupTally { group, answered: 0, counts: vec![0; n] }).collect();
            t.by.insert(by.clone(), rows);
        }
        for r in responses {
            let answered =
                if q.kind == QuestionKind::Text { r.texts.contains(&q.id) } else { r.choices.iter().any(|(qid, _)| *qid == q.id) };
            if !answered {
                continue;
            }
            let cells = r.choices.iter().find(|(qid, _)| *qid == q.id).map(|(_, c)| cells_of(q, c)).unwrap_or_default();
            t.answered += 1;
            for &c in &cells {
                t.counts[c] += 1;
            }
            for (by, rows) in t.by.iter_mut() {
                let g = group_of(by, r, languages);
                if let Some(row) = rows.iter_mut().find(|row| row.group == g) {
                    row.answered += 1;
                    for &c in &cells {
                        row.counts[c] += 1;
                    }
                }
            }
        }
        out.questions.push(t);
    }
    out
}

/// Whether a question's cells add up to the people who answered it (one cell per answer).
pub fn additive(kind: QuestionKind) -> bool {
    matches!(kind, QuestionKind::Single | QuestionKind::Scale | QuestionKind::Ranking)
}

/// A question's results as anyone may see them.
#[derive(Clone, Debug)]
pub struct Shown {
    /// People who answered it.
    pub answered: Cell,
    /// Per choice: the count and its share of `answered` in whole percent.
    pub cells: Vec<(Cell, Option<u64>)>,
}

fn percent(c: &Cell, total: &Cell) -> Option<u64> {
    match (c, total) {
        (Cell::Shown(c), Cell::Shown(t)) if *t > 0 => Some((c * 100 + t / 2) / t),
        _ => None,
    }
}

/// The protected overall counts of one question.
pub fn shown(kind: QuestionKind, t: &QuestionTally) -> Shown {
    let p = disclosure::protect_counts(&t.counts, t.answered, additive(kind));
    let cells = p.cells.iter().map(|c| (*c, percent(c, &p.total))).collect();
    Shown { answered: p.total, cells }
}

/// One group of a breakdown: its name, how many of it answered, and its cells with their
/// share of the group.
pub type ShownGroup = (String, Cell, Vec<(Cell, Option<u64>)>);

/// A protected breakdown of one question.
#[derive(Clone, Debug)]
pub struct ShownBreakdown {
    /// Per group.
    pub rows: Vec<ShownGroup>,
}

/// The protected breakdown of one question by `by`; `None` when it was not counted.
pub fn breakdown(kind: QuestionKind, t: &QuestionTally, by: &str) -> Option<ShownBreakdown> {
    let rows = t.by.get(by)?;
    let cells: Vec<Vec<u64>> = rows.iter().map(|r| r.counts.clone()).collect();
    let totals: Vec<u64> = rows.iter().map(|r| r.answered).collect();
    let p = disclosure::protect_table(&cells, &totals, &t.counts, t.answered, additive(kind));
    let rows = rows
        .iter()
        .zip(p.cells.iter().zip(&p.row_totals))
        .map(|(r, (cells, total))| (r.group.clone(), *total, cells.iter().map(|c| (*c, percent(c, total))).collect()))
        .collect();
    Some(ShownBreakdown { rows })
}

/// Closes every due consultation (see `services::ballots::count::spawn_closer`, which calls
/// this on the same tick).
pub async fn close_due(state: &AppState) -> anyhow::Result<()> {
    for id in db::consultations::due(&state.db, db::now()).await? {
        close_one(state, id, db::now()).await?;
    }
    Ok(())
}

/// Closes consultation `id` if it is open and due, and counts it, in one transaction: the
/// closing statement decides which server does it.
pub async fn close_one(state: &AppState, id: i64, at: i64) -> anyhow::Result<bool> {
    let Some(c) = db::consultations::by_id_any(&state.db, id).await? else { return Ok(false) };
    let Some(m) = db::municipalities::by_id(&state.db, c.municipality_id).await? else { return Ok(false) };
    let mut tx = state.db.begin().await?;
    if !db::consultations::close_if_due(&mut tx, id, at).await? {
        return Ok(false);
    }
    // Answers in flight committed before the close took the row (PostgreSQL: they hold it for
    // share; SQLite: one writer), so the count, read beside this transaction, sees all of
    // them; the count is stored with the close or not at all.
    if c.kind == Kind::Questionnaire {
        let questions = db::consultations::questions(&state.db, id).await?;
        let responses = db::responses::for_count(&state.db, id).await?;
        let tally = count(&questions, &c.demographics, &m.languages, &responses);
        db::consultations::store_results(&mut *tx, id, &serde_json::to_string(&tally)?, tally.respondents as i64).await?;
    }
    tx.commit().await?;
    tracing::info!(consultation.id = id, "consultation closed");
    Ok(true)
}

/// Ends an open consultation now (the council may end it early): its closing time becomes
/// now and it is closed and counted.
pub async fn close_now(state: &AppState, actor: &User, m: &Municipality, id: i64) -> Result<()> {
    if !super::may_manage(state, actor, m).await? {
        return Err(AppError::Forbidden);
    }
    let now = db::now();
    if !db::consultations::end_early(&state.db, m.id, id, now).await? {
        return Err(AppError::Conflict("consultation-not-open"));
    }
    let mut conn = state.db.acquire().await?;
    super::audit(&mut conn, "consultation.close", actor, m, id).await?;
    drop(conn);
    close_one(state, id, now).await.map_err(AppError::Internal)?;
    Ok(())
}

/// Publishes a closed consultation's results and tells everyone who took part.
pub async fn publish(state: &AppState, actor: &User, m: &Municipality, id: i64) -> Result<()> {
    if !super::may_manage(state, actor, m).await? {
        return Err(AppError::Forbidden);
    }
    db::consultations::by_id(&state.db, m.id, id).await?.ok_or(AppError::NotFound)?;
    let mut tx = state.db.begin().await?;
    if !db::consultations::set_status(&mut *tx, id, Status::Closed, Status::Published).await? {
        return Err(AppError::Conflict("consultation-not-closed"));
    }
    db::consultations::notify_participants(&mut tx, id, "published").await?;
    super::audit(&mut tx, "consultation.publish", actor, m, id).await?;
    tx.commit().await?;
    Ok(())
}

/// The stored tally of a closed or published questionnaire.
pub fn tally_of(c: &crate::domain::consultation::Consultation) -> Option<Tally> {
    c.results.as_deref().and_then(|r| serde_json::from_str(r).ok())
}

/// The results as CSV (`question,prompt,breakdown,group,choice,count,percent`), protected
/// like the page: a hidden cell reads `hidden`.
pub fn csv(questions: &[Question], tally: &Tally, lang: &str, fallback: &str) -> String {
    let esc = |s: &str| if s.contains([',', '"', '\n']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.to_string() };
    let cell = |c: &Cell| c.shown().map_or_else(|| "hidden".to_string(), |n| n.to_string());
    let pct = |p: &Option<u64>| p.map(|p| p.to_string()).unwrap_or_default();
    let mut out = String::from("question,prompt,breakdown,group,choice,count,percent\n");
    for (q, t) in questions.iter().zip(&tally.questions) {
        if q.kind == QuestionKind::Text {
            continue;
        }
        let text = q.text(lang, fallback);
        let prompt = text.map_or("", |t| t.prompt.as_str());
        let label = |i: usize| match q.kind {
            QuestionKind::Scale => (i + 1).to_string(),
            _ => text.and_then(|t| t.choices.get(i)).cloned().unwrap_or_else(|| (i + 1).to_string()),
        };
        let s = shown(q.kind, t);
        let n = q.position + 1;
        out.push_str(&format!("{n},{},,,,{},\n", esc(prompt), cell(&s.answered)));
        for (i, (c, p)) in s.cells.iter().enumerate() {
            out.push_str(&format!("{n},{},,,{},{},{}\n", esc(prompt), esc(&label(i)), cell(c), pct(p)));
        }
        for by in t.by.keys() {
            let Some(b) = breakdown(q.kind, t, by) else { continue };
            for (group, total, cells) in &b.rows {
                let group = if group.is_empty() { "not-given" } else { group };
                out.push_str(&format!("{n},{},{by},{group},,{},\n", esc(prompt), cell(total)));
                for (i, (c, p)) in cells.iter().enumerate() {
                    out.push_str(&format!("{n},{},{by},{group},{},{},{}\n", esc(prompt), esc(&label(i)), cell(c), pct(p)));
                }
            }
        }
    }
    out
}

/// The number of respondents as anyone may see it (hidden below 5).
pub fn respondents(t: &Tally) -> Cell {
    disclosure::protect_counts(&[], t.respondents, false).total
}

/// One free-text answer as the council reads it: no respondent.
#[derive(Clone, Debug)]
pub struct FreeText {
    /// The answer's id.
    pub id: i64,
    /// The question.
    pub question_id: i64,
    /// The text as shown: its translation into the reader's language, else the original.
    pub body: String,
    /// The language of what is shown.
    pub lang: String,
    /// The original when a translation is shown.
    pub original: Option<(String, String)>,
    /// Theme ids given to it.
    pub themes: Vec<i64>,
}

/// The free-text answers of a consultation and the themes one may give them.
#[derive(Clone, Debug)]
pub struct FreeTexts {
    /// The answers, by question.
    pub answers: Vec<FreeText>,
    /// The municipality's categories and tags.
    pub themes: Vec<db::themes::Theme>,
}

/// Whether `actor` reads and tags free-text answers in `m`: council members, moderators and
/// global admins (never the public; translators only see texts meant to be public).
pub async fn reads_free_texts(state: &AppState, actor: &User, m: &Municipality) -> Result<bool> {
    let roles = db::roles::in_municipality(&state.db, actor.id, m.id).await?;
    Ok(super::super::ballots::manages(actor, &roles) || roles.contains(&crate::domain::role::Role::Moderator))
}

/// The free-text answers of consultation `id`, in `lang` where translated.
pub async fn free_texts(state: &AppState, actor: &User, m: &Municipality, id: i64, lang: &str) -> Result<FreeTexts> {
    if !reads_free_texts(state, actor, m).await? {
        return Err(AppError::Forbidden);
    }
    db::consultations::by_id(&state.db, m.id, id).await?.filter(|c| c.status != Status::Draft).ok_or(AppError::NotFound)?;
    let translations = db::responses::reply_translations(&state.db, id, lang).await?;
    let answers = db::responses::free_texts(&state.db, id)
        .await?
        .into_iter()
        .map(|t| match translations.iter().find(|(a, _)| *a == t.id).filter(|_| t.lang != lang) {
            Some((_, body)) => FreeText {
                id: t.id,
                question_id: t.question_id,
                body: body.clone(),
                lang: lang.to_string(),
                original: Some((t.lang, t.body)),
                themes: t.themes,
            },
            None => FreeText { id: t.id, question_id: t.question_id, body: t.body, lang: t.lang, original: None, themes: t.themes },
        })
        .collect();
    Ok(FreeTexts { answers, themes: db::themes::of_municipality(&state.db, m.id).await? })
}

/// Gives free-text answer `answer` of consultation `id` the `themes` (of `m`).
pub async fn tag(state: &AppState, actor: &User, m: &Municipality, id: i64, answer: i64, themes: &[i64]) -> Result<()> {
    if !reads_free_texts(state, actor, m).await? {
        return Err(AppError::Forbidden);
    }
    db::consultations::by_id(&state.db, m.id, id).await?.ok_or(AppError::NotFound)?;
    let known = db::themes::of_municipality(&state.db, m.id).await?;
    let themes: Vec<i64> = themes.iter().copied().filter(|t| known.iter().any(|k| k.id == *t)).take(20).collect();
    let mut tx = state.db.begin().await?;
    if !db::responses::set_themes(&mut tx, id, answer, &themes).await? {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    Ok(())
}
