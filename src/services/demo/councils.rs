//! The demo's advisory council: the "Migrant Advisory Board" of association delegates, with
//! a chair from the migrant side and a co-chair from the city, members (one shown by the role
//! only), a secretariat seat held by the demo council account, a former member whose term
//! ended, a past meeting with its agenda and minutes in English and Arabic, and a meeting in
//! ten days.

use crate::{
    db::{self, audit::Entry, councils::NewSeat, users::User},
    domain::council::{AgendaDraft, AgendaKind, Composition, MeetingDraft, MinutesDraft, NewCouncil, Seat},
    error::Result,
    state::AppState,
};

/// The demo council's web name.
pub const SLUG: &str = "advisory-board";

const DAY: i64 = 86_400;

const MINUTES_EN: &str = "Present: the chair, the co-chair, three members and the secretariat.\n\
1. The chair welcomed two new delegates.\n\
2. The board discussed the questionnaire on the draft integration plan and asks the city to publish it in all 14 languages.\n\
3. Evening language classes: the board will recommend courses after 6 pm in every district, with childcare.";

const MINUTES_AR: &str = "الحضور: الرئيسة، ونائبة الرئيس، وثلاثة أعضاء، والأمانة.\n\
1. رحّبت الرئيسة بمندوبَين جديدين.\n\
2. ناقش المجلس استبيان مسودة خطة الاندماج، ويطلب من المدينة نشره باللغات الأربع عشرة كلها.\n\
3. دروس اللغة المسائية: سيوصي المجلس بدورات بعد الساعة السادسة مساءً في كل حي، مع رعاية للأطفال.";

fn free(title: &str, row: usize) -> AgendaDraft {
    AgendaDraft { kind: AgendaKind::Free, subject_id: None, title: title.into(), row }
}

/// Seeds the council in municipality `home`, its secretariat seat held by `secretariat` (the
/// demo council account) when given. Returns the council's id.
pub async fn seed(state: &AppState, home: i64, secretariat: Option<&User>) -> Result<i64> {
    let now = db::now();
    let today = now - now % DAY;
    let new = NewCouncil {
        name: "Migrant Advisory Board".into(),
        slug: SLUG.into(),
        composition: Composition::Delegates,
        description: "Delegates of Lindenfeld's migrant associations and of the city meet every month. They discuss what residents raise here and in consultations, and advise the city council.".into(),
        lang: "en".into(),
    };
    let mut tx = state.db.begin().await?;
    let Some(council) = db::councils::insert(&mut *tx, home, &new).await? else {
        // Already seeded: the demo never duplicates itself.
        let existing = db::councils::by_slug(&state.db, home, SLUG).await?.map(|c| c.id).unwrap_or_default();
        return Ok(existing);
    };
    let start = today - 200 * DAY;
    let seat = |role, display_name, affiliation, term_start, term_end, user_id| NewSeat {
        council_id: council,
        user_id,
        role,
        display_name,
        affiliation,
        term_start,
        term_end,
    };
    let seats = [
        seat(Seat::Chair, Some("Amina Yusuf"), "Somali Women's Association Lindenfeld", start, None, None),
        seat(Seat::CoChair, Some("Katrin Vogel"), "City of Lindenfeld, Office for Integration", start, None, None),
        seat(Seat::Member, Some("Dmytro Kovalenko"), "Ukrainian Community Lindenfeld", start, None, None),
        seat(Seat::Member, None, "Afghan Cultural Centre", start, None, None),
        seat(Seat::Secretariat, None, "City of Lindenfeld", start, None, secretariat.map(|u| u.id)),
        seat(Seat::Member, Some("Reza Ahmadi"), "Iranian Students' Union", start - 400 * DAY, Some(today - 40 * DAY), None),
    ];
    for s in &seats {
        db::councils::add_member(&mut *tx, s).await?;
    }
    let consultation: Option<i64> =
        sqlx::query_scalar("SELECT MIN(id) FROM consultations WHERE municipality_id = $1").bind(home).fetch_one(&mut *tx).await?;
    let ballot: Option<i64> =
        sqlx::query_scalar("SELECT MIN(id) FROM ballots WHERE municipality_id = $1").bind(home).fetch_one(&mut *tx).await?;
    let mut past_items = vec![free("Welcome and introductions", 0)];
    past_items.extend(consultation.map(|id| AgendaDraft {
        kind: AgendaKind::Consultation,
        subject_id: Some(id),
        title: String::new(),
        row: 1,
    }));
    past_items.push(free("Evening language classes", 2));
    let past = MeetingDraft {
        starts_at: today - 30 * DAY + 18 * 3600,
        place: "Town hall, room 2.14".into(),
        link: String::new(),
        items: past_items,
    };
    let past = db::meetings::insert(&mut tx, council, &past).await?;
    for (lang, body) in [("en", MINUTES_EN), ("ar", MINUTES_AR)] {
        db::meetings::put_minutes(&mut *tx, past, &MinutesDraft { lang: lang.into(), body: body.into() }).await?;
    }
    let mut next_items = vec![free("Results of the questionnaire on city services", 0)];
    next_items.extend(ballot.map(|id| AgendaDraft { kind: AgendaKind::Ballot, subject_id: Some(id), title: String::new(), row: 1 }));
    let next = MeetingDraft {
        starts_at: today + 10 * DAY + 18 * 3600,
        place: "Neighbourhood centre Nord".into(),
        link: "https://meet.example.org/advisory-board".into(),
        items: next_items,
    };
    db::meetings::insert(&mut tx, council, &next).await?;
    let detail = format!("council {council}");
    db::audit::record(&mut *tx, &Entry::new("council.create").municipality(home).detail(&detail)).await?;
    tx.commit().await?;
    Ok(council)
}
