//! The data part of a council summary: counts by every breakdown, the period before, small
//! cells, top issues with translations, consultation and ballot results, no personal data,
//! and the CSV export.

use chorus::services::summaries::data::{By, DataPart, Figure, Scope, draft};

use crate::{helpers::TestApp, on_both_databases};

const DAY: i64 = 86_400;
const HOSTILE: &str = "=HYPERLINK(\"http://evil.example\",\"x\"), \"quoted\"\nsecond line \u{200f}مرحبا";

/// A municipality (en, de, ar; North and South), `accounts` residents, and what was made.
struct Town {
    id: i64,
    themes: Vec<(String, i64)>,
    places: Vec<i64>,
    users: Vec<i64>,
}

async fn town(app: &TestApp, slug: &str, accounts: usize) -> Town {
    let id = app.create_municipality(slug, &["en", "de", "ar"], "en").await;
    for name in ["North", "South"] {
        chorus::db::themes::add_neighbourhood(&app.state.db, id, name).await.expect("neighbourhood");
    }
    let themes = chorus::db::themes::of_municipality(&app.state.db, id).await.expect("themes");
    let themes = themes.into_iter().filter(|t| t.is_category()).map(|t| (t.slug, t.id)).collect();
    let places = chorus::db::themes::neighbourhoods(&app.state.db, id).await.expect("places").into_iter().map(|(p, _)| p).collect();
    let mut users = Vec::new();
    for n in 0..accounts {
        let name = format!("{slug}-resident-{n}");
        let uid: i64 = sqlx::query_scalar(
            "INSERT INTO users (username, username_key, password_hash, created_at, username_skeleton, skeleton_version)
             VALUES ($1, $1, 'x', 0, $1, 1) RETURNING id",
        )
        .bind(&name)
        .fetch_one(&app.state.db)
        .await
        .expect("user");
        users.push(uid);
    }
    Town { id, themes, places, users }
}

impl Town {
    fn theme(&self, slug: &str) -> i64 {
        self.themes.iter().find(|(s, _)| s == slug).map(|(_, id)| *id).expect("theme")
    }

    /// An issue of (category, neighbourhood), published at `published_at`.
    async fn issue(
        &self,
        app: &TestApp,
        title: &str,
        lang: &str,
        (theme, place): (i64, Option<i64>),
        status: &str,
        published_at: i64,
    ) -> i64 {
        let n = chorus::db::issues::NewIssue {
            municipality_id: self.id,
            author_id: self.users[0],
            anonymous: false,
            title,
            body: "A description long enough to be quoted in a summary, with a few more words after it.",
            lang,
            theme_id: theme,
            tag_ids: &[],
            neighbourhood_id: place,
            status,
        };
        let id = chorus::db::issues::insert(&mut app.state.db.acquire().await.expect("conn"), &n).await.expect("issue");
        sqlx::query("UPDATE issues SET published_at = $1, created_at = $1 WHERE id = $2")
            .bind(published_at)
            .bind(id)
            .execute(&app.state.db)
            .await
            .expect("date");
        id
    }
}

fn scope(t: &Town, now: i64) -> Scope {
    Scope {
        municipality_id: t.id,
        from: now - 30 * DAY,
        to: now + DAY,
        theme_id: None,
        neighbourhood_id: None,
        consultation_id: None,
        ballot_id: None,
    }
}

fn row(d: &DataPart, by: By, key: &str) -> (Figure, Figure, Option<i64>) {
    let r = d.breakdown(by).and_then(|b| b.rows.iter().find(|r| r.key == key)).unwrap_or_else(|| panic!("{by:?} {key}"));
    (r.count.current, r.count.previous, r.count.change)
}

