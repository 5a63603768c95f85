//! Priority votes. Council members (and global admins) prepare a ballot as a draft, in every
//! language of the municipality, and open it; residents vote ([`cast`]); it closes at its
//! closing time without anyone acting and is counted ([`count`]); the council publishes the
//! results. A ballot can be built from a pabulib file's projects ([`import`]).

pub mod cast;
pub mod count;
pub mod import;

use crate::{
    db::{self, municipalities::Municipality, translations::Kind, users::User},
    domain::{
        ballot::{Ballot, BallotForm, BallotOption, BallotSettings, BallotText, Method, OptionDraft, OptionForm, Status},
        role::Role,
    },
    error::{AppError, FieldErrors, Result},
    state::AppState,
};

/// Whether someone with these roles prepares, opens and publishes ballots.
pub fn manages(actor: &User, roles: &[Role]) -> bool {
    actor.is_admin || roles.contains(&Role::CouncilMember)
}

/// Whether `actor` manages the ballots of `m`.
pub async fn may_manage(state: &AppState, actor: &User, m: &Municipality) -> Result<bool> {
    Ok(manages(actor, &db::roles::in_municipality(&state.db, actor.id, m.id).await?))
}

async fn require_manager(state: &AppState, actor: &User, m: &Municipality) -> Result<()> {
    if may_manage(state, actor, m).await? { Ok(()) } else { Err(AppError::Forbidden) }
}

/// An option as a page shows it: its label in the reader's language where there is one.
#[derive(Clone, Debug)]
pub struct OptionView {
    /// The stored option.
    pub option: BallotOption,
    /// Its label.
    pub title: String,
    /// The label's language.
    pub title_lang: String,
}

/// What is missing in one language before a ballot can open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Missing {
    /// The language.
    pub lang: String,
    /// The title is missing.
    pub title: bool,
    /// Codes of the options without a label.
    pub options: Vec<String>,
}

/// A ballot as its pages show it.
#[derive(Clone, Debug)]
pub struct BallotView {
    /// Settings and state.
    pub ballot: Ballot,
    /// Its texts in every language it has.
    pub texts: Vec<BallotText>,
    /// The text in the reader's language, else the first.
    pub text: BallotText,
    /// The options in ballot order.
    pub options: Vec<OptionView>,
    /// What is missing per language (empty when complete).
    pub missing: Vec<Missing>,
}

fn pick<'a>(texts: &'a [(String, String)], lang: &str, fallback: &str) -> Option<&'a (String, String)> {
    texts.iter().find(|(l, _)| l == lang).or_else(|| texts.iter().find(|(l, _)| l == fallback)).or_else(|| texts.first())
}

/// Builds the view of a loaded ballot.
pub fn assemble(m: &Municipality, ballot: Ballot, texts: Vec<BallotText>, options: Vec<BallotOption>, lang: &str) -> BallotView {
    let text = texts
        .iter()
        .find(|t| t.lang == lang)
        .or_else(|| texts.iter().find(|t| t.lang == m.default_language))
        .or_else(|| texts.first())
        .cloned()
        .unwrap_or(BallotText { lang: m.default_language.clone(), title: String::new(), description: String::new() });
    let missing = m
        .languages
        .iter()
        .map(|l| Missing {
            lang: l.clone(),
            title: !texts.iter().any(|t| &t.lang == l && !t.title.is_empty()),
            options: options.iter().filter(|o| !o.titles.iter().any(|(tl, _)| tl == l)).map(|o| o.code.clone()).collect(),
        })
        .filter(|x| x.title || !x.options.is_empty())
        .collect();
    let options = options
        .into_iter()
        .map(|o| {
            let (title_lang, title) =
                pick(&o.titles, lang, &m.default_language).cloned().unwrap_or_else(|| (lang.to_string(), o.code.clone()));
            OptionView { option: o, title, title_lang }
        })
        .collect();
    BallotView { ballot, texts, text, options, missing }
}

