//! What the tools and the batch they run share: the output format, and a failure that is the
//! caller's.

use clap::ValueEnum;

/// How `list` and `validate` print: text for a person, or JSON.
#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

/// A failure that is the caller's (exit 2), with its message for stderr.
#[derive(Debug)]
pub struct UsageError(pub String);