/// Category `i` of the default taxonomy gets 5 + i issues in the period (all shown), languages
/// and neighbourhoods in turn, the first of each answered; before the period, 7 housing and 5
/// employment issues; and issues that must not count.
async fn seeded(app: &TestApp) -> (Town, i64, i64) {
    let t = town(app, "lindenfeld", 8).await;
    let now = chorus::db::now();
    let langs = ["en", "de", "ar"];
    let mut k = 0;
    let slugs: Vec<String> = t.themes.iter().map(|(s, _)| s.clone()).collect();
    let mut top = 0;
    for (i, slug) in slugs.iter().enumerate() {
        for j in 0..5 + i {
            let place = [Some(t.places[0]), Some(t.places[1]), None][k % 3];
            let status = if j == 0 { "answered" } else { "published" };
            let title = if k == 0 { HOSTILE.to_string() } else { format!("Issue {k}") };
            let id = t.issue(app, &title, langs[k % 3], (t.theme(slug), place), status, now - DAY - k as i64 * 60).await;
            if k == 0 {
                top = id;
            }
            k += 1;
        }
    }
    for (slug, n) in [("housing", 7), ("employment", 5)] {
        for _ in 0..n {
            t.issue(app, "Earlier", "en", (t.theme(slug), None), "published", now - 40 * DAY).await;
        }
    }
    for status in ["submitted", "submitted", "rejected", "hidden", "merged"] {
        t.issue(app, "Not public", "en", (t.theme("housing"), None), status, now - DAY).await;
    }
    // Six supports for the first issue, two for another, all given now.
    let mut conn = app.state.db.acquire().await.expect("conn");
    for u in &t.users[..6] {
        chorus::db::issues::support(&mut conn, top, *u).await.expect("support");
    }
    for u in &t.users[6..8] {
        chorus::db::issues::support(&mut conn, top + 1, *u).await.expect("support");
    }
    (t, now, top)
}

async fn counts_by_every_breakdown_and_the_period_before(app: TestApp) {
    let (t, now, _) = seeded(&app).await;
    let d = draft(&app.state, &scope(&t, now)).await.expect("draft");
    assert_eq!(d.issues.current, Figure::Shown(161));
    assert_eq!(d.issues.previous, Figure::Shown(12));
    assert_eq!(d.issues.change, Some(149));
    assert_eq!(d.supports.current, Figure::Shown(8));
    assert_eq!(row(&d, By::Category, "housing"), (Figure::Shown(8), Figure::Shown(7), Some(1)));
    assert_eq!(row(&d, By::Category, "other").0, Figure::Shown(18));
    assert_eq!(row(&d, By::Dimension, "socio_economic").0, Figure::Shown(68));
    assert_eq!(row(&d, By::Dimension, "legal_political").0, Figure::Shown(42));
    assert_eq!(row(&d, By::EuArea, "employment").0, Figure::Shown(11));
    assert_eq!(row(&d, By::EuArea, "education").0, Figure::Shown(23));
    assert_eq!(row(&d, By::EuArea, "social-inclusion").0, Figure::Shown(85));
    assert_eq!(row(&d, By::EuArea, "active-citizenship").0, Figure::Shown(42));
    assert_eq!(row(&d, By::Language, "en").0, Figure::Shown(54));
    assert_eq!(row(&d, By::Language, "ar").0, Figure::Shown(53));
    assert_eq!(row(&d, By::Neighbourhood, &t.places[0].to_string()).0, Figure::Shown(54));
    assert_eq!(row(&d, By::Neighbourhood, "none").0, Figure::Shown(53));
    assert_eq!(row(&d, By::Status, "published").0, Figure::Shown(147));
    // 14 answered, 0 forwarded, 0 resolved: the two zeros would be known from the total, so
    // the answered count is hidden with them.
    for s in ["answered", "forwarded", "resolved"] {
        assert_eq!(row(&d, By::Status, s).0, Figure::Suppressed, "{s}");
    }
    // Before the period: 5 employment issues would give the zeros away with 7 housing and 12.
    assert_eq!(row(&d, By::Category, "employment").1, Figure::Suppressed);
    assert_eq!(row(&d, By::Category, "employment").2, None);
}

async fn a_cell_of_three_issues_is_suppressed_and_cannot_be_worked_out(app: TestApp) {
    let t = town(&app, "kleinstadt", 1).await;
    let now = chorus::db::now();
    for (lang, n) in [("en", 20), ("de", 3), ("ar", 10)] {
        for _ in 0..n {
            t.issue(&app, "Bus", lang, (t.theme("transport"), None), "published", now - DAY).await;
        }
    }
    let d = draft(&app.state, &scope(&t, now)).await.expect("draft");
    assert_eq!(d.issues.current, Figure::Shown(33));
    assert_eq!(row(&d, By::Language, "en").0, Figure::Shown(20));
    // 3 is hidden, and so is 10: else 33 - 20 - 10 would give it.
    assert_eq!(row(&d, By::Language, "de").0, Figure::Suppressed);
    assert_eq!(row(&d, By::Language, "ar").0, Figure::Suppressed);
    let json = serde_json::to_string(&d).expect("json");
    assert!(json.contains("\"suppressed\""));
}

