//! Administration pages: municipalities, accounts, roles and in-person reset codes.

use askama::Template;
use axum::{
    Form, Router,
    extract::{Path, State},
    http::StatusCode,
    response::Response,
    routing::{get, post},
};

use super::{AdminUser, Ctx, query::Query, render, render_with, see_other};
use crate::{
    db::{self, municipalities::Municipality, roles::Grant, users::User},
    domain::{
        municipality::{MunicipalityForm, MunicipalityInput},
        role::Role,
    },
    error::{AppError, FieldErrors, Result},
    services::admin,
    state::AppState,
};

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/admin", get(index))
        .route("/admin/municipalities/new", get(new_municipality))
        .route("/admin/municipalities", post(create_municipality))
        .route("/admin/municipalities/{id}", get(edit_municipality).post(update_municipality))
        .route("/admin/users", get(users))
        .route("/admin/users/{id}", get(user))
        .route("/admin/users/{id}/roles", post(set_role))
        .route("/admin/users/{id}/admin", post(set_admin))
        .route("/admin/users/{id}/reset-code", post(reset_code))
}

#[derive(Template)]
#[template(path = "admin/index.html")]
struct IndexPage {
    ctx: Ctx,
    municipalities: Vec<Municipality>,
}

async fn index(State(state): State<AppState>, AdminUser(_, ctx): AdminUser) -> Result<Response> {
    let municipalities = state.directory.get(&state.db).await?.municipalities.clone();
    Ok(render(&IndexPage { ctx, municipalities }))
}

#[derive(Template)]
#[template(path = "admin/municipality.html")]
struct MunicipalityPage {
    ctx: Ctx,
    id: Option<i64>,
    form: MunicipalityForm,
    errors: FieldErrors,
}

impl MunicipalityPage {
    fn action(&self) -> String {
        self.id.map_or_else(|| "/admin/municipalities".to_string(), |id| format!("/admin/municipalities/{id}"))
    }
}

async fn new_municipality(AdminUser(_, ctx): AdminUser) -> Response {
    let form = MunicipalityForm {
        languages: vec![ctx.tr.lang().to_string()],
        default_language: ctx.tr.lang().to_string(),
        moderation_mode: "pre".into(),
        deleted_account_content: "anonymize".into(),
        ..Default::default()
    };
    render(&MunicipalityPage { ctx, id: None, form, errors: FieldErrors::new() })
}

async fn save_municipality(state: AppState, actor: User, ctx: Ctx, id: Option<i64>, pairs: Vec<(String, String)>) -> Result<Response> {
    let form = MunicipalityForm::from_pairs(&pairs);
    let result = match MunicipalityInput::try_from(&form) {
        Ok(input) => match id {
            None => admin::create_municipality(&state, &actor, &input).await.map(|_| ()),
            Some(id) => admin::update_municipality(&state, &actor, id, &input).await,
        },
        Err(errors) => Err(AppError::Validation(errors)),
    };
    match result {
        Ok(()) => Ok(see_other("/admin")),
        Err(AppError::Validation(errors)) => Ok(render_with(StatusCode::UNPROCESSABLE_ENTITY, &MunicipalityPage { ctx, id, form, errors })),
        Err(e) => Err(e),
    }
}

async fn create_municipality(
    State(state): State<AppState>,
    AdminUser(actor, ctx): AdminUser,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response> {
    save_municipality(state, actor, ctx, None, pairs).await
}

async fn edit_municipality(State(state): State<AppState>, AdminUser(_, ctx): AdminUser, Path(id): Path<i64>) -> Result<Response> {
    let m = state.directory.get(&state.db).await?.municipality_by_id(id).cloned().ok_or(AppError::NotFound)?;
    let form = MunicipalityForm {
        name: m.name,
        slug: m.slug,
        languages: m.languages,
        default_language: m.default_language,
        moderation_mode: m.moderation_mode.as_str().into(),
        deleted_account_content: m.deleted_account_content.as_str().into(),
    };
    Ok(render(&MunicipalityPage { ctx, id: Some(id), form, errors: FieldErrors::new() }))
}

async fn update_municipality(
    State(state): State<AppState>,
    AdminUser(actor, ctx): AdminUser,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response> {
    save_municipality(state, actor, ctx, Some(id), pairs).await
}

#[derive(Template)]
#[template(path = "admin/users.html")]
struct UsersPage {
    ctx: Ctx,
    q: String,
    users: Vec<User>,
}

#[derive(serde::Deserialize)]
struct SearchQuery {
    #[serde(default)]
    q: String,
}

async fn users(State(state): State<AppState>, AdminUser(_, ctx): AdminUser, Query(query): Query<SearchQuery>) -> Result<Response> {
    let q: String = query.q.trim().chars().take(64).collect();
    let users = db::users::search(&state.db, &crate::domain::username::key_of(&q), 50).await?;
    Ok(render(&UsersPage { ctx, q, users }))
}

#[derive(Template)]
#[template(path = "admin/user.html")]
struct UserPage {
    ctx: Ctx,
    subject: User,
    roles: Vec<Grant>,
    municipalities: Vec<Municipality>,
    all_roles: [Role; 5],
    reset_code: Option<String>,
    error: Option<&'static str>,
}

async fn user_page(state: &AppState, ctx: Ctx, id: i64, reset_code: Option<String>, error: Option<&'static str>) -> Result<Response> {
    let subject = db::users::by_id(&state.db, id).await?.ok_or(AppError::NotFound)?;
    let page = UserPage {
        roles: db::roles::of_user(&state.db, id).await?,
        municipalities: state.directory.get(&state.db).await?.municipalities.clone(),
        ctx,
        subject,
        all_roles: Role::ALL,
        reset_code,
        error,
    };
    Ok(if error.is_some() { render_with(StatusCode::CONFLICT, &page) } else { render(&page) })
}

async fn user(State(state): State<AppState>, AdminUser(_, ctx): AdminUser, Path(id): Path<i64>) -> Result<Response> {
    user_page(&state, ctx, id, None, None).await
}

#[derive(serde::Deserialize)]
struct RoleForm {
    municipality_id: i64,
    role: String,
    #[serde(default)]
    revoke: Option<String>,
}

async fn set_role(
    State(state): State<AppState>,
    AdminUser(actor, _): AdminUser,
    Path(id): Path<i64>,
    Form(form): Form<RoleForm>,
) -> Result<Response> {
    let role = Role::parse(&form.role).map_err(AppError::BadRequest)?;
    admin::set_role(&state, &actor, id, form.municipality_id, role, form.revoke.is_none()).await?;
    Ok(see_other(&format!("/admin/users/{id}")))
}

#[derive(serde::Deserialize)]
struct AdminFlagForm {
    admin: String,
}

async fn set_admin(
    State(state): State<AppState>,
    AdminUser(actor, ctx): AdminUser,
    Path(id): Path<i64>,
    Form(form): Form<AdminFlagForm>,
) -> Result<Response> {
    match admin::set_admin(&state, &actor, id, form.admin == "true").await {
        Ok(()) => Ok(see_other(&format!("/admin/users/{id}"))),
        Err(AppError::Conflict(message)) => user_page(&state, ctx, id, None, Some(message)).await,
        Err(e) => Err(e),
    }
}

/// Issues a reset code and shows it in the answer to this POST, once: it is never kept for a
/// later page (a GET must not use anything up).
async fn reset_code(State(state): State<AppState>, AdminUser(actor, ctx): AdminUser, Path(id): Path<i64>) -> Result<Response> {
    let code = admin::issue_reset_code(&state, &actor, id).await?;
    user_page(&state, ctx, id, Some(code), None).await
}
