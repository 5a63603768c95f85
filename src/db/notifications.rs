//! Notifications: the one outbox of news for a person — read by the in-app list, and by any
//! other channel (the bot) that delivers it. Each has a kind and a subject.

use sqlx::Row as _;

use super::{Db, now};

/// What a notification is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum Subject {
    /// An issue (a status it reached, a comment decision).
    Issue(i64),
    /// A priority vote (its results were published).
    Ballot(i64),
    /// A consultation (its results were published).
    Consultation(i64),
    /// A point of a forwarded summary: the id is the recommendation's `point_id` (the city
    /// answered it, it is done, dropped or overdue).
    Summary(i64),
}

impl Subject {
    /// The stored kind.
    pub fn kind(self) -> &'static str {
        match self {
            Subject::Issue(_) => "issue",
            Subject::Ballot(_) => "ballot",
            Subject::Consultation(_) => "consultation",
            Subject::Summary(_) => "summary",
        }
    }

    /// The subject's id.
    pub fn id(self) -> i64 {
        match self {
            Subject::Issue(id) | Subject::Ballot(id) | Subject::Consultation(id) | Subject::Summary(id) => id,
        }
    }

    /// The issue it belongs to (its row goes when the issue goes).
    fn issue(self) -> Option<i64> {
        match self {
            Subject::Issue(id) => Some(id),
            Subject::Ballot(_) | Subject::Consultation(_) | Subject::Summary(_) => None,
        }
    }
}

/// The `delivered_at` of a new notification for the person in column `user`: NULL (to be
/// delivered) when they use the bot, else 0 (nothing to deliver outside the web), so that the
/// outbox's index holds only what a channel still has to send.
pub fn pending(user: &str) -> String {
    format!("CASE WHEN EXISTS (SELECT 1 FROM bot_chats bc WHERE bc.user_id = {user} AND bc.blocked_at IS NULL) THEN NULL ELSE 0 END")
}

/// Tells `user_id` that `subject` reached `status` (a message id suffix, e.g. `published`).
pub async fn notify<'c>(conn: impl sqlx::AnyExecutor<'c>, user_id: i64, subject: Subject, status: &str) -> sqlx::Result<()> {
    let sql = format!(
        "INSERT INTO notifications (user_id, kind, subject_id, issue_id, status, created_at, delivered_at) VALUES ($1, $2, $3, $4, $5, $6, {})",
        pending("$1")
    );
    sqlx::query(&sql)
        .bind(user_id)
        .bind(subject.kind())
        .bind(subject.id())
        .bind(subject.issue())
        .bind(status)
        .bind(now())
        .execute(conn)
        .await?;
    Ok(())
}

/// Tells the author of issue `issue_id` and everyone who supports it that it reached
/// `status` (the city forwarded, answered or resolved it), except `actor`.
pub async fn notify_followers<'c>(conn: impl sqlx::AnyExecutor<'c>, issue_id: i64, status: &str, actor: i64) -> sqlx::Result<()> {
    let sql = format!(
        "INSERT INTO notifications (user_id, kind, subject_id, issue_id, status, created_at, delivered_at)
         SELECT f.user_id, 'issue', $1, $1, $2, $3, {} FROM (SELECT author_id AS user_id FROM issues WHERE id = $1 AND author_id IS NOT NULL
                                             UNION SELECT user_id FROM supports WHERE issue_id = $1) f
         WHERE f.user_id <> $4",
        pending("f.user_id")
    );
    sqlx::query(&sql).bind(issue_id).bind(status).bind(now()).bind(actor).execute(conn).await?;
    Ok(())
}

/// Tells every resident of `municipality_id` who may take part (verified ones only, when
/// `verified_only`) that `subject` opened, in one statement.
pub async fn notify_residents<'c>(
    conn: impl sqlx::AnyExecutor<'c>,
    municipality_id: i64,
    subject: Subject,
    verified_only: bool,
) -> sqlx::Result<u64> {
    let sql = format!(
        "INSERT INTO notifications (user_id, kind, subject_id, status, created_at, delivered_at)
         SELECT r.user_id, $1, $2, 'opened', $3, {} FROM roles r
         WHERE r.municipality_id = $4 AND r.role = 'resident' AND ($5 = 0 OR r.verified_at IS NOT NULL)",
        pending("r.user_id")
    );
    Ok(sqlx::query(&sql)
        .bind(subject.kind())
        .bind(subject.id())
        .bind(now())
        .bind(municipality_id)
        .bind(i64::from(verified_only))
        .execute(conn)
        .await?
        .rows_affected())
}

/// A notification with what its list shows: the issue's live title, or the ballot's or
/// consultation's title in the reader's language.
#[derive(Clone, Debug)]
pub struct Notification {
    /// Row id.
    pub id: i64,
    /// Whom it is for.
    pub user_id: i64,
    /// `issue`, `ballot` or `consultation`.
    pub kind: String,
    /// The issue or ballot.
    pub subject_id: i64,
    /// Its municipality's slug (for the link).
    pub municipality_slug: String,
    /// Its municipality.
    pub municipality_id: i64,
    /// Its title (whether the reader may see an issue's is for `services::notifications`).
    pub title: String,
    /// The issue's current status (empty for ballots).
    pub issue_status: String,
    /// The issue's author.
    pub author_id: Option<i64>,
    /// The title's language.
    pub lang: String,
    /// The status reached.
    pub status: String,
    /// Epoch seconds.
    pub created_at: i64,
    /// Whether it was seen.
    pub read: bool,
}

