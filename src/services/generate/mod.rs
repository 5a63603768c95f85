//! A realistic dataset for load tests: many residents spread over many municipalities, and
//! (optionally) a great many issues and supports in the first municipality — the worst case
//! for its listing and search.
//!
//! Fast by design (100,000 accounts in a few seconds): one password hash is computed and shared
//! by every generated account, and rows go in as multi-row inserts inside large transactions.
//! Issue texts come from the demo issues (nine languages) and from real project names of two
//! municipal participatory budgets (pabulib.org, French and Polish).

use std::time::Instant;

use crate::{
    db,
    domain::municipality::{DeletedContentPolicy, ModerationMode, MunicipalityInput},
    error::Result,
    state::AppState,
};

/// What to generate.
#[derive(Clone, Debug)]
pub struct Plan {
    /// Accounts to create (named `user1`, `user2`, …).
    pub users: u32,
    /// Municipalities to spread them over (named `town-1`, …).
    pub municipalities: u32,
    /// The password of every generated account.
    pub password: String,
    /// Issues to have in `town-1` (existing ones count).
    pub issues: u64,
    /// Supports to spread over them (about `supports / issues` each, from 0 to twice that).
    pub supports: u64,
}

/// What was generated and how long it took.
#[derive(Clone, Debug)]
pub struct Report {
    /// Accounts inserted.
    pub users: u64,
    /// Role rows inserted.
    pub roles: u64,
    /// Municipalities inserted.
    pub municipalities: u64,
    /// Issues inserted.
    pub issues: u64,
    /// Supports inserted.
    pub supports: u64,
    /// Wall time in milliseconds.
    pub millis: u128,
}

/// Rows per multi-row INSERT (well under SQLite's bound-variable limit).
const BATCH: u32 = 500;

/// Generates the dataset; accounts that already exist are left alone.
pub async fn run(state: &AppState, plan: &Plan) -> Result<Report> {
    let started = Instant::now();
    let all: Vec<String> = crate::i18n::catalog().locales().iter().map(|l| l.tag().to_string()).collect();
    let mut town_ids = Vec::new();
    let mut municipalities = 0;
    for i in 1..=plan.municipalities.max(1) {
        let slug = format!("town-{i}");
        let input = MunicipalityInput {
            name: format!("Town {i}"),
            slug: slug.clone(),
            languages: all.clone(),
            default_language: all[(i as usize) % all.len()].clone(),
            moderation_mode: if i % 2 == 0 { ModerationMode::Post } else { ModerationMode::Pre },
            deleted_account_content: DeletedContentPolicy::Anonymize,
        };
        match db::municipalities::insert(&mut *state.db.acquire().await?, &input).await? {
            Some(id) => {
                municipalities += 1;
                town_ids.push(id);
            }
            None => town_ids.extend(db::municipalities::by_slug(&state.db, &slug).await?.map(|m| m.id)),
        }
    }
    if town_ids.is_empty() {
        return Err(crate::error::AppError::NotFound);
    }
    let hash = state.hasher.hash(&plan.password).await?;
    let now = db::now();
    let mut tx = state.db.begin().await?;
    let (mut users, mut roles) = (0, 0);
    let mut start = 1;
    while start <= plan.users {
        let end = (start + BATCH - 1).min(plan.users);
        let mut sql = String::from(
            "INSERT INTO users (username, username_key, password_hash, created_at, username_skeleton, skeleton_version) VALUES ",
        );
        let version = crate::db::users::SKELETON_VERSION;
        for (n, i) in (start..=end).enumerate() {
            if n > 0 {
                sql.push(',');
            }
            // Skeletons of `userN` are plain ASCII letters and digits: safe to inline.
            let skeleton = crate::domain::username::skeleton_of(&format!("user{i}"));
            sql.push_str(&format!("('user{i}', 'user{i}', $1, {now}, '{skeleton}', {version})"));
        }
        sql.push_str(" ON CONFLICT DO NOTHING");
        users += sqlx::query(&sql).bind(&hash).execute(&mut *tx).await?.rows_affected();
        let rows: Vec<String> = (start..=end)
            .map(|i| {
                let town = town_ids[i as usize % town_ids.len()];
                format!("((SELECT id FROM users WHERE username_key = 'user{i}'), {town}, 'resident', {now})")
            })
            .collect();
        let sql = format!(
            "INSERT INTO roles (user_id, municipality_id, role, granted_at) VALUES {} ON CONFLICT (user_id, municipality_id, role) DO NOTHING",
            rows.join(",")
        );
        roles += sqlx::query(&sql).execute(&mut *tx).await?.rows_affected();
        start = end + 1;
    }
    tx.commit().await?;
    let (issues, supports) = if plan.issues > 0 { issues_and_supports(state, town_ids[0], plan).await? } else { (0, 0) };
    Ok(Report { users, roles, municipalities, issues, supports, millis: started.elapsed().as_millis() })
}

