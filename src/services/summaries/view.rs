//! A summary as its page shows it: the text, the data part, the recommendations with their
//! sources, the review comments (for the people who review) and every version.

use super::{Access, data::DataPart, load};
use crate::{
    db::{self, councils::Council, municipalities::Municipality, summaries::Comment, users::User},
    domain::summary::{Recommendation, Summary},
    error::{AppError, Result},
    state::AppState,
};

/// Everything the summary's page shows.
pub struct SummaryView {
    /// The summary.
    pub summary: Summary,
    /// Its council.
    pub council: Council,
    /// Its data part, once drafted.
    pub data: Option<DataPart>,
    /// Its recommendations in number order.
    pub recommendations: Vec<Recommendation>,
    /// Review comments (empty for the public).
    pub comments: Vec<Comment>,
    /// Every version of the summary, oldest first (public ones only for the public).
    pub versions: Vec<Summary>,
    /// What the reader may do.
    pub access: Access,
}

/// The summary `id` of `m` as `user` may see it.
pub async fn view(state: &AppState, user: Option<&User>, m: &Municipality, id: i64) -> Result<SummaryView> {
    let (summary, access) = load(state, user, m, id).await?;
    let council = db::councils::by_id(&state.db, summary.council_id).await?.ok_or(AppError::NotFound)?;
    let data = summary.data.as_deref().and_then(|json| serde_json::from_str(json).ok());
    let recommendations = db::recommendations::of_summary(&state.db, summary.id).await?;
    let comments = if access.review { db::summaries::comments(&state.db, summary.id).await? } else { Vec::new() };
    let versions = db::summaries::versions(&state.db, summary.series_id)
        .await?
        .into_iter()
        .filter(|v| access.review || v.status.is_public())
        .collect();
    Ok(SummaryView { summary, council, data, recommendations, comments, versions, access })
}

/// The summaries of `m` that `user` may see: public ones, and for the people who review a
/// council's summaries also its drafts.
pub async fn list(state: &AppState, user: Option<&User>, m: &Municipality) -> Result<Vec<Summary>> {
    let all = db::summaries::of_municipality(&state.db, m.id, user.is_none()).await?;
    let mut out = Vec::with_capacity(all.len());
    let mut seen: Vec<(i64, bool)> = Vec::new();
    for s in all {
        if s.status.is_public() {
            out.push(s);
            continue;
        }
        let review = match seen.iter().find(|(c, _)| *c == s.council_id) {
            Some((_, r)) => *r,
            None => {
                let r = super::access(state, user, m, s.council_id).await?.review;
                seen.push((s.council_id, r));
                r
            }
        };
        if review {
            out.push(s);
        }
    }
    Ok(out)
}
