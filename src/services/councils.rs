//! Councils. (Placeholder until the councils slice lands; replaced by it.)

use crate::{db, domain::council::Seat, error::Result, state::AppState};

/// The person's current seat on a council, the highest if several.
pub async fn seat(state: &AppState, user_id: i64, council_id: i64) -> Result<Option<Seat>> {
    let seats = db::councils::current_seats(&state.db, user_id, council_id).await?;
    Ok(seats.iter().filter_map(|s| Seat::parse(s).ok()).min())
}
