//! The demo's council summaries, one in every state: a forwarded one whose recommendations are
//! answered, in progress, done, overdue and not yet answered (so the dashboard and "You said,
//! we did" show every state), one in review with a member's comment, and a draft.
//!
//! Written straight through `db::` like the rest of the demo: the workflow's rules (who may
//! approve, what may change) are tested on the real pages; here the story is set up.

use crate::{
    db::{
        self,
        official::{NewProgress, NewResponse},
        summaries::Stamp,
    },
    domain::{
        official::{Decision, PointState},
        summary::{RecommendationDraft, Scope, SourceKind, Status, SummaryDraft},
    },
    error::Result,
    state::AppState,
};

const DAY: i64 = 86_400;

/// `(title, text, decision, state, deadline in days from today)`; no decision: not answered.
type Point = (&'static str, &'static str, Option<Decision>, PointState, i64);

const POINTS: [Point; 5] = [
    (
        "Evening language classes in every district",
        "Offer German courses after 6 pm in every district, with childcare during the lessons.",
        Some(Decision::Accepted),
        PointState::InProgress,
        120,
    ),
    (
        "Letters from the city in plain language",
        "Write letters about benefits and housing in plain language, with a summary in the main languages of the city.",
        Some(Decision::Accepted),
        PointState::Done,
        30,
    ),
    (
        "A multilingual desk at the housing office",
        "Staff the housing office one afternoon a week with interpreters for Arabic, Persian, Ukrainian and Somali.",
        Some(Decision::Study),
        PointState::Open,
        -10,
    ),
    (
        "Free public transport for asylum seekers",
        "Give people in the asylum procedure a free monthly ticket for buses and trams.",
        Some(Decision::Rejected),
        PointState::Open,
        0,
    ),
    (
        "Recognise foreign diplomas faster",
        "Set up a counselling service that guides people through the recognition of their qualifications.",
        None,
        PointState::Open,
        0,
    ),
];

/// Seeds the summaries of `council` in municipality `home`: `author` writes them, `official`
/// answers.
pub async fn seed(state: &AppState, home: i64, council: i64, author: i64, official: i64) -> Result<()> {
    let now = db::now();
    let today = now - now % DAY;
    let issues: Vec<i64> = sqlx::query_scalar(
        "SELECT id FROM issues WHERE municipality_id = $1 AND status IN ('published', 'forwarded', 'answered', 'resolved') ORDER BY supports DESC, id LIMIT 10",
    )
    .bind(home)
    .fetch_all(&state.db)
    .await?;
    let scope = Scope { from: today - 180 * DAY, to: today + DAY, ..Scope::default() };
    let draft = |title: &str| SummaryDraft {
        council: String::new(),
        title: title.into(),
        intro: String::new(),
        lang: "en".into(),
        scope: scope.clone(),
    };
    let mut conn = state.db.acquire().await?;

    // Forwarded, answered point by point.
    let mut first = draft("What residents raised in the last six months");
    first.intro = "Residents raised issues about language classes, letters from the city, housing and transport. \
                   The board recommends five steps."
        .into();
    let forwarded = db::summaries::insert(&mut conn, home, council, &first, author).await?;
    for (i, (title, body, decision, reached, days)) in POINTS.into_iter().enumerate() {
        let sources = issues.iter().skip(i * 2).take(2).map(|id| (SourceKind::Issue, *id)).collect();
        let rec = RecommendationDraft { title: title.into(), body: body.into(), lang: "en".into(), theme_id: None, sources };
        let Some(point) = db::recommendations::insert(&mut conn, forwarded, &rec).await? else { continue };
        let Some(decision) = decision else { continue };
        let deadline = (decision != Decision::Rejected).then_some(today + days * DAY);
        let answer = NewResponse {
            point_id: point,
            municipality_id: home,
            decision,
            reason: match decision {
                Decision::Rejected => "Tickets are set by the regional transport authority; the city will raise it there.",
                Decision::Study => "The housing office will look at the cost of interpreters with the social services.",
                _ => "The city agrees and has asked the responsible office to plan it.",
            },
            lang: "en",
            department: match i {
                0 => "Adult education",
                1 => "Citizens' services",
                2 => "Housing office",
                _ => "Transport",
            },
            owner_role: "Head of department",
            owner_id: None,
            deadline,
            official_id: official,
        };
        db::official::insert_response(&mut *conn, &answer).await?;
        if reached != PointState::Open {
            let update = NewProgress {
                point_id: point,
                state: PointState::InProgress,
                body: "The first courses are planned with two schools.",
                lang: "en",
                official_id: official,
                at: now - 20 * DAY,
            };
            db::official::add_progress(&mut conn, &update).await?;
        }
        if reached == PointState::Done {
            let done = NewProgress {
                point_id: point,
                state: PointState::Done,
                body: "The new letters are sent since November.",
                lang: "en",
                official_id: official,
                at: now - 2 * DAY,
            };
            db::official::add_progress(&mut conn, &done).await?;
        }
    }
    let m = db::municipalities::by_id(&state.db, home).await?.ok_or(crate::error::AppError::NotFound)?;
    crate::services::summaries::redraft(state, &m, forwarded).await?;
    for (to, stamp) in [(Status::Review, Stamp::Submitted), (Status::Approved, Stamp::Approved), (Status::Forwarded, Stamp::Forwarded)] {
        let from = [match to {
            Status::Review => Status::Draft,
            Status::Approved => Status::Review,
            _ => Status::Approved,
        }];
        db::summaries::step(&mut *conn, forwarded, &from, to, stamp, None).await?;
    }

    // In review, with a member's comment; and a draft.
    let review =
        db::summaries::insert(&mut conn, home, council, &draft("Housing in the north: a summary for the next meeting"), author).await?;
    let rec = RecommendationDraft {
        title: "Open the housing office on Saturdays".into(),
        body: "Many residents work during the week; open the office on Saturday mornings.".into(),
        lang: "en".into(),
        theme_id: None,
        sources: issues.iter().take(1).map(|id| (SourceKind::Issue, *id)).collect(),
    };
    db::recommendations::insert(&mut conn, review, &rec).await?;
    db::summaries::step(&mut *conn, review, &[Status::Draft], Status::Review, Stamp::Submitted, None).await?;
    db::summaries::add_comment(&mut *conn, review, author, "Please add the figures of the housing consultation.", "en").await?;
    db::summaries::insert(&mut conn, home, council, &draft("Youth and schools (draft)"), author).await?;
    drop(conn);
    crate::services::summaries::redraft(state, &m, review).await?;
    Ok(())
}
