//! Issues of a municipality: the listing, raising one (with the language confirmation step),
//! editing one on a moderator's request, and the help directory. The issue page is in
//! `issue_page`.

use askama::Template;
use axum::{
    Form, Router,
    extract::{Path, State},
    http::StatusCode,
    response::Response,
    routing::get,
};

use super::{Ctx, SignedIn, municipality, query::Query, render, render_with, see_other};
use crate::{
    db::{
        self, Backend,
        issues::{Filter, Issue, Sort},
        municipalities::Municipality,
        referrals::Service,
        search::Search,
        themes::{Theme, dimension_message},
        translations::{Kind, Translation},
    },
    domain::{content_language::ContentLanguage, issue::IssueForm},
    error::{AppError, FieldErrors, Result},
    services::{
        self,
        issues::{Choices, Submitted},
    },
    state::AppState,
};

/// Issues shown per page of the listing.
const PAGE: i64 = 20;

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/m/{slug}/issues", get(list).post(submit))
        .route("/m/{slug}/issues/new", get(new))
        .route("/m/{slug}/issues/{id}/edit", get(edit).post(save_edit))
        .route("/m/{slug}/help", get(help))
}

/// Helpers the issue templates share.
pub struct Show<'a>(&'a Ctx);

impl<'a> Show<'a> {
    /// Helpers speaking the page's language.
    pub fn new(ctx: &'a Ctx) -> Self {
        Self(ctx)
    }
}

impl Show<'_> {
    /// A theme's name in the reader's language.
    pub fn theme(&self, t: &Theme) -> String {
        t.name(&self.0.tr)
    }
    /// A dimension's name.
    pub fn dimension(&self, d: &Option<String>) -> String {
        self.0.tr.t(&dimension_message(d.as_deref().unwrap_or("other")))
    }
    /// A status's name.
    pub fn status(&self, s: &str) -> String {
        self.0.tr.t(&format!("status-{s}"))
    }
    /// Which part of an issue a redaction removed text from (a message id).
    pub fn redacted_part(&self, kind: &Kind, field: &str) -> &'static str {
        match (kind, field) {
            (Kind::Issue, "title") => "redacted-issue-title",
            (Kind::Issue, _) => "redacted-issue-body",
            (Kind::Comment, _) => "redacted-comment",
            (Kind::Answer | Kind::Recommendation | Kind::OfficialResponse | Kind::Progress, _) => "redacted-answer",
        }
    }
    /// The language a text is written in.
    pub fn lang(&self, tag: &str) -> ContentLanguage {
        ContentLanguage::of(tag)
    }
}

#[derive(Template)]
#[template(path = "issues/list.html")]
struct ListPage {
    ctx: Ctx,
    m: Municipality,
    choices: Choices,
    issues: Vec<Issue>,
    translations: Vec<Translation>,
    q: ListQuery,
    next: Option<String>,
    languages: Vec<ContentLanguage>,
}

impl ListPage {
    fn show(&self) -> Show<'_> {
        Show(&self.ctx)
    }
    /// The title to show for an issue: (text, language, is a machine translation), in the
    /// reader's language when a translation exists.
    fn title_of(&self, i: &Issue) -> (String, String, Option<bool>) {
        match self.translations.iter().find(|t| t.content_id == i.id) {
            Some(t) => (t.title.clone(), t.lang.clone(), Some(t.is_machine() && !t.reviewed)),
            None => (i.title.clone(), i.lang.clone(), None),
        }
    }
    fn category_name(&self, id: &i64) -> String {
        self.choices.categories.iter().find(|t| t.id == *id).map(|t| t.name(&self.ctx.tr)).unwrap_or_default()
    }
}

/// Listing filters as they arrive in the query string (all optional; bad values are ignored).
/// The JSON API takes the same parameters.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
pub(crate) struct ListQuery {
    /// Words to search for.
    pub q: String,
    theme: String,
    tag: String,
    status: String,
    lang: String,
    neighbourhood: String,
    sort: String,
    after: String,
    notice: String,
}

