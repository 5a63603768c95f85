//! "You said, we did": the public read of forwarded points, in two queries per page — the
//! points with their answers and both translations into the reader's language, then the
//! progress reports (with theirs) and the sources of those points together.

use sqlx::{Row as _, any::AnyRow};

use super::{
    Db,
    official::{COLUMNS, ORDER, Point, Progress, point_from_row, progress_from_row},
    translations::{Kind, Translation},
};
use crate::domain::official::StatusFilter;

/// What a page of points is narrowed to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Filter {
    /// The recommendation's theme.
    pub theme: Option<i64>,
    /// Its answer's status.
    pub status: Option<StatusFilter>,
    /// One point only (the API's detail).
    pub point: Option<i64>,
}

/// A point as the public sees it, with its title and answer in the reader's language.
#[derive(Clone, Debug)]
pub struct PublicPoint {
    /// The point and its answer.
    pub point: Point,
    /// The recommendation's translation (title and body), when one exists.
    pub translation: Option<Translation>,
    /// The answer's reason translated, when one exists.
    pub reason_translation: Option<Translation>,
}

/// A translation from the `{prefix}title`, `{prefix}body`, `{prefix}source` and
/// `{prefix}reviewed` columns of a row (NULL when there is none).
fn translation(r: &AnyRow, prefix: &str, kind: Kind, content_id: i64, lang: &str) -> sqlx::Result<Option<Translation>> {
    let Some(body) = r.try_get::<Option<String>, _>(format!("{prefix}body").as_str())? else { return Ok(None) };
    let title = if kind.has_title() {
        r.try_get::<Option<String>, _>(format!("{prefix}title").as_str())?.unwrap_or_default()
    } else {
        String::new()
    };
    Ok(Some(Translation {
        kind,
        content_id,
        lang: lang.to_string(),
        title,
        body,
        source: r.try_get::<Option<String>, _>(format!("{prefix}source").as_str())?.unwrap_or_default(),
        reviewed: r.try_get::<Option<i64>, _>(format!("{prefix}reviewed").as_str())?.unwrap_or_default() != 0,
    }))
}

/// A page of a municipality's forwarded points (latest versions), newest summary first;
/// `lang` is the reader's language, `now` decides what is overdue.
pub async fn page(
    db: &Db,
    municipality_id: i64,
    filter: Filter,
    lang: &str,
    now: i64,
    limit: i64,
    offset: i64,
) -> sqlx::Result<Vec<PublicPoint>> {
    // Parameters after the first four are numbered as the filters need them.
    let mut conditions = String::new();
    let mut next = 5;
    let mut number = || {
        next += 1;
        next - 1
    };
    if filter.theme.is_some() {
        conditions.push_str(&format!(" AND r.theme_id = ${}", number()));
    }
    if filter.point.is_some() {
        let n = number();
        conditions.push_str(&format!(" AND (r.point_id = ${n} OR (r.point_id IS NULL AND r.id = ${n}))"));
    }
    let (status, overdue) = match filter.status {
        None => (None, false),
        Some(StatusFilter::NotAnswered) => {
            conditions.push_str(" AND o.point_id IS NULL");
            (None, false)
        }
        Some(StatusFilter::Decided(d)) => {
            conditions.push_str(&format!(" AND o.decision = ${}", number()));
            (Some(d.as_str()), false)
        }
        Some(StatusFilter::State(st)) => {
            conditions.push_str(&format!(" AND o.state = ${}", number()));
            (Some(st.as_str()), false)
        }
        Some(StatusFilter::Overdue) => {
            conditions.push_str(&format!(" AND o.deadline + 86400 <= ${} AND o.state IN ('open', 'in_progress')", number()));
            (None, true)
        }
    };
    let sql = format!(
        "SELECT {COLUMNS}, tr.title AS tr_title, tr.body AS tr_body, tr.source AS tr_source, tr.reviewed AS tr_reviewed,
             tro.body AS tro_body, tro.source AS tro_source, tro.reviewed AS tro_reviewed
         FROM recommendations r JOIN summaries s ON s.id = r.summary_id
         LEFT JOIN official_responses o ON o.point_id = COALESCE(r.point_id, r.id)
         LEFT JOIN translations tr ON tr.kind = 'recommendation' AND tr.content_id = r.id AND tr.lang = $2 AND r.lang <> $2
         LEFT JOIN translations tro ON tro.kind = 'official_response' AND tro.content_id = o.point_id AND tro.lang = $2 AND o.lang <> $2
         WHERE s.municipality_id = $1 AND s.status = 'forwarded'{conditions} {ORDER} LIMIT $3 OFFSET $4"
    );
    let mut query = sqlx::query(&sql).bind(municipality_id).bind(lang).bind(limit).bind(offset);
    if let Some(theme) = filter.theme {
        query = query.bind(theme);
    }
    if let Some(point) = filter.point {
        query = query.bind(point);
    }
    if let Some(status) = status {
        query = query.bind(status);
    }
    if overdue {
        query = query.bind(now);
    }
    let rows = query.fetch_all(db).await?;
    rows.iter()
        .map(|r| {
            let point = point_from_row(r)?;
            let translation = translation(r, "tr_", Kind::Recommendation, point.recommendation_id, lang)?;
            let reason_translation = translation_of_reason(r, &point, lang)?;
            Ok(PublicPoint { point, translation, reason_translation })
        })
        .collect()
}

