//! Real-browser journeys and the accessibility audit: Debian's Chromium, driven through
//! chromedriver by fantoccini, against the real app on 127.0.0.1:0.
//!
//! Outside CI these tests skip when chromedriver is missing; in CI (`CI=true`) they fail.
//! Every step takes a screenshot; when a journey fails they are written to
//! `target/screenshots/`.

use std::{path::PathBuf, process::Child, time::Duration};

use anyhow::{Context as _, anyhow, bail, ensure};
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};

use crate::helpers::{Db, TestApp};

pub(crate) const TAB: &str = "\u{E004}";
pub(crate) const ENTER: &str = "\u{E007}";

pub(crate) fn chromedriver() -> Option<PathBuf> {
    let path = std::env::var_os("CHORUS_CHROMEDRIVER").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("/usr/bin/chromedriver"));
    if path.exists() {
        Some(path)
    } else if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("chromedriver not found at {}: .ci/run installs chromium-driver", path.display());
    } else {
        eprintln!("skipping browser test: no chromedriver at {}", path.display());
        None
    }
}

/// One browser (chromedriver + Chromium with a fresh profile) and the screenshots of its steps.
pub struct Browser {
    pub client: Client,
    base: String,
    name: &'static str,
    steps: Vec<(String, Vec<u8>)>,
    driver: Child,
    profile: tempfile::TempDir,
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        // Chromium outlives a killed chromedriver: end whatever runs on this profile.
        let _ = std::process::Command::new("pkill").arg("-f").arg(self.profile.path()).status();
    }
}

