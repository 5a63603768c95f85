//! Pseudonymous usernames, in any script, guarded against look-alikes.
//!
//! The rules follow Unicode Technical Standard #39 (security mechanisms), through the
//! `unicode-security` crate: every character must be allowed in identifiers (its General
//! Security Profile), a name is written in one script, and besides the exact uniqueness
//! [`key_of`] (case and width folded) there is [`skeleton_of`], which maps names that look the
//! same (`demo-admin` with a Cyrillic `а` or a dotless `ı`, `rn` for `m`) to the same string.
//! The database refuses a new name whose key or skeleton an account already has.

use std::sync::LazyLock;

use caseless::Caseless as _;
use unicode_normalization::{
    UnicodeNormalization as _,
    char::{canonical_combining_class, is_combining_mark},
};
use unicode_security::{GeneralSecurityProfile as _, MixedScript as _, mixed_script::AugmentedScriptSet};

/// Shortest username, in characters.
pub const MIN_CHARS: usize = 3;
/// Longest username, in characters.
pub const MAX_CHARS: usize = 32;

/// Names that would let someone pass for the platform or its staff. Compared by key and by
/// skeleton, so `Admin`, `aDMIN`, `ADMlN`, `adrnin` and `m0derator` are reserved too.
const RESERVED: &[&str] =
    &["admin", "administrator", "anonymous", "chorus", "city", "council", "moderator", "official", "root", "staff", "support", "system"];

/// Characters that show as blank space. The Hangul fillers are default-ignorable as well (and
/// so caught twice); the blank Braille pattern is not, but looks like a space all the same.
const BLANKS: &[char] = &['\u{115F}', '\u{1160}', '\u{3164}', '\u{FFA0}', '\u{2800}'];

/// A valid username: 3-32 letters, digits, `_`, `-` or `.`, NFKC-normalised, all in one script
/// (Japanese Han with Kana and Korean Hangul with Han count as one), with no invisible
/// characters and not looking like a reserved name.
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
        if !name.chars().all(is_allowed) || !name.chars().next().is_some_and(char::is_alphanumeric) {
            return Err("username-invalid-characters");
        }
        // Common and Inherited characters (digits, `-`, `_`, `.`) go with every script.
        if !name.as_str().is_single_script() {
            return Err("username-mixed-scripts");
        }
        if is_reserved(&name) {
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

    /// The confusable skeleton: two names that look alike have the same one.
    pub fn skeleton(&self) -> String {
        skeleton_of(&self.0)
    }
}

/// Whether `c` may appear in a username: `_`, `-`, `.`, or a letter, digit or script-specific
/// combining mark (a Devanagari virama, say) that UTS #39 allows in identifiers. Generic
/// combining marks (Inherited script: U+0301, U+0307) are not needed after NFKC for the
/// languages that have precomposed letters, and could stack into look-alikes.
fn is_allowed(c: char) -> bool {
    if matches!(c, '_' | '-' | '.') {
        return true;
    }
    if is_invisible(c) || !c.identifier_allowed() {
        return false;
    }
    c.is_alphanumeric() || (is_combining_mark(c) && !AugmentedScriptSet::for_char(c).is_all())
}

/// Default-ignorable code points (zero-width spaces and joiners, the byte order mark, variation
/// selectors, bidi controls, Hangul fillers, tags) and blank fillers.
fn is_invisible(c: char) -> bool {
    // The UTS #39 skeleton drops exactly the Default_Ignorable_Code_Point characters (by the
    // crate's own table), and no character decomposes into ignorables only.
    let ignorable = unicode_security::skeleton(c.encode_utf8(&mut [0; 4])).next().is_none();
    ignorable || BLANKS.contains(&c)
}

