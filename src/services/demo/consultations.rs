//! The demo's consultations: an open questionnaire on the draft integration plan, and a closed
//! one on city services with published results, answered by generated demo residents in
//! several languages — enough answers that the breakdowns show counts and also hide small
//! cells. The texts are in `data/demo/consultations.json`, in all 14 languages.

use std::collections::BTreeMap;

use crate::{
    db::{self, municipalities::Municipality, users::User},
    domain::{
        consultation::{ConsultationSettings, Demographic, Kind},
        question::{QuestionDraft, QuestionKind, QuestionText},
        response::Intent,
        role::Role,
        username::Username,
    },
    error::{AppError, Result},
    services::consultations,
    state::AppState,
};

const DATA: &str = include_str!("../../../data/demo/consultations.json");

#[derive(serde::Deserialize)]
struct Demo {
    open: Questionnaire,
    closed: Questionnaire,
    round: Round,
}

#[derive(serde::Deserialize)]
struct Round {
    texts: BTreeMap<String, Text>,
    statements: Vec<DemoStatement>,
}

/// A statement of the demo round and the camp that agrees with it (`all`: common ground;
/// `none`: nobody in particular).
#[derive(serde::Deserialize)]
struct DemoStatement {
    lang: String,
    body: String,
    camp: String,
}

#[derive(serde::Deserialize)]
struct Questionnaire {
    texts: BTreeMap<String, Text>,
    questions: Vec<DemoQuestion>,
}

#[derive(serde::Deserialize)]
struct Text {
    title: String,
    intro: String,
}

#[derive(serde::Deserialize)]
struct DemoQuestion {
    kind: String,
    required: bool,
    #[serde(default)]
    max_picks: u64,
    #[serde(default)]
    max_chars: u64,
    texts: BTreeMap<String, DemoQuestionText>,
}

#[derive(serde::Deserialize)]
struct DemoQuestionText {
    prompt: String,
    #[serde(default)]
    choices: Vec<String>,
    #[serde(default)]
    low: String,
    #[serde(default)]
    high: String,
}

/// Creates the questionnaire and its questions as a draft, in the languages of `m` the data has.
async fn create(state: &AppState, m: &Municipality, council: &User, q: &Questionnaire, opens: i64, closes: i64) -> Result<i64> {
    let texts =
        q.texts.iter().filter(|(l, _)| m.languages.contains(l)).map(|(l, t)| (l.clone(), t.title.clone(), t.intro.clone())).collect();
    let settings = ConsultationSettings {
        kind: Kind::Questionnaire,
        opens_at: opens,
        closes_at: closes,
        verified_only: false,
        demographics: Demographic::ALL.to_vec(),
        open_statements: false,
        texts,
    };
    let mut tx = state.db.begin().await?;
    let id = db::consultations::insert(&mut tx, m.id, &settings, council.id).await?;
    for dq in &q.questions {
        let kind = QuestionKind::parse(&dq.kind).map_err(AppError::BadRequest)?;
        let texts: Vec<QuestionText> = dq
            .texts
            .iter()
            .filter(|(l, _)| m.languages.contains(l))
            .map(|(l, t)| QuestionText {
                lang: l.clone(),
                prompt: t.prompt.clone(),
                choices: t.choices.clone(),
                low: t.low.clone(),
                high: t.high.clone(),
            })
            .collect();
        let draft = QuestionDraft {
            kind,
            required: dq.required,
            min_picks: 0,
            max_picks: dq.max_picks,
            max_chars: dq.max_chars,
            choices: texts.first().map_or(0, |t| t.choices.len()),
            texts,
        };
        db::consultations::add_question(&mut tx, id, &draft).await?;
    }
    tx.commit().await?;
    Ok(id)
}

/// A small deterministic generator (the demo is the same on every machine).
fn pick(seed: &mut u64, n: usize) -> usize {
    *seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    ((*seed >> 33) % n as u64) as usize
}

