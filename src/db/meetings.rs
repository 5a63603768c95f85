//! A council's meetings: when and where, the agenda in order, and minutes in each language
//! they were written in. A cancelled meeting stays, marked: the archive keeps everything.

use sqlx::{Row as _, any::AnyRow};

use super::{Db, now};
use crate::domain::council::{AgendaKind, MeetingDraft, MinutesDraft};

/// A stored meeting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Meeting {
    /// Row id.
    pub id: i64,
    /// Its council.
    pub council_id: i64,
    /// Start, epoch seconds (UTC).
    pub starts_at: i64,
    /// Where (may be empty when there is a link).
    pub place: String,
    /// Where to join online (http or https; may be empty).
    pub link: String,
    /// When it was cancelled, if it was.
    pub cancelled_at: Option<i64>,
    /// Epoch seconds.
    pub created_at: i64,
}

/// An item of a meeting's agenda.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgendaItem {
    /// Row id.
    pub id: i64,
    /// Its meeting.
    pub meeting_id: i64,
    /// Order on the agenda, from 0.
    pub position: i64,
    /// What it is about.
    pub kind: AgendaKind,
    /// The summary, consultation or ballot it is about.
    pub subject_id: Option<i64>,
    /// A free item's title.
    pub title: String,
}

/// A meeting's minutes in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Minutes {
    /// Its meeting.
    pub meeting_id: i64,
    /// Language tag.
    pub lang: String,
    /// The text.
    pub body: String,
    /// Epoch seconds.
    pub updated_at: i64,
}

const COLUMNS: &str = "m.id, m.council_id, m.starts_at, m.place, m.link, m.cancelled_at, m.created_at";

fn from_row(r: &AnyRow) -> sqlx::Result<Meeting> {
    Ok(Meeting {
        id: r.try_get("id")?,
        council_id: r.try_get("council_id")?,
        starts_at: r.try_get("starts_at")?,
        place: r.try_get("place")?,
        link: r.try_get("link")?,
        cancelled_at: r.try_get("cancelled_at")?,
        created_at: r.try_get("created_at")?,
    })
}

fn item_from_row(r: &AnyRow) -> sqlx::Result<AgendaItem> {
    let kind: String = r.try_get("kind")?;
    Ok(AgendaItem {
        id: r.try_get("id")?,
        meeting_id: r.try_get("meeting_id")?,
        position: r.try_get("position")?,
        kind: AgendaKind::parse(&kind).unwrap_or(AgendaKind::Free),
        subject_id: r.try_get("subject_id")?,
        title: r.try_get("title")?,
    })
}

fn minutes_from_row(r: &AnyRow) -> sqlx::Result<Minutes> {
    Ok(Minutes {
        meeting_id: r.try_get("meeting_id")?,
        lang: r.try_get("lang")?,
        body: r.try_get("body")?,
        updated_at: r.try_get("updated_at")?,
    })
}

/// Creates a meeting with its agenda.
pub async fn insert(conn: &mut sqlx::AnyConnection, council_id: i64, d: &MeetingDraft) -> sqlx::Result<i64> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO meetings (council_id, starts_at, place, link, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(council_id)
    .bind(d.starts_at)
    .bind(&d.place)
    .bind(&d.link)
    .bind(now())
    .fetch_one(&mut *conn)
    .await?;
    put_items(conn, id, d).await?;
    Ok(id)
}

/// Changes a meeting and replaces its agenda; false when there is no such meeting.
pub async fn update(conn: &mut sqlx::AnyConnection, council_id: i64, id: i64, d: &MeetingDraft) -> sqlx::Result<bool> {
    let n = sqlx::query("UPDATE meetings SET starts_at = $1, place = $2, link = $3 WHERE id = $4 AND council_id = $5")
        .bind(d.starts_at)
        .bind(&d.place)
        .bind(&d.link)
        .bind(id)
        .bind(council_id)
        .execute(&mut *conn)
        .await?
        .rows_affected();
    if n == 1 {
        sqlx::query("DELETE FROM meeting_items WHERE meeting_id = $1").bind(id).execute(&mut *conn).await?;
        put_items(conn, id, d).await?;
    }
    Ok(n == 1)
}

