//! The moderation queue and decisions, reporting an issue, and a person's notifications.

use askama::Template;
use axum::{
    Form, Router,
    extract::{Path, State},
    http::StatusCode,
    response::Response,
    routing::{get, post},
};

use super::{Ctx, SignedIn, issues::Show, municipality, render, render_with, see_other};
use crate::{
    db::{
        self,
        municipalities::Municipality,
        translations::{Kind, Translation},
    },
    error::{AppError, FieldErrors, Result},
    services::{
        self,
        comments::{CommentDecision, QueuedComment},
        moderation::{self, AUDIT_FILTERS, DECISION_REASONS, Decision, QueueItem},
        notifications::Notice,
        redaction::{self, Redactable},
    },
    state::AppState,
};

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/m/{slug}/moderation", get(queue))
        .route("/m/{slug}/moderation/issues/{id}", post(decide))
        .route("/m/{slug}/moderation/comments/{id}", post(decide_comment))
        .route("/m/{slug}/moderation/{kind}/{id}/redact", get(redact_form).post(redact))
        .route("/m/{slug}/issues/{id}/report", post(report))
        .route("/m/{slug}/comments/{id}/report", post(report_comment))
        .route("/account/notifications", get(notifications))
        .route("/account/notifications/read", post(mark_read))
        .route("/m/{slug}/audit", get(audit))
}

#[derive(Template)]
#[template(path = "moderation/queue.html")]
struct QueuePage {
    ctx: Ctx,
    m: Municipality,
    items: Vec<QueueItem>,
    comments: Vec<QueuedComment>,
    /// Translations into the moderator's language, shown beside the originals.
    translations: Vec<Translation>,
    reasons: [&'static str; 6],
    /// The issue whose form had errors, and the errors.
    failed: Option<(i64, FieldErrors)>,
}

impl QueuePage {
    fn show(&self) -> Show<'_> {
        Show::new(&self.ctx)
    }
    fn translation_of(&self, kind: Kind, id: &i64) -> Option<&Translation> {
        self.translations.iter().find(|t| t.kind == kind && t.content_id == *id)
    }
    /// A voice note nobody wrote down yet: it cannot be published.
    fn awaits_transcript(&self, item: &QueueItem) -> bool {
        item.voice.as_ref().is_some_and(|v| !v.transcribed)
    }
    fn error_for(&self, id: &i64, field: &str) -> Option<&'static str> {
        self.failed.as_ref().filter(|(f, _)| f == id).and_then(|(_, e)| e.get(field))
    }
}

async fn queue_page(state: &AppState, ctx: Ctx, m: Municipality, failed: Option<(i64, FieldErrors)>) -> Result<Response> {
    let user = ctx.user.clone().ok_or(AppError::Unauthorized)?;
    let items = moderation::queue(state, &user, &m).await?;
    let comments = services::comments::queue(state, &user, &m).await?;
    let ctx = ctx.for_municipality(&m);
    let lang = ctx.tr.lang();
    let ids: Vec<i64> = items.iter().filter(|i| i.issue.lang != lang).map(|i| i.issue.id).collect();
    let mut translations = db::translations::for_many(&state.db, Kind::Issue, &ids, lang).await?;
    let ids: Vec<i64> = comments.iter().filter(|c| c.comment.lang != lang).map(|c| c.comment.id).collect();
    translations.extend(db::translations::for_many(&state.db, Kind::Comment, &ids, lang).await?);
    let status = if failed.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(render_with(status, &QueuePage { ctx, m, items, comments, translations, reasons: DECISION_REASONS, failed }))
}

async fn queue(State(state): State<AppState>, SignedIn(_, ctx): SignedIn, Path(slug): Path<String>) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    queue_page(&state, ctx, m, None).await
}

/// A decision form as submitted.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
struct DecisionForm {
    action: String,
    reason: String,
    note: String,
    into: String,
}

async fn decide(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, id)): Path<(String, i64)>,
    Form(form): Form<DecisionForm>,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let decision = match form.action.as_str() {
        "publish" => Decision::Publish,
        "reject" => Decision::Reject { reason: form.reason, note: form.note },
        "hide" => Decision::Hide { reason: form.reason, note: form.note },
        "ask-edit" => Decision::AskEdit { reason: form.reason, note: form.note },
        "merge" => Decision::Merge { into: form.into.trim().trim_start_matches('#').parse().unwrap_or(-1) },
        _ => return Err(AppError::BadRequest("error-bad-request")),
    };
    match moderation::decide(&state, &user, &m, id, decision).await {
        Ok(()) => Ok(see_other(&format!("/m/{}/moderation", m.slug))),
        Err(AppError::Validation(errors)) => queue_page(&state, ctx, m, Some((id, errors))).await,
        Err(e) => Err(e),
    }
}

async fn decide_comment(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, id)): Path<(String, i64)>,
    Form(form): Form<DecisionForm>,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let decision = match form.action.as_str() {
        "publish" => CommentDecision::Publish,
        "reject" => CommentDecision::Reject(form.reason),
        "hide" => CommentDecision::Hide(form.reason),
        _ => return Err(AppError::BadRequest("error-bad-request")),
    };
    match services::comments::decide(&state, &user, &m, id, decision).await {
        Ok(()) => Ok(see_other(&format!("/m/{}/moderation", m.slug))),
        // Comment forms share the failed-form slot with issues, keyed by a negative id.
        Err(AppError::Validation(errors)) => queue_page(&state, ctx, m, Some((-id, errors))).await,
        Err(e) => Err(e),
    }
}

