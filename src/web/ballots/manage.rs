//! The council's pages: a new ballot, and a draft's settings, texts, options and import; then
//! opening, and publishing once it is counted.

use askama::Template;
use axum::{
    body::Bytes,
    extract::{Multipart, Path, State},
    http::StatusCode,
    response::Response,
};

use super::pairs;
use crate::{
    db::{self, municipalities::Municipality},
    domain::{
        ballot::{Ballot, BallotForm, Method, format_datetime, text_field},
        content_language::ContentLanguage,
    },
    error::{AppError, FieldErrors, Result},
    services::{
        self,
        ballots::{BallotView, import::ImportError},
    },
    state::AppState,
    web::{SignedIn, municipality, render_with, see_other},
};

/// A settings form with its errors, as the shared fields template reads it.
pub struct SettingsForm {
    form: BallotForm,
    /// Errors per field.
    pub errors: FieldErrors,
    /// The municipality's languages.
    pub languages: Vec<ContentLanguage>,
}

impl SettingsForm {
    pub(crate) fn new(m: &Municipality, form: BallotForm, errors: FieldErrors) -> Self {
        Self { form, errors, languages: m.languages.iter().map(|l| ContentLanguage::of(l)).collect() }
    }
    /// A field's value as typed.
    pub fn val(&self, name: &str) -> &str {
        self.form.get(name).map_or("", String::as_str)
    }
    /// A per-language field's value.
    pub fn text(&self, kind: &str, lang: &str) -> &str {
        self.val(&text_field(kind, lang))
    }
    /// A per-language field's name.
    pub fn name(&self, kind: &str, lang: &str) -> String {
        text_field(kind, lang)
    }
    /// The error message id of a field.
    pub fn err(&self, name: &str) -> Option<&'static str> {
        self.errors.get(name)
    }
    /// Whether a checkbox is ticked.
    pub fn on(&self, name: &str) -> bool {
        matches!(self.val(name), "on" | "1" | "true")
    }
    /// Every method, for the choice.
    pub fn methods(&self) -> [Method; 4] {
        Method::ALL
    }
}

/// The settings form filled from a stored ballot.
fn form_of(v: &BallotView) -> BallotForm {
    let b: &Ballot = &v.ballot;
    let mut f = BallotForm::new();
    let mut put = |k: &str, v: String| {
        f.insert(k.to_string(), v);
    };
    put("method", b.method.as_str().into());
    put("opens_at", format_datetime(b.opens_at));
    put("closes_at", format_datetime(b.closes_at));
    put("min_picks", b.min_picks.to_string());
    put("max_picks", b.max_picks.to_string());
    put("points_total", b.points_total.to_string());
    put("points_per_option", b.points_per_option.to_string());
    put("budget", b.budget.to_string());
    put("binding_rule", b.binding_rule.as_str().into());
    put("ranked_strength", if b.winning_votes { "winning" } else { "margin" }.into());
    for (k, on) in [("within_budget", b.within_budget), ("verified_only", b.verified_only), ("allow_recast", b.allow_recast)] {
        if on {
            put(k, "on".into());
        }
    }
    for t in &v.texts {
        put(&text_field("title", &t.lang), t.title.clone());
        put(&text_field("description", &t.lang), t.description.clone());
    }
    f
}

#[derive(Template)]
#[template(path = "ballots/new.html")]
struct NewPage {
    ctx: crate::web::Ctx,
    m: Municipality,
    s: SettingsForm,
}

async fn manager(state: &AppState, user: &db::users::User, m: &Municipality) -> Result<()> {
    if services::ballots::may_manage(state, user, m).await? { Ok(()) } else { Err(AppError::Forbidden) }
}

/// The form for a new ballot.
pub async fn new(State(state): State<AppState>, SignedIn(user, ctx): SignedIn, Path(slug): Path<String>) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    manager(&state, &user, &m).await?;
    let now = db::now();
    let mut form = BallotForm::new();
    form.insert("opens_at".into(), format_datetime(now - now % 3600 + 3600));
    form.insert("closes_at".into(), format_datetime(now - now % 3600 + 15 * 86400));
    form.insert("min_picks".into(), "1".into());
    let ctx = ctx.for_municipality(&m);
    let s = SettingsForm::new(&m, form, FieldErrors::new());
    Ok(render_with(StatusCode::OK, &NewPage { ctx, m, s }))
}

