//! What happens after a summary is forwarded: officials answer each point once, report
//! progress until done or dropped; everyone who contributed is told once per event; overdue
//! points are announced once (the pages, the API and the bot: `official_pages`). Until
//! summaries are written through the portal, the fixture stores a forwarded summary, its
//! council and its sources by SQL.

use chorus::{
    db::users::User,
    domain::{official::ResponseForm, role::Role},
    error::AppError,
};
use reqwest::StatusCode;

use crate::{helpers::TestApp, on_both_databases};

on_both_databases!(
    officials_answer_each_decision_and_everyone_reads_it_in_their_language,
    a_second_answer_conflicts_and_of_two_at_once_exactly_one_wins,
    the_deadline_is_required_unless_rejected_and_the_form_keeps_the_input,
    progress_reaches_done_and_dropping_needs_a_reason,
    contributors_are_told_once_per_person_per_point_when_answered_and_when_done,
    an_overdue_point_is_announced_once_even_when_two_servers_sweep_twice,
);

pub(crate) const PASSWORD: &str = "a long sentence";

/// A recommendation of the fixture: its title, theme and sources (kind, id).
pub(crate) type Rec<'a> = (&'a str, Option<i64>, &'a [(&'a str, i64)]);

/// A forwarded summary of municipality `m` (with a council, made once), forwarded `days_ago`,
/// with recommendations `(title, theme, sources)`; returns the summary and the point ids.
pub(crate) async fn forwarded(app: &TestApp, m: i64, days_ago: i64, recs: &[Rec<'_>]) -> (i64, Vec<i64>) {
    let db = &app.state.db;
    let council: Option<i64> =
        sqlx::query_scalar("SELECT id FROM councils WHERE municipality_id = $1").bind(m).fetch_optional(db).await.expect("council");
    let council = match council {
        Some(c) => c,
        None => sqlx::query_scalar(
            "INSERT INTO councils (municipality_id, slug, name, composition, lang, created_at) VALUES ($1, 'council', 'Migrant council', 'elected', 'en', 0) RETURNING id",
        )
        .bind(m)
        .fetch_one(db)
        .await
        .expect("council"),
    };
    let at = chorus::db::now() - days_ago * 86_400;
    let summary: i64 = sqlx::query_scalar(
        "INSERT INTO summaries (municipality_id, council_id, series_id, version, status, title, lang, period_from, period_to, created_at, updated_at, forwarded_at)
         VALUES ($1, $2, 0, 1, 'forwarded', 'Spring summary', 'en', 0, 1, $3, $3, $3) RETURNING id",
    )
    .bind(m)
    .bind(council)
    .bind(at)
    .fetch_one(db)
    .await
    .expect("summary");
    sqlx::query("UPDATE summaries SET series_id = id WHERE id = $1").bind(summary).execute(db).await.expect("series");
    let mut points = Vec::new();
    for (i, (title, theme, sources)) in recs.iter().enumerate() {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO recommendations (summary_id, number, title, body, lang, theme_id) VALUES ($1, $2, $3, $4, 'en', $5) RETURNING id",
        )
        .bind(summary)
        .bind(i as i64 + 1)
        .bind(*title)
        .bind(format!("The council recommends: {title}."))
        .bind(*theme)
        .fetch_one(db)
        .await
        .expect("recommendation");
        sqlx::query("UPDATE recommendations SET point_id = id WHERE id = $1").bind(id).execute(db).await.expect("point");
        for (kind, source) in *sources {
            sqlx::query("INSERT INTO recommendation_sources (recommendation_id, kind, source_id) VALUES ($1, $2, $3)")
                .bind(id)
                .bind(*kind)
                .bind(*source)
                .execute(db)
                .await
                .expect("source");
        }
        points.push(id);
    }
    (summary, points)
}

/// Lindenfeld (English, German, Arabic), its first category and an official `ola-official`
/// signed in.
pub(crate) async fn town(app: &mut TestApp) -> (i64, i64) {
    let m = app.create_municipality("lindenfeld", &["en", "de", "ar"], "en").await;
    let theme = chorus::db::themes::of_municipality(&app.state.db, m).await.expect("themes")[0].id;
    person(app, "ola-official", Some((m, Role::Official))).await;
    app.login("ola-official", PASSWORD).await;
    (m, theme)
}

/// Registers `name` in a fresh browser (granting `role`), leaving that browser signed out.
pub(crate) async fn person(app: &mut TestApp, name: &str, role: Option<(i64, Role)>) -> i64 {
    app.new_browser();
    app.register(name, PASSWORD).await;
    app.logout().await;
    if let Some((m, r)) = role {
        app.grant(name, m, r).await;
    }
    app.user_id(name).await
}

