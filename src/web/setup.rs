//! A municipality's setup, for admins: its categories, tags and neighbourhoods, and the
//! referral directory.

use askama::Template;
use axum::{
    Form, Router,
    extract::{Path, State},
    http::StatusCode,
    response::Response,
    routing::{get, post},
};

use super::{AdminUser, Ctx, issues::Show, render_with, see_other};
use crate::{
    db::{
        self,
        municipalities::Municipality,
        referrals::Service,
        themes::{CATEGORIES, Theme},
    },
    domain::{content_language::ContentLanguage, participation::ServiceForm},
    error::{AppError, FieldErrors, Result},
    services::{
        self,
        taxonomy::{self, Change},
    },
    state::AppState,
};

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/admin/municipalities/{id}/taxonomy", get(taxonomy_page).post(change_taxonomy))
        .route("/admin/municipalities/{id}/services", get(services_page).post(create_service))
        .route("/admin/municipalities/{id}/services/{sid}", get(edit_service).post(update_service))
        .route("/admin/municipalities/{id}/services/{sid}/delete", post(delete_service))
}

async fn load(state: &AppState, id: i64) -> Result<Municipality> {
    state.directory.get(&state.db).await?.municipality_by_id(id).cloned().ok_or(AppError::NotFound)
}

#[derive(Template)]
#[template(path = "admin/taxonomy.html")]
struct TaxonomyPage {
    ctx: Ctx,
    m: Municipality,
    categories: Vec<Theme>,
    tags: Vec<Theme>,
    neighbourhoods: Vec<(i64, String)>,
    dimensions: Vec<&'static str>,
    /// The form as typed when it failed: (field, value).
    typed: Vec<(String, String)>,
    /// Errors of the forms that add things.
    errors: FieldErrors,
    /// The error of one row's form: (its field's id, message id).
    row_error: Option<(String, &'static str)>,
}

impl TaxonomyPage {
    fn row_error(&self, field: &str) -> Option<&'static str> {
        self.row_error.as_ref().filter(|(f, _)| f == field).map(|(_, e)| *e)
    }
    fn show(&self) -> Show<'_> {
        Show::new(&self.ctx)
    }
    fn dimension_name(&self, d: &&str) -> String {
        self.show().dimension(&Some(d.to_string()))
    }
    fn in_dimension(&self, d: &&str) -> Vec<&Theme> {
        self.categories.iter().filter(|t| t.dimension.as_deref() == Some(*d)).collect()
    }
    fn typed(&self, field: &str) -> String {
        self.typed.iter().find(|(k, _)| k == field).map(|(_, v)| v.clone()).unwrap_or_default()
    }
    /// The name field's value for a neighbourhood: what was typed, else its name.
    fn nb_value(&self, id: &i64, name: &str) -> String {
        let typed = self.typed(&format!("nb-{id}"));
        if typed.is_empty() { name.to_string() } else { typed }
    }
    /// The label field's value for a theme: what was typed, else its admin label.
    fn label_value(&self, t: &Theme) -> String {
        let typed = self.typed(&format!("label-{}", t.id));
        if typed.is_empty() { t.label.clone().unwrap_or_default() } else { typed }
    }
}