impl Browser {
    /// Starts a browser for the app at `base`, or `None` to skip (never in CI).
    pub async fn start(name: &'static str, base: String) -> Option<Self> {
        let driver_path = chromedriver()?;
        let port = std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("free port").port();
        let driver = std::process::Command::new(driver_path)
            .arg(format!("--port={port}"))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("start chromedriver");
        let profile = tempfile::tempdir().expect("profile dir");
        let mut caps = serde_json::Map::new();
        caps.insert(
            "goog:chromeOptions".into(),
            json!({
                "binary": std::env::var("CHORUS_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into()),
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic", "--window-size=1024,900",
                    format!("--user-data-dir={}", profile.path().display()),
                ]
            }),
        );
        let url = format!("http://127.0.0.1:{port}");
        let mut last = None;
        for _ in 0..100 {
            let connector = hyper_util::client::legacy::connect::HttpConnector::new();
            match ClientBuilder::new(connector).capabilities(caps.clone()).connect(&url).await {
                Ok(client) => return Some(Self { client, base, name, steps: Vec::new(), driver, profile }),
                Err(e) => last = Some(e),
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("cannot start Chromium through chromedriver: {last:?}");
    }

    /// Opens a path of the app.
    pub async fn goto(&self, path: &str) -> anyhow::Result<()> {
        self.client.goto(&format!("{}{path}", self.base)).await.with_context(|| format!("open {path}"))
    }

    /// Records a screenshot of the current step.
    pub async fn step(&mut self, label: &str) {
        if let Ok(png) = self.client.screenshot().await {
            self.steps.push((label.to_string(), png));
        }
    }

    /// The current path and query.
    pub async fn path(&self) -> anyhow::Result<String> {
        let url = self.client.current_url().await?;
        Ok(match url.query() {
            Some(q) => format!("{}?{q}", url.path()),
            None => url.path().to_string(),
        })
    }

    /// Waits (up to 10 s) until the current path starts with `prefix`: keys like Enter start a
    /// navigation that WebDriver does not wait for.
    pub async fn wait_for_path(&self, prefix: &str) -> anyhow::Result<()> {
        for _ in 0..200 {
            if self.path().await?.starts_with(prefix) {
                return Ok(());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        bail!("never reached {prefix}; still on {}", self.path().await?)
    }

    /// Clicks `button` and waits until a new document has replaced the current one (for forms
    /// that answer on the same address).
    pub async fn submit_and_wait(&self, button: fantoccini::elements::Element) -> anyhow::Result<()> {
        self.client.execute("window.__chorusOld = true", vec![]).await?;
        button.click().await?;
        for _ in 0..200 {
            let old = self.client.execute("return window.__chorusOld === true", vec![]).await;
            if old.is_ok_and(|v| v == Value::Bool(false)) {
                return Ok(());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        bail!("the form never answered")
    }

    /// `<html lang>` and `<html dir>` of the page.
    pub async fn lang_dir(&self) -> anyhow::Result<(String, String)> {
        let v = self.client.execute("return [document.documentElement.lang, document.documentElement.dir]", vec![]).await?;
        Ok((v[0].as_str().unwrap_or_default().to_string(), v[1].as_str().unwrap_or_default().to_string()))
    }

    /// Types into the field with this id (clearing it first).
    pub async fn fill(&self, id: &str, text: &str) -> anyhow::Result<()> {
        let field = self.client.find(Locator::Id(id)).await.with_context(|| format!("field #{id}"))?;
        field.clear().await?;
        field.send_keys(text).await.with_context(|| format!("type into #{id}"))
    }

    /// Clicks the element matching a CSS selector.
    pub async fn click(&self, css: &str) -> anyhow::Result<()> {
        self.client
            .find(Locator::Css(css))
            .await
            .with_context(|| format!("find {css}"))?
            .click()
            .await
            .with_context(|| format!("click {css}"))
    }

    /// Text of the element with this id.
    pub async fn text(&self, id: &str) -> anyhow::Result<String> {
        Ok(self.client.find(Locator::Id(id)).await.with_context(|| format!("#{id}"))?.text().await?)
    }

    /// Text of the first element matching a CSS selector.
    pub async fn text_of_css(&self, css: &str) -> anyhow::Result<String> {
        Ok(self.client.find(Locator::Css(css)).await.with_context(|| css.to_string())?.text().await?)
    }

    /// Picks a language with the switcher (open it, press the language's button).
    pub async fn switch_language(&self, tag: &str) -> anyhow::Result<()> {
        // Already in that language: pressing it would start a navigation nobody waits for.
        if self.lang_dir().await.is_ok_and(|(lang, _)| lang == tag) {
            return Ok(());
        }
        self.click("details.langs > summary").await?;
        self.click(&format!("details.langs button[value='{tag}']")).await?;
        for _ in 0..200 {
            if self.lang_dir().await.is_ok_and(|(lang, _)| lang == tag) {
                return Ok(());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        bail!("the page never switched to {tag}")
    }

    /// Writes every step's screenshot (and the final state) to `target/screenshots/`.
    pub async fn save_screenshots(&mut self) -> PathBuf {
        self.step("failure").await;
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
        let _ = std::fs::create_dir_all(&dir);
        for (i, (label, png)) in self.steps.iter().enumerate() {
            let file: String = label.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }).collect();
            let _ = std::fs::write(dir.join(format!("{}-{i:02}-{file}.png", self.name)), png);
        }
        dir
    }

    /// Passes `result` on; when it is an error, first saves this browser's screenshots (for a
    /// second person's browser inside a journey).
    pub async fn guard<T>(&mut self, result: anyhow::Result<T>) -> anyhow::Result<T> {
        match result {
            Ok(v) => Ok(v),
            Err(e) => {
                let dir = self.save_screenshots().await;
                Err(e.context(format!("in {}; its screenshots are in {}", self.name, dir.display())))
            }
        }
    }

    /// Runs a journey; on failure saves the screenshots and fails the test.
    pub async fn run<F>(mut self, journey: F)
    where
        F: AsyncFnOnce(&mut Browser) -> anyhow::Result<()>,
    {
        let result = journey(&mut self).await;
        if let Err(e) = result {
            let dir = self.save_screenshots().await;
            let _ = self.client.clone().close().await;
            panic!("{} failed: {e:#}\nscreenshots in {}", self.name, dir.display());
        }
        let _ = self.client.clone().close().await;
    }
}

pub(crate) async fn app_and_browser(name: &'static str) -> Option<(TestApp, Browser)> {
    let app = TestApp::spawn(Db::Sqlite).await.expect("app");
    app.create_municipality("lindenfeld", &["de", "en", "ar", "fa", "uk"], "de").await;
    let browser = Browser::start(name, app.url("")).await?;
    Some((app, browser))
}

/// Register (correcting a field error), switch language, sign out, sign in, sign out.
pub(crate) async fn register_switch_and_sign_in(b: &mut Browser, lang: &str, dir: &str, next_lang: &str) -> anyhow::Result<()> {
    b.goto("/").await?;
    b.switch_language(lang).await?;
    ensure!(b.lang_dir().await? == (lang.to_string(), dir.to_string()), "home page in {lang} is {dir}");
    b.step("language chosen").await;
    b.click("a[href='/register']").await?;
    b.wait_for_path("/register").await?;
    b.fill("username", "amina_k").await?;
    b.fill("password", "a long sentence").await?;
    b.fill("password_confirm", "a long sentense").await?;
    b.click("form[action='/register'] button[type=submit]").await?;
    b.client
        .wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Id("password_confirm-error"))
        .await
        .context("the error appears")?;
    b.step("field error shown").await;
    let error = b.text("password_confirm-error").await?;
    ensure!(!error.is_empty(), "the mismatch is explained next to the field");
    let invalid = b.client.find(Locator::Id("password_confirm")).await?.attr("aria-invalid").await?;
    ensure!(invalid.as_deref() == Some("true"), "the field is marked invalid");
    ensure!(b.client.find(Locator::Id("username")).await?.prop("value").await?.as_deref() == Some("amina_k"), "the username was kept");
    b.fill("password", "a long sentence").await?;
    b.fill("password_confirm", "a long sentence").await?;
    b.click("form[action='/register'] button[type=submit]").await?;
    b.client.wait().for_element(Locator::Id("recovery-code")).await.context("the recovery code is shown")?;
    b.step("recovery code").await;
    let code = b.text("recovery-code").await?;
    ensure!(code.len() == 23, "a recovery code is shown: {code:?}");
    b.click("a.button[href='/account']").await?;
    b.wait_for_path("/account").await?;
    b.switch_language(next_lang).await?;
    b.step("language switched").await;
    ensure!(b.path().await? == "/account", "the switcher keeps the person's place");
    ensure!(b.lang_dir().await?.0 == next_lang, "page now in {next_lang}");
    b.click("form[action='/logout'] button").await?;
    b.wait_for_path("/?notice=signed-out").await.context("signed out to the home page")?;
    b.step("signed out").await;
    b.click("a[href='/login']").await?;
    b.wait_for_path("/login").await?;
    b.fill("username", "amina_k").await?;
    b.fill("password", "a long sentence").await?;
    b.click("form[action='/login'] button[type=submit]").await?;
    b.wait_for_path("/account").await.context("signed in to the account page")?;
    b.step("signed in").await;
    ensure!(b.lang_dir().await?.0 == next_lang, "the language choice was saved to the account");
    b.click("form[action='/logout'] button").await?;
    b.wait_for_path("/?notice=signed-out").await
}

#[tokio::test]
pub(crate) async fn a_person_registers_switches_language_and_signs_in_and_out_in_english() {
    let Some((_app, browser)) = app_and_browser("journey-en").await else { return };
    browser.run(async |b: &mut Browser| register_switch_and_sign_in(b, "en", "ltr", "de").await).await;
}

#[tokio::test]
pub(crate) async fn the_same_journey_in_arabic_is_right_to_left_and_mirrored() {
    let Some((_app, browser)) = app_and_browser("journey-ar").await else { return };
    browser
        .run(async |b: &mut Browser| {
            b.goto("/register").await?;
            b.switch_language("ar").await?;
            ensure!(b.path().await? == "/register", "the switcher returns to the same page");
            // Mirrored layout: the brand sits at the right edge, form labels align right.
            let geometry = b
                .client
                .execute(
                    "const r = document.querySelector('.brand').getBoundingClientRect();
                     const l = getComputedStyle(document.querySelector('label[for=username]'));
                     return [r.left > window.innerWidth / 2, l.direction];",
                    vec![],
                )
                .await?;
            ensure!(geometry == json!([true, "rtl"]), "the page mirrors: {geometry}");
            register_switch_and_sign_in(b, "ar", "rtl", "fa").await
        })
        .await;
}

/// Presses Tab until the focused element has `id`; returns how many presses it took.
pub(crate) async fn tab_to(b: &Browser, id: &str) -> anyhow::Result<usize> {
    for presses in 1..=60 {
        b.client.active_element().await?.send_keys(TAB).await?;
        let focused = b.client.execute("return document.activeElement && document.activeElement.id", vec![]).await?;
        if focused.as_str() == Some(id) {
            return Ok(presses);
        }
    }
    bail!("#{id} cannot be reached with Tab")
}

/// Whether the focused element shows a visible focus indicator.
pub(crate) async fn focus_is_visible(b: &Browser) -> anyhow::Result<bool> {
    let v = b
        .client
        .execute(
            "const s = getComputedStyle(document.activeElement);
             return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;",
            vec![],
        )
        .await?;
    Ok(v.as_bool() == Some(true))
}

pub(crate) async fn type_focused(b: &Browser, text: &str) -> anyhow::Result<()> {
    Ok(b.client.active_element().await?.send_keys(text).await?)
}

#[tokio::test]
pub(crate) async fn registration_and_login_work_with_the_keyboard_alone() {
    let Some((_app, browser)) = app_and_browser("keyboard").await else { return };
    browser
        .run(async |b: &mut Browser| {
            b.goto("/register").await?;
            tab_to(b, "username").await?;
            ensure!(focus_is_visible(b).await?, "focus is visible on the username field");
            type_focused(b, "keyboard_user").await?;
            tab_to(b, "password").await?;
            type_focused(b, "typed with keys only").await?;
            tab_to(b, "password_confirm").await?;
            type_focused(b, "typed with keys only").await?;
            type_focused(b, ENTER).await?;
            b.client.wait().for_element(Locator::Id("recovery-code")).await.context("Enter submitted the form")?;
            b.step("registered with the keyboard").await;
            b.goto("/").await?;
            let out = b.client.find(Locator::Css("form[action='/logout'] button")).await?;
            out.send_keys(ENTER).await?;
            b.wait_for_path("/?notice=signed-out").await.context("Enter signed out")?;
            b.goto("/login").await?;
            tab_to(b, "username").await?;
            type_focused(b, "keyboard_user").await?;
            type_focused(b, TAB).await?;
            ensure!(focus_is_visible(b).await?, "focus is visible on the password field");
            type_focused(b, "typed with keys only").await?;
            type_focused(b, ENTER).await?;
            b.wait_for_path("/account").await.context("signed in with Tab and Enter only")?;
            b.step("signed in with the keyboard").await;
            Ok(())
        })
        .await;
}

/// Who looks at a page in the audit.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Who {
    Visitor,
    Admin,
    /// `rana`, a resident of Lindenfeld who has not voted yet.
    Resident,
}

/// Every page the portal has, as a person reaches it. Later issues add their pages here.
pub(crate) const PAGES: &[(Who, &str)] = &[
    (Who::Visitor, "/"),
    (Who::Visitor, "/m/lindenfeld"),
    (Who::Visitor, "/register"),
    (Who::Visitor, "/register#errors"),
    (Who::Visitor, "/login"),
    (Who::Visitor, "/login#errors"),
    (Who::Visitor, "/recover"),
    (Who::Visitor, "/reset"),
    (Who::Visitor, "/no-such-page"),
    (Who::Admin, "/account"),
    (Who::Admin, "/account/password"),
    (Who::Admin, "/account/password#errors"),
    (Who::Admin, "/account/delete"),
    (Who::Admin, "/m/lindenfeld"),
    (Who::Admin, "/m/lindenfeld/team"),
    (Who::Admin, "/admin"),
    (Who::Admin, "/admin/municipalities/new"),
    (Who::Admin, "/admin/municipalities/new#errors"),
    (Who::Admin, "/admin/municipalities/1"),
    (Who::Admin, "/admin/users?q=a"),
    (Who::Admin, "/admin/users/1"),
    (Who::Visitor, "/m/lindenfeld/issues"),
    (Who::Visitor, "/m/lindenfeld/issues/1"),
    (Who::Admin, "/m/lindenfeld/issues/1"),
    (Who::Admin, "/m/lindenfeld/issues/new"),
    (Who::Admin, "/m/lindenfeld/issues/new#errors"),
    (Who::Admin, "/m/lindenfeld/issues/new#confirm"),
    (Who::Admin, "/m/lindenfeld/moderation"),
    (Who::Admin, "/m/lindenfeld/moderation/issues/1/redact"),
    (Who::Admin, "/m/lindenfeld/issues/4/transcribe"),
    (Who::Admin, "/m/lindenfeld/issues/4/transcribe#errors"),
    (Who::Admin, "/m/lindenfeld/audit"),
    (Who::Admin, "/account/notifications"),
    (Who::Admin, "/m/lindenfeld/translate"),
    (Who::Admin, "/m/lindenfeld/translate/1/en"),
    (Who::Visitor, "/m/lindenfeld/help"),
    (Who::Visitor, "/m/lindenfeld/issues?q=%D8%AF%D8%B1%D9%88%D8%B3&sort=answered"),
    (Who::Admin, "/m/lindenfeld/issues/1#errors=form[action$='/answers']"),
    (Who::Admin, "/m/lindenfeld/issues/1#errors=form[action$='/comments']"),
    (Who::Admin, "/m/lindenfeld/issues/3/edit"),
    (Who::Admin, "/m/lindenfeld/issues/3/edit#errors"),
    (Who::Admin, "/m/lindenfeld/translate/answer/1/en"),
    (Who::Admin, "/m/lindenfeld/translate/comment/1/en"),
    (Who::Admin, "/admin/municipalities/1/taxonomy"),
    (Who::Admin, "/admin/municipalities/1/taxonomy#errors=form:has(input[value='add-category'])"),
    (Who::Admin, "/admin/municipalities/1/services"),
    (Who::Admin, "/admin/municipalities/1/services#errors"),
    (Who::Admin, "/m/lindenfeld/moderation/comments/1/redact"),
    (Who::Admin, "/m/lindenfeld/moderation/answers/1/redact"),
    (Who::Admin, "/m/lindenfeld/moderation/answers/1/redact#errors"),
    (Who::Visitor, "/login?notice=relogin"),
    // After forwarding: the public page, the officials' list and the dashboard.
    (Who::Visitor, "/m/lindenfeld/said-did"),
    (Who::Admin, "/m/lindenfeld/said-did?status=not_answered"),
    (Who::Admin, "/m/lindenfeld/official"),
    (Who::Admin, "/m/lindenfeld/dashboard"),
    // Votes (see `prepare_ballots`): 1 a draft with texts missing, 2 an open budget vote,
    // 3 an open ranked vote, 4 a published budget vote, 5 a published ranked vote.
    (Who::Visitor, "/m/lindenfeld/ballots"),
    (Who::Admin, "/m/lindenfeld/ballots"),
    (Who::Admin, "/m/lindenfeld/ballots/new"),
    (Who::Admin, "/m/lindenfeld/ballots/new#errors"),
    (Who::Admin, "/m/lindenfeld/ballots/1/manage"),
    (Who::Admin, "/m/lindenfeld/ballots/1/manage#errors=form[action$='/open']"),
    (Who::Admin, "/m/lindenfeld/ballots/1/manage#errors=form[action$='/options']"),
    (Who::Admin, "/m/lindenfeld/ballots/1/manage#errors=form[action$='/settings']"),
    (Who::Admin, "/m/lindenfeld/ballots/1/manage#errors=form[action$='/import']"),
    (Who::Visitor, "/m/lindenfeld/ballots/2"),
    (Who::Resident, "/m/lindenfeld/ballots/2"),
    (Who::Resident, "/m/lindenfeld/ballots/3"),
    (Who::Visitor, "/m/lindenfeld/ballots/4"),
    (Who::Visitor, "/m/lindenfeld/ballots/4/results"),
    (Who::Visitor, "/m/lindenfeld/ballots/4/results#errors=form[action$='/receipt']"),
    (Who::Visitor, "/m/lindenfeld/ballots/5/results"),
    // Consultations (see `prepare_consultations`): 1 a draft with texts missing, 2 an open
    // questionnaire with every kind of question, 3 a published one with hidden cells.
    (Who::Visitor, "/m/lindenfeld/consultations"),
    (Who::Admin, "/m/lindenfeld/consultations/new"),
    (Who::Admin, "/m/lindenfeld/consultations/new#errors"),
    (Who::Admin, "/m/lindenfeld/consultations/1/manage"),
    (Who::Admin, "/m/lindenfeld/consultations/1/manage#errors=form[action$='/open']"),
    (Who::Admin, "/m/lindenfeld/consultations/1/manage#errors=form[action$='/questions']"),
    (Who::Admin, "/m/lindenfeld/consultations/1/manage#errors=form[action$='/settings']"),
    (Who::Admin, "/m/lindenfeld/consultations/1/translate/ar"),
    (Who::Admin, "/m/lindenfeld/consultations/1/translate/ar#errors"),
    (Who::Visitor, "/m/lindenfeld/consultations/2"),
    (Who::Resident, "/m/lindenfeld/consultations/2"),
    (Who::Resident, "/m/lindenfeld/consultations/2#errors=form[action$='/answer']"),
    (Who::Visitor, "/m/lindenfeld/consultations/3/results"),
    (Who::Visitor, "/m/lindenfeld/consultations/3/results?by=age"),
    (Who::Admin, "/m/lindenfeld/consultations/3/texts"),
    // 4: an open statement round with a map of two groups.
    (Who::Resident, "/m/lindenfeld/consultations/4"),
    (Who::Resident, "/m/lindenfeld/consultations/4#errors=form[action$='/statements']"),
    (Who::Visitor, "/m/lindenfeld/consultations/4/results"),
    (Who::Admin, "/m/lindenfeld/consultations/4/statements"),
    // Councils (see `prepare_councils`): `board` with current and former seats, a meeting (1)
    // with an agenda and minutes in English and Arabic; `old-board` dissolved.
    (Who::Visitor, "/m/lindenfeld/councils"),
    (Who::Visitor, "/m/lindenfeld/councils/board"),
    (Who::Visitor, "/m/lindenfeld/councils/old-board"),
    (Who::Visitor, "/m/lindenfeld/councils/board/meetings/1"),
    (Who::Admin, "/m/lindenfeld/councils/new"),
    (Who::Admin, "/m/lindenfeld/councils/new#errors"),
    (Who::Admin, "/m/lindenfeld/councils/board/manage"),
    (Who::Admin, "/m/lindenfeld/councils/board/members"),
    (Who::Admin, "/m/lindenfeld/councils/board/meetings/new"),
    (Who::Admin, "/m/lindenfeld/councils/board/meetings/new#errors"),
    (Who::Admin, "/m/lindenfeld/councils/board/meetings/1/edit"),
    (Who::Admin, "/m/lindenfeld/councils/board/meetings/1/minutes"),
    (Who::Admin, "/m/lindenfeld/councils/board/dissolve"),
    (Who::Admin, "/m/lindenfeld/councils/board/dissolve#errors"),
    // Summaries (see `prepare_summaries`): 1 a draft of `board` with one recommendation (1),
    // 2 a forwarded one whose point 2 waits for the city's answer.
    (Who::Visitor, "/m/lindenfeld/summaries"),
    (Who::Visitor, "/m/lindenfeld/summaries/2"),
    (Who::Admin, "/m/lindenfeld/summaries"),
    (Who::Admin, "/m/lindenfeld/summaries/new"),
    (Who::Admin, "/m/lindenfeld/summaries/new#errors"),
    (Who::Admin, "/m/lindenfeld/summaries/1"),
    (Who::Admin, "/m/lindenfeld/summaries/1#errors=form[action$='/recommendations']"),
    (Who::Admin, "/m/lindenfeld/summaries/1/edit"),
    (Who::Admin, "/m/lindenfeld/summaries/1/recommendations/1"),
    (Who::Admin, "/m/lindenfeld/summaries/1/recommendations/1#errors"),
    (Who::Admin, "/m/lindenfeld/official/points/2/answer"),
    (Who::Admin, "/m/lindenfeld/official/points/2/answer#errors"),
];

/// Opens a page of the table; `#errors` means "submitted empty, so every error shows"
/// (`#errors=<css>`: the form matching `<css>`, else the page's first form), and `#confirm`
/// "filled in and sent once" (the issue form's confirmation step).
pub(crate) async fn open(b: &Browser, page: &str) -> anyhow::Result<()> {
    if let Some(path) = page.strip_suffix("#confirm") {
        b.goto(path).await?;
        b.fill("title", "Evening classes for working parents").await?;
        b.fill("body", "All language courses in our district take place in the morning.").await?;
        b.client.execute("document.getElementById('theme').selectedIndex = 1", vec![]).await?;
        let send = b.client.find(Locator::Css("main form[method=post] button[type=submit]")).await?;
        b.submit_and_wait(send).await?;
        let confirm = b.client.wait().at_most(Duration::from_secs(10)).for_element(Locator::Css("input[name=confirmed]")).await;
        ensure!(confirm.is_ok(), "on the confirmation step");
        return Ok(());
    }
    let (path, form) = match page.split_once("#errors") {
        None => return b.goto(page).await,
        Some((path, "")) => (path, "main form[method=post]".to_string()),
        Some((path, css)) => (path, format!("main {}", css.trim_start_matches('='))),
    };
    b.goto(path).await?;
    let form = b.client.find(Locator::Css(&form)).await.with_context(|| format!("form {form}"))?;
    for field in form.find_all(Locator::Css("input[type=text], input[type=password], input[type=email], textarea")).await? {
        field.clear().await?;
    }
    b.submit_and_wait(form.find(Locator::Css("button[type=submit]")).await?).await
}

pub(crate) async fn axe_violations(b: &Browser, axe: &str) -> anyhow::Result<Vec<Value>> {
    b.client.execute(axe, vec![]).await.context("inject axe-core")?;
    let result = b
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
               .then(r => done(r.violations.map(v => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) }))))
               .catch(e => done([{ id: 'axe-error', help: String(e) }]));",
            vec![],
        )
        .await
        .context("run axe-core")?;
    Ok(result.as_array().cloned().unwrap_or_default())
}

