//! The vote journey in a real browser: a council runs a budget vote from a pabulib file, two
//! residents vote in English and in Arabic, and everyone reads both outcomes and a receipt.

use std::{path::PathBuf, time::Duration};

use anyhow::{Context as _, bail, ensure};
use fantoccini::Locator;
use serde_json::{Value, json};

use crate::browser::*;
use crate::helpers::{Db, TestApp};

/// Arabic labels for the projects of the Assen file, by project id.
pub(crate) const ASSEN_AR: [(&str, &str); 14] = [
    ("1", "جولة ليلية بالدراجات"),
    ("2", "جولة سهر بلا كحول"),
    ("3", "منصة عروض متنقلة"),
    ("4", "مسار القصائد"),
    ("5", "لقاءات لشباب مجتمع الميم"),
    ("6", "جهاز لضبط سرعة الدراجات"),
    ("7", "صندوق روبوكس"),
    ("8", "مضمار دراجات في بيلو"),
    ("9", "منصة للشباب"),
    ("10", "أضواء صناعية"),
    ("11", "استوديو لإنتاج الموسيقى"),
    ("12", "توزيع نسخ من القرآن"),
    ("13", "نطبخ ونأكل معًا"),
    ("14", "حوار مفتوح"),
];

/// Runs axe-core on the current page (when it is installed) and fails on any violation.
pub(crate) async fn audit_here(b: &mut Browser, axe: Option<&str>, what: &str) -> anyhow::Result<()> {
    let Some(axe) = axe else { return Ok(()) };
    let violations = axe_violations(b, axe).await?;
    if !violations.is_empty() {
        b.step(what).await;
        bail!("WCAG 2.1 A/AA violations on {what}: {}", Value::Array(violations));
    }
    Ok(())
}

/// A resident signs in, picks the interface language, votes for two projects on the budget
/// ballot at `path` (`(position, label as shown)`), and reads the receipt code.
async fn vote_for_two(
    b: &mut Browser,
    who: &str,
    lang: &str,
    path: &str,
    picks: [(u32, &str); 2],
    axe: Option<&str>,
) -> anyhow::Result<String> {
    sign_in(b, who).await?;
    b.switch_language(lang).await?;
    b.goto(path).await?;
    let dir = if lang == "ar" { "rtl" } else { "ltr" };
    ensure!(b.lang_dir().await? == (lang.to_string(), dir.to_string()), "{who}'s ballot page is in {lang}, {dir}");
    b.step("the ballot").await;
    let rules = b.text("rules-hint").await?.replace(['\u{2068}', '\u{2069}'], "");
    ensure!(rules.contains("100000"), "the budget is explained: {rules}");
    for (position, label) in picks {
        let span = format!("label[for='pick-{position}'] span");
        ensure!(b.text_of_css(&span).await? == label, "option {position} reads {label:?} for {who}");
        ensure!(lang_dir_of(b, &span).await? == (lang.to_string(), dir.to_string()), "the label is marked as {lang}");
        b.click(&format!("#pick-{position}")).await?;
    }
    b.step("two projects picked").await;
    send(b, &format!("main form[action='{path}/vote']")).await?;
    b.client.wait().at_most(Duration::from_secs(10)).for_element(Locator::Id("receipt-code")).await.context("the receipt is shown")?;
    b.step("receipt").await;
    ensure!(b.lang_dir().await?.0 == lang, "the receipt is in {lang}");
    let code = b.text("receipt-code").await?;
    ensure!(code.len() == 23 && code.split('-').count() == 4, "{who} reads a receipt code: {code:?}");
    audit_here(b, axe, &format!("the receipt page in {lang}")).await?;
    b.goto(path).await?;
    ensure!(b.client.find(Locator::Css(".notice[role=status]")).await.is_ok(), "the ballot page says {who} has voted");
    ensure!(b.client.find(Locator::Id("pick-0")).await.is_err(), "and offers no second vote");
    Ok(code)
}

/// Checks a receipt code on the results page of the ballot at `path`: the paper is found and
/// lists `picks`.
async fn check_receipt(a: &mut Browser, path: &str, code: &str, picks: [&str; 2], axe: Option<&str>) -> anyhow::Result<()> {
    a.goto(&format!("{path}/results")).await?;
    a.fill("receipt", code).await?;
    send(a, "main form[action$='/receipt']").await?;
    a.step("receipt checked").await;
    let found = a.text_of_css(".notice[role=status]").await?;
    ensure!(found == "Your vote is in the published list and counted.", "the paper is found: {found}");
    let paper = a.text("paper").await?;
    ensure!(paper.lines().collect::<Vec<_>>() == picks, "as it was cast: {paper}");
    audit_here(a, axe, "the receipt check").await
}

