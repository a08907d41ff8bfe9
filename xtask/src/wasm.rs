//! `cargo xtask wasm`: `@connschema/validator`'s WebAssembly. It installs what the build needs
//! where later runs find it (the `wasm32-unknown-unknown` target through rustup; wasm-bindgen-cli
//! at the exact version of the `wasm-bindgen` crate in `Cargo.lock`, under `target/tools/`),
//! builds `connschema-wasm` with the `wasm` profile (size first) and writes the module and its
//! glue into `packages/validator/wasm/`, which git ignores.
//!
//! `cargo xtask wasm-check` then runs the conformance corpus through the module in Node beside
//! the `connschema` command itself (`validate --ndjson --format json`): the same report, message
//! for message, on every document.

use crate::peers::{install_node, node_dir, run};
use crate::{cargo, target_dir, workspace_dir};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const TARGET: &str = "wasm32-unknown-unknown";

/// The package's folder.
pub fn package_dir() -> PathBuf {
    workspace_dir().join("packages/validator")
}

/// The module's size, raw and gzipped (`gzip -9`, as a server would send it).
pub struct Size {
    pub raw: u64,
    pub gzipped: u64,
}

/// Builds the module and its glue into `packages/validator/wasm/`.
pub fn build() -> Result<Size, String> {
    add_target()?;
    let bindgen = wasm_bindgen()?;
    run(&mut cargo(&[
        "build",
        "--quiet",
        "--locked",
        "-p",
        "connschema-wasm",
        "--profile",
        "wasm",
        "--target",
        TARGET,
    ]))?;
    let module = target_dir().join(TARGET).join("wasm/connschema_wasm.wasm");
    let out = package_dir().join("wasm");
    let _ = fs::remove_dir_all(&out);
    run(Command::new(&bindgen)
        .args([
            "--target",
            "web",
            "--no-typescript",
            "--remove-name-section",
            "--remove-producers-section",
            "--out-dir",
        ])
        .arg(&out)
        .arg(&module))?;
    let built = out.join("connschema_wasm_bg.wasm");
    let size = Size { raw: file_size(&built)?, gzipped: gzipped_size(&built)? };
    println!(
        "@connschema/validator: {} ({} bytes, {:.0} KiB gzipped)",
        built.display(),
        size.raw,
        size.gzipped as f64 / 1024.0
    );
    Ok(size)
}

fn file_size(path: &Path) -> Result<u64, String> {
    fs::metadata(path).map(|m| m.len()).map_err(|e| format!("{}: {e}", path.display()))
}

fn gzipped_size(path: &Path) -> Result<u64, String> {
    let output = Command::new("gzip").args(["-9", "-c"]).arg(path).output().map_err(|e| format!("gzip: {e}"))?;
    if !output.status.success() {
        return Err(format!("gzip -9 {} failed ({})", path.display(), output.status));
    }
    Ok(output.stdout.len() as u64)
}

/// `rustup target add wasm32-unknown-unknown` unless the toolchain has it.
fn add_target() -> Result<(), String> {
    let installed =
        Command::new("rustup").args(["target", "list", "--installed"]).output().map_err(|e| format!("rustup: {e}"))?;
    if String::from_utf8_lossy(&installed.stdout).lines().any(|line| line.trim() == TARGET) {
        return Ok(());
    }
    run(Command::new("rustup").args(["target", "add", TARGET]))
}

/// The `wasm-bindgen` command at the version the lock file gives the crate (the two must be
/// equal), installed once under `target/tools/wasm-bindgen-<version>/`. Not `--locked`: a
/// dependency of its lock file is yanked. A debug build: it installs in a fraction of a release
/// build's time and reads one small module.
fn wasm_bindgen() -> Result<PathBuf, String> {
    let version = locked_version("wasm-bindgen")?;
    let root = target_dir().join(format!("tools/wasm-bindgen-{version}"));
    let command = root.join("bin/wasm-bindgen");
    if !command.exists() {
        println!("installing wasm-bindgen-cli {version} into {}", root.display());
        run(cargo(&["install", "--quiet", "--debug", "wasm-bindgen-cli", "--version"])
            .arg(format!("={version}"))
            .arg("--root")
            .arg(&root))?;
    }
    Ok(command)
}

/// The version of `package` in `Cargo.lock`.
fn locked_version(package: &str) -> Result<String, String> {
    let lock = workspace_dir().join("Cargo.lock");
    let text = fs::read_to_string(&lock).map_err(|e| format!("{}: {e}", lock.display()))?;
    let name = format!("name = \"{package}\"");
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        if line.trim() == name {
            if let Some(version) = lines.next().and_then(|l| l.trim().strip_prefix("version = ")) {
                return Ok(version.trim_matches('"').to_owned());
            }
        }
    }
    Err(format!("{package} is not in {}", lock.display()))
}

/// The module against the `connschema` command on every document of `corpus` (the JSON lines
/// that `cargo xtask conformance` writes): the same report, message for message.
pub fn check_corpus(corpus: &Path) -> Result<(), String> {
    build()?;
    let command = crate::peers::connschema_command()?;
    install_node(&node_dir())?;
    run(Command::new("node")
        .arg(node_dir().join("wasm-conformance.mjs"))
        .arg(command)
        .arg(corpus)
        .current_dir(node_dir()))
}

/// `validate` beside `JSON.parse` and a compiled ajv validator on the same documents of `corpus`,
/// valid and invalid, in one Node process (conformance/node/wasm-bench.mjs).
pub fn bench(corpus: &Path) -> Result<(), String> {
    let size = build()?;
    install_node(&node_dir())?;
    run(Command::new("node")
        .arg(node_dir().join("wasm-bench.mjs"))
        .arg(crate::schemas_dir())
        .arg(corpus)
        .arg(size.raw.to_string())
        .arg(size.gzipped.to_string())
        .current_dir(node_dir()))
}