pub(crate) async fn sign_in_as(app: &mut TestApp, name: &str) {
    app.new_browser();
    app.login(name, PASSWORD).await;
}

/// Answers point `point` through the form.
pub(crate) async fn answer(app: &TestApp, point: i64, decision: &str, deadline: &str) -> reqwest::StatusCode {
    let fields = [
        ("decision", decision),
        ("reason", "The housing office opens an advice desk in Arabic and Tigrinya."),
        ("department", "Housing office"),
        ("owner_role", "Head of the housing office"),
        ("deadline", deadline),
        ("lang", "en"),
    ];
    app.post_raw(&format!("/m/lindenfeld/official/points/{point}/answer"), &fields).await.status
}

pub(crate) fn in_days(days: i64) -> String {
    chorus::domain::official::epoch_date(chorus::db::now() + days * 86_400)
}

pub(crate) async fn issue(app: &TestApp, m: i64, theme: i64, author: i64, title: &str) -> i64 {
    let new = chorus::db::issues::NewIssue {
        municipality_id: m,
        author_id: author,
        anonymous: false,
        title,
        body: "There is no evening bus to the north of the town after ten.",
        lang: "en",
        theme_id: theme,
        tag_ids: &[],
        neighbourhood_id: None,
        status: "published",
    };
    chorus::db::issues::insert(&mut app.state.db.acquire().await.expect("connection"), &new).await.expect("issue")
}

pub(crate) async fn exec(app: &TestApp, sql: &str) {
    sqlx::query(sql).execute(&app.state.db).await.unwrap_or_else(|e| panic!("{sql}: {e}"));
}

pub(crate) async fn scalar(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(&app.state.db).await.unwrap_or_else(|e| panic!("{sql}: {e}"))
}

