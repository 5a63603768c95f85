//! Ballots: their settings, texts per language and options. The roll and the papers are in
//! `db::papers`.

use sqlx::{Row as _, any::AnyRow};

use super::{Db, now};
use crate::domain::ballot::{Ballot, BallotOption, BallotSettings, BallotText, BindingRule, Method, Status};

const COLUMNS: &str = "id, municipality_id, method, status, opens_at, closes_at, min_picks, max_picks, points_total, points_per_option, budget, within_budget, binding_rule, ranked_strength, verified_only, allow_recast, closed_at, published_at, voters, results";

fn u(row: &AnyRow, col: &str) -> sqlx::Result<u64> {
    Ok(row.try_get::<i64, _>(col)?.max(0) as u64)
}

fn from_row(r: &AnyRow) -> sqlx::Result<Ballot> {
    let method: String = r.try_get("method")?;
    let status: String = r.try_get("status")?;
    let binding: String = r.try_get("binding_rule")?;
    let strength: String = r.try_get("ranked_strength")?;
    Ok(Ballot {
        id: r.try_get("id")?,
        municipality_id: r.try_get("municipality_id")?,
        method: Method::parse(&method).unwrap_or(Method::Approval),
        status: Status::parse(&status),
        opens_at: r.try_get("opens_at")?,
        closes_at: r.try_get("closes_at")?,
        min_picks: u(r, "min_picks")?,
        max_picks: u(r, "max_picks")?,
        points_total: u(r, "points_total")?,
        points_per_option: u(r, "points_per_option")?,
        budget: u(r, "budget")?,
        within_budget: r.try_get::<i64, _>("within_budget")? != 0,
        binding_rule: BindingRule::parse(&binding).unwrap_or(BindingRule::EqualShares),
        winning_votes: strength == "winning",
        verified_only: r.try_get::<i64, _>("verified_only")? != 0,
        allow_recast: r.try_get::<i64, _>("allow_recast")? != 0,
        closed_at: r.try_get("closed_at")?,
        published_at: r.try_get("published_at")?,
        voters: r.try_get("voters")?,
        results: r.try_get("results")?,
    })
}

fn b(v: bool) -> i64 {
    i64::from(v)
}

const SETTINGS: &str = "method = $1, opens_at = $2, closes_at = $3, min_picks = $4, max_picks = $5, points_total = $6, points_per_option = $7, budget = $8, within_budget = $9, binding_rule = $10, ranked_strength = $11, verified_only = $12, allow_recast = $13";

fn bind_settings<'q>(
    q: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>,
    s: &'q BallotSettings,
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
    q.bind(s.method.as_str())
        .bind(s.opens_at)
        .bind(s.closes_at)
        .bind(s.min_picks as i64)
        .bind(s.max_picks as i64)
        .bind(s.points_total as i64)
        .bind(s.points_per_option as i64)
        .bind(s.budget as i64)
        .bind(b(s.within_budget))
        .bind(s.binding_rule.as_str())
        .bind(if s.winning_votes { "winning" } else { "margin" })
        .bind(b(s.verified_only))
        .bind(b(s.allow_recast))
}

/// Creates a draft ballot with its texts.
pub async fn insert(conn: &mut sqlx::AnyConnection, municipality_id: i64, s: &BallotSettings, created_by: i64) -> sqlx::Result<i64> {
    let q = sqlx::query(
        "INSERT INTO ballots (method, opens_at, closes_at, min_picks, max_picks, points_total, points_per_option, budget, within_budget, binding_rule, ranked_strength, verified_only, allow_recast, municipality_id, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id",
    );
    let row = bind_settings(q, s).bind(municipality_id).bind(created_by).bind(now()).fetch_one(&mut *conn).await?;
    let id: i64 = row.try_get("id")?;
    set_texts(conn, id, &s.texts).await?;
    Ok(id)
}

/// Changes a draft's settings and texts; false when it is no longer a draft.
pub async fn update(conn: &mut sqlx::AnyConnection, id: i64, s: &BallotSettings) -> sqlx::Result<bool> {
    let sql = format!("UPDATE ballots SET {SETTINGS} WHERE id = $14 AND status = 'draft'");
    let done = bind_settings(sqlx::query(&sql), s).bind(id).execute(&mut *conn).await?.rows_affected() == 1;
    if done {
        set_texts(conn, id, &s.texts).await?;
    }
    Ok(done)
}

