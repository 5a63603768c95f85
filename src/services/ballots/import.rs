//! Ballots and standard files: a draft takes its projects from a pabulib `.pb` file, and a
//! closed ballot is exported as `.pb` (approval, budget and points ballots) or PrefLib
//! (ranked ballots), with the same papers as the published list.

use crate::{
    db::{self, municipalities::Municipality, users::User},
    domain::ballot::{MAX_NUMBER, MAX_OPTIONS, Method, Status},
    error::{AppError, Result},
    state::AppState,
    voting::pabulib::{PbFile, VoteType},
};

/// Why an import failed: the file (with the line) or the request.
#[derive(Debug)]
pub enum ImportError {
    /// The file is not a valid pabulib file; the 1-based line that is wrong.
    File {
        /// The line.
        line: usize,
    },
    /// The file is valid but has no projects, too many, or costs beyond what a ballot takes.
    Unsuitable,
    /// Anything else (not allowed, not a draft, …).
    App(AppError),
}

impl<E: Into<AppError>> From<E> for ImportError {
    fn from(e: E) -> Self {
        ImportError::App(e.into())
    }
}

/// Replaces a draft's options with a pabulib file's projects (id, cost, name) and takes its
/// budget and vote limits. Names go in under the file's language when the municipality has
/// it (else its default language); the other translations are for the council to add, and
/// the ballot cannot open before they are there. Returns the number of projects.
pub async fn from_pabulib(
    state: &AppState,
    actor: &User,
    m: &Municipality,
    id: i64,
    text: &str,
) -> std::result::Result<usize, ImportError> {
    if !super::may_manage(state, actor, m).await? {
        return Err(AppError::Forbidden.into());
    }
    let b = db::ballots::by_id(&state.db, m.id, id).await?.ok_or(AppError::NotFound)?;
    if b.status != Status::Draft {
        return Err(AppError::Conflict("ballot-not-draft").into());
    }
    let file = PbFile::parse(text).map_err(|e| ImportError::File { line: e.line })?;
    if file.projects.is_empty() || file.projects.len() > MAX_OPTIONS || file.projects.iter().any(|p| p.cost > MAX_NUMBER) {
        return Err(ImportError::Unsuitable);
    }
    let lang = file.meta("language").filter(|l| m.languages.iter().any(|x| x == l)).unwrap_or(&m.default_language).to_string();
    let limits = file.limits();
    let (method, points) = match file.vote_type {
        VoteType::Cumulative | VoteType::Scoring => {
            let per = limits.max_points.unwrap_or(1);
            (Method::Points, (limits.max_sum_points.unwrap_or(per).max(per), per))
        }
        _ => (Method::Budget, (0, 0)),
    };
    let budget = file.budget().unwrap_or(0).min(MAX_NUMBER);
    let picks = (limits.min_length.unwrap_or(0), limits.max_length.unwrap_or(0));
    let mut tx = state.db.begin().await?;
    db::ballots::clear_options(&mut tx, id).await?;
    db::ballots::set_limits(&mut tx, id, method, budget, picks, points).await?;
    for p in &file.projects {
        let titles = [(lang.clone(), p.name.chars().take(300).collect::<String>())];
        db::ballots::add_option(&mut tx, id, Some(&p.id), p.cost, None, &titles).await?.ok_or(AppError::Conflict("ballot-not-draft"))?;
    }
    db::audit::record(&mut *tx, &db::audit::Entry::new("ballot.import").by(actor.id).municipality(m.id).detail(&format!("ballot {id}")))
        .await?;
    tx.commit().await?;
    Ok(file.projects.len())
}

/// A closed ballot as a standard file: `(file name, media type, text)`; `.pb` for approval,
/// budget and points ballots, PrefLib `.soi`/`.toi` for ranked ones.
pub async fn export(state: &AppState, m: &Municipality, id: i64) -> Result<(String, &'static str, String)> {
    let b = db::ballots::by_id(&state.db, m.id, id).await?.ok_or(AppError::NotFound)?;
    if b.status != Status::Published {
        return Err(AppError::NotFound);
    }
    let texts = db::ballots::texts(&state.db, id).await?;
    let options = db::ballots::options(&state.db, id).await?;
    let papers = db::papers::all(&state.db, id).await?;
    let titles: Vec<String> = options
        .iter()
        .map(|o| o.titles.iter().find(|(l, _)| *l == m.default_language).or(o.titles.first()).map(|(_, t)| t.clone()).unwrap_or_default())
        .collect();
    let profile = super::count::profile(&b, &options, &titles, &papers);
    let title = texts.iter().find(|t| t.lang == m.default_language).or(texts.first()).map(|t| t.title.clone()).unwrap_or_default();
    let stem = format!("{}-ballot-{id}", m.slug);
    if b.method == Method::Ranked {
        let headers = vec![("TITLE".to_string(), title), ("FILE NAME".to_string(), stem.clone())];
        let (kind, text) = crate::voting::preflib::write(&profile, &headers).map_err(|e| anyhow::anyhow!("export: {}", e.0))?;
        return Ok((format!("{stem}.{}", kind.as_str()), "text/plain; charset=utf-8", text));
    }
    let selected = super::count::results(&b).and_then(|r| r.outcomes.first().map(|o| o.winners())).filter(|_| b.method == Method::Budget);
    let rule = if b.method == Method::Budget { b.binding_rule.as_str() } else { b.method.as_str() };
    let meta = vec![
        ("description".to_string(), title),
        ("country".to_string(), String::new()),
        ("unit".to_string(), m.name.clone()),
        ("instance".to_string(), id.to_string()),
        ("rule".to_string(), rule.to_string()),
        ("language".to_string(), m.default_language.clone()),
    ];
    let file = PbFile::from_profile(&profile, &meta, selected.as_deref()).map_err(|e| anyhow::anyhow!("export: {}", e.0))?;
    Ok((format!("{stem}.pb"), "text/plain; charset=utf-8", file.to_text()))
}