pub(crate) fn axe_source() -> Option<String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/a11y/node_modules/axe-core/axe.min.js");
    match std::fs::read_to_string(&path) {
        Ok(s) => Some(s),
        Err(_) if std::env::var("CI").is_ok_and(|v| v == "true") => panic!("{} missing: .ci/run installs axe-core", path.display()),
        Err(_) => {
            eprintln!("skipping the accessibility audit: run `npm install --prefix tests/a11y`");
            None
        }
    }
}

/// A published issue in Arabic (issue 1 of Lindenfeld) and one waiting for a moderator.
pub(crate) async fn raise_published_issue(app: &TestApp) {
    let m = chorus::db::municipalities::by_slug(&app.state.db, "lindenfeld").await.expect("query").expect("municipality");
    let themes = chorus::db::themes::of_municipality(&app.state.db, m.id).await.expect("themes");
    let new = chorus::db::issues::NewIssue {
        municipality_id: m.id,
        author_id: app.user_id("city-admin").await,
        anonymous: true,
        title: "لا توجد دروس مسائية لتعليم اللغة",
        body: "كل دروس اللغة في الحي الشمالي صباحية، والأمهات العاملات لا يستطعن الحضور.",
        lang: "ar",
        theme_id: themes[0].id,
        tag_ids: &[themes.iter().find(|t| !t.is_category()).expect("a tag").id],
        neighbourhood_id: None,
        status: "published",
    };
    let mut conn = app.state.db.acquire().await.expect("connection");
    chorus::db::issues::insert(&mut conn, &new).await.expect("issue");
    // A second one waits in the moderation queue, so the queue shows its decision forms.
    let waiting = chorus::db::issues::NewIssue {
        title: "Evening classes for working parents",
        body: "All courses are in the morning.",
        lang: "en",
        status: "submitted",
        ..new
    };
    chorus::db::issues::insert(&mut conn, &waiting).await.expect("issue");
    // A third one a moderator sent back to its author (the edit form).
    let sent_back = chorus::db::issues::insert(&mut conn, &waiting).await.expect("issue");
    chorus::db::issues::request_edit(&mut *conn, sent_back).await.expect("edit request");
    // A fourth was told in a voice note by Telegram: the queue plays it, the transcript page
    // writes it down.
    let admin_user = chorus::db::users::by_id(&app.state.db, app.user_id("city-admin").await).await.expect("query").expect("admin");
    let note = chorus::services::voice::VoiceNote { bytes: b"OggS voice".to_vec(), mime: "audio/ogg".into(), duration_seconds: 9 };
    let voice = chorus::services::voice::submit(&app.state, &admin_user, &m, themes[0].id, "ar", true, &note).await.expect("voice issue");
    assert_eq!(voice, 4, "the audit's transcript page is issue 4");
    // An official answer and comments on the first one (one waits for a moderator).
    let answer = chorus::db::answers::NewAnswer {
        issue_id: 1,
        official_id: app.user_id("city-admin").await,
        body: "Die Volkshochschule startet im März zwei Abendkurse mit Kinderbetreuung.",
        lang: "de",
        department: Some("Amt für Integration"),
        expected_on: Some("2027-03-01"),
    };
    chorus::db::answers::insert(&mut conn, &answer).await.expect("answer");
    let admin = app.user_id("city-admin").await;
    chorus::db::comments::insert(&mut *conn, 1, admin, "Das betrifft auch Väter im Schichtdienst.", "de", "published")
        .await
        .expect("comment");
    chorus::db::comments::insert(&mut *conn, 1, admin, "بالضبط، نفس المشكلة عندنا.", "ar", "submitted").await.expect("comment");
}

