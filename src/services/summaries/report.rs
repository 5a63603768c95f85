//! The council report of a summary as PDF, for meetings: the summary, its figures as charts
//! and tables, and every recommendation with the city's answer and progress — in the reader's
//! language, with participants' words (any language, any script) shaped and set in their own
//! direction by `crate::report`.

use super::view::SummaryView;
use crate::{
    db::{self, municipalities::Municipality, users::User},
    domain::summary::format_day,
    error::{AppError, Result},
    i18n::Tr,
    report::{Block, Report, is_rtl_language, render},
    state::AppState,
};

/// The report of summary `id` as `user` may see it, in `tr`'s language.
pub async fn pdf(state: &AppState, user: Option<&User>, m: &Municipality, id: i64, tr: &Tr) -> Result<Vec<u8>> {
    let v = super::view::view(state, user, m, id).await?;
    let answers = if v.summary.status.is_public() { answers(state, m, &v).await? } else { Vec::new() };
    let report = build(&v, &answers, tr);
    // Shaping and writing a PDF is CPU work: off the request threads.
    tokio::task::spawn_blocking(move || render(&report))
        .await
        .map_err(|e| AppError::Internal(e.into()))?
        .map_err(|e| AppError::Internal(e.into()))
}

/// What the city answered to one point, and its progress.
struct Answered {
    point_id: i64,
    response: Option<db::official::Response>,
    progress: Vec<db::official::Progress>,
}

async fn answers(state: &AppState, m: &Municipality, v: &SummaryView) -> Result<Vec<Answered>> {
    let progress = db::official::progress_of_municipality(&state.db, m.id).await?;
    let mut out = Vec::with_capacity(v.recommendations.len());
    for r in &v.recommendations {
        let point = db::official::point(&state.db, m.id, r.point_id).await?;
        out.push(Answered {
            point_id: r.point_id,
            response: point.and_then(|p| p.response),
            progress: progress.iter().filter(|p| p.point_id == r.point_id).cloned().collect(),
        });
    }
    Ok(out)
}

fn build(v: &SummaryView, answers: &[Answered], tr: &Tr) -> Report {
    let s = &v.summary;
    let lang = tr.lang().to_string();
    let mut blocks = Vec::new();
    if !s.intro.is_empty() {
        blocks.push(Block::Paragraph { text: s.intro.clone(), lang: s.lang.clone() });
    }
    if v.data.is_some() {
        blocks.push(Block::Heading { text: tr.t("summary-data"), level: 2 });
        blocks.push(Block::Paragraph { text: tr.t("summary-data-explained"), lang: lang.clone() });
    }
    blocks.push(Block::Heading { text: tr.t("summary-report-recommendations"), level: 2 });
    for r in &v.recommendations {
        blocks.push(Block::Rule);
        blocks.push(Block::Heading { text: format!("{}. {}", r.number, r.title), level: 3 });
        blocks.push(Block::Paragraph { text: r.body.clone(), lang: r.lang.clone() });
        let Some(a) = answers.iter().find(|a| a.point_id == r.point_id) else { continue };
        let Some(resp) = &a.response else {
            blocks.push(Block::Paragraph { text: tr.t("summary-report-no-answer"), lang: lang.clone() });
            continue;
        };
        blocks.push(Block::Paragraph {
            text: tr.t2("summary-report-answer", "decision", tr.t(resp.decision.message_id()), "reason", &resp.reason),
            lang: resp.lang.clone(),
        });
        let deadline = resp.deadline.map(format_day).unwrap_or_else(|| "—".into());
        let owner =
            tr.args("summary-report-owner", &[("department", &resp.department), ("owner", &resp.owner_role), ("deadline", &deadline)]);
        blocks.push(Block::Paragraph { text: owner, lang: lang.clone() });
        for p in &a.progress {
            let line = tr
                .args("summary-report-progress", &[("when", &format_day(p.at)), ("state", &tr.t(p.state.message_id())), ("text", &p.body)]);
            blocks.push(Block::Paragraph { text: line, lang: p.lang.clone() });
        }
    }
    let (from, to) = (format_day(s.scope.from), format_day(s.scope.to - 1));
    Report {
        title: s.title.clone(),
        rtl: is_rtl_language(&lang),
        subtitle: tr.args("summary-report-subtitle", &[("council", &v.council.name), ("from", &from), ("to", &to)]),
        blocks,
        footer: tr.t1("summary-report-generated", "when", format_day(db::now())),
        lang,
    }
}
