//! Every shipped locale has exactly the English messages, with the same placeables, and every
//! message id the code and templates use exists.

use std::{collections::BTreeMap, fs, path::Path};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

const SHIPPED: [&str; 14] = ["ar", "de", "el", "en", "es", "fa", "fr", "it", "pl", "ru", "sl", "so", "tr", "uk"];

fn variables(pattern: &Pattern<&str>, out: &mut Vec<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &Expression<&str>, out: &mut Vec<String>) {
    match e {
        Expression::Inline(i) => inline_vars(i, out),
        Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                variables(&v.value, out);
            }
        }
    }
}

fn inline_vars(i: &InlineExpression<&str>, out: &mut Vec<String>) {
    match i {
        InlineExpression::VariableReference { id } => out.push(id.name.to_string()),
        InlineExpression::Placeable { expression } => expression_vars(expression, out),
        _ => {}
    }
}

/// file name -> message id -> sorted, deduplicated variable names
fn messages(lang: &str) -> BTreeMap<String, BTreeMap<String, Vec<String>>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").join(lang);
    let mut files = BTreeMap::new();
    for entry in fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.expect("entry").path();
        let source = fs::read_to_string(&path).expect("read");
        let ast = fluent_syntax::parser::parse(source.as_str()).unwrap_or_else(|(_, errs)| panic!("{}: {errs:?}", path.display()));
        let mut ids = BTreeMap::new();
        for e in &ast.body {
            if let Entry::Message(m) = e {
                let mut vars = Vec::new();
                if let Some(v) = &m.value {
                    variables(v, &mut vars);
                }
                vars.sort();
                vars.dedup();
                ids.insert(m.id.name.to_string(), vars);
            }
        }
        files.insert(path.file_name().expect("name").to_string_lossy().into_owned(), ids);
    }
    files
}

#[test]
fn the_fourteen_interface_languages_ship() {
    let catalog = chorus::i18n::catalog();
    let tags: Vec<&str> = catalog.locales().iter().map(|l| l.tag()).collect();
    for tag in SHIPPED {
        assert!(tags.contains(&tag), "{tag} is missing from locales/");
    }
    for l in catalog.locales() {
        assert_ne!(l.name(), l.tag(), "{} needs meta-language-name", l.tag());
        assert_eq!(l.is_rtl(), matches!(l.tag(), "ar" | "fa" | "ur" | "ps" | "ckb" | "he"), "{} direction", l.tag());
    }
}

#[test]
fn every_locale_has_exactly_the_english_messages_and_placeables() {
    let english = messages("en");
    let mut problems = Vec::new();
    for l in chorus::i18n::catalog().locales() {
        let tag = l.tag();
        let theirs = messages(tag);
        for (file, ids) in &english {
            let Some(their_ids) = theirs.get(file) else {
                problems.push(format!("{tag}: missing file {file}"));
                continue;
            };
            for (id, vars) in ids {
                match their_ids.get(id) {
                    None => problems.push(format!("{tag}/{file}: missing {id}")),
                    Some(v) if v != vars => problems.push(format!("{tag}/{file}: {id} has placeables {v:?}, English has {vars:?}")),
                    Some(_) => {}
                }
            }
            for id in their_ids.keys().filter(|id| !ids.contains_key(*id)) {
                problems.push(format!("{tag}/{file}: extra message {id}"));
            }
        }
        for file in theirs.keys().filter(|f| !english.contains_key(*f)) {
            problems.push(format!("{tag}: extra file {file}"));
        }
    }
    assert!(problems.is_empty(), "locale problems:\n{}", problems.join("\n"));
}

/// String literals that look like message ids in templates and Rust sources.
fn used_ids() -> Vec<String> {
    const PREFIXES: &[&str] = &[
        "nav",
        "home",
        "notice",
        "municipality",
        "team",
        "form",
        "register",
        "code",
        "login",
        "recover",
        "reset",
        "account",
        "password",
        "delete",
        "admin",
        "error",
        "username",
        "email",
        "language",
        "role",
        "moderation",
        "policy",
        "issue",
        "issues",
        "status",
        "dimension",
        "notifications",
        "report",
        "reason",
        "redactions",
        "audit",
        "translate",
        "translation",
        "comment",
        "comments",
        "answer",
        "city",
        "help",
        "field",
        "taxonomy",
        "services",
        "service",
        "posting",
        "consultation",
        "consultations",
        "question",
        "response",
        "demographic",
        "demographics",
        "statement",
        "statements",
        "bot",
        "official",
        "dashboard",
        "said-did",
        "decision",
        "point-state",
        "summary",
        "summaries",
        "recommendation",
        "council",
        "meeting",
        "member",
        "eu",
    ];
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    let mut stack = vec![root.join("templates"), root.join("src")];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).expect("dir").filter_map(Result::ok) {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let text = fs::read_to_string(&path).expect("read");
            let template = path.extension().is_some_and(|e| e == "html");
            for (i, piece) in text.split('"').enumerate() {
                let quoted = i % 2 == 1;
                let plausible = quoted
                    && piece.contains('-')
                    && piece.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                    && PREFIXES.iter().any(|p| piece.starts_with(&format!("{p}-")));
                // In templates, HTML ids like `username-error` are attributes, not messages.
                let html_id = template
                    && (piece == "error-summary"
                        || piece.ends_with("-error")
                        || piece.ends_with("-h")
                        || piece.ends_with("-hint")
                        || matches!(
                            piece,
                            "comment-body" | "comment-lang" | "comment-form" | "answer-body" | "answer-lang" | "answer-department"
                        )
                        || piece == "recovery-code"
                        || piece == "reset-code");
                // Taxonomy slugs (`language-learning`) are named through `theme-<slug>`.
                let slug = chorus::db::themes::CATEGORIES.iter().any(|(_, slugs)| slugs.contains(&piece));
                if plausible && !html_id && !slug {
                    found.push(piece.to_string());
                }
            }
        }
    }
    found.sort();
    found.dedup();
    found
}

#[test]
fn every_theme_dimension_and_status_has_a_name() {
    let en = chorus::i18n::catalog().get("en").expect("English");
    let mut ids: Vec<String> = Vec::new();
    for (dimension, slugs) in chorus::db::themes::CATEGORIES {
        ids.push(chorus::db::themes::dimension_message(dimension));
        ids.extend(slugs.iter().map(|s| format!("theme-{s}")));
    }
    ids.extend(chorus::db::themes::TAGS.iter().map(|s| format!("theme-{s}")));
    let statuses = ["submitted", "published", "forwarded", "answered", "resolved", "rejected", "merged", "hidden", "redacted"];
    ids.extend(statuses.map(|s| format!("status-{s}")));
    let reasons = chorus::services::moderation::DECISION_REASONS.iter().chain(&chorus::services::moderation::REPORT_REASONS);
    ids.extend(reasons.map(|s| s.to_string()));
    ids.push("reason-reported".into());
    let missing: Vec<&String> = ids.iter().filter(|id| !en.has(id)).collect();
    assert!(missing.is_empty(), "{missing:?}");
}

#[test]
fn every_message_the_code_uses_exists_in_english() {
    let en = chorus::i18n::catalog().get("en").expect("English");
    let missing: Vec<String> = used_ids().into_iter().filter(|id| !en.has(id)).collect();
    assert!(missing.is_empty(), "message ids used but not in locales/en: {missing:?}");
}
