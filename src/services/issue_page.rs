//! An issue's page, as one person may see it. The public part — the issue, its timeline,
//! tags, official answers, published comments and their translations into the reader's
//! language — comes from memory while nothing of it changed (see `services::cache`); what
//! depends on the viewer (their roles, their support, their own unpublished comments, the
//! redacted originals for admins) is read for them alone.

use std::sync::Arc;

use super::{
    cache::Cache,
    translation::{Shown, shown_many},
};
use crate::{
    db::{self, issues::Issue, municipalities::Municipality, themes::Theme, translations::Kind, users::User},
    domain::role::Role,
    error::{AppError, Result},
    state::AppState,
};

/// The part of an issue's page that is the same for every reader of one language.
pub struct PublicPage {
    issue: Issue,
    events: Vec<db::issues::Event>,
    tags: Vec<Theme>,
    answers: Vec<db::answers::Answer>,
    comments: Vec<db::comments::Comment>,
    translations: Vec<db::translations::Translation>,
    ballots: Vec<(i64, String, i64)>,
    summaries: Vec<(i64, String, String)>,
}

/// The cache of public parts of issue pages.
pub type PublicPages = Cache<PublicPage>;

async fn public_page(state: &AppState, m: &Municipality, id: i64, reader_lang: &str) -> Result<Arc<PublicPage>> {
    let key = format!("{}|{id}|{reader_lang}", m.id);
    state
        .issue_pages
        .get(&state.db, key, || async move {
            let issue = db::issues::by_id(&state.db, m.id, id).await?.ok_or(AppError::NotFound)?;
            Ok(PublicPage {
                events: db::issues::events(&state.db, id).await?,
                tags: db::themes::of_issue(&state.db, id).await?,
                answers: db::answers::of_issue(&state.db, id).await?,
                comments: db::comments::published(&state.db, id).await?,
                // Every translation the page needs, into the reader's language, in one query.
                translations: db::translations::around_issue(&state.db, id, Some(reader_lang)).await?,
                ballots: db::ballots::of_issue(&state.db, id).await?,
                summaries: db::summaries::public_citing_issue(&state.db, id).await?,
                issue,
            })
        })
        .await
}

/// An issue as a particular person may see it.
pub struct IssueView {
    /// The issue.
    pub issue: Issue,
    /// Name to show for the author (`None`: anonymous, or the account was deleted).
    pub author_shown: Option<String>,
    /// Its category.
    pub category: Option<Theme>,
    /// Its tags.
    pub tags: Vec<Theme>,
    /// Its neighbourhood's name.
    pub neighbourhood: Option<String>,
    /// Status timeline.
    pub events: Vec<db::issues::Event>,
    /// Whether the viewer supports it.
    pub supported: bool,
    /// Whether the viewer wrote it.
    pub is_author: bool,
    /// Whether the viewer moderates this municipality.
    pub can_moderate: bool,
    /// Texts removed by redaction from the issue, its comments and answers: shown to global
    /// admins only.
    pub redactions: Vec<db::redactions::Redaction>,
    /// The text as shown to this reader (a translation into their language, or the original).
    pub shown: Shown,
    /// Whether a translation into the reader's language exists (to offer switching back).
    pub has_translation: bool,
    /// Official answers, each as shown to this reader.
    pub answers: Vec<(db::answers::Answer, Shown)>,
    /// Comments the reader may see (published ones, and their own), as shown to them.
    pub comments: Vec<(db::comments::Comment, Shown)>,
    /// Whether the viewer may forward the issue to the council.
    pub can_forward: bool,
    /// Whether the viewer answers for the city.
    pub can_answer: bool,
    /// Votes this issue is an option in: `(ballot id, status, closing time)`.
    pub ballots: Vec<(i64, String, i64)>,
    /// Forwarded council summaries that draw on it: `(id, title, lang)`.
    pub summaries: Vec<(i64, String, String)>,
}

/// Loads an issue for `viewer`. Issues not yet public (or rejected, hidden) are visible only
/// to their author and to moderators; for everyone else they do not exist.
pub async fn view(
    state: &AppState,
    viewer: Option<&User>,
    m: &Municipality,
    id: i64,
    reader_lang: &str,
    original: bool,
) -> Result<IssueView> {
    let page = public_page(state, m, id, reader_lang).await?;
    let issue = page.issue.clone();
    let is_author = viewer.is_some_and(|v| Some(v.id) == issue.author_id);
    let facts = match viewer {
        Some(v) => Some(db::roles::reader_facts(&state.db, v.id, m.id, id).await?),
        None => None,
    };
    let roles = facts.as_ref().map(|f| f.roles.clone()).unwrap_or_default();
    let moderator = viewer.is_some_and(|v| v.is_admin) || roles.contains(&Role::Moderator);
    if !(issue.is_public() || is_author || moderator) {
        return Err(AppError::NotFound);
    }
    let directory = state.directory.get(&state.db).await?;
    let themes = directory.themes(m.id);
    let neighbourhood =
        issue.neighbourhood_id.and_then(|n| directory.neighbourhoods(m.id).iter().find(|(id, _)| *id == n).map(|(_, name)| name.clone()));
    let supported = facts.as_ref().is_some_and(|f| f.supports);
    // The public never learns who posted anonymously; moderators see the pseudonym only.
    let author_shown = if issue.anonymous && !moderator && !is_author { None } else { issue.author_name.clone() };
    let redactions = if viewer.is_some_and(|v| v.is_admin) { db::redactions::of_issue(&state.db, id).await? } else { Vec::new() };
    let translations = &page.translations;
    let shown = super::translation::shown(&issue, translations, reader_lang, original);
    let has_translation = reader_lang != issue.lang && translations.iter().any(|t| t.kind == Kind::Issue);
    let answers = page.answers.clone();
    let texts: Vec<(i64, &str, &str)> = answers.iter().map(|a| (a.id, a.body.as_str(), a.lang.as_str())).collect();
    let answers_shown = shown_many(Kind::Answer, &texts, translations, reader_lang, original);
    // Published comments, and the viewer's own that are not (yet) public, in order.
    let mut comments = page.comments.clone();
    if let (Some(v), Some(f)) = (viewer, &facts)
        && f.unpublished_comments > 0
    {
        comments.extend(db::comments::unpublished_of(&state.db, id, v.id).await?);
        comments.sort_by_key(|c| c.id);
    }
    let texts: Vec<(i64, &str, &str)> = comments.iter().map(|c| (c.id, c.body.as_str(), c.lang.as_str())).collect();
    let comments_shown = shown_many(Kind::Comment, &texts, translations, reader_lang, original);
    let (can_forward, can_answer) = match viewer {
        Some(v) if issue.is_public() => (super::answers::forwards(v, &roles), super::answers::answers_for_city(v, &roles)),
        _ => (false, false),
    };
    Ok(IssueView {
        answers: answers.into_iter().zip(answers_shown).collect(),
        comments: comments.into_iter().zip(comments_shown).collect(),
        can_forward,
        can_answer,
        ballots: page.ballots.iter().filter(|(_, status, _)| status != "closed").cloned().collect(),
        summaries: page.summaries.clone(),
        shown,
        has_translation,
        can_moderate: moderator,
        redactions,
        category: themes.iter().find(|t| t.id == issue.theme_id).cloned(),
        tags: page.tags.clone(),
        events: page.events.clone(),
        neighbourhood,
        supported,
        is_author,
        author_shown,
        issue,
    })
}