#[derive(Template)]
#[template(path = "moderation/redact.html")]
struct RedactPage {
    ctx: Ctx,
    m: Municipality,
    kind: Kind,
    id: i64,
    text: Redactable,
    errors: FieldErrors,
}

impl RedactPage {
    fn show(&self) -> Show<'_> {
        Show::new(&self.ctx)
    }
    fn has_title(&self) -> bool {
        self.kind.has_title()
    }
    fn path(&self) -> &'static str {
        redact_path(self.kind)
    }
}

/// The URL segment of a kind of text in redaction paths.
fn redact_path(kind: Kind) -> &'static str {
    match kind {
        Kind::Issue => "issues",
        Kind::Comment => "comments",
        Kind::Answer => "answers",
        Kind::Recommendation | Kind::OfficialResponse | Kind::Progress => "",
    }
}

fn redact_kind(segment: &str) -> Result<Kind> {
    [Kind::Issue, Kind::Comment, Kind::Answer].into_iter().find(|k| redact_path(*k) == segment).ok_or(AppError::NotFound)
}

async fn redact_form(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, kind, id)): Path<(String, String, i64)>,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let kind = redact_kind(&kind)?;
    let text = redaction::redactable(&state, &user, &m, kind, id).await?;
    Ok(render(&RedactPage { ctx: ctx.for_municipality(&m), m, kind, id, text, errors: FieldErrors::new() }))
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
struct RedactForm {
    title: String,
    body: String,
}

async fn redact(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, kind, id)): Path<(String, String, i64)>,
    Form(form): Form<RedactForm>,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let kind = redact_kind(&kind)?;
    match redaction::redact(&state, &user, &m, kind, id, &form.title, &form.body).await {
        Ok(issue) => Ok(see_other(&format!("/m/{}/issues/{issue}", m.slug))),
        Err(AppError::Validation(errors)) => {
            let loaded = redaction::redactable(&state, &user, &m, kind, id).await?;
            let text = Redactable { title: form.title, body: form.body, ..loaded };
            Ok(render_with(StatusCode::UNPROCESSABLE_ENTITY, &RedactPage { ctx: ctx.for_municipality(&m), m, kind, id, text, errors }))
        }
        Err(e) => Err(e),
    }
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
struct ReportForm {
    reason: String,
}

async fn report(
    State(state): State<AppState>,
    SignedIn(user, _): SignedIn,
    Path((slug, id)): Path<(String, i64)>,
    Form(form): Form<ReportForm>,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    match moderation::report(&state, &user, &m, id, &form.reason).await {
        Ok(true) => Ok(see_other(&format!("/m/{}/issues?notice=reported", m.slug))),
        Ok(false) => Ok(see_other(&format!("/m/{}/issues/{id}?reported=1", m.slug))),
        Err(AppError::Validation(_)) => Err(AppError::BadRequest("report-reason-required")),
        Err(e) => Err(e),
    }
}

async fn report_comment(
    State(state): State<AppState>,
    SignedIn(user, _): SignedIn,
    Path((slug, id)): Path<(String, i64)>,
    Form(form): Form<ReportForm>,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let comment = db::comments::by_id(&state.db, m.id, id).await?.ok_or(AppError::NotFound)?;
    match services::comments::report(&state, &user, &m, id, &form.reason).await {
        Ok(_) => Ok(see_other(&format!("/m/{}/issues/{}?notice=comment-reported", m.slug, comment.issue_id))),
        Err(AppError::Validation(_)) => Err(AppError::BadRequest("report-reason-required")),
        Err(e) => Err(e),
    }
}

#[derive(Template)]
#[template(path = "account/notifications.html")]
struct NotificationsPage {
    ctx: Ctx,
    items: Vec<Notice>,
}

impl NotificationsPage {
    fn any_unread(&self) -> bool {
        self.items.iter().any(|n| !n.read)
    }
    /// What a notice about a summary's point says (answered, done, dropped, overdue …).
    fn summary_notice(&self, status: &str) -> String {
        self.ctx.tr.t(crate::services::official::notice_message(status))
    }
}

impl NotificationsPage {
    fn show(&self) -> Show<'_> {
        Show::new(&self.ctx)
    }
}

async fn notifications(State(state): State<AppState>, SignedIn(user, ctx): SignedIn) -> Result<Response> {
    let items = services::notifications::list(&state, &user, ctx.tr.lang(), 100).await?;
    Ok(render(&NotificationsPage { ctx, items }))
}

/// "Mark all as read": a POST (reading the list changes nothing).
async fn mark_read(State(state): State<AppState>, SignedIn(user, _): SignedIn) -> Result<Response> {
    services::notifications::mark_read(&state, &user).await?;
    Ok(see_other("/account/notifications"))
}

#[derive(Template)]
#[template(path = "moderation/audit.html")]
struct AuditPage {
    ctx: Ctx,
    m: Municipality,
    rows: Vec<db::audit::Row>,
    filters: [(&'static str, &'static str); 4],
    action: String,
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
struct AuditQuery {
    action: String,
}

async fn audit(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path(slug): Path<String>,
    super::query::Query(q): super::query::Query<AuditQuery>,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let rows = moderation::audit_log(&state, &user, &m, &q.action).await?;
    Ok(render(&AuditPage { ctx: ctx.for_municipality(&m), m, rows, filters: AUDIT_FILTERS, action: q.action }))
}