async fn top_issues_carry_their_translations(app: TestApp) {
    let (t, now, top) = seeded(&app).await;
    for (lang, source) in [("de", "human"), ("ar", "machine")] {
        let tr = chorus::db::translations::NewTranslation {
            kind: chorus::db::translations::Kind::Issue,
            content_id: top,
            lang,
            title: &format!("Titel {lang}"),
            body: &"Wort ".repeat(80),
            source,
            reviewed: false,
            translator_id: None,
        };
        chorus::db::translations::upsert(&app.state.db, &tr).await.expect("translation");
    }
    let d = draft(&app.state, &scope(&t, now)).await.expect("draft");
    assert_eq!(d.top_issues.len(), 10);
    let first = &d.top_issues[0];
    assert_eq!((first.id, first.supports), (top, Figure::Shown(6)));
    // Two supports: a count of people below 5.
    assert_eq!(d.top_issues[1].supports, Figure::Suppressed);
    let de = first.translations.iter().find(|x| x.lang == "de").expect("de");
    assert!(!de.machine && de.title == "Titel de" && de.excerpt.ends_with('…') && de.excerpt.chars().count() <= 201);
    assert!(first.translations.iter().any(|x| x.lang == "ar" && x.machine));
    // The German reader sees the translation with its note and the original behind a switch.
    let html = chorus::web::summary_data::render(&d, &chorus::i18n::catalog().tr("de"), "de", "lindenfeld");
    assert!(html.contains("Titel de") && html.contains("<details>") && html.contains("/m/lindenfeld/issues/"));
    assert!(html.contains("role=\"img\"") && html.contains("lang=\"ar\" dir=\"rtl\""));
}