impl ListQuery {
    pub(crate) fn sort(&self) -> Sort {
        match self.sort.as_str() {
            "supported" => Sort::MostSupported,
            "answered" => Sort::RecentlyAnswered,
            _ => Sort::Newest,
        }
    }
    pub(crate) fn filter(&self, backend: Backend) -> Filter {
        let id = |s: &str| s.parse::<i64>().ok();
        Filter {
            search: Search::all_words(backend, &self.q),
            theme: id(&self.theme),
            tag: id(&self.tag),
            status: Some(self.status.clone()).filter(|s| db::issues::PUBLIC_STATUSES.contains(&s.as_str())),
            lang: ContentLanguage::parse(&self.lang).ok().map(|l| l.tag().to_string()),
            neighbourhood: id(&self.neighbourhood),
            after: self.after.split_once('.').and_then(|(k, i)| Some((k.parse().ok()?, i.parse().ok()?))),
        }
    }
    /// Whether any filter is set (the filter panel opens).
    fn filtered(&self) -> bool {
        [&self.theme, &self.tag, &self.status, &self.lang, &self.neighbourhood].iter().any(|v| !v.is_empty())
    }
    /// The query string for the next page after `last`.
    pub(crate) fn next_after(&self, last: &Issue) -> String {
        let key = match self.sort() {
            Sort::Newest => last.published_at.unwrap_or_default(),
            Sort::MostSupported => last.supports,
            Sort::RecentlyAnswered => last.answered_at.unwrap_or_default(),
        };
        let pairs = [
            ("q", self.q.as_str()),
            ("theme", &self.theme),
            ("tag", &self.tag),
            ("status", &self.status),
            ("lang", &self.lang),
            ("neighbourhood", &self.neighbourhood),
            ("sort", &self.sort),
        ];
        let mut q = form_urlencoded::Serializer::new(String::new());
        for (k, v) in pairs.iter().filter(|(_, v)| !v.is_empty()) {
            q.append_pair(k, v);
        }
        q.append_pair("after", &format!("{key}.{}", last.id));
        q.finish()
    }
}

async fn list(State(state): State<AppState>, ctx: Ctx, Path(slug): Path<String>, Query(q): Query<ListQuery>) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let ctx = ctx.for_municipality(&m);
    let filter = q.filter(state.backend);
    let listed = state.listings.page(&state.db, state.backend, m.id, q.sort(), &filter, Some(ctx.tr.lang()), PAGE + 1).await?;
    let mut issues = listed.issues.clone();
    let next = if issues.len() as i64 > PAGE {
        issues.truncate(PAGE as usize);
        issues.last().map(|last| q.next_after(last))
    } else {
        None
    };
    let choices = services::issues::choices(&state, &m).await?;
    let translations = listed.translations.clone();
    Ok(render(&ListPage { ctx, m, choices, issues, translations, q, next, languages: ContentLanguage::all() }))
}

#[derive(Template)]
#[template(path = "issues/new.html")]
struct NewPage {
    ctx: Ctx,
    m: Municipality,
    choices: Choices,
    form: IssueForm,
    errors: FieldErrors,
    /// On the confirmation step: the detected language and similar issues.
    confirm: Option<(Option<ContentLanguage>, Vec<Issue>)>,
    languages: Vec<ContentLanguage>,
}

impl NewPage {
    fn show(&self) -> Show<'_> {
        Show(&self.ctx)
    }
    fn groups(&self) -> Vec<(String, Vec<&Theme>)> {
        category_groups(&self.ctx, &self.choices)
    }
    fn selected_lang(&self) -> &str {
        match (&self.form.lang, &self.confirm) {
            (l, _) if !l.is_empty() => l,
            (_, Some((Some(detected), _))) => detected.tag(),
            _ => self.ctx.tr.lang(),
        }
    }
}

async fn new(State(state): State<AppState>, SignedIn(_, ctx): SignedIn, Path(slug): Path<String>) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let choices = services::issues::choices(&state, &m).await?;
    let page = NewPage {
        ctx: ctx.for_municipality(&m),
        m,
        choices,
        form: IssueForm::default(),
        errors: FieldErrors::new(),
        confirm: None,
        languages: ContentLanguage::all(),
    };
    Ok(render(&page))
}

async fn submit(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path(slug): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let form = IssueForm::from_pairs(&pairs);
    if pairs.iter().any(|(k, _)| k == "edit") {
        // "Change my text" on the confirmation step: back to the first step, text kept.
        let choices = services::issues::choices(&state, &m).await?;
        let form = IssueForm { confirmed: false, ..form };
        let page = NewPage {
            ctx: ctx.for_municipality(&m),
            m,
            choices,
            form,
            errors: FieldErrors::new(),
            confirm: None,
            languages: ContentLanguage::all(),
        };
        return Ok(render(&page));
    }
    let (status, errors, confirm) = match services::issues::submit(&state, &user, &m, &form).await {
        Ok(Submitted::Created { id, .. }) => return Ok(see_other(&format!("/m/{}/issues/{id}?submitted=1", m.slug))),
        Ok(Submitted::Confirm { detected, similar }) => (StatusCode::OK, FieldErrors::new(), Some((detected, similar))),
        Err(AppError::Validation(errors)) => {
            // A wrong language on the confirmation step keeps the person on that step.
            let confirm = form.confirmed.then(|| (None, Vec::new()));
            (StatusCode::UNPROCESSABLE_ENTITY, errors, confirm)
        }
        Err(e) => return Err(e),
    };
    let choices = services::issues::choices(&state, &m).await?;
    let page = NewPage { ctx: ctx.for_municipality(&m), m, choices, form, errors, confirm, languages: ContentLanguage::all() };
    Ok(render_with(status, &page))
}

