//! A summary's data part as HTML. (Placeholder until the data slice lands; replaced by it.)

use crate::{i18n::Tr, services::summaries::data::DataPart};

/// The data part as an HTML fragment.
pub fn render(data: &DataPart, tr: &Tr, _lang: &str, _slug: &str) -> String {
    format!("<p>{} {}</p>", data.issues, tr.t("summary-data"))
}
