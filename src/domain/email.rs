//! Optional email addresses (most users have none, and none is needed).

/// A plausible email address, trimmed. Only the shape is checked: mail is never required.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    /// Parses an optional address: empty input is `Ok(None)`.
    pub fn parse_optional(raw: &str) -> Result<Option<Self>, &'static str> {
        let s = raw.trim();
        if s.is_empty() {
            return Ok(None);
        }
        let valid = s.len() <= 254
            && s.split_once('@').is_some_and(|(local, domain)| {
                !local.is_empty() && domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.') && !domain.contains('@')
            })
            && !s.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '"' | ','))
            // No bidirectional or invisible formatting characters: an address must read as it is.
            && !s.chars().any(|c| matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}'));
        if valid { Ok(Some(Self(s.to_string()))) } else { Err("email-invalid") }
    }

    /// The address.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bidi_and_invisible_characters_are_refused() {
        for bad in ["amina\u{202E}moc.liam@x.org", "a\u{200B}b@mail.org", "a@mail\u{2066}.org"] {
            assert_eq!(Email::parse_optional(bad), Err("email-invalid"), "{bad:?}");
        }
    }
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn accepted_addresses_are_trimmed_bounded_and_plain(raw in "\\PC{0,300}") {
            if let Ok(Some(e)) = Email::parse_optional(&raw) {
                prop_assert!(e.as_str().len() <= 254);
                prop_assert!(e.as_str().contains('@'));
                prop_assert!(!e.as_str().chars().any(|c| c.is_whitespace() || c.is_control() || c == '<'));
            }
        }
    }

    #[test]
    fn email_is_optional_but_must_look_like_one() {
        assert_eq!(Email::parse_optional("  "), Ok(None));
        assert!(Email::parse_optional("amina@example.org").is_ok_and(|e| e.is_some()));
        for bad in ["amina", "a@b", "@x.org", "a b@x.org", "a@x.org<script>", "a@.org"] {
            assert_eq!(Email::parse_optional(bad), Err("email-invalid"), "{bad}");
        }
    }
}
