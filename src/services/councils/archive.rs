//! A council's archive, for anyone to download: the council, every term (public fields
//! only: never an account id or a username), its meetings with their agendas and minutes.
//! Councils come and go with local politics; what they did must outlive them.

use serde::Serialize;

use crate::{
    db::{self, councils::Council, municipalities::Municipality},
    domain::council::{AgendaKind, Composition, Seat, format_date},
    error::Result,
    state::AppState,
};

/// The whole archive of a council.
#[derive(Debug, Serialize)]
pub struct Archive {
    /// The municipality's web name.
    pub municipality: String,
    /// The council.
    pub council: ArchivedCouncil,
    /// Every term, earliest first.
    pub terms: Vec<Term>,
    /// Every meeting, earliest first.
    pub meetings: Vec<ArchivedMeeting>,
}

/// The council's public fields.
#[derive(Debug, Serialize)]
pub struct ArchivedCouncil {
    /// Web name.
    pub slug: String,
    /// Name.
    pub name: String,
    /// How it was made up.
    pub composition: Composition,
    /// Description.
    pub description: String,
    /// Language of name and description.
    pub lang: String,
    /// Epoch seconds.
    pub created_at: i64,
    /// Epoch seconds, if dissolved.
    pub dissolved_at: Option<i64>,
    /// Why it was dissolved.
    pub dissolved_reason: Option<String>,
}

/// A term as the public sees it.
#[derive(Debug, Serialize)]
pub struct Term {
    /// The seat.
    pub role: Seat,
    /// The name they chose to show (none: the role only).
    pub display_name: Option<String>,
    /// Who they were there for.
    pub affiliation: String,
    /// Epoch seconds.
    pub term_start: i64,
    /// Epoch seconds (none: open-ended).
    pub term_end: Option<i64>,
}

/// A meeting in the archive.
#[derive(Debug, Serialize)]
pub struct ArchivedMeeting {
    /// Its id (as in its page's address).
    pub id: i64,
    /// Epoch seconds.
    pub starts_at: i64,
    /// Where.
    pub place: String,
    /// Where to join online.
    pub link: String,
    /// Epoch seconds, if cancelled.
    pub cancelled_at: Option<i64>,
    /// The agenda, in order.
    pub agenda: Vec<ArchivedItem>,
    /// Minutes per language.
    pub minutes: Vec<ArchivedMinutes>,
}

/// An agenda item in the archive.
#[derive(Debug, Serialize)]
pub struct ArchivedItem {
    /// What it was about.
    pub kind: AgendaKind,
    /// The summary, consultation or ballot.
    pub subject_id: Option<i64>,
    /// A free item's title.
    pub title: String,
}

/// Minutes in one language.
#[derive(Debug, Serialize)]
pub struct ArchivedMinutes {
    /// Language tag.
    pub lang: String,
    /// The text.
    pub body: String,
    /// Epoch seconds.
    pub updated_at: i64,
}

fn term(m: db::councils::Member) -> Term {
    Term { role: m.role, display_name: m.display_name, affiliation: m.affiliation, term_start: m.term_start, term_end: m.term_end }
}

/// Loads the archive of a council (four round trips).
pub async fn archive(state: &AppState, m: &Municipality, council: Council) -> Result<Archive> {
    let terms = db::councils::members(&state.db, council.id).await?.into_iter().map(term).collect();
    let mut items = db::meetings::items_of_council(&state.db, council.id).await?;
    let mut minutes = db::meetings::minutes_of_council(&state.db, council.id).await?;
    let meetings = db::meetings::of_council(&state.db, council.id)
        .await?
        .into_iter()
        .map(|x| {
            let agenda = take(&mut items, |i| i.meeting_id == x.id)
                .into_iter()
                .map(|i| ArchivedItem { kind: i.kind, subject_id: i.subject_id, title: i.title })
                .collect();
            let minutes = take(&mut minutes, |n| n.meeting_id == x.id)
                .into_iter()
                .map(|n| ArchivedMinutes { lang: n.lang, body: n.body, updated_at: n.updated_at })
                .collect();
            ArchivedMeeting {
                id: x.id,
                starts_at: x.starts_at,
                place: x.place,
                link: x.link,
                cancelled_at: x.cancelled_at,
                agenda,
                minutes,
            }
        })
        .collect();
    let council = ArchivedCouncil {
        slug: council.slug,
        name: council.name,
        composition: council.composition,
        description: council.description,
        lang: council.lang,
        created_at: council.created_at,
        dissolved_at: council.dissolved_at,
        dissolved_reason: council.dissolved_reason,
    };
    Ok(Archive { municipality: m.slug.clone(), council, terms, meetings })
}

/// Removes and returns the elements matching `f`, keeping the order of both.
fn take<T>(list: &mut Vec<T>, f: impl Fn(&T) -> bool) -> Vec<T> {
    let (taken, kept) = std::mem::take(list).into_iter().partition(|x| f(x));
    *list = kept;
    taken
}

/// A CSV field, quoted when needed; a leading `=`, `+`, `-` or `@` is escaped so a
/// spreadsheet does not run it as a formula.
fn csv_field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@']) { format!("'{s}") } else { s.to_string() };
    if s.contains([',', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s }
}

/// Every term of a council as CSV: `role,display_name,affiliation,term_start,term_end`
/// (dates as `YYYY-MM-DD`, UTC), earliest first. Public fields only.
pub async fn members_csv(state: &AppState, council: &Council) -> Result<String> {
    let mut out = String::from("role,display_name,affiliation,term_start,term_end\n");
    for m in db::councils::members(&state.db, council.id).await? {
        let fields = [
            m.role.as_str().to_string(),
            m.display_name.unwrap_or_default(),
            m.affiliation,
            format_date(m.term_start),
            m.term_end.map(format_date).unwrap_or_default(),
        ];
        out.push_str(&fields.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(","));
        out.push('\n');
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_and_formulas_defused() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a, b"), "\"a, b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("=HYPERLINK(1)"), "'=HYPERLINK(1)");
    }
}
