//! `cargo xtask gen` writes schemas/, the TypeScript declarations under types/ and the npm package
//! `packages/schemas/`; `cargo xtask check` fails, naming the files, when any is stale;
//! `cargo xtask corpus` runs the agreement corpus through the Rust validator and `jsonschema`;
//! `cargo xtask conformance` also runs it through ajv (Node) and Python `jsonschema`, and the
//! OpenAPI documents through Redocly and openapi-typescript (`cargo xtask openapi`, alone), and
//! packs and installs `@connschema/schemas` (`cargo xtask package`, alone);
//! `cargo xtask fuzz [--seconds N]` runs every cargo-fuzz target of `fuzz/`, seeded with the examples;
//! `cargo xtask wasm` builds `@connschema/validator` (`wasm-bench` times it beside ajv);
//! `cargo xtask web` tests the form page in Chromium against `connschema serve`;
//! `cargo xtask sdk` runs the vendors' SDKs (boto3, the AWS SDK for JavaScript v3, Huawei's) against `connschema serve`.
//! `cargo xtask schemathesis` runs schemathesis on `schemas/openapi.json` against `connschema serve --stateless`.

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;
use xtask::conformance::{self, Report};
use xtask::suite::Suite;
use xtask::{corpus, peers, Mode};

/// The project's own tasks.
#[derive(Parser)]
#[command(name = "cargo xtask", bin_name = "cargo xtask")]
struct Cli {
    #[command(subcommand)]
    task: Task,
}

#[derive(Subcommand)]
enum Task {
    /// Write schemas/, types/ and packages/schemas/.
    Gen,
    /// Fail, naming the files, when schemas/, types/ or packages/schemas/ is stale.
    Check,
    /// The corpus through the Rust validator and `jsonschema`.
    Corpus(Options),
    /// The corpus through all four validators, the OpenAPI documents, the npm packages, the planted drifts.
    Conformance(Options),
    /// The OpenAPI documents through Redocly and openapi-typescript.
    Openapi,
    /// Pack, install and use both npm packages.
    Package,
    /// Every cargo-fuzz target of fuzz/, seeded with the examples.
    Fuzz {
        /// Seconds per target.
        #[arg(long, default_value_t = 60)]
        seconds: u64,
    },
    /// The vendors' SDKs against `connschema serve`.
    Sdk,
    /// Schemathesis on schemas/openapi.json against `connschema serve --stateless`.
    Schemathesis,
    /// Build `@connschema/validator` (WebAssembly).
    Wasm,
    /// Time `@connschema/validator` beside ajv.
    WasmBench(Options),
    /// The form page in Chromium against `connschema serve`.
    Web,
    /// What a `connschema` binary answers (the CLI's reports, serve's answers), held to the record.
    Answers {
        /// The binary to ask (default: this workspace's, built).
        #[arg(long)]
        bin: Option<PathBuf>,
        /// Write the record instead of holding the answers to it.
        #[arg(long)]
        write: bool,
        /// Write the answers here instead (for comparing two binaries on more than the record).
        #[arg(long)]
        out: Option<PathBuf>,
        /// The whole CI corpus instead of the record's sample.
        #[arg(long)]
        full: bool,
    },
}

