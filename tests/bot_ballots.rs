//! Priority votes by Telegram, through the fake Bot API, on SQLite and PostgreSQL: the
//! selection shown as it grows, the portal's rules and refusals, one vote per person, a
//! receipt that checks against the published list, and a count that takes Telegram votes like
//! portal votes.

use chorus::{
    db::{self, municipalities::Municipality, users::User},
    domain::{role::Role, vote::Choice},
    i18n::catalog,
    services::ballots::{self, cast, count},
};
use reqwest::StatusCode;

use crate::{
    bot::{Person, WAIT, button, chat_user, t, town},
    fake_telegram::{self as tg, FakeTelegram},
    helpers::TestApp,
};

with_bot!(
    an_approval_vote_by_telegram_in_german_shows_the_selection_and_a_receipt_that_checks,
    a_budget_vote_refuses_going_over_budget_and_shows_what_is_left,
    a_ranked_vote_in_arabic_keeps_the_order_and_can_undo,
    points_are_given_with_plus_and_minus_within_the_limits,
    a_second_cast_follows_the_one_vote_rule,
    a_vote_is_changed_with_its_receipt_where_the_ballot_allows_it,
    an_old_button_after_casting_or_closing_changes_nothing,
    a_telegram_vote_is_counted_like_a_portal_vote,
);

/// Lindenfeld (German, English, Arabic) and a council member who prepares its ballots.
struct Council {
    chair: User,
    town: Municipality,
}

async fn council(app: &TestApp) -> Council {
    let (m, _, _) = town(app).await;
    app.register("chair", "a long sentence").await;
    app.grant("chair", m, Role::CouncilMember).await;
    let chair = db::users::by_id(&app.state.db, app.user_id("chair").await).await.expect("query").expect("chair");
    let town = db::municipalities::by_id(&app.state.db, m).await.expect("query").expect("town");
    Council { chair, town }
}