/// Notifications with their titles, ballot and consultation titles in `$1` (or their first
/// language), a summary point's title in `$1` when translated (else as written, in its latest
/// forwarded version); the caller adds the WHERE clause (parameters from `$2`).
const SELECT: &str = "SELECT n.id, n.user_id, n.kind, n.subject_id, m.slug, m.id AS municipality_id,
                COALESCE(i.title, bt.title, ct.title, rt.title, rp.title) AS title,
                COALESCE(i.status, '') AS issue_status, i.author_id, COALESCE(i.lang, bt.lang, ct.lang, rt.lang, rp.lang) AS lang, n.status,
                n.created_at, n.read_at
         FROM notifications n
         LEFT JOIN issues i ON n.kind = 'issue' AND i.id = n.issue_id
         LEFT JOIN ballots b ON n.kind = 'ballot' AND b.id = n.subject_id
         LEFT JOIN ballot_texts bt ON bt.ballot_id = b.id
              AND bt.lang = COALESCE((SELECT lang FROM ballot_texts WHERE ballot_id = b.id AND lang = $1), (SELECT MIN(lang) FROM ballot_texts WHERE ballot_id = b.id))
         LEFT JOIN consultations c ON n.kind = 'consultation' AND c.id = n.subject_id
         LEFT JOIN consultation_texts ct ON ct.consultation_id = c.id
              AND ct.lang = COALESCE((SELECT lang FROM consultation_texts WHERE consultation_id = c.id AND lang = $1),
                                     (SELECT MIN(lang) FROM consultation_texts WHERE consultation_id = c.id))
         LEFT JOIN recommendations rp ON n.kind = 'summary' AND rp.id = (SELECT MAX(r2.id) FROM recommendations r2
              JOIN summaries s2 ON s2.id = r2.summary_id AND s2.status = 'forwarded'
              WHERE r2.point_id = n.subject_id OR (r2.point_id IS NULL AND r2.id = n.subject_id))
         LEFT JOIN summaries sp ON sp.id = rp.summary_id
         LEFT JOIN translations rt ON rt.kind = 'recommendation' AND rt.content_id = rp.id AND rt.lang = $1 AND rp.lang <> $1
         JOIN municipalities m ON m.id = COALESCE(i.municipality_id, b.municipality_id, c.municipality_id, sp.municipality_id)";

fn from_row(r: &sqlx::any::AnyRow) -> sqlx::Result<Notification> {
    Ok(Notification {
        id: r.try_get("id")?,
        user_id: r.try_get("user_id")?,
        kind: r.try_get("kind")?,
        subject_id: r.try_get("subject_id")?,
        municipality_slug: r.try_get("slug")?,
        municipality_id: r.try_get("municipality_id")?,
        title: r.try_get::<Option<String>, _>("title")?.unwrap_or_default(),
        issue_status: r.try_get("issue_status")?,
        author_id: r.try_get("author_id")?,
        lang: r.try_get::<Option<String>, _>("lang")?.unwrap_or_default(),
        status: r.try_get("status")?,
        created_at: r.try_get("created_at")?,
        read: r.try_get::<Option<i64>, _>("read_at")?.is_some(),
    })
}

/// The newest notifications of a person, ballot titles in `lang` where they exist.
pub async fn for_user(db: &Db, user_id: i64, lang: &str, limit: i64) -> sqlx::Result<Vec<Notification>> {
    let sql =
        format!("{SELECT} WHERE n.user_id = $2 AND n.kind IN ('issue', 'ballot', 'consultation', 'summary') ORDER BY n.id DESC LIMIT $3");
    let rows = sqlx::query(&sql).bind(lang).bind(user_id).bind(limit).fetch_all(db).await?;
    rows.iter().map(from_row).collect()
}

/// One notification, titles in `lang` (`None` when its subject is gone).
pub async fn by_id(db: &Db, id: i64, lang: &str) -> sqlx::Result<Option<Notification>> {
    let sql = format!("{SELECT} WHERE n.id = $2");
    sqlx::query(&sql).bind(lang).bind(id).fetch_optional(db).await?.as_ref().map(from_row).transpose()
}

/// How many notifications a person has not seen.
pub async fn unread(db: &Db, user_id: i64) -> sqlx::Result<i64> {
    sqlx::query_scalar("SELECT COUNT(*) FROM notifications WHERE user_id = $1 AND read_at IS NULL").bind(user_id).fetch_one(db).await
}

/// Marks all of a person's notifications as seen.
pub async fn mark_read(db: &Db, user_id: i64) -> sqlx::Result<()> {
    sqlx::query("UPDATE notifications SET read_at = $1 WHERE user_id = $2 AND read_at IS NULL")
        .bind(now())
        .bind(user_id)
        .execute(db)
        .await?;
    Ok(())
}
