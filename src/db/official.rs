//! The city's answers to forwarded recommendations and their progress: one answer per point
//! (the primary key is the answer-once rule), progress until done or dropped, the points for
//! officials' pages and the dashboard, the overdue claim, and who contributed to a point.
//!
//! A point is a recommendation followed across the versions of its summary: `point_id` is
//! the first version's recommendation (NULL is read as the row's own id). What is shown is the
//! point in the latest forwarded version (`summaries.status = 'forwarded'`; older versions
//! are `superseded`).

use sqlx::{Row as _, any::AnyRow};

use super::{Db, notifications::pending, now};
use crate::domain::official::{Decision, PointState};

/// The point id of recommendation row `r`.
pub const POINT: &str = "COALESCE(r.point_id, r.id)";

/// The city's answer to a point, as stored (the owner person is kept out: never shown).
#[derive(Clone, Debug)]
pub struct Response {
    /// The decision.
    pub decision: Decision,
    /// Why (in `lang`).
    pub reason: String,
    /// Language of the reason.
    pub lang: String,
    /// Responsible department.
    pub department: String,
    /// The owner's role (shown publicly).
    pub owner_role: String,
    /// UTC midnight of the deadline (none for a rejection).
    pub deadline: Option<i64>,
    /// Where the point stands.
    pub state: PointState,
    /// When it was answered.
    pub answered_at: i64,
    /// When it was done or dropped.
    pub closed_at: Option<i64>,
}

impl Response {
    /// Whether the deadline passed (the day after it began) and the point is still open.
    pub fn overdue(&self, now: i64) -> bool {
        !self.state.is_closed() && self.deadline.is_some_and(|d| d + crate::domain::official::DAY <= now)
    }
}

/// A forwarded point: its recommendation in the latest forwarded version, and the answer.
#[derive(Clone, Debug)]
pub struct Point {
    /// The point (the first version's recommendation id).
    pub point_id: i64,
    /// The recommendation row shown (latest forwarded version).
    pub recommendation_id: i64,
    /// Its summary.
    pub summary_id: i64,
    /// The summary's council.
    pub council_id: i64,
    /// Its number in the summary.
    pub number: i64,
    /// Title, in `lang`.
    pub title: String,
    /// Text, in `lang`.
    pub body: String,
    /// The language it was written in.
    pub lang: String,
    /// Its theme.
    pub theme_id: Option<i64>,
    /// When the version shown was forwarded.
    pub forwarded_at: i64,
    /// When the point was first forwarded (its first version).
    pub first_forwarded_at: i64,
    /// The summary's title (in `summary_lang`).
    pub summary_title: String,
    /// The summary's language.
    pub summary_lang: String,
    /// The city's answer, once given.
    pub response: Option<Response>,
}

/// The columns of a point (recommendation `r`, summary `s`, answer `o`).
pub const COLUMNS: &str = "r.id AS rec_id, COALESCE(r.point_id, r.id) AS point_id, r.summary_id, s.council_id, r.number, r.title, r.body, r.lang,
    r.theme_id, s.forwarded_at, s.title AS summary_title, s.lang AS summary_lang,
    COALESCE((SELECT s0.forwarded_at FROM recommendations r0 JOIN summaries s0 ON s0.id = r0.summary_id WHERE r0.id = COALESCE(r.point_id, r.id)), s.forwarded_at) AS first_forwarded_at,
    o.decision, o.reason, o.lang AS o_lang, o.department, o.owner_role, o.deadline, o.state, o.created_at AS answered_at, o.closed_at";

/// Forwarded points of municipality `$1`: the FROM and WHERE every read starts with.
pub const FROM: &str = "FROM recommendations r JOIN summaries s ON s.id = r.summary_id
    LEFT JOIN official_responses o ON o.point_id = COALESCE(r.point_id, r.id)
    WHERE s.municipality_id = $1 AND s.status = 'forwarded'";

/// Latest forwarded first, then in the summary's order.
pub const ORDER: &str = "ORDER BY s.forwarded_at DESC, s.id DESC, r.number";

