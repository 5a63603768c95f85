//! The consultations and ballots a summary reports: as their own pages published them, from
//! what was stored when they were counted (`consultations.results`, `ballots.results`), never
//! counted again. Questionnaire counts are shown through `consultations::results::shown`,
//! the protection their results page applies; opinion groups are stored protected (no group
//! of fewer than 5 is formed); a ballot's outcome is its order of options.

use serde::{Deserialize, Serialize};

use super::{Figure, Scope};
use crate::{
    db::{self, municipalities::Municipality},
    domain::{consultation::Kind, question::QuestionKind},
    error::Result,
    services::{
        ballots::count as ballot_count,
        consultations::{map::Map, results},
    },
    state::AppState,
};

/// A text in one language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LangText {
    /// Its language.
    pub lang: String,
    /// The text.
    pub text: String,
}

/// A published consultation and its protected results.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConsultationPart {
    /// Consultation id.
    pub id: i64,
    /// `questionnaire` or `statements`.
    pub kind: String,
    /// Its title in each language it has.
    pub titles: Vec<LangText>,
    /// People who took part.
    pub respondents: Figure,
    /// Questionnaires: each question's overall counts.
    pub questions: Vec<QuestionPart>,
    /// Statement rounds: the opinion groups.
    pub groups: Vec<OpinionGroup>,
    /// Statement rounds: what every group agrees with.
    pub common_ground: Vec<StatementPart>,
}

/// One question's protected overall counts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuestionPart {
    /// Question id.
    pub id: i64,
    /// `single`, `multiple`, `scale` or `ranking`.
    pub kind: String,
    /// The question in each language.
    pub prompts: Vec<LangText>,
    /// Per choice, its label in each language (scales: the points 1 to 5, no labels).
    pub choices: Vec<Vec<LangText>>,
    /// People who answered it.
    pub answered: Figure,
    /// Per choice: people who chose it.
    pub counts: Vec<Figure>,
}

/// An opinion group of a statement round.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OpinionGroup {
    /// Its members.
    pub size: Figure,
    /// The statements that set it apart, with whether it agrees.
    pub statements: Vec<(StatementPart, bool)>,
}

/// A published statement, with a share of people in whole percent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatementPart {
    /// Statement id.
    pub id: i64,
    /// Its language.
    pub lang: String,
    /// The statement.
    pub body: String,
    /// Share agreeing (or, for a group that disagrees, disagreeing), in whole percent.
    pub percent: u64,
}

/// A published ballot's outcome.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BallotPart {
    /// Ballot id.
    pub id: i64,
    /// `approval`, `ranked`, `points` or `budget`.
    pub method: String,
    /// The binding rule's name (`voting::rules::Rule::as_str`).
    pub rule: String,
    /// Its title in each language.
    pub titles: Vec<LangText>,
    /// People who voted.
    pub voters: Figure,
    /// Budget ballots: the options are the selected projects; else a ranking, winner first.
    pub selects: bool,
    /// The options in the binding rule's order (a ranking: its first ten).
    pub options: Vec<OptionPart>,
}

/// A ballot option by its code and labels.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OptionPart {
    /// Its code on the ballot.
    pub code: String,
    /// Its label in each language.
    pub titles: Vec<LangText>,
}

/// Options of a ranking a summary lists.
const RANKED: usize = 10;

/// The scoped consultation, else those published in the period (published ones only).
pub async fn consultations(state: &AppState, m: &Municipality, scope: &Scope) -> Result<Vec<ConsultationPart>> {
    let ids = match scope.consultation_id {
        Some(id) => vec![id],
        None => db::summary_data::published_in(&state.db, "consultations", m.id, scope.from, scope.to).await?,
    };
    let mut out = Vec::new();
    for id in ids {
        let Some(c) = db::consultations::by_id(&state.db, m.id, id).await? else { continue };
        if c.status != crate::domain::consultation::Status::Published {
            continue;
        }
        let titles = db::consultations::texts(&state.db, id).await?.into_iter().map(|t| LangText { lang: t.lang, text: t.title }).collect();
        let mut part = ConsultationPart {
            id,
            kind: c.kind.as_str().to_string(),
            titles,
            respondents: Figure::Suppressed,
            questions: Vec::new(),
            groups: Vec::new(),
            common_ground: Vec::new(),
        };
        match c.kind {
            Kind::Questionnaire => {
                if let Some(tally) = results::tally_of(&c) {
                    part.respondents = results::respondents(&tally).into();
                    let questions = db::consultations::questions(&state.db, id).await?;
                    part.questions = questions.iter().zip(&tally.questions).filter_map(|(q, t)| question(q, t)).collect();
                }
            }
            Kind::Statements => {
                if let Some(map) = Map::of(&c) {
                    statements(state, id, &map, &mut part).await?;
                }
            }
        }
        out.push(part);
    }
    Ok(out)
}

