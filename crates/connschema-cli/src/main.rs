//! `connschema`: list the operations, print a message's schema, validate documents
//! (docs/contracts.md §6), serve the operations (§7).

use clap::{Parser, Subcommand, ValueEnum};
use connschema::registry::{self, Message, Operation};
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

mod batch;
mod serve;
mod suggest;

#[derive(Parser)]
#[command(
    name = "connschema",
    version,
    about = "Validate create-connection API documents and print their JSON Schemas"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
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
        /// Message name: request, params, response, error.<Name> or error
        message: String,
    },
    /// Validate JSON documents: exit 0 all valid, 1 any invalid, 2 usage error.
    Validate {
        /// Operation id, e.g. aws.events.CreateConnection
        operation: String,
        /// Message name: request, params, response, error.<Name> or error
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
    },
    /// Serve every operation at its documented method and path, each request validated and
    /// answered as its vendor would, until SIGINT or SIGTERM.
    Serve {
        /// The address to listen on; port 0 picks a free port (the one chosen is printed).
        #[arg(long, default_value = "127.0.0.1:4566")]
        addr: String,
        /// The largest request body read; a larger one is refused with 413 before it is read whole.
        #[arg(long, value_name = "BYTES", default_value_t = connschema_axum::DEFAULT_BODY_LIMIT)]
        max_body_bytes: usize,
        /// The most resources kept in memory (names and ids); past it, a create is the vendor's
        /// quota error.
        #[arg(long, value_name = "N", default_value_t = connschema_axum::local::Store::DEFAULT_CAPACITY)]
        max_resources: usize,
        /// Also stop when standard input ends (for test harnesses: the server goes when they do).
        #[arg(long)]
        until_stdin_closes: bool,
    },
}

/// 16 MiB: far above any real create-connection document, small enough that a stray
/// multi-gigabyte file or endless stream is refused instead of filling memory.
const DEFAULT_MAX_BYTES: u64 = 16 << 20;

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
}

/// A failure that is the caller's (exit 2), with its message for stderr.
struct UsageError(String);

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            _ = e.print();
            return ExitCode::from(code);
        }
    };
    match run(cli.command) {
        Ok(code) => code,
        Err(UsageError(message)) => {
            eprintln!("connschema: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(command: Command) -> Result<ExitCode, UsageError> {
    let mut out = io::stdout().lock();
    let written = match command {
        Command::List { operation: None, format: Format::Text } => {
            registry::operations().iter().try_for_each(|op| writeln!(out, "{}", op.id))
        }
        Command::List { operation: None, format: Format::Json } => writeln!(out, "{}", registry::index()),
        Command::List { operation: Some(operation), format } => {
            let op = find_operation(&operation)?;
            match format {
                Format::Text => op.messages.iter().try_for_each(|m| writeln!(out, "{}", m.name)),
                Format::Json => writeln!(out, "{}", op.index_entry()),
            }
        }
        Command::Schema { operation, message } => {
            let (op, message) = find(&operation, &message)?;
            out.write_all(op.schema_text(message).as_bytes())
        }
        Command::Serve { addr, max_body_bytes, max_resources, until_stdin_closes } => {
            // The server writes its address itself.
            drop(out);
            let options = serve::Options { max_body_bytes, max_resources, until_stdin_closes };
            return serve::run(&addr, &options).map(|()| ExitCode::SUCCESS).map_err(UsageError);
        }
        Command::Validate { operation, message, paths, ndjson, format, max_bytes, jobs } => {
            let (_, message) = find(&operation, &message)?;
            let options = batch::Options { paths, ndjson, format, max_bytes, jobs: jobs.map(usize::from) };
            let mut out = io::BufWriter::new(out);
            let all_valid = batch::run(message, &options, &mut out)?;
            return Ok(if all_valid { ExitCode::SUCCESS } else { ExitCode::from(1) });
        }
    };
    written.map(|()| ExitCode::SUCCESS).map_err(|e| UsageError(format!("cannot write output: {e}")))
}

fn find_operation(operation: &str) -> Result<&'static Operation, UsageError> {
    registry::operation(operation).ok_or_else(|| {
        let hint = suggest::did_you_mean(operation, registry::operations().iter().map(|op| op.id));
        UsageError(format!("unknown operation `{operation}`{hint}; `connschema list` shows them all"))
    })
}

fn find(operation: &str, message: &str) -> Result<(&'static Operation, &'static Message), UsageError> {
    let op = find_operation(operation)?;
    let found = op.message(message).ok_or_else(|| {
        let names: Vec<_> = op.messages.iter().map(|m| m.name).collect();
        let hint = suggest::did_you_mean(message, names.iter().copied());
        UsageError(format!("unknown message `{message}` of {operation}{hint}; it has: {}", names.join(", ")))
    })?;
    Ok((op, found))
}
