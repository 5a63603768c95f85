//! Who may take part in a vote (and, next, in a consultation): the one place that decides.
//!
//! Residents of the municipality take part whatever their citizenship; a ballot (or
//! consultation) may require residents verified by an association, which the associations
//! work records on the resident role.

use crate::{
    db::{self, users::User},
    error::Result,
    state::AppState,
};

/// Why someone may not take part (a Fluent message id each).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Not a resident of the municipality.
    NotResident,
    /// A resident, but the vote is for verified residents only.
    NotVerified,
}

impl Refusal {
    /// Fluent message id.
    pub fn message_id(self) -> &'static str {
        match self {
            Refusal::NotResident => "eligibility-not-resident",
            Refusal::NotVerified => "eligibility-not-verified",
        }
    }

    /// Fluent message id when the refusal is to answer a consultation.
    pub fn consultation_message_id(self) -> &'static str {
        match self {
            Refusal::NotResident => "eligibility-answer-not-resident",
            Refusal::NotVerified => "eligibility-answer-not-verified",
        }
    }
}

/// The rule, given the person's residency (`None`: not a resident, `Some(verified)`).
pub fn decide(residency: Option<bool>, verified_only: bool) -> std::result::Result<(), Refusal> {
    match residency {
        None => Err(Refusal::NotResident),
        Some(false) if verified_only => Err(Refusal::NotVerified),
        Some(_) => Ok(()),
    }
}

/// Whether `user` may take part in a vote or consultation of municipality `municipality_id`.
pub async fn check(state: &AppState, user: &User, municipality_id: i64, verified_only: bool) -> Result<std::result::Result<(), Refusal>> {
    let residency = db::roles::residency(&state.db, user.id, municipality_id).await?;
    Ok(decide(residency, verified_only))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn residents_take_part_and_verification_is_asked_only_when_required() {
        assert_eq!(decide(None, false), Err(Refusal::NotResident));
        assert_eq!(decide(Some(false), false), Ok(()));
        assert_eq!(decide(Some(false), true), Err(Refusal::NotVerified));
        assert_eq!(decide(Some(true), true), Ok(()));
    }
}