/// Loads ballot `id` of `m` for a reader. Drafts and counted-but-unpublished ballots exist
/// only for those who manage ballots.
pub async fn view(state: &AppState, reader: Option<&User>, m: &Municipality, id: i64, lang: &str) -> Result<BallotView> {
    let ballot = db::ballots::by_id(&state.db, m.id, id).await?.ok_or(AppError::NotFound)?;
    if matches!(ballot.status, Status::Draft | Status::Closed) {
        let manager = match reader {
            Some(u) => may_manage(state, u, m).await?,
            None => false,
        };
        if !manager {
            return Err(AppError::NotFound);
        }
    }
    let texts = db::ballots::texts(&state.db, id).await?;
    let options = db::ballots::options(&state.db, id).await?;
    Ok(assemble(m, ballot, texts, options, lang))
}

/// The ballots of `m` a reader may see, newest first: drafts and counted-but-unpublished
/// ones only for a `manager` (see [`may_manage`]).
pub async fn list(state: &AppState, manager: bool, m: &Municipality, lang: &str) -> Result<Vec<db::ballots::Listed>> {
    Ok(db::ballots::list(&state.db, m.id, lang, manager).await?)
}

/// Creates a draft ballot.
pub async fn create(state: &AppState, actor: &User, m: &Municipality, form: &BallotForm) -> Result<i64> {
    require_manager(state, actor, m).await?;
    let settings = BallotSettings::parse(form, &m.languages).map_err(AppError::Validation)?;
    let mut tx = state.db.begin().await?;
    let id = db::ballots::insert(&mut tx, m.id, &settings, actor.id).await?;
    db::audit::record(&mut *tx, &db::audit::Entry::new("ballot.create").by(actor.id).municipality(m.id).detail(&format!("ballot {id}")))
        .await?;
    tx.commit().await?;
    tracing::info!(ballot.id = id, "ballot drafted");
    Ok(id)
}

/// Changes a draft's settings and texts (an open ballot keeps its method and options).
pub async fn update(state: &AppState, actor: &User, m: &Municipality, id: i64, form: &BallotForm) -> Result<()> {
    require_manager(state, actor, m).await?;
    let settings = BallotSettings::parse(form, &m.languages).map_err(AppError::Validation)?;
    db::ballots::by_id(&state.db, m.id, id).await?.ok_or(AppError::NotFound)?;
    let mut tx = state.db.begin().await?;
    if !db::ballots::update(&mut tx, id, &settings).await? {
        return Err(AppError::Conflict("ballot-not-draft"));
    }
    tx.commit().await?;
    Ok(())
}

async fn draft(state: &AppState, m: &Municipality, id: i64) -> Result<Ballot> {
    let b = db::ballots::by_id(&state.db, m.id, id).await?.ok_or(AppError::NotFound)?;
    if b.status != Status::Draft {
        return Err(AppError::Conflict("ballot-not-draft"));
    }
    Ok(b)
}

/// Labels for an option that stands for an issue: the issue's title in its language and in
/// every translation the municipality has, unless the council typed its own.
async fn issue_titles(state: &AppState, m: &Municipality, issue_id: i64, typed: &[(String, String)]) -> Result<Vec<(String, String)>> {
    let mut errors = FieldErrors::new();
    let issue = db::issues::by_id(&state.db, m.id, issue_id).await?.filter(db::issues::Issue::is_public);
    let Some(issue) = issue else {
        errors.add("issue", "ballot-option-issue-invalid");
        return Err(AppError::Validation(errors));
    };
    let mut titles = typed.to_vec();
    for lang in &m.languages {
        if titles.iter().any(|(l, _)| l == lang) {
            continue;
        }
        if *lang == issue.lang {
            titles.push((lang.clone(), issue.title.clone()));
        } else if let Some(t) = db::translations::get(&state.db, Kind::Issue, issue.id, lang).await?.filter(|t| !t.title.is_empty()) {
            titles.push((lang.clone(), t.title));
        }
    }
    Ok(titles)
}

/// Adds an option to a draft: typed in, or picked from a published issue.
pub async fn add_option(state: &AppState, actor: &User, m: &Municipality, id: i64, form: &OptionForm) -> Result<i64> {
    require_manager(state, actor, m).await?;
    let b = draft(state, m, id).await?;
    let o = OptionDraft::parse(form, &m.languages, b.method == Method::Budget).map_err(AppError::Validation)?;
    let titles = match o.issue_id {
        Some(issue) => issue_titles(state, m, issue, &o.titles).await?,
        None => o.titles,
    };
    if db::ballots::options(&state.db, id).await?.len() >= crate::domain::ballot::MAX_OPTIONS {
        return Err(AppError::Conflict("ballot-too-many-options"));
    }
    let mut tx = state.db.begin().await?;
    let oid =
        db::ballots::add_option(&mut tx, id, None, o.cost, o.issue_id, &titles).await?.ok_or(AppError::Conflict("ballot-not-draft"))?;
    tx.commit().await?;
    Ok(oid)
}

