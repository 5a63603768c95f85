use super::*;

const BODY: Style<'static> = Style { weight: Weight::Regular, size: 10.0, lang: "en" };

/// The pieces of each line, left to right, as text.
fn visual(text: &str, base: Base, max_width: f32) -> Vec<Vec<String>> {
    lay_out(text, base, BODY, max_width).lines.iter().map(|l| l.pieces.iter().map(|p| p.text.clone()).collect()).collect()
}

#[test]
fn latin_words_in_an_arabic_sentence_stand_left_to_right_in_the_middle() {
    let lines = visual("مرحبا Chorus 2026 عالم", Base::Rtl, 500.0);
    // Read from the right: مرحبا, then "Chorus 2026" left to right, then عالم at the left.
    assert_eq!(lines, vec![vec!["عالم", " ", "Chorus 2026", "مرحبا "]]);
}

#[test]
fn an_arabic_word_in_a_latin_sentence_is_one_right_to_left_run() {
    let lines = visual("The word سلام means peace", Base::Ltr, 500.0);
    // The space after the Arabic word keeps the Arabic font: only the font splits it off.
    assert_eq!(lines, vec![vec!["The word ", "سلام", " ", "means peace"]]);
}

#[test]
fn digits_after_arabic_letters_keep_their_place_in_the_right_to_left_order() {
    let lines = visual("عدد 42 شخص", Base::Rtl, 500.0);
    assert_eq!(lines, vec![vec![" شخص", "42", "عدد "]]);
}

#[test]
fn right_to_left_glyphs_come_in_visual_order() {
    let lines = lay_out("سلام", Base::Rtl, BODY, 500.0).lines;
    let glyphs = &lines[0].pieces[0].glyphs;
    // The leftmost glyph is the last letter, م.
    assert_eq!(&lines[0].pieces[0].text[glyphs[0].text_range.clone()], "م");
}

#[test]
fn arabic_letters_take_joined_forms() {
    let alone = lay_out("ب", Base::Rtl, BODY, 500.0).lines[0].pieces[0].glyphs[0].glyph_id;
    let joined = lay_out("بب", Base::Rtl, BODY, 500.0).lines[0].pieces[0].glyphs.clone();
    assert!(joined.iter().all(|g| g.glyph_id != alone), "initial and final forms differ from the isolated one");
}

#[test]
fn auto_direction_follows_the_first_letter() {
    assert!(lay_out("«سلام» Chorus", Base::Auto, BODY, 500.0).rtl);
    assert!(!lay_out("2026 Chorus سلام", Base::Auto, BODY, 500.0).rtl);
}

#[test]
fn lines_are_no_wider_than_the_measure_and_keep_every_word() {
    let text = "Housing and the neighbourhood: rents, repairs, and who to ask when the landlord does not answer.";
    let laid = lay_out(text, Base::Ltr, BODY, 120.0);
    assert!(laid.lines.len() > 2);
    assert!(laid.lines.iter().all(|l| l.width <= 120.0));
    let rejoined: Vec<String> = laid.lines.iter().map(|l| l.pieces.iter().map(|p| p.text.as_str()).collect()).collect();
    assert_eq!(rejoined.join(" "), text);
}

#[test]
fn a_wrapped_arabic_paragraph_starts_each_line_at_the_right() {
    let text = "الإسكان والحي: الإيجارات والإصلاحات ومن نسأل عندما لا يجيب المالك على الرسائل";
    let laid = lay_out(text, Base::Rtl, BODY, 120.0);
    assert!(laid.lines.len() > 1);
    let first_line_rightmost = laid.lines[0].pieces.last().map(|p| p.text.clone()).unwrap_or_default();
    assert!(first_line_rightmost.starts_with("الإسكان"), "{first_line_rightmost}");
}

#[test]
fn a_word_wider_than_the_measure_stands_alone() {
    let laid = lay_out("a Donaudampfschifffahrtsgesellschaft b", Base::Ltr, BODY, 30.0);
    assert_eq!(laid.lines.len(), 3);
}

#[test]
fn newlines_start_new_lines_and_empty_text_has_none() {
    assert_eq!(lay_out("one\ntwo", Base::Ltr, BODY, 500.0).lines.len(), 2);
    assert!(lay_out("", Base::Ltr, BODY, 500.0).lines.is_empty());
}

#[test]
fn measure_is_the_width_of_one_line() {
    let wide = measure("wwwwww", BODY);
    let narrow = measure("iiiiii", BODY);
    assert!(wide > narrow && narrow > 0.0);
}

#[test]
fn text_fits_a_box_as_wide_as_its_measure() {
    let style = Style { weight: Weight::Regular, size: 9.5, lang: "fa" };
    for text in ["کلاس‌های شبانه", "مشاوره مسکن", "Evening opening of the advice centre"] {
        assert_eq!(lay_out(text, Base::Auto, style, measure(text, style)).lines.len(), 1, "{text}");
    }
}