/// The votes the audit looks at, prepared through the core as the admin: 1 a budget draft
/// with only English texts (so the list of missing texts shows), 2 an open budget vote and 3
/// an open ranked vote (rana, a resident, has not voted in them), 4 a published budget vote
/// and 5 a published ranked vote (three residents voted in each).
pub(crate) async fn prepare_ballots(app: &mut TestApp) {
    use chorus::services::ballots;
    let db = app.state.db.clone();
    let db = &db;
    let m = chorus::db::municipalities::by_slug(db, "lindenfeld").await.expect("query").expect("municipality");
    let admin = chorus::db::users::by_id(db, app.user_id("city-admin").await).await.expect("query").expect("admin");
    let at = |hours: i64| chorus::domain::ballot::format_datetime(chorus::db::now() + hours * 3600);
    let (opens, closes) = (at(-1), at(48));
    let titles = [
        ("de", "Jugendbudget 2027", "Zebrastreifen an der Schule", "Abendkurse für Eltern", "Ein Nachtbus", "Was zuerst?"),
        ("en", "Youth budget 2027", "A crossing at the school", "Evening classes for parents", "A night bus", "What first?"),
        ("ar", "ميزانية الشباب 2027", "ممر مشاة عند المدرسة", "دروس مسائية للأهل", "حافلة ليلية", "ماذا أولاً؟"),
        ("fa", "بودجه جوانان ۲۰۲۷", "خط عابر پیاده کنار مدرسه", "کلاس‌های شبانه برای والدین", "اتوبوس شبانه", "اول چه کاری؟"),
        ("uk", "Молодіжний бюджет 2027", "Перехід біля школи", "Вечірні курси для батьків", "Нічний автобус", "Що спершу?"),
    ];
    let texts = |method: &str, only_english: bool| {
        let mut f = chorus::domain::ballot::BallotForm::new();
        for t in titles.iter().filter(|t| !only_english || t.0 == "en") {
            f.insert(format!("title_{}", t.0), if method == "ranked" { t.5 } else { t.1 }.to_string());
        }
        f
    };
    let labels = |i: usize, only_english: bool, cost: &str| {
        let mut f = chorus::domain::ballot::OptionForm::new();
        for t in titles.iter().filter(|t| !only_english || t.0 == "en") {
            f.insert(format!("title_{}", t.0), [t.2, t.3, t.4][i].to_string());
        }
        f.insert("cost".into(), cost.into());
        f
    };
    let mut ids = Vec::new();
    for (method, only_english) in [("budget", true), ("budget", false), ("ranked", false), ("budget", false), ("ranked", false)] {
        let mut f = texts(method, only_english);
        for (k, v) in [("method", method), ("opens_at", opens.as_str()), ("closes_at", closes.as_str()), ("min_picks", "1")] {
            f.insert(k.into(), v.into());
        }
        if method == "budget" {
            f.insert("budget".into(), "50000".into());
        }
        let id = ballots::create(&app.state, &admin, &m, &f).await.expect("draft");
        for (i, cost) in ["12000", "30000", "25000"].into_iter().enumerate() {
            let cost = if method == "budget" { cost } else { "" };
            ballots::add_option(&app.state, &admin, &m, id, &labels(i, only_english, cost)).await.expect("option");
        }
        if !only_english {
            ballots::open(&app.state, &admin, &m, id).await.expect("open");
        }
        ids.push(id);
    }
    assert_eq!(ids, [1, 2, 3, 4, 5], "the table's addresses");
    let mut voters = Vec::new();
    for name in ["rana", "yusuf", "olena", "darius"] {
        app.new_browser();
        app.register(name, "a long sentence").await;
        app.grant(name, m.id, chorus::domain::role::Role::Resident).await;
        voters.push(chorus::db::users::by_id(db, app.user_id(name).await).await.expect("query").expect("voter"));
    }
    app.new_browser();
    type Paper<'a> = &'a [(&'a str, &'a str)];
    let papers: [(Paper, Paper); 3] = [
        (&[("pick", "0"), ("pick", "1")], &[("rank_0", "1"), ("rank_1", "2"), ("rank_2", "3")]),
        (&[("pick", "1")], &[("rank_1", "1"), ("rank_2", "2")]),
        (&[("pick", "0"), ("pick", "2")], &[("rank_2", "1"), ("rank_0", "1")]),
    ];
    // rana (voters[0]) keeps every vote open to her; the three others vote in 4 and 5.
    for (voter, (budget, ranked)) in voters[1..].iter().zip(papers) {
        for (id, paper) in [(4, budget), (5, ranked)] {
            let form: Vec<(String, String)> = paper.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
            ballots::cast::cast(&app.state, voter, &m, id, &form).await.expect("vote");
        }
    }
    for id in [4, 5] {
        crate::ballots::close(app, id).await;
        ballots::count::publish(&app.state, &admin, &m, id).await.expect("publish");
    }
}