/// The uniqueness key of any text typed as a username (for look-ups at login): trimmed,
/// NFKC-normalised, fully case-folded (`ß` = `ss`, final `ς` = `σ`), NFKC-normalised again;
/// applying it twice changes nothing.
///
/// One step beyond NFKC_Casefold: a U+0307 COMBINING DOT ABOVE on `i` or `j` is dropped. Full
/// case folding turns Turkish `İ` (U+0130) into `i` + U+0307, which looks like a plain `i`, so
/// `İnci` and `inci` get one key (UTS #39 alone would keep the dot as a separate mark).
pub fn key_of(raw: &str) -> String {
    let folded: String = raw.trim().nfkc().default_case_fold().collect();
    let key: String = without_dot_above_on_i_j(&folded).nfkc().collect();
    // Normalising can leave leading white space (NFKC of U+00B4 ACUTE ACCENT is a space and a
    // combining acute); trimming it again keeps the key a fixed point.
    key.trim().to_string()
}

/// The uniqueness key as computed before look-alikes were handled: NFKC, then simple
/// lowercasing. Accounts created earlier are stored under it; look them up by it as well.
pub fn legacy_key_of(raw: &str) -> String {
    raw.trim().nfkc().collect::<String>().to_lowercase()
}

/// The confusable skeleton of a username as shown: names that look alike when displayed get
/// the same skeleton (`demo-аdmin` with Cyrillic `а`, `demo-admın` with dotless `ı` and
/// `demo-admin`; `paypaI` with a capital `I` and `paypal`; Cyrillic `КОТ` and Latin `KOT`).
/// Not meant to be shown; compare it for equality only, beside [`key_of`] (names of one key are
/// one account whatever their skeletons).
///
/// It is the UTS #39 skeleton taken twice, around the [`key_of`] folding: first of the text as
/// typed, because some look-alikes exist only in one case (`I` and `l`, Cyrillic `В` and Latin
/// `B`) and folding first would hide them; then of the folded result, so that case and width
/// no longer matter (`Admin`, `ＡＤmin` and `adrnin` share `adrnin`). Last, a dot above on
/// `i`/`j` is dropped again (the skeleton turns `ı` and others into `i`) and the result is
/// lowercased, because a few prototypes are capitals (digit `0` becomes `O`, so that
/// `m0derator` would otherwise pass for something other than `moderator`).
pub fn skeleton_of(raw: &str) -> String {
    let as_shown: String = unicode_security::skeleton(raw).collect();
    let skeleton: String = unicode_security::skeleton(&key_of(&as_shown)).collect();
    without_dot_above_on_i_j(&skeleton).to_lowercase()
}

/// The skeletons of the reserved names, as written in lower case, in capitals and capitalised.
static RESERVED_SKELETONS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut skeletons = Vec::new();
    for word in RESERVED {
        let capitalised: String = word.chars().take(1).flat_map(char::to_uppercase).chain(word.chars().skip(1)).collect();
        skeletons.extend([skeleton_of(word), skeleton_of(&word.to_uppercase()), skeleton_of(&capitalised)]);
    }
    skeletons.sort();
    skeletons.dedup();
    skeletons
});

/// Whether a name is, or looks like, one of the reserved names in any case.
fn is_reserved(name: &str) -> bool {
    RESERVED.contains(&key_of(name).as_str()) || RESERVED_SKELETONS.contains(&skeleton_of(name))
}

