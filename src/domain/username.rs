//! Pseudonymous usernames, in any script.

use unicode_normalization::UnicodeNormalization as _;

/// Shortest username, in characters.
pub const MIN_CHARS: usize = 3;
/// Longest username, in characters.
pub const MAX_CHARS: usize = 32;

/// Names that would let someone pass for the platform or its staff.
const RESERVED: &[&str] = &["admin", "administrator", "anonymous", "chorus", "moderator", "root", "system", "official"];

/// A valid username: 3-32 letters, digits, `_`, `-` or `.` from any script, NFKC-normalised.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Username(String);

impl Username {
    /// Parses a username typed by a person.
    pub fn parse(raw: &str) -> Result<Self, &'static str> {
        let name: String = raw.trim().nfkc().collect();
        let chars = name.chars().count();
        if chars == 0 {
            return Err("username-required");
        }
        if chars < MIN_CHARS {
            return Err("username-too-short");
        }
        if chars > MAX_CHARS {
            return Err("username-too-long");
        }
        if !name.chars().all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.')) {
            return Err("username-invalid-characters");
        }
        if !name.chars().next().is_some_and(char::is_alphanumeric) {
            return Err("username-invalid-characters");
        }
        if RESERVED.contains(&key_of(&name).as_str()) {
            return Err("username-reserved");
        }
        Ok(Self(name))
    }

    /// The name as shown.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The uniqueness key: two names that differ only in case or width are the same account.
    pub fn key(&self) -> String {
        key_of(&self.0)
    }
}

/// The uniqueness key of any text typed as a username (for look-ups at login).
pub fn key_of(raw: &str) -> String {
    raw.trim().nfkc().collect::<String>().to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn names_in_any_script_are_welcome() {
        for name in ["amina_k", "Олена", "مریم۱۳۷۰", "Σοφία", "Đorđe.m"] {
            assert!(Username::parse(name).is_ok(), "{name}");
        }
    }

    #[test]
    fn bad_names_get_a_reason() {
        assert_eq!(Username::parse(" "), Err("username-required"));
        assert_eq!(Username::parse("ab"), Err("username-too-short"));
        assert_eq!(Username::parse(&"x".repeat(33)), Err("username-too-long"));
        assert_eq!(Username::parse("a b c"), Err("username-invalid-characters"));
        assert_eq!(Username::parse("<script>"), Err("username-invalid-characters"));
        assert_eq!(Username::parse("_abc"), Err("username-invalid-characters"));
        assert_eq!(Username::parse("Admin"), Err("username-reserved"));
    }

    #[test]
    fn case_and_width_do_not_make_a_new_account() {
        let a = Username::parse("Amina").expect("valid");
        let b = Username::parse("ＡＭＩＮＡ").expect("valid");
        assert_eq!(a.key(), b.key());
    }

    proptest! {
        #[test]
        fn parsing_never_panics_and_accepted_names_obey_the_rules(raw in "\\PC{0,64}") {
            if let Ok(name) = Username::parse(&raw) {
                let n = name.as_str().chars().count();
                prop_assert!((MIN_CHARS..=MAX_CHARS).contains(&n));
                prop_assert!(!name.as_str().contains(['<', '>', '"', '\'', ' ', '\0']));
            }
        }
    }
}
