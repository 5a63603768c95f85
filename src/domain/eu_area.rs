//! The four EU core indicator areas of migrant integration (the Zaragoza Declaration, 2010):
//! employment, education, social inclusion and active citizenship. Council summaries roll the
//! issue categories up to them, so that a city can set the input beside the indicators it
//! already reports to the EU.
//!
//! # The mapping
//!
//! Every seeded category (`db::themes::CATEGORIES`) maps to exactly one area:
//!
//! | category | area | why |
//! |---|---|---|
//! | employment | employment | work and self-employment |
//! | qualifications | employment | recognition of diplomas is how people reach skilled work |
//! | education | education | schools and education |
//! | language-learning | education | language skills are an education indicator |
//! | housing, health, welfare, family, transport | social inclusion | living conditions and access to services |
//! | culture | social inclusion | living together, belonging |
//! | residence | active citizenship | long-term residence and naturalisation are its indicators |
//! | participation | active citizenship | political participation and citizenship |
//! | discrimination | active citizenship | perceived discrimination is proposed as one of its indicators |
//! | other | social inclusion | the broadest area, for what fits nowhere else |
//!
//! A category an admin adds has a slug this table does not know: it maps through its
//! dimension — socio-economic, cultural and other to social inclusion, legal & political to
//! active citizenship (a category without a dimension: social inclusion).

/// One of the four EU core indicator areas.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EuArea {
    /// Employment.
    Employment,
    /// Education.
    Education,
    /// Social inclusion.
    SocialInclusion,
    /// Active citizenship.
    ActiveCitizenship,
}

impl EuArea {
    /// Every area, in the order of the Zaragoza Declaration.
    pub const ALL: [EuArea; 4] = [EuArea::Employment, EuArea::Education, EuArea::SocialInclusion, EuArea::ActiveCitizenship];

    /// The stable name (stored in a summary's data part).
    pub fn as_str(self) -> &'static str {
        match self {
            EuArea::Employment => "employment",
            EuArea::Education => "education",
            EuArea::SocialInclusion => "social-inclusion",
            EuArea::ActiveCitizenship => "active-citizenship",
        }
    }

    /// Parses a stable name.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.as_str() == s)
    }

    /// The Fluent id of its name.
    pub fn message(self) -> String {
        format!("eu-area-{}", self.as_str())
    }

    /// The area of a category: by its slug when seeded, else by its dimension.
    pub fn of_category(slug: &str, dimension: Option<&str>) -> Self {
        match slug {
            "employment" | "qualifications" => EuArea::Employment,
            "education" | "language-learning" => EuArea::Education,
            "housing" | "health" | "welfare" | "family" | "transport" | "culture" | "other" => EuArea::SocialInclusion,
            "residence" | "participation" | "discrimination" => EuArea::ActiveCitizenship,
            _ => Self::of_dimension(dimension),
        }
    }

    /// The area of a category the table does not know, by its dimension.
    pub fn of_dimension(dimension: Option<&str>) -> Self {
        match dimension {
            Some("legal_political") => EuArea::ActiveCitizenship,
            _ => EuArea::SocialInclusion,
        }
    }

    /// Whether `slug` is a seeded category this table names (else it maps by dimension).
    pub fn knows(slug: &str) -> bool {
        crate::db::themes::CATEGORIES.iter().any(|(_, slugs)| slugs.contains(&slug))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table of the module documentation, as data.
    const TABLE: &[(&str, EuArea)] = &[
        ("employment", EuArea::Employment),
        ("qualifications", EuArea::Employment),
        ("education", EuArea::Education),
        ("language-learning", EuArea::Education),
        ("housing", EuArea::SocialInclusion),
        ("health", EuArea::SocialInclusion),
        ("welfare", EuArea::SocialInclusion),
        ("family", EuArea::SocialInclusion),
        ("transport", EuArea::SocialInclusion),
        ("culture", EuArea::SocialInclusion),
        ("other", EuArea::SocialInclusion),
        ("residence", EuArea::ActiveCitizenship),
        ("participation", EuArea::ActiveCitizenship),
        ("discrimination", EuArea::ActiveCitizenship),
    ];

    #[test]
    fn every_seeded_category_maps_to_the_area_the_table_gives() {
        for (dimension, slugs) in crate::db::themes::CATEGORIES {
            for slug in *slugs {
                let expected = TABLE.iter().find(|(s, _)| s == slug).map(|(_, a)| *a);
                assert!(expected.is_some(), "{slug} is missing from the table");
                assert!(EuArea::knows(slug));
                // The slug decides, whatever the dimension says.
                assert_eq!(Some(EuArea::of_category(slug, Some(dimension))), expected);
                assert_eq!(Some(EuArea::of_category(slug, Some("legal_political"))), expected);
            }
        }
        assert_eq!(TABLE.len(), crate::db::themes::CATEGORIES.iter().map(|(_, s)| s.len()).sum::<usize>());
    }

    #[test]
    fn each_area_has_a_seeded_category() {
        for area in EuArea::ALL {
            let any = crate::db::themes::CATEGORIES.iter().flat_map(|(_, s)| s.iter()).any(|s| EuArea::of_category(s, None) == area);
            assert!(any, "{area:?} has no category");
        }
    }

    #[test]
    fn admin_categories_map_by_dimension() {
        assert_eq!(EuArea::of_category("night-buses", Some("legal_political")), EuArea::ActiveCitizenship);
        assert_eq!(EuArea::of_category("night-buses", Some("socio_economic")), EuArea::SocialInclusion);
        assert_eq!(EuArea::of_category("night-buses", Some("cultural")), EuArea::SocialInclusion);
        assert_eq!(EuArea::of_category("night-buses", None), EuArea::SocialInclusion);
        assert!(!EuArea::knows("night-buses"));
    }

    #[test]
    fn names_round_trip_and_name_messages() {
        for area in EuArea::ALL {
            assert_eq!(EuArea::parse(area.as_str()), Some(area));
        }
        assert_eq!(EuArea::SocialInclusion.message(), "eu-area-social-inclusion");
        assert_eq!(EuArea::parse("nope"), None);
    }
}
