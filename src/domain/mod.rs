//! Parsed, validated types. Each keeps its field private: holding one proves the input passed
//! its rules. Errors are Fluent message ids, so web, API and bot localize them alike.

pub mod ballot;
pub mod ballot_option;
pub mod codes;
pub mod consultation;
pub mod content_language;
pub mod council;
pub mod email;
pub mod eu_area;
pub mod issue;
pub mod language;
pub mod meeting;
pub mod municipality;
pub mod official;
pub mod participation;
pub mod password;
pub mod question;
pub mod response;
pub mod role;
pub mod summary;
pub mod text;
pub mod username;
pub mod vote;