/// A point from a row of [`COLUMNS`].
pub fn point_from_row(r: &AnyRow) -> sqlx::Result<Point> {
    let decision: Option<String> = r.try_get("decision")?;
    let response = match decision.as_deref().and_then(Decision::parse) {
        Some(decision) => Some(Response {
            decision,
            reason: r.try_get("reason")?,
            lang: r.try_get("o_lang")?,
            department: r.try_get("department")?,
            owner_role: r.try_get("owner_role")?,
            deadline: r.try_get("deadline")?,
            state: r.try_get::<Option<String>, _>("state")?.as_deref().and_then(PointState::parse).unwrap_or(PointState::Open),
            answered_at: r.try_get("answered_at")?,
            closed_at: r.try_get("closed_at")?,
        }),
        None => None,
    };
    Ok(Point {
        point_id: r.try_get("point_id")?,
        recommendation_id: r.try_get("rec_id")?,
        summary_id: r.try_get("summary_id")?,
        council_id: r.try_get("council_id")?,
        number: r.try_get("number")?,
        title: r.try_get("title")?,
        body: r.try_get("body")?,
        lang: r.try_get("lang")?,
        theme_id: r.try_get("theme_id")?,
        forwarded_at: r.try_get::<Option<i64>, _>("forwarded_at")?.unwrap_or_default(),
        first_forwarded_at: r.try_get::<Option<i64>, _>("first_forwarded_at")?.unwrap_or_default(),
        summary_title: r.try_get("summary_title")?,
        summary_lang: r.try_get("summary_lang")?,
        response,
    })
}

/// Every forwarded point of a municipality (latest versions), for officials and the dashboard.
pub async fn forwarded(db: &Db, municipality_id: i64) -> sqlx::Result<Vec<Point>> {
    let sql = format!("SELECT {COLUMNS} {FROM} {ORDER} LIMIT 10000");
    sqlx::query(&sql).bind(municipality_id).fetch_all(db).await?.iter().map(point_from_row).collect()
}

/// Point `point_id` of a municipality, if a forwarded summary holds it.
pub async fn point<'c>(conn: impl sqlx::AnyExecutor<'c>, municipality_id: i64, point_id: i64) -> sqlx::Result<Option<Point>> {
    let sql = format!("SELECT {COLUMNS} {FROM} AND (r.point_id = $2 OR (r.point_id IS NULL AND r.id = $2)) {ORDER} LIMIT 1");
    sqlx::query(&sql).bind(municipality_id).bind(point_id).fetch_optional(conn).await?.as_ref().map(point_from_row).transpose()
}

/// An answer to store.
pub struct NewResponse<'a> {
    /// The point.
    pub point_id: i64,
    /// Its municipality.
    pub municipality_id: i64,
    /// The decision.
    pub decision: Decision,
    /// Why.
    pub reason: &'a str,
    /// Its language.
    pub lang: &'a str,
    /// Department.
    pub department: &'a str,
    /// Owner's role.
    pub owner_role: &'a str,
    /// Owner person (never shown).
    pub owner_id: Option<i64>,
    /// Deadline (UTC midnight).
    pub deadline: Option<i64>,
    /// The official answering.
    pub official_id: i64,
}

/// Stores the answer to a point; `false` when the point has one already. One statement: of
/// two officials answering at once, exactly one answer is stored.
pub async fn insert_response<'c>(conn: impl sqlx::AnyExecutor<'c>, r: &NewResponse<'_>) -> sqlx::Result<bool> {
    let t = now();
    let inserted: Option<i64> = sqlx::query_scalar(
        "INSERT INTO official_responses (point_id, municipality_id, decision, reason, lang, department, owner_role, owner_id, deadline,
             state, official_id, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'open', $10, $11, $11)
         ON CONFLICT (point_id) DO NOTHING RETURNING point_id",
    )
    .bind(r.point_id)
    .bind(r.municipality_id)
    .bind(r.decision.as_str())
    .bind(r.reason)
    .bind(r.lang)
    .bind(r.department)
    .bind(r.owner_role)
    .bind(r.owner_id)
    .bind(r.deadline)
    .bind(r.official_id)
    .bind(t)
    .fetch_optional(conn)
    .await?;
    Ok(inserted.is_some())
}

/// A progress report to store.
pub struct NewProgress<'a> {
    /// The point.
    pub point_id: i64,
    /// The state it reaches.
    pub state: PointState,
    /// What happened.
    pub body: &'a str,
    /// Its language.
    pub lang: &'a str,
    /// The official reporting.
    pub official_id: i64,
    /// When it happened.
    pub at: i64,
}

