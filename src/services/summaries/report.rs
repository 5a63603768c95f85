//! The council report of a summary as PDF, for meetings: the summary, its figures as charts
//! and tables, and every recommendation with the city's answer and progress — in the reader's
//! language, with participants' words (any language, any script) shaped and set in their own
//! direction by `crate::report`.

use super::{
    data::{DataPart, Figure},
    view::SummaryView,
};
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

/// A figure as a table cell: the number, or "fewer than 5".
fn cell(f: Figure, tr: &Tr) -> String {
    f.shown().map_or_else(|| tr.t("summary-data-suppressed"), |n| n.to_string())
}

/// The data part: totals, each breakdown as a bar chart and a table, the most supported
/// issues in the reader's language where a translation exists.
fn data_blocks(data: &DataPart, tr: &Tr, blocks: &mut Vec<Block>) {
    let lang = tr.lang().to_string();
    let headers = vec![String::new(), tr.t("summary-data-count"), tr.t("summary-data-previous"), tr.t("summary-data-change")];
    let numeric = vec![false, true, true, true];
    let row = |label: String, c: &crate::services::summaries::data::Compared| {
        vec![label, cell(c.current, tr), cell(c.previous, tr), c.change.map_or_else(String::new, |d| format!("{d:+}"))]
    };
    blocks.push(Block::Heading { text: tr.t("summary-data-totals"), level: 3 });
    blocks.push(Block::Table {
        headers: headers.clone(),
        rows: vec![row(tr.t("summary-data-issues"), &data.issues), row(tr.t("summary-data-supports"), &data.supports)],
        numeric: numeric.clone(),
    });
    for b in &data.breakdowns {
        if b.rows.is_empty() {
            continue;
        }
        let title = tr.t(&b.by.message());
        let bars = b.rows.iter().filter_map(|r| Some((data.label(b.by, r, tr), r.count.current.shown()? as f64))).collect();
        blocks.push(Block::BarChart { title: title.clone(), bars, unit: String::new() });
        blocks.push(Block::Table {
            headers: headers.clone(),
            rows: b.rows.iter().map(|r| row(data.label(b.by, r, tr), &r.count)).collect(),
            numeric: numeric.clone(),
        });
    }
    if !data.top_issues.is_empty() {
        blocks.push(Block::Heading { text: tr.t("summary-data-top"), level: 3 });
        for issue in &data.top_issues {
            let text = issue.translations.iter().find(|t| t.lang == lang).unwrap_or(&issue.original);
            blocks.push(Block::Paragraph { text: format!("{}\n{}", text.title, text.excerpt), lang: text.lang.clone() });
        }
    }
}

fn build(v: &SummaryView, answers: &[Answered], tr: &Tr) -> Report {
    let s = &v.summary;
    let lang = tr.lang().to_string();
    let mut blocks = Vec::new();
    if !s.intro.is_empty() {
        blocks.push(Block::Paragraph { text: s.intro.clone(), lang: s.lang.clone() });
    }
    if let Some(data) = &v.data {
        blocks.push(Block::Heading { text: tr.t("summary-data"), level: 2 });
        blocks.push(Block::Paragraph { text: tr.t("summary-data-suppressed-note"), lang: lang.clone() });
        data_blocks(data, tr, &mut blocks);
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
