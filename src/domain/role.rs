//! Roles a person holds in a municipality.

/// A role in one municipality. The global admin is a flag on the account, not a role.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Takes part: raises issues, answers consultations, votes.
    Resident,
    /// Translates texts into the municipality's languages.
    Translator,
    /// Publishes, rejects and redacts content.
    Moderator,
    /// Runs consultations and approves summaries.
    CouncilMember,
    /// Answers recommendations for the city.
    Official,
}

impl Role {
    /// Every role, in display order.
    pub const ALL: [Role; 5] = [Role::Resident, Role::Translator, Role::Moderator, Role::CouncilMember, Role::Official];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Resident => "resident",
            Role::Translator => "translator",
            Role::Moderator => "moderator",
            Role::CouncilMember => "council_member",
            Role::Official => "official",
        }
    }

    /// Parses a stored or submitted name.
    pub fn parse(s: &str) -> Result<Self, &'static str> {
        Self::ALL.into_iter().find(|r| r.as_str() == s).ok_or("role-unknown")
    }

    /// Fluent message id of the role's name.
    pub fn message_id(self) -> &'static str {
        match self {
            Role::Resident => "role-resident",
            Role::Translator => "role-translator",
            Role::Moderator => "role-moderator",
            Role::CouncilMember => "role-council-member",
            Role::Official => "role-official",
        }
    }

    /// Whether the role works for the municipality (sees its team and internal pages).
    pub fn is_staff(self) -> bool {
        !matches!(self, Role::Resident)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_round_trip_through_their_stored_names() {
        for r in Role::ALL {
            assert_eq!(Role::parse(r.as_str()), Ok(r));
        }
        assert_eq!(Role::parse("admin"), Err("role-unknown"));
    }
}