/// The consultations the accessibility table opens (after `prepare_ballots`, whose residents
/// answer): 1 a draft in English only, 2 open, 3 published with hidden cells.
pub(crate) async fn prepare_consultations(app: &TestApp) {
    use chorus::services::consultations;
    let db = &app.state.db;
    let m = chorus::db::municipalities::by_slug(db, "lindenfeld").await.expect("query").expect("municipality");
    let admin = chorus::db::users::by_id(db, app.user_id("city-admin").await).await.expect("query").expect("admin");
    let at = |hours: i64| chorus::domain::ballot::format_datetime(chorus::db::now() + hours * 3600);
    let (opens, closes) = (at(-1), at(48));
    let langs = ["de", "en", "ar", "fa", "uk"];
    let form = |pairs: Vec<(String, String)>| pairs.into_iter().collect::<std::collections::HashMap<_, _>>();
    let questions: [(&str, &str, &str); 5] = [
        ("single", "Which matters most?", "Classes\nHousing\nWork"),
        ("multiple", "Where do you get news?", "Friends\nRadio\nCity office"),
        ("scale", "How easy are city services?", ""),
        ("ranking", "Put these in order", "Letters\nHours\nInterpreters"),
        ("text", "Anything else?", ""),
    ];
    for (i, only_english) in [true, false, false].into_iter().enumerate() {
        let chosen: Vec<&str> = langs.iter().copied().filter(|l| !only_english || *l == "en").collect();
        let mut f = vec![("kind".into(), "questionnaire".into()), ("opens_at".into(), opens.clone()), ("closes_at".into(), closes.clone())];
        f.extend([("ask_age".into(), "on".into()), ("ask_gender".into(), "on".into())]);
        for l in &chosen {
            f.push((format!("title_{l}"), format!("Integration plan {} ({l})", i + 1)));
            f.push((format!("intro_{l}"), format!("Tell the board what you think ({l}).")));
        }
        let id = consultations::create(&app.state, &admin, &m, &form(f)).await.expect("draft");
        for (kind, prompt, choices) in questions {
            let mut q = vec![("kind".into(), kind.into()), ("required".into(), if kind == "single" { "on" } else { "" }.into())];
            for l in &chosen {
                q.push((format!("prompt_{l}"), format!("{prompt} ({l})")));
                q.push((format!("choices_{l}"), choices.into()));
                q.push((format!("low_{l}"), "Hard".into()));
                q.push((format!("high_{l}"), "Easy".into()));
            }
            consultations::add_question(&app.state, &admin, &m, id, &form(q)).await.expect("question");
        }
        if !only_english {
            consultations::open(&app.state, &admin, &m, id).await.expect("open");
        }
    }
    // Five residents answer 3 (four of them 26–35, one over 65: that cell is hidden).
    let names = ["rana", "yusuf", "olena", "darius"];
    let mut people = Vec::new();
    for name in names {
        people.push(chorus::db::users::by_id(db, app.user_id(name).await).await.expect("query").expect("resident"));
    }
    chorus::db::roles::grant(db, admin.id, m.id, chorus::domain::role::Role::Resident, None).await.expect("grant");
    people.push(admin.clone());
    let first: i64 = sqlx::query_scalar("SELECT MIN(id) FROM questions WHERE consultation_id = 3").fetch_one(db).await.expect("q");
    for (i, p) in people.iter().enumerate() {
        let age = if i == 4 { "over-65" } else { "26-35" };
        let answers = vec![(format!("q{first}"), (i % 2).to_string()), ("d_age".to_string(), age.to_string())];
        consultations::answer::respond(&app.state, p, &m, 3, "en", &answers, chorus::domain::response::Intent::Submit)
            .await
            .expect("answer");
    }
    consultations::results::close_now(&app.state, &admin, &m, 3).await.expect("close");
    consultations::results::publish(&app.state, &admin, &m, 3).await.expect("publish");
    // 4: a statement round, two camps of 12 generated residents, its map computed.
    let mut f = vec![("kind".into(), "statements".into()), ("opens_at".into(), opens.clone()), ("closes_at".into(), closes.clone())];
    f.push(("open_statements".into(), "on".into()));
    for l in &langs {
        f.push((format!("title_{l}"), format!("What would help most? ({l})")));
    }
    let round = consultations::create(&app.state, &admin, &m, &form(f)).await.expect("round");
    let bodies = [
        "Letters in my language",
        "Friendly staff",
        "Evening opening hours",
        "Appointments online",
        "No online forms",
        "Keep the counters",
    ];
    let mut ids = Vec::new();
    for b in bodies {
        ids.push(consultations::statements::add(&app.state, &admin, &m, round, b, "en").await.expect("statement").0);
    }
    consultations::open(&app.state, &admin, &m, round).await.expect("open round");
    for (i, p) in crate::consultations::residents(app, m.id, "camp", 24).await.iter().enumerate() {
        for (k, s) in ids.iter().enumerate() {
            let vote = if k < 2 || (k < 4) == (i % 2 == 0) { "agree" } else { "disagree" };
            consultations::statements::react(&app.state, p, &m, round, *s, vote).await.expect("react");
        }
    }
    consultations::map::analyse_due(&app.state).await.expect("map");
}

