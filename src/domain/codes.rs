//! One-time codes people copy by hand: recovery codes and admin-issued reset codes.

use rand::Rng as _;

/// Letters and digits that cannot be mistaken for one another (Crockford's base 32).
const ALPHABET: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A random code of `groups` groups of five characters (5 bits each), e.g. `7K2QD-M9XAT`.
pub fn generate(groups: usize) -> String {
    let mut rng = rand::thread_rng();
    (0..groups)
        .map(|_| (0..5).map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char).collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

/// The canonical form of a typed code: case, spaces and dashes do not matter, and the letters
/// people confuse with digits are read as those digits.
pub fn normalize(typed: &str) -> String {
    typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .take(64)
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn normalizing_is_bounded_and_idempotent(raw in "\\PC{0,200}") {
            let once = normalize(&raw);
            prop_assert!(once.chars().count() <= 64);
            prop_assert_eq!(normalize(&once), once);
        }
    }

    #[test]
    fn codes_have_the_requested_shape() {
        let code = generate(4);
        assert_eq!(code.len(), 23);
        assert_eq!(code.matches('-').count(), 3);
        assert_ne!(generate(4), code);
    }

    #[test]
    fn typing_mistakes_that_do_not_matter_are_forgiven() {
        let code = generate(3);
        let sloppy = code.to_lowercase().replace('-', " ");
        assert_eq!(normalize(&sloppy), normalize(&code));
        assert_eq!(normalize("o1l-i"), "0111");
    }
}