fn main() -> ExitCode {
    let result = match Cli::parse().task {
        Task::Gen => generated(Mode::Write),
        Task::Check => generated(Mode::Check),
        Task::Corpus(options) => run_corpus(&Suite::shipped(), &options).map(drop),
        Task::Conformance(options) => conformance(&options),
        Task::Openapi => peers::openapi_conformance(),
        Task::Package => xtask::packages::check_installed(),
        Task::Fuzz { seconds } => xtask::fuzz::run_all(seconds),
        Task::Sdk => xtask::sdk::run_all(),
        Task::Schemathesis => xtask::schemathesis::run_all(),
        Task::Wasm => xtask::wasm::build().map(drop),
        Task::WasmBench(options) => wasm_bench(&options),
        Task::Web => xtask::web::run_tests(),
        Task::Answers { bin, write, out, full } => answers(bin, write, out, full),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Records the answers of `bin` (this workspace's `connschema` by default) and writes them to the
/// record, or holds them to it line by line.
fn answers(bin: Option<PathBuf>, write: bool, out: Option<PathBuf>, full: bool) -> Result<(), String> {
    let command = match bin {
        Some(bin) => bin,
        None => peers::connschema_command()?,
    };
    let lines = xtask::answers::record(&command, &xtask::answers::cases(full)?)?;
    let (write, record) = match out {
        Some(out) => (true, out),
        None => (write, xtask::answers::record_path()),
    };
    if write {
        let text: String = lines.iter().map(|l| format!("{l}\n")).collect();
        std::fs::write(&record, text).map_err(|e| format!("{}: {e}", record.display()))?;
        println!("wrote {} answers to {}", lines.len(), record.display());
        return Ok(());
    }
    let recorded = std::fs::read_to_string(&record).map_err(|e| format!("{}: {e}", record.display()))?;
    let recorded: Vec<&str> = recorded.lines().collect();
    let differing: Vec<String> = (0..lines.len().max(recorded.len()))
        .filter(|&i| lines.get(i).map(String::as_str) != recorded.get(i).copied())
        .take(5)
        .map(|i| {
            format!(
                "line {}:\n  recorded {}\n  answered {}",
                i + 1,
                recorded.get(i).unwrap_or(&"-"),
                lines.get(i).map_or("-", String::as_str)
            )
        })
        .collect();
    if !differing.is_empty() {
        return Err(format!("answers differ from {}:\n{}", record.display(), differing.join("\n")));
    }
    println!("{} answers, each as recorded", lines.len());
    Ok(())
}

/// Every generated folder, in order: the schemas, the TypeScript declarations made from them, and
/// the npm package that holds both.
fn generated(mode: Mode) -> Result<(), String> {
    schemas(mode)?;
    peers::types(mode)?;
    xtask::packages::schemas_package(mode)
}

/// Writes or checks the schema folder of every suite: `schemas/`, and Acme's beside its crate.
fn schemas(mode: Mode) -> Result<(), String> {
    Suite::all().iter().try_for_each(|suite| xtask::sync_reported(&suite.schemas, &suite.catalog.files(), mode))
}

/// The corpus to generate.
#[derive(Args, Clone)]
struct Options {
    /// Documents in the shipped five's corpus (each suite takes its share).
    #[arg(long, default_value_t = xtask::CI_CORPUS)]
    docs: usize,
    /// The generator's seed.
    #[arg(long, default_value_t = xtask::CI_SEED)]
    seed: u64,
    /// Where to write the corpus as JSON lines.
    #[arg(long)]
    out: Option<PathBuf>,
}

/// Generates the corpus of `suite` (`docs` documents for the shipped five, a tenth as many for
/// Acme's one operation), compares Rust with `jsonschema`, and writes the JSON lines if asked.
fn run_corpus(suite: &Suite, options: &Options) -> Result<Report, String> {
    let docs = options.docs / suite.corpus_divisor;
    let cases = corpus::generate_for(suite, docs, options.seed).map_err(|e| format!("examples: {e}"))?;
    let mut out = options.out.as_deref().map(create).transpose()?;
    let report = conformance::compare(
        &cases,
        |op, message| suite.catalog.schema(op, message),
        |case, bytes, verdict| match out.as_mut() {
            Some(out) => conformance::write_line(out, case, bytes, verdict),
            None => Ok(()),
        },
    )
    .map_err(|e| e.to_string())?;
    if let Some(mut out) = out {
        std::io::Write::flush(&mut out).map_err(|e| e.to_string())?;
    }
    for disagreement in report.disagreements.iter().take(20) {
        eprintln!("{disagreement}");
    }
    println!(
        "Rust vs jsonschema (crate), {}: {} documents ({} valid, {} invalid), seed {}: {} disagreement(s)",
        suite.name,
        report.documents,
        report.valid,
        report.documents - report.valid,
        options.seed,
        report.disagreements.len()
    );
    let unknown: Vec<&conformance::Disagreement> = report.missed.iter().filter(|m| !m.is_known_miss()).collect();
    for miss in unknown.iter().take(20) {
        eprintln!("{miss}");
    }
    println!(
        "jsonschema errors at a location Rust does not name: {} document(s) of the one known kind, {} other(s)",
        report.missed.len() - unknown.len(),
        unknown.len()
    );
    let openapi = conformance::compare(&cases, conformance::openapi_schemas(&suite.catalog), |_, _, _| Ok(()))
        .map_err(|e| e.to_string())?;
    // Verdicts only: a `oneOf` reports a failed branch at the object that holds the tag.
    let differ: Vec<&conformance::Disagreement> = openapi.disagreements.iter().filter(|d| !d.path_only).collect();
    for disagreement in differ.iter().take(20) {
        eprintln!("OpenAPI: {disagreement}");
    }
    println!(
        "Rust vs the OpenAPI document's components (jsonschema), {}: {} verdict(s) differ",
        suite.name,
        differ.len()
    );
    if report.disagreements.is_empty() && unknown.is_empty() && differ.is_empty() {
        Ok(report)
    } else {
        Err("the Rust validator and jsonschema disagree".to_owned())
    }
}

/// The WebAssembly validator's speed beside ajv's on a corpus of `docs` documents.
/// The corpus is written with the Rust verdicts alone: the bench needs no other validator's.
fn wasm_bench(options: &Options) -> Result<(), String> {
    let path = xtask::target_dir().join("conformance/bench-corpus.jsonl");
    let cases = corpus::generate(options.docs, options.seed).map_err(|e| format!("examples: {e}"))?;
    let mut out = create(&path)?;
    for case in &cases {
        let bytes = serde_json::to_vec(&case.doc).map_err(|e| e.to_string())?;
        let verdict = conformance::rust_verdict(case.message, &bytes);
        conformance::write_line(&mut out, case, &bytes, &verdict).map_err(|e| e.to_string())?;
    }
    std::io::Write::flush(&mut out).map_err(|e| e.to_string())?;
    xtask::wasm::bench(&path)
}

/// A new file at `path` (and its folder), buffered.
fn create(path: &std::path::Path) -> Result<std::io::BufWriter<std::fs::File>, String> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    let file = std::fs::File::create(path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(std::io::BufWriter::new(file))
}

/// The corpus of every suite through all four validators.
fn conformance(options: &Options) -> Result<(), String> {
    let mut documents = 0;
    let mut failed = Vec::new();
    let mut shipped = None;
    for suite in Suite::all() {
        let default = xtask::target_dir().join(format!("conformance/corpus-{}.jsonl", suite.name));
        let out = match &options.out {
            Some(path) if suite.packaged => path.clone(),
            Some(path) => path.with_extension(format!("{}.jsonl", suite.name)),
            None => default,
        };
        let options = Options { out: Some(out.clone()), ..options.clone() };
        if suite.packaged {
            shipped = Some(out.clone());
        }
        let rust = run_corpus(&suite, &options);
        let node = peers::node_conformance(&suite, &out);
        let python = peers::python_conformance(&suite, &out);
        documents += rust.as_ref().map_or(0, |r| r.documents);
        for (peer, fails) in
            [("jsonschema (crate)", rust.is_err()), ("ajv", node.is_err()), ("Python", python.is_err())]
        {
            if fails {
                failed.push(format!("{peer} ({})", suite.name));
            }
        }
    }
    if let Err(e) = xtask::packages::check_installed() {
        eprintln!("{e}");
        failed.push(xtask::packages::NAME.to_owned());
    }
    if let Err(e) = shipped.ok_or_else(|| "no shipped corpus".to_owned()).and_then(|c| xtask::wasm::check_corpus(&c)) {
        eprintln!("{e}");
        failed.push("@connschema/validator".to_owned());
    }
    if let Err(e) = peers::openapi_conformance() {
        eprintln!("{e}");
        failed.push("the OpenAPI documents".to_owned());
    }
    let (planted, missed) = xtask::drift::every_drift();
    println!("planted drifts: {planted}, caught {}", planted - missed.len());
    if !missed.is_empty() {
        eprintln!("drifts the corpus does not catch:\n{}", missed.join("\n"));
        failed.push(format!("{} planted drift(s)", missed.len()));
    }
    if failed.is_empty() {
        println!("corpus: {documents} documents through 4 validators: 0 disagreements");
        Ok(())
    } else {
        Err(format!("corpus: {documents} documents: disagreements or failures in {}", failed.join(", ")))
    }
}
