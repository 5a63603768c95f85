//! The questionnaire journey in a real browser: a council member prepares a questionnaire in
//! English and Arabic and opens it; one resident forgets the required question, is told where
//! and why, and corrects it with everything kept; another answers in Arabic (right to left);
//! the council ends it early and publishes; a visitor reads results with small cells hidden.

use anyhow::{Context as _, ensure};
use fantoccini::Locator;
use serde_json::json;

use crate::browser::*;
use crate::browser_votes::audit_here;
use crate::helpers::{Db, TestApp};

/// The municipality of the journey (English and Arabic, English first).
const TOWN: &str = "/m/lindenfeld/consultations";

/// One question as the council writes it: kind, required, and per language (English, then
/// Arabic) the prompt and the choices (one per line) or a scale's two ends.
struct Asked {
    kind: &'static str,
    required: bool,
    en: (&'static str, &'static str, (&'static str, &'static str)),
    ar: (&'static str, &'static str, (&'static str, &'static str)),
}

const QUESTIONS: [Asked; 3] = [
    Asked {
        kind: "single",
        required: true,
        en: ("Which matters most to you?", "Language classes\nHousing\nWork", ("", "")),
        ar: ("ما الأهم بالنسبة لك؟", "دروس اللغة\nالسكن\nالعمل", ("", "")),
    },
    Asked {
        kind: "scale",
        required: false,
        en: ("How easy are city services to use?", "", ("Very hard", "Very easy")),
        ar: ("ما مدى سهولة استخدام خدمات المدينة؟", "", ("صعبة جداً", "سهلة جداً")),
    },
    Asked { kind: "text", required: false, en: ("Anything else?", "", ("", "")), ar: ("هل من شيء آخر؟", "", ("", "")) },
];

/// Text without the Unicode isolation marks Fluent puts around placeables.
fn plain(s: &str) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "").trim().to_string()
}

/// Types text with line breaks into a textarea (one line at a time, Enter between them).
async fn fill_lines(b: &Browser, id: &str, text: &str) -> anyhow::Result<()> {
    let field = b.client.find(Locator::Id(id)).await.with_context(|| format!("field #{id}"))?;
    field.clear().await?;
    for (i, line) in text.lines().enumerate() {
        if i > 0 {
            field.send_keys(ENTER).await?;
        }
        field.send_keys(line).await?;
    }
    Ok(())
}

/// Adds one question through the manage page's "Add a question" form.
async fn add_question(b: &mut Browser, manage: &str, q: &Asked) -> anyhow::Result<()> {
    b.client.find(Locator::Id("new-kind")).await?.select_by_value(q.kind).await?;
    if q.required {
        b.click("#new-required").await?;
    }
    for (lang, (prompt, choices, (low, high))) in [("en", q.en), ("ar", q.ar)] {
        b.fill(&format!("new-prompt_{lang}"), prompt).await?;
        fill_lines(b, &format!("new-choices_{lang}"), choices).await?;
        b.fill(&format!("new-low_{lang}"), low).await?;
        b.fill(&format!("new-high_{lang}"), high).await?;
    }
    b.step(&format!("a {} question", q.kind)).await;
    send(b, "main form[action$='/questions']").await?;
    ensure!(b.path().await? == format!("{manage}?notice=consultation-question-added"), "the {} question was added", q.kind);
    Ok(())
}

/// Presses "Hand in my answers" (the form's other button only saves).
async fn hand_in(b: &Browser) -> anyhow::Result<()> {
    let button = b.client.find(Locator::Css("main form[action$='/answer'] button[value=submit]")).await.context("the hand-in button")?;
    b.submit_and_wait(button).await
}

/// The field names of the questions on the answering page, in order (`q<id>`).
async fn question_names(b: &Browser) -> anyhow::Result<Vec<String>> {
    let names = b
        .client
        .execute(
            "return [...document.querySelectorAll('main fieldset.question')].map(f => f.querySelector('input, textarea').name);",
            vec![],
        )
        .await?;
    Ok(serde_json::from_value(names)?)
}