async fn taxonomy_response(
    state: &AppState,
    ctx: Ctx,
    m: Municipality,
    typed: Vec<(String, String)>,
    errors: FieldErrors,
    row_error: Option<(String, &'static str)>,
) -> Result<Response> {
    let directory = state.directory.get(&state.db).await?;
    let (categories, tags) = directory.themes(m.id).iter().cloned().partition(Theme::is_category);
    let neighbourhoods = directory.neighbourhoods(m.id).to_vec();
    let status = if errors.is_empty() && row_error.is_none() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let page = TaxonomyPage {
        row_error,
        ctx,
        m,
        categories,
        tags,
        neighbourhoods,
        dimensions: CATEGORIES.iter().map(|(d, _)| *d).collect(),
        typed,
        errors,
    };
    Ok(render_with(status, &page))
}

async fn taxonomy_page(State(state): State<AppState>, AdminUser(_, ctx): AdminUser, Path(id): Path<i64>) -> Result<Response> {
    let m = load(&state, id).await?;
    taxonomy_response(&state, ctx, m, Vec::new(), FieldErrors::new(), None).await
}

/// Reads the change a taxonomy form asks for. Each form names its `action`; forms about one
/// theme or neighbourhood carry its `id`, and their text field is named after it.
fn change_of(pairs: &[(String, String)]) -> Option<(Change, String)> {
    let get = |k: &str| pairs.iter().find(|(key, _)| key == k).map(|(_, v)| v.clone()).unwrap_or_default();
    let id = get("id").parse::<i64>().ok();
    Some(match (get("action").as_str(), id) {
        ("add-category", _) => (Change::AddCategory { dimension: get("dimension"), label: get("label") }, "label".into()),
        ("add-tag", _) => (Change::AddTag { label: get("tag_label") }, "tag_label".into()),
        ("rename", Some(id)) => (Change::Rename { id, label: get(&format!("label-{id}")) }, format!("label-{id}")),
        ("remove", Some(id)) => (Change::Remove { id }, format!("label-{id}")),
        ("add-neighbourhood", _) => (Change::AddNeighbourhood { name: get("neighbourhood") }, "neighbourhood".into()),
        ("rename-neighbourhood", Some(id)) => (Change::RenameNeighbourhood { id, name: get(&format!("nb-{id}")) }, format!("nb-{id}")),
        ("remove-neighbourhood", Some(id)) => (Change::RemoveNeighbourhood { id }, format!("nb-{id}")),
        _ => return None,
    })
}

async fn change_taxonomy(
    State(state): State<AppState>,
    AdminUser(actor, ctx): AdminUser,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response> {
    let m = load(&state, id).await?;
    let (change, field) = change_of(&pairs).ok_or(AppError::BadRequest("error-bad-request"))?;
    let row = field.contains('-');
    let (errors, message) = match taxonomy::apply(&state, &actor, &m, &change).await {
        Ok(()) => return Ok(see_other(&format!("/admin/municipalities/{id}/taxonomy"))),
        Err(AppError::Validation(errors)) => {
            let first = errors.iter().next().map(|(_, e)| e);
            (errors, first)
        }
        Err(AppError::Conflict(message)) => (FieldErrors::new(), Some(message)),
        Err(e) => return Err(e),
    };
    // A row's form has one field, named after the row: its error goes there.
    let (errors, row_error) = if row { (FieldErrors::new(), message.map(|e| (field, e))) } else { (errors, None) };
    taxonomy_response(&state, ctx, m, pairs, errors, row_error).await
}

#[derive(Template)]
#[template(path = "admin/services.html")]
struct ServicesPage {
    ctx: Ctx,
    m: Municipality,
    services: Vec<Service>,
    /// The service being edited (`None`: the form adds one).
    editing: Option<i64>,
    form: ServiceForm,
    errors: FieldErrors,
    languages: Vec<ContentLanguage>,
}

impl ServicesPage {
    fn show(&self) -> Show<'_> {
        Show::new(&self.ctx)
    }
    fn action(&self) -> String {
        match self.editing {
            Some(sid) => format!("/admin/municipalities/{}/services/{sid}", self.m.id),
            None => format!("/admin/municipalities/{}/services", self.m.id),
        }
    }
}

async fn services_response(
    state: &AppState,
    ctx: Ctx,
    m: Municipality,
    editing: Option<i64>,
    form: ServiceForm,
    errors: FieldErrors,
) -> Result<Response> {
    let services = services::referrals::directory(state, &m, None).await?;
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    Ok(render_with(status, &ServicesPage { ctx, m, services, editing, form, errors, languages: ContentLanguage::all() }))
}

async fn services_page(State(state): State<AppState>, AdminUser(_, ctx): AdminUser, Path(id): Path<i64>) -> Result<Response> {
    let m = load(&state, id).await?;
    services_response(&state, ctx, m, None, ServiceForm::default(), FieldErrors::new()).await
}

async fn save_service(
    state: AppState,
    actor: crate::db::users::User,
    ctx: Ctx,
    id: i64,
    sid: Option<i64>,
    pairs: Vec<(String, String)>,
) -> Result<Response> {
    let m = load(&state, id).await?;
    let form = ServiceForm::from_pairs(&pairs);
    match services::referrals::save(&state, &actor, &m, sid, &form).await {
        Ok(_) => Ok(see_other(&format!("/admin/municipalities/{id}/services"))),
        Err(AppError::Validation(errors)) => services_response(&state, ctx, m, sid, form, errors).await,
        Err(e) => Err(e),
    }
}

async fn create_service(
    State(state): State<AppState>,
    AdminUser(actor, ctx): AdminUser,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response> {
    save_service(state, actor, ctx, id, None, pairs).await
}

async fn edit_service(State(state): State<AppState>, AdminUser(_, ctx): AdminUser, Path((id, sid)): Path<(i64, i64)>) -> Result<Response> {
    let m = load(&state, id).await?;
    let s = db::referrals::by_id(&state.db, m.id, sid).await?.ok_or(AppError::NotFound)?;
    let form = ServiceForm { name: s.name, description: s.description, languages: s.languages, contact: s.contact };
    services_response(&state, ctx, m, Some(sid), form, FieldErrors::new()).await
}

async fn update_service(
    State(state): State<AppState>,
    AdminUser(actor, ctx): AdminUser,
    Path((id, sid)): Path<(i64, i64)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response> {
    save_service(state, actor, ctx, id, Some(sid), pairs).await
}

async fn delete_service(
    State(state): State<AppState>,
    AdminUser(actor, _): AdminUser,
    Path((id, sid)): Path<(i64, i64)>,
) -> Result<Response> {
    let m = load(&state, id).await?;
    services::referrals::delete(&state, &actor, &m, sid).await?;
    Ok(see_other(&format!("/admin/municipalities/{id}/services")))
}
