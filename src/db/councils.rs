//! Advisory councils and their seats. A seat is held for a term; serving again is a new row,
//! so the archive keeps every term. Nothing here is deleted when a council is dissolved.

use sqlx::{Row as _, any::AnyRow};

use super::{Db, now};
use crate::domain::council::{Composition, MemberEdit, NewCouncil, Seat};

/// A stored council.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Council {
    /// Row id.
    pub id: i64,
    /// Its municipality.
    pub municipality_id: i64,
    /// Web name, unique in the municipality.
    pub slug: String,
    /// Name.
    pub name: String,
    /// How it is made up (`elected`, `delegates`, `open_forum`).
    pub composition: Composition,
    /// What it is for.
    pub description: String,
    /// Language of the name and description.
    pub lang: String,
    /// Epoch seconds.
    pub created_at: i64,
    /// When it was dissolved, if it was.
    pub dissolved_at: Option<i64>,
    /// Why it was dissolved.
    pub dissolved_reason: Option<String>,
}

impl Council {
    /// Whether it has been dissolved (its pages are then an archive).
    pub fn is_dissolved(&self) -> bool {
        self.dissolved_at.is_some()
    }
}

/// A seat held for a term.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Member {
    /// Row id.
    pub id: i64,
    /// Its council.
    pub council_id: i64,
    /// The account acting for the seat (never shown publicly).
    pub user_id: Option<i64>,
    /// The seat.
    pub role: Seat,
    /// The name they chose to show; `None`: the role only.
    pub display_name: Option<String>,
    /// Who they are there for.
    pub affiliation: String,
    /// Start of the term, epoch seconds.
    pub term_start: i64,
    /// End of the term (exclusive), epoch seconds; `None` while open-ended.
    pub term_end: Option<i64>,
    /// Epoch seconds.
    pub created_at: i64,
}

impl Member {
    /// Whether the term runs at `now`.
    pub fn is_current(&self, now: i64) -> bool {
        self.term_start <= now && self.term_end.is_none_or(|end| end > now)
    }
}

const COLUMNS: &str = "id, municipality_id, slug, name, composition, description, lang, created_at, dissolved_at, dissolved_reason";
const MEMBER_COLUMNS: &str = "id, council_id, user_id, role, display_name, affiliation, term_start, term_end, created_at";

fn from_row(r: &AnyRow) -> sqlx::Result<Council> {
    let composition: String = r.try_get("composition")?;
    Ok(Council {
        id: r.try_get("id")?,
        municipality_id: r.try_get("municipality_id")?,
        slug: r.try_get("slug")?,
        name: r.try_get("name")?,
        composition: Composition::parse(&composition).unwrap_or(Composition::Delegates),
        description: r.try_get("description")?,
        lang: r.try_get("lang")?,
        created_at: r.try_get("created_at")?,
        dissolved_at: r.try_get("dissolved_at")?,
        dissolved_reason: r.try_get("dissolved_reason")?,
    })
}

fn member_from_row(r: &AnyRow) -> sqlx::Result<Member> {
    let role: String = r.try_get("role")?;
    Ok(Member {
        id: r.try_get("id")?,
        council_id: r.try_get("council_id")?,
        user_id: r.try_get("user_id")?,
        role: Seat::parse(&role).unwrap_or(Seat::Member),
        display_name: r.try_get("display_name")?,
        affiliation: r.try_get("affiliation")?,
        term_start: r.try_get("term_start")?,
        term_end: r.try_get("term_end")?,
        created_at: r.try_get("created_at")?,
    })
}

/// Creates a council; `None` when the municipality already has one with this slug.
pub async fn insert<'c>(conn: impl sqlx::AnyExecutor<'c>, municipality_id: i64, c: &NewCouncil) -> sqlx::Result<Option<i64>> {
    sqlx::query_scalar(
        "INSERT INTO councils (municipality_id, slug, name, composition, description, lang, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (municipality_id, slug) DO NOTHING RETURNING id",
    )
    .bind(municipality_id)
    .bind(&c.slug)
    .bind(&c.name)
    .bind(c.composition.as_str())
    .bind(&c.description)
    .bind(&c.lang)
    .bind(now())
    .fetch_optional(conn)
    .await
}

/// The council of the municipality with this slug.
pub async fn by_slug(db: &Db, municipality_id: i64, slug: &str) -> sqlx::Result<Option<Council>> {
    if !super::searchable(slug) {
        return Ok(None);
    }
    let sql = format!("SELECT {COLUMNS} FROM councils WHERE municipality_id = $1 AND slug = $2");
    sqlx::query(&sql).bind(municipality_id).bind(slug).fetch_optional(db).await?.as_ref().map(from_row).transpose()
}

/// Council `id`, whatever its municipality.
pub async fn by_id(db: &Db, id: i64) -> sqlx::Result<Option<Council>> {
    let sql = format!("SELECT {COLUMNS} FROM councils WHERE id = $1");
    sqlx::query(&sql).bind(id).fetch_optional(db).await?.as_ref().map(from_row).transpose()
}

/// Every council of a municipality, current and dissolved, by name.
pub async fn of_municipality(db: &Db, municipality_id: i64) -> sqlx::Result<Vec<Council>> {
    let sql = format!("SELECT {COLUMNS} FROM councils WHERE municipality_id = $1 ORDER BY name, id");
    sqlx::query(&sql).bind(municipality_id).fetch_all(db).await?.iter().map(from_row).collect()
}