/// Creates a draft and goes on to its options.
pub async fn create(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path(slug): Path<String>,
    body: Bytes,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let form: BallotForm = pairs(&body).into_iter().collect();
    match services::ballots::create(&state, &user, &m, &form).await {
        Ok(id) => Ok(see_other(&format!("/m/{}/ballots/{id}/manage", m.slug))),
        Err(AppError::Validation(errors)) => {
            let ctx = ctx.for_municipality(&m);
            let s = SettingsForm::new(&m, form, errors);
            Ok(render_with(StatusCode::UNPROCESSABLE_ENTITY, &NewPage { ctx, m, s }))
        }
        Err(e) => Err(e),
    }
}

#[derive(Template)]
#[template(path = "ballots/manage.html")]
struct ManagePage {
    ctx: crate::web::Ctx,
    m: Municipality,
    v: BallotView,
    s: SettingsForm,
    /// The add-option form as typed.
    o: SettingsForm,
    /// Published issues an option may stand for: `(id, title)`.
    issues: Vec<(i64, String)>,
    /// Why an import failed, in the reader's language.
    import_error: Option<String>,
    /// Why the ballot could not open.
    open_errors: FieldErrors,
    /// A notice after an action (message id).
    notice: Option<&'static str>,
}

impl ManagePage {
    fn lang_name(&self, tag: &str) -> &'static str {
        ContentLanguage::of(tag).name()
    }
    fn dir(&self, tag: &str) -> &'static str {
        ContentLanguage::of(tag).dir()
    }
    fn when(&self, t: &i64) -> String {
        super::when(*t)
    }
    fn is_draft(&self) -> bool {
        self.v.ballot.status == crate::domain::ballot::Status::Draft
    }
    fn is_closed(&self) -> bool {
        self.v.ballot.status == crate::domain::ballot::Status::Closed
    }
    fn label(&self, o: &services::ballots::OptionView, lang: &str) -> String {
        o.option.titles.iter().find(|(l, _)| l == lang).map(|(_, t)| t.clone()).unwrap_or_default()
    }
}

/// What the manage page shows besides the ballot.
#[derive(Default)]
struct Extras {
    s: Option<SettingsForm>,
    o: Option<SettingsForm>,
    import_error: Option<String>,
    open_errors: FieldErrors,
    notice: Option<&'static str>,
}

async fn manage_page(state: &AppState, ctx: crate::web::Ctx, m: Municipality, id: i64, x: Extras) -> Result<Response> {
    let ctx = ctx.for_municipality(&m);
    let user = ctx.user.clone().ok_or(AppError::Unauthorized)?;
    manager(state, &user, &m).await?;
    let v = services::ballots::view(state, Some(&user), &m, id, ctx.tr.lang()).await?;
    let failed = x.s.is_some() || x.o.is_some() || x.import_error.is_some() || !x.open_errors.is_empty();
    let s = x.s.unwrap_or_else(|| SettingsForm::new(&m, form_of(&v), FieldErrors::new()));
    let o = x.o.unwrap_or_else(|| SettingsForm::new(&m, BallotForm::new(), FieldErrors::new()));
    let filter = db::issues::Filter::default();
    let issues = db::listing::list(&state.db, state.backend, m.id, db::issues::Sort::MostSupported, &filter, 100).await?;
    let issues = issues.into_iter().map(|i| (i.id, i.title)).collect();
    let status = if failed { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let page = ManagePage { ctx, m, v, s, o, issues, import_error: x.import_error, open_errors: x.open_errors, notice: x.notice };
    Ok(render_with(status, &page))
}

/// The `?notice=` of a page reached after an action.
#[derive(serde::Deserialize)]
pub struct NoticeQuery {
    notice: Option<String>,
}

impl NoticeQuery {
    /// The notice asked for, if any (pages only show the ones they know).
    pub fn notice(&self) -> Option<&str> {
        self.notice.as_deref()
    }
}

/// Notices the manage page may show (anything else in the query is ignored).
const NOTICES: [&str; 4] = ["ballot-saved", "ballot-option-added", "ballot-imported", "ballot-opened"];

/// A ballot's manage page.
pub async fn page(
    State(state): State<AppState>,
    SignedIn(_, ctx): SignedIn,
    Path((slug, id)): Path<(String, i64)>,
    crate::web::query::Query(q): crate::web::query::Query<NoticeQuery>,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let notice = q.notice().and_then(|n| NOTICES.iter().find(|x| **x == n).copied());
    manage_page(&state, ctx, m, id, Extras { notice, ..Extras::default() }).await
}

fn back(m: &Municipality, id: i64, notice: &str) -> Response {
    see_other(&format!("/m/{}/ballots/{id}/manage?notice={notice}", m.slug))
}

/// Saves a draft's settings and texts.
pub async fn save_settings(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, id)): Path<(String, i64)>,
    body: Bytes,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let form: BallotForm = pairs(&body).into_iter().collect();
    match services::ballots::update(&state, &user, &m, id, &form).await {
        Ok(()) => Ok(back(&m, id, "ballot-saved")),
        Err(AppError::Validation(errors)) => {
            let s = SettingsForm::new(&m, form, errors);
            manage_page(&state, ctx, m, id, Extras { s: Some(s), ..Extras::default() }).await
        }
        Err(e) => Err(e),
    }
}

