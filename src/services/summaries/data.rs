//! The data part of a summary. (Placeholder until the data slice lands; replaced by it.)

use crate::{error::Result, state::AppState};

/// What a summary covers.
#[derive(Clone, Debug, Default)]
pub struct Scope {
    /// Municipality.
    pub municipality_id: i64,
    /// First second covered.
    pub from: i64,
    /// First second not covered.
    pub to: i64,
    /// Category.
    pub theme_id: Option<i64>,
    /// Neighbourhood.
    pub neighbourhood_id: Option<i64>,
    /// Consultation.
    pub consultation_id: Option<i64>,
    /// Ballot.
    pub ballot_id: Option<i64>,
}

/// The data part.
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct DataPart {
    /// Issues raised in the period.
    pub issues: i64,
}

/// Drafts the data part.
pub async fn draft(state: &AppState, scope: &Scope) -> Result<DataPart> {
    let issues: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM issues WHERE municipality_id = $1 AND created_at >= $2 AND created_at < $3 AND status IN ('published', 'forwarded', 'answered', 'resolved')",
    )
    .bind(scope.municipality_id)
    .bind(scope.from)
    .bind(scope.to)
    .fetch_one(&state.db)
    .await?;
    Ok(DataPart { issues })
}

impl DataPart {
    /// As CSV.
    pub fn to_csv(&self, _tr: &crate::i18n::Tr, _lang: &str) -> String {
        format!("section,key,count\nissues,all,{}\n", self.issues)
    }
}
