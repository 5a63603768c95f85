//! End to end with the real `chorus` binary: `serve --demo` with the bot pointed at the fake
//! Bot API (`TELOXIDE_API_URL`). An issue raised by Telegram appears in the portal's
//! moderation queue; the moderator's decision in the portal reaches the chat.

use std::{
    io::{BufRead as _, BufReader},
    process::{Child, Command, Stdio},
    time::Duration,
};

use crate::{
    bot::{Person, t, themes_prompt},
    fake_telegram::FakeTelegram,
    helpers::{Db, FreshDb},
};

struct Chorus(Child);

impl Drop for Chorus {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts `chorus serve --demo`; returns the process, its address and the demo moderator's
/// one-time password.
fn serve(database_url: &str, fake: &FakeTelegram) -> (Chorus, String, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_chorus"));
    for (k, _) in std::env::vars().filter(|(k, _)| k.starts_with("CHORUS_") || k.starts_with("TELOXIDE_") || k == "DATABASE_URL") {
        cmd.env_remove(k);
    }
    let mut child = cmd
        .args(["serve", "--demo", "--bind", "127.0.0.1:0"])
        .env("DATABASE_URL", database_url)
        .env("TELOXIDE_TOKEN", FakeTelegram::TOKEN)
        .env("TELOXIDE_API_URL", fake.api_url())
        .env("CHORUS_BOT_OUTBOX_INTERVAL_MS", "100")
        .env("CHORUS_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chorus");
    let stdout = child.stdout.take().expect("stdout");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut password = String::new();
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let words: Vec<&str> = line.split_whitespace().collect();
            if words.first() == Some(&"demo-moderator") {
                password = words.last().copied().unwrap_or_default().to_string();
            }
            if let Some(rest) = line.strip_prefix("Chorus is running on ") {
                let base = rest.split_whitespace().next().unwrap_or_default().trim_end_matches('/').to_string();
                let _ = tx.send((base, password.clone()));
            }
        }
    });
    let (base, password) = rx.recv_timeout(Duration::from_secs(120)).expect("chorus printed its address");
    (Chorus(child), base, password)
}

async fn csrf(c: &reqwest::Client, url: &str) -> String {
    let page = c.get(url).send().await.expect("page").text().await.expect("text");
    const FIELD: &str = "name=\"csrf_token\" value=\"";
    let at = page.find(FIELD).expect("a form") + FIELD.len();
    page[at..at + 43].to_string()
}

#[tokio::test]
async fn an_issue_raised_by_telegram_in_the_real_binary_is_moderated_in_the_portal() {
    let fresh = FreshDb::new(Db::Sqlite).await.expect("sqlite");
    let fake = FakeTelegram::start().await;
    let (first, _, password) = serve(&fresh.url, &fake);
    assert!(!password.is_empty(), "the demo printed the moderator's one-time password");

    let anna = Person::new(&fake, 4001, "de");
    let languages = anna.say("/start", &t("de", "bot-choose-language")).await;
    let towns = anna.press("lang:de", languages.message_id, &t("de", "bot-choose-municipality")).await;
    anna.press_in(&towns, "Lindenfeld", &t("de", "bot-menu-intro")).await;
    let themes = anna.say("/new", &themes_prompt("de").replace("lindenfeld", "Lindenfeld")).await;
    let (label, _) = themes.buttons.first().cloned().expect("topics");
    anna.press_in(&themes, &label, &t("de", "bot-issue-ask-title")).await;
    let title = "Formulare nur auf Deutsch im Bürgeramt";
    anna.say(title, &t("de", "bot-issue-ask-body")).await;
    // A restart mid-dialogue (SIGKILL, no goodbye): the new process continues where it was.
    drop(first);
    let (_chorus, base, _) = serve(&fresh.url, &fake);
    let confirm =
        anna.say("Im Bürgeramt gibt es die Formulare nur auf Deutsch; wir brauchen sie auch auf Arabisch und Ukrainisch.", title).await;
    let done = anna.press_in(&confirm, "issue:post", "").await;
    let id: i64 = done.text.chars().filter(char::is_ascii_digit).collect::<String>().parse().expect("the issue's number");

    let c = reqwest::Client::builder().cookie_store(true).timeout(Duration::from_secs(10)).build().expect("client");
    let token = csrf(&c, &format!("{base}/login")).await;
    c.post(format!("{base}/login"))
        .form(&[("csrf_token", token.as_str()), ("username", "demo-moderator"), ("password", password.as_str())])
        .send()
        .await
        .expect("login");
    let token = csrf(&c, &format!("{base}/account/password")).await;
    let new = "a new long sentence for the moderator";
    c.post(format!("{base}/account/password"))
        .form(&[("csrf_token", token.as_str()), ("current_password", password.as_str()), ("password", new), ("password_confirm", new)])
        .send()
        .await
        .expect("new password");
    let queue = c.get(format!("{base}/m/lindenfeld/moderation")).send().await.expect("queue").text().await.expect("text");
    assert!(queue.contains(title), "the Telegram issue waits in the moderation queue");
    let token = csrf(&c, &format!("{base}/m/lindenfeld/moderation")).await;
    let before = fake.sent(4001).len();
    let decided = c
        .post(format!("{base}/m/lindenfeld/moderation/issues/{id}"))
        .form(&[("csrf_token", token.as_str()), ("action", "publish")])
        .send()
        .await
        .expect("publish");
    assert!(decided.status().is_success(), "{}", decided.status());
    let notice = anna.expect_after(before, title).await;
    assert!(notice.text.contains(&t("de", "status-published")), "{}", notice.text);
    let public = reqwest::get(format!("{base}/m/lindenfeld/issues/{id}")).await.expect("issue page").text().await.expect("text");
    assert!(public.contains(title) && public.contains(&format!("https://t.me/{}?start=issue-{id}", FakeTelegram::bot_username())));
}