fn form(pairs: &[(&str, &str)]) -> std::collections::HashMap<String, String> {
    pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

/// Prepares and opens a ballot through the core: `settings` beside its times and titles, and
/// options as `(German, English, Arabic, cost)`.
async fn open_ballot(app: &TestApp, c: &Council, settings: &[(&str, &str)], title: &str, options: &[(&str, &str, &str, u64)]) -> i64 {
    let opens = chorus::domain::ballot::format_datetime(db::now() - 3600);
    let closes = chorus::domain::ballot::format_datetime(db::now() + 48 * 3600);
    let mut fields = vec![
        ("opens_at", opens.as_str()),
        ("closes_at", closes.as_str()),
        ("title_de", title),
        ("title_en", title),
        ("title_ar", title),
        ("description_de", "Worum es geht"),
    ];
    fields.extend_from_slice(settings);
    let id = ballots::create(&app.state, &c.chair, &c.town, &form(&fields)).await.expect("ballot");
    for (de, en, ar, cost) in options {
        let cost = cost.to_string();
        let o = form(&[("title_de", de), ("title_en", en), ("title_ar", ar), ("cost", &cost)]);
        ballots::add_option(&app.state, &c.chair, &c.town, id, &o).await.expect("option");
    }
    ballots::open(&app.state, &c.chair, &c.town, id).await.expect("open");
    id
}

const THREE: &[(&str, &str, &str, u64)] = &[
    ("Abendkurse", "Evening classes", "دروس مسائية", 0),
    ("Nachtbus", "Night bus", "حافلة ليلية", 0),
    ("Parkbänke", "Park benches", "مقاعد الحديقة", 0),
];

/// `/votes`, then the ballot called `title`: the picking screen.
async fn open_in_bot(person: &Person<'_>, title: &str) -> tg::Sent {
    let tr = catalog().tr(person.lang);
    let list = person.say("/votes", &tr.t1("bot-votes-intro", "municipality", "lindenfeld")).await;
    let picking = person.press_in(&list, title, title).await;
    assert!(picking.buttons.iter().any(|(text, _)| *text == tr.t("bot-vote-continue")), "{:?}", picking.buttons);
    picking
}

/// Presses `data` on `message` and returns the notice on the button.
async fn toast(fake: &FakeTelegram, chat: i64, data: &str, message_id: i64) -> String {
    let n = fake.calls().iter().filter(|c| c.method == "answerCallbackQuery").count();
    fake.push(tg::callback(chat, data, message_id));
    let calls = fake.wait_calls("answerCallbackQuery", n + 1, WAIT).await;
    calls[n].body["text"].as_str().unwrap_or_default().to_string()
}

/// The receipt code in a message: four groups of five, with dashes.
fn code_in(text: &str) -> String {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .find(|w| w.len() == 23 && w.split('-').count() == 4)
        .unwrap_or_else(|| panic!("no receipt code in {text:?}"))
        .to_string()
}

/// Confirms and casts from the picking screen; returns the receipt message.
async fn cast_in_bot(person: &Person<'_>, picking: &tg::Sent) -> tg::Sent {
    let confirm = person.press_in(picking, &t(person.lang, "bot-vote-continue"), &t(person.lang, "bot-vote-confirm")).await;
    person.press_in(&confirm, &t(person.lang, "bot-vote-cast"), &t(person.lang, "ballot-receipt-thanks")).await
}

async fn dialogue(app: &TestApp, chat: i64) -> String {
    sqlx::query_scalar("SELECT state FROM bot_dialogues WHERE chat_id = $1").bind(chat).fetch_one(&app.state.db).await.expect("dialogue")
}

async fn close(app: &TestApp, id: i64) {
    sqlx::query("UPDATE ballots SET closes_at = $1 WHERE id = $2").bind(db::now() - 1).bind(id).execute(&app.state.db).await.expect("due");
    count::close_due(&app.state).await.expect("close");
}

async fn an_approval_vote_by_telegram_in_german_shows_the_selection_and_a_receipt_that_checks(app: TestApp, fake: FakeTelegram) {
    let c = council(&app).await;
    let id = open_ballot(&app, &c, &[("method", "approval"), ("min_picks", "1"), ("max_picks", "2")], "Was zuerst?", THREE).await;
    let anna = Person::new(&fake, 3001, "de");
    anna.start("lindenfeld").await;
    let tr = catalog().tr("de");
    let picking = open_in_bot(&anna, "Was zuerst?").await;
    assert!(picking.text.contains("Worum es geht"), "{}", picking.text);
    assert!(picking.text.contains(&tr.t2("ballot-pick-rule", "min", 1, "max", 2)), "{}", picking.text);
    let one = anna.press_in(&picking, "Abendkurse", "✓ Abendkurse").await;
    assert_eq!((one.method.as_str(), one.message_id), ("editMessageText", picking.message_id), "the same message changes");
    assert!(one.buttons.iter().any(|(text, _)| text == "✅ Abendkurse"), "{:?}", one.buttons);
    let two = anna.press_in(&one, "Parkbänke", &tr.t1("bot-vote-picked", "count", 2)).await;
    assert!(two.text.contains("✓ Parkbänke") && two.text.contains("✓ Abendkurse"), "{}", two.text);
    // A third is one too many: refused with the portal's message, nothing changes.
    let before = fake.sent(3001).len();
    assert_eq!(toast(&fake, 3001, &button(&two, "Nachtbus"), two.message_id).await, t("de", "vote-too-many-picks"));
    assert_eq!(fake.sent(3001).len(), before);
    let receipt = cast_in_bot(&anna, &two).await;
    let code = code_in(&receipt.text);
    assert!(receipt.text.contains(&tr.t1("bot-vote-receipt", "code", &code)), "{}", receipt.text);
    assert!(dialogue(&app, 3001).await.contains("idle"), "the selection is gone from the dialogue");
    close(&app, id).await;
    count::publish(&app.state, &c.chair, &c.town, id).await.expect("publish");
    let b = db::ballots::by_id(&app.state.db, c.town.id, id).await.expect("query").expect("ballot");
    let (_, choice) = cast::check_receipt(&app.state, &b, &code).await.expect("check").expect("the receipt names a paper");
    assert_eq!(choice, Choice::Approval(vec![0, 2]));
}

async fn a_budget_vote_refuses_going_over_budget_and_shows_what_is_left(app: TestApp, fake: FakeTelegram) {
    let c = council(&app).await;
    let projects: &[(&str, &str, &str, u64)] =
        &[("Spielplatz", "Playground", "ملعب", 60), ("Radweg", "Cycle path", "مسار دراجات", 50), ("Bänke", "Benches", "مقاعد", 30)];
    let settings = [("method", "budget"), ("budget", "100"), ("within_budget", "on")];
    let id = open_ballot(&app, &c, &settings, "Bürgerhaushalt", projects).await;
    let anna = Person::new(&fake, 3002, "de");
    anna.start("lindenfeld").await;
    let tr = catalog().tr("de");
    let picking = open_in_bot(&anna, "Bürgerhaushalt").await;
    assert!(picking.text.contains(&tr.t2("bot-vote-budget-left", "left", 100, "budget", 100)), "{}", picking.text);
    let one = anna.press_in(&picking, "Spielplatz", &tr.t2("bot-vote-budget-left", "left", 40, "budget", 100)).await;
    let before = fake.sent(3002).len();
    assert_eq!(toast(&fake, 3002, &button(&one, "Radweg"), one.message_id).await, t("de", "vote-over-budget"));
    assert_eq!(fake.sent(3002).len(), before, "over budget: the selection stays as it was");
    let two = anna.press_in(&one, "Bänke", &tr.t2("bot-vote-budget-left", "left", 10, "budget", 100)).await;
    cast_in_bot(&anna, &two).await;
    let papers = db::papers::all(&app.state.db, id).await.expect("papers");
    assert_eq!(papers.iter().map(|(_, c)| c.as_str()).collect::<Vec<_>>(), ["0,2"]);
}

async fn a_ranked_vote_in_arabic_keeps_the_order_and_can_undo(app: TestApp, fake: FakeTelegram) {
    let c = council(&app).await;
    let id = open_ballot(&app, &c, &[("method", "ranked")], "ما الأولوية؟", THREE).await;
    let karim = Person::new(&fake, 3003, "ar");
    karim.start("lindenfeld").await;
    let tr = catalog().tr("ar");
    let picking = open_in_bot(&karim, "ما الأولوية؟").await;
    assert!(picking.text.contains(&tr.t("bot-vote-rank-rule")), "{}", picking.text);
    let first = karim.press_in(&picking, "مقاعد الحديقة", "1. مقاعد الحديقة").await;
    let second = karim.press_in(&first, "دروس مسائية", "2. دروس مسائية").await;
    let undone = karim.press_in(&second, &tr.t("bot-vote-undo"), &tr.t("bot-vote-order")).await;
    assert!(!undone.text.contains("2. ") && undone.text.contains("1. مقاعد الحديقة"), "{}", undone.text);
    let again = karim.press_in(&undone, "حافلة ليلية", "2. حافلة ليلية").await;
    let receipt = cast_in_bot(&karim, &again).await;
    assert!(receipt.text.contains(&t("ar", "bot-vote-receipt-explained")), "{}", receipt.text);
    let papers = db::papers::all(&app.state.db, id).await.expect("papers");
    assert_eq!(papers.iter().map(|(_, c)| c.as_str()).collect::<Vec<_>>(), ["2>1"]);
}

async fn points_are_given_with_plus_and_minus_within_the_limits(app: TestApp, fake: FakeTelegram) {
    let c = council(&app).await;
    let id =
        open_ballot(&app, &c, &[("method", "points"), ("points_total", "3"), ("points_per_option", "2")], "Punkte verteilen", THREE).await;
    let anna = Person::new(&fake, 3004, "de");
    anna.start("lindenfeld").await;
    let tr = catalog().tr("de");
    let picking = open_in_bot(&anna, "Punkte verteilen").await;
    let one = anna.press(&format!("vote:{id}:a0"), picking.message_id, &tr.t2("bot-vote-points-left", "left", 2, "total", 3)).await;
    let two = anna.press(&format!("vote:{id}:a0"), one.message_id, "Abendkurse: 2").await;
    assert_eq!(toast(&fake, 3004, &format!("vote:{id}:a0"), two.message_id).await, t("de", "vote-points-over-max"));
    let three = anna.press(&format!("vote:{id}:a1"), two.message_id, "Nachtbus: 1").await;
    assert_eq!(toast(&fake, 3004, &format!("vote:{id}:a2"), three.message_id).await, t("de", "vote-points-over-total"));
    let four = anna.press(&format!("vote:{id}:r0"), three.message_id, "Abendkurse: 1").await;
    cast_in_bot(&anna, &four).await;
    let papers = db::papers::all(&app.state.db, id).await.expect("papers");
    assert_eq!(papers.iter().map(|(_, c)| c.as_str()).collect::<Vec<_>>(), ["0:1,1:1"]);
}

async fn a_second_cast_follows_the_one_vote_rule(app: TestApp, fake: FakeTelegram) {
    let c = council(&app).await;
    let id = open_ballot(&app, &c, &[("method", "approval"), ("min_picks", "1")], "Was zuerst?", THREE).await;
    let anna = Person::new(&fake, 3005, "de");
    anna.start("lindenfeld").await;
    let picking = open_in_bot(&anna, "Was zuerst?").await;
    let picked = anna.press_in(&picking, "Nachtbus", "✓ Nachtbus").await;
    let confirm = anna.press_in(&picked, &t("de", "bot-vote-continue"), &t("de", "bot-vote-confirm")).await;
    // Meanwhile the same person's vote arrives another way (another server, a second device).
    let user = db::users::by_id(&app.state.db, chat_user(&app, 3005).await).await.expect("query").expect("user");
    cast::cast(&app.state, &user, &c.town, id, &[("pick".into(), "0".into())]).await.expect("the first vote");
    anna.press_in(&confirm, &t("de", "bot-vote-cast"), &t("de", "vote-already-cast")).await;
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM ballot_papers WHERE ballot_id = {id}")).await, 1);
    assert!(dialogue(&app, 3005).await.contains("idle"));
    // Opening the ballot again: it says so, and offers nothing to pick.
    let list = anna.say("/votes", &catalog().tr("de").t1("bot-votes-intro", "municipality", "lindenfeld")).await;
    let shown = anna.press_in(&list, "Was zuerst?", &t("de", "ballot-voted")).await;
    assert!(shown.buttons.is_empty(), "{:?}", shown.buttons);
}

async fn an_old_button_after_casting_or_closing_changes_nothing(app: TestApp, fake: FakeTelegram) {
    let c = council(&app).await;
    let id = open_ballot(&app, &c, &[("method", "approval")], "Was zuerst?", THREE).await;
    let later = open_ballot(&app, &c, &[("method", "approval")], "Was danach?", THREE).await;
    let anna = Person::new(&fake, 3006, "de");
    anna.start("lindenfeld").await;
    let picking = open_in_bot(&anna, "Was zuerst?").await;
    let picked = anna.press_in(&picking, "Nachtbus", "✓ Nachtbus").await;
    cast_in_bot(&anna, &picked).await;
    let before = fake.sent(3006).len();
    for action in ["p2", "ok", "cast"] {
        assert_eq!(toast(&fake, 3006, &format!("vote:{id}:{action}"), picked.message_id).await, t("de", "bot-button-expired"));
    }
    assert_eq!(fake.sent(3006).len(), before, "no message changed");
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM ballot_papers WHERE ballot_id = {id}")).await, 1);
    // A ballot that closes while a selection is under way takes nothing more.
    let picking = open_in_bot(&anna, "Was danach?").await;
    assert_eq!(
        toast(&fake, 3006, &format!("vote:{id}:p0"), picking.message_id).await,
        t("de", "bot-button-expired"),
        "another ballot's button"
    );
    close(&app, later).await;
    assert_eq!(toast(&fake, 3006, &format!("vote:{later}:p0"), picking.message_id).await, t("de", "ballot-not-open"));
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM ballot_papers WHERE ballot_id = {later}")).await, 0);
    assert!(dialogue(&app, 3006).await.contains("idle"));
}

async fn a_telegram_vote_is_counted_like_a_portal_vote(mut app: TestApp, fake: FakeTelegram) {
    let c = council(&app).await;
    let id = open_ballot(&app, &c, &[("method", "approval")], "Was zuerst?", THREE).await;
    app.new_browser();
    app.register("amina", "a long sentence").await;
    app.grant("amina", c.town.id, Role::Resident).await;
    let page = app.post(&format!("/m/lindenfeld/ballots/{id}/vote"), &[("pick", "1")]).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let anna = Person::new(&fake, 3007, "de");
    anna.start("lindenfeld").await;
    let picking = open_in_bot(&anna, "Was zuerst?").await;
    let one = anna.press_in(&picking, "Nachtbus", "✓ Nachtbus").await;
    let two = anna.press_in(&one, "Parkbänke", "✓ Parkbänke").await;
    cast_in_bot(&anna, &two).await;
    close(&app, id).await;
    let b = db::ballots::by_id(&app.state.db, c.town.id, id).await.expect("query").expect("ballot");
    let results = count::results(&b).expect("counted");
    assert_eq!((results.voters, results.papers), (2, 2));
    let chorus::voting::rules::Outcome::Approval(totals) = &results.outcomes[0] else { panic!("{:?}", results.outcomes) };
    assert_eq!(totals.totals, [0, 2, 1]);
    assert_eq!(results.outcomes[0].winners()[0], 1);
}

async fn a_vote_is_changed_with_its_receipt_where_the_ballot_allows_it(app: TestApp, fake: FakeTelegram) {
    let c = council(&app).await;
    let id = open_ballot(&app, &c, &[("method", "approval"), ("allow_recast", "on")], "Was zuerst?", THREE).await;
    let anna = Person::new(&fake, 3008, "de");
    anna.start("lindenfeld").await;
    let picking = open_in_bot(&anna, "Was zuerst?").await;
    let picked = anna.press_in(&picking, "Nachtbus", "✓ Nachtbus").await;
    let code = code_in(&cast_in_bot(&anna, &picked).await.text);
    let picking = open_in_bot(&anna, "Was zuerst?").await;
    assert!(picking.text.contains(&t("de", "ballot-voted-recast")), "{}", picking.text);
    let picked = anna.press_in(&picking, "Parkbänke", "✓ Parkbänke").await;
    let confirm = anna.press_in(&picked, &t("de", "bot-vote-continue"), &t("de", "bot-vote-confirm")).await;
    anna.press_in(&confirm, &t("de", "bot-vote-cast"), &t("de", "bot-vote-ask-receipt")).await;
    anna.say("AAAAA-BBBBB-CCCCC-DDDDD", &t("de", "vote-receipt-unknown")).await;
    let receipt = anna.say(&code, &t("de", "ballot-receipt-thanks")).await;
    assert_ne!(code_in(&receipt.text), code, "a new receipt");
    let papers = db::papers::all(&app.state.db, id).await.expect("papers");
    assert_eq!(papers.iter().map(|(_, c)| c.as_str()).collect::<Vec<_>>(), ["2"], "the paper was replaced");
    assert!(dialogue(&app, 3008).await.contains("idle"));
}