/// The councils the accessibility table opens: `board` with a named chair, a co-chair shown
/// by the role only and a former member, meeting 1 with an agenda and minutes in English and
/// Arabic; `old-board`, dissolved.
pub(crate) async fn prepare_councils(app: &TestApp) {
    use chorus::{domain::council, services::councils};
    let db = &app.state.db;
    let m = chorus::db::municipalities::by_slug(db, "lindenfeld").await.expect("query").expect("municipality");
    let admin = chorus::db::users::by_id(db, app.user_id("city-admin").await).await.expect("query").expect("admin");
    let mut made = Vec::new();
    for slug in ["board", "old-board"] {
        let form = council::CouncilForm {
            name: "Migrant Advisory Board".into(),
            slug: slug.into(),
            composition: "delegates".into(),
            description: "Delegates of the migrant associations.".into(),
            lang: "en".into(),
        };
        made.push(councils::create(&app.state, &admin, &m, &form).await.expect("council"));
    }
    let seats =
        [("chair", "Amal Haddad", "2026-01-01", ""), ("co_chair", "", "2026-01-01", ""), ("member", "Olga", "2020-01-01", "2021-01-01")];
    for (role, name, start, end) in seats {
        let form = council::MemberForm {
            role: role.into(),
            display_name: name.into(),
            affiliation: "Lindenfeld".into(),
            term_start: start.into(),
            term_end: end.into(),
            ..Default::default()
        };
        councils::members::add(&app.state, &admin, &made[0], &form).await.expect("seat");
    }
    let meeting = [("date", "2027-01-01"), ("time", "18:00"), ("place", "Town hall"), ("item_kind_0", "free"), ("item_title_0", "Welcome")];
    let meeting = meeting.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    let id = councils::meetings::create(&app.state, &admin, &m, &made[0], &meeting).await.expect("meeting");
    for (lang, body) in [("en", "We agreed to meet monthly."), ("ar", "اتفقنا على الاجتماع شهريًا.")] {
        let form = council::MinutesForm { lang: lang.into(), body: body.into() };
        councils::meetings::write_minutes(&app.state, &admin, &made[0], id, &form).await.expect("minutes");
    }
    councils::dissolve(&app.state, &admin, &made[1], "Merged into the board.").await.expect("dissolve");
}

