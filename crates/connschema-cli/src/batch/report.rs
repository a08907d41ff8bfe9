//! How `validate` reports each document: one line per violation (text), or one JSON object per
//! document (JSON lines), in input order (docs/contracts.md §6).

use connschema::{Report, Violations};
use serde::Serialize;
use std::io::{self, Write};

/// Where a document came from, named in its report when more than one document is read.
pub struct Origin<'a> {
    pub file: &'a str,
    pub line: Option<usize>,
}

/// Writes the text report of one document: `valid`, or `<path>: <message>` per violation kept and
/// `and N more violations` for those left out, each line after `<file>[:<line>]: ` when `origin`
/// is given.
pub fn text(out: &mut impl Write, origin: Option<&Origin<'_>>, verdict: &Result<(), Violations>) -> io::Result<()> {
    let prefix = origin.map(|o| match o.line {
        Some(line) => format!("{}:{line}: ", o.file),
        None => format!("{}: ", o.file),
    });
    let prefix = prefix.as_deref().unwrap_or("");
    match verdict {
        Ok(()) => writeln!(out, "{prefix}valid"),
        Err(violations) => {
            violations.iter().try_for_each(|v| writeln!(out, "{prefix}{}: {}", v.path, v.message))?;
            match violations.omitted() {
                0 => Ok(()),
                n => writeln!(out, "{prefix}and {n} more violation{}", if n == 1 { "" } else { "s" }),
            }
        }
    }
}

/// Writes the JSON report of one document on one line: `{"valid": …, "errors": […]}` (and
/// `"omitted": N` when a limit left violations out), after `"file"` (and `"line"`) when `origin`
/// is given.
pub fn json(out: &mut impl Write, origin: Option<&Origin<'_>>, verdict: &Result<(), Violations>) -> io::Result<()> {
    #[derive(Serialize)]
    struct Named<'a> {
        #[serde(skip_serializing_if = "Option::is_none")]
        file: Option<&'a str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        line: Option<usize>,
        #[serde(flatten)]
        report: Report<'a>,
    }
    let named = Named { file: origin.map(|o| o.file), line: origin.and_then(|o| o.line), report: Report::of(verdict) };
    serde_json::to_writer(&mut *out, &named).map_err(io::Error::other)?;
    writeln!(out)
}
