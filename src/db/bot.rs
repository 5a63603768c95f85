//! The Telegram bot's tables: chats (a pseudonymous account and its settings), dialogue
//! state, updates already taken, and the outbox claims on `notifications`.

use sqlx::Row as _;

use super::{Backend, Db, now};

/// A chat that uses the bot. Nothing about the person but the chat id and their choices.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chat {
    /// Telegram's chat id (a private chat: the person's id).
    pub chat_id: i64,
    /// The Chorus account.
    pub user_id: i64,
    /// Interface language.
    pub lang: String,
    /// The municipality chosen at `/start`.
    pub municipality_id: Option<i64>,
    /// Kinds of notification turned off.
    pub muted: Vec<String>,
    /// Whether the person blocked the bot.
    pub blocked: bool,
}

fn chat_from(r: &sqlx::any::AnyRow) -> sqlx::Result<Chat> {
    let muted: String = r.try_get("muted")?;
    Ok(Chat {
        chat_id: r.try_get("chat_id")?,
        user_id: r.try_get("user_id")?,
        lang: r.try_get("lang")?,
        municipality_id: r.try_get("municipality_id")?,
        muted: muted.split(',').filter(|k| !k.is_empty()).map(str::to_string).collect(),
        blocked: r.try_get::<Option<i64>, _>("blocked_at")?.is_some(),
    })
}

const CHAT: &str = "SELECT chat_id, user_id, lang, municipality_id, muted, blocked_at FROM bot_chats";

/// The chat with this id.
pub async fn chat<'c>(conn: impl sqlx::AnyExecutor<'c>, chat_id: i64) -> sqlx::Result<Option<Chat>> {
    sqlx::query(&format!("{CHAT} WHERE chat_id = $1")).bind(chat_id).fetch_optional(conn).await?.as_ref().map(chat_from).transpose()
}

/// The chat of an account, if it uses the bot.
pub async fn chat_of_user<'c>(conn: impl sqlx::AnyExecutor<'c>, user_id: i64) -> sqlx::Result<Option<Chat>> {
    sqlx::query(&format!("{CHAT} WHERE user_id = $1")).bind(user_id).fetch_optional(conn).await?.as_ref().map(chat_from).transpose()
}

/// Records a new chat for `user_id`; `false` when the chat already has one (a concurrent
/// first message from the same chat).
pub async fn insert_chat<'c>(conn: impl sqlx::AnyExecutor<'c>, chat_id: i64, user_id: i64, lang: &str) -> sqlx::Result<bool> {
    let t = now();
    let done = sqlx::query(
        "INSERT INTO bot_chats (chat_id, user_id, lang, since, created_at) VALUES ($1, $2, $3, $4, $4) ON CONFLICT (chat_id) DO NOTHING",
    )
    .bind(chat_id)
    .bind(user_id)
    .bind(lang)
    .bind(t)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Sets the chat's language.
pub async fn set_lang(db: &Db, chat_id: i64, lang: &str) -> sqlx::Result<()> {
    sqlx::query("UPDATE bot_chats SET lang = $1 WHERE chat_id = $2").bind(lang).bind(chat_id).execute(db).await?;
    Ok(())
}

/// Sets the chat's municipality.
pub async fn set_municipality(db: &Db, chat_id: i64, municipality_id: i64) -> sqlx::Result<()> {
    sqlx::query("UPDATE bot_chats SET municipality_id = $1 WHERE chat_id = $2").bind(municipality_id).bind(chat_id).execute(db).await?;
    Ok(())
}

/// Sets the kinds of notification the person turned off.
pub async fn set_muted(db: &Db, chat_id: i64, muted: &[String]) -> sqlx::Result<()> {
    sqlx::query("UPDATE bot_chats SET muted = $1 WHERE chat_id = $2").bind(muted.join(",")).bind(chat_id).execute(db).await?;
    Ok(())
}

/// Marks the chat as having blocked the bot and gives up what was still to send to it.
pub async fn set_blocked(db: &Db, chat_id: i64) -> sqlx::Result<()> {
    let t = now();
    let mut tx = db.begin().await?;
    sqlx::query("UPDATE bot_chats SET blocked_at = $1 WHERE chat_id = $2 AND blocked_at IS NULL")
        .bind(t)
        .bind(chat_id)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "UPDATE notifications SET delivered_at = $1 WHERE delivered_at IS NULL AND user_id = (SELECT user_id FROM bot_chats WHERE chat_id = $2)",
    )
    .bind(t)
    .bind(chat_id)
    .execute(&mut *tx)
    .await?;
    tx.commit().await
}