/// Moves an open or ongoing point to `p.state` and records the report, in the caller's
/// transaction; `None` when the point is done or dropped already (or has no answer). The
/// state change is the guard, so two reports at once cannot both close a point.
pub async fn add_progress(conn: &mut sqlx::AnyConnection, p: &NewProgress<'_>) -> sqlx::Result<Option<i64>> {
    let t = now();
    let moved: Option<i64> = sqlx::query_scalar(
        "UPDATE official_responses SET state = $1, updated_at = $2, closed_at = CASE WHEN $1 IN ('done', 'dropped') THEN $2 ELSE NULL END
         WHERE point_id = $3 AND state IN ('open', 'in_progress') RETURNING point_id",
    )
    .bind(p.state.as_str())
    .bind(t)
    .bind(p.point_id)
    .fetch_optional(&mut *conn)
    .await?;
    if moved.is_none() {
        return Ok(None);
    }
    let id = sqlx::query_scalar(
        "INSERT INTO progress_updates (point_id, state, body, lang, official_id, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(p.point_id)
    .bind(p.state.as_str())
    .bind(p.body)
    .bind(p.lang)
    .bind(p.official_id)
    .bind(p.at)
    .fetch_one(&mut *conn)
    .await?;
    Ok(Some(id))
}

/// A progress report as stored.
#[derive(Clone, Debug)]
pub struct Progress {
    /// Row id.
    pub id: i64,
    /// The point.
    pub point_id: i64,
    /// The state reached.
    pub state: PointState,
    /// What happened.
    pub body: String,
    /// Its language.
    pub lang: String,
    /// When it happened.
    pub at: i64,
}

/// Progress reports of a municipality's points, oldest first.
pub async fn progress_of_municipality(db: &Db, municipality_id: i64) -> sqlx::Result<Vec<Progress>> {
    let rows = sqlx::query(
        "SELECT p.id, p.point_id, p.state, p.body, p.lang, p.created_at FROM progress_updates p
         JOIN official_responses o ON o.point_id = p.point_id WHERE o.municipality_id = $1 ORDER BY p.point_id, p.id LIMIT 50000",
    )
    .bind(municipality_id)
    .fetch_all(db)
    .await?;
    rows.iter().map(progress_from_row).collect()
}

/// A progress report from a row with `id, point_id, state, body, lang, created_at`.
pub fn progress_from_row(r: &AnyRow) -> sqlx::Result<Progress> {
    Ok(Progress {
        id: r.try_get("id")?,
        point_id: r.try_get("point_id")?,
        state: PointState::parse(&r.try_get::<String, _>("state")?).unwrap_or(PointState::InProgress),
        body: r.try_get("body")?,
        lang: r.try_get("lang")?,
        at: r.try_get("created_at")?,
    })
}

/// Progress report `id`, if it belongs to a point of the municipality.
pub async fn progress_by_id(db: &Db, municipality_id: i64, id: i64) -> sqlx::Result<Option<Progress>> {
    let row = sqlx::query(
        "SELECT p.id, p.point_id, p.state, p.body, p.lang, p.created_at FROM progress_updates p
         JOIN official_responses o ON o.point_id = p.point_id WHERE p.id = $1 AND o.municipality_id = $2",
    )
    .bind(id)
    .bind(municipality_id)
    .fetch_optional(db)
    .await?;
    row.as_ref().map(progress_from_row).transpose()
}

/// The person among the municipality's officials with this username key.
pub async fn official_named(db: &Db, municipality_id: i64, username_key: &str) -> sqlx::Result<Option<i64>> {
    sqlx::query_scalar(
        "SELECT u.id FROM users u JOIN roles ro ON ro.user_id = u.id WHERE u.username_key = $1 AND ro.municipality_id = $2 AND ro.role = 'official'",
    )
    .bind(username_key)
    .bind(municipality_id)
    .fetch_optional(db)
    .await
}

/// Everyone who contributed to point `$1` through the sources of any of its versions: the
/// authors and supporters of its issues, those who submitted its consultations, the authors
/// of its statements and everyone who reacted to them, and the voters of its ballots. A
/// `WITH` prefix and a derived table `c (user_id)`.
const CONTRIBUTORS: &str =
    "WITH src AS (SELECT rs.kind, rs.source_id FROM recommendation_sources rs JOIN recommendations r ON r.id = rs.recommendation_id
                 WHERE r.point_id = $1 OR (r.point_id IS NULL AND r.id = $1))";
const CONTRIBUTOR_UNION: &str = "(SELECT i.author_id AS user_id FROM src JOIN issues i ON src.kind = 'issue' AND i.id = src.source_id
      UNION SELECT su.user_id FROM src JOIN supports su ON src.kind = 'issue' AND su.issue_id = src.source_id
      UNION SELECT re.user_id FROM src JOIN responses re ON src.kind = 'consultation' AND re.consultation_id = src.source_id AND re.submitted_at IS NOT NULL
      UNION SELECT st.author_id FROM src JOIN statements st ON src.kind = 'statement' AND st.id = src.source_id
      UNION SELECT rx.user_id FROM src JOIN reactions rx ON src.kind = 'statement' AND rx.statement_id = src.source_id
      UNION SELECT br.user_id FROM src JOIN ballot_roll br ON src.kind = 'ballot' AND br.ballot_id = src.source_id) c";