fn question(q: &crate::domain::question::Question, t: &results::QuestionTally) -> Option<QuestionPart> {
    if q.kind == QuestionKind::Text || q.id != t.question_id {
        return None;
    }
    let shown = results::shown(q.kind, t);
    let choices = (0..shown.cells.len())
        .map(|i| match q.kind {
            QuestionKind::Scale => Vec::new(),
            _ => q.texts.iter().filter_map(|x| Some(LangText { lang: x.lang.clone(), text: x.choices.get(i)?.clone() })).collect(),
        })
        .collect();
    Some(QuestionPart {
        id: q.id,
        kind: q.kind.as_str().to_string(),
        prompts: q.texts.iter().map(|x| LangText { lang: x.lang.clone(), text: x.prompt.clone() }).collect(),
        choices,
        answered: shown.answered.into(),
        counts: shown.cells.iter().map(|(c, _)| (*c).into()).collect(),
    })
}

/// A statement round's groups and common ground, with the statements' published texts.
async fn statements(state: &AppState, id: i64, map: &Map, part: &mut ConsultationPart) -> Result<()> {
    let published = db::statements::of_round(&state.db, id, Some("published")).await?;
    let text = |sid: i64, share: f64| {
        published.iter().find(|s| s.id == sid).map(|s| StatementPart {
            id: sid,
            lang: s.lang.clone(),
            body: s.body.clone(),
            percent: (share.clamp(0.0, 1.0) * 100.0).round() as u64,
        })
    };
    part.respondents = super::protect::single(map.participants).into();
    part.groups = map
        .groups
        .iter()
        .map(|g| OpinionGroup {
            size: super::protect::single(g.size).into(),
            statements: g.representative.iter().filter_map(|(sid, agrees, share)| Some((text(*sid, *share)?, *agrees))).collect(),
        })
        .collect();
    part.common_ground = map.common_ground.iter().filter_map(|(sid, share)| text(*sid, *share)).collect();
    Ok(())
}

/// The scoped ballot, else those whose results were published in the period.
pub async fn ballots(state: &AppState, m: &Municipality, scope: &Scope) -> Result<Vec<BallotPart>> {
    let ids = match scope.ballot_id {
        Some(id) => vec![id],
        None => db::summary_data::published_in(&state.db, "ballots", m.id, scope.from, scope.to).await?,
    };
    let mut out = Vec::new();
    for id in ids {
        let Some(b) = db::ballots::by_id(&state.db, m.id, id).await? else { continue };
        if b.status != crate::domain::ballot::Status::Published {
            continue;
        }
        let Some(r) = ballot_count::results(&b) else { continue };
        let Some(binding) = r.outcomes.first() else { continue };
        let options = db::ballots::options(&state.db, id).await?;
        let selects = b.method == crate::domain::ballot::Method::Budget;
        let order = binding.winners();
        let take = if selects { order.len() } else { RANKED };
        let titles = db::ballots::texts(&state.db, id).await?.into_iter().map(|t| LangText { lang: t.lang, text: t.title }).collect();
        out.push(BallotPart {
            id,
            method: b.method.as_str().to_string(),
            rule: r.binding.as_str().to_string(),
            titles,
            voters: super::protect::single(r.voters).into(),
            selects,
            options: order
                .iter()
                .take(take)
                .filter_map(|&o| options.get(o as usize))
                .map(|o| OptionPart {
                    code: o.code.clone(),
                    titles: o.titles.iter().map(|(lang, text)| LangText { lang: lang.clone(), text: text.clone() }).collect(),
                })
                .collect(),
        });
    }
    Ok(out)
}