async fn officials_answer_each_decision_and_everyone_reads_it_in_their_language(mut app: TestApp) {
    let (m, theme) = town(&mut app).await;
    let amina = person(&mut app, "amina", None).await;
    let raised = issue(&app, m, theme, amina, "Evening buses").await;
    let consultation = scalar(&app, &format!("INSERT INTO consultations (municipality_id, kind, status, opens_at, closes_at, created_at) VALUES ({m}, 'questionnaire', 'published', 0, 1, 0) RETURNING id")).await;
    let ballot = scalar(&app, &format!("INSERT INTO ballots (municipality_id, method, status, opens_at, closes_at, created_at) VALUES ({m}, 'approval', 'published', 0, 1, 0) RETURNING id")).await;
    let sources: &[(&str, i64)] = &[("issue", raised), ("consultation", consultation), ("ballot", ballot)];
    let (summary, points) = forwarded(
        &app,
        m,
        3,
        &[("Night buses", Some(theme), sources), ("Advice desk", None, &[]), ("Letters", None, &[]), ("Sports", None, &[])],
    )
    .await;
    sign_in_as(&mut app, "ola-official").await;
    app.get("/m/lindenfeld/official")
        .await
        .assert_contains("Night buses")
        .assert_contains(&format!("/official/points/{}/answer", points[0]));
    for (point, decision) in points.iter().zip(["accepted", "partly", "rejected", "study"]) {
        let deadline = if decision == "rejected" { String::new() } else { in_days(30) };
        assert_eq!(answer(&app, *point, decision, &deadline).await, StatusCode::SEE_OTHER, "{decision}");
    }
    let stored: Vec<String> =
        sqlx::query_scalar("SELECT decision FROM official_responses ORDER BY point_id").fetch_all(&app.state.db).await.expect("answers");
    assert_eq!(stored, ["accepted", "partly", "rejected", "study"]);
    assert_eq!(app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'official.answer'").await, 4, "every answer is audited");
    // The public page, anonymous: decisions, the owner as a role only, anchors and links.
    app.new_browser();
    let page = app.get_with("/m/lindenfeld/said-did", &[("accept-language", "en")]).await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains("Accepted")
        .assert_contains("Partly accepted")
        .assert_contains("Rejected")
        .assert_contains("To be studied")
        .assert_contains("Head of the housing office")
        .assert_contains(&format!("id=\"point-{}\"", points[0]))
        .assert_contains(&format!("/m/lindenfeld/issues/{raised}"))
        .assert_contains(&format!("/m/lindenfeld/consultations/{consultation}"))
        .assert_contains(&format!("/m/lindenfeld/ballots/{ballot}"))
        .assert_contains(&format!("/m/lindenfeld/summaries/{summary}"))
        .assert_lacks("ola-official");
    // A volunteer's German translation is shown to German readers, the original behind a switch.
    let t = chorus::db::translations::NewTranslation {
        kind: chorus::db::translations::Kind::Recommendation,
        content_id: points[0],
        lang: "de",
        title: "Nachtbusse",
        body: "Der Beirat empfiehlt Nachtbusse.",
        source: "human",
        reviewed: true,
        translator_id: None,
    };
    chorus::db::translations::upsert(&app.state.db, &t).await.expect("translation");
    let german = app.get_with("/m/lindenfeld/said-did", &[("accept-language", "de")]).await;
    german.assert_contains("Nachtbusse").assert_contains("lang=\"de\"").assert_contains("<details>").assert_contains("Angenommen");
    // Translators find the new texts in their queue.
    let translator = person(&mut app, "tara-translator", Some((m, Role::Translator))).await;
    assert!(translator > 0);
    sign_in_as(&mut app, "tara-translator").await;
    let queue = app.get("/m/lindenfeld/translate").await;
    queue.assert_contains("/translate/recommendation/").assert_contains("/translate/official_response/");
    let form = app.get(&format!("/m/lindenfeld/translate/official_response/{}/de", points[0])).await;
    assert_eq!(form.status, StatusCode::OK);
    form.assert_contains(&format!("/m/lindenfeld/said-did#point-{}", points[0]));
}

async fn a_second_answer_conflicts_and_of_two_at_once_exactly_one_wins(mut app: TestApp) {
    let (m, _) = town(&mut app).await;
    let (_, points) = forwarded(&app, m, 1, &[("Night buses", None, &[]), ("Advice desk", None, &[])]).await;
    sign_in_as(&mut app, "ola-official").await;
    assert_eq!(answer(&app, points[0], "accepted", &in_days(10)).await, StatusCode::SEE_OTHER);
    assert_eq!(answer(&app, points[0], "rejected", "").await, StatusCode::CONFLICT, "a point is answered once");
    let decision: String = sqlx::query_scalar("SELECT decision FROM official_responses WHERE point_id = $1")
        .bind(points[0])
        .fetch_one(&app.state.db)
        .await
        .expect("answer");
    assert_eq!(decision, "accepted", "the first answer stands");
    // Two officials at the same moment, through the core: exactly one answer is stored.
    let oleg = person(&mut app, "oleg-official", Some((m, Role::Official))).await;
    let ola = app.user_id("ola-official").await;
    let user = |id| {
        let db = app.state.db.clone();
        async move { chorus::db::users::by_id(&db, id).await.expect("query").expect("user") }
    };
    let (a, b): (User, User) = (user(ola).await, user(oleg).await);
    let town = chorus::db::municipalities::by_id(&app.state.db, m).await.expect("query").expect("town");
    let form = |decision: &str| ResponseForm {
        decision: decision.into(),
        reason: "We will study the timetable with the transport company.".into(),
        department: "Transport".into(),
        owner_role: "Head of transport".into(),
        deadline: in_days(5),
        lang: "en".into(),
        ..ResponseForm::default()
    };
    let (fa, fb) = (form("study"), form("partly"));
    let (ra, rb) = tokio::join!(
        chorus::services::official::answer(&app.state, &a, &town, points[1], &fa, "en"),
        chorus::services::official::answer(&app.state, &b, &town, points[1], &fb, "en")
    );
    let wins = [&ra, &rb].iter().filter(|r| r.is_ok()).count();
    assert_eq!(wins, 1, "{ra:?} {rb:?}");
    assert!([&ra, &rb].iter().any(|r| matches!(r, Err(AppError::Conflict("official-already-answered")))));
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM official_responses WHERE point_id = {}", points[1])).await, 1);
}

async fn the_deadline_is_required_unless_rejected_and_the_form_keeps_the_input(mut app: TestApp) {
    let (m, _) = town(&mut app).await;
    let (_, points) = forwarded(&app, m, 1, &[("Night buses", None, &[])]).await;
    sign_in_as(&mut app, "ola-official").await;
    let path = format!("/m/lindenfeld/official/points/{}/answer", points[0]);
    let fields =
        [("decision", "accepted"), ("reason", "We add a night bus."), ("department", "Transport"), ("owner_role", "Head of transport")];
    let page = app.post(&path, &fields).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains("Give a deadline").assert_contains("We add a night bus.").assert_contains("value=\"Transport\"");
    assert!(page.body.contains("aria-describedby=\"deadline-hint deadline-error\""), "the error is linked to its field");
    let mut past = fields.to_vec();
    past.push(("deadline", "2001-01-01"));
    app.post(&path, &past).await.assert_contains("The deadline cannot be in the past.");
    let empty = app.post(&path, &[]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    empty
        .assert_contains("Choose a decision.")
        .assert_contains("Explain the decision.")
        .assert_contains("Name the responsible department.");
    let mut unknown = fields.to_vec();
    let deadline = in_days(3);
    unknown.extend([("deadline", deadline.as_str()), ("owner", "nobody-here")]);
    app.post(&path, &unknown).await.assert_contains("There is no official of this municipality with this username.");
    assert_eq!(app.count("SELECT COUNT(*) FROM official_responses").await, 0, "nothing was stored");
    assert_eq!(answer(&app, points[0], "rejected", "").await, StatusCode::SEE_OTHER, "a rejection needs no deadline");
    let deadline: Option<i64> =
        sqlx::query_scalar("SELECT deadline FROM official_responses").fetch_one(&app.state.db).await.expect("answer");
    assert_eq!(deadline, None);
}

async fn progress_reaches_done_and_dropping_needs_a_reason(mut app: TestApp) {
    let (m, _) = town(&mut app).await;
    let (_, points) = forwarded(&app, m, 1, &[("Night buses", None, &[]), ("Advice desk", None, &[])]).await;
    sign_in_as(&mut app, "ola-official").await;
    let progress = |p: i64| format!("/m/lindenfeld/official/points/{p}/progress");
    assert_eq!(
        app.post_raw(&progress(points[0]), &[("state", "in_progress"), ("body", "Work began.")]).await.status,
        StatusCode::CONFLICT,
        "no progress before the answer"
    );
    for p in &points {
        assert_eq!(answer(&app, *p, "accepted", &in_days(20)).await, StatusCode::SEE_OTHER);
    }
    app.get(&progress(points[0])).await.assert_contains("Report progress");
    let steps = [("in_progress", "The timetable is being changed."), ("done", "The night bus runs since Monday.")];
    for (state, body) in steps {
        assert_eq!(app.post_raw(&progress(points[0]), &[("state", state), ("body", body)]).await.status, StatusCode::SEE_OTHER, "{state}");
    }
    let (state, closed): (String, Option<i64>) = sqlx::query_as("SELECT state, closed_at FROM official_responses WHERE point_id = $1")
        .bind(points[0])
        .fetch_one(&app.state.db)
        .await
        .expect("answer");
    assert_eq!(state, "done");
    assert!(closed.is_some());
    assert_eq!(
        app.post_raw(&progress(points[0]), &[("state", "in_progress"), ("body", "More.")]).await.status,
        StatusCode::CONFLICT,
        "done is final"
    );
    let page = app.post(&progress(points[1]), &[("state", "dropped"), ("body", "  ")]).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains("Say why it was dropped.");
    let future = in_days(2);
    app.post(&progress(points[1]), &[("state", "dropped"), ("body", "No budget."), ("date", future.as_str())])
        .await
        .assert_contains("The date cannot be in the future.");
    assert_eq!(
        app.post_raw(&progress(points[1]), &[("state", "dropped"), ("body", "No budget this year.")]).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM progress_updates").await, 3);
    app.new_browser();
    app.get("/m/lindenfeld/said-did")
        .await
        .assert_contains("The night bus runs since Monday.")
        .assert_contains("No budget this year.")
        .assert_contains("Dropped");
}

async fn contributors_are_told_once_per_person_per_point_when_answered_and_when_done(mut app: TestApp) {
    let (m, theme) = town(&mut app).await;
    let ola = app.user_id("ola-official").await;
    let amina = person(&mut app, "amina", None).await;
    let bashir = person(&mut app, "bashir", None).await;
    let chen = person(&mut app, "chen", None).await;
    let dana = person(&mut app, "dana", None).await;
    let emil = person(&mut app, "emil", None).await;
    let farah = person(&mut app, "farah", None).await;
    let raised = issue(&app, m, theme, amina, "Evening buses").await;
    for supporter in [amina, bashir, ola] {
        exec(&app, &format!("INSERT INTO supports (issue_id, user_id, created_at) VALUES ({raised}, {supporter}, 0)")).await;
    }
    let questionnaire = scalar(&app, &format!("INSERT INTO consultations (municipality_id, kind, status, opens_at, closes_at, created_at) VALUES ({m}, 'questionnaire', 'published', 0, 1, 0) RETURNING id")).await;
    exec(
        &app,
        &format!(
            "INSERT INTO responses (consultation_id, user_id, lang, submitted_at, updated_at) VALUES ({questionnaire}, {amina}, 'en', 1, 1)"
        ),
    )
    .await;
    // Saved but never submitted: not a contribution.
    exec(&app, &format!("INSERT INTO responses (consultation_id, user_id, lang, submitted_at, updated_at) VALUES ({questionnaire}, {farah}, 'en', NULL, 1)")).await;
    let round = scalar(&app, &format!("INSERT INTO consultations (municipality_id, kind, status, opens_at, closes_at, created_at) VALUES ({m}, 'statements', 'published', 0, 1, 0) RETURNING id")).await;
    let statement = scalar(&app, &format!("INSERT INTO statements (consultation_id, author_id, lang, body, status, created_at) VALUES ({round}, {chen}, 'en', 'Buses at night', 'published', 0) RETURNING id")).await;
    exec(
        &app,
        &format!(
            "INSERT INTO reactions (statement_id, user_id, consultation_id, vote, created_at) VALUES ({statement}, {dana}, {round}, 1, 0)"
        ),
    )
    .await;
    let ballot = scalar(&app, &format!("INSERT INTO ballots (municipality_id, method, status, opens_at, closes_at, created_at) VALUES ({m}, 'approval', 'published', 0, 1, 0) RETURNING id")).await;
    exec(&app, &format!("INSERT INTO ballot_roll (ballot_id, user_id) VALUES ({ballot}, {emil})")).await;
    // Bashir uses the bot: his notifications wait in the outbox for it.
    chorus::db::bot::insert_chat(&app.state.db, 5005, bashir, "de").await.expect("chat");
    let sources: &[(&str, i64)] = &[("issue", raised), ("consultation", questionnaire), ("statement", statement), ("ballot", ballot)];
    let (_, points) = forwarded(&app, m, 2, &[("Night buses", None, sources), ("Advice desk", None, &[("issue", raised)])]).await;
    assert_eq!(
        chorus::db::official::contributors(&app.state.db, points[0]).await.expect("contributors"),
        vec![ola, amina, bashir, chen, dana, emil]
    );
    sign_in_as(&mut app, "ola-official").await;
    assert_eq!(answer(&app, points[0], "accepted", &in_days(10)).await, StatusCode::SEE_OTHER);
    let told = |status: &str| {
        format!("SELECT COUNT(*) FROM notifications WHERE kind = 'summary' AND subject_id = {} AND status = '{status}'", points[0])
    };
    assert_eq!(app.count(&told("answered")).await, 5, "amina, bashir, chen, dana and emil, each once; not the official");
    let per_person = format!("SELECT COUNT(*) FROM notifications WHERE user_id = {amina} AND kind = 'summary'");
    assert_eq!(app.count(&per_person).await, 1, "amina raised, supported and answered: one notice");
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM notifications WHERE user_id IN ({ola}, {farah})")).await, 0);
    let pending = format!("SELECT COUNT(*) FROM notifications WHERE kind = 'summary' AND delivered_at IS NULL AND user_id = {bashir}");
    assert_eq!(app.count(&pending).await, 1, "the bot's outbox holds bashir's notice");
    let web_only = format!("SELECT COUNT(*) FROM notifications WHERE kind = 'summary' AND delivered_at = 0 AND user_id = {amina}");
    assert_eq!(app.count(&web_only).await, 1, "nothing for a channel amina does not use");
    let progress = format!("/m/lindenfeld/official/points/{}/progress", points[0]);
    app.post_raw(&progress, &[("state", "in_progress"), ("body", "Started.")]).await;
    assert_eq!(app.count(&per_person).await, 1, "work in progress tells nobody");
    app.post_raw(&progress, &[("state", "done"), ("body", "The night bus runs.")]).await;
    assert_eq!(app.count(&told("done")).await, 5);
    assert_eq!(app.count(&per_person).await, 2);
    // Amina reads it in the app, with a link to the point.
    sign_in_as(&mut app, "amina").await;
    app.get("/account/notifications")
        .await
        .assert_contains("A recommendation you contributed to is done")
        .assert_contains("The city answered a recommendation you contributed to")
        .assert_contains(&format!("/m/lindenfeld/said-did#point-{}", points[0]))
        .assert_contains("Night buses");
    // The bot's sentence, in bashir's language.
    let notice_id: i64 = scalar(&app, &format!("SELECT MAX(id) FROM notifications WHERE user_id = {bashir}")).await;
    let tr = chorus::i18n::catalog().tr("de");
    let notice = chorus::services::notifications::one(&app.state, bashir, notice_id, "de").await.expect("read").expect("a notice");
    assert_eq!(chorus::services::notifications::sentence(&tr, &notice), tr.t1("bot-notice-summary-done", "title", "Night buses"));
}

async fn an_overdue_point_is_announced_once_even_when_two_servers_sweep_twice(mut app: TestApp) {
    let (m, _) = town(&mut app).await;
    let ola = app.user_id("ola-official").await;
    let oleg = person(&mut app, "oleg-official", Some((m, Role::Official))).await;
    let cora = person(&mut app, "cora-council", None).await;
    let past = person(&mut app, "pia-past-member", None).await;
    let (_, points) = forwarded(&app, m, 40, &[("Night buses", None, &[]), ("Advice desk", None, &[]), ("Letters", None, &[])]).await;
    let council = scalar(&app, "SELECT id FROM councils").await;
    exec(
        &app,
        &format!(
            "INSERT INTO council_members (council_id, user_id, role, term_start, created_at) VALUES ({council}, {cora}, 'chair', 0, 0)"
        ),
    )
    .await;
    exec(&app, &format!("INSERT INTO council_members (council_id, user_id, role, term_start, term_end, created_at) VALUES ({council}, {past}, 'member', 0, 10, 0)")).await;
    sign_in_as(&mut app, "ola-official").await;
    let path = format!("/m/lindenfeld/official/points/{}/answer", points[0]);
    let deadline = in_days(0);
    let with_owner = [
        ("decision", "accepted"),
        ("reason", "A night bus."),
        ("department", "Transport"),
        ("owner_role", "Head of transport"),
        ("owner", "OLA-official"),
        ("deadline", deadline.as_str()),
    ];
    assert_eq!(app.post_raw(&path, &with_owner).await.status, StatusCode::SEE_OTHER);
    assert_eq!(answer(&app, points[1], "study", &deadline).await, StatusCode::SEE_OTHER);
    assert_eq!(answer(&app, points[2], "partly", &deadline).await, StatusCode::SEE_OTHER);
    // The third is done in time: never overdue.
    app.post_raw(&format!("/m/lindenfeld/official/points/{}/progress", points[2]), &[("state", "done"), ("body", "Done.")]).await;
    let owner: Option<i64> = sqlx::query_scalar("SELECT owner_id FROM official_responses WHERE point_id = $1")
        .bind(points[0])
        .fetch_one(&app.state.db)
        .await
        .expect("owner");
    assert_eq!(owner, Some(ola), "the owner is found by username, whatever its case");
    let now = chorus::db::now();
    assert!(chorus::services::official::overdue::sweep(&app.state, now).await.expect("sweep").is_empty(), "due today is not overdue");
    exec(&app, "UPDATE official_responses SET deadline = deadline - 3 * 86400").await;
    let other = app.another_server(&[]).await;
    let (a, b) = tokio::join!(
        chorus::services::official::overdue::sweep(&app.state, now),
        chorus::services::official::overdue::sweep(&other.state, now)
    );
    let claimed = a.expect("sweep").len() + b.expect("sweep").len();
    assert_eq!(claimed, 2, "each overdue point is claimed by one server");
    chorus::services::official::overdue::sweep(&app.state, now + 60).await.expect("sweep again");
    let told = |p: i64| {
        format!("SELECT user_id FROM notifications WHERE kind = 'summary' AND status = 'overdue' AND subject_id = {p} ORDER BY user_id")
    };
    let first: Vec<i64> = sqlx::query_scalar(&told(points[0])).fetch_all(&app.state.db).await.expect("told");
    assert_eq!(first, vec![ola, cora], "the owner and the council's current member, once each");
    let second: Vec<i64> = sqlx::query_scalar(&told(points[1])).fetch_all(&app.state.db).await.expect("told");
    assert_eq!(second, vec![ola, oleg, cora], "without an owner: every official, and the council");
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM notifications WHERE subject_id = {} AND status = 'overdue'", points[2])).await, 0);
    app.new_browser();
    let page = app.get("/m/lindenfeld/said-did?status=overdue").await;
    page.assert_contains("Night buses").assert_contains("Advice desk").assert_lacks("Letters").assert_contains("class=\"overdue\"");
}
