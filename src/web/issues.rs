//! Issues of a municipality: the listing, raising one (with the language confirmation step),
//! the issue page with its timeline, and supporting.

use askama::Template;
use axum::{
    Form, Router,
    extract::{Path, Query, State},
    http::StatusCode,
    response::Response,
    routing::{get, post},
};

use super::{Ctx, SignedIn, municipality, render, render_with, see_other};
use crate::{
    app::AppState,
    db::{
        self,
        issues::{Filter, Issue, Sort},
        municipalities::Municipality,
        themes::{Theme, dimension_message},
        translations::Translation,
    },
    domain::{content_language::ContentLanguage, issue::IssueForm},
    error::{AppError, FieldErrors, Result},
    services::{
        self,
        issues::{Choices, IssueView, Submitted},
    },
};

/// Issues shown per page of the listing.
const PAGE: i64 = 20;

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/m/{slug}/issues", get(list).post(submit))
        .route("/m/{slug}/issues/new", get(new))
        .route("/m/{slug}/issues/{id}", get(show))
        .route("/m/{slug}/issues/{id}/support", post(support))
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
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
struct ListQuery {
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
    fn sort(&self) -> Sort {
        if self.sort == "supported" { Sort::MostSupported } else { Sort::Newest }
    }
    fn filter(&self) -> Filter {
        let id = |s: &str| s.parse::<i64>().ok();
        Filter {
            theme: id(&self.theme),
            tag: id(&self.tag),
            status: Some(self.status.clone()).filter(|s| db::issues::PUBLIC_STATUSES.contains(&s.as_str())),
            lang: ContentLanguage::parse(&self.lang).ok().map(|l| l.tag().to_string()),
            neighbourhood: id(&self.neighbourhood),
            after: self.after.split_once('.').and_then(|(k, i)| Some((k.parse().ok()?, i.parse().ok()?))),
        }
    }
    /// The query string for the next page after `last`.
    fn next_after(&self, last: &Issue) -> String {
        let key = match self.sort() {
            Sort::Newest => last.published_at.unwrap_or_default(),
            Sort::MostSupported => last.supports,
        };
        let pairs = [
            ("theme", self.theme.as_str()),
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
    let mut issues = db::issues::list(&state.db, m.id, q.sort(), &q.filter(), PAGE + 1).await?;
    let next = if issues.len() as i64 > PAGE {
        issues.truncate(PAGE as usize);
        issues.last().map(|last| q.next_after(last))
    } else {
        None
    };
    let choices = services::issues::choices(&state, &m).await?;
    let ctx = ctx.for_municipality(&m);
    let ids: Vec<i64> = issues.iter().filter(|i| i.lang != ctx.tr.lang()).map(|i| i.id).collect();
    let translations = db::translations::for_many(&state.db, &ids, ctx.tr.lang()).await?;
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
    /// Categories grouped by dimension: (dimension name, categories).
    fn groups(&self) -> Vec<(String, Vec<&Theme>)> {
        let mut groups: Vec<(Option<String>, Vec<&Theme>)> = Vec::new();
        for t in &self.choices.categories {
            match groups.last_mut() {
                Some((d, list)) if *d == t.dimension => list.push(t),
                _ => groups.push((t.dimension.clone(), vec![t])),
            }
        }
        groups.into_iter().map(|(d, list)| (self.show().dimension(&d), list)).collect()
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
#[template(path = "issues/show.html")]
struct ShowPage {
    ctx: Ctx,
    m: Municipality,
    v: IssueView,
    just_submitted: bool,
    reported: bool,
    report_reasons: [&'static str; 5],
}

impl ShowPage {
    fn show(&self) -> Show<'_> {
        Show(&self.ctx)
    }
}

#[derive(serde::Deserialize)]
struct ShowQuery {
    submitted: Option<String>,
    reported: Option<String>,
    original: Option<String>,
}

async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    Query(q): Query<ShowQuery>,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let ctx = ctx.for_municipality(&m);
    let v = services::issues::view(&state, ctx.user.as_ref(), &m, id, ctx.tr.lang(), q.original.is_some()).await?;
    let just_submitted = q.submitted.is_some() && v.is_author;
    let reported = q.reported.is_some();
    let report_reasons = services::moderation::REPORT_REASONS;
    Ok(render(&ShowPage { ctx, m, v, just_submitted, reported, report_reasons }))
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
