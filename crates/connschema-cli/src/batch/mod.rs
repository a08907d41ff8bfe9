//! `connschema validate`: every document of every input, validated in parallel across cores and
//! reported in input order (docs/contracts.md §6).

mod inputs;
mod report;

use crate::terms::{Format, UsageError};
use connschema::registry::Message;
use connschema::Limits;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use inputs::{Document, Source};
use rayon::prelude::*;
use report::Origin;
use std::io::{self, Write};
use std::path::PathBuf;

/// What to validate and how to report it.
pub struct Options {
    /// Files, directories and `-` (standard input).
    pub paths: Vec<PathBuf>,
    /// One document per line.
    pub ndjson: bool,
    pub format: Format,
    /// The largest input read, in bytes.
    pub max_bytes: u64,
    /// Threads to validate on; all cores when `None`.
    pub jobs: Option<usize>,
    /// What each document's report keeps.
    pub limits: Limits,
}

/// Documents validated between two writes of their reports: enough to keep every core busy,
/// few enough that reports stream out of a long run.
const CHUNK: usize = 4096;

/// Validates every document that `options` names as `message`, writing the reports to `out`.
/// True when every document is valid.
pub fn run(message: &Message, options: &Options, out: &mut impl Write) -> Result<bool, UsageError> {
    let files = inputs::expand(&options.paths, options.ndjson)?;
    let sources = files
        .iter()
        .map(|file| inputs::read(file, options.max_bytes, options.ndjson))
        .collect::<Result<Vec<Source>, _>>()?;
    let documents: Vec<(&Source, &Document)> =
        sources.iter().flat_map(|source| source.documents.iter().map(move |doc| (source, doc))).collect();
    if documents.is_empty() {
        let named: Vec<_> = options.paths.iter().map(|p| p.display().to_string()).collect();
        return Err(UsageError(format!("no documents to validate in {}", named.join(", "))));
    }
    // One document read alone is reported as docs/contracts.md §6 first gave it, without its origin.
    let named = documents.len() > 1 || options.ndjson;
    // Threads only where there is more than one document: a lone one is validated where it was read.
    let pool = (documents.len() > 1)
        .then(|| rayon::ThreadPoolBuilder::new().num_threads(options.jobs.unwrap_or(0)).build())
        .transpose()
        .map_err(|e| UsageError(format!("cannot start the validating threads: {e}")))?;
    let validate =
        |(source, doc): &(&Source, &Document)| message.validate_with(&source.bytes[doc.range.clone()], &options.limits);
    let progress = progress(documents.len());
    let mut all_valid = true;
    let write_failed = |e: io::Error| UsageError(format!("cannot write output: {e}"));
    for chunk in documents.chunks(CHUNK) {
        let verdicts: Vec<_> = match &pool {
            Some(pool) => pool.install(|| chunk.par_iter().map(validate).collect()),
            None => chunk.iter().map(validate).collect(),
        };
        for ((source, doc), verdict) in chunk.iter().zip(&verdicts) {
            all_valid &= verdict.is_ok();
            let origin = named.then(|| Origin { file: &source.name, line: doc.line });
            match options.format {
                Format::Text => report::text(out, origin.as_ref(), verdict),
                Format::Json => report::json(out, origin.as_ref(), verdict),
            }
            .map_err(write_failed)?;
        }
        progress.inc(chunk.len() as u64);
    }
    progress.finish_and_clear();
    out.flush().map_err(write_failed)?;
    Ok(all_valid)
}

/// A progress bar on standard error for a run long enough to want one; indicatif draws nothing
/// when standard error is not a terminal.
fn progress(documents: usize) -> ProgressBar {
    if documents < 10 * CHUNK {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(documents as u64), ProgressDrawTarget::stderr());
    if let Ok(style) =
        ProgressStyle::with_template("{bar:40} {human_pos}/{human_len} documents ({per_sec}, {eta} left)")
    {
        bar.set_style(style);
    }
    bar
}
