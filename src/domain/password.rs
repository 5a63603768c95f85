//! Passwords: long enough to resist guessing, short enough not to be a denial of service.

/// Fewest characters (NIST SP 800-63B asks for at least 8).
pub const MIN_CHARS: usize = 8;
/// Most bytes hashed; longer inputs are refused rather than truncated.
pub const MAX_BYTES: usize = 1024;

/// A new password that meets the policy. Deliberately no composition rules: length is what
/// counts, and people may write passwords in any script.
#[derive(Clone, PartialEq, Eq)]
pub struct NewPassword(String);

impl std::fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NewPassword(***)")
    }
}

impl NewPassword {
    /// Checks a new password and its confirmation; `username` may not be the password.
    pub fn parse(raw: &str, confirmation: &str, username: Option<&str>) -> Result<Self, (&'static str, &'static str)> {
        if raw.is_empty() {
            return Err(("password", "password-required"));
        }
        if raw.chars().count() < MIN_CHARS {
            return Err(("password", "password-too-short"));
        }
        if raw.len() > MAX_BYTES {
            return Err(("password", "password-too-long"));
        }
        if username.is_some_and(|u| u.trim().to_lowercase() == raw.trim().to_lowercase()) {
            return Err(("password", "password-same-as-username"));
        }
        if raw != confirmation {
            return Err(("password_confirm", "password-mismatch"));
        }
        Ok(Self(raw.to_string()))
    }

    /// The secret, for hashing only.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_accepted_password_meets_the_policy(raw in "\\PC{0,40}", name in "[a-z]{3,10}") {
            if let Ok(p) = NewPassword::parse(&raw, &raw, Some(&name)) {
                prop_assert!(p.expose().chars().count() >= MIN_CHARS);
                prop_assert!(p.expose().len() <= MAX_BYTES);
                prop_assert_ne!(p.expose().trim().to_lowercase(), name);
            }
        }
    }

    #[test]
    fn the_policy_is_about_length() {
        assert!(NewPassword::parse("correct horse", "correct horse", Some("amina")).is_ok());
        assert!(NewPassword::parse("صباح الخير يا", "صباح الخير يا", None).is_ok());
        assert_eq!(NewPassword::parse("", "", None).unwrap_err().1, "password-required");
        assert_eq!(NewPassword::parse("short", "short", None).unwrap_err().1, "password-too-short");
        let long = "x".repeat(MAX_BYTES + 1);
        assert_eq!(NewPassword::parse(&long, &long, None).unwrap_err().1, "password-too-long");
        assert_eq!(NewPassword::parse("amina123", "amina123", Some("Amina123")).unwrap_err().1, "password-same-as-username");
        assert_eq!(NewPassword::parse("correct horse", "correct hose", None).unwrap_err(), ("password_confirm", "password-mismatch"));
    }

    #[test]
    fn debug_output_hides_the_secret() {
        let p = NewPassword::parse("correct horse", "correct horse", None).expect("valid");
        assert!(!format!("{p:?}").contains("horse"));
    }
}