/// Resident A answers in English: first without the required question, then corrected.
async fn answer_in_english(b: &mut Browser, path: &str, axe: Option<&str>) -> anyhow::Result<Vec<String>> {
    sign_in(b, "amina").await?;
    b.switch_language("en").await?;
    b.goto(path).await?;
    ensure!(b.lang_dir().await? == ("en".into(), "ltr".into()), "the questionnaire is in English");
    ensure!(b.text_of_css("h1").await? == "Evening classes and city services", "the English title");
    ensure!(b.text_of_css(".prose").await?.starts_with("The council wants to hear"), "and introduction");
    let names = question_names(b).await?;
    ensure!(names.len() == 3, "three questions: {names:?}");
    let (single, scale, text) = (&names[0], &names[1], &names[2]);
    ensure!(b.text_of_css(&format!("label[for='{single}-1']")).await? == "Housing", "the choices are in English");
    // The scale and the free text answered, the required question forgotten.
    b.click(&format!("input[name='{scale}'][value='4']")).await?;
    let typed = "Classes after 6 pm, please: I work during the day.";
    b.fill(text, typed).await?;
    b.client.find(Locator::Id("d_age")).await?.select_by_value("26-35").await?;
    b.step("answered but the first question").await;
    hand_in(b).await?;
    b.step("the required question is missing").await;

    let summary = b.client.find(Locator::Css(".error-summary[role=alert]")).await.context("an error summary")?;
    let link = summary.find(Locator::Css(&format!("a[href='#{single}']"))).await.context("that links to the question")?;
    let said = link.text().await?;
    ensure!(
        said.starts_with("1. ") && said.ends_with(": Please answer this question."),
        "the summary names the question and what is wrong: {said}"
    );
    ensure!(b.text(&format!("{single}-error")).await? == "Please answer this question.", "and so does the question");
    let first = b.client.find(Locator::Id(single)).await.context("the link's target")?;
    let described = first.attr("aria-describedby").await?.unwrap_or_default();
    ensure!(described.split(' ').any(|d| d == format!("{single}-error")), "the choice is described by the message: {described:?}");
    ensure!(first.attr("aria-invalid").await?.as_deref() == Some("true"), "and marked invalid");
    let kept = b.client.find(Locator::Id(text)).await?.prop("value").await?;
    ensure!(kept.as_deref() == Some(typed), "the free text is kept: {kept:?}");
    let scale_kept = b.client.find(Locator::Css(&format!("input[name='{scale}'][value='4']"))).await?.prop("checked").await?;
    ensure!(scale_kept.as_deref() == Some("true"), "the scale is kept: {scale_kept:?}");
    let age = b.client.find(Locator::Id("d_age")).await?.prop("value").await?;
    ensure!(age.as_deref() == Some("26-35"), "the age is kept: {age:?}");
    ensure!(b.client.find(Locator::Css(&format!("#{scale}-error"))).await.is_err(), "the optional questions have no error");
    audit_here(b, axe, "the answering page with an error").await?;

    b.click(&format!("#{single}")).await?;
    hand_in(b).await?;
    b.step("handed in").await;
    ensure!(b.text_of_css(".notice[role=status]").await? == "Thank you! Your answers are handed in.", "the answers are handed in");
    ensure!(b.client.find(Locator::Id("handed-in")).await.is_ok(), "and the page says when");
    ensure!(b.client.find(Locator::Css(".error-summary")).await.is_err(), "without errors");
    Ok(names)
}

/// Resident B switches the interface to Arabic and answers there.
async fn answer_in_arabic(b: &mut Browser, path: &str, names: &[String], axe: Option<&str>) -> anyhow::Result<()> {
    sign_in(b, "karim").await?;
    b.switch_language("ar").await?;
    b.goto(path).await?;
    ensure!(b.lang_dir().await? == ("ar".into(), "rtl".into()), "the page is in Arabic, right to left");
    b.step("the questionnaire in Arabic").await;
    ensure!(b.text_of_css("h1").await? == "دروس مسائية وخدمات المدينة", "the Arabic title");
    ensure!(b.text_of_css(".prose").await?.starts_with("يريد المجلس"), "and introduction");
    ensure!(lang_dir_of(b, "main fieldset.question").await? == ("ar".into(), "rtl".into()), "questions are marked as Arabic");
    let legend = b.text_of_css("main fieldset.question legend").await?;
    ensure!(legend.contains("ما الأهم بالنسبة لك؟"), "the Arabic prompt: {legend}");
    let (single, scale, text) = (&names[0], &names[1], &names[2]);
    ensure!(b.text_of_css(&format!("label[for='{single}']")).await? == "دروس اللغة", "the Arabic choices");
    audit_here(b, axe, "the answering page in Arabic").await?;
    b.click(&format!("#{single}")).await?;
    b.click(&format!("input[name='{scale}'][value='5']")).await?;
    b.fill(text, "نحتاج إلى مترجمين في مكتب المدينة.").await?;
    b.client.find(Locator::Id("d_age")).await?.select_by_value("26-35").await?;
    hand_in(b).await?;
    b.step("handed in in Arabic").await;
    ensure!(b.text_of_css(".notice[role=status]").await? == "شكرًا لك! تم إرسال إجاباتك.", "handed in, and told so in Arabic");
    Ok(())
}