/// Dissolves a council and ends the terms still running at `at`; false when it was already
/// dissolved.
pub async fn dissolve(conn: &mut sqlx::AnyConnection, id: i64, reason: &str, at: i64) -> sqlx::Result<bool> {
    let done = sqlx::query("UPDATE councils SET dissolved_at = $1, dissolved_reason = $2 WHERE id = $3 AND dissolved_at IS NULL")
        .bind(at)
        .bind(reason)
        .bind(id)
        .execute(&mut *conn)
        .await?
        .rows_affected()
        == 1;
    if done {
        sqlx::query("UPDATE council_members SET term_end = $1 WHERE council_id = $2 AND (term_end IS NULL OR term_end > $1)")
            .bind(at)
            .bind(id)
            .execute(&mut *conn)
            .await?;
    }
    Ok(done)
}

/// A seat to store.
#[derive(Clone, Copy, Debug)]
pub struct NewSeat<'a> {
    /// The council.
    pub council_id: i64,
    /// The account acting for it, if any.
    pub user_id: Option<i64>,
    /// The seat.
    pub role: Seat,
    /// Public name, or the role only.
    pub display_name: Option<&'a str>,
    /// Affiliation.
    pub affiliation: &'a str,
    /// Term start.
    pub term_start: i64,
    /// Term end.
    pub term_end: Option<i64>,
}

/// Adds a seat for a term.
pub async fn add_member<'c>(conn: impl sqlx::AnyExecutor<'c>, s: &NewSeat<'_>) -> sqlx::Result<i64> {
    sqlx::query_scalar(
        "INSERT INTO council_members (council_id, user_id, role, display_name, affiliation, term_start, term_end, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(s.council_id)
    .bind(s.user_id)
    .bind(s.role.as_str())
    .bind(s.display_name)
    .bind(s.affiliation)
    .bind(s.term_start)
    .bind(s.term_end)
    .bind(now())
    .fetch_one(conn)
    .await
}

/// Every term of a council, earliest first.
pub async fn members(db: &Db, council_id: i64) -> sqlx::Result<Vec<Member>> {
    let sql = format!("SELECT {MEMBER_COLUMNS} FROM council_members WHERE council_id = $1 ORDER BY term_start, id");
    sqlx::query(&sql).bind(council_id).fetch_all(db).await?.iter().map(member_from_row).collect()
}

/// Seat `id` of the council.
pub async fn member(db: &Db, council_id: i64, id: i64) -> sqlx::Result<Option<Member>> {
    let sql = format!("SELECT {MEMBER_COLUMNS} FROM council_members WHERE id = $1 AND council_id = $2");
    sqlx::query(&sql).bind(id).bind(council_id).fetch_optional(db).await?.as_ref().map(member_from_row).transpose()
}

/// Ends a running term at `at` (not before it began); false when it was not running then.
pub async fn end_term<'c>(conn: impl sqlx::AnyExecutor<'c>, council_id: i64, id: i64, at: i64) -> sqlx::Result<bool> {
    let n = sqlx::query(
        "UPDATE council_members SET term_end = $1
         WHERE id = $2 AND council_id = $3 AND term_start <= $1 AND (term_end IS NULL OR term_end > $1)",
    )
    .bind(at)
    .bind(id)
    .bind(council_id)
    .execute(conn)
    .await?
    .rows_affected();
    Ok(n == 1)
}

/// Changes a seat's public name and affiliation; false when there is no such seat.
pub async fn update_member<'c>(conn: impl sqlx::AnyExecutor<'c>, council_id: i64, id: i64, e: &MemberEdit) -> sqlx::Result<bool> {
    let n = sqlx::query("UPDATE council_members SET display_name = $1, affiliation = $2 WHERE id = $3 AND council_id = $4")
        .bind(e.display_name.as_deref())
        .bind(&e.affiliation)
        .bind(id)
        .bind(council_id)
        .execute(conn)
        .await?
        .rows_affected();
    Ok(n == 1)
}

/// The seats a person holds on a council at `at`.
pub async fn seats_of(db: &Db, user_id: i64, council_id: i64, at: i64) -> sqlx::Result<Vec<Seat>> {
    let roles: Vec<String> = sqlx::query_scalar(
        "SELECT role FROM council_members WHERE user_id = $1 AND council_id = $2 AND term_start <= $3 AND (term_end IS NULL OR term_end > $3)",
    )
    .bind(user_id)
    .bind(council_id)
    .bind(at)
    .fetch_all(db)
    .await?;
    Ok(roles.iter().filter_map(|r| Seat::parse(r).ok()).collect())
}

/// The accounts holding a current seat on the council (for notifications), each once.
pub async fn current_member_users(db: &Db, council_id: i64) -> sqlx::Result<Vec<i64>> {
    sqlx::query_scalar(
        "SELECT DISTINCT user_id FROM council_members
         WHERE council_id = $1 AND user_id IS NOT NULL AND term_start <= $2 AND (term_end IS NULL OR term_end > $2) ORDER BY user_id",
    )
    .bind(council_id)
    .bind(now())
    .fetch_all(db)
    .await
}

/// Forgets the public name of every seat an account held (its erasure): the seats stay in
/// the archive as roles only.
pub async fn forget_person<'c>(conn: impl sqlx::AnyExecutor<'c>, user_id: i64) -> sqlx::Result<u64> {
    Ok(sqlx::query("UPDATE council_members SET display_name = NULL WHERE user_id = $1").bind(user_id).execute(conn).await?.rows_affected())
}