/// The person wrote again: they unblocked the bot. News from before stays unsent.
pub async fn set_unblocked(db: &Db, chat_id: i64) -> sqlx::Result<()> {
    sqlx::query("UPDATE bot_chats SET blocked_at = NULL, since = $1 WHERE chat_id = $2 AND blocked_at IS NOT NULL")
        .bind(now())
        .bind(chat_id)
        .execute(db)
        .await?;
    Ok(())
}

/// Forgets a chat: its settings and dialogue (the account goes separately).
pub async fn forget_chat(conn: &mut sqlx::AnyConnection, chat_id: i64) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM bot_dialogues WHERE chat_id = $1").bind(chat_id).execute(&mut *conn).await?;
    sqlx::query("DELETE FROM bot_chats WHERE chat_id = $1").bind(chat_id).execute(&mut *conn).await?;
    Ok(())
}

/// The stored dialogue state of a chat (JSON).
pub async fn dialogue(db: &Db, chat_id: i64) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar("SELECT state FROM bot_dialogues WHERE chat_id = $1").bind(chat_id).fetch_optional(db).await
}

/// Stores the dialogue state of a chat.
pub async fn set_dialogue(db: &Db, chat_id: i64, state: &str) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO bot_dialogues (chat_id, state, updated_at) VALUES ($1, $2, $3)
         ON CONFLICT (chat_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at",
    )
    .bind(chat_id)
    .bind(state)
    .bind(now())
    .execute(db)
    .await?;
    Ok(())
}

/// Removes the dialogue state of a chat; `false` when there was none.
pub async fn remove_dialogue(db: &Db, chat_id: i64) -> sqlx::Result<bool> {
    Ok(sqlx::query("DELETE FROM bot_dialogues WHERE chat_id = $1").bind(chat_id).execute(db).await?.rows_affected() == 1)
}

/// Takes update `update_id`: `true` the first time, `false` when Telegram delivers it again
/// (to this server or another).
pub async fn take_update(db: &Db, update_id: i64) -> sqlx::Result<bool> {
    let done = sqlx::query("INSERT INTO bot_updates (update_id, received_at) VALUES ($1, $2) ON CONFLICT (update_id) DO NOTHING")
        .bind(update_id)
        .bind(now())
        .execute(db)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Forgets updates taken more than `age` seconds ago (Telegram keeps them for a day).
pub async fn prune_updates(db: &Db, age: i64) -> sqlx::Result<u64> {
    Ok(sqlx::query("DELETE FROM bot_updates WHERE received_at < $1").bind(now() - age).execute(db).await?.rows_affected())
}

/// A notification claimed for delivery by Telegram.
#[derive(Clone, Debug)]
pub struct Claimed {
    /// The notification.
    pub id: i64,
    /// Whose.
    pub user_id: i64,
    /// The kind (for the person's opt-outs).
    pub kind: String,
    /// How many times it was claimed (this one included).
    pub attempts: i64,
    /// Where it goes.
    pub chat: Chat,
}

/// Claims up to `limit` notifications that wait for the bot, for `lease` seconds: each is
/// claimed by one server at a time (PostgreSQL skips rows another server is claiming; SQLite
/// has one writer), and comes back if that server dies before delivering it.
pub async fn claim(db: &Db, backend: Backend, limit: i64, lease: i64) -> sqlx::Result<Vec<Claimed>> {
    let lock = match backend {
        Backend::Postgres => "FOR UPDATE OF n SKIP LOCKED",
        Backend::Sqlite => "",
    };
    let t = now();
    let sql = format!(
        "UPDATE notifications SET claimed_until = $1, attempts = attempts + 1 WHERE id IN (
             SELECT n.id FROM notifications n JOIN bot_chats c ON c.user_id = n.user_id
             WHERE n.delivered_at IS NULL AND c.blocked_at IS NULL AND n.created_at >= c.since
               AND (n.claimed_until IS NULL OR n.claimed_until < $2)
             ORDER BY n.id LIMIT $3 {lock})
         RETURNING id"
    );
    let ids: Vec<i64> = sqlx::query_scalar(&sql).bind(t + lease).bind(t).bind(limit).fetch_all(db).await?;
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let list = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
    let rows = sqlx::query(&format!(
        "SELECT n.id, n.kind, n.attempts, c.chat_id, c.user_id, c.lang, c.municipality_id, c.muted, c.blocked_at
         FROM notifications n JOIN bot_chats c ON c.user_id = n.user_id WHERE n.id IN ({list}) ORDER BY n.id"
    ))
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Claimed {
                id: r.try_get("id")?,
                user_id: r.try_get("user_id")?,
                kind: r.try_get("kind")?,
                attempts: r.try_get("attempts")?,
                chat: chat_from(r)?,
            })
        })
        .collect()
}