/// A draft summary (1) of `board` with a recommendation (1) on issue 1, and a forwarded one (2)
/// with a point (2) waiting for the city's answer.
pub(crate) async fn prepare_summaries(app: &TestApp) {
    let db = &app.state.db;
    let m = chorus::db::municipalities::by_slug(db, "lindenfeld").await.expect("query").expect("municipality");
    let admin = chorus::db::users::by_id(db, app.user_id("city-admin").await).await.expect("query").expect("admin");
    let form = [("council", "board"), ("title", "Language classes"), ("lang", "en"), ("from", "2026-01-01"), ("to", "2026-06-30")];
    let form = form.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    let id = chorus::services::summaries::create(&app.state, &admin, &m, &form).await.expect("summary");
    let form = [("title", "Evening classes"), ("body", "Offer evening language classes with childcare."), ("lang", "en"), ("issues", "1")];
    let form = form.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    chorus::services::summaries::recommendations::add(&app.state, &admin, &m, id, &form).await.expect("recommendation");
    crate::official::forwarded(app, m.id, 3, &[("Night buses to the north", None, &[("issue", 1)])]).await;
}

#[tokio::test]
pub(crate) async fn every_page_passes_the_wcag_2_1_aa_audit_in_english_and_arabic() {
    let Some(axe) = axe_source() else { return };
    let Some((mut app, browser)) = app_and_browser("axe").await else { return };
    app.create_admin("city-admin", "admin sentence here").await;
    raise_published_issue(&app).await;
    prepare_ballots(&mut app).await;
    prepare_consultations(&app).await;
    prepare_councils(&app).await;
    prepare_summaries(&app).await;
    browser
        .run(async |b: &mut Browser| {
            let mut report = Vec::new();
            for who in [Who::Visitor, Who::Admin, Who::Resident] {
                if who != Who::Visitor {
                    b.client.delete_all_cookies().await.context("forget the last person")?;
                }
                if who == Who::Admin {
                    b.goto("/login").await?;
                    b.fill("username", "city-admin").await?;
                    b.fill("password", "admin sentence here").await?;
                    b.click("form[action='/login'] button[type=submit]").await?;
                    b.wait_for_path("/account").await.context("the admin is signed in")?;
                }
                if who == Who::Resident {
                    sign_in(b, "rana").await?;
                }
                for lang in ["en", "ar"] {
                    b.goto("/").await?;
                    b.switch_language(lang).await?;
                    for (_, page) in PAGES.iter().filter(|(w, _)| *w == who) {
                        open(b, page).await.with_context(|| format!("open {page}"))?;
                        ensure!(b.lang_dir().await?.0 == lang, "{page} is in {lang}");
                        for v in axe_violations(b, &axe).await? {
                            report.push(format!("{lang} {page}: {v}"));
                        }
                    }
                }
            }
            if !report.is_empty() {
                b.step("last page audited").await;
                return Err(anyhow!("WCAG 2.1 A/AA violations:\n{}", report.join("\n")));
            }
            Ok(())
        })
        .await;
}

/// Signs in through the login form.
pub(crate) async fn sign_in(b: &Browser, username: &str) -> anyhow::Result<()> {
    b.goto("/login").await?;
    b.fill("username", username).await?;
    b.fill("password", "a long sentence").await?;
    b.click("form[action='/login'] button[type=submit]").await?;
    b.wait_for_path("/account").await.with_context(|| format!("{username} is signed in"))
}