/// The people who contributed to a point (see [`notify_contributors`]), each once.
pub async fn contributors(db: &Db, point_id: i64) -> sqlx::Result<Vec<i64>> {
    let sql = format!("{CONTRIBUTORS} SELECT DISTINCT c.user_id FROM {CONTRIBUTOR_UNION} WHERE c.user_id IS NOT NULL ORDER BY c.user_id");
    sqlx::query_scalar(&sql).bind(point_id).fetch_all(db).await
}

/// The guard of every notification about a point: nobody is told of the same event twice.
const NOT_TOLD: &str =
    "NOT EXISTS (SELECT 1 FROM notifications n WHERE n.user_id = c.user_id AND n.kind = 'summary' AND n.subject_id = $1 AND n.status = $2)";

/// Tells everyone who contributed to point `point_id` that it reached `status` (`answered`,
/// `done`, `dropped`), once per person, except `actor`: one statement, in the caller's
/// transaction. Returns how many were told.
pub async fn notify_contributors<'c>(conn: impl sqlx::AnyExecutor<'c>, point_id: i64, status: &str, actor: i64) -> sqlx::Result<u64> {
    let sql = format!(
        "{CONTRIBUTORS} INSERT INTO notifications (user_id, kind, subject_id, status, created_at, delivered_at)
         SELECT DISTINCT c.user_id, 'summary', $1, $2, $3, {} FROM {CONTRIBUTOR_UNION}
         WHERE c.user_id IS NOT NULL AND c.user_id <> $4 AND {NOT_TOLD}",
        pending("c.user_id")
    );
    Ok(sqlx::query(&sql).bind(point_id).bind(status).bind(now()).bind(actor).execute(conn).await?.rows_affected())
}

/// A point whose deadline passed, claimed for its overdue notice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Overdue {
    /// The point.
    pub point_id: i64,
    /// Its municipality.
    pub municipality_id: i64,
}

/// Claims every point whose deadline day is over and which is still open or ongoing, and
/// whose overdue notice has not gone out: one statement, so of two servers sweeping at once
/// each point goes to exactly one.
pub async fn claim_overdue<'c>(conn: impl sqlx::AnyExecutor<'c>, now: i64) -> sqlx::Result<Vec<Overdue>> {
    let rows = sqlx::query(
        "UPDATE official_responses SET overdue_notified_at = $1
         WHERE deadline + 86400 <= $1 AND state IN ('open', 'in_progress') AND overdue_notified_at IS NULL
         RETURNING point_id, municipality_id",
    )
    .bind(now)
    .fetch_all(conn)
    .await?;
    rows.iter().map(|r| Ok(Overdue { point_id: r.try_get("point_id")?, municipality_id: r.try_get("municipality_id")? })).collect()
}

/// Tells the owner of an overdue point (else the municipality's officials) and the current
/// members of the council that forwarded it, once each: one statement.
pub async fn notify_overdue<'c>(conn: impl sqlx::AnyExecutor<'c>, point_id: i64) -> sqlx::Result<u64> {
    let sql = format!(
        "INSERT INTO notifications (user_id, kind, subject_id, status, created_at, delivered_at)
         SELECT DISTINCT c.user_id, 'summary', $1, $2, $3, {} FROM (
             SELECT o.owner_id AS user_id FROM official_responses o WHERE o.point_id = $1
             UNION SELECT ro.user_id FROM official_responses o JOIN roles ro ON ro.municipality_id = o.municipality_id AND ro.role = 'official'
                   WHERE o.point_id = $1 AND o.owner_id IS NULL
             UNION SELECT cm.user_id FROM recommendations r JOIN summaries s ON s.id = r.summary_id AND s.status = 'forwarded'
                   JOIN council_members cm ON cm.council_id = s.council_id AND cm.term_start <= $3 AND (cm.term_end IS NULL OR cm.term_end > $3)
                   WHERE r.point_id = $1 OR (r.point_id IS NULL AND r.id = $1)) c
         WHERE c.user_id IS NOT NULL AND {NOT_TOLD}",
        pending("c.user_id")
    );
    Ok(sqlx::query(&sql).bind(point_id).bind("overdue").bind(now()).execute(conn).await?.rows_affected())
}

/// Recommendation row `id` of a forwarded summary of the municipality, as written: (point,
/// title, text, language).
pub async fn recommendation(db: &Db, municipality_id: i64, id: i64) -> sqlx::Result<Option<(i64, String, String, String)>> {
    sqlx::query_as(
        "SELECT COALESCE(r.point_id, r.id), r.title, r.body, r.lang FROM recommendations r JOIN summaries s ON s.id = r.summary_id
         WHERE r.id = $1 AND s.municipality_id = $2 AND s.status = 'forwarded'",
    )
    .bind(id)
    .bind(municipality_id)
    .fetch_optional(db)
    .await
}
