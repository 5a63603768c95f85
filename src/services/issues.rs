//! Raising, reading and supporting issues. Who may see what is decided here.

use crate::{
    db::{
        self,
        issues::{Issue, NewIssue},
        municipalities::Municipality,
        themes::Theme,
        translations::Kind,
        users::User,
    },
    domain::{
        content_language::ContentLanguage,
        issue::{IssueDraft, IssueForm},
        municipality::ModerationMode,
        role::Role,
    },
    error::{AppError, FieldErrors, Result},
    state::AppState,
};

/// What the submission form needs: the municipality's categories, tags and neighbourhoods.
pub struct Choices {
    /// Categories (kind `category`), in taxonomy order.
    pub categories: Vec<Theme>,
    /// Tags.
    pub tags: Vec<Theme>,
    /// `(id, name)` of neighbourhoods.
    pub neighbourhoods: Vec<(i64, String)>,
}

/// Loads the choices of a municipality.
pub async fn choices(state: &AppState, m: &Municipality) -> Result<Choices> {
    let directory = state.directory.get(&state.db).await?;
    let (categories, tags) = directory.themes(m.id).iter().cloned().partition(Theme::is_category);
    Ok(Choices { categories, tags, neighbourhoods: directory.neighbourhoods(m.id).to_vec() })
}

/// The outcome of submitting the form.
pub enum Submitted {
    /// The first step: the author confirms the detected language (or picks one) and sees
    /// similar issues they could support instead.
    Confirm {
        /// The detected language, if the detector was sure.
        detected: Option<ContentLanguage>,
        /// Published issues with similar titles.
        similar: Vec<Issue>,
    },
    /// The issue was stored.
    Created {
        /// Its id.
        id: i64,
        /// Whether it is public at once (post-moderation) or waits for a moderator.
        public: bool,
    },
}

fn invalid(field: &'static str, message: &'static str) -> AppError {
    let mut e = FieldErrors::new();
    e.add(field, message);
    AppError::Validation(e)
}

/// Checks that the draft's themes and neighbourhood belong to the municipality.
fn check_choices(draft: &IssueDraft, choices: &Choices) -> Result<()> {
    let mut errors = FieldErrors::new();
    if !choices.categories.iter().any(|t| t.id == draft.theme_id) {
        errors.add("theme", "issue-theme-required");
    }
    if !draft.tag_ids.iter().all(|id| choices.tags.iter().any(|t| t.id == *id)) {
        errors.add("tags", "issue-tag-unknown");
    }
    if draft.neighbourhood_id.is_some_and(|id| !choices.neighbourhoods.iter().any(|(n, _)| *n == id)) {
        errors.add("neighbourhood", "issue-neighbourhood-unknown");
    }
    errors.into_result(()).map_err(AppError::Validation)
}

/// The longest distinctive words of a title, lower-cased, for the similar-issue search.
fn keywords(title: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for w in title.split(|c: char| !c.is_alphanumeric()).filter(|w| w.chars().count() >= 4).map(str::to_lowercase) {
        if !words.contains(&w) {
            words.push(w);
        }
    }
    words.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
    words.truncate(3);
    words
}

/// Submits an issue in two steps: without a confirmed language the draft comes back with the
/// detected language and similar issues; with it, the issue is stored (published at once
/// under post-moderation). Submitting makes the author a resident of the municipality.
pub async fn submit(state: &AppState, author: &User, m: &Municipality, form: &IssueForm) -> Result<Submitted> {
    let draft = IssueDraft::try_from(form).map_err(AppError::Validation)?;
    check_choices(&draft, &choices(state, m).await?)?;
    let lang = match (draft.lang, form.confirmed) {
        (Some(lang), true) => lang,
        (_, true) => return Err(invalid("lang", "issue-lang-required")),
        (_, false) => {
            let detected = ContentLanguage::detect(&format!("{}\n{}", draft.title, draft.body));
            let search = db::search::Search::any_word(state.backend, &keywords(&draft.title));
            let similar = db::issues::similar(&state.db, m.id, search.as_ref(), 5).await?;
            return Ok(Submitted::Confirm { detected, similar });
        }
    };
    let public = m.moderation_mode == ModerationMode::Post;
    let mut tx = state.db.begin().await?;
    let new = NewIssue {
        municipality_id: m.id,
        author_id: author.id,
        anonymous: draft.anonymous,
        title: &draft.title,
        body: &draft.body,
        lang: lang.tag(),
        theme_id: draft.theme_id,
        tag_ids: &draft.tag_ids,
        neighbourhood_id: draft.neighbourhood_id,
        status: if public { "published" } else { "submitted" },
    };
    let id = store(state, &mut tx, author, &new).await?;
    tx.commit().await?;
    if public {
        super::translation::translate_later(state, m, Kind::Issue, id);
    }
    tracing::info!(issue.id = id, municipality.id = m.id, "issue submitted");
    Ok(Submitted::Created { id, public })
}

