//! What a person can do with their own account: language, joining a municipality, exporting
//! everything Chorus stores about them, and deleting it.

use super::auth::{CurrentPassword, Refused, check_current_password};
use crate::{
    db::{self, audit::Entry, municipalities::Municipality, users::User},
    domain::{language::LanguageTag, role::Role},
    error::{AppError, FieldErrors, Result},
    state::AppState,
};

/// Saves the preferred interface language.
pub async fn set_language(state: &AppState, user: &User, tag: &str) -> Result<LanguageTag> {
    let tag = LanguageTag::parse(tag).map_err(|e| {
        let mut f = FieldErrors::new();
        f.add("lang", e);
        AppError::Validation(f)
    })?;
    db::users::set_language(&state.db, user.id, tag.as_str()).await?;
    Ok(tag)
}

/// Joins a municipality as a resident (idempotent).
pub async fn join(state: &AppState, user: &User, municipality: &Municipality) -> Result<()> {
    db::roles::grant(&state.db, user.id, municipality.id, Role::Resident, Some(user.id)).await?;
    Ok(())
}

/// Everything stored about one person, as a JSON document.
#[derive(Debug, serde::Serialize)]
pub struct Export {
    /// Format version of this document.
    pub format: &'static str,
    /// When it was made (epoch seconds).
    pub exported_at: i64,
    /// The account.
    pub account: User,
    /// Roles held.
    pub roles: Vec<db::roles::Grant>,
    /// Audit entries about the account or by it.
    pub audit_log: Vec<db::audit::ExportedEntry>,
    /// Active sessions (count only; their ids are secrets).
    pub active_sessions: i64,
    /// Issues the person raised.
    pub issues: Vec<db::issues::Issue>,
    /// Ids of the issues the person supports.
    pub supported_issues: Vec<i64>,
    /// Comments the person wrote.
    pub comments: Vec<db::comments::Comment>,
    /// Answers the person gave to questionnaires (kept or handed in).
    pub consultation_responses: Vec<db::responses::Exported>,
    /// Statements the person wrote in statement rounds.
    pub statements: Vec<db::statements::Statement>,
    /// The person's reactions: `(statement id, 1 agree / -1 disagree / 0 pass)`.
    pub statement_reactions: Vec<(i64, i8)>,
}

/// Builds the data export of `user`.
pub async fn export(state: &AppState, user: &User) -> Result<Export> {
    let active_sessions = sqlx::query_scalar("SELECT COUNT(*) FROM sessions WHERE user_id = $1 AND expires_at > $2")
        .bind(user.id)
        .bind(db::now())
        .fetch_one(&state.db)
        .await?;
    let (statements, statement_reactions) = db::statements::of_user(&state.db, user.id).await?;
    Ok(Export {
        format: "chorus-export-1",
        exported_at: db::now(),
        account: user.clone(),
        roles: db::roles::of_user(&state.db, user.id).await?,
        audit_log: db::audit::concerning(&state.db, user.id).await?,
        active_sessions,
        issues: db::issues::by_author(&state.db, user.id).await?,
        supported_issues: db::issues::supported_by(&state.db, user.id).await?,
        comments: db::comments::by_author(&state.db, user.id).await?,
        consultation_responses: db::responses::of_user(&state.db, user.id).await?,
        statements,
        statement_reactions,
    })
}

/// Deletes an account after checking its password (throttled like every current-password
/// check: `session_failures` wrong ones so far in this session). Personal data (name, email,
/// roles, sessions, codes) is removed; audit entries keep only that *an* account acted.
/// Content the person published is kept anonymously or removed according to each
/// municipality's policy (`deleted_account_content`); their supports are withdrawn.
pub async fn delete(state: &AppState, user: &User, password: &str, session_failures: u32) -> Result<Result<(), Refused>> {
    if let CurrentPassword::Wrong { end_session } = check_current_password(state, user, password, session_failures).await? {
        let mut errors = FieldErrors::new();
        errors.add("password", "password-wrong");
        return Ok(Err(Refused { errors, end_session }));
    }
    erase(state, user).await?;
    Ok(Ok(()))
}

/// Erases an account whose owner confirmed it (by password on the web, by a confirmation in
/// their own Telegram chat): see [`delete`].
pub async fn erase(state: &AppState, user: &User) -> Result<()> {
    let mut tx = state.db.begin().await?;
    if user.is_admin && db::users::count_admins(&mut *tx).await? <= 1 {
        return Err(AppError::Conflict("account-last-admin"));
    }
    db::sessions::end_all_for_user(&mut *tx, user.id, None).await?;
    db::comments::forget_author(&mut tx, user.id).await?;
    db::issues::forget_author(&mut tx, user.id).await?;
    db::responses::forget(&mut tx, user.id).await?;
    db::statements::forget_author(&mut tx, user.id).await?;
    // Their council seats stay in the archive, as the role only.
    db::councils::forget_person(&mut *tx, user.id).await?;
    if let Some(chat) = db::bot::chat_of_user(&mut *tx, user.id).await? {
        db::bot::forget_chat(&mut tx, chat.chat_id).await?;
    }
    db::users::delete(&mut *tx, user.id).await?;
    // Their name leaves every cached page (the foreign keys clear it without touching the texts).
    db::bump_content_version(&mut *tx).await?;
    db::audit::record(&mut *tx, &Entry::new("account.delete")).await?;
    tx.commit().await?;
    tracing::info!("account deleted");
    Ok(())
}

/// The people who work for a municipality (translators, moderators, council members,
/// officials). Only its staff and global admins may see the list.
pub async fn team(state: &AppState, actor: &User, municipality: &Municipality) -> Result<Vec<db::roles::Grant>> {
    let roles = db::roles::in_municipality(&state.db, actor.id, municipality.id).await?;
    if !(actor.is_admin || roles.iter().any(|r| r.is_staff())) {
        return Err(AppError::Forbidden);
    }
    Ok(db::roles::staff_of(&state.db, municipality.id).await?)
}

/// Computes the name skeletons of accounts made before they existed (or with an older
/// confusables table), so that new names are checked against them, and moves those accounts
/// to the fully case-folded key where no other account holds it. Runs at start-up; cheap
/// when there is nothing to do (one query).
pub async fn backfill_skeletons(db: &db::Db) -> Result<u64> {
    let mut done = 0;
    loop {
        let batch = db::users::without_current_skeleton(db, 500).await?;
        if batch.is_empty() {
            break;
        }
        for (id, name) in batch {
            db::users::set_key(db, id, &crate::domain::username::key_of(&name)).await?;
            db::users::set_skeleton(db, id, &crate::domain::username::skeleton_of(&name)).await?;
            done += 1;
        }
    }
    if done > 0 {
        tracing::info!(accounts = done, "name skeletons computed");
    }
    Ok(done)
}
