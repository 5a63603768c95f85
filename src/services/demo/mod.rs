//! Bootstrapping: the first admin from the command line, and the demo municipality.

mod ballots;
mod consultations;
mod content;
pub mod councils;

pub use content::sample_texts;

use crate::{
    db::{self, audit::Entry},
    domain::{
        codes,
        municipality::{DeletedContentPolicy, ModerationMode, MunicipalityInput},
        role::Role,
        username::Username,
    },
    error::{AppError, Result},
    state::AppState,
};

/// An account created with a one-time password, to print once.
#[derive(Debug)]
pub struct OneTimeAccount {
    /// Username.
    pub username: String,
    /// What the account is for.
    pub role: &'static str,
    /// The one-time password (must be changed at first login).
    pub password: String,
}

/// A random one-time password people can type: four groups of five characters.
fn one_time_password() -> String {
    codes::generate(4)
}

pub(crate) async fn create_account(state: &AppState, name: &str, is_admin: bool) -> Result<Option<(i64, String)>> {
    let name = Username::parse(name).map_err(AppError::BadRequest)?;
    let password = one_time_password();
    let hash = state.hasher.hash(&password).await?;
    let expires = db::now() + i64::from(state.config.one_time_password_hours) * 3600;
    let skeleton = name.skeleton();
    let new = db::users::NewUser {
        username: name.as_str(),
        username_key: &name.key(),
        password_hash: &hash,
        email: None,
        preferred_language: None,
        recovery_code_hash: None,
        is_admin,
        must_change_password: true,
        password_expires_at: Some(expires),
        username_skeleton: Some(&skeleton),
    };
    Ok(db::users::insert(&state.db, &new).await?.map(|id| (id, password)))
}

/// Creates a global admin with a one-time password, or makes an existing account an admin
/// (its password unchanged; `None` is returned then).
pub async fn create_admin(state: &AppState, name: &str) -> Result<Option<OneTimeAccount>> {
    if let Some((id, password)) = create_account(state, name, true).await? {
        db::audit::record(&state.db, &Entry::new("admin.create").about(id)).await?;
        return Ok(Some(OneTimeAccount { username: name.to_string(), role: "admin", password }));
    }
    let key = crate::domain::username::key_of(name);
    let user = db::users::by_key(&state.db, &key).await?.ok_or(AppError::NotFound)?;
    db::users::set_admin(&state.db, user.id, true).await?;
    db::audit::record(&state.db, &Entry::new("admin.grant").about(user.id)).await?;
    Ok(None)
}

/// Slug of the demo municipality.
pub const DEMO_SLUG: &str = "lindenfeld";

/// Seeds the demo municipality and one account per role, unless it already exists. Returns
/// the accounts created (empty when the demo was already there).
pub async fn seed(state: &AppState) -> Result<Vec<OneTimeAccount>> {
    if db::municipalities::by_slug(&state.db, DEMO_SLUG).await?.is_some() {
        return Ok(Vec::new());
    }
    let all: Vec<String> = crate::i18n::catalog().locales().iter().map(|l| l.tag().to_string()).collect();
    let towns = [
        ("Lindenfeld", DEMO_SLUG, "de", ModerationMode::Pre, all.clone()),
        ("Porto Sereno", "porto-sereno", "it", ModerationMode::Post, ["it", "en", "ar", "uk", "so", "es", "fr"].map(String::from).to_vec()),
    ];
    let mut ids = Vec::new();
    for (name, slug, default_language, moderation_mode, languages) in towns {
        let input = MunicipalityInput {
            name: name.into(),
            slug: slug.into(),
            languages,
            default_language: default_language.into(),
            moderation_mode,
            deleted_account_content: DeletedContentPolicy::Anonymize,
        };
        if let Some(id) = db::municipalities::insert(&mut *state.db.acquire().await?, &input).await? {
            ids.push(id);
        }
    }
    let Some(&home) = ids.first() else { return Ok(Vec::new()) };
    let people: [(&str, Option<Role>, &'static str); 6] = [
        ("demo-admin", None, "admin"),
        ("demo-resident", Some(Role::Resident), "resident"),
        ("demo-translator", Some(Role::Translator), "translator"),
        ("demo-moderator", Some(Role::Moderator), "moderator"),
        ("demo-council", Some(Role::CouncilMember), "council member"),
        ("demo-official", Some(Role::Official), "official"),
    ];
    let mut created = Vec::new();
    for (name, role, label) in people {
        let Some((id, password)) = create_account(state, name, role.is_none()).await? else { continue };
        db::roles::grant(&state.db, id, home, Role::Resident, None).await?;
        if let Some(role) = role.filter(|r| *r != Role::Resident) {
            db::roles::grant(&state.db, id, home, role, None).await?;
        }
        created.push(OneTimeAccount { username: name.to_string(), role: label, password });
    }
    content::seed(state, home, ids.get(1).copied()).await?;
    let council_account = db::users::by_key(&state.db, "demo-council").await?;
    if let Some(council) = &council_account {
        ballots::seed(state, home, council).await?;
        consultations::seed(state, home, council).await?;
    }
    councils::seed(state, home, council_account.as_ref()).await?;
    Ok(created)
}