/// Signs out with the button in the header.
pub(crate) async fn sign_out(b: &Browser) -> anyhow::Result<()> {
    b.click("form[action='/logout'] button").await?;
    b.wait_for_path("/?notice=signed-out").await
}

/// Clicks the submit button of the form matching `css` and waits for the answer.
pub(crate) async fn send(b: &Browser, css: &str) -> anyhow::Result<()> {
    let button = b.client.find(Locator::Css(&format!("{css} button[type=submit]"))).await.with_context(|| format!("form {css}"))?;
    b.submit_and_wait(button).await
}

/// The `lang` and `dir` of the first element matching `css`.
pub(crate) async fn lang_dir_of(b: &Browser, css: &str) -> anyhow::Result<(String, String)> {
    let el = b.client.find(Locator::Css(css)).await.with_context(|| format!("find {css}"))?;
    Ok((el.attr("lang").await?.unwrap_or_default(), el.attr("dir").await?.unwrap_or_default()))
}

#[tokio::test]
pub(crate) async fn an_issue_goes_from_persian_submission_to_a_german_official_answer() {
    let Some((app, browser)) = app_and_browser("participation").await else { return };
    let m = chorus::db::municipalities::by_slug(&app.state.db, "lindenfeld").await.expect("query").expect("municipality").id;
    let mut app = app;
    for (name, role) in [
        ("reza", None),
        ("sofia", Some(chorus::domain::role::Role::Moderator)),
        ("tomas", Some(chorus::domain::role::Role::Translator)),
        ("karim", None),
        ("olga", Some(chorus::domain::role::Role::Official)),
    ] {
        app.new_browser();
        app.register(name, "a long sentence").await;
        if let Some(role) = role {
            app.grant(name, m, role).await;
        }
    }
    browser
        .run(async |b: &mut Browser| {
            // Reza raises an issue in Persian, with the interface in Persian (right to left).
            sign_in(b, "reza").await?;
            b.switch_language("fa").await?;
            b.goto("/m/lindenfeld/issues/new").await?;
            ensure!(b.lang_dir().await? == ("fa".into(), "rtl".into()), "the form is in Persian, right to left");
            b.fill("title", "در مراکز درمانی مترجم وجود ندارد").await?;
            b.fill("body", "وقتی به پزشک می‌روم باید فرزندم را برای ترجمه ببرم و او از مدرسه غیبت می‌کند.").await?;
            b.client.execute("document.getElementById('theme').selectedIndex = 5", vec![]).await?;
            send(b, "main form[action='/m/lindenfeld/issues']").await?;
            b.step("language confirmation").await;
            let detected = b.client.find(Locator::Css("#lang option[selected]")).await?.attr("value").await?;
            ensure!(detected.as_deref() == Some("fa"), "Persian is detected: {detected:?}");
            send(b, "main form[action='/m/lindenfeld/issues']").await?;
            b.wait_for_path("/m/lindenfeld/issues/").await?;
            let issue_path = b.path().await?.split('?').next().unwrap_or_default().to_string();
            ensure!(b.client.find(Locator::Css("p.notice[role=status]")).await.is_ok(), "the author is told it waits for a moderator");
            sign_out(b).await?;

            // Sofia publishes it from the moderation queue (in English).
            sign_in(b, "sofia").await?;
            b.switch_language("en").await?;
            b.goto("/m/lindenfeld/moderation").await?;
            ensure!(lang_dir_of(b, ".queue-item h3 a").await? == ("fa".into(), "rtl".into()), "the original keeps its own direction");
            send(b, ".queue-item form:has(input[value='publish'])").await?;
            b.step("published").await;
            sign_out(b).await?;

            // Tomas translates it into German side by side.
            sign_in(b, "tomas").await?;
            b.switch_language("de").await?;
            b.goto("/m/lindenfeld/translate").await?;
            b.click("a[href$='/de']").await?;
            b.wait_for_path("/m/lindenfeld/translate/issue/").await?;
            b.fill("title", "In Gesundheitszentren gibt es keine Dolmetscher").await?;
            b.fill("body", "Wenn ich zum Arzt gehe, muss ich mein Kind zum Übersetzen mitnehmen, und es fehlt in der Schule.").await?;
            send(b, "main form[method=post]").await?;
            sign_out(b).await?;

            // Karim reads it in German, marked as a volunteer's translation, and supports it.
            sign_in(b, "karim").await?;
            b.switch_language("de").await?;
            b.goto(&issue_path).await?;
            ensure!(b.text_of_css("article h1").await? == "In Gesundheitszentren gibt es keine Dolmetscher", "the German translation");
            ensure!(lang_dir_of(b, "article h1").await? == ("de".into(), "ltr".into()), "translated text carries its language");
            ensure!(b.client.find(Locator::Css("p.translated a[href$='?original=1']")).await.is_ok(), "a show-original switch");
            send(b, "form[action$='/support']").await?;
            ensure!(b.text_of_css("#support-h").await?.contains('1'), "one supporter");
            b.step("supported").await;
            sign_out(b).await?;

            // Olga, an official, answers in German with a department and a date.
            sign_in(b, "olga").await?;
            b.switch_language("de").await?;
            b.goto(&issue_path).await?;
            b.fill("answer-body", "Ab Januar bietet die Stadt kostenloses Telefondolmetschen in allen Gesundheitszentren an.").await?;
            b.fill("answer-department", "Gesundheitsamt").await?;
            b.client.execute("document.getElementById('answer-expected_on').value = '2027-01-15'", vec![]).await?;
            send(b, "form[action$='/answers']").await?;
            b.step("answered").await;
            ensure!(b.text_of_css(".answer .body-text").await?.contains("Telefondolmetschen"), "the answer is shown");
            sign_out(b).await?;

            // Reza, in Persian, is told and reads the answer (German, left to right, in an RTL page).
            sign_in(b, "reza").await?;
            b.goto("/account/notifications").await?;
            ensure!(b.lang_dir().await? == ("fa".into(), "rtl".into()), "Reza's language was kept");
            b.click(&format!("a[href='{issue_path}']")).await?;
            b.wait_for_path(&issue_path).await?;
            ensure!(lang_dir_of(b, ".answer .body-text").await? == ("de".into(), "ltr".into()), "the German answer keeps its direction");
            ensure!(lang_dir_of(b, "article h1").await? == ("fa".into(), "rtl".into()), "his own text in Persian");
            b.step("the author reads the answer").await;
            Ok(())
        })
        .await;
}
