//! A corpus of hostile inputs against every form route: each answer is a clear 4xx page or a
//! re-rendered form (never a 5xx), and nothing is stored wrongly.

use reqwest::StatusCode;

use crate::{helpers::TestApp, on_both_databases};

on_both_databases!(every_form_route_survives_the_hostile_corpus);

pub(crate) fn corpus() -> Vec<String> {
    vec![
        "x".repeat(10_000),
        "<script>alert('x')</script>".into(),
        "\"><img src=x onerror=alert(1)>".into(),
        "'; DROP TABLE users; --".into(),
        "1 OR 1=1".into(),
        "amina\0null".into(),
        "\u{202e}\u{200f}evil\u{feff}".into(),
        "../../../../etc/passwd".into(),
        "%00%0d%0aSet-Cookie: x=y".into(),
        "zz-ZZ-x-unknown".into(),
        "-1".into(),
        "99999999999999999999999".into(),
        "🙂".repeat(300),
        String::new(),
    ]
}

const ROUTES: &[(&str, &[&str])] = &[
    ("/register", &["username", "password", "password_confirm", "email", "language", "municipality"]),
    ("/login", &["username", "password", "next"]),
    ("/recover", &["username", "code", "password", "password_confirm"]),
    ("/reset", &["username", "code", "password", "password_confirm"]),
    ("/language", &["lang", "back"]),
    ("/account/language", &["lang"]),
    ("/account/password", &["current_password", "password", "password_confirm"]),
    ("/account/delete", &["password"]),
    ("/m/lindenfeld/join", &[]),
    ("/admin/municipalities", &["name", "slug", "languages", "default_language", "moderation_mode", "deleted_account_content"]),
    ("/admin/municipalities/1", &["name", "slug", "languages", "default_language", "moderation_mode", "deleted_account_content"]),
    ("/admin/users/1/roles", &["municipality_id", "role", "revoke"]),
    ("/admin/users/1/admin", &["admin"]),
    ("/admin/users/1/reset-code", &[]),
    ("/m/lindenfeld/issues", &["title", "body", "theme", "tags", "neighbourhood", "anonymous", "lang", "confirmed"]),
    ("/m/lindenfeld/issues/1/support", &["support"]),
    ("/m/lindenfeld/issues/1/comments", &["body", "lang"]),
    ("/m/lindenfeld/issues/1/answers", &["body", "lang", "department", "expected_on", "resolved"]),
    ("/m/lindenfeld/issues/1/status", &["action"]),
    ("/m/lindenfeld/issues/1/edit", &["title", "body", "theme", "tags", "lang"]),
    ("/m/lindenfeld/issues/1/report", &["reason"]),
    ("/m/lindenfeld/comments/1/report", &["reason"]),
    ("/m/lindenfeld/moderation/issues/1", &["action", "reason", "note", "into"]),
    ("/m/lindenfeld/moderation/comments/1", &["action", "reason"]),
    ("/m/lindenfeld/translate/answer/1/en", &["title", "body", "source"]),
    ("/m/lindenfeld/translate/issue/1/en", &["title", "body", "source"]),
    ("/m/lindenfeld/moderation/issues/1/redact", &["title", "body"]),
    ("/m/lindenfeld/moderation/comments/1/redact", &["body"]),
    ("/m/lindenfeld/moderation/answers/1/redact", &["body"]),
    ("/account/notifications/read", &[]),
    ("/admin/municipalities/1/taxonomy", &["action", "id", "dimension", "label", "tag_label", "neighbourhood"]),
    ("/admin/municipalities/1/services", &["name", "description", "languages", "contact"]),
    ("/admin/municipalities/1/services/1", &["name", "description", "languages", "contact"]),
    ("/m/lindenfeld/ballots", BALLOT_FIELDS),
    ("/m/lindenfeld/ballots/1/settings", BALLOT_FIELDS),
    ("/m/lindenfeld/ballots/1/options", &["title_de", "title_en", "cost", "issue"]),
    ("/m/lindenfeld/ballots/1/options/1", &["title_de", "title_en", "cost", "issue"]),
    ("/m/lindenfeld/ballots/1/import", &["file"]),
    ("/m/lindenfeld/ballots/1/open", &[]),
    ("/m/lindenfeld/ballots/2/vote", &["pick", "rank_0", "points_0"]),
    ("/m/lindenfeld/ballots/2/recast", &["receipt", "pick"]),
    ("/m/lindenfeld/ballots/2/receipt", &["receipt"]),
    ("/m/lindenfeld/ballots/1/publish", &[]),
    ("/m/lindenfeld/ballots/1/options/1/remove", &[]),
    ("/m/lindenfeld/ballots/1/delete", &[]),
    ("/m/lindenfeld/consultations", CONSULTATION_FIELDS),
    ("/m/lindenfeld/consultations/1/settings", CONSULTATION_FIELDS),
    ("/m/lindenfeld/consultations/1/questions", QUESTION_FIELDS),
    ("/m/lindenfeld/consultations/1/questions/1", QUESTION_FIELDS),
    ("/m/lindenfeld/consultations/1/translate/en", &["title", "intro", "prompt_1", "choices_1", "low_1", "high_1"]),
    ("/m/lindenfeld/consultations/1/translate/en/prefill", &[]),
    ("/m/lindenfeld/consultations/1/open", &[]),
    (
        "/m/lindenfeld/consultations/2/answer",
        &["q2", "q2_0", "q2_1", "d_age", "d_gender", "d_gender_self", "d_time", "d_language", "action"],
    ),
    ("/m/lindenfeld/consultations/2/texts/1/themes", &["theme"]),
    ("/m/lindenfeld/consultations/3/statements", &["body", "from"]),
    ("/m/lindenfeld/consultations/3/react", &["statement", "vote"]),
    ("/m/lindenfeld/consultations/3/statements/1/moderate", &["action", "reason"]),
    ("/m/lindenfeld/consultations/2/close", &[]),
    ("/m/lindenfeld/consultations/2/publish", &[]),
    ("/m/lindenfeld/consultations/1/questions/1/remove", &[]),
    ("/m/lindenfeld/consultations/1/delete", &[]),
    // Issue 2 is a voice note waiting for its transcript.
    ("/m/lindenfeld/issues/2/transcribe", &["title", "body", "lang"]),
    ("/account/telegram", &[]),
    ("/m/lindenfeld/summaries", SUMMARY_FIELDS),
    ("/m/lindenfeld/summaries/1/edit", SUMMARY_FIELDS),
    ("/m/lindenfeld/summaries/1/recommendations", RECOMMENDATION_FIELDS),
    ("/m/lindenfeld/summaries/1/recommendations/1", RECOMMENDATION_FIELDS),
    ("/m/lindenfeld/summaries/1/refresh", &[]),
    ("/m/lindenfeld/summaries/1/submit", &[]),
    ("/m/lindenfeld/summaries/1/comments", &["body"]),
    ("/m/lindenfeld/summaries/1/approve", &[]),
    ("/m/lindenfeld/summaries/1/reopen", &[]),
    ("/m/lindenfeld/summaries/1/forward", &[]),
    ("/m/lindenfeld/summaries/1/correct", &[]),
    ("/m/lindenfeld/summaries/1/recommendations/1/remove", &[]),
    ("/m/lindenfeld/summaries/1/delete", &[]),
    ("/m/lindenfeld/councils", &["name", "slug", "composition", "description", "lang"]),
    ("/m/lindenfeld/councils/board/members", &["role", "display_name", "affiliation", "username", "term_start", "term_end"]),
    ("/m/lindenfeld/councils/board/members/1", &["display_name", "affiliation"]),
    ("/m/lindenfeld/councils/board/meetings", MEETING_FIELDS),
    ("/m/lindenfeld/councils/board/meetings/1/edit", MEETING_FIELDS),
    ("/m/lindenfeld/councils/board/meetings/1/minutes", &["lang", "body"]),
    ("/m/lindenfeld/councils/board/meetings/1/cancel", &[]),
    ("/m/lindenfeld/councils/board/members/1/end", &["term_end"]),
    // A second council, so that dissolving it leaves `board` open to the routes above.
    ("/m/lindenfeld/councils/old-board/dissolve", &["reason"]),
];

