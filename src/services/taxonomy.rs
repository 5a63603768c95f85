//! A municipality's taxonomy and places, as its admin edits them: categories (in their
//! dimensions), tags and neighbourhoods. Seeded themes keep their translated names unless the
//! admin gives them a label; a category that issues use cannot be removed.

use super::admin::require_admin;
use crate::{
    db::{self, audit::Entry, municipalities::Municipality, themes::CATEGORIES, users::User},
    domain::issue::clean,
    error::{AppError, FieldErrors, Result},
    state::AppState,
};

/// Longest theme label or neighbourhood name, in characters.
const NAME_CHARS: usize = 80;

/// A change an admin makes.
#[derive(Clone, Debug)]
pub enum Change {
    /// Add a category in a dimension.
    AddCategory {
        /// One of the taxonomy's dimensions.
        dimension: String,
        /// Its name.
        label: String,
    },
    /// Add a tag.
    AddTag {
        /// Its name.
        label: String,
    },
    /// Rename a theme (an empty label restores the translated default of a seeded theme).
    Rename {
        /// Theme id.
        id: i64,
        /// New name.
        label: String,
    },
    /// Remove a theme.
    Remove {
        /// Theme id.
        id: i64,
    },
    /// Add a neighbourhood.
    AddNeighbourhood {
        /// Its name.
        name: String,
    },
    /// Rename a neighbourhood.
    RenameNeighbourhood {
        /// Neighbourhood id.
        id: i64,
        /// New name.
        name: String,
    },
    /// Remove a neighbourhood.
    RemoveNeighbourhood {
        /// Neighbourhood id.
        id: i64,
    },
}

fn invalid(field: &'static str, message: &'static str) -> AppError {
    let mut e = FieldErrors::new();
    e.add(field, message);
    AppError::Validation(e)
}

/// A cleaned one-line name, checked for length (errors go on `field`).
fn name(raw: &str, field: &'static str, allow_empty: bool) -> Result<String> {
    let name = clean(raw).replace('\n', " ");
    match name.chars().count() {
        0 if allow_empty => Ok(name),
        0 => Err(invalid(field, "taxonomy-name-required")),
        n if n > NAME_CHARS => Err(invalid(field, "taxonomy-name-too-long")),
        _ => Ok(name),
    }
}

/// Applies one change to `m`'s taxonomy.
pub async fn apply(state: &AppState, actor: &User, m: &Municipality, change: &Change) -> Result<()> {
    require_admin(actor)?;
    let themes = state.directory.get(&state.db).await?.themes(m.id).to_vec();
    let theme = |id: i64| themes.iter().find(|t| t.id == id).ok_or(AppError::NotFound);
    let mut tx = state.db.begin().await?;
    let detail = match change {
        Change::AddCategory { dimension, label } => {
            if !CATEGORIES.iter().any(|(d, _)| d == dimension) {
                return Err(invalid("dimension", "taxonomy-dimension-required"));
            }
            let label = name(label, "label", false)?;
            db::themes::add_theme(&mut tx, m.id, "category", Some(dimension), &label).await?;
            format!("category added: {label}")
        }
        Change::AddTag { label } => {
            let label = name(label, "tag_label", false)?;
            db::themes::add_theme(&mut tx, m.id, "tag", None, &label).await?;
            format!("tag added: {label}")
        }
        Change::Rename { id, label } => {
            let t = theme(*id)?;
            // A seeded theme may drop its label (back to its translated name); an added one may not.
            let label = name(label, "label", !t.slug.starts_with("custom-"))?;
            db::themes::set_label(&mut *tx, m.id, t.id, Some(label.as_str()).filter(|l| !l.is_empty())).await?;
            format!("theme {id} renamed")
        }
        Change::Remove { id } => {
            let t = theme(*id)?;
            if t.is_category() && db::themes::issues_in(&state.db, t.id).await? > 0 {
                return Err(AppError::Conflict("taxonomy-category-in-use"));
            }
            db::themes::delete_theme(&mut *tx, m.id, t.id).await?;
            format!("theme {id} removed")
        }
        Change::AddNeighbourhood { name: n } => {
            let n = name(n, "neighbourhood", false)?;
            if !db::themes::add_neighbourhood(&mut *tx, m.id, &n).await? {
                return Err(invalid("neighbourhood", "taxonomy-name-taken"));
            }
            format!("neighbourhood added: {n}")
        }
        Change::RenameNeighbourhood { id, name: n } => {
            let n = name(n, "neighbourhood", false)?;
            if !db::themes::rename_neighbourhood(&mut *tx, m.id, *id, &n).await? {
                return Err(invalid("neighbourhood", "taxonomy-name-taken"));
            }
            format!("neighbourhood {id} renamed")
        }
        Change::RemoveNeighbourhood { id } => {
            if !db::themes::delete_neighbourhood(&mut *tx, m.id, *id).await? {
                return Err(AppError::NotFound);
            }
            format!("neighbourhood {id} removed")
        }
    };
    db::audit::record(&mut *tx, &Entry::new("municipality.taxonomy").by(actor.id).municipality(m.id).detail(&detail)).await?;
    tx.commit().await?;
    state.directory.invalidate();
    Ok(())
}
