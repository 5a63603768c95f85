//! People who use Chorus from Telegram: each chat gets a pseudonymous account the first time
//! it writes, holding nothing but the chat id and the choices made in the bot (no Telegram
//! name, username or phone). Everything else they do goes through the same services as the
//! portal.

use crate::{
    db::{self, bot::Chat, municipalities::Municipality, users::User},
    domain::{codes, username::Username},
    error::{AppError, Result},
    state::AppState,
};

/// The password hash of an account that has none: no password verifies against it, so a
/// Telegram account cannot be signed in to on the web.
const NO_PASSWORD: &str = "!telegram";

/// The account and settings of a chat, created on its first message with `lang` (taken from
/// Telegram's `language_code`, else the default).
pub async fn account(state: &AppState, chat_id: i64, lang: &str) -> Result<(User, Chat)> {
    if let Some(found) = existing(state, chat_id).await? {
        return Ok(found);
    }
    for _ in 0..5 {
        // `tg-` and ten random letters and digits: about 50 bits, unlinkable to the person.
        let name = Username::parse(&format!("tg-{}", codes::generate(2).replace('-', "").to_lowercase()))
            .map_err(|e| AppError::Internal(anyhow::anyhow!("generated username refused: {e}")))?;
        let mut tx = state.db.begin().await?;
        let new = db::users::NewUser {
            username: name.as_str(),
            username_key: &name.key(),
            password_hash: NO_PASSWORD,
            email: None,
            preferred_language: Some(lang),
            recovery_code_hash: None,
            is_admin: false,
            must_change_password: false,
            password_expires_at: None,
            username_skeleton: Some(&name.skeleton()),
        };
        let Some(user_id) = db::users::insert(&mut *tx, &new).await? else { continue };
        if db::bot::insert_chat(&mut *tx, chat_id, user_id, lang).await? {
            tx.commit().await?;
            tracing::info!(user.id = user_id, "Telegram account created");
        } else {
            // Another server took this chat's first message at the same moment.
            drop(tx);
        }
        return existing(state, chat_id).await?.ok_or_else(|| AppError::Internal(anyhow::anyhow!("chat vanished after creation")));
    }
    Err(AppError::Internal(anyhow::anyhow!("no free generated username")))
}

async fn existing(state: &AppState, chat_id: i64) -> Result<Option<(User, Chat)>> {
    let Some(chat) = db::bot::chat(&state.db, chat_id).await? else { return Ok(None) };
    let user = db::users::by_id(&state.db, chat.user_id).await?.ok_or(AppError::NotFound)?;
    Ok(Some((user, chat)))
}

/// Sets the language of the chat (and of the account, for the portal and its notifications).
pub async fn set_language(state: &AppState, user: &User, chat: &Chat, tag: &str) -> Result<()> {
    super::accounts::set_language(state, user, tag).await?;
    db::bot::set_lang(&state.db, chat.chat_id, tag).await?;
    Ok(())
}

/// Sets the municipality of the chat and joins it as a resident.
pub async fn set_municipality(state: &AppState, user: &User, chat: &Chat, m: &Municipality) -> Result<()> {
    super::accounts::join(state, user, m).await?;
    db::bot::set_municipality(&state.db, chat.chat_id, m.id).await?;
    Ok(())
}

/// The kinds of notification a person may turn off: council summaries are the city's answers
/// to what a person contributed, its progress and overdue points.
pub const KINDS: [&str; 4] = ["issue", "ballot", "consultation", "summary"];

/// Turns a kind of notification off, or back on.
pub async fn toggle_kind(state: &AppState, chat: &Chat, kind: &str) -> Result<Vec<String>> {
    if !KINDS.contains(&kind) {
        return Err(AppError::BadRequest("bot-unknown-button"));
    }
    let mut muted = chat.muted.clone();
    match muted.iter().position(|k| k == kind) {
        Some(i) => {
            muted.remove(i);
        }
        None => muted.push(kind.to_string()),
    }
    db::bot::set_muted(&state.db, chat.chat_id, &muted).await?;
    Ok(muted)
}

/// How long a link code works.
const LINK_MINUTES: i64 = 10;

fn link_hash(state: &AppState, typed: &str) -> String {
    state.keys.sign("telegram-link", &[&codes::normalize(typed)])
}

/// A one-time code for the portal's account page: sent to the bot with `/link`, it makes the
/// person's Telegram chat use this account. Shown once; only its keyed hash is kept.
pub async fn link_code(state: &AppState, user: &User) -> Result<String> {
    if state.config.bot_token.is_none() {
        return Err(AppError::NotFound);
    }
    let code = codes::generate(2);
    db::bot::insert_link_code(&state.db, &link_hash(state, &code), user.id, db::now() + LINK_MINUTES * 60).await?;
    Ok(code)
}

/// `/link CODE`: the chat now belongs to the portal account the code was made for. Only a
/// Telegram account that took part in nothing yet is folded in (and erased): votes, answers
/// and supports of two accounts are never merged, so nobody can vote twice through a merge.
pub async fn link(state: &AppState, bot_user: &User, chat: &Chat, typed: &str) -> Result<User> {
    let mut tx = state.db.begin().await?;
    if db::bot::participation(&mut *tx, bot_user.id).await? > 0 {
        return Err(AppError::Conflict("bot-link-has-content"));
    }
    let Some(target) = db::bot::take_link_code(&mut *tx, &link_hash(state, typed)).await? else {
        return Err(AppError::Conflict("bot-link-wrong"));
    };
    if target == bot_user.id {
        return Err(AppError::Conflict("bot-link-wrong"));
    }
    db::bot::move_chat(&mut tx, chat.chat_id, target).await?;
    db::users::delete(&mut *tx, bot_user.id).await?;
    db::audit::record(&mut *tx, &db::audit::Entry::new("account.link-telegram").by(target)).await?;
    tx.commit().await?;
    tracing::info!(user.id = target, "Telegram chat linked to a portal account");
    db::users::by_id(&state.db, target).await?.ok_or(AppError::NotFound)
}