/// Adds an option.
pub async fn add_option(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, id)): Path<(String, i64)>,
    body: Bytes,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let form: BallotForm = pairs(&body).into_iter().collect();
    match services::ballots::add_option(&state, &user, &m, id, &form).await {
        Ok(_) => Ok(back(&m, id, "ballot-option-added")),
        Err(AppError::Validation(errors)) => {
            let o = SettingsForm::new(&m, form, errors);
            manage_page(&state, ctx, m, id, Extras { o: Some(o), ..Extras::default() }).await
        }
        Err(e) => Err(e),
    }
}

/// Saves an option's labels and cost.
pub async fn save_option(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, id, option)): Path<(String, i64, i64)>,
    body: Bytes,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let form: BallotForm = pairs(&body).into_iter().collect();
    match services::ballots::update_option(&state, &user, &m, id, option, &form).await {
        Ok(()) => Ok(back(&m, id, "ballot-saved")),
        Err(AppError::Validation(errors)) => {
            let o = SettingsForm::new(&m, form, errors);
            manage_page(&state, ctx, m, id, Extras { o: Some(o), ..Extras::default() }).await
        }
        Err(e) => Err(e),
    }
}

/// Removes an option.
pub async fn remove_option(
    State(state): State<AppState>,
    SignedIn(user, _): SignedIn,
    Path((slug, id, option)): Path<(String, i64, i64)>,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    services::ballots::remove_option(&state, &user, &m, id, option).await?;
    Ok(back(&m, id, "ballot-saved"))
}

/// Replaces the options with a pabulib file's projects (a `multipart/form-data` upload).
pub async fn import(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, id)): Path<(String, i64)>,
    mut multipart: Multipart,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let mut text = None;
    while let Ok(Some(field)) = multipart.next_field().await {
        if field.name() == Some("file") {
            let bytes = field.bytes().await.map_err(|_| AppError::BadRequest("error-bad-request"))?;
            text = Some(String::from_utf8_lossy(&bytes).into_owned());
        }
    }
    let tr = ctx.tr;
    let failed = |message: String| Extras { import_error: Some(message), ..Extras::default() };
    let Some(text) = text.filter(|t| !t.trim().is_empty()) else {
        return manage_page(&state, ctx, m, id, failed(tr.t("ballot-import-empty"))).await;
    };
    match services::ballots::import::from_pabulib(&state, &user, &m, id, &text).await {
        Ok(_) => Ok(back(&m, id, "ballot-imported")),
        Err(ImportError::File { line }) => {
            manage_page(&state, ctx, m, id, failed(tr.tn("ballot-import-invalid", "line", line as i64))).await
        }
        Err(ImportError::Unsuitable) => manage_page(&state, ctx, m, id, failed(tr.t("ballot-import-unsuitable"))).await,
        Err(ImportError::App(e)) => Err(e),
    }
}

/// Opens a complete draft.
pub async fn open(State(state): State<AppState>, SignedIn(user, ctx): SignedIn, Path((slug, id)): Path<(String, i64)>) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    match services::ballots::open(&state, &user, &m, id).await {
        Ok(()) => Ok(back(&m, id, "ballot-opened")),
        Err(AppError::Validation(errors)) => manage_page(&state, ctx, m, id, Extras { open_errors: errors, ..Extras::default() }).await,
        Err(e) => Err(e),
    }
}

/// Deletes a draft.
pub async fn delete(State(state): State<AppState>, SignedIn(user, _): SignedIn, Path((slug, id)): Path<(String, i64)>) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    services::ballots::delete(&state, &user, &m, id).await?;
    Ok(see_other(&format!("/m/{}/ballots", m.slug)))
}

/// Publishes a counted ballot's results.
pub async fn publish(
    State(state): State<AppState>,
    SignedIn(user, _): SignedIn,
    Path((slug, id)): Path<(String, i64)>,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    services::ballots::count::publish(&state, &user, &m, id).await?;
    Ok(see_other(&format!("/m/{}/ballots/{id}/results", m.slug)))
}