/// Issue texts to cycle through: (title, description, language).
fn texts() -> Vec<(String, String, &'static str)> {
    let mut texts: Vec<(String, String, &'static str)> =
        super::demo::sample_texts().map(|(t, b, l)| (t.to_string(), b.to_string(), l)).collect();
    for line in include_str!("pabulib.txt").lines().filter(|l| !l.starts_with('#')) {
        let mut parts = line.splitn(3, ';');
        let (Some(lang), Some(name), Some(context)) = (parts.next(), parts.next(), parts.next()) else { continue };
        let lang = if lang == "fr" { "fr" } else { "pl" };
        let title: String = name.chars().take(150).collect();
        texts.push((title, format!("{name}. {context}."), lang));
    }
    texts
}

/// Rows per transaction when generating issues.
const ISSUES_PER_TX: u64 = 20_000;

/// Fills `town` up to `plan.issues` issues (statuses mostly public, publication times spread
/// over the past year, a category and sometimes a neighbourhood each) and gives issue `i`
/// `i mod k` supports from distinct generated accounts, `k` chosen so the total is about
/// `plan.supports`. Returns (issues, supports) inserted.
async fn issues_and_supports(state: &AppState, town: i64, plan: &Plan) -> Result<(u64, u64)> {
    let existing: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM issues WHERE municipality_id = $1").bind(town).fetch_one(&state.db).await?;
    let (first_user, users): (i64, i64) = {
        let row: (Option<i64>, i64) =
            sqlx::query_as("SELECT MIN(id), COUNT(*) FROM users WHERE username_key LIKE 'user%'").fetch_one(&state.db).await?;
        (row.0.unwrap_or_default(), row.1)
    };
    let author = first_user;
    if users == 0 {
        return Err(crate::error::AppError::NotFound);
    }
    // Supports per public issue (95 in 100) cycle through 0..per_cycle: about supports / issues each.
    let per_cycle = ((2 * plan.supports * 100 / (plan.issues.max(1) * 95)) + 1).min(users as u64).max(1) as i64;
    let themes: Vec<i64> =
        db::themes::of_municipality(&state.db, town).await?.into_iter().filter(|t| t.is_category()).map(|t| t.id).collect();
    for n in 1..=8 {
        db::themes::add_neighbourhood(&state.db, town, &format!("District {n}")).await?;
    }
    let places: Vec<i64> = db::themes::neighbourhoods(&state.db, town).await?.into_iter().map(|(id, _)| id).collect();
    let texts = texts();
    let now = db::now();
    let total = plan.issues as i64;
    let mut inserted = 0u64;
    let mut i = existing;
    while i < total {
        let mut tx = state.db.begin().await?;
        let end = (i + ISSUES_PER_TX as i64).min(total);
        while i < end {
            let batch_end = (i + BATCH as i64).min(end);
            let mut sql = String::from(
                "INSERT INTO issues (municipality_id, author_id, anonymous, title, body, lang, theme_id, neighbourhood_id, status, supports, created_at, published_at, answered_at) VALUES ",
            );
            let mut binds: Vec<&str> = Vec::new();
            for k in i..batch_end {
                let (title, body, lang) = &texts[(mix(k, 1) % texts.len() as u64) as usize];
                let status = match mix(k, 2) % 100 {
                    0..=2 => "submitted",
                    3..=4 => "rejected",
                    5..=14 => "forwarded",
                    15..=24 => "answered",
                    25..=29 => "resolved",
                    _ => "published",
                };
                let public = !matches!(status, "submitted" | "rejected");
                let supports = if public { (mix(k, 3) % per_cycle as u64) as i64 } else { 0 };
                // Spread over the past year, oldest first, so "newest" matches insertion order.
                let published = now - (total - k) * 31;
                let answered = matches!(status, "answered" | "resolved").then_some(published + 86_400);
                let place = match mix(k, 4) % (3 * places.len() as u64) {
                    n if (n as usize) < places.len() => places[n as usize].to_string(),
                    _ => "NULL".into(),
                };
                if k > i {
                    sql.push(',');
                }
                binds.push(title);
                binds.push(body);
                let (t, b) = (binds.len() - 1, binds.len());
                sql.push_str(&format!(
                    "({town}, {author}, {anon}, ${t}, ${b}, '{lang}', {theme}, {place}, '{status}', {supports}, {published}, {published_at}, {answered})",
                    anon = i64::from(mix(k, 5).is_multiple_of(5)),
                    theme = themes[(mix(k, 6) % themes.len() as u64) as usize],
                    published_at = if public { published.to_string() } else { "NULL".into() },
                    answered = answered.map_or("NULL".into(), |a| a.to_string()),
                ));
            }
            let mut q = sqlx::query(&sql);
            for b in binds {
                q = q.bind(b);
            }
            inserted += q.execute(&mut *tx).await?.rows_affected();
            i = batch_end;
        }
        tx.commit().await?;
        tracing::info!(issues = i, "generating issues");
    }
    // One issue in five has a tag (spread over the tags by id).
    let tags: Vec<i64> =
        db::themes::of_municipality(&state.db, town).await?.into_iter().filter(|t| !t.is_category()).map(|t| t.id).collect();
    if let (Some(first), Some(last)) = (tags.first(), tags.last()) {
        let sql = format!(
            "INSERT INTO issue_tags (issue_id, theme_id) SELECT id, {first} + (id * 31) % {span} FROM issues
             WHERE municipality_id = $1 AND (id * 7) % 5 = 0 ON CONFLICT (issue_id, theme_id) DO NOTHING",
            span = last - first + 1
        );
        sqlx::query(&sql).bind(town).execute(&state.db).await?;
    }
    // Supports: issue with `supports = s` gets supporters first_user + (id * 7919 + j * 4729) mod users,
    // j < s (distinct, since 4729 is coprime to any count of accounts that is not a multiple of it).
    let mut supports = 0u64;
    let (min_id, max_id): (Option<i64>, Option<i64>) =
        sqlx::query_as("SELECT MIN(id), MAX(id) FROM issues WHERE municipality_id = $1").bind(town).fetch_one(&state.db).await?;
    let (Some(min_id), Some(max_id)) = (min_id, max_id) else { return Ok((inserted, 0)) };
    let mut from = min_id;
    while from <= max_id {
        let to = from + ISSUES_PER_TX as i64 * 5;
        let sql = format!(
            "INSERT INTO supports (issue_id, user_id, created_at)
             WITH RECURSIVE j(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM j WHERE n + 1 < {per_cycle})
             SELECT i.id, {first_user} + ((i.id * 7919 + j.n * 4729) % {users}), i.created_at
             FROM issues i JOIN j ON j.n < i.supports
             WHERE i.municipality_id = $1 AND i.id >= $2 AND i.id < $3
             ORDER BY i.id, j.n
             ON CONFLICT (issue_id, user_id) DO NOTHING"
        );
        supports += sqlx::query(&sql).bind(town).bind(from).bind(to).execute(&state.db).await?.rows_affected();
        tracing::info!(supports, "generating supports");
        from = to;
    }
    // Fresh statistics for PostgreSQL's planner (autovacuum would get there too). SQLite's
    // listing plans are chosen by the listing itself (see `db::issues::list`).
    if state.backend == db::Backend::Postgres {
        sqlx::query("ANALYZE").execute(&state.db).await?;
    }
    Ok((inserted, supports))
}

/// A well-mixed hash of `k` (splitmix64), so generated attributes do not line up with each
/// other or with the row order.
fn mix(k: i64, salt: u64) -> u64 {
    let mut z = (k as u64).wrapping_add(salt.wrapping_mul(0x9E37_79B9_7F4A_7C15));
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}