const SUMMARY_FIELDS: &[&str] = &["council", "title", "intro", "lang", "from", "to", "theme", "neighbourhood", "consultation", "ballot"];

const RECOMMENDATION_FIELDS: &[&str] = &["title", "body", "lang", "theme", "issues", "consultations", "statements", "ballots"];

const MEETING_FIELDS: &[&str] =
    &["date", "time", "place", "link", "item_kind_0", "item_ref_0", "item_title_0", "item_kind_1", "item_ref_1"];

const CONSULTATION_FIELDS: &[&str] =
    &["kind", "opens_at", "closes_at", "title_de", "title_en", "intro_de", "ask_age", "ask_gender", "verified_only", "open_statements"];

const QUESTION_FIELDS: &[&str] =
    &["kind", "required", "min_picks", "max_picks", "max_chars", "prompt_de", "prompt_en", "choices_de", "choices_en", "low_de", "high_de"];

const BALLOT_FIELDS: &[&str] = &[
    "method",
    "opens_at",
    "closes_at",
    "min_picks",
    "max_picks",
    "points_total",
    "points_per_option",
    "budget",
    "binding_rule",
    "ranked_strength",
    "within_budget",
    "title_de",
    "title_en",
    "description_de",
];

async fn every_form_route_survives_the_hostile_corpus(app: TestApp) {
    app.create_municipality("lindenfeld", &["de", "en"], "de").await;
    app.create_admin("city-admin", "admin sentence here").await;
    app.login("city-admin", "admin sentence here").await;
    let theme = chorus::db::themes::of_municipality(&app.state.db, 1).await.expect("themes")[0].id;
    let issue = chorus::db::issues::NewIssue {
        municipality_id: 1,
        author_id: app.user_id("city-admin").await,
        anonymous: false,
        title: "Night buses",
        body: "No bus to the north after ten at night.",
        lang: "en",
        theme_id: theme,
        tag_ids: &[],
        neighbourhood_id: None,
        status: "published",
    };
    let id = chorus::db::issues::insert(&mut app.state.db.acquire().await.expect("connection"), &issue).await.expect("issue");
    let author = app.user_id("city-admin").await;
    let voice_author = chorus::db::users::by_id(&app.state.db, author).await.expect("query").expect("admin");
    let voice_town = chorus::db::municipalities::by_id(&app.state.db, 1).await.expect("query").expect("town");
    let note = chorus::services::voice::VoiceNote { bytes: b"OggS voice".to_vec(), mime: "audio/ogg".into(), duration_seconds: 4 };
    let voice =
        chorus::services::voice::submit(&app.state, &voice_author, &voice_town, theme, "so", false, &note).await.expect("voice issue");
    assert_eq!(voice, 2);
    chorus::db::comments::insert(&app.state.db, id, author, "A first comment on it.", "en", "published").await.expect("comment");
    let answer = chorus::db::answers::NewAnswer {
        issue_id: id,
        official_id: author,
        body: "The transport office will look at the timetable.",
        lang: "en",
        department: None,
        expected_on: None,
    };
    chorus::db::answers::insert(&mut app.state.db.acquire().await.expect("connection"), &answer).await.expect("answer");
    // A draft ballot (1) and an open one (2) that the admin, as a resident, may vote in.
    app.grant("city-admin", 1, chorus::domain::role::Role::Resident).await;
    let admin = chorus::db::users::by_id(&app.state.db, author).await.expect("query").expect("admin");
    let town = chorus::db::municipalities::by_id(&app.state.db, 1).await.expect("query").expect("town");
    for title in ["Draft vote", "Open vote"] {
        let form = [
            ("method", "approval"),
            ("opens_at", "2026-01-01T00:00"),
            ("closes_at", "2099-01-01T00:00"),
            ("title_de", title),
            ("title_en", title),
        ];
        let form = form.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        let id = chorus::services::ballots::create(&app.state, &admin, &town, &form).await.expect("ballot");
        for label in ["Eins", "Zwei"] {
            let o = [("title_de", label), ("title_en", label)].iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
            chorus::services::ballots::add_option(&app.state, &admin, &town, id, &o).await.expect("option");
        }
    }
    chorus::services::ballots::open(&app.state, &admin, &town, 2).await.expect("open");
    // A draft questionnaire (1) and an open one (2), one question each.
    for title in ["Draft questionnaire", "Open questionnaire"] {
        let form = [
            ("kind", "questionnaire"),
            ("opens_at", "2026-01-01T00:00"),
            ("closes_at", "2099-01-01T00:00"),
            ("title_de", title),
            ("title_en", title),
            ("ask_age", "on"),
            ("ask_gender", "on"),
        ];
        let form = form.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        let id = chorus::services::consultations::create(&app.state, &admin, &town, &form).await.expect("consultation");
        let q = [
            ("kind", "ranking"),
            ("prompt_de", "Reihenfolge?"),
            ("choices_de", "Eins\nZwei"),
            ("prompt_en", "Order?"),
            ("choices_en", "One\nTwo"),
        ];
        let q = q.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        chorus::services::consultations::add_question(&app.state, &admin, &town, id, &q).await.expect("question");
    }
    chorus::services::consultations::open(&app.state, &admin, &town, 2).await.expect("open");
    // An open statement round (3) with two statements.
    let form = [
        ("kind", "statements"),
        ("opens_at", "2026-01-01T00:00"),
        ("closes_at", "2099-01-01T00:00"),
        ("title_de", "Runde"),
        ("title_en", "Round"),
        ("open_statements", "on"),
    ];
    let form = form.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    let round = chorus::services::consultations::create(&app.state, &admin, &town, &form).await.expect("round");
    for body in ["Letters in my language", "Offices open in the evening"] {
        chorus::services::consultations::statements::add(&app.state, &admin, &town, round, body, "en").await.expect("statement");
    }
    chorus::services::consultations::open(&app.state, &admin, &town, round).await.expect("open round");
    // Two councils (`board` with a seat and a meeting, and `old-board` to dissolve).
    let mut council = None;
    for slug in ["board", "old-board"] {
        let form = chorus::domain::council::CouncilForm {
            name: "Migrant Advisory Board".into(),
            slug: slug.into(),
            composition: "delegates".into(),
            description: String::new(),
            lang: "en".into(),
        };
        council.get_or_insert(chorus::services::councils::create(&app.state, &admin, &town, &form).await.expect("council"));
    }
    let board = council.expect("board");
    let seat = chorus::domain::council::MemberForm { role: "chair".into(), term_start: "2026-01-01".into(), ..Default::default() };
    chorus::services::councils::members::add(&app.state, &admin, &board, &seat).await.expect("seat");
    let meeting =
        [("date", "2027-01-01"), ("time", "18:00"), ("place", "Town hall")].iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    chorus::services::councils::meetings::create(&app.state, &admin, &town, &board, &meeting).await.expect("meeting");
    // A draft summary (1) of `board` and its first recommendation (1).
    let form = [("council", "board"), ("title", "Spring"), ("lang", "en"), ("from", "2026-01-01"), ("to", "2026-06-30")];
    let form = form.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    let summary = chorus::services::summaries::create(&app.state, &admin, &town, &form).await.expect("summary");
    let form = [("title", "Night buses"), ("body", "Run the night bus to the north."), ("lang", "en"), ("issues", "1")];
    let form = form.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    chorus::services::summaries::recommendations::add(&app.state, &admin, &town, summary, &form).await.expect("recommendation");
    for bad in corpus() {
        for (route, fields) in ROUTES {
            let form: Vec<(&str, &str)> = fields.iter().map(|f| (*f, bad.as_str())).collect();
            let page = app.post_raw(route, &form).await;
            let short: String = bad.chars().take(30).collect();
            assert!(!page.status.is_server_error(), "{route} with {short:?}: {}\n{}", page.status, page.body);
            assert!(
                page.status.is_client_error() || page.status.is_redirection() || page.status == StatusCode::OK,
                "{route} {short:?}: {}",
                page.status
            );
            if page.status.is_client_error() {
                assert!(page.body.contains("<html"), "{route} {short:?}: a page, not a bare error");
            }
            assert!(!page.body.contains("<script>alert"), "{route} echoes markup unescaped");
            if let Some(to) = page.headers.get("location") {
                let to = to.to_str().unwrap_or_default();
                assert!(to.starts_with('/') && !to.starts_with("//"), "{route} redirects off-site: {to}");
            }
        }
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, 1, "no account was created");
    assert!(app.count("SELECT COUNT(*) FROM ballot_papers").await <= 1, "at most the one vote the admin may cast");
    assert_eq!(app.count("SELECT COUNT(*) FROM ballot_papers").await, app.count("SELECT COUNT(*) FROM ballot_roll").await);
    assert_eq!(app.count("SELECT COUNT(*) FROM municipalities").await, 1, "no municipality was created");
    assert_eq!(app.count("SELECT COUNT(*) FROM councils").await, 2, "no council was created");
    assert_eq!(app.count("SELECT COUNT(*) FROM council_members").await, 1, "no seat was added");
    assert_eq!(app.count("SELECT COUNT(*) FROM meetings").await, 1, "no meeting was added");
    assert_eq!(app.count("SELECT COUNT(*) FROM councils WHERE dissolved_at IS NOT NULL").await, 1, "only the second was dissolved");
    assert_eq!(app.count("SELECT COUNT(*) FROM users WHERE is_admin = 1").await, 1, "the admin is still admin");
    let names: Vec<String> = sqlx::query_scalar("SELECT name FROM municipalities").fetch_all(&app.state.db).await.expect("names");
    assert_eq!(names, vec!["lindenfeld"], "the municipality was not renamed");
    let roles: Vec<String> = sqlx::query_scalar("SELECT DISTINCT role FROM roles").fetch_all(&app.state.db).await.expect("roles");
    assert!(roles.iter().all(|r| r == "resident"), "{roles:?}");
    let texts: Vec<(String, String)> = sqlx::query_as("SELECT title, body FROM issues").fetch_all(&app.state.db).await.expect("texts");
    assert!(texts.iter().all(|(t, b)| !t.contains('\u{202e}') && !b.contains('\u{202e}')), "no bidi override is stored: {texts:?}");
}
