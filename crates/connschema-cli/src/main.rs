//! `connschema`: list the operations, print a message's schema, validate documents
//! (docs/contracts.md §6), serve the operations (§7). The first three are the library's tools over
//! the shipped catalog.

use clap::{Parser, Subcommand};
use connschema_cli::{Tools, UsageError};
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
    #[command(flatten)]
    Tools(Tools),
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
        /// The most violations an error answer details; past them it gives the count (an answer
        /// is never over 64 KiB, whatever this says).
        #[arg(long, value_name = "N", default_value_t = connschema_axum::DEFAULT_MAX_VIOLATIONS)]
        max_violations: usize,
        /// Keep nothing: no conflict and no quota is ever answered (for contract tests and fuzzers
        /// that repeat names); every other answer is the same.
        #[arg(long)]
        stateless: bool,
        /// Also stop when standard input ends (for test harnesses: the server goes when they do).
        #[arg(long)]
        until_stdin_closes: bool,
    },
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return connschema_cli::clap_exit(&e),
    };
    connschema_cli::exit(match cli.command {
        Command::Tools(tools) => connschema_cli::run(&connschema_cli::apis::catalog(), tools),
        Command::Serve { addr, max_body_bytes, max_resources, max_violations, stateless, until_stdin_closes } => {
            let options =
                serve::Options { max_body_bytes, max_resources, max_violations, stateless, until_stdin_closes };
            serve::run(&addr, &options).map(|()| ExitCode::SUCCESS).map_err(UsageError)
        }
    })
}