async fn set_texts(conn: &mut sqlx::AnyConnection, id: i64, texts: &[(String, String, String)]) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM ballot_texts WHERE ballot_id = $1").bind(id).execute(&mut *conn).await?;
    for (lang, title, description) in texts {
        sqlx::query("INSERT INTO ballot_texts (ballot_id, lang, title, description) VALUES ($1, $2, $3, $4)")
            .bind(id)
            .bind(lang)
            .bind(title)
            .bind(description)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// Ballot `id` of the municipality.
pub async fn by_id(db: &Db, municipality_id: i64, id: i64) -> sqlx::Result<Option<Ballot>> {
    let sql = format!("SELECT {COLUMNS} FROM ballots WHERE id = $1 AND municipality_id = $2");
    let row = sqlx::query(&sql).bind(id).bind(municipality_id).fetch_optional(db).await?;
    row.as_ref().map(from_row).transpose()
}

/// Ballot `id`, whatever its municipality (for the closing task).
pub async fn by_id_any<'c>(conn: impl sqlx::AnyExecutor<'c>, id: i64) -> sqlx::Result<Option<Ballot>> {
    let sql = format!("SELECT {COLUMNS} FROM ballots WHERE id = $1");
    let row = sqlx::query(&sql).bind(id).fetch_optional(conn).await?;
    row.as_ref().map(from_row).transpose()
}

/// A ballot's texts, one per language.
pub async fn texts<'c>(conn: impl sqlx::AnyExecutor<'c>, id: i64) -> sqlx::Result<Vec<BallotText>> {
    let rows = sqlx::query("SELECT lang, title, description FROM ballot_texts WHERE ballot_id = $1 ORDER BY lang")
        .bind(id)
        .fetch_all(conn)
        .await?;
    rows.iter()
        .map(|r| Ok(BallotText { lang: r.try_get("lang")?, title: r.try_get("title")?, description: r.try_get("description")? }))
        .collect()
}

/// A ballot's options in ballot order, with their labels (one round trip).
pub async fn options<'c>(conn: impl sqlx::AnyExecutor<'c>, id: i64) -> sqlx::Result<Vec<BallotOption>> {
    let rows = sqlx::query(
        "SELECT o.id, o.position, o.code, o.cost, o.issue_id, t.lang, t.title FROM ballot_options o
         LEFT JOIN ballot_option_texts t ON t.option_id = o.id WHERE o.ballot_id = $1 ORDER BY o.position, t.lang",
    )
    .bind(id)
    .fetch_all(conn)
    .await?;
    let mut out: Vec<BallotOption> = Vec::new();
    for r in &rows {
        let oid: i64 = r.try_get("id")?;
        if out.last().is_none_or(|o| o.id != oid) {
            out.push(BallotOption {
                id: oid,
                position: r.try_get::<i64, _>("position")?.max(0) as u32,
                code: r.try_get("code")?,
                cost: u(r, "cost")?,
                issue_id: r.try_get("issue_id")?,
                titles: Vec::new(),
            });
        }
        if let (Some(lang), Some(title), Some(o)) =
            (r.try_get::<Option<String>, _>("lang")?, r.try_get::<Option<String>, _>("title")?, out.last_mut())
        {
            o.titles.push((lang, title));
        }
    }
    Ok(out)
}

