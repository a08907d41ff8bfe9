//! `connschema`: list the operations, print a message's schema, validate a document (docs/contracts.md §6).

use clap::{Parser, Subcommand, ValueEnum};
use connschema::registry::{self, Message, Operation};
use connschema::Violations;
use std::io::{self, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

mod serve;

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
    /// Print every operation id, one a line.
    List,
    /// Print the JSON Schema of one message (the same bytes as its file under schemas/).
    Schema {
        /// Operation id, e.g. aws.events.CreateConnection
        operation: String,
        /// Message name: request, params, response, error.<Name> or error
        message: String,
    },
    /// Validate a JSON document: exit 0 valid, 1 invalid, 2 usage error.
    Validate {
        /// Operation id, e.g. aws.events.CreateConnection
        operation: String,
        /// Message name: request, params, response, error.<Name> or error
        message: String,
        /// The document; `-` (the default) reads standard input.
        #[arg(default_value = "-")]
        file: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// The largest document read, in bytes; a larger one is refused (exit 2) before it is
        /// read whole.
        #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_MAX_BYTES)]
        max_bytes: u64,
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
        Command::List => registry::operations().iter().try_for_each(|op| writeln!(out, "{}", op.id)),
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
        Command::Validate { operation, message, file, format, max_bytes } => {
            let (_, message) = find(&operation, &message)?;
            let input = read_input(&file, max_bytes)?;
            let verdict = message.validate(&input);
            let written = match format {
                Format::Text => write_text(&mut out, &verdict),
                Format::Json => write_json(&mut out, &verdict),
            };
            return written
                .map(|()| if verdict.is_ok() { ExitCode::SUCCESS } else { ExitCode::from(1) })
                .map_err(|e| UsageError(format!("cannot write output: {e}")));
        }
    };
    written.map(|()| ExitCode::SUCCESS).map_err(|e| UsageError(format!("cannot write output: {e}")))
}

fn find(operation: &str, message: &str) -> Result<(&'static Operation, &'static Message), UsageError> {
    let op = registry::operation(operation)
        .ok_or_else(|| UsageError(format!("unknown operation `{operation}`; `connschema list` shows them all")))?;
    let found = op.message(message).ok_or_else(|| {
        let names: Vec<_> = op.messages.iter().map(|m| m.name).collect();
        UsageError(format!("unknown message `{message}` of {operation}; it has: {}", names.join(", ")))
    })?;
    Ok((op, found))
}

fn read_input(file: &PathBuf, max_bytes: u64) -> Result<Vec<u8>, UsageError> {
    let cannot_read = |e: io::Error| UsageError(format!("cannot read {}: {e}", file.display()));
    let source: Box<dyn Read> = if file.as_os_str() == "-" {
        Box::new(io::stdin().lock())
    } else {
        Box::new(std::fs::File::open(file).map_err(cannot_read)?)
    };
    // One byte past the limit tells a document at the limit from a larger one.
    let mut input = Vec::new();
    source.take(max_bytes.saturating_add(1)).read_to_end(&mut input).map_err(cannot_read)?;
    if input.len() as u64 > max_bytes {
        return Err(UsageError(format!(
            "{} is larger than {max_bytes} bytes, the most that is read; raise the limit with --max-bytes",
            if file.as_os_str() == "-" { "standard input".into() } else { file.display().to_string() }
        )));
    }
    Ok(input)
}

fn write_text(out: &mut impl Write, verdict: &Result<(), Violations>) -> io::Result<()> {
    match verdict {
        Ok(()) => writeln!(out, "valid"),
        Err(violations) => violations.iter().try_for_each(|v| writeln!(out, "{}: {}", v.path, v.message)),
    }
}

fn write_json(out: &mut impl Write, verdict: &Result<(), Violations>) -> io::Result<()> {
    let errors = verdict.as_ref().err().map_or(&[][..], |v| v.0.as_slice());
    let report = serde_json::json!({ "valid": verdict.is_ok(), "errors": errors });
    writeln!(out, "{report}")
}
