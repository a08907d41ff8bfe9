//! The `connschema` command's tools as a library: `list`, `schema` and `validate` over any
//! [`Catalog`], so that a crate with operations of its own gets the same command in a few lines.
//!
//! ```no_run
//! use connschema::catalog::Catalog;
//! use std::process::ExitCode;
//!
//! // Your crate's operations (see `connschema::registry::Operation`).
//! static OPERATIONS: [&connschema::registry::Operation; 0] = [];
//! const CATALOG: Catalog = Catalog::new(&OPERATIONS, "https://widgets.example/schemas/");
//!
//! fn main() -> ExitCode {
//!     connschema_cli::main(&CATALOG)
//! }
//! ```
//!
//! `connschema` itself is this library over `apis::catalog` (the `apis` feature), with `serve`
//! beside it. `serve`
//! and what it needs (axum, tokio, connschema-axum) come with the default `serve` feature, for
//! the `connschema` binary alone: a crate with a command of its own depends on this one with
//! `default-features = false`.

use clap::{Parser, Subcommand};
use connschema::catalog::{Catalog, Unknown};
use connschema::registry::{Message, Operation};
use connschema::Limits;
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[cfg(feature = "apis")]
pub mod apis;
mod batch;
mod terms;

pub use terms::{Format, UsageError};

/// The tools: `list`, `schema`, `validate`.
#[derive(Subcommand)]
pub enum Tools {
    /// Print every operation id, one a line; or, given one, its messages.
    List {
        /// Operation id: print its messages, one a line (with --format json, its index.json entry).
        operation: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Print the JSON Schema of one message (the same bytes as its file under schemas/).
    Schema {
        /// Operation id, e.g. aws.events.CreateConnection
        operation: String,
        /// Message name: request, params, response, error.NAME (AWS) or error
        message: String,
    },
    /// Validate JSON documents: exit 0 all valid, 1 any invalid, 2 usage error.
    Validate {
        /// Operation id, e.g. aws.events.CreateConnection
        operation: String,
        /// Message name: request, params, response, error.NAME (AWS) or error
        message: String,
        /// Files and directories (a directory: its *.json files, or with --ndjson its *.ndjson
        /// and *.jsonl files, in name order); `-` (the default) reads standard input.
        #[arg(default_value = "-")]
        paths: Vec<PathBuf>,
        /// One document per line (blank lines are passed over); reports name the line.
        #[arg(long)]
        ndjson: bool,
        /// Output format: text, or one JSON report per document, one a line.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// The largest input read, in bytes; a larger one is refused (exit 2) before it is read
        /// whole.
        #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_MAX_BYTES)]
        max_bytes: u64,
        /// Threads to validate on (default: one per core).
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
        jobs: Option<u16>,
        /// The most violations reported per document (default: all); past them the verdict
        /// stands and the report says how many more there are.
        #[arg(long, value_name = "N")]
        max_violations: Option<usize>,
    },
}

/// 16 MiB: far above any real create-connection document, small enough that a stray
/// multi-gigabyte file or endless stream is refused instead of filling memory.
const DEFAULT_MAX_BYTES: u64 = 16 << 20;

/// No `version`: the version clap would print is this library's, not the user's command's.
#[derive(Parser)]
#[command(about = "Validate JSON documents of an API's operations and print their JSON Schemas")]
struct ToolsCli {
    #[command(subcommand)]
    tools: Tools,
}

/// Runs the tools over `catalog` with the process's arguments (`<bin> list | schema | validate`),
/// and returns the exit code: 0 done (every document valid), 1 a document invalid, 2 a usage error.
///
/// The command has `--help` under the binary's own name, and no `--version` (it would be this
/// library's). A command with a version or commands of its own flattens [`Tools`] into its own
/// clap `Parser` and calls [`run`], as `connschema` does for `serve`.
pub fn main(catalog: &Catalog) -> ExitCode {
    let cli = match ToolsCli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return clap_exit(&e),
    };
    exit(run(catalog, cli.tools))
}

/// The exit code of a command line clap refused (or answered: `--help`, `--version`).
pub fn clap_exit(e: &clap::Error) -> ExitCode {
    let code = if e.use_stderr() { 2 } else { 0 };
    _ = e.print();
    ExitCode::from(code)
}

/// The exit code of a run, with a usage error's message on stderr.
pub fn exit(result: Result<ExitCode, UsageError>) -> ExitCode {
    match result {
        Ok(code) => code,
        Err(UsageError(message)) => {
            let name = std::env::args().next().and_then(|arg0| {
                std::path::Path::new(&arg0).file_name().map(|name| name.to_string_lossy().into_owned())
            });
            eprintln!("{}: {message}", name.as_deref().unwrap_or("connschema"));
            ExitCode::from(2)
        }
    }
}

/// Runs one tool over `catalog`, writing to standard output.
pub fn run(catalog: &Catalog, tools: Tools) -> Result<ExitCode, UsageError> {
    let mut out = io::stdout().lock();
    let written = match tools {
        Tools::List { operation: None, format: Format::Text } => {
            catalog.operations().iter().try_for_each(|op| writeln!(out, "{}", op.id))
        }
        Tools::List { operation: None, format: Format::Json } => writeln!(out, "{}", catalog.index()),
        Tools::List { operation: Some(operation), format } => {
            let op = find_operation(catalog, &operation)?;
            match format {
                Format::Text => op.messages.iter().try_for_each(|m| writeln!(out, "{}", m.name)),
                Format::Json => writeln!(out, "{}", op.index_entry()),
            }
        }
        Tools::Schema { operation, message } => {
            let (op, message) = find(catalog, &operation, &message)?;
            out.write_all(catalog.schema_text(op, message).as_bytes())
        }
        Tools::Validate { operation, message, paths, ndjson, format, max_bytes, jobs, max_violations } => {
            let (_, message) = find(catalog, &operation, &message)?;
            let limits = max_violations.map_or(Limits::ALL, Limits::violations);
            let options = batch::Options { paths, ndjson, format, max_bytes, jobs: jobs.map(usize::from), limits };
            let mut out = io::BufWriter::new(out);
            let all_valid = batch::run(message, &options, &mut out)?;
            return Ok(if all_valid { ExitCode::SUCCESS } else { ExitCode::from(1) });
        }
    };
    written.map(|()| ExitCode::SUCCESS).map_err(|e| UsageError(format!("cannot write output: {e}")))
}

fn find_operation(catalog: &Catalog, operation: &str) -> Result<&'static Operation, UsageError> {
    catalog.find_operation(operation).map_err(usage)
}

fn find(
    catalog: &Catalog,
    operation: &str,
    message: &str,
) -> Result<(&'static Operation, &'static Message), UsageError> {
    catalog.find(operation, message).map_err(usage)
}

fn usage(unknown: Unknown) -> UsageError {
    match unknown {
        Unknown::Operation { .. } => UsageError(format!("{unknown}; `list` shows them all")),
        Unknown::Message { .. } => UsageError(unknown.to_string()),
    }
}
