//! A person's notifications, as they may read them now.
//!
//! A notification points at an issue or a ballot. For an issue it shows the issue's live
//! title (so a redaction reaches it), and only while the reader may still see that issue:
//! once an issue is hidden, rejected or merged, the people who support it see that something
//! happened to an issue they follow, not its title. Its author and the municipality's
//! moderators still see it. For a ballot it shows the ballot's title in the reader's language.

use crate::{
    db::users::User,
    db::{self, issues::PUBLIC_STATUSES},
    domain::role::Role,
    error::Result,
    state::AppState,
};

/// A notification as listed to its reader.
#[derive(Clone, Debug)]
pub struct Notice {
    /// `issue`, `ballot`, `consultation` or `summary`.
    pub kind: String,
    /// Where it links to.
    pub href: String,
    /// Its municipality's slug (for the link).
    pub municipality_slug: String,
    /// Its title, when the reader may still see the issue.
    pub title: Option<String>,
    /// The title's language.
    pub lang: String,
    /// The status reached (what the notification says).
    pub status: String,
    /// Epoch seconds.
    pub created_at: i64,
    /// Whether it was seen.
    pub read: bool,
}

/// The newest notifications of `reader`, each showing only what they may see.
pub async fn list(state: &AppState, reader: &User, lang: &str, limit: i64) -> Result<Vec<Notice>> {
    let rows = db::notifications::for_user(&state.db, reader.id, lang, limit).await?;
    let roles = if rows.iter().any(hidden_issue) { db::roles::of_user(&state.db, reader.id).await? } else { Vec::new() };
    Ok(rows.into_iter().map(|n| notice(n, reader.id, reader.is_admin, &roles)).collect())
}

/// One notification of `reader_id` (for a channel that delivers it), as they may see it;
/// `None` when its subject is gone.
pub async fn one(state: &AppState, reader_id: i64, id: i64, lang: &str) -> Result<Option<Notice>> {
    let Some(n) = db::notifications::by_id(&state.db, id, lang).await?.filter(|n| n.user_id == reader_id) else { return Ok(None) };
    let (admin, roles) = if hidden_issue(&n) {
        let admin = db::users::by_id(&state.db, reader_id).await?.is_some_and(|u| u.is_admin);
        (admin, db::roles::of_user(&state.db, reader_id).await?)
    } else {
        (false, Vec::new())
    };
    Ok(Some(notice(n, reader_id, admin, &roles)))
}

/// A notification as one sentence (for channels without a page: the bot).
pub fn sentence(tr: &crate::i18n::Tr, n: &Notice) -> String {
    let Some(title) = &n.title else { return tr.t("notification-unavailable") };
    match (n.kind.as_str(), n.status.as_str()) {
        ("ballot", "opened") => tr.t1("bot-notice-ballot-opened", "title", title),
        ("consultation", "opened") => tr.t1("bot-notice-consultation-opened", "title", title),
        ("ballot", _) => tr.t1("bot-notice-ballot", "title", title),
        ("consultation", _) => tr.t1("bot-notice-consultation", "title", title),
        ("summary", "answered") => tr.t1("bot-notice-summary-answered", "title", title),
        ("summary", "done") => tr.t1("bot-notice-summary-done", "title", title),
        ("summary", "dropped") => tr.t1("bot-notice-summary-dropped", "title", title),
        ("summary", "overdue") => tr.t1("bot-notice-summary-overdue", "title", title),
        ("summary", "forwarded") => tr.t1("bot-notice-summary-forwarded", "title", title),
        ("summary", _) => tr.t1("bot-notice-summary", "title", title),
        _ => tr.t2("bot-notice-issue", "title", title, "status", tr.t(&format!("status-{}", n.status))),
    }
}

fn hidden_issue(n: &db::notifications::Notification) -> bool {
    n.kind == "issue" && !PUBLIC_STATUSES.contains(&n.issue_status.as_str())
}

/// What `reader_id` may see of a notification: a hidden issue's title only for its author and
/// the municipality's moderators.
fn notice(n: db::notifications::Notification, reader_id: i64, is_admin: bool, roles: &[db::roles::Grant]) -> Notice {
    let moderates = |m: i64| is_admin || roles.iter().any(|g| g.municipality_id == m && g.role == Role::Moderator);
    let visible = !hidden_issue(&n) || n.author_id == Some(reader_id) || moderates(n.municipality_id);
    let href = match n.kind.as_str() {
        "ballot" => format!("/m/{}/ballots/{}", n.municipality_slug, n.subject_id),
        "consultation" => format!("/m/{}/consultations/{}", n.municipality_slug, n.subject_id),
        // A point of a forwarded summary: its place on the public page.
        "summary" => format!("/m/{}/said-did#point-{}", n.municipality_slug, n.subject_id),
        _ => format!("/m/{}/issues/{}", n.municipality_slug, n.subject_id),
    };
    Notice {
        href,
        kind: n.kind,
        municipality_slug: n.municipality_slug,
        title: visible.then_some(n.title),
        lang: n.lang,
        status: n.status,
        created_at: n.created_at,
        read: n.read,
    }
}

/// Marks all of a person's notifications as seen.
pub async fn mark_read(state: &AppState, reader: &User) -> Result<()> {
    Ok(db::notifications::mark_read(&state.db, reader.id).await?)
}