/// Drops U+0307 COMBINING DOT ABOVE from combining sequences whose base is `i` or `j`: on these
/// soft-dotted letters it adds nothing visible.
fn without_dot_above_on_i_j(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut base_is_soft_dotted = false;
    for c in s.chars() {
        if canonical_combining_class(c) == 0 {
            base_is_soft_dotted = matches!(c, 'i' | 'j');
        } else if c == '\u{307}' && base_is_soft_dotted {
            continue;
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn names_in_any_script_are_welcome() {
        for name in [
            "amina_k",
            "Олена",
            "مریم۱۳۷۰",
            "Σοφία",
            "Đorđe.m",
            "Ayşe",
            "İnci",
            "inci",
            "Nguyễn",
            "李小龍",
            "김민준",
            "ምሕረት",
            "Soomaali",
            "ЗОЯ_2",
            "山田たろう",
            "ヤマダ太郎",
            "अर्जुन",
            "straße",
            "Aydın",
            "demo-admin",
            "2024",
        ] {
            assert!(Username::parse(name).is_ok(), "{name}: {:?}", Username::parse(name));
        }
    }

    #[test]
    fn bad_names_get_a_reason() {
        let long = "x".repeat(33);
        let zwsp = "demo\u{200B}admin";
        let hangul_filler = "demo-admin\u{3164}";
        let table = [
            (" ", "username-required"),
            ("ab", "username-too-short"),
            ("a\u{200B}", "username-too-short"),
            (long.as_str(), "username-too-long"),
            ("a b c", "username-invalid-characters"),
            ("<script>", "username-invalid-characters"),
            ("_abc", "username-invalid-characters"),
            ("amina's", "username-invalid-characters"),
            ("ami:na", "username-invalid-characters"),
            ("Admin", "username-reserved"),
            ("ADMIN", "username-reserved"),
            ("aDMIN", "username-reserved"),
            ("ＡＤＭＩＮ", "username-reserved"),
            ("ADMlN", "username-reserved"),
            ("adrnin", "username-reserved"),
            ("m0derator", "username-reserved"),
            ("M0DERATOR", "username-reserved"),
            ("0fficial", "username-reserved"),
            ("r00t", "username-reserved"),
            ("Support", "username-reserved"),
            ("staff", "username-reserved"),
            ("City", "username-reserved"),
            ("council", "username-reserved"),
            // Look-alikes.
            ("demo-аdmin", "username-mixed-scripts"),
            ("Аdmin", "username-mixed-scripts"),
            ("paypаl", "username-mixed-scripts"),
            ("Олеna", "username-mixed-scripts"),
            ("amina李", "username-mixed-scripts"),
            ("amina۱", "username-mixed-scripts"),
            (hangul_filler, "username-invalid-characters"),
            (zwsp, "username-invalid-characters"),
        ];
        for (raw, reason) in table {
            assert_eq!(Username::parse(raw), Err(reason), "{raw:?}");
        }
    }

    #[test]
    fn invisible_and_filler_characters_are_refused() {
        let invisible = [
            '\u{00AD}',
            '\u{034F}',
            '\u{061C}',
            '\u{115F}',
            '\u{1160}',
            '\u{17B4}',
            '\u{180E}',
            '\u{200B}',
            '\u{200C}',
            '\u{200D}',
            '\u{200E}',
            '\u{200F}',
            '\u{202E}',
            '\u{2060}',
            '\u{2064}',
            '\u{2066}',
            '\u{2800}',
            '\u{3164}',
            '\u{FE0F}',
            '\u{FEFF}',
            '\u{FFA0}',
            '\u{1D173}',
            '\u{E0041}',
            '\u{E0100}',
        ];
        for c in invisible {
            assert!(is_invisible(c), "U+{:04X}", u32::from(c));
            for raw in [format!("demo-admin{c}"), format!("amina{c}k"), format!("مریم{c}")] {
                assert_eq!(Username::parse(&raw), Err("username-invalid-characters"), "U+{:04X}", u32::from(c));
            }
        }
        for c in ['a', 'ß', 'ی', '李', '-', '\u{094D}', '\u{0307}'] {
            assert!(!is_invisible(c), "U+{:04X}", u32::from(c));
        }
    }

    #[test]
    fn case_and_width_do_not_make_a_new_account() {
        let a = Username::parse("Amina").expect("valid");
        let b = Username::parse("ＡＭＩＮＡ").expect("valid");
        assert_eq!(a.key(), b.key());
        for (x, y) in [
            ("σοφιασ", "ΣΟΦΙΑΣ"),
            ("σοφιας", "ΣΟΦΙΑΣ"),
            ("Σοφία", "ΣΟΦΊΑ"),
            ("straße", "STRASSE"),
            ("Straße", "strasse"),
            ("İnci", "inci"),
            ("İNCİ", "inci"),
            ("i\u{307}nci", "inci"),
            ("Ǉubica", "ǉubica"),
            ("ﬁlip", "filip"),
        ] {
            assert_eq!(key_of(x), key_of(y), "{x} / {y}");
        }
        assert_eq!(key_of("  İnci "), "inci");
        assert_eq!(key_of("ΣΟΦΙΑΣ"), "σοφιασ");
        assert_eq!(key_of("STRASSE"), "strasse");
    }

    #[test]
    fn look_alikes_share_a_skeleton() {
        for (x, y) in [
            ("demo-adm\u{131}n", "demo-admin"),
            ("demo-аdmin", "demo-admin"),
            ("Аdmin", "admin"),
            ("Admin", "adrnin"),
            ("demo-adm\u{131}\u{307}n", "demo-admin"),
            ("paypaI", "paypal"),
            ("AmeIie", "Amelie"),
            ("Inci", "lnci"),
            ("ADMlN", "ADMIN"),
            ("КОТ", "KOT"),
            ("ВЕНА", "BEHA"),
            ("amina0", "aminao"),
            ("Aydın", "Aydin"),
            ("ǈubica", "ljubica"),
            ("ＡＭＩＮＡ", "AMINA"),
            ("ＡＤmin", "adrnin"),
        ] {
            assert_eq!(skeleton_of(x), skeleton_of(y), "{x} / {y}");
        }
        // The dotless i is a Turkish letter: a valid name, but a different key; the skeleton
        // is what makes the database refuse it next to an existing `demo-admin`.
        let dotless = Username::parse("demo-adm\u{131}n").expect("single-script Latin");
        let plain = Username::parse("demo-admin").expect("valid");
        assert_ne!(dotless.key(), plain.key());
        assert_eq!(dotless.skeleton(), plain.skeleton());
        for (x, y) in [("amina", "amira"), ("inci", "lnci"), ("Олена", "Олеся"), ("Ayşe", "Ayse"), ("Đorđe", "Dorde")] {
            assert_ne!(skeleton_of(x), skeleton_of(y), "{x} / {y}");
        }
    }

    #[test]
    fn the_legacy_key_is_the_old_algorithm() {
        for (raw, key) in
            [("Amina", "amina"), (" ＡＭＩＮＡ ", "amina"), ("ΣΟΦΙΑΣ", "σοφιας"), ("straße", "straße"), ("İnci", "i\u{307}nci")]
        {
            assert_eq!(legacy_key_of(raw), key, "{raw}");
        }
    }

    proptest! {
        #[test]
        fn parsing_never_panics_and_accepted_names_obey_the_rules(raw in "\\PC{0,64}") {
            let key = key_of(&raw);
            prop_assert_eq!(key_of(&key), key.clone());
            let _ = skeleton_of(&raw);
            if let Ok(name) = Username::parse(&raw) {
                let n = name.as_str().chars().count();
                prop_assert!((MIN_CHARS..=MAX_CHARS).contains(&n));
                prop_assert!(!name.as_str().contains(['<', '>', '"', '\'', ' ', '\0']));
                prop_assert!(!name.as_str().chars().any(is_invisible));
                prop_assert!(name.as_str().is_single_script());
                prop_assert_eq!(name.key(), key);
                prop_assert_eq!(Username::parse(name.as_str()), Ok(name.clone()));
            }
        }

        #[test]
        fn keys_are_fixed_points_and_name_like_input_obeys_the_rules(
            raw in "[a-zA-Z0-9_.\\-ıİßẞΣσςΐΆᾼаАоОіІ李たㅤ\u{0307}\u{0301}\u{0345}\u{00B4}\u{00A8}\u{094D}\u{200B} ]{0,16}"
        ) {
            let key = key_of(&raw);
            prop_assert_eq!(key_of(&key), key.clone());
            if let Ok(name) = Username::parse(&raw) {
                prop_assert!(!name.as_str().chars().any(is_invisible));
                prop_assert!(name.as_str().is_single_script());
                prop_assert_eq!(name.key(), key);
                prop_assert!(!is_reserved(name.as_str()));
            }
        }
    }
}
