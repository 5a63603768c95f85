//! The Telegram bot through its real HTTP conversation with a fake Bot API
//! (`fake_telegram`): the real app, its dispatcher and outbox, on SQLite and PostgreSQL, in
//! German and Arabic.

use std::time::Duration;

use chorus::domain::role::Role;
use serde_json::Value;

use crate::{
    fake_telegram::{self as tg, FakeTelegram, Fault},
    helpers::{Db, TestApp},
};

/// Runs each scenario `async fn name(app: TestApp, fake: FakeTelegram)` on both databases,
/// with a bot configured against a fresh fake Bot API (and extra settings before a `;`).
/// The other bot test files use it too (`#[macro_use]` in tests/main.rs).
macro_rules! with_bot {
    ($settings:expr; $($name:ident),* $(,)?) => {$(
        mod $name {
            #[tokio::test]
            async fn sqlite() {
                if let Some((app, fake)) = crate::bot::spawn(crate::helpers::Db::Sqlite, &$settings).await {
                    super::$name(app, fake).await;
                }
            }
            #[tokio::test]
            async fn postgres() {
                if let Some((app, fake)) = crate::bot::spawn(crate::helpers::Db::Postgres, &$settings).await {
                    super::$name(app, fake).await;
                }
            }
        }
    )*};
    ($($name:ident),* $(,)?) => { with_bot!([]; $($name),*); };
}

with_bot!(
    a_new_chat_chooses_its_language_and_municipality,
    an_issue_raised_by_telegram_reaches_the_moderators_and_the_decision_reaches_the_chat,
    similar_issues_can_be_supported_instead,
    an_update_delivered_twice_is_handled_once,
    unexpected_input_gets_a_short_answer_and_the_dialogue_stays,
    the_portal_links_an_issue_to_the_bot_and_the_link_supports_it,
    notifications_can_be_turned_off_by_kind,
    a_person_can_export_and_delete_their_data,
    the_menu_is_published_in_every_language,
    arabic_messages_isolate_names_and_numbers,
);

with_bot!(notifications_wait_out_429_and_stop_for_blocked_chats, notifications_are_paced_per_chat);

pub async fn spawn(db: Db, extra: &[(&str, &str)]) -> Option<(TestApp, FakeTelegram)> {
    let fake = FakeTelegram::start().await;
    let url = fake.api_url();
    let mut settings =
        vec![("TELOXIDE_TOKEN", FakeTelegram::TOKEN), ("TELOXIDE_API_URL", url.as_str()), ("CHORUS_BOT_OUTBOX_INTERVAL_MS", "50")];
    settings.extend_from_slice(extra);
    let app = TestApp::spawn_with(db, &settings).await?;
    Some((app, fake))
}

pub const WAIT: Duration = Duration::from_secs(15);

/// A person in a private chat with the bot.
pub struct Person<'a> {
    pub fake: &'a FakeTelegram,
    pub chat: i64,
    pub lang: &'static str,
}

impl<'a> Person<'a> {
    pub fn new(fake: &'a FakeTelegram, chat: i64, lang: &'static str) -> Self {
        Self { fake, chat, lang }
    }

    fn seen(&self) -> usize {
        self.fake.sent(self.chat).len()
    }