/// Records that a claimed notification was delivered (or deliberately not sent: turned off,
/// gone, given up).
pub async fn delivered(db: &Db, id: i64) -> sqlx::Result<()> {
    sqlx::query("UPDATE notifications SET delivered_at = $1, claimed_until = NULL WHERE id = $2").bind(now()).bind(id).execute(db).await?;
    Ok(())
}

/// Hands a claimed notification back to be tried again after `after` seconds.
pub async fn retry_later(db: &Db, id: i64, after: i64) -> sqlx::Result<()> {
    sqlx::query("UPDATE notifications SET claimed_until = $1 WHERE id = $2").bind(now() + after).bind(id).execute(db).await?;
    Ok(())
}

/// Stores a code that links a chat to `user_id` until `expires_at` (any earlier code of theirs
/// stops working).
pub async fn insert_link_code(db: &Db, code_hash: &str, user_id: i64, expires_at: i64) -> sqlx::Result<()> {
    let mut tx = db.begin().await?;
    sqlx::query("DELETE FROM bot_link_codes WHERE user_id = $1 OR expires_at < $2").bind(user_id).bind(now()).execute(&mut *tx).await?;
    sqlx::query("INSERT INTO bot_link_codes (code_hash, user_id, expires_at) VALUES ($1, $2, $3)")
        .bind(code_hash)
        .bind(user_id)
        .bind(expires_at)
        .execute(&mut *tx)
        .await?;
    tx.commit().await
}

/// Uses up a link code: the account it links to, once, while it is valid.
pub async fn take_link_code<'c>(conn: impl sqlx::AnyExecutor<'c>, code_hash: &str) -> sqlx::Result<Option<i64>> {
    sqlx::query_scalar("DELETE FROM bot_link_codes WHERE code_hash = $1 AND expires_at >= $2 RETURNING user_id")
        .bind(code_hash)
        .bind(now())
        .fetch_optional(conn)
        .await
}

/// How many things an account took part in (issues, supports, comments, votes, answers,
/// statements, reactions): a Telegram account with none can be folded into a portal account.
pub async fn participation<'c>(conn: impl sqlx::AnyExecutor<'c>, user_id: i64) -> sqlx::Result<i64> {
    sqlx::query_scalar(
        "SELECT (SELECT COUNT(*) FROM issues WHERE author_id = $1) + (SELECT COUNT(*) FROM supports WHERE user_id = $1)
              + (SELECT COUNT(*) FROM comments WHERE author_id = $1) + (SELECT COUNT(*) FROM ballot_roll WHERE user_id = $1)
              + (SELECT COUNT(*) FROM responses WHERE user_id = $1) + (SELECT COUNT(*) FROM statements WHERE author_id = $1)
              + (SELECT COUNT(*) FROM reactions WHERE user_id = $1)",
    )
    .bind(user_id)
    .fetch_one(conn)
    .await
}

/// Makes `chat_id` the chat of `user_id` (replacing any other chat of theirs); news from before
/// is not sent.
pub async fn move_chat(conn: &mut sqlx::AnyConnection, chat_id: i64, user_id: i64) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM bot_chats WHERE user_id = $1 AND chat_id <> $2").bind(user_id).bind(chat_id).execute(&mut *conn).await?;
    sqlx::query("UPDATE bot_chats SET user_id = $1, since = $2 WHERE chat_id = $3")
        .bind(user_id)
        .bind(now())
        .bind(chat_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}
