//! The feedback loop in a real browser, from an issue to its answer: the council's
//! secretariat (in English) writes a summary whose recommendation draws on a resident's issue,
//! a member comments in review, the chair (in Arabic, right to left) approves and forwards it,
//! an official answers with an owner and a deadline and reports it done; the resident who
//! raised the issue reads the public "You said, we did" page and their notifications in
//! Arabic, and a supporter who uses Telegram is told in German in the fake bot's chat.

use anyhow::{Context as _, ensure};

use crate::{
    bot::{Person, chat_user},
    browser::*,
    browser_votes::audit_here,
    fake_telegram::FakeTelegram,
    helpers::{Db, TestApp},
};

const TITLE: &str = "Evening language classes in the north";
const ISSUE: &str = "لا توجد دروس مسائية لتعليم اللغة";

/// Lindenfeld with a council (`chair`, `member` and `secretary` seats), an official, the
/// resident `rana` whose published issue (1) the Telegram user `anna` supports.
async fn town(app: &mut TestApp, fake: &FakeTelegram) -> anyhow::Result<()> {
    let m = app.create_municipality("lindenfeld", &["de", "en", "ar", "fa", "uk"], "de").await;
    let now = chorus::db::now();
    let council: i64 = sqlx::query_scalar(
        "INSERT INTO councils (municipality_id, slug, name, composition, lang, created_at) VALUES ($1, 'board', 'Migrant Advisory Board', 'delegates', 'en', $2) RETURNING id",
    )
    .bind(m)
    .bind(now)
    .fetch_one(&app.state.db)
    .await?;
    for (name, seat, role) in [
        ("chair", Some("chair"), chorus::domain::role::Role::Resident),
        ("member", Some("member"), chorus::domain::role::Role::Resident),
        ("secretary", Some("secretariat"), chorus::domain::role::Role::Resident),
        ("ola", None, chorus::domain::role::Role::Official),
        ("rana", None, chorus::domain::role::Role::Resident),
    ] {
        app.new_browser();
        app.register(name, "a long sentence").await;
        app.grant(name, m, role).await;
        if let Some(seat) = seat {
            sqlx::query("INSERT INTO council_members (council_id, user_id, role, display_name, term_start, created_at) VALUES ($1, $2, $3, $4, $5, $5)")
                .bind(council)
                .bind(app.user_id(name).await)
                .bind(seat)
                .bind(name)
                .bind(now - 86_400)
                .execute(&app.state.db)
                .await?;
        }
    }
    let theme = chorus::db::themes::of_municipality(&app.state.db, m).await?[0].id;
    let new = chorus::db::issues::NewIssue {
        municipality_id: m,
        author_id: app.user_id("rana").await,
        anonymous: true,
        title: ISSUE,
        body: "كل دروس اللغة في الحي الشمالي صباحية، والأمهات العاملات لا يستطعن الحضور.",
        lang: "ar",
        theme_id: theme,
        tag_ids: &[],
        neighbourhood_id: None,
        status: "published",
    };
    let issue = chorus::db::issues::insert(&mut *app.state.db.acquire().await?, &new).await?;
    let anna = Person::new(fake, 7301, "de");
    anna.start("lindenfeld").await;
    sqlx::query("INSERT INTO supports (issue_id, user_id, created_at) VALUES ($1, $2, $3)")
        .bind(issue)
        .bind(chat_user(app, 7301).await)
        .bind(now)
        .execute(&app.state.db)
        .await?;
    Ok(())
}

/// Sets a date field by script: what a date picker would type depends on the browser's locale.
async fn set_date(b: &Browser, id: &str, value: &str) -> anyhow::Result<()> {
    b.client.execute(&format!("document.getElementById('{id}').value = '{value}';"), vec![]).await.context("set a date")?;
    Ok(())
}

async fn press(b: &Browser, action_suffix: &str) -> anyhow::Result<()> {
    let button = b
        .client
        .find(fantoccini::Locator::Css(&format!("form[action$='{action_suffix}'] button")))
        .await
        .with_context(|| format!("the {action_suffix} button"))?;
    b.submit_and_wait(button).await
}

