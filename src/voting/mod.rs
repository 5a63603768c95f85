//! Priority votes, counted: the ballot profiles, the counting rules and the standard file
//! formats. Pure computation with no database, so that the portal, the JSON API and
//! `chorus tally` share one implementation and anyone can recompute a published result.
//!
//! Options are addressed by their index in [`Profile::candidates`]; their `id` is the text a
//! file or the portal shows. Tie-breaking is deterministic and documented per rule: ranked and
//! single-winner rules prefer the earlier option, budget rules compare project ids as text
//! (pabulib's convention, which pabutools follows).

pub mod profile;
pub mod rules;

pub mod cli;
mod csv;
pub mod files;
pub mod pabulib;
mod pabulib_read;
mod pabulib_write;
pub mod preflib;

pub use files::{ExportError, FormatError};
pub use profile::{Ballots, Candidate, Profile, Weighted};

#[cfg(test)]
mod format_props;