fn translation_of_reason(r: &AnyRow, point: &Point, lang: &str) -> sqlx::Result<Option<Translation>> {
    if point.response.is_none() {
        return Ok(None);
    }
    translation(r, "tro_", Kind::OfficialResponse, point.point_id, lang)
}

/// Where a point came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    /// The point.
    pub point_id: i64,
    /// `issue`, `consultation`, `statement` or `ballot`.
    pub kind: String,
    /// The issue, consultation, statement or ballot.
    pub id: i64,
    /// A statement's consultation (its page is where the statement is seen).
    pub consultation_id: Option<i64>,
}

/// What a page shows under its points: progress reports (with their translation into the
/// reader's language) and sources.
#[derive(Clone, Debug, Default)]
pub struct Details {
    /// Progress reports, oldest first per point.
    pub progress: Vec<(Progress, Option<Translation>)>,
    /// Sources of the recommendations shown; issues only while public.
    pub sources: Vec<Source>,
}

/// The progress and sources of `points` (point ids and the recommendation rows shown), in
/// one query.
pub async fn details(db: &Db, points: &[(i64, i64)], lang: &str) -> sqlx::Result<Details> {
    if points.is_empty() {
        return Ok(Details::default());
    }
    // Ids are integers from our own rows: safe to inline, and one statement for any count.
    let point_ids = points.iter().map(|(p, _)| p.to_string()).collect::<Vec<_>>().join(",");
    let rec_ids = points.iter().map(|(_, r)| r.to_string()).collect::<Vec<_>>().join(",");
    let sql = format!(
        "SELECT p.point_id, 'progress' AS what, p.id, p.state, p.body, p.lang, p.created_at,
                t.body AS t_body, t.source AS t_source, t.reviewed AS t_reviewed, CAST(0 AS BIGINT) AS consultation_id
         FROM progress_updates p
         LEFT JOIN translations t ON t.kind = 'progress' AND t.content_id = p.id AND t.lang = $1 AND p.lang <> $1
         WHERE p.point_id IN ({point_ids})
         UNION ALL
         SELECT COALESCE(r.point_id, r.id), rs.kind, rs.source_id, '', '', '', CAST(0 AS BIGINT), NULL, NULL, NULL, COALESCE(st.consultation_id, 0)
         FROM recommendation_sources rs JOIN recommendations r ON r.id = rs.recommendation_id
         LEFT JOIN statements st ON rs.kind = 'statement' AND st.id = rs.source_id
         WHERE rs.recommendation_id IN ({rec_ids})
           AND (rs.kind <> 'issue' OR EXISTS (SELECT 1 FROM issues i WHERE i.id = rs.source_id
                AND i.status IN ('published', 'forwarded', 'answered', 'resolved')))
         ORDER BY 1, 2, 3"
    );
    let rows = sqlx::query(&sql).bind(lang).fetch_all(db).await?;
    let mut details = Details::default();
    for r in &rows {
        let what: String = r.try_get("what")?;
        if what == "progress" {
            let p = progress_from_row(r)?;
            let t = translation(r, "t_", Kind::Progress, p.id, lang)?;
            details.progress.push((p, t));
        } else {
            let consultation_id: i64 = r.try_get("consultation_id")?;
            details.sources.push(Source {
                point_id: r.try_get("point_id")?,
                kind: what,
                id: r.try_get("id")?,
                consultation_id: Some(consultation_id).filter(|c| *c > 0),
            });
        }
    }
    Ok(details)
}