async fn a_scoped_consultation_and_ballot_appear_as_published(app: TestApp) {
    let (t, now, _) = seeded(&app).await;
    let tally = r#"{"respondents":12,"questions":[{"question_id":QID,"answered":12,"counts":[7,5],"by":{}}]}"#;
    let c: i64 = sqlx::query_scalar(
        "INSERT INTO consultations (municipality_id, kind, status, opens_at, closes_at, created_at, published_at, respondents)
         VALUES ($1, 'questionnaire', 'published', $2, $2, $2, $2, 12) RETURNING id",
    )
    .bind(t.id)
    .bind(now - 5 * DAY)
    .fetch_one(&app.state.db)
    .await
    .expect("consultation");
    sqlx::query("INSERT INTO consultation_texts (consultation_id, lang, title, intro) VALUES ($1, 'en', 'Night buses', '')")
        .bind(c)
        .execute(&app.state.db)
        .await
        .expect("text");
    let q: i64 =
        sqlx::query_scalar("INSERT INTO questions (consultation_id, position, kind, choices) VALUES ($1, 0, 'single', 2) RETURNING id")
            .bind(c)
            .fetch_one(&app.state.db)
            .await
            .expect("question");
    sqlx::query("INSERT INTO question_texts (question_id, lang, prompt, choices) VALUES ($1, 'en', 'More night buses?', 'Yes\nNo')")
        .bind(q)
        .execute(&app.state.db)
        .await
        .expect("question text");
    sqlx::query("UPDATE consultations SET results = $1 WHERE id = $2")
        .bind(tally.replace("QID", &q.to_string()))
        .bind(c)
        .execute(&app.state.db)
        .await
        .expect("results");
    let results =
        r#"{"voters":9,"papers":9,"binding":"approval","outcomes":[{"rule":"approval","totals":[3,6],"order":[1,0],"voters":9}]}"#;
    let b: i64 = sqlx::query_scalar(
        "INSERT INTO ballots (municipality_id, method, status, opens_at, closes_at, created_at, published_at, voters, results)
         VALUES ($1, 'approval', 'published', $2, $2, $2, $2, 9, $3) RETURNING id",
    )
    .bind(t.id)
    .bind(now - 400 * DAY)
    .bind(results)
    .fetch_one(&app.state.db)
    .await
    .expect("ballot");
    sqlx::query("INSERT INTO ballot_texts (ballot_id, lang, title, description) VALUES ($1, 'en', 'Priorities', '')")
        .bind(b)
        .execute(&app.state.db)
        .await
        .expect("ballot text");
    for (pos, title) in [(0, "Library"), (1, "Playground")] {
        let o: i64 = sqlx::query_scalar("INSERT INTO ballot_options (ballot_id, position, code) VALUES ($1, $2, $3) RETURNING id")
            .bind(b)
            .bind(pos)
            .bind(format!("o{pos}"))
            .fetch_one(&app.state.db)
            .await
            .expect("option");
        sqlx::query("INSERT INTO ballot_option_texts (option_id, lang, title) VALUES ($1, 'en', $2)")
            .bind(o)
            .bind(title)
            .execute(&app.state.db)
            .await
            .expect("option text");
    }
    // The consultation is published in the period; the ballot long before, so only its scope
    // brings it in.
    let mut s = scope(&t, now);
    let d = draft(&app.state, &s).await.expect("draft");
    assert_eq!(d.consultations.len(), 1);
    assert!(d.ballots.is_empty());
    s.ballot_id = Some(b);
    s.consultation_id = Some(c);
    let d = draft(&app.state, &s).await.expect("draft");
    let c = &d.consultations[0];
    assert_eq!((c.respondents, c.titles[0].text.as_str()), (Figure::Shown(12), "Night buses"));
    assert_eq!(c.questions[0].counts, vec![Figure::Shown(7), Figure::Shown(5)]);
    assert_eq!(c.questions[0].choices[1][0].text, "No");
    let b = &d.ballots[0];
    assert_eq!((b.method.as_str(), b.voters, b.selects), ("approval", Figure::Shown(9), false));
    let order: Vec<&str> = b.options.iter().map(|o| o.titles[0].text.as_str()).collect();
    assert_eq!(order, ["Playground", "Library"]);
    let html = chorus::web::summary_data::render(&d, &chorus::i18n::catalog().tr("en"), "en", "lindenfeld");
    assert!(html.contains("Night buses") && html.contains("Playground"));
}

async fn the_data_part_holds_no_personal_data(app: TestApp) {
    let (t, now, _) = seeded(&app).await;
    let d = draft(&app.state, &scope(&t, now)).await.expect("draft");
    let json = serde_json::to_string(&d).expect("json");
    assert!(!json.contains("resident-"), "a username leaked");
    for key in ["author", "user_id", "username", "supporter"] {
        assert!(!json.contains(key), "{key} in the data part");
    }
    // It reads back as it was written (it is stored as JSON and rendered later).
    let back: DataPart = serde_json::from_str(&json).expect("round trip");
    assert_eq!(back, d);
}

async fn the_csv_has_a_header_and_defuses_a_hostile_title(app: TestApp) {
    let (t, now, _) = seeded(&app).await;
    let d = draft(&app.state, &scope(&t, now)).await.expect("draft");
    let csv = d.to_csv(&chorus::i18n::catalog().tr("en"), "en");
    assert!(csv.starts_with("section,key,label,count,previous,change,suppressed\n"));
    assert!(csv.contains("category,housing,Housing and neighbourhood,8,7,+1,\n"));
    assert!(csv.contains("status,answered,Answered by the city,,,,yes\n"));
    // Quoted, quotes doubled, the line break kept inside the quotes, the formula defused.
    assert!(csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\"), \"\"quoted\"\"\nsecond line \u{200f}مرحبا\""), "{csv}");
    assert!(!csv.contains("\n=HYPERLINK") && !csv.contains(",=HYPERLINK"));
}

on_both_databases!(
    counts_by_every_breakdown_and_the_period_before,
    a_cell_of_three_issues_is_suppressed_and_cannot_be_worked_out,
    top_issues_carry_their_translations,
    a_scoped_consultation_and_ballot_appear_as_published,
    the_data_part_holds_no_personal_data,
    the_csv_has_a_header_and_defuses_a_hostile_title,
);
