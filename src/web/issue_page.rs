//! The issue page (timeline, translations, answers, comments) and what people do on it:
//! comment, answer for the city, forward or resolve, support.

use askama::Template;
use axum::{
    Form, Router,
    extract::{Path, State},
    http::StatusCode,
    response::Response,
    routing::{get, post},
};

use super::{Ctx, SignedIn, issues::Show, municipality, query::Query, render_with, see_other};
use crate::{
    db::{self, municipalities::Municipality},
    domain::{content_language::ContentLanguage, participation::AnswerForm},
    error::{AppError, FieldErrors, Result},
    services::{self, issues::IssueView},
    state::AppState,
};

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/m/{slug}/issues/{id}", get(show))
        .route("/m/{slug}/issues/{id}/support", post(support))
        .route("/m/{slug}/issues/{id}/comments", post(comment))
        .route("/m/{slug}/issues/{id}/answers", post(answer))
        .route("/m/{slug}/issues/{id}/status", post(change_status))
}

#[derive(Template)]
#[template(path = "issues/show.html")]
struct ShowPage {
    ctx: Ctx,
    m: Municipality,
    v: IssueView,
    /// A notice after an action (message id).
    notice: Option<&'static str>,
    report_reasons: [&'static str; 5],
    languages: Vec<ContentLanguage>,
    /// The comment form as typed, and its errors.
    comment: CommentForm,
    comment_errors: FieldErrors,
    /// The answer form as typed, and its errors.
    answer: AnswerForm,
    answer_errors: FieldErrors,
    /// The bot's link to this issue, when a bot is configured.
    telegram: Option<String>,
}

impl ShowPage {
    fn show(&self) -> Show<'_> {
        Show::new(&self.ctx)
    }
    fn comment_count(&self) -> i64 {
        self.v.comments.len() as i64
    }
    /// A notice's text, e.g. "your comment waits for a moderator".
    fn notice_text(&self) -> Option<String> {
        self.notice.map(|n| self.ctx.tr.t(n))
    }
}

#[derive(serde::Deserialize)]
struct ShowQuery {
    submitted: Option<String>,
    reported: Option<String>,
    original: Option<String>,
    notice: Option<String>,
}

/// Notices an action may leave on the issue page (anything else in the query is ignored).
const NOTICES: [&str; 6] = ["comment-published", "comment-waiting", "comment-reported", "answer-posted", "issue-forwarded", "issue-edited"];

async fn show_page(
    state: &AppState,
    ctx: Ctx,
    m: Municipality,
    id: i64,
    original: bool,
    notice: Option<&'static str>,
    forms: (CommentForm, FieldErrors, AnswerForm, FieldErrors),
) -> Result<Response> {
    let ctx = ctx.for_municipality(&m);
    let v = services::issues::view(state, ctx.user.as_ref(), &m, id, ctx.tr.lang(), original).await?;
    let (comment, comment_errors, answer, answer_errors) = forms;
    let status = if comment_errors.is_empty() && answer_errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let page = ShowPage {
        ctx,
        m,
        v,
        notice,
        report_reasons: services::moderation::REPORT_REASONS,
        languages: ContentLanguage::all(),
        comment,
        comment_errors,
        answer,
        answer_errors,
        telegram: state.telegram.deep_link(&format!("issue-{id}")),
    };
    Ok(render_with(status, &page))
}

fn empty_forms() -> (CommentForm, FieldErrors, AnswerForm, FieldErrors) {
    (CommentForm::default(), FieldErrors::new(), AnswerForm::default(), FieldErrors::new())
}

async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    Query(q): Query<ShowQuery>,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let notice = if q.submitted.is_some() {
        // The author lands here after submitting; the page says what happens next.
        let issue = db::issues::by_id(&state.db, m.id, id).await?.filter(|i| ctx.user.as_ref().is_some_and(|u| i.author_id == Some(u.id)));
        issue.map(|i| if i.is_public() { "issue-submitted-public" } else { "issue-submitted-waiting" })
    } else if q.reported.is_some() {
        Some("report-thanks")
    } else {
        q.notice.as_deref().and_then(|n| NOTICES.iter().find(|x| **x == n).copied())
    };
    show_page(&state, ctx, m, id, q.original.is_some(), notice, empty_forms()).await
}

/// A comment as typed.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
struct CommentForm {
    body: String,
    lang: String,
}

async fn comment(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, id)): Path<(String, i64)>,
    Form(form): Form<CommentForm>,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let ui_lang = ctx.tr.lang().to_string();
    match services::comments::post(&state, &user, &m, id, &form.body, &form.lang, &ui_lang).await {
        Ok((cid, public)) => {
            let notice = if public { "comment-published" } else { "comment-waiting" };
            Ok(see_other(&format!("/m/{}/issues/{id}?notice={notice}#comment-{cid}", m.slug)))
        }
        Err(AppError::Validation(errors)) => {
            show_page(&state, ctx, m, id, false, None, (form, errors, AnswerForm::default(), FieldErrors::new())).await
        }
        Err(e) => Err(e),
    }
}

async fn answer(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, id)): Path<(String, i64)>,
    Form(form): Form<AnswerForm>,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let ui_lang = ctx.tr.lang().to_string();
    match services::answers::answer(&state, &user, &m, id, &form, &ui_lang).await {
        Ok(aid) => Ok(see_other(&format!("/m/{}/issues/{id}?notice=answer-posted#answer-{aid}", m.slug))),
        Err(AppError::Validation(errors)) => {
            show_page(&state, ctx, m, id, false, None, (CommentForm::default(), FieldErrors::new(), form, errors)).await
        }
        Err(e) => Err(e),
    }
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
struct StatusForm {
    action: String,
}

async fn change_status(
    State(state): State<AppState>,
    SignedIn(user, _): SignedIn,
    Path((slug, id)): Path<(String, i64)>,
    Form(form): Form<StatusForm>,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    match form.action.as_str() {
        "forward" => services::answers::forward(&state, &user, &m, id).await?,
        "resolve" => services::answers::resolve(&state, &user, &m, id).await?,
        _ => return Err(AppError::BadRequest("error-bad-request")),
    }
    Ok(see_other(&format!("/m/{}/issues/{id}", m.slug)))
}

#[derive(serde::Deserialize)]
struct SupportForm {
    #[serde(default)]
    support: String,
}

async fn support(
    State(state): State<AppState>,
    SignedIn(user, _): SignedIn,
    Path((slug, id)): Path<(String, i64)>,
    Form(form): Form<SupportForm>,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    services::issues::set_support(&state, &user, &m, id, form.support != "0").await?;
    Ok(see_other(&format!("/m/{}/issues/{id}", m.slug)))
}
