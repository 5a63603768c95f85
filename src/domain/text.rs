//! Free text as people type it: trimmed, line breaks kept, control characters dropped, and
//! no bidirectional controls that could make a text (or a browser tab's title) read as
//! something else.
//!
//! Embedding and override controls (U+202A–U+202E) are always removed: an override reverses
//! whatever follows it, which is how `gpj.exe` is made to read `exe.jpg`. Isolates
//! (U+2066–U+2069) are legitimate in mixed right-to-left and left-to-right writing, so they
//! are kept when balanced within a line (each opened one closed) and removed otherwise; marks
//! such as U+200F (right-to-left mark) are harmless and kept.

/// Trims a typed text, keeps line breaks and tabs, drops other control characters and
/// neutralises bidirectional controls (see the module documentation).
pub fn clean(text: &str) -> String {
    let kept: String = text.trim().replace("\r\n", "\n").chars().filter(|c| !c.is_control() || matches!(c, '\n' | '\t')).collect();
    kept.split('\n').map(balanced_isolates).collect::<Vec<_>>().join("\n").trim().to_string()
}

/// Whether `c` is an embedding or override control (never stored).
fn is_embedding_or_override(c: char) -> bool {
    ('\u{202A}'..='\u{202E}').contains(&c)
}

/// Whether `c` opens an isolate (LRI, RLI, FSI).
fn opens_isolate(c: char) -> bool {
    ('\u{2066}'..='\u{2068}').contains(&c)
}

/// Pop directional isolate.
const PDI: char = '\u{2069}';

/// One line without embeddings or overrides, with only the isolates that are closed in it.
fn balanced_isolates(line: &str) -> String {
    let chars: Vec<char> = line.chars().filter(|c| !is_embedding_or_override(*c)).collect();
    // Pair each opener with the next unmatched PDI, like a bracket matcher.
    let mut keep = vec![true; chars.len()];
    let mut open: Vec<usize> = Vec::new();
    for (i, c) in chars.iter().enumerate() {
        if opens_isolate(*c) {
            open.push(i);
        } else if *c == PDI && open.pop().is_none() {
            keep[i] = false;
        }
    }
    for i in open {
        keep[i] = false;
    }
    chars.into_iter().zip(keep).filter(|(_, k)| *k).map(|(c, _)| c).collect()
}

/// Whether a text holds no bidirectional control that [`clean`] would remove.
pub fn is_clean_bidi(text: &str) -> bool {
    text.split('\n').all(|line| balanced_isolates(line) == line.replace(is_embedding_or_override, ""))
        && !text.contains(is_embedding_or_override)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn overrides_and_embeddings_are_removed() {
        assert_eq!(clean("invoice\u{202E}gpj.exe"), "invoicegpj.exe");
        assert_eq!(clean("\u{202A}a\u{202B}b\u{202C}c\u{202D}d"), "abcd");
    }

    #[test]
    fn balanced_isolates_stay_and_stray_ones_go() {
        assert_eq!(clean("Bus \u{2067}خط ۱۲\u{2069} late"), "Bus \u{2067}خط ۱۲\u{2069} late");
        assert_eq!(clean("open \u{2067}never closed"), "open never closed");
        assert_eq!(clean("closed\u{2069} first"), "closed first");
        assert_eq!(clean("\u{2066}a\u{2067}b\u{2069}"), "a\u{2067}b\u{2069}");
        // An isolate may not span lines.
        assert_eq!(clean("\u{2068}first\nsecond\u{2069}"), "first\nsecond");
    }

    #[test]
    fn marks_line_breaks_and_tabs_are_kept_and_controls_dropped() {
        assert_eq!(clean("  a\u{200F}b\r\nc\td\0e  "), "a\u{200F}b\nc\tde");
    }

    proptest! {
        #[test]
        fn cleaned_text_has_no_unbalanced_bidi_controls(raw in "[a-z\u{202A}-\u{202E}\u{2066}-\u{2069}\n ]{0,40}") {
            let c = clean(&raw);
            prop_assert!(is_clean_bidi(&c), "{:?} -> {:?}", raw, c);
            prop_assert_eq!(clean(&c), c.clone());
        }
    }
}