/// Replaces an option's labels and cost (drafts only).
pub async fn update_option(state: &AppState, actor: &User, m: &Municipality, id: i64, option_id: i64, form: &OptionForm) -> Result<()> {
    require_manager(state, actor, m).await?;
    let b = draft(state, m, id).await?;
    let o = OptionDraft::parse(form, &m.languages, b.method == Method::Budget).map_err(AppError::Validation)?;
    let mut tx = state.db.begin().await?;
    if !db::ballots::update_option(&mut tx, id, option_id, o.cost, &o.titles).await? {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    Ok(())
}

/// Removes an option from a draft.
pub async fn remove_option(state: &AppState, actor: &User, m: &Municipality, id: i64, option_id: i64) -> Result<()> {
    require_manager(state, actor, m).await?;
    draft(state, m, id).await?;
    let mut tx = state.db.begin().await?;
    if !db::ballots::remove_option(&mut tx, id, option_id).await? {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    Ok(())
}

/// Why a complete-looking draft still cannot open (message ids under the field `form`).
fn open_problems(v: &BallotView, now: i64) -> FieldErrors {
    let mut e = FieldErrors::new();
    let b = &v.ballot;
    let n = v.options.len() as u64;
    if !v.missing.is_empty() {
        e.add("form", "ballot-open-missing-translations");
    }
    if n < 2 {
        e.add("options", "ballot-open-too-few-options");
    }
    if b.closes_at <= now {
        e.add("closes_at", "ballot-open-closing-passed");
    }
    if matches!(b.method, Method::Approval | Method::Budget) && b.min_picks > n {
        e.add("min_picks", "ballot-open-picks-impossible");
    }
    if b.method == Method::Budget && b.budget == 0 {
        e.add("budget", "ballot-budget-required");
    }
    if b.method == Method::Budget && v.options.iter().any(|o| o.option.cost == 0) {
        e.add("options", "ballot-option-cost-required");
    }
    e
}

/// Opens a complete draft. It takes votes from its opening time; its method and options are
/// fixed from now on.
pub async fn open(state: &AppState, actor: &User, m: &Municipality, id: i64) -> Result<()> {
    require_manager(state, actor, m).await?;
    let v = view(state, Some(actor), m, id, &m.default_language).await?;
    if v.ballot.status != Status::Draft {
        return Err(AppError::Conflict("ballot-not-draft"));
    }
    let problems = open_problems(&v, db::now());
    if !problems.is_empty() {
        return Err(AppError::Validation(problems));
    }
    let mut tx = state.db.begin().await?;
    if !db::ballots::open(&mut tx, id).await? {
        return Err(AppError::Conflict("ballot-not-draft"));
    }
    db::audit::record(&mut *tx, &db::audit::Entry::new("ballot.open").by(actor.id).municipality(m.id).detail(&format!("ballot {id}")))
        .await?;
    db::notifications::notify_residents(&mut *tx, m.id, db::notifications::Subject::Ballot(id), v.ballot.verified_only).await?;
    tx.commit().await?;
    tracing::info!(ballot.id = id, "ballot opened");
    Ok(())
}

/// Deletes a draft.
pub async fn delete(state: &AppState, actor: &User, m: &Municipality, id: i64) -> Result<()> {
    require_manager(state, actor, m).await?;
    draft(state, m, id).await?;
    let mut tx = state.db.begin().await?;
    if !db::ballots::delete_draft(&mut tx, id).await? {
        return Err(AppError::Conflict("ballot-not-draft"));
    }
    db::audit::record(&mut *tx, &db::audit::Entry::new("ballot.delete").by(actor.id).municipality(m.id).detail(&format!("ballot {id}")))
        .await?;
    tx.commit().await?;
    Ok(())
}