/// Adds an option at the end of a draft; `code` defaults to its number. False when the
/// ballot is no longer a draft.
pub async fn add_option(
    conn: &mut sqlx::AnyConnection,
    ballot_id: i64,
    code: Option<&str>,
    cost: u64,
    issue_id: Option<i64>,
    titles: &[(String, String)],
) -> sqlx::Result<Option<i64>> {
    let row = sqlx::query(
        "INSERT INTO ballot_options (ballot_id, position, code, cost, issue_id)
         SELECT b.id, COALESCE((SELECT MAX(position) + 1 FROM ballot_options WHERE ballot_id = b.id), 0),
                COALESCE($2, CAST(COALESCE((SELECT MAX(position) + 2 FROM ballot_options WHERE ballot_id = b.id), 1) AS TEXT)), $3, $4
         FROM ballots b WHERE b.id = $1 AND b.status = 'draft' RETURNING id",
    )
    .bind(ballot_id)
    .bind(code)
    .bind(cost as i64)
    .bind(issue_id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(row) = row else { return Ok(None) };
    let id: i64 = row.try_get("id")?;
    for (lang, title) in titles {
        sqlx::query("INSERT INTO ballot_option_texts (option_id, lang, title) VALUES ($1, $2, $3)")
            .bind(id)
            .bind(lang)
            .bind(title)
            .execute(&mut *conn)
            .await?;
    }
    Ok(Some(id))
}

/// Replaces an option's cost and labels (drafts only).
pub async fn update_option(
    conn: &mut sqlx::AnyConnection,
    ballot_id: i64,
    option_id: i64,
    cost: u64,
    titles: &[(String, String)],
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE ballot_options SET cost = $1 WHERE id = $2 AND ballot_id = $3 AND EXISTS (SELECT 1 FROM ballots WHERE id = $3 AND status = 'draft')",
    )
    .bind(cost as i64)
    .bind(option_id)
    .bind(ballot_id)
    .execute(&mut *conn)
    .await?
    .rows_affected()
        == 1;
    if done {
        sqlx::query("DELETE FROM ballot_option_texts WHERE option_id = $1").bind(option_id).execute(&mut *conn).await?;
        for (lang, title) in titles {
            sqlx::query("INSERT INTO ballot_option_texts (option_id, lang, title) VALUES ($1, $2, $3)")
                .bind(option_id)
                .bind(lang)
                .bind(title)
                .execute(&mut *conn)
                .await?;
        }
    }
    Ok(done)
}

/// Removes an option from a draft and closes the gap in positions.
pub async fn remove_option(conn: &mut sqlx::AnyConnection, ballot_id: i64, option_id: i64) -> sqlx::Result<bool> {
    let pos: Option<i64> = sqlx::query_scalar(
        "DELETE FROM ballot_options WHERE id = $1 AND ballot_id = $2 AND EXISTS (SELECT 1 FROM ballots WHERE id = $2 AND status = 'draft') RETURNING position",
    )
    .bind(option_id)
    .bind(ballot_id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(pos) = pos else { return Ok(false) };
    // Two steps, so that the unique (ballot, position) never sees two rows on one place.
    sqlx::query("UPDATE ballot_options SET position = -position WHERE ballot_id = $1 AND position > $2")
        .bind(ballot_id)
        .bind(pos)
        .execute(&mut *conn)
        .await?;
    sqlx::query("UPDATE ballot_options SET position = -position - 1 WHERE ballot_id = $1 AND position < 0")
        .bind(ballot_id)
        .execute(&mut *conn)
        .await?;
    Ok(true)
}

/// Moves a ballot from one status to another, stamping the time of closing or publishing;
/// false when it was not in `from`.
pub async fn set_status<'c>(conn: impl sqlx::AnyExecutor<'c>, id: i64, from: Status, to: Status) -> sqlx::Result<bool> {
    let q = match to {
        Status::Published => sqlx::query("UPDATE ballots SET status = $1, published_at = $4 WHERE id = $2 AND status = $3"),
        Status::Closed => sqlx::query("UPDATE ballots SET status = $1, closed_at = $4 WHERE id = $2 AND status = $3"),
        _ => sqlx::query("UPDATE ballots SET status = $1 WHERE id = $2 AND status = $3"),
    };
    let q = q.bind(to.as_str()).bind(id).bind(from.as_str());
    let q = if matches!(to, Status::Published | Status::Closed) { q.bind(now()) } else { q };
    Ok(q.execute(conn).await?.rows_affected() == 1)
}

/// Records the count of a closed ballot: its results (JSON) and number of voters.
pub async fn store_results(conn: &mut sqlx::AnyConnection, id: i64, results: &str, voters: i64) -> sqlx::Result<()> {
    sqlx::query("UPDATE ballots SET results = $1, voters = $2 WHERE id = $3").bind(results).bind(voters).bind(id).execute(conn).await?;
    Ok(())
}

/// Open ballots whose closing time has passed.
pub async fn due(db: &Db, at: i64) -> sqlx::Result<Vec<i64>> {
    sqlx::query_scalar("SELECT id FROM ballots WHERE status = 'open' AND closes_at <= $1 ORDER BY id LIMIT 100")
        .bind(at)
        .fetch_all(db)
        .await
}

