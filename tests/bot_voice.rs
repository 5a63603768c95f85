//! Issues told in a voice note by Telegram: kept with the issue (size-limited), heard and
//! written down by a moderator or volunteer translator, published only then — and who may
//! listen, route by route.

use std::time::Duration;

use chorus::domain::role::Role;
use reqwest::StatusCode;

use crate::{
    bot::{Person, t, themes_prompt},
    fake_telegram::{self as tg, FakeTelegram},
    helpers::TestApp,
};

with_bot!([("CHORUS_BOT_MAX_VOICE_BYTES", "5000")]; a_voice_note_is_transcribed_before_it_is_published, only_moderators_and_translators_hear_voice_notes);

/// Ogg audio as Telegram would serve it (the content does not matter to Chorus).
fn audio() -> Vec<u8> {
    let mut bytes = b"OggS\0\x02".to_vec();
    bytes.extend((0..3000u32).map(|i| (i % 251) as u8));
    bytes
}

async fn voice_issue(app: &TestApp, fake: &FakeTelegram, chat: i64, lang: &'static str) -> i64 {
    let m = app.create_municipality("lindenfeld", &["de", "en", "so"], "de").await;
    let theme = chorus::db::themes::of_municipality(&app.state.db, m).await.expect("themes")[0].clone();
    let person = Person::new(fake, chat, lang);
    person.start("lindenfeld").await;
    let themes = person.say("/new", &themes_prompt(lang)).await;
    person.press_in(&themes, &theme.name(&chorus::i18n::catalog().tr(lang)), &t(lang, "bot-issue-ask-title")).await;
    // Too long a note is refused; the dialogue stays at the title.
    let n = fake.sent(chat).len();
    fake.push(tg::voice(chat, "big-note", 300, 900_000));
    person.expect_after(n, &t(lang, "issue-voice-too-large")).await;
    fake.add_file("note-1", audio());
    let n = fake.sent(chat).len();
    fake.push(tg::voice(chat, "note-1", 14, audio().len() as u64));
    let confirm = person.expect_after(n, "14").await;
    assert!(confirm.buttons.iter().any(|(_, d)| d == "issue:post"), "{:?}", confirm.buttons);
    let done = person.press_in(&confirm, "issue:post", "").await;
    let id = app.count("SELECT MAX(id) FROM issues").await;
    assert_eq!(done.text, chorus::i18n::catalog().tr(lang).t1("bot-voice-submitted", "id", id));
    id
}

async fn a_voice_note_is_transcribed_before_it_is_published(mut app: TestApp, fake: FakeTelegram) {
    let id = voice_issue(&app, &fake, 3001, "de").await;
    let (status, lang): (String, String) =
        sqlx::query_as("SELECT status, lang FROM issues WHERE id = $1").bind(id).fetch_one(&app.state.db).await.expect("issue");
    assert_eq!((status.as_str(), lang.as_str()), ("submitted", "de"), "waits, in the language spoken");
    let stored: Vec<u8> = sqlx::query_scalar("SELECT bytes FROM issue_attachments WHERE issue_id = $1")
        .bind(id)
        .fetch_one(&app.state.db)
        .await
        .expect("audio");
    assert_eq!(stored, audio(), "the audio Telegram served is kept");

    app.register("sofia", "a long sentence").await;
    app.grant("sofia", 1, Role::Moderator).await;
    let queue = app.get("/m/lindenfeld/moderation").await;
    queue.assert_contains(&format!("<audio controls preload=\"none\" src=\"/m/lindenfeld/issues/{id}/voice\"></audio>"));
    queue.assert_contains(&format!("/m/lindenfeld/issues/{id}/transcribe"));
    let publish = app.post_raw(&format!("/m/lindenfeld/moderation/issues/{id}"), &[("action", "publish")]).await;
    assert_eq!(publish.status, StatusCode::CONFLICT, "not before someone wrote it down");
    let sound = app.raw.get(app.url(&format!("/m/lindenfeld/issues/{id}/voice"))).send().await.expect("audio");
    assert_eq!(sound.headers()["content-type"], "audio/ogg");
    assert_eq!(sound.headers()["cache-control"], "private, no-store");
    assert_eq!(sound.bytes().await.expect("bytes").to_vec(), audio());

    // A volunteer translator writes it down; a mistake first keeps what was typed.
    app.new_browser();
    app.register("tomas", "a long sentence").await;
    app.grant("tomas", 1, Role::Translator).await;
    let path = format!("/m/lindenfeld/issues/{id}/transcribe");
    let short = app.post(&path, &[("title", "Bus"), ("body", "Der Nachtbus fährt nicht mehr in die Weststadt."), ("lang", "de")]).await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    short.assert_contains("Der Nachtbus fährt nicht mehr").assert_contains("aria-invalid=\"true\"");
    let saved = app
        .post(
            &path,
            &[("title", "Kein Nachtbus in die Weststadt"), ("body", "Der Nachtbus fährt nicht mehr in die Weststadt."), ("lang", "de")],
        )
        .await;
    saved.assert_contains(&t("en", "issue-voice-saved"));

    app.new_browser();
    app.login("sofia", "a long sentence").await;
    let before = fake.sent(3001).len();
    app.post(&format!("/m/lindenfeld/moderation/issues/{id}"), &[("action", "publish")]).await;
    app.new_browser();
    app.get(&format!("/m/lindenfeld/issues/{id}")).await.assert_contains("Kein Nachtbus in die Weststadt");
    let person = Person::new(&fake, 3001, "de");
    person.expect_after(before, "Kein Nachtbus in die Weststadt").await;
    assert_eq!(app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'issue.transcribe'").await, 1);
    tokio::time::sleep(Duration::from_millis(10)).await;
}

async fn only_moderators_and_translators_hear_voice_notes(mut app: TestApp, fake: FakeTelegram) {
    let id = voice_issue(&app, &fake, 3002, "so").await;
    let people = [
        ("anonymous", None),
        ("rana-resident", Some(Role::Resident)),
        ("ola-official", Some(Role::Official)),
        ("chair-council", Some(Role::CouncilMember)),
        ("mo-moderator", Some(Role::Moderator)),
        ("tomas-translator", Some(Role::Translator)),
    ];
    for (name, role) in people.iter().skip(1) {
        app.new_browser();
        app.register(name, "a long sentence").await;
        app.grant(name, 1, role.expect("a role")).await;
    }
    for (who, role) in people {
        app.new_browser();
        if who != "anonymous" {
            app.login(who, "a long sentence").await;
        }
        let allowed = matches!(role, Some(Role::Moderator | Role::Translator));
        let denied = if who == "anonymous" { StatusCode::SEE_OTHER } else { StatusCode::FORBIDDEN };
        let expect = if allowed { StatusCode::OK } else { denied };
        for path in [format!("/m/lindenfeld/issues/{id}/voice"), format!("/m/lindenfeld/issues/{id}/transcribe")] {
            let got = app.raw.get(app.url(&path)).send().await.expect("get").status();
            assert_eq!(got, expect, "{who} GET {path}");
        }
        let post = app
            .post_raw(&format!("/m/lindenfeld/issues/{id}/transcribe"), &[("title", "A title here"), ("body", "x"), ("lang", "so")])
            .await;
        let expect = if allowed { StatusCode::UNPROCESSABLE_ENTITY } else { denied };
        assert_eq!(post.status, expect, "{who} POST transcribe");
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM issue_attachments WHERE transcribed_at IS NULL").await, 1, "nobody wrote it down");
}