/// The cells of the tables matching `css`, each without the muted share beside a count.
async fn cells(b: &Browser, css: &str) -> anyhow::Result<Vec<Vec<String>>> {
    let rows = b
        .client
        .execute(
            "return [...document.querySelectorAll(arguments[0])].flatMap(t => [...t.rows]).map(r => [...r.cells].map(c => {
               const x = c.cloneNode(true);
               x.querySelectorAll('.muted').forEach(e => e.remove());
               return x.textContent.replace(/[\\u2068\\u2069]/g, '').trim();
             }));",
            vec![json!(css)],
        )
        .await?;
    Ok(serde_json::from_value(rows)?)
}

/// Every number in a data cell of the page's tables counts at least 5 people.
async fn no_small_numbers(b: &Browser) -> anyhow::Result<()> {
    let data = b
        .client
        .execute(
            "return [...document.querySelectorAll('main table td')].map(c => {
               const x = c.cloneNode(true);
               x.querySelectorAll('.muted').forEach(e => e.remove());
               return x.textContent.replace(/[\\u2068\\u2069]/g, '').trim();
             });",
            vec![],
        )
        .await?;
    let data: Vec<String> = serde_json::from_value(data)?;
    let small: Vec<&String> = data.iter().filter(|c| c.parse::<u64>().is_ok_and(|n| n < 5)).collect();
    ensure!(small.is_empty(), "numbers below 5 are shown: {small:?} in {data:?}");
    Ok(())
}

/// The row of `table` whose first cell is `head`.
fn row<'a>(table: &'a [Vec<String>], head: &str) -> &'a [String] {
    table.iter().find(|r| r.first().is_some_and(|c| c == head)).map_or(&[], Vec::as_slice)
}

