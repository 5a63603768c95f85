//! Council summaries: the input of a period, drafted for an advisory council.

pub mod data;
