//! `connschema`: list the operations, print a message's schema, validate a document (DESIGN §6).

use clap::{Parser, Subcommand, ValueEnum};
use connschema::registry::{self, Message, Operation};
use connschema::Violations;
use std::io::{self, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

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
    },
}

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
        Command::Validate { operation, message, file, format } => {
            let (_, message) = find(&operation, &message)?;
            let input = read_input(&file)?;
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

fn read_input(file: &PathBuf) -> Result<Vec<u8>, UsageError> {
    let mut input = Vec::new();
    let read = if file.as_os_str() == "-" {
        io::stdin().lock().read_to_end(&mut input).map(drop)
    } else {
        std::fs::read(file).map(|bytes| input = bytes)
    };
    read.map_err(|e| UsageError(format!("cannot read {}: {e}", file.display())))?;
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
