//! Advisory councils: seats. (Placeholder until the councils slice lands; replaced by it.)

/// A seat on a council.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Seat {
    /// Chairs the council.
    Chair,
    /// Chairs it with the chair.
    CoChair,
    /// Prepares its work.
    Secretariat,
    /// A member.
    Member,
}

impl Seat {
    /// Every seat, highest first.
    pub const ALL: [Seat; 4] = [Seat::Chair, Seat::CoChair, Seat::Secretariat, Seat::Member];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Seat::Chair => "chair",
            Seat::CoChair => "co_chair",
            Seat::Secretariat => "secretariat",
            Seat::Member => "member",
        }
    }

    /// Parses a stored name.
    pub fn parse(s: &str) -> Result<Self, &'static str> {
        Self::ALL.into_iter().find(|x| x.as_str() == s).ok_or("member-role-invalid")
    }
}