/// Answers the closed questionnaire as `n` generated residents.
async fn answer(state: &AppState, m: &Municipality, id: i64, n: usize) -> Result<()> {
    let questions = db::consultations::questions(&state.db, id).await?;
    // One unguessable password shared by every generated resident: nobody can sign in as them.
    let hash = state.hasher.hash(&crate::domain::codes::generate(6)).await?;
    let langs = ["de", "ar", "uk", "fa", "tr", "en"];
    let mut seed = 2027u64;
    for i in 0..n {
        let name = Username::parse(&format!("demo-respondent-{}", i + 1)).map_err(AppError::BadRequest)?;
        let new = db::users::NewUser {
            username: name.as_str(),
            username_key: &name.key(),
            password_hash: &hash,
            email: None,
            preferred_language: None,
            recovery_code_hash: None,
            is_admin: false,
            must_change_password: true,
            password_expires_at: Some(db::now()),
            username_skeleton: Some(&name.skeleton()),
        };
        let Some(uid) = db::users::insert(&state.db, &new).await? else { continue };
        db::roles::grant(&state.db, uid, m.id, Role::Resident, None).await?;
        let user = db::users::by_id(&state.db, uid).await?.ok_or(AppError::NotFound)?;
        let mut form = Vec::new();
        for q in &questions {
            let field = crate::domain::response::field_of(q.id);
            match q.kind {
                // Skewed towards the first choices, so that some cells are large and some small.
                QuestionKind::Single => form.push((field, pick(&mut seed, q.choices).min(pick(&mut seed, q.choices)).to_string())),
                QuestionKind::Scale => form.push((field, (1 + pick(&mut seed, 3) + pick(&mut seed, 3)).to_string())),
                QuestionKind::Ranking => {
                    let first = pick(&mut seed, q.choices);
                    form.push((crate::domain::response::rank_field(q.id, first), "1".into()));
                }
                _ => {}
            }
        }
        let d = |seed: &mut u64, d: Demographic| d.values()[pick(seed, d.values().len().min(5))].to_string();
        for dem in [Demographic::Age, Demographic::Time] {
            if pick(&mut seed, 6) > 0 {
                form.push((format!("d_{}", dem.as_str()), d(&mut seed, dem)));
            }
        }
        if pick(&mut seed, 4) > 0 {
            form.push(("d_gender".into(), ["woman", "man", "woman", "man", "non-binary"][pick(&mut seed, 5)].into()));
        }
        let lang = langs[pick(&mut seed, langs.len()).min(pick(&mut seed, langs.len()))];
        form.push(("d_language".into(), lang.into()));
        consultations::answer::respond(state, &user, m, id, lang, &form, Intent::Submit).await?;
    }
    Ok(())
}

/// Creates both demo questionnaires in `home`, run by `council`.
pub async fn seed(state: &AppState, home: i64, council: &User) -> Result<()> {
    let Some(m) = db::municipalities::by_id(&state.db, home).await? else { return Ok(()) };
    let demo: Demo = serde_json::from_str(DATA).map_err(|e| AppError::Internal(e.into()))?;
    let now = db::now();
    let open = create(state, &m, council, &demo.open, now - 3600, now + 21 * 86400).await?;
    consultations::open(state, council, &m, open).await?;
    let closed = create(state, &m, council, &demo.closed, now - 7200, now + 86400).await?;
    consultations::open(state, council, &m, closed).await?;
    answer(state, &m, closed, 60).await?;
    consultations::results::close_now(state, council, &m, closed).await?;
    consultations::results::publish(state, council, &m, closed).await?;
    round(state, &m, council, &demo.round, now).await
}

/// The open statement round, its statements reacted to by the 60 generated residents in
/// three camps (plus common ground), and its opinion map computed.
async fn round(state: &AppState, m: &Municipality, council: &User, r: &Round, now: i64) -> Result<()> {
    let texts =
        r.texts.iter().filter(|(l, _)| m.languages.contains(l)).map(|(l, t)| (l.clone(), t.title.clone(), t.intro.clone())).collect();
    let settings = ConsultationSettings {
        kind: Kind::Statements,
        opens_at: now - 3600,
        closes_at: now + 28 * 86400,
        verified_only: false,
        demographics: Vec::new(),
        open_statements: true,
        texts,
    };
    let mut tx = state.db.begin().await?;
    let id = db::consultations::insert(&mut tx, m.id, &settings, council.id).await?;
    let mut statements = Vec::new();
    for s in &r.statements {
        statements.push((db::statements::insert(&mut *tx, id, council.id, &s.lang, &s.body, "published").await?, s.camp.as_str()));
    }
    tx.commit().await?;
    consultations::open(state, council, m, id).await?;
    let mut seed = 7u64;
    for i in 0..60 {
        let Some(user) = db::users::by_key(&state.db, &format!("demo-respondent-{}", i + 1)).await? else { continue };
        let camp = ["a", "b", "c"][i % 3];
        for (sid, of) in &statements {
            let roll = pick(&mut seed, 10);
            let vote = match *of {
                "all" if roll < 9 => "agree",
                "none" => ["agree", "disagree", "pass"][roll % 3],
                c if c == camp && roll < 8 => "agree",
                c if c != camp && roll < 6 => "disagree",
                _ => "pass",
            };
            consultations::statements::react(state, &user, m, id, *sid, vote).await?;
        }
    }
    consultations::map::analyse_due(state).await.map_err(AppError::Internal)?;
    Ok(())
}
