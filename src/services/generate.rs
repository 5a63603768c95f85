//! A realistic dataset for load tests: many residents spread over many municipalities.
//!
//! Fast by design (100,000 accounts in a few seconds): one password hash is computed and shared
//! by every generated account, and rows go in as multi-row inserts inside one transaction.

use std::time::Instant;

use crate::{
    app::AppState,
    db,
    domain::municipality::{DeletedContentPolicy, ModerationMode, MunicipalityInput},
    error::Result,
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
        let mut sql = String::from("INSERT INTO users (username, username_key, password_hash, created_at) VALUES ");
        for (n, i) in (start..=end).enumerate() {
            if n > 0 {
                sql.push(',');
            }
            sql.push_str(&format!("('user{i}', 'user{i}', $1, {now})"));
        }
        sql.push_str(" ON CONFLICT (username_key) DO NOTHING");
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
    Ok(Report { users, roles, municipalities, millis: started.elapsed().as_millis() })
}