    /// Waits for a message after the first `after` that contains `needle`.
    pub async fn expect_after(&self, after: usize, needle: &str) -> tg::Sent {
        let deadline = tokio::time::Instant::now() + WAIT;
        loop {
            let sent = self.fake.sent(self.chat);
            if let Some(s) = sent.iter().skip(after).find(|s| s.text.contains(needle)) {
                return s.clone();
            }
            if tokio::time::Instant::now() > deadline {
                let got: Vec<&str> = sent.iter().skip(after).map(|s| s.text.as_str()).collect();
                panic!("chat {} did not receive {needle:?}; it received {got:#?}", self.chat);
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// Sends a text and waits for an answer containing `needle`.
    pub async fn say(&self, text: &str, needle: &str) -> tg::Sent {
        let before = self.seen();
        self.fake.push(tg::text(self.chat, text, Some(self.lang)));
        self.expect_after(before, needle).await
    }

    /// Presses the button with `data` on message `message_id` and waits for `needle`.
    pub async fn press(&self, data: &str, message_id: i64, needle: &str) -> tg::Sent {
        let before = self.seen();
        self.fake.push(tg::callback(self.chat, data, message_id));
        self.expect_after(before, needle).await
    }

    /// Presses the button labelled `label` (or with that data) in `message`.
    pub async fn press_in(&self, message: &tg::Sent, label: &str, needle: &str) -> tg::Sent {
        let data = button(message, label);
        self.press(&data, message.message_id, needle).await
    }

    /// Sends `/start`, picks the language and the municipality.
    pub async fn start(&self, municipality: &str) {
        let languages = self.say("/start", &t(self.lang, "bot-choose-language")).await;
        let towns = self.press(&format!("lang:{}", self.lang), languages.message_id, &t(self.lang, "bot-choose-municipality")).await;
        self.press_in(&towns, municipality, &t(self.lang, "bot-menu-intro")).await;
    }

    /// Waits for the answer `id` (a message without placeables) after the first `after`.
    pub async fn expect_id(&self, after: usize, id: &str) -> tg::Sent {
        self.expect_after(after, &t(self.lang, id)).await
    }
}

/// Message `id` in `lang`.
pub fn t(lang: &str, id: &str) -> String {
    chorus::i18n::catalog().tr(lang).t(id)
}

/// The question for an issue's topic in Lindenfeld.
pub fn themes_prompt(lang: &str) -> String {
    chorus::i18n::catalog().tr(lang).t1("bot-issue-choose-theme", "municipality", "lindenfeld")
}

/// The data of the button labelled (or with data) `label`.
pub fn button(message: &tg::Sent, label: &str) -> String {
    message
        .buttons
        .iter()
        .find(|(text, data)| text.contains(label) || data == label)
        .map(|(_, data)| data.clone())
        .unwrap_or_else(|| panic!("no button {label:?} in {:?}", message.buttons))
}

/// Lindenfeld (pre-moderation, German and English) and its first category.
pub async fn town(app: &TestApp) -> (i64, i64, String) {
    let m = app.create_municipality("lindenfeld", &["de", "en", "ar"], "de").await;
    let theme = chorus::db::themes::of_municipality(&app.state.db, m).await.expect("themes")[0].clone();
    let name = theme.name(&chorus::i18n::catalog().tr("de"));
    (m, theme.id, name)
}

pub async fn chat_user(app: &TestApp, chat: i64) -> i64 {
    sqlx::query_scalar("SELECT user_id FROM bot_chats WHERE chat_id = $1").bind(chat).fetch_one(&app.state.db).await.expect("a bot chat")
}

async fn a_new_chat_chooses_its_language_and_municipality(app: TestApp, fake: FakeTelegram) {
    let (m, _, _) = town(&app).await;
    let anna = Person::new(&fake, 1001, "de");
    let languages = anna.say("/start", &t("de", "bot-choose-language")).await;
    assert!(
        languages.buttons.iter().any(|(t, d)| t == "✓ Deutsch" && d == "lang:de"),
        "Telegram's language is preselected: {:?}",
        languages.buttons
    );
    assert_eq!(languages.buttons.len(), 14, "every shipped language");
    let towns = anna.press("lang:de", languages.message_id, &t("de", "bot-choose-municipality")).await;
    let menu_before = fake.sent(1001).len();
    anna.press_in(&towns, "lindenfeld", "lindenfeld").await;
    anna.expect_id(menu_before, "bot-menu-intro").await;

    let (lang, municipality): (String, Option<i64>) =
        sqlx::query_as("SELECT lang, municipality_id FROM bot_chats WHERE chat_id = 1001").fetch_one(&app.state.db).await.expect("chat");
    assert_eq!((lang.as_str(), municipality), ("de", Some(m)));
    let user = chat_user(&app, 1001).await;
    let (name, password, email): (String, String, Option<String>) =
        sqlx::query_as("SELECT username, password_hash, email FROM users WHERE id = $1")
            .bind(user)
            .fetch_one(&app.state.db)
            .await
            .expect("user");
    assert!(name.starts_with("tg-") && !name.contains("Test"), "a pseudonym, not the Telegram name: {name}");
    assert!(email.is_none() && !password.starts_with("$argon2"), "no email, no password");
    let resident =
        app.count(&format!("SELECT COUNT(*) FROM roles WHERE user_id = {user} AND role = 'resident' AND municipality_id = {m}")).await;
    assert_eq!(resident, 1, "choosing a municipality joins it");
    // A Telegram account cannot be signed in to on the web.
    app.post("/login", &[("username", &name), ("password", "!telegram")]).await;
    assert!(!app.get("/account").await.body.contains(&name));
}

async fn raise(person: &Person<'_>, theme: &str, title: &str, body: &str) -> tg::Sent {
    let tr = chorus::i18n::catalog().tr(person.lang);
    let themes = person.say("/new", &tr.t1("bot-issue-choose-theme", "municipality", "lindenfeld")).await;
    person.press_in(&themes, theme, &tr.t("bot-issue-ask-title")).await;
    person.say(title, &tr.t("bot-issue-ask-body")).await;
    person.say(body, title).await
}

async fn an_issue_raised_by_telegram_reaches_the_moderators_and_the_decision_reaches_the_chat(mut app: TestApp, fake: FakeTelegram) {
    let (m, _, theme) = town(&app).await;
    let anna = Person::new(&fake, 1002, "de");
    anna.start("lindenfeld").await;
    let title = "Deutschkurse am Abend";
    let body = "Viele von uns arbeiten tagsüber; wir brauchen Deutschkurse am Abend in der Stadtbibliothek.";
    let confirm = raise(&anna, &theme, title, body).await;
    assert!(confirm.text.contains("Deutsch"), "the detected language is shown: {}", confirm.text);
    let done = anna.press_in(&confirm, "issue:post", "").await;
    let id: i64 = app.count(&format!("SELECT MAX(id) FROM issues WHERE municipality_id = {m}")).await;
    assert_eq!(done.text, chorus::i18n::catalog().tr("de").t1("bot-issue-submitted", "id", id));
    assert_eq!(done.method, "editMessageText", "the confirmation screen becomes the receipt");

    app.register("sofia", "a long sentence").await;
    app.grant("sofia", m, Role::Moderator).await;
    app.get("/m/lindenfeld/moderation").await.assert_contains(title).assert_contains(body);
    let before = fake.sent(1002).len();
    app.post(&format!("/m/lindenfeld/moderation/issues/{id}"), &[("action", "publish")]).await;
    let notice = anna.expect_after(before, &t("de", "status-published")).await;
    assert!(notice.text.contains(title), "{}", notice.text);
    assert!(notice.buttons.iter().any(|(_, url)| url.ends_with(&format!("/m/lindenfeld/issues/{id}"))), "{:?}", notice.buttons);
    // Marked right after Telegram took it.
    let mut delivered = 0;
    for _ in 0..100 {
        delivered = app.count("SELECT COUNT(*) FROM notifications WHERE delivered_at IS NOT NULL AND delivered_at > 0").await;
        if delivered > 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(delivered, 1, "delivered once and marked");
    app.new_browser();
    app.get(&format!("/m/lindenfeld/issues/{id}")).await.assert_contains(title);
}

async fn similar_issues_can_be_supported_instead(app: TestApp, fake: FakeTelegram) {
    let (m, theme_id, theme) = town(&app).await;
    app.register("amina", "a long sentence").await;
    let existing = chorus::db::issues::NewIssue {
        municipality_id: m,
        author_id: app.user_id("amina").await,
        anonymous: false,
        title: "Deutschkurse am Abend fehlen",
        body: "Es gibt keine Deutschkurse nach der Arbeit in unserem Viertel.",
        lang: "de",
        theme_id,
        tag_ids: &[],
        neighbourhood_id: None,
        status: "published",
    };
    let id = chorus::db::issues::insert(&mut app.state.db.acquire().await.expect("conn"), &existing).await.expect("issue");
    let anna = Person::new(&fake, 1003, "de");
    anna.start("lindenfeld").await;
    let themes = anna.say("/new", &themes_prompt("de")).await;
    anna.press_in(&themes, &theme, &t("de", "bot-issue-ask-title")).await;
    anna.say("Deutschkurse am Abend bitte", &t("de", "bot-issue-ask-body")).await;
    let before = fake.sent(1003).len();
    fake.push(tg::text(1003, "Wir brauchen Deutschkurse am Abend, weil wir tagsüber arbeiten.", Some("de")));
    let similar = anna.expect_after(before, "Deutschkurse am Abend fehlen").await;
    anna.press_in(&similar, &format!("sup:{id}"), "Deutschkurse am Abend fehlen").await;
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM supports WHERE issue_id = {id}")).await, 1);
    // The draft is still there: the confirmation screen works.
    let confirm = anna.expect_after(before, "Deutschkurse am Abend bitte").await;
    anna.press_in(&confirm, "issue:cancel", &t("de", "bot-issue-cancelled")).await;
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM issues WHERE municipality_id = {m}")).await, 1);
}

async fn an_update_delivered_twice_is_handled_once(app: TestApp, fake: FakeTelegram) {
    town(&app).await;
    let update = tg::with_id(tg::text(1004, "/help", Some("de")), 777);
    fake.push(update.clone());
    fake.push(update);
    let anna = Person::new(&fake, 1004, "de");
    anna.expect_after(0, "/new").await;
    anna.say("/cancel", &t("de", "bot-cancelled")).await;
    let helps = fake.sent(1004).iter().filter(|s| s.text.contains("/new")).count();
    assert_eq!(helps, 1, "the second delivery of update 777 was not answered");
    assert_eq!(app.count("SELECT COUNT(*) FROM bot_updates WHERE update_id = 777").await, 1);
}

async fn unexpected_input_gets_a_short_answer_and_the_dialogue_stays(app: TestApp, fake: FakeTelegram) {
    let (_, _, theme) = town(&app).await;
    let anna = Person::new(&fake, 1005, "de");
    anna.start("lindenfeld").await;
    let themes = anna.say("/new", &themes_prompt("de")).await;
    anna.press_in(&themes, &theme, &t("de", "bot-issue-ask-title")).await;
    let n = fake.sent(1005).len();
    fake.push(tg::sticker(1005));
    anna.expect_id(n, "bot-only-text").await;
    let n = fake.sent(1005).len();
    fake.push(tg::photo(1005));
    anna.expect_id(n, "bot-only-text").await;
    let n = fake.sent(1005).len();
    fake.push(tg::edited_text(1005, 1, "changed"));
    anna.expect_id(n, "bot-edit-ignored").await;
    // A button from the language keyboard, long gone.
    let n = fake.sent(1005).len();
    let toasts = fake.calls().iter().filter(|c| c.method == "answerCallbackQuery").count();
    fake.push(tg::callback(1005, "lang:ar", 1));
    let toast = fake.wait_calls("answerCallbackQuery", toasts + 1, WAIT).await;
    assert!(
        toast.iter().any(|c| c.body["text"] == t("de", "bot-button-expired")),
        "{:?}",
        toast.iter().map(|c| &c.body).collect::<Vec<_>>()
    );
    let long = "x".repeat(400);
    anna.say(&long, &t("de", "issue-title-too-long")).await;
    // Still at the title: a good one moves on.
    anna.say("Mehr Parkbänke im Stadtpark", &t("de", "bot-issue-ask-body")).await;
    let lang: String = sqlx::query_scalar("SELECT lang FROM bot_chats WHERE chat_id = 1005").fetch_one(&app.state.db).await.expect("chat");
    assert_eq!(lang, "de", "the old button changed nothing");
    assert!(fake.sent(1005).len() > n);
}

async fn the_portal_links_an_issue_to_the_bot_and_the_link_supports_it(app: TestApp, fake: FakeTelegram) {
    let (m, theme_id, _) = town(&app).await;
    app.register("amina", "a long sentence").await;
    let new = chorus::db::issues::NewIssue {
        municipality_id: m,
        author_id: app.user_id("amina").await,
        anonymous: false,
        title: "Ein Spielplatz für die Weststadt",
        body: "Die Kinder der Weststadt haben keinen Spielplatz in der Nähe.",
        lang: "de",
        theme_id,
        tag_ids: &[],
        neighbourhood_id: None,
        status: "published",
    };
    let id = chorus::db::issues::insert(&mut app.state.db.acquire().await.expect("conn"), &new).await.expect("issue");
    let page = app.get(&format!("/m/lindenfeld/issues/{id}")).await;
    let link = format!("https://t.me/{}?start=issue-{id}", FakeTelegram::bot_username());
    page.assert_contains(&link);
    // A new chat opens the link: no setup first.
    let karim = Person::new(&fake, 1006, "ar");
    let card = karim.say(&format!("/start issue-{id}"), "Ein Spielplatz für die Weststadt").await;
    karim.press_in(&card, &format!("sup:{id}"), "Ein Spielplatz").await;
    let user = chat_user(&app, 1006).await;
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM supports WHERE issue_id = {id} AND user_id = {user}")).await, 1);
    let town: Option<i64> =
        sqlx::query_scalar("SELECT municipality_id FROM bot_chats WHERE chat_id = 1006").fetch_one(&app.state.db).await.expect("chat");
    assert_eq!(town, Some(m), "the issue's municipality becomes the chat's");
    karim.say("/start issue-999999", &t("ar", "bot-not-found")).await;
}

async fn notifications_can_be_turned_off_by_kind(app: TestApp, fake: FakeTelegram) {
    let (m, theme_id, _) = town(&app).await;
    let anna = Person::new(&fake, 1007, "de");
    anna.start("lindenfeld").await;
    let settings = anna.say("/settings", &t("de", "bot-settings-intro")).await;
    let off = anna.press_in(&settings, "mute:issue", &t("de", "bot-settings-intro")).await;
    assert_eq!(off.method, "editMessageText", "the switches change in place");
    let label = chorus::i18n::catalog().tr("de").t1("bot-settings-off", "what", t("de", "bot-settings-issue"));
    assert!(off.buttons.iter().any(|(text, _)| *text == label), "{:?}", off.buttons);
    let user = chat_user(&app, 1007).await;
    let new = chorus::db::issues::NewIssue {
        municipality_id: m,
        author_id: user,
        anonymous: false,
        title: "Eine Meldung mit Neuigkeiten",
        body: "Diese Meldung bekommt eine Statusänderung.",
        lang: "de",
        theme_id,
        tag_ids: &[],
        neighbourhood_id: None,
        status: "submitted",
    };
    let id = chorus::db::issues::insert(&mut app.state.db.acquire().await.expect("conn"), &new).await.expect("issue");
    chorus::db::notifications::notify(&app.state.db, user, chorus::db::notifications::Subject::Issue(id), "published")
        .await
        .expect("notify");
    for _ in 0..100 {
        if app.count("SELECT COUNT(*) FROM notifications WHERE delivered_at IS NULL").await == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM notifications WHERE delivered_at IS NULL").await, 0, "skipped, not left waiting");
    assert!(!fake.sent(1007).iter().any(|s| s.text.contains("Eine Meldung mit Neuigkeiten")), "turned off: not sent");
    // Still in the app's own list.
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM notifications WHERE user_id = {user}")).await, 1);
}

async fn a_person_can_export_and_delete_their_data(app: TestApp, fake: FakeTelegram) {
    town(&app).await;
    let anna = Person::new(&fake, 1008, "de");
    anna.start("lindenfeld").await;
    fake.push(tg::text(1008, "/export", Some("de")));
    let docs = fake.wait_calls("sendDocument", 1, WAIT).await;
    let sent = fake.sent(1008);
    let doc = sent.iter().find_map(|s| s.document.clone()).expect("a document was sent");
    let export: Value = serde_json::from_slice(&doc).expect("JSON");
    assert_eq!(export["format"], "chorus-export-1");
    assert!(export["account"]["username"].as_str().is_some_and(|n| n.starts_with("tg-")));
    assert_eq!(docs.len(), 1);
    let confirm = anna.say("/delete", &t("de", "bot-delete-confirm")).await;
    anna.press_in(&confirm, "del:no", &t("de", "bot-delete-kept")).await;
    assert_eq!(app.count("SELECT COUNT(*) FROM bot_chats WHERE chat_id = 1008").await, 1);
    let confirm = anna.say("/delete", &t("de", "bot-delete-confirm")).await;
    let user = chat_user(&app, 1008).await;
    anna.press_in(&confirm, "del:yes", &t("de", "bot-delete-done")).await;
    assert_eq!(app.count("SELECT COUNT(*) FROM bot_chats WHERE chat_id = 1008").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM bot_dialogues WHERE chat_id = 1008").await, 0);
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM users WHERE id = {user}")).await, 0);
    // Writing again starts afresh.
    anna.say("/start", &t("de", "bot-choose-language")).await;
    let name: String = sqlx::query_scalar("SELECT u.username FROM bot_chats c JOIN users u ON u.id = c.user_id WHERE c.chat_id = 1008")
        .fetch_one(&app.state.db)
        .await
        .expect("a new account");
    assert_ne!(Some(name), export["account"]["username"].as_str().map(str::to_string), "a new pseudonym");
}

async fn the_menu_is_published_in_every_language(_app: TestApp, fake: FakeTelegram) {
    let calls = fake.wait_calls("setMyCommands", 15, WAIT).await;
    let mut langs: Vec<String> = calls.iter().filter_map(|c| c.body["language_code"].as_str().map(str::to_string)).collect();
    langs.sort();
    assert_eq!(langs.len(), 14, "{langs:?}");
    let arabic = calls.iter().find(|c| c.body["language_code"] == "ar").expect("Arabic menu");
    let commands = arabic.body["commands"].as_array().expect("commands");
    assert!(commands.iter().any(|c| c["command"] == "new"));
    assert!(commands.iter().all(|c| c["description"].as_str().is_some_and(|d| !d.is_empty() && d.chars().count() <= 256)));
    assert!(!commands.iter().any(|c| c["description"].as_str().unwrap_or_default().starts_with("bot-")), "translated");
}

async fn arabic_messages_isolate_names_and_numbers(app: TestApp, fake: FakeTelegram) {
    town(&app).await;
    let karim = Person::new(&fake, 1009, "ar");
    let languages = karim.say("/start", &t("ar", "bot-choose-language")).await;
    assert!(
        languages.buttons.iter().any(|(text, data)| text.starts_with("✓ ") && data == "lang:ar"),
        "Arabic preselected: {:?}",
        languages.buttons
    );
    let towns = karim.press("lang:ar", languages.message_id, &t("ar", "bot-choose-municipality")).await;
    let chosen = karim.press_in(&towns, "lindenfeld", "lindenfeld").await;
    assert!(chosen.text.contains("\u{2068}lindenfeld\u{2069}"), "the name is isolated: {:?}", chosen.text);
}

async fn wait_delivered(app: &TestApp, n: i64) {
    for _ in 0..300 {
        if app.count("SELECT COUNT(*) FROM notifications WHERE delivered_at IS NOT NULL").await >= n {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("notifications were not delivered");
}

async fn issue_with_news(app: &TestApp, m: i64, theme_id: i64, user: i64, title: &str) -> i64 {
    let new = chorus::db::issues::NewIssue {
        municipality_id: m,
        author_id: user,
        anonymous: false,
        title,
        body: "Diese Meldung bekommt eine Statusänderung.",
        lang: "de",
        theme_id,
        tag_ids: &[],
        neighbourhood_id: None,
        status: "published",
    };
    let id = chorus::db::issues::insert(&mut app.state.db.acquire().await.expect("conn"), &new).await.expect("issue");
    chorus::db::notifications::notify(&app.state.db, user, chorus::db::notifications::Subject::Issue(id), "published")
        .await
        .expect("notify");
    id
}

async fn notifications_wait_out_429_and_stop_for_blocked_chats(app: TestApp, fake: FakeTelegram) {
    let (m, theme_id, _) = town(&app).await;
    let anna = Person::new(&fake, 1010, "de");
    anna.start("lindenfeld").await;
    let boris = Person::new(&fake, 1011, "de");
    boris.start("lindenfeld").await;
    let (a, b) = (chat_user(&app, 1010).await, chat_user(&app, 1011).await);
    fake.fail_next(1010, 1, Fault::RetryAfter(1));
    fake.block(1011);
    issue_with_news(&app, m, theme_id, a, "Neuigkeit für Anna").await;
    issue_with_news(&app, m, theme_id, b, "Neuigkeit für Boris").await;
    let notice = anna.expect_after(0, "Neuigkeit für Anna").await;
    let attempts = fake
        .calls()
        .iter()
        .filter(|c| c.method == "sendMessage" && c.body["chat_id"] == 1010 && c.body.to_string().contains("Neuigkeit"))
        .count();
    assert_eq!(attempts, 2, "one 429, then after retry_after the message");
    let failed = fake.calls().iter().find(|c| c.failed && c.body["chat_id"] == 1010).map(|c| c.at).expect("the refused attempt");
    assert!(notice.at.duration_since(failed) >= Duration::from_millis(900), "waited retry_after");
    wait_delivered(&app, 2).await;
    let blocked: Option<i64> =
        sqlx::query_scalar("SELECT blocked_at FROM bot_chats WHERE chat_id = 1011").fetch_one(&app.state.db).await.expect("chat");
    assert!(blocked.is_some(), "Boris blocked the bot");
    // Nothing more is tried for Boris.
    issue_with_news(&app, m, theme_id, b, "Noch eine Neuigkeit").await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let tries = fake.calls().iter().filter(|c| c.body["chat_id"] == 1011 && c.body.to_string().contains("Noch eine")).count();
    assert_eq!(tries, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM notifications WHERE delivered_at IS NULL").await, 0, "nothing waits for a blocked chat");
    // Writing to the bot again means it is unblocked: the bot answers (here Telegram still
    // refuses, as the fake keeps the block).
    fake.push(tg::text(1011, "/help", Some("de")));
    for _ in 0..100 {
        if fake.calls().iter().any(|c| c.method == "sendMessage" && c.body["chat_id"] == 1011 && c.body.to_string().contains("/new")) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("writing again did not unblock the chat");
}

async fn notifications_are_paced_per_chat(app: TestApp, fake: FakeTelegram) {
    let (m, theme_id, _) = town(&app).await;
    let anna = Person::new(&fake, 1012, "de");
    anna.start("lindenfeld").await;
    let a = chat_user(&app, 1012).await;
    for i in 0..3 {
        issue_with_news(&app, m, theme_id, a, &format!("Neuigkeit Nummer {i}")).await;
    }
    wait_delivered(&app, 3).await;
    let times: Vec<_> = fake.sent(1012).into_iter().filter(|s| s.text.contains("Neuigkeit Nummer")).map(|s| s.at).collect();
    assert_eq!(times.len(), 3);
    for pair in times.windows(2) {
        assert!(
            pair[1].duration_since(pair[0]) >= Duration::from_millis(950),
            "one per second in a chat: {:?}",
            pair[1].duration_since(pair[0])
        );
    }
}

/// Webhook mode: Telegram's calls need the secret, and two servers on one database continue
/// each other's dialogues.
#[tokio::test]
async fn the_webhook_needs_its_secret_and_two_servers_share_the_dialogue() {
    let Some((a, fake)) = spawn(Db::Postgres, &[("CHORUS_BOT_WEBHOOK", "true"), ("CHORUS_BOT_WEBHOOK_SECRET", "s3cret-token_1")]).await
    else {
        return;
    };
    let url = fake.api_url();
    let b = a
        .another_server(&[
            ("TELOXIDE_TOKEN", FakeTelegram::TOKEN),
            ("TELOXIDE_API_URL", url.as_str()),
            ("CHORUS_BOT_WEBHOOK", "true"),
            ("CHORUS_BOT_WEBHOOK_SECRET", "s3cret-token_1"),
        ])
        .await;
    let hooks = fake.wait_calls("setWebhook", 2, WAIT).await;
    assert!(hooks.iter().all(|c| c.body["secret_token"] == "s3cret-token_1"));
    assert!(!fake.calls().iter().any(|c| c.method == "getUpdates"), "no polling in webhook mode");
    let (_, _, theme) = town(&a).await;
    let (hook_a, hook_b) = (a.url("/telegram/webhook"), b.url("/telegram/webhook"));
    assert_eq!(fake.deliver(&hook_a, None, tg::text(2001, "/help", Some("de"))).await, 401);
    assert_eq!(fake.deliver(&hook_a, Some("s3cret-token_2"), tg::text(2001, "/help", Some("de"))).await, 401);
    let anna = Person::new(&fake, 2001, "de");
    // Each step goes to the other server.
    let send = |hook: &str, update: Value| {
        let (fake, hook) = (&fake, hook.to_string());
        async move { assert_eq!(fake.deliver(&hook, Some("s3cret-token_1"), update).await, 200) }
    };
    send(&hook_a, tg::with_id(tg::text(2001, "/start", Some("de")), 1)).await;
    let languages = anna.expect_id(0, "bot-choose-language").await;
    send(&hook_b, tg::with_id(tg::callback(2001, "lang:de", languages.message_id), 2)).await;
    let towns = anna.expect_id(0, "bot-choose-municipality").await;
    send(&hook_a, tg::with_id(tg::callback(2001, &button(&towns, "lindenfeld"), towns.message_id), 3)).await;
    anna.expect_id(0, "bot-menu-intro").await;
    send(&hook_b, tg::with_id(tg::text(2001, "/new", Some("de")), 4)).await;
    let themes = anna.expect_after(0, &themes_prompt("de")).await;
    send(&hook_a, tg::with_id(tg::callback(2001, &button(&themes, &theme), themes.message_id), 5)).await;
    anna.expect_id(0, "bot-issue-ask-title").await;
    let n = fake.sent(2001).len();
    send(&hook_b, tg::with_id(tg::text(2001, "Mehr Bänke am Fluss", Some("de")), 6)).await;
    anna.expect_id(n, "bot-issue-ask-body").await;
    // The same update to both servers: answered once.
    send(&hook_a, tg::with_id(tg::text(2001, "/help", Some("de")), 7)).await;
    send(&hook_b, tg::with_id(tg::text(2001, "/help", Some("de")), 7)).await;
    anna.expect_after(n, "/new").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(fake.sent(2001).iter().skip(n).filter(|s| s.text.contains("/new —")).count(), 1);
}

with_bot!(residents_hear_of_a_new_vote_in_their_language);

async fn residents_hear_of_a_new_vote_in_their_language(app: TestApp, fake: FakeTelegram) {
    let (m, _, _) = town(&app).await;
    let karim = Person::new(&fake, 1013, "ar");
    karim.start("lindenfeld").await;
    app.create_admin("city-admin", "admin sentence here").await;
    let admin = chorus::db::users::by_key(&app.state.db, "city-admin").await.expect("query").expect("admin");
    let town = chorus::db::municipalities::by_id(&app.state.db, m).await.expect("query").expect("town");
    let form = [
        ("method", "approval"),
        ("opens_at", "2026-01-01T00:00"),
        ("closes_at", "2099-01-01T00:00"),
        ("title_de", "Spielplätze"),
        ("title_en", "Playgrounds"),
        ("title_ar", "ملاعب الأطفال"),
    ];
    let form = form.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    let id = chorus::services::ballots::create(&app.state, &admin, &town, &form).await.expect("ballot");
    for label in ["Eins", "Zwei"] {
        let o =
            [("title_de", label), ("title_en", label), ("title_ar", label)].iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        chorus::services::ballots::add_option(&app.state, &admin, &town, id, &o).await.expect("option");
    }
    chorus::services::ballots::open(&app.state, &admin, &town, id).await.expect("open");
    let notice = karim.expect_after(0, "ملاعب الأطفال").await;
    assert_eq!(notice.text, chorus::i18n::catalog().tr("ar").t1("bot-notice-ballot-opened", "title", "ملاعب الأطفال"));
    assert!(notice.buttons.iter().any(|(_, url)| url.ends_with(&format!("/m/lindenfeld/ballots/{id}"))));
}

with_bot!(a_chat_links_to_a_portal_account_with_a_one_time_code);

async fn a_chat_links_to_a_portal_account_with_a_one_time_code(mut app: TestApp, fake: FakeTelegram) {
    town(&app).await;
    let anonymous = app.post_raw("/account/telegram", &[]).await;
    assert_eq!(anonymous.status, reqwest::StatusCode::SEE_OTHER, "signed-in people only");
    app.register("amina", "a long sentence").await;
    let page = app.get("/account").await;
    page.assert_contains("action=\"/account/telegram\"").assert_contains(FakeTelegram::bot_username());
    let shown = app.post("/account/telegram", &[]).await;
    let code = shown
        .text()
        .split("/link ")
        .nth(1)
        .map(|rest| rest.chars().filter(|c| !matches!(c, '\u{2068}' | '\u{2069}')).take(11).collect::<String>())
        .expect("a code is shown");
    assert_eq!(code.len(), 11, "{code}");
    shown.assert_contains(&format!("https://t.me/{}?start=link-{}", FakeTelegram::bot_username(), code.replace('-', "")));
    assert_eq!(app.count("SELECT COUNT(*) FROM bot_link_codes").await, 1);
    let stored: String = sqlx::query_scalar("SELECT code_hash FROM bot_link_codes").fetch_one(&app.state.db).await.expect("hash");
    assert!(!stored.contains(&code) && !stored.contains(&code.replace('-', "")), "only a keyed hash is stored");

    let anna = Person::new(&fake, 1014, "de");
    anna.start("lindenfeld").await;
    let pseudonym = chat_user(&app, 1014).await;
    anna.say("/link", &t("de", "bot-link-ask")).await;
    let done = anna.say(&format!("/link {}", code.to_lowercase()), "amina").await;
    assert_eq!(done.text, chorus::i18n::catalog().tr("de").t1("bot-link-done", "name", "amina"));
    assert_eq!(chat_user(&app, 1014).await, app.user_id("amina").await);
    assert_eq!(
        app.count(&format!("SELECT COUNT(*) FROM users WHERE id = {pseudonym}")).await,
        0,
        "the empty Telegram account is folded in"
    );
    // Once only.
    let boris = Person::new(&fake, 1015, "de");
    boris.say(&format!("/link {code}"), &t("de", "bot-link-wrong")).await;
    // A chat that took part already is not merged into another account.
    let (m, theme_id, _) = town_ids(&app).await;
    let b = chat_user(&app, 1015).await;
    issue_with_news(&app, m, theme_id, b, "Etwas, das Boris gemeldet hat").await;
    app.new_browser();
    app.register("boris-web", "a long sentence").await;
    let shown = app.post("/account/telegram", &[]).await;
    let code = shown
        .text()
        .split("/link ")
        .nth(1)
        .map(|rest| rest.chars().filter(|c| !matches!(c, '\u{2068}' | '\u{2069}')).take(11).collect::<String>())
        .expect("a code");
    boris.say(&format!("/link {code}"), &t("de", "bot-link-has-content")).await;
    assert_eq!(chat_user(&app, 1015).await, b);
}

async fn town_ids(app: &TestApp) -> (i64, i64, ()) {
    let m: i64 = app.count("SELECT id FROM municipalities WHERE slug = 'lindenfeld'").await;
    let theme = chorus::db::themes::of_municipality(&app.state.db, m).await.expect("themes")[0].id;
    (m, theme, ())
}

with_bot!(the_hostile_corpus_never_breaks_a_dialogue);

/// Every hostile input as a message at each step of raising an issue and as button data: an
/// answer each time (never silence, never a crash), and the dialogue still works after.
async fn the_hostile_corpus_never_breaks_a_dialogue(app: TestApp, fake: FakeTelegram) {
    let (_, _, theme) = town(&app).await;
    let anna = Person::new(&fake, 1016, "de");
    anna.start("lindenfeld").await;
    for bad in crate::hostile::corpus().into_iter().filter(|b| !b.is_empty()) {
        // Telegram delivers at most 4096 characters.
        let bad: String = bad.chars().take(4096).collect();
        for at in ["idle", "title", "body"] {
            anna.say("/cancel", &t("de", "bot-cancelled")).await;
            if at != "idle" {
                let themes = anna.say("/new", &themes_prompt("de")).await;
                anna.press_in(&themes, &theme, &t("de", "bot-issue-ask-title")).await;
            }
            if at == "body" {
                anna.say("Ein ordentlicher Titel", &t("de", "bot-issue-ask-body")).await;
            }
            let n = fake.sent(1016).len();
            fake.push(tg::text(1016, &bad, Some("de")));
            anna.expect_after(n, "").await;
        }
        let calls = fake.calls().iter().filter(|c| c.method == "answerCallbackQuery").count();
        fake.push(tg::callback(1016, &bad.chars().take(64).collect::<String>(), 1));
        fake.wait_calls("answerCallbackQuery", calls + 1, WAIT).await;
    }
    anna.say("/cancel", &t("de", "bot-cancelled")).await;
    anna.say("/my", &t("de", "bot-my-title")[..0]).await;
    let stored: Vec<String> = sqlx::query_scalar("SELECT title FROM issues").fetch_all(&app.state.db).await.expect("titles");
    assert!(stored.is_empty(), "nothing was posted without a confirmation: {stored:?}");
}
