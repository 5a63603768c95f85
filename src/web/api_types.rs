//! The shapes of the public JSON API. Handlers serialize these types and the OpenAPI document
//! is derived from the same types (utoipa), so the two cannot drift apart.

use serde::Serialize;
use utoipa::ToSchema;

use crate::db::{self, issues::Issue};

/// A municipality on this portal.
#[derive(Serialize, ToSchema)]
pub struct MunicipalityOut {
    /// Its web name, e.g. `lindenfeld`.
    pub slug: String,
    /// Its name.
    pub name: String,
    /// The languages it works in (BCP 47 tags).
    pub languages: Vec<String>,
    /// Its default language.
    pub default_language: String,
}

/// The municipalities on this portal.
#[derive(Serialize, ToSchema)]
pub struct Municipalities {
    /// By name.
    pub municipalities: Vec<MunicipalityOut>,
}

/// A category or a tag.
#[derive(Serialize, ToSchema)]
pub struct ThemeOut {
    /// Id (the listing's `theme` or `tag` filter).
    pub id: i64,
    /// `category` or `tag`.
    pub kind: String,
    /// A category's dimension: `socio_economic`, `legal_political`, `cultural` or `other`.
    pub dimension: Option<String>,
    /// Stable name.
    pub slug: String,
    /// Name in the negotiated language.
    pub name: String,
}

/// A neighbourhood.
#[derive(Serialize, ToSchema)]
pub struct NeighbourhoodOut {
    /// Id (the listing's `neighbourhood` filter).
    pub id: i64,
    /// Name.
    pub name: String,
}

/// Categories, tags and neighbourhoods of a municipality.
#[derive(Serialize, ToSchema)]
pub struct Themes {
    /// The language of the names (negotiated from `Accept-Language`).
    pub language: String,
    /// Categories first, in taxonomy order, then tags.
    pub themes: Vec<ThemeOut>,
    /// By name.
    pub neighbourhoods: Vec<NeighbourhoodOut>,
}

/// A published issue in a listing.
#[derive(Serialize, ToSchema)]
pub struct IssueSummary {
    /// Id.
    pub id: i64,
    /// Title, in the original language.
    pub title: String,
    /// Original language (BCP 47 tag).
    pub lang: String,
    /// `published`, `forwarded`, `answered` or `resolved`.
    pub status: String,
    /// Category id.
    pub theme_id: i64,
    /// Neighbourhood id.
    pub neighbourhood_id: Option<i64>,
    /// Number of supports.
    pub supports: i64,
    /// When it became public (epoch seconds).
    pub published_at: Option<i64>,
    /// When the city last answered (epoch seconds).
    pub answered_at: Option<i64>,
}

impl From<&Issue> for IssueSummary {
    fn from(i: &Issue) -> Self {
        Self {
            id: i.id,
            title: i.title.clone(),
            lang: i.lang.clone(),
            status: i.status.clone(),
            theme_id: i.theme_id,
            neighbourhood_id: i.neighbourhood_id,
            supports: i.supports,
            published_at: i.published_at,
            answered_at: i.answered_at,
        }
    }
}

/// A page of issues.
#[derive(Serialize, ToSchema)]
pub struct IssuesPage {
    /// Up to 50 issues.
    pub issues: Vec<IssueSummary>,
    /// The link to the following page, or null on the last one.
    pub next: Option<String>,
}

/// A translation of a text.
#[derive(Serialize, ToSchema)]
pub struct TranslationOut {
    /// BCP 47 tag of the translation.
    pub lang: String,
    /// Translated title (issues only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Translated text.
    pub body: String,
    /// `machine` or `human`.
    pub source: String,
    /// Whether a volunteer checked it.
    pub reviewed: bool,
}

impl TranslationOut {
    /// The API's view of a stored translation (`with_title` for issues).
    pub fn of(t: &db::translations::Translation, with_title: bool) -> Self {
        Self {
            lang: t.lang.clone(),
            title: with_title.then(|| t.title.clone()),
            body: t.body.clone(),
            source: t.source.clone(),
            reviewed: t.reviewed,
        }
    }
}

/// A step of the status timeline (who did it and moderators' notes stay private).
#[derive(Serialize, ToSchema)]
pub struct TimelineStep {
    /// The status reached.
    pub status: String,
    /// When (epoch seconds).
    pub at: i64,
}

/// An official answer: it speaks for the city and carries no name.
#[derive(Serialize, ToSchema)]
pub struct AnswerOut {
    /// Id.
    pub id: i64,
    /// The answer, in its original language.
    pub body: String,
    /// Its language.
    pub lang: String,
    /// Responsible department.
    pub department: Option<String>,
    /// Expected date, `YYYY-MM-DD`.
    pub expected_on: Option<String>,
    /// When (epoch seconds).
    pub created_at: i64,
    /// Its translations.
    pub translations: Vec<TranslationOut>,
}

/// A published comment (without its author).
#[derive(Serialize, ToSchema)]
pub struct CommentOut {
    /// Id.
    pub id: i64,
    /// The comment, in its original language.
    pub body: String,
    /// Its language.
    pub lang: String,
    /// When (epoch seconds).
    pub created_at: i64,
    /// Its translations.
    pub translations: Vec<TranslationOut>,
}

/// One published issue with translations, timeline, answers and comments.
#[derive(Serialize, ToSchema)]
pub struct IssueDetail {
    /// What the listing shows.
    #[serde(flatten)]
    pub summary: IssueSummary,
    /// Description, in the original language.
    pub body: String,
    /// Tag ids.
    pub tag_ids: Vec<i64>,
    /// Translations of title and description.
    pub translations: Vec<TranslationOut>,
    /// Status timeline, oldest first.
    pub timeline: Vec<TimelineStep>,
    /// Official answers, oldest first.
    pub answers: Vec<AnswerOut>,
    /// Published comments, oldest first.
    pub comments: Vec<CommentOut>,
}

/// What went wrong.
#[derive(Serialize, ToSchema)]
pub struct ErrorBody {
    /// HTTP status.
    pub status: u16,
    /// Fluent message id, e.g. `error-not-found`.
    pub message_id: String,
    /// The message in the negotiated language.
    pub message: String,
    /// Per-field problems of a request that did not validate, by field name.
    pub fields: std::collections::BTreeMap<String, FieldMessage>,
}

/// A problem with one field.
#[derive(Serialize, ToSchema)]
pub struct FieldMessage {
    /// Fluent message id.
    pub message_id: String,
    /// The message in the negotiated language.
    pub message: String,
}

/// An error answer.
#[derive(Serialize, ToSchema)]
pub struct ApiError {
    /// What went wrong.
    pub error: ErrorBody,
}