#[derive(Template)]
#[template(path = "issues/edit.html")]
struct EditPage {
    ctx: Ctx,
    m: Municipality,
    id: i64,
    choices: Choices,
    form: IssueForm,
    errors: FieldErrors,
    /// What the moderator asked for: (reason message id, note).
    request: Option<(Option<String>, Option<String>)>,
    languages: Vec<ContentLanguage>,
}

impl EditPage {
    fn show(&self) -> Show<'_> {
        Show(&self.ctx)
    }
    fn groups(&self) -> Vec<(String, Vec<&Theme>)> {
        category_groups(&self.ctx, &self.choices)
    }
}

/// Categories grouped by dimension, in taxonomy order: (dimension name, categories).
fn category_groups<'a>(ctx: &Ctx, choices: &'a Choices) -> Vec<(String, Vec<&'a Theme>)> {
    let mut groups: Vec<(Option<String>, Vec<&Theme>)> = Vec::new();
    for t in &choices.categories {
        match groups.last_mut() {
            Some((d, list)) if *d == t.dimension => list.push(t),
            _ => groups.push((t.dimension.clone(), vec![t])),
        }
    }
    groups.into_iter().map(|(d, list)| (Show(ctx).dimension(&d), list)).collect()
}

async fn edit_page(
    state: &AppState,
    user: &crate::db::users::User,
    ctx: Ctx,
    m: Municipality,
    id: i64,
    form: Option<(IssueForm, FieldErrors)>,
) -> Result<Response> {
    let (issue, tags) = services::issues::editable(state, user, &m, id).await?;
    let request =
        db::issues::events(&state.db, id).await?.into_iter().rev().find(|e| e.status == "edit-requested").map(|e| (e.reason, e.note));
    let (status, form, errors) = match form {
        Some((form, errors)) => (StatusCode::UNPROCESSABLE_ENTITY, form, errors),
        None => (
            StatusCode::OK,
            IssueForm {
                title: issue.title,
                body: issue.body,
                theme: issue.theme_id.to_string(),
                tags: tags.iter().map(|t| t.id.to_string()).collect(),
                neighbourhood: issue.neighbourhood_id.map(|n| n.to_string()).unwrap_or_default(),
                anonymous: issue.anonymous,
                lang: issue.lang,
                confirmed: true,
            },
            FieldErrors::new(),
        ),
    };
    let choices = services::issues::choices(state, &m).await?;
    let page = EditPage { ctx: ctx.for_municipality(&m), m, id, choices, form, errors, request, languages: ContentLanguage::all() };
    Ok(render_with(status, &page))
}

async fn edit(State(state): State<AppState>, SignedIn(user, ctx): SignedIn, Path((slug, id)): Path<(String, i64)>) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    edit_page(&state, &user, ctx, m, id, None).await
}

async fn save_edit(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, id)): Path<(String, i64)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let form = IssueForm::from_pairs(&pairs);
    match services::issues::save_edit(&state, &user, &m, id, &form).await {
        Ok(()) => Ok(see_other(&format!("/m/{}/issues/{id}?notice=issue-edited", m.slug))),
        Err(AppError::Validation(errors)) => edit_page(&state, &user, ctx, m, id, Some((form, errors))).await,
        Err(e) => Err(e),
    }
}

#[derive(Template)]
#[template(path = "issues/help.html")]
struct HelpPage {
    ctx: Ctx,
    m: Municipality,
    services: Vec<Service>,
}

impl HelpPage {
    fn show(&self) -> Show<'_> {
        Show(&self.ctx)
    }
}

/// The referral directory: open to everyone, signed in or not; nothing is stored.
async fn help(State(state): State<AppState>, ctx: Ctx, Path(slug): Path<String>) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let ctx = ctx.for_municipality(&m);
    let services = services::referrals::directory(&state, &m, Some(ctx.tr.lang())).await?;
    Ok(render(&HelpPage { ctx, m, services }))
}
