//! Consultations in the Telegram bot, through the fake Bot API, on SQLite and PostgreSQL: a
//! questionnaire answered question by question (saved halfway, resumed, handed in, counted in
//! the portal's results), a missing required answer coming back to its question, in German
//! and Arabic; a statement round (reactions, a statement for the moderators); old buttons.

use std::{collections::HashMap, time::Duration};

use chorus::{
    db::{municipalities::Municipality, users::User},
    domain::role::Role,
    services::consultations as cs,
};

use crate::{
    bot::{Person, button, t},
    consultations::{answer_as, residents},
    fake_telegram::{self as tg, FakeTelegram},
    helpers::TestApp,
};

with_bot!(
    a_questionnaire_answered_in_german_is_saved_resumed_handed_in_and_counted,
    a_missing_required_answer_comes_back_to_its_question,
    a_missing_required_answer_comes_back_in_arabic_too,
    a_statement_round_takes_reactions_and_new_statements_for_the_moderators,
    old_buttons_and_closed_consultations_change_nothing,
);

const WAIT: Duration = Duration::from_secs(15);

fn form(fields: &[(&str, &str)]) -> HashMap<String, String> {
    fields.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

fn time(offset_hours: i64) -> String {
    chorus::domain::ballot::format_datetime(chorus::db::now() + offset_hours * 3600)
}

/// Lindenfeld in German and Arabic (pre-moderation), and its council member.
async fn town(app: &TestApp) -> (Municipality, User) {
    let m = app.create_municipality("lindenfeld", &["de", "ar"], "de").await;
    app.register("chair", "a long sentence").await;
    app.grant("chair", m, Role::CouncilMember).await;
    let chair = chorus::db::users::by_id(&app.state.db, app.user_id("chair").await).await.expect("query").expect("chair");
    let m = chorus::db::municipalities::by_slug(&app.state.db, "lindenfeld").await.expect("query").expect("town");
    (m, chair)
}

/// An open consultation made through the core: `settings` and the questions' forms.
async fn consultation(app: &TestApp, m: &Municipality, chair: &User, settings: &[(&str, &str)], questions: &[&[(&str, &str)]]) -> i64 {
    let (opens, closes) = (time(-1), time(48));
    let mut all = vec![("opens_at", opens.as_str()), ("closes_at", closes.as_str())];
    all.extend_from_slice(settings);
    let id = cs::create(&app.state, chair, m, &form(&all)).await.expect("draft");
    for q in questions {
        cs::add_question(&app.state, chair, m, id, &form(q)).await.expect("question");
    }
    id
}

const SINGLE: &str = "Was ist am wichtigsten?";
const MULTIPLE: &str = "Wo bekommen Sie Informationen?";
const SCALE: &str = "Wie einfach sind die Dienste der Stadt?";
const RANKING: &str = "Ordnen Sie die Themen";
const TEXT: &str = "Noch etwas?";

/// A questionnaire with every kind of question and two demographic questions, open.
async fn questionnaire(app: &TestApp, m: &Municipality, chair: &User) -> i64 {
    let settings =
        [("kind", "questionnaire"), ("title_de", "Integrationsplan"), ("title_ar", "خطة الاندماج"), ("ask_age", "on"), ("ask_gender", "on")];
    let questions: [&[(&str, &str)]; 5] = [
        &[
            ("kind", "single"),
            ("required", "on"),
            ("prompt_de", SINGLE),
            ("choices_de", "Sprachkurse\nWohnung\nArbeit"),
            ("prompt_ar", "ما الأهم؟"),
            ("choices_ar", "دروس اللغة\nالسكن\nالعمل"),
        ],
        &[
            ("kind", "multiple"),
            ("max_picks", "2"),
            ("prompt_de", MULTIPLE),
            ("choices_de", "Freunde\nSoziale Medien\nStadtbüro"),
            ("prompt_ar", "من أين تحصل على المعلومات؟"),
            ("choices_ar", "الأصدقاء\nوسائل التواصل\nمكتب المدينة"),
        ],
        &[
            ("kind", "scale"),
            ("required", "on"),
            ("prompt_de", SCALE),
            ("low_de", "Sehr schwer"),
            ("high_de", "Sehr einfach"),
            ("prompt_ar", "ما مدى سهولة خدمات المدينة؟"),
            ("low_ar", "صعبة جداً"),
            ("high_ar", "سهلة جداً"),
        ],
        &[
            ("kind", "ranking"),
            ("prompt_de", RANKING),
            ("choices_de", "Sprachkurse\nWohnung\nArbeit"),
            ("prompt_ar", "رتّب المواضيع"),
            ("choices_ar", "دروس اللغة\nالسكن\nالعمل"),
        ],
        &[("kind", "text"), ("max_chars", "40"), ("prompt_de", TEXT), ("prompt_ar", "هل من شيء آخر؟")],
    ];
    let id = consultation(app, m, chair, &settings, &questions).await;
    cs::open(&app.state, chair, m, id).await.expect("open");
    id
}

async fn question_ids(app: &TestApp, id: i64) -> Vec<i64> {
    sqlx::query_scalar("SELECT id FROM questions WHERE consultation_id = $1 ORDER BY position")
        .bind(id)
        .fetch_all(&app.state.db)
        .await
        .expect("questions")
}

async fn chat_user(app: &TestApp, chat: i64) -> User {
    let id: i64 =
        sqlx::query_scalar("SELECT user_id FROM bot_chats WHERE chat_id = $1").bind(chat).fetch_one(&app.state.db).await.expect("chat");
    chorus::db::users::by_id(&app.state.db, id).await.expect("query").expect("user")
}

/// `/consultations`, then the button of the consultation titled `title`; waits for `needle`.
async fn open(person: &Person<'_>, title: &str, needle: &str) -> tg::Sent {
    let tr = chorus::i18n::catalog().tr(person.lang);
    let list = person.say("/consultations", &tr.t1("bot-consultations-title", "municipality", "lindenfeld")).await;
    person.press_in(&list, title, needle).await
}

/// Presses the button for value `v` at step `at` of questionnaire `id`.
async fn pick(person: &Person<'_>, on: &tg::Sent, id: i64, at: usize, v: &str, needle: &str) -> tg::Sent {
    person.press(&format!("a:{id}:{at}:{v}"), on.message_id, needle).await
}

async fn a_questionnaire_answered_in_german_is_saved_resumed_handed_in_and_counted(app: TestApp, fake: FakeTelegram) {
    let (m, chair) = town(&app).await;
    let id = questionnaire(&app, &m, &chair).await;
    let q = question_ids(&app, id).await;
    let anna = Person::new(&fake, 3001, "de");
    anna.start("lindenfeld").await;
    let menu = anna.say("/cancel", &t("de", "bot-cancelled")).await;
    assert!(menu.buttons.iter().any(|(_, d)| d == "menu:consultations"), "the menu has consultations: {:?}", menu.buttons);
    let title = chorus::i18n::catalog().tr("de").t1("bot-consultations-title", "municipality", "lindenfeld");
    let list = anna.press("menu:consultations", menu.message_id, &title).await;
    assert!(list.buttons.iter().any(|(text, d)| text.contains(&t("de", "consultation-kind-questionnaire")) && *d == format!("con:{id}")));

    let first = anna.press_in(&list, "Integrationsplan", SINGLE).await;
    assert!(first.text.contains(&t("de", "bot-consultation-required")), "{}", first.text);
    let multiple = anna.press_in(&first, "Wohnung", MULTIPLE).await;
    assert_eq!(multiple.method, "editMessageText", "the question changes in place");
    // Multiple choice: toggles; more than the maximum is refused with the portal's message.
    let m1 = anna.press_in(&multiple, "Freunde", MULTIPLE).await;
    assert!(m1.buttons.iter().any(|(text, _)| text == "✓ Freunde"), "{:?}", m1.buttons);
    let m2 = anna.press_in(&m1, "Soziale Medien", MULTIPLE).await;
    let m3 = anna.press_in(&m2, "Stadtbüro", MULTIPLE).await;
    assert_eq!(m3.buttons.iter().filter(|(text, _)| text.starts_with('✓')).count(), 3);
    let refused = pick(&anna, &m3, id, 1, "next", &t("de", "response-too-many-choices")).await;
    assert!(refused.text.contains(MULTIPLE));
    let m4 = anna.press_in(&refused, "✓ Soziale Medien", MULTIPLE).await;
    assert!(!m4.buttons.iter().any(|(text, _)| text == "✓ Soziale Medien"), "{:?}", m4.buttons);
    let scale = pick(&anna, &m4, id, 1, "next", SCALE).await;
    assert!(scale.text.contains("Sehr schwer") && scale.text.contains("Sehr einfach"), "the ends are labelled: {}", scale.text);
    let ranking = pick(&anna, &scale, id, 2, "4", RANKING).await;
    // Halfway: saved, to resume.
    anna.press_in(&ranking, &t("de", "response-save"), &t("de", "response-saved")).await;
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM responses WHERE consultation_id = {id} AND submitted_at IS NULL")).await, 1);
    let before = fake.sent(3001).len();
    let resumed = open(&anna, "Integrationsplan", RANKING).await;
    anna.expect_id(before, "bot-consultation-resume").await;
    let r1 = anna.press_in(&resumed, "Arbeit", RANKING).await;
    let r2 = anna.press_in(&r1, "Sprachkurse", RANKING).await;
    assert!(r2.text.contains("Arbeit") && !r2.buttons.iter().any(|(text, _)| text == "Arbeit"), "ranked: {:?}", r2.buttons);
    let text = pick(&anna, &r2, id, 3, "next", TEXT).await;
    assert!(text.text.contains(&chorus::i18n::catalog().tr("de").t1("bot-consultation-write", "max", 40)), "{}", text.text);
    anna.say(&"zu lang ".repeat(10), &t("de", "response-too-long")).await;
    let age = anna.say("Mehr Beratung am Abend", &t("de", "demographics-explained")).await;
    assert!(age.buttons.iter().any(|(_, d)| *d == format!("a:{id}:5:skip")), "skippable: {:?}", age.buttons);
    let gender = anna.press_in(&age, &t("de", "demographic-age-26-35"), &t("de", "demographic-gender")).await;
    // The gender question is skipped.
    let hand_in = anna.press_in(&gender, &t("de", "bot-consultation-skip"), &t("de", "bot-consultation-review")).await;
    anna.press_in(&hand_in, &t("de", "response-submit"), &t("de", "response-handed-in")).await;

    let own = chorus::db::responses::own(&app.state.db, id, chat_user(&app, 3001).await.id).await.expect("query").expect("answers");
    assert!(own.submitted_at.is_some());
    assert_eq!(own.lang, "de");
    let choices: Vec<(i64, &str, &str)> = own.answers.answers.iter().map(|a| (a.question_id, a.choice.as_str(), a.body.as_str())).collect();
    assert_eq!(choices, [(q[0], "1", ""), (q[1], "0,2", ""), (q[2], "4", ""), (q[3], "2,0", ""), (q[4], "", "Mehr Beratung am Abend")]);
    assert_eq!((own.answers.demographics.age.as_str(), own.answers.demographics.gender.as_str()), ("26-35", ""));

    // The portal counts it with everyone else's.
    for u in residents(&app, m.id, "resp", 4).await {
        let pairs = vec![(format!("q{}", q[0]), "1".to_string()), (format!("q{}", q[2]), "3".to_string())];
        answer_as(&app, &u, id, "de", &pairs).await;
    }
    chorus::services::consultations::results::close_now(&app.state, &chair, &m, id).await.expect("closed");
    chorus::services::consultations::results::publish(&app.state, &chair, &m, id).await.expect("published");
    let api = app.get(&format!("/api/v1/municipalities/lindenfeld/consultations/{id}")).await;
    let json: serde_json::Value = serde_json::from_str(&api.body).expect("json");
    assert_eq!(json["respondents"], 5);
    // Every cell of the first question is below 5 or gives one away: hidden, but counted.
    assert_eq!(json["questions"][0]["results"]["answered"], 5, "{}", json["questions"][0]);
}

/// Waits for a message after the first `after` with a button whose data starts with `prefix`.
async fn with_button(person: &Person<'_>, after: usize, prefix: &str) -> tg::Sent {
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let sent = person.fake.sent(person.chat);
        if let Some(s) = sent.iter().skip(after).find(|s| s.buttons.iter().any(|(_, d)| d.starts_with(prefix))) {
            return s.clone();
        }
        assert!(tokio::time::Instant::now() < deadline, "no button {prefix:?} in {:#?}", &sent[after.min(sent.len())..]);
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Skips the screens `from..to` of questionnaire `id`: the screen `to` comes.
async fn skip_to_hand_in(person: &Person<'_>, mut on: tg::Sent, id: i64, from: usize, to: usize) -> tg::Sent {
    for step in from..to {
        let before = person.fake.sent(person.chat).len();
        person.fake.push(tg::callback(person.chat, &format!("a:{id}:{step}:skip"), on.message_id));
        on = with_button(person, before, &format!("a:{id}:{}:", step + 1)).await;
    }
    on
}

async fn a_missing_required_answer_comes_back_to_its_question(app: TestApp, fake: FakeTelegram) {
    let (m, chair) = town(&app).await;
    let id = questionnaire(&app, &m, &chair).await;
    let anna = Person::new(&fake, 3002, "de");
    anna.start("lindenfeld").await;
    let first = open(&anna, "Integrationsplan", SINGLE).await;
    // Steps: 5 questions, age, gender, handing in (7).
    let hand_in = skip_to_hand_in(&anna, first, id, 0, 7).await;
    assert!(hand_in.text.contains(&t("de", "bot-consultation-review")));
    let back = pick(&anna, &hand_in, id, 7, "submit", &t("de", "response-required")).await;
    assert!(back.text.contains(SINGLE), "back at the first required question: {}", back.text);
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM responses WHERE consultation_id = {id}")).await, 0);
    let next = anna.press_in(&back, "Sprachkurse", MULTIPLE).await;
    let scale = pick(&anna, &next, id, 1, "skip", SCALE).await;
    let hand_in = skip_to_hand_in(&anna, scale, id, 2, 7).await;
    let back = pick(&anna, &hand_in, id, 7, "submit", &t("de", "response-required")).await;
    assert!(back.text.contains(SCALE), "then the scale: {}", back.text);
    let after = pick(&anna, &back, id, 2, "3", RANKING).await;
    let hand_in = skip_to_hand_in(&anna, after, id, 3, 7).await;
    pick(&anna, &hand_in, id, 7, "submit", &t("de", "response-handed-in")).await;
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM responses WHERE consultation_id = {id} AND submitted_at IS NOT NULL")).await, 1);
}

async fn a_missing_required_answer_comes_back_in_arabic_too(app: TestApp, fake: FakeTelegram) {
    let (m, chair) = town(&app).await;
    let settings = [("kind", "questionnaire"), ("title_de", "Kurzbefragung"), ("title_ar", "استبيان قصير")];
    let question: &[(&str, &str)] = &[
        ("kind", "single"),
        ("required", "on"),
        ("prompt_de", "Welcher Tag passt?"),
        ("choices_de", "Montag\nFreitag"),
        ("prompt_ar", "أي يوم يناسبك؟"),
        ("choices_ar", "الاثنين\nالجمعة"),
    ];
    let id = consultation(&app, &m, &chair, &settings, &[question]).await;
    cs::open(&app.state, &chair, &m, id).await.expect("open");
    let karim = Person::new(&fake, 3003, "ar");
    karim.start("lindenfeld").await;
    let first = open(&karim, "استبيان قصير", "أي يوم يناسبك؟").await;
    assert!(
        first.buttons.iter().any(|(text, _)| text == "الجمعة") && first.buttons.iter().any(|(text, _)| *text == t("ar", "response-save"))
    );
    let hand_in = karim.press_in(&first, &t("ar", "bot-consultation-skip"), &t("ar", "bot-consultation-review")).await;
    let back = karim.press_in(&hand_in, &t("ar", "response-submit"), &t("ar", "response-required")).await;
    assert!(back.text.contains("أي يوم يناسبك؟"), "{}", back.text);
    let hand_in = karim.press_in(&back, "الجمعة", &t("ar", "bot-consultation-review")).await;
    karim.press_in(&hand_in, &t("ar", "response-submit"), &t("ar", "response-handed-in")).await;
    let own = chorus::db::responses::own(&app.state.db, id, chat_user(&app, 3003).await.id).await.expect("query").expect("answers");
    assert_eq!((own.answers.answers[0].choice.as_str(), own.lang.as_str()), ("1", "ar"));
}

/// A statement round with two statements of the council, open.
async fn round(app: &TestApp, m: &Municipality, chair: &User) -> i64 {
    let settings = [
        ("kind", "statements"),
        ("title_de", "Was würde die Dienste der Stadt einfacher machen?"),
        ("title_ar", "ما الذي يجعل خدمات المدينة أسهل؟"),
        ("open_statements", "on"),
    ];
    let id = consultation(app, m, chair, &settings, &[]).await;
    for s in ["Briefe sollten in meiner Sprache kommen", "Ämter sollten abends geöffnet sein"] {
        cs::statements::add(&app.state, chair, m, id, s, "de").await.expect("statement");
    }
    cs::open(&app.state, chair, m, id).await.expect("open");
    id
}

async fn statement_shown(app: &TestApp, id: i64, message: &tg::Sent) -> i64 {
    let all: Vec<(i64, String)> = sqlx::query_as("SELECT id, body FROM statements WHERE consultation_id = $1")
        .bind(id)
        .fetch_all(&app.state.db)
        .await
        .expect("statements");
    all.into_iter().find(|(_, body)| message.text.contains(body.as_str())).map(|(id, _)| id).expect("a statement is shown")
}

async fn a_statement_round_takes_reactions_and_new_statements_for_the_moderators(mut app: TestApp, fake: FakeTelegram) {
    let (m, chair) = town(&app).await;
    let id = round(&app, &m, &chair).await;
    let anna = Person::new(&fake, 3004, "de");
    anna.start("lindenfeld").await;
    let progress = |reacted: i64| chorus::i18n::catalog().tr("de").t2("statements-progress", "reacted", reacted, "published", 2);
    let first = open(&anna, "einfacher machen", &progress(0)).await;
    let one = statement_shown(&app, id, &first).await;
    let second = anna.press_in(&first, &t("de", "statement-agree"), &progress(1)).await;
    let two = statement_shown(&app, id, &second).await;
    assert_ne!(one, two);
    let done = anna.press_in(&second, &t("de", "statement-disagree"), &t("de", "statements-all-seen")).await;
    let user = chat_user(&app, 3004).await;
    let votes: Vec<(i64, i64)> = sqlx::query_as("SELECT statement_id, vote FROM reactions WHERE user_id = $1 ORDER BY vote DESC")
        .bind(user.id)
        .fetch_all(&app.state.db)
        .await
        .expect("reactions");
    assert_eq!(votes, [(one, 1), (two, -1)]);
    // The first statement's old buttons change nothing.
    let toasts = fake.calls().iter().filter(|c| c.method == "answerCallbackQuery").count();
    fake.push(tg::callback(3004, &button(&first, &t("de", "statement-pass")), first.message_id));
    let toast = fake.wait_calls("answerCallbackQuery", toasts + 1, WAIT).await;
    assert!(toast.iter().any(|c| c.body["text"] == t("de", "bot-button-expired")));
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM reactions WHERE user_id = {} AND vote = 0", user.id)).await, 0);
    // Her own statement: too short is refused; then it waits for a moderator.
    let ask = anna.press_in(&done, &t("de", "statement-add"), &t("de", "bot-statement-ask")).await;
    assert!(ask.text.contains(&t("de", "statement-hint")));
    anna.say("Nein", &t("de", "statement-too-short")).await;
    anna.say("Formulare sollten Bilder haben", &t("de", "statement-pending")).await;
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM statements WHERE consultation_id = {id} AND status = 'pending'")).await, 1);
    app.new_browser();
    app.login("chair", "a long sentence").await;
    app.get(&format!("/m/lindenfeld/consultations/{id}/statements")).await.assert_contains("Formulare sollten Bilder haben");
}

async fn old_buttons_and_closed_consultations_change_nothing(app: TestApp, fake: FakeTelegram) {
    let (m, chair) = town(&app).await;
    let id = questionnaire(&app, &m, &chair).await;
    let anna = Person::new(&fake, 3005, "de");
    anna.start("lindenfeld").await;
    let first = open(&anna, "Integrationsplan", SINGLE).await;
    let multiple = anna.press_in(&first, "Wohnung", MULTIPLE).await;
    // The first question's button again (an older keyboard): expired, the step stays.
    let toasts = fake.calls().iter().filter(|c| c.method == "answerCallbackQuery").count();
    fake.push(tg::callback(3005, &format!("a:{id}:0:2"), first.message_id));
    let toast = fake.wait_calls("answerCallbackQuery", toasts + 1, WAIT).await;
    assert!(toast.iter().any(|c| c.body["text"] == t("de", "bot-button-expired")));
    let scale = pick(&anna, &multiple, id, 1, "next", SCALE).await;
    // Closed meanwhile: the portal's message, and nothing is stored.
    chorus::services::consultations::results::close_now(&app.state, &chair, &m, id).await.expect("closed");
    pick(&anna, &scale, id, 2, "3", &t("de", "consultation-not-open")).await;
    pick(&anna, &scale, id, 2, "save", &t("de", "consultation-not-open")).await;
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM responses WHERE consultation_id = {id}")).await, 0);
    let list = anna.say("/consultations", "lindenfeld").await;
    assert!(list.text.contains(&chorus::i18n::catalog().tr("de").t1("bot-consultations-none", "municipality", "lindenfeld")));
}