/// Closes ballot `id` if it is open and due: the one statement that decides which server
/// closes it (the row lock makes any other wait, then find it closed).
pub async fn close_if_due(conn: &mut sqlx::AnyConnection, id: i64, at: i64) -> sqlx::Result<bool> {
    let n = sqlx::query("UPDATE ballots SET status = 'closed', closed_at = $1 WHERE id = $2 AND status = 'open' AND closes_at <= $1")
        .bind(at)
        .bind(id)
        .execute(conn)
        .await?
        .rows_affected();
    Ok(n == 1)
}

/// A line of a ballot list: the ballot and its title in the reader's language (or the first).
#[derive(Clone, Debug)]
pub struct Listed {
    /// The ballot.
    pub ballot: Ballot,
    /// Title in the wanted language, else in another.
    pub title: String,
    /// The title's language.
    pub title_lang: String,
}

/// A municipality's ballots, newest first; drafts and closed-unpublished ones only when
/// `include_internal`.
pub async fn list(db: &Db, municipality_id: i64, lang: &str, include_internal: bool) -> sqlx::Result<Vec<Listed>> {
    let cols = COLUMNS.split(", ").map(|c| format!("b.{c}")).collect::<Vec<_>>().join(", ");
    let filter = if include_internal { "" } else { " AND b.status IN ('open', 'published')" };
    let sql = format!(
        "SELECT {cols}, t.title, t.lang FROM ballots b JOIN ballot_texts t ON t.ballot_id = b.id
         AND t.lang = COALESCE((SELECT lang FROM ballot_texts WHERE ballot_id = b.id AND lang = $2), (SELECT MIN(lang) FROM ballot_texts WHERE ballot_id = b.id))
         WHERE b.municipality_id = $1{filter} ORDER BY b.id DESC LIMIT 100"
    );
    let rows = sqlx::query(&sql).bind(municipality_id).bind(lang).fetch_all(db).await?;
    rows.iter().map(|r| Ok(Listed { ballot: from_row(r)?, title: r.try_get("title")?, title_lang: r.try_get("lang")? })).collect()
}

/// Open and published ballots an issue is an option in: `(ballot id, status, closes_at)`.
pub async fn of_issue(db: &Db, issue_id: i64) -> sqlx::Result<Vec<(i64, String, i64)>> {
    let rows = sqlx::query(
        "SELECT b.id, b.status, b.closes_at FROM ballot_options o JOIN ballots b ON b.id = o.ballot_id
         WHERE o.issue_id = $1 AND b.status IN ('open', 'closed', 'published') ORDER BY b.id DESC LIMIT 10",
    )
    .bind(issue_id)
    .fetch_all(db)
    .await?;
    rows.iter().map(|r| Ok((r.try_get("id")?, r.try_get("status")?, r.try_get("closes_at")?))).collect()
}

/// Opens a draft (the service has checked it is complete); false when it was not a draft.
pub async fn open(conn: &mut sqlx::AnyConnection, id: i64) -> sqlx::Result<bool> {
    set_status(conn, id, Status::Draft, Status::Open).await
}

/// Deletes a draft.
pub async fn delete_draft(conn: &mut sqlx::AnyConnection, id: i64) -> sqlx::Result<bool> {
    Ok(sqlx::query("DELETE FROM ballots WHERE id = $1 AND status = 'draft'").bind(id).execute(conn).await?.rows_affected() == 1)
}

/// Removes every option of a draft (before an import replaces them).
pub async fn clear_options(conn: &mut sqlx::AnyConnection, ballot_id: i64) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM ballot_options WHERE ballot_id = $1 AND EXISTS (SELECT 1 FROM ballots WHERE id = $1 AND status = 'draft')")
        .bind(ballot_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Sets the limits an imported file brings: method, budget, picks and points (drafts only).
pub async fn set_limits(
    conn: &mut sqlx::AnyConnection,
    ballot_id: i64,
    method: Method,
    budget: u64,
    picks: (u64, u64),
    points: (u64, u64),
) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE ballots SET method = $1, budget = $2, min_picks = $3, max_picks = $4, points_total = $5, points_per_option = $6 WHERE id = $7 AND status = 'draft'",
    )
    .bind(method.as_str())
    .bind(budget as i64)
    .bind(picks.0 as i64)
    .bind(picks.1 as i64)
    .bind(points.0 as i64)
    .bind(points.1 as i64)
    .bind(ballot_id)
    .execute(conn)
    .await?;
    Ok(())
}