/// The cells of `#comparison`: the head row, then one row per project.
async fn comparison(b: &Browser) -> anyhow::Result<Vec<Vec<String>>> {
    let rows = b
        .client
        .execute(
            "return [...document.querySelectorAll('#comparison tr')]
               .map(r => [...r.cells].map(c => c.textContent.replace(/[\\u2068\\u2069]/g, '').trim()));",
            vec![],
        )
        .await?;
    Ok(serde_json::from_value(rows)?)
}

#[tokio::test]
async fn a_council_runs_a_budget_vote_from_a_pabulib_file_in_two_languages() {
    use chorus::domain::role::Role;
    let mut app = TestApp::spawn(Db::Sqlite).await.expect("app");
    let m = app.create_municipality("lindenfeld", &["en", "ar"], "en").await;
    for (name, role) in [("chair", Role::CouncilMember), ("amina", Role::Resident), ("karim", Role::Resident)] {
        app.new_browser();
        app.register(name, "a long sentence").await;
        app.grant(name, m, role).await;
    }
    let Some(browser) = Browser::start("ballot-council", app.url("")).await else { return };
    let axe = axe_source();
    let axe = axe.as_deref();
    browser
        .run(async |b: &mut Browser| {
            // The council member drafts a budget vote in English and Arabic.
            sign_in(b, "chair").await?;
            b.goto("/m/lindenfeld/ballots").await?;
            b.click("a.button[href='/m/lindenfeld/ballots/new']").await?;
            b.wait_for_path("/m/lindenfeld/ballots/new").await?;
            b.client.find(Locator::Id("method")).await?.select_by_value("budget").await?;
            b.fill("title_en", "Youth budget: ideas for Assen").await?;
            b.fill("title_ar", "ميزانية الشباب: أفكار لمدينة آسن").await?;
            let at = |hours: i64| chorus::domain::ballot::format_datetime(chorus::db::now() + hours * 3600);
            b.client
                .execute(
                    "document.getElementById('opens_at').value = arguments[0];
                     document.getElementById('closes_at').value = arguments[1];",
                    vec![json!(at(-1)), json!(at(48))],
                )
                .await?;
            b.client.find(Locator::Id("binding_rule")).await?.select_by_value("greedy").await?;
            b.step("new budget vote").await;
            send(b, "main form[action='/m/lindenfeld/ballots']").await?;
            let manage = b.path().await?;
            let id: i64 = manage
                .strip_suffix("/manage")
                .and_then(|p| p.rsplit('/').next())
                .and_then(|s| s.parse().ok())
                .with_context(|| format!("the draft's page opens, not {manage}"))?;
            let ballot = format!("/m/lindenfeld/ballots/{id}");
            ensure!(b.text("options").await? == "No options yet.", "a new draft has no options");

            // It takes its projects from the Assen file, through the file field.
            let file = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/pabulib/Netherlands_Assen_2024.pb");
            b.client.find(Locator::Id("file")).await?.send_keys(&file.display().to_string()).await?;
            send(b, "main form[action$='/import']").await?;
            ensure!(b.path().await? == format!("{manage}?notice=ballot-imported"), "the import went back to the draft");
            ensure!(b.text_of_css(".notice[role=status]").await?.starts_with("The projects were imported."), "and says so");
            b.step("projects imported").await;
            let projects = b.client.find_all(Locator::Css("#options > li")).await?.len();
            ensure!(projects == 14, "the 14 projects of the file are the options: {projects}");
            let value = async |id: &str| b.client.find(Locator::Id(id)).await?.prop("value").await;
            ensure!(value("budget").await?.as_deref() == Some("100000"), "the file's budget was taken");
            ensure!(value("min_picks").await?.as_deref() == Some("2"), "and its least number of picks");
            // The file is Dutch, so the names are under English; the Arabic labels are missing.
            let missing = b.text("missing").await?;
            ensure!(missing.starts_with("العربية:") && missing.contains("labels of options"), "Arabic labels are missing: {missing}");
            ensure!(!missing.contains("title") && !missing.contains("English"), "nothing else is: {missing}");
            ensure!(missing.contains("3, 9, 8, 2"), "the projects are named by their ids: {missing}");

            // All 14 Arabic labels go in through the options' own forms.
            let rows = b
                .client
                .execute(
                    "return [...document.querySelectorAll('#options > li')]
                       .map(li => [li.querySelector('form').getAttribute('action'), li.querySelector('summary bdi').textContent]);",
                    vec![],
                )
                .await?;
            let rows: Vec<(String, String)> = serde_json::from_value(rows)?;
            for (action, code) in &rows {
                let label = ASSEN_AR.iter().find(|(c, _)| c == code).with_context(|| format!("project {code}"))?.1;
                let option = action.rsplit('/').next().unwrap_or_default();
                b.click(&format!("#options li:has(form[action='{action}']) summary")).await?;
                ensure!(value(&format!("o{option}-ar")).await?.as_deref() == Some(""), "project {code} has no Arabic label yet");
                b.fill(&format!("o{option}-ar"), label).await?;
                send(b, &format!("form[action='{action}']")).await?;
                ensure!(b.path().await? == format!("{manage}?notice=ballot-saved"), "project {code} saved");
            }
            ensure!(b.client.find(Locator::Id("missing")).await.is_err(), "nothing is missing any more");
            ensure!(
                b.text_of_css("section[aria-labelledby=missing-h] p").await?
                    == "Every text is there in every language of the municipality.",
                "the draft is complete"
            );
            b.step("labels complete").await;
            send(b, "main form[action$='/open']").await?;
            ensure!(b.path().await? == format!("{manage}?notice=ballot-opened"), "the vote opened");
            ensure!(b.text_of_css(".notice[role=status]").await? == "The vote is open.", "and says so");
            b.step("opened").await;

            // Two residents vote in their own browsers: Amina in English, Karim in Arabic.
            let position = |code: &str| rows.iter().position(|(_, c)| c == code).map(|p| p as u32).context("project");
            let (lights, poems, platform) = (position("10")?, position("4")?, position("9")?);
            let mut amina = Browser::start("ballot-amina", app.url("")).await.context("a second browser")?;
            let voted =
                vote_for_two(&mut amina, "amina", "en", &ballot, [(lights, "Synthetische lichten"), (poems, "Gedichtenroute")], axe).await;
            let amina_code = amina.guard(voted).await?;
            let mut karim = Browser::start("ballot-karim", app.url("")).await.context("a third browser")?;
            let voted = vote_for_two(&mut karim, "karim", "ar", &ballot, [(poems, "مسار القصائد"), (platform, "منصة للشباب")], axe).await;
            let karim_code = karim.guard(voted).await?;
            ensure!(amina_code != karim_code, "every voter gets their own receipt");
            let arabic = karim.text_of_css("h1").await;
            let arabic = karim.guard(arabic).await?;
            ensure!(arabic == "ميزانية الشباب: أفكار لمدينة آسن", "Karim read the Arabic title: {arabic}");
            let _ = karim.client.clone().close().await;

            // The vote closes and is counted; the council member publishes.
            crate::ballots::close(&app, id).await;
            b.goto(&manage).await?;
            b.step("closed").await;
            send(b, "main form[action$='/publish']").await?;
            ensure!(b.path().await? == format!("{ballot}/results"), "publishing shows the results");
            ensure!(b.client.find(Locator::Css(".notice[role=status]")).await.is_err(), "no longer a preview");
            b.step("results").await;
            let table = comparison(b).await?;
            let head = ["Project", "Cost", "Greedy (most votes first) (decides)", "Method of Equal Shares"];
            ensure!(table.first().is_some_and(|h| *h == head), "both rules side by side, the binding one marked: {table:?}");
            ensure!(table.len() == 15, "one row per project: {table:?}");
            let row = |name: &str| table.iter().find(|r| r.first().is_some_and(|c| c == name)).cloned().unwrap_or_default();
            let (yes, no) = ("✓ selected", "–");
            ensure!(row("Gedichtenroute") == ["Gedichtenroute", "30000", yes, yes], "both fund the poems both picked: {table:?}");
            ensure!(row("Synthetische lichten") == ["Synthetische lichten", "50000", yes, no], "greedy funds the lights: {table:?}");
            ensure!(row("Jongerenplatform") == ["Jongerenplatform", "21000", no, yes], "equal shares Karim's platform: {table:?}");
            let sections = b.client.find_all(Locator::Css("section.rule h2")).await?;
            ensure!(sections.len() == 2, "two outcomes are explained");
            ensure!(sections[0].text().await? == "Greedy (most votes first) decides", "the binding rule first");
            let first = b.client.find(Locator::Css("section.rule")).await?.attr("class").await?.unwrap_or_default();
            ensure!(first.split(' ').any(|c| c == "binding"), "and it is marked binding: {first}");
            let turnout = b.text("turnout").await?.replace(['\u{2068}', '\u{2069}'], "");
            ensure!(turnout == "2 people voted. That is 100.0 % of the 2 registered residents.", "the turnout: {turnout}");

            // Amina checks her receipt against the published list.
            let r = check_receipt(&mut amina, &ballot, &amina_code, ["Synthetische lichten", "Gedichtenroute"], axe).await;
            amina.guard(r).await?;
            let _ = amina.client.clone().close().await;
            Ok(())
        })
        .await;
}