async fn put_items(conn: &mut sqlx::AnyConnection, meeting_id: i64, d: &MeetingDraft) -> sqlx::Result<()> {
    for (position, item) in d.items.iter().enumerate() {
        sqlx::query("INSERT INTO meeting_items (meeting_id, position, kind, subject_id, title) VALUES ($1, $2, $3, $4, $5)")
            .bind(meeting_id)
            .bind(position as i64)
            .bind(item.kind.as_str())
            .bind(item.subject_id)
            .bind(&item.title)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// Cancels a meeting; false when there is no such meeting or it was already cancelled.
pub async fn cancel<'c>(conn: impl sqlx::AnyExecutor<'c>, council_id: i64, id: i64) -> sqlx::Result<bool> {
    let n = sqlx::query("UPDATE meetings SET cancelled_at = $1 WHERE id = $2 AND council_id = $3 AND cancelled_at IS NULL")
        .bind(now())
        .bind(id)
        .bind(council_id)
        .execute(conn)
        .await?
        .rows_affected();
    Ok(n == 1)
}

/// Meeting `id` of the council.
pub async fn by_id(db: &Db, council_id: i64, id: i64) -> sqlx::Result<Option<Meeting>> {
    let sql = format!("SELECT {COLUMNS} FROM meetings m WHERE m.id = $1 AND m.council_id = $2");
    sqlx::query(&sql).bind(id).bind(council_id).fetch_optional(db).await?.as_ref().map(from_row).transpose()
}

/// Every meeting of a council, earliest first.
pub async fn of_council(db: &Db, council_id: i64) -> sqlx::Result<Vec<Meeting>> {
    let sql = format!("SELECT {COLUMNS} FROM meetings m WHERE m.council_id = $1 ORDER BY m.starts_at, m.id");
    sqlx::query(&sql).bind(council_id).fetch_all(db).await?.iter().map(from_row).collect()
}

/// A meeting's agenda, in order.
pub async fn items(db: &Db, meeting_id: i64) -> sqlx::Result<Vec<AgendaItem>> {
    let rows =
        sqlx::query("SELECT id, meeting_id, position, kind, subject_id, title FROM meeting_items WHERE meeting_id = $1 ORDER BY position")
            .bind(meeting_id)
            .fetch_all(db)
            .await?;
    rows.iter().map(item_from_row).collect()
}

/// The agendas of every meeting of a council (for its archive), by meeting and position.
pub async fn items_of_council(db: &Db, council_id: i64) -> sqlx::Result<Vec<AgendaItem>> {
    let rows = sqlx::query(
        "SELECT i.id, i.meeting_id, i.position, i.kind, i.subject_id, i.title FROM meeting_items i
         JOIN meetings m ON m.id = i.meeting_id WHERE m.council_id = $1 ORDER BY i.meeting_id, i.position",
    )
    .bind(council_id)
    .fetch_all(db)
    .await?;
    rows.iter().map(item_from_row).collect()
}

/// A meeting's minutes, one per language.
pub async fn minutes(db: &Db, meeting_id: i64) -> sqlx::Result<Vec<Minutes>> {
    let rows = sqlx::query("SELECT meeting_id, lang, body, updated_at FROM meeting_minutes WHERE meeting_id = $1 ORDER BY lang")
        .bind(meeting_id)
        .fetch_all(db)
        .await?;
    rows.iter().map(minutes_from_row).collect()
}

/// The minutes of every meeting of a council (for its archive).
pub async fn minutes_of_council(db: &Db, council_id: i64) -> sqlx::Result<Vec<Minutes>> {
    let rows = sqlx::query(
        "SELECT n.meeting_id, n.lang, n.body, n.updated_at FROM meeting_minutes n
         JOIN meetings m ON m.id = n.meeting_id WHERE m.council_id = $1 ORDER BY n.meeting_id, n.lang",
    )
    .bind(council_id)
    .fetch_all(db)
    .await?;
    rows.iter().map(minutes_from_row).collect()
}

/// Writes a meeting's minutes in one language, replacing them; an empty text removes them.
pub async fn put_minutes<'c>(conn: impl sqlx::AnyExecutor<'c>, meeting_id: i64, m: &MinutesDraft) -> sqlx::Result<()> {
    if m.body.is_empty() {
        sqlx::query("DELETE FROM meeting_minutes WHERE meeting_id = $1 AND lang = $2").bind(meeting_id).bind(&m.lang).execute(conn).await?;
        return Ok(());
    }
    sqlx::query(
        "INSERT INTO meeting_minutes (meeting_id, lang, body, updated_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (meeting_id, lang) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at",
    )
    .bind(meeting_id)
    .bind(&m.lang)
    .bind(&m.body)
    .bind(now())
    .execute(conn)
    .await?;
    Ok(())
}

/// An upcoming meeting with the council it belongs to, for a municipality's page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Upcoming {
    /// The meeting.
    pub meeting: Meeting,
    /// Its council's slug.
    pub council_slug: String,
    /// Its council's name.
    pub council_name: String,
    /// Language of the council's name.
    pub council_lang: String,
}

/// The next `limit` meetings (not cancelled, starting after `at`) of the municipality's
/// councils that are not dissolved (one round trip).
pub async fn upcoming(db: &Db, municipality_id: i64, at: i64, limit: i64) -> sqlx::Result<Vec<Upcoming>> {
    let sql = format!(
        "SELECT {COLUMNS}, c.slug AS council_slug, c.name AS council_name, c.lang AS council_lang
         FROM meetings m JOIN councils c ON c.id = m.council_id
         WHERE c.municipality_id = $1 AND c.dissolved_at IS NULL AND m.cancelled_at IS NULL AND m.starts_at >= $2
         ORDER BY m.starts_at, m.id LIMIT $3"
    );
    let rows = sqlx::query(&sql).bind(municipality_id).bind(at).bind(limit).fetch_all(db).await?;
    rows.iter()
        .map(|r| {
            Ok(Upcoming {
                meeting: from_row(r)?,
                council_slug: r.try_get("council_slug")?,
                council_name: r.try_get("council_name")?,
                council_lang: r.try_get("council_lang")?,
            })
        })
        .collect()
}

/// Whether a summary, consultation or ballot `id` exists in the municipality (a free item
/// has no subject: false).
pub async fn subject_exists(db: &Db, kind: AgendaKind, id: i64, municipality_id: i64) -> sqlx::Result<bool> {
    let table = match kind {
        AgendaKind::Summary => "summaries",
        AgendaKind::Consultation => "consultations",
        AgendaKind::Ballot => "ballots",
        AgendaKind::Free => return Ok(false),
    };
    let sql = format!("SELECT 1 FROM {table} WHERE id = $1 AND municipality_id = $2");
    Ok(sqlx::query(&sql).bind(id).bind(municipality_id).fetch_optional(db).await?.is_some())
}