#[tokio::test]
async fn a_council_asks_residents_in_two_languages_and_publishes_protected_results() {
    use chorus::domain::role::Role;
    let mut app = TestApp::spawn(Db::Sqlite).await.expect("app");
    let m = app.create_municipality("lindenfeld", &["en", "ar"], "en").await;
    for (name, role) in [("chair", Role::CouncilMember), ("amina", Role::Resident), ("karim", Role::Resident)] {
        app.new_browser();
        app.register(name, "a long sentence").await;
        app.grant(name, m, role).await;
    }
    let Some(browser) = Browser::start("consultation-council", app.url("")).await else { return };
    let axe = axe_source();
    let axe = axe.as_deref();
    browser
        .run(async |b: &mut Browser| {
            // The council member drafts a questionnaire in English and Arabic, asking for age.
            sign_in(b, "chair").await?;
            b.goto(TOWN).await?;
            b.click(&format!("a.button[href='{TOWN}/new']")).await?;
            b.wait_for_path(&format!("{TOWN}/new")).await?;
            let kind = b.client.find(Locator::Id("kind-questionnaire")).await?.prop("checked").await?;
            ensure!(kind.as_deref() == Some("true"), "a questionnaire is the default");
            b.fill("title_en", "Evening classes and city services").await?;
            b.fill("intro_en", "The council wants to hear what would help you settle in.").await?;
            b.fill("title_ar", "دروس مسائية وخدمات المدينة").await?;
            b.fill("intro_ar", "يريد المجلس أن يعرف ما الذي يساعدك على الاستقرار.").await?;
            // Opening an hour ago, so that it takes answers as soon as it is opened.
            let at = |hours: i64| chorus::domain::ballot::format_datetime(chorus::db::now() + hours * 3600);
            b.client
                .execute(
                    "document.getElementById('opens_at').value = arguments[0];
                     document.getElementById('closes_at').value = arguments[1];",
                    vec![json!(at(-1)), json!(at(14 * 24))],
                )
                .await?;
            b.click("#ask_age").await?;
            b.step("new questionnaire").await;
            send(b, &format!("main form[action='{TOWN}']")).await?;
            let manage = b.path().await?;
            let id: i64 = manage
                .strip_suffix("/manage")
                .and_then(|p| p.rsplit('/').next())
                .and_then(|s| s.parse().ok())
                .with_context(|| format!("the draft's page opens, not {manage}"))?;
            let path = format!("{TOWN}/{id}");
            ensure!(b.text("questions").await? == "No questions yet.", "a new draft has no questions");

            // Three questions, each in both languages.
            for q in &QUESTIONS {
                add_question(b, &manage, q).await?;
            }
            let listed = b.client.find_all(Locator::Css("#questions > li")).await?.len();
            ensure!(listed == 3, "the three questions are listed: {listed}");
            ensure!(b.client.find(Locator::Id("missing")).await.is_err(), "nothing is missing in either language");
            send(b, "main form[action$='/open']").await?;
            ensure!(b.path().await? == format!("{manage}?notice=consultation-opened"), "it opened");
            ensure!(b.text_of_css(".notice[role=status]").await? == "The consultation is open.", "and says so");
            b.step("opened").await;

            // Amina answers in English, Karim in Arabic, each in their own browser.
            let mut amina = Browser::start("consultation-amina", app.url("")).await.context("a second browser")?;
            let answered = answer_in_english(&mut amina, &path, axe).await;
            let names = amina.guard(answered).await?;
            let _ = amina.client.clone().close().await;
            let mut karim = Browser::start("consultation-karim", app.url("")).await.context("a third browser")?;
            let answered = answer_in_arabic(&mut karim, &path, &names, axe).await;
            karim.guard(answered).await?;
            let _ = karim.client.clone().close().await;
            let langs: Vec<String> = sqlx::query_scalar("SELECT lang FROM responses WHERE submitted_at IS NOT NULL ORDER BY lang")
                .fetch_all(&app.state.db)
                .await?;
            ensure!(langs == ["ar", "en"], "two responses, one answered in each language: {langs:?}");

            // Nine more residents answer (through the core): six more aged 26 to 35, three
            // over 65 — a group too small to show.
            let ids: Vec<i64> = names.iter().map(|n| n[1..].parse()).collect::<Result<_, _>>()?;
            for (i, u) in crate::consultations::residents(&app, m, "resp", 9).await.iter().enumerate() {
                let (choice, age) = match i {
                    0..5 => ("0", "26-35"),
                    5 => ("1", "26-35"),
                    _ => ("1", "over-65"),
                };
                let form = [(format!("q{}", ids[0]), choice), (format!("q{}", ids[1]), "3"), ("d_age".into(), age)];
                let form: Vec<(String, String)> = form.into_iter().map(|(k, v)| (k, v.to_string())).collect();
                crate::consultations::answer_as(&app, u, id, if i % 2 == 0 { "en" } else { "ar" }, &form).await;
            }

            // The council ends it early and publishes.
            b.goto(&manage).await?;
            let end = b.text_of_css("main form[action$='/close'] button").await?;
            ensure!(end == "End the consultation now", "the council may end it now: {end:?}");
            send(b, "main form[action$='/close']").await?;
            ensure!(b.path().await? == format!("{manage}?notice=consultation-closed"), "it closed");
            ensure!(b.text_of_css(".notice[role=status]").await? == "The consultation is closed and counted.", "and was counted");
            b.step("closed").await;
            send(b, "main form[action$='/publish']").await?;
            ensure!(b.path().await? == format!("{path}/results"), "publishing shows the results");
            ensure!(b.client.find(Locator::Css(".notice[role=status]")).await.is_err(), "no longer a preview");
            sign_out(b).await?;

            // A visitor reads the results: 11 people, small cells hidden.
            b.goto(&format!("{path}/results")).await?;
            b.step("results").await;
            ensure!(plain(&b.text("respondents").await?) == "11 people answered.", "eleven respondents");
            let counts = cells(b, &format!("#{}-counts", names[0])).await?;
            ensure!(row(&counts, "Language classes").get(1).map(String::as_str) == Some("7"), "7 chose classes: {counts:?}");
            ensure!(row(&counts, "Housing").get(1).map(String::as_str) == Some("hidden"), "4 chose housing, hidden: {counts:?}");
            ensure!(b.client.find(Locator::Css(&format!("#{}-counts", names[2]))).await.is_err(), "free texts are not counted");
            no_small_numbers(b).await?;

            // And breaks them down by age.
            b.click(&format!("nav.breakdowns a[href='{path}/results?by=age']")).await?;
            b.wait_for_path(&format!("{path}/results?by=age")).await?;
            b.step("by age").await;
            let current = b.text_of_css("nav.breakdowns [aria-current=page]").await?;
            ensure!(current == "Age", "the age breakdown is the current one: {current}");
            let by_age = cells(b, &format!("#{}-breakdown", names[0])).await?;
            ensure!(row(&by_age, "26 to 35").get(1).map(String::as_str) == Some("8"), "8 people aged 26 to 35: {by_age:?}");
            let over_65 = row(&by_age, "Over 65");
            ensure!(!over_65.is_empty() && over_65[1..].iter().all(|c| c == "hidden"), "the 3 over 65 are hidden: {by_age:?}");
            ensure!(by_age.iter().flatten().any(|c| c == "hidden"), "a hidden cell: {by_age:?}");
            no_small_numbers(b).await?;
            audit_here(b, axe, "the results by age").await
        })
        .await;
}