#[tokio::test]
pub(crate) async fn an_issue_goes_through_a_council_summary_to_an_answer_and_back_to_the_people_who_raised_it() {
    let fake = FakeTelegram::start().await;
    let url = fake.api_url();
    let settings = [("TELOXIDE_TOKEN", FakeTelegram::TOKEN), ("TELOXIDE_API_URL", url.as_str()), ("CHORUS_BOT_OUTBOX_INTERVAL_MS", "50")];
    let mut app = TestApp::spawn_with(Db::Sqlite, &settings).await.expect("app");
    town(&mut app, &fake).await.expect("the town");
    let Some(browser) = Browser::start("summary-journey", app.url("")).await else { return };
    let axe = axe_source();
    browser
        .run(async |b: &mut Browser| {
            // The secretariat writes the summary in English.
            sign_in(b, "secretary").await?;
            b.switch_language("en").await?;
            b.goto("/m/lindenfeld/summaries/new").await?;
            b.fill("title", "Language classes, autumn").await?;
            press(b, "/m/lindenfeld/summaries").await?;
            let at = b.path().await?;
            ensure!(at.starts_with("/m/lindenfeld/summaries/"), "the new summary opens: {at}");
            b.step("the draft").await;
            b.fill("title", TITLE).await?;
            b.fill("body", "Offer German courses after 6 pm in the north, with childcare during the lessons.").await?;
            b.fill("issues", "1").await?;
            press(b, "/recommendations").await?;
            ensure!(b.client.source().await?.contains(TITLE), "the recommendation is listed");
            audit_here(b, axe.as_deref(), "the draft summary").await?;
            press(b, "/submit").await?;
            ensure!(b.text("workflow-status").await?.contains("In review"), "in review");
            sign_out(b).await?;

            // A member comments; the chair approves and forwards, in Arabic.
            sign_in(b, "member").await?;
            b.goto(&at).await?;
            b.fill("comment-body", "Please mention the childcare.").await?;
            press(b, "/comments").await?;
            sign_out(b).await?;
            sign_in(b, "chair").await?;
            b.switch_language("ar").await?;
            b.goto(&at).await?;
            ensure!(b.lang_dir().await? == ("ar".to_string(), "rtl".to_string()), "the chair's page is Arabic, right to left");
            ensure!(b.client.source().await?.contains("Please mention the childcare."), "the chair reads the comment");
            b.step("the chair's page").await;
            press(b, "/approve").await?;
            press(b, "/forward").await?;
            audit_here(b, axe.as_deref(), "the forwarded summary in Arabic").await?;
            sign_out(b).await?;

            // The official answers and later reports it done.
            sign_in(b, "ola").await?;
            b.switch_language("en").await?;
            b.goto("/m/lindenfeld/official").await?;
            ensure!(b.client.source().await?.contains(TITLE), "the official sees the recommendation");
            let point: i64 = sqlx::query_scalar("SELECT point_id FROM recommendations").fetch_one(&app.state.db).await?;
            b.goto(&format!("/m/lindenfeld/official/points/{point}/answer")).await?;
            b.click("input[name='decision'][value='accepted']").await?;
            b.fill("reason", "Two schools will offer evening courses from January.").await?;
            b.fill("department", "Adult education").await?;
            b.fill("owner_role", "Head of adult education").await?;
            set_date(b, "deadline", &chorus::domain::summary::format_day(chorus::db::now() + 60 * 86_400)).await?;
            press(b, "/answer").await?;
            b.step("answered").await;
            b.goto(&format!("/m/lindenfeld/official/points/{point}/progress")).await?;
            b.click("input[name='state'][value='done']").await?;
            b.fill("body", "The first evening course started with 18 participants.").await?;
            press(b, "/progress").await?;
            sign_out(b).await?;

            // The resident who raised it reads the answer and her notifications, in Arabic.
            sign_in(b, "rana").await?;
            b.switch_language("ar").await?;
            b.goto("/m/lindenfeld/said-did").await?;
            ensure!(b.lang_dir().await? == ("ar".to_string(), "rtl".to_string()), "said-did in Arabic is right to left");
            let page = b.client.source().await?;
            for text in [TITLE, "Two schools will offer evening courses from January.", "Head of adult education", "/m/lindenfeld/issues/1"]
            {
                ensure!(page.contains(text), "said-did shows {text:?}");
            }
            ensure!(!page.contains("ola"), "the owner is shown as a role, never the official's name");
            b.step("you said, we did").await;
            audit_here(b, axe.as_deref(), "said-did in Arabic").await?;
            b.goto("/account/notifications").await?;
            let tr = chorus::i18n::catalog().tr("ar");
            let page = b.client.source().await?.replace(['\u{2068}', '\u{2069}'], "");
            ensure!(page.contains(&format!("#point-{point}")), "the notification links to the answer");
            ensure!(page.contains(&tr.t("official-notice-done")) || page.contains(TITLE), "the notice is there");
            b.step("notifications").await;
            Ok(())
        })
        .await;
    // The supporter who uses Telegram is told in German, once for the answer and once when done.
    let de = chorus::i18n::catalog().tr("de");
    let anna = Person::new(&fake, 7301, "de");
    anna.expect_after(0, &de.t1("bot-notice-summary-answered", "title", TITLE)).await;
    anna.expect_after(0, &de.t1("bot-notice-summary-done", "title", TITLE)).await;
    let told = app.count("SELECT COUNT(*) FROM notifications WHERE kind = 'summary' AND status = 'answered'").await;
    assert_eq!(told, 2, "the author and the supporter, once each");
}