/// Stores a new issue in `tx` under the author's posting pace; raising an issue makes the
/// author a resident of its municipality. (Written or told in a voice note alike.)
pub(super) async fn store(state: &AppState, tx: &mut db::Tx, author: &User, new: &NewIssue<'_>) -> Result<i64> {
    super::comments::take_pace(state, tx, author).await?;
    db::roles::grant(&mut **tx, author.id, new.municipality_id, Role::Resident, Some(author.id)).await?;
    Ok(db::issues::insert(tx, new).await?)
}

pub use super::issue_page::{IssueView, view};

/// A public issue by its id alone (from a link into the bot), with its municipality.
pub async fn by_link(state: &AppState, id: i64) -> Result<(Issue, Municipality)> {
    let municipality_id = db::issues::municipality_of(&state.db, id).await?.ok_or(AppError::NotFound)?;
    let m = state.directory.get(&state.db).await?.municipality_by_id(municipality_id).cloned().ok_or(AppError::NotFound)?;
    let issue = db::issues::by_id(&state.db, m.id, id).await?.filter(Issue::is_public).ok_or(AppError::NotFound)?;
    Ok((issue, m))
}

/// Supports a public issue (or withdraws the support). Supporting makes the person a
/// resident of the municipality.
pub async fn set_support(state: &AppState, user: &User, m: &Municipality, id: i64, support: bool) -> Result<()> {
    let issue = db::issues::by_id(&state.db, m.id, id).await?.ok_or(AppError::NotFound)?;
    if !issue.is_public() {
        return Err(AppError::NotFound);
    }
    let mut tx = state.db.begin().await?;
    if support {
        db::roles::grant(&mut *tx, user.id, m.id, Role::Resident, Some(user.id)).await?;
        db::issues::support(&mut tx, id, user.id).await?;
    } else {
        db::issues::withdraw(&mut tx, id, user.id).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// The issue an author was asked to edit, with its tags: for the edit form.
pub async fn editable(state: &AppState, author: &User, m: &Municipality, id: i64) -> Result<(Issue, Vec<Theme>)> {
    let issue = db::issues::by_id(&state.db, m.id, id).await?.ok_or(AppError::NotFound)?;
    if issue.author_id != Some(author.id) {
        return Err(AppError::NotFound);
    }
    if !issue.edit_requested {
        return Err(AppError::Conflict("issue-edit-not-requested"));
    }
    let tags = db::themes::of_issue(&state.db, id).await?;
    Ok((issue, tags))
}

/// Saves the author's new version of an issue a moderator asked them to edit. It goes back
/// to the moderation queue; translations of the old text are dropped.
pub async fn save_edit(state: &AppState, author: &User, m: &Municipality, id: i64, form: &IssueForm) -> Result<()> {
    editable(state, author, m, id).await?;
    let draft = IssueDraft::try_from(form).map_err(AppError::Validation)?;
    check_choices(&draft, &choices(state, m).await?)?;
    let lang = draft.lang.ok_or_else(|| invalid("lang", "issue-lang-required"))?;
    let edit = db::issues::Edit {
        title: &draft.title,
        body: &draft.body,
        lang: lang.tag(),
        theme_id: draft.theme_id,
        tag_ids: &draft.tag_ids,
        neighbourhood_id: draft.neighbourhood_id,
        anonymous: draft.anonymous,
    };
    let mut tx = state.db.begin().await?;
    db::issues::apply_edit(&mut tx, id, &edit).await?;
    db::translations::drop_all(&mut *tx, Kind::Issue, id).await?;
    db::issues::add_event(&mut *tx, id, "edited", Some(author.id), None, None).await?;
    tx.commit().await?;
    tracing::info!(issue.id = id, "issue edited by its author");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_are_the_longest_distinct_words() {
        assert_eq!(keywords("Night buses: night BUSES to the northern estates"), vec!["northern", "estates", "night"]);
        assert!(keywords("a b c").is_empty());
    }
}
