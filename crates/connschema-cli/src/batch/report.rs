//! How `validate` reports each document: one line per violation (text), or one JSON object per
//! document (JSON lines), in input order (docs/contracts.md §6).

use connschema::Violations;
use serde_json::{Map, Value};
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

/// Writes the JSON report of one document on one line: `{"valid": …, "errors": […]}`, after
/// `"file"` (and `"line"`) when `origin` is given, and `"omitted": N` after them when a limit
/// left violations out.
pub fn json(out: &mut impl Write, origin: Option<&Origin<'_>>, verdict: &Result<(), Violations>) -> io::Result<()> {
    let errors = verdict.as_ref().err().map_or(&[][..], |v| &v[..]);
    let mut report = Map::new();
    if let Some(origin) = origin {
        report.insert("file".into(), origin.file.into());
        if let Some(line) = origin.line {
            report.insert("line".into(), line.into());
        }
    }
    report.insert("valid".into(), verdict.is_ok().into());
    report.insert("errors".into(), serde_json::to_value(errors).map_err(io::Error::other)?);
    if let Some(omitted) = verdict.as_ref().err().map(|v| v.omitted()).filter(|&n| n > 0) {
        report.insert("omitted".into(), omitted.into());
    }
    writeln!(out, "{}", Value::Object(report))
}
