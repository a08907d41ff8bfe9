//! The other consumers of the schemas, each installed by the repository itself from its pinned
//! lock file: Node (ajv 8, ajv-formats, json-schema-to-typescript, TypeScript, Redocly CLI,
//! openapi-typescript) under `conformance/node`, and Python `jsonschema` under `conformance/python`, in a virtual
//! environment under `target/`.

use crate::{cargo, target_dir, workspace_dir, Mode};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::{fs, io};

pub(crate) fn node_dir() -> PathBuf {
    workspace_dir().join("conformance/node")
}

/// The TypeScript declarations' folder: `types/<provider>/<service>/<Operation>/<message>.d.ts`.
pub fn types_dir() -> PathBuf {
    workspace_dir().join("types")
}

pub(crate) fn run(command: &mut Command) -> Result<(), String> {
    let shown = format!("{command:?}");
    let status = command.status().map_err(|e| format!("{shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} failed ({status})"))
    }
}

/// `npm ci` in `dir` unless its `node_modules` already holds what the lock file pins.
pub(crate) fn install_node(dir: &Path) -> Result<(), String> {
    let installed = dir.join("node_modules/.package-lock.json");
    let fresh = match (fs::read(dir.join("package-lock.json")), fs::metadata(&installed)) {
        (Ok(_), Ok(installed)) => {
            let lock = fs::metadata(dir.join("package-lock.json")).and_then(|m| m.modified()).ok();
            lock.zip(installed.modified().ok()).is_some_and(|(lock, installed)| installed >= lock)
        }
        _ => false,
    };
    if fresh {
        return Ok(());
    }
    run(Command::new("npm").args(["ci", "--no-audit", "--no-fund", "--loglevel=error"]).current_dir(dir))
}

/// The Python of a virtual environment `target/<name>/venv` that holds what `requirements` (a
/// path in the workspace) pins, made anew when the file changes.
pub(crate) fn python_venv(name: &str, requirements: &str) -> Result<PathBuf, String> {
    let venv = target_dir().join(name).join("venv");
    let python = venv.join("bin/python");
    let requirements = workspace_dir().join(requirements);
    let stamp = venv.join("requirements.txt");
    if fs::read(&stamp).ok() != fs::read(&requirements).ok() {
        let _ = fs::remove_dir_all(&venv);
        run(Command::new("python3").arg("-m").arg("venv").arg(&venv))?;
        run(Command::new(&python)
            .args(["-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-r"])
            .arg(&requirements))?;
        fs::copy(&requirements, &stamp).map_err(|e| format!("{}: {e}", stamp.display()))?;
    }
    Ok(python)
}

/// Writes (or checks) `types/` from the schemas, with json-schema-to-typescript.
pub fn types(mode: Mode) -> Result<(), String> {
    install_node(&node_dir())?;
    let scratch = target_dir().join("conformance/types");
    let _ = fs::remove_dir_all(&scratch);
    run(Command::new("node")
        .arg(node_dir().join("types.mjs"))
        .arg(crate::schemas_dir())
        .arg(&scratch)
        .current_dir(node_dir()))?;
    let expected = read_tree(&scratch).map_err(|e| format!("{}: {e}", scratch.display()))?;
    crate::sync_reported(&types_dir(), &expected, mode)
}

/// Every file under `dir` with its text, by its path relative to `dir`.
pub fn read_tree(dir: &Path) -> io::Result<BTreeMap<String, String>> {
    crate::existing_files(dir)?
        .into_iter()
        .map(|relative| Ok((relative.clone(), fs::read_to_string(dir.join(&relative))?)))
        .collect()
}

/// ajv on every schema (strict), the examples and the corpus; then `tsc --strict` on types/.
pub fn node_conformance(suite: &crate::suite::Suite, corpus: &Path) -> Result<(), String> {
    install_node(&node_dir())?;
    run(Command::new("node")
        .arg(node_dir().join("conformance.mjs"))
        .arg(&suite.schemas)
        .arg(std::env::join_paths(&suite.examples).map_err(|e| e.to_string())?)
        .arg(corpus)
        .current_dir(node_dir()))?;
    if !suite.packaged {
        return Ok(());
    }
    run(Command::new("node")
        .arg(node_dir().join("node_modules/typescript/bin/tsc"))
        .args(["--project", "tsconfig.json"])
        .current_dir(node_dir()))?;
    println!("TypeScript: types/ and usage.ts compile with tsc --noEmit --strict");
    Ok(())
}

/// The OpenAPI documents as frontend tools read them: `redocly lint` (its recommended rules, no
/// error) on `schemas/openapi.json` and every operation's own, then openapi-typescript's
/// declarations of the whole document compiled with `tsc --strict` beside `openapi-usage.ts`.
pub fn openapi_conformance() -> Result<(), String> {
    install_node(&node_dir())?;
    let schemas = crate::schemas_dir();
    let mut documents: Vec<PathBuf> = crate::existing_files(&schemas)
        .map_err(|e| format!("{}: {e}", schemas.display()))?
        .into_iter()
        .filter(|path| path.rsplit('/').next() == Some("openapi.json"))
        .map(|path| schemas.join(path))
        .collect();
    documents.sort();
    run(Command::new("node")
        .arg(node_dir().join("node_modules/@redocly/cli/bin/cli.js"))
        .args(["lint", "--format=summary"])
        .env("REDOCLY_TELEMETRY", "off")
        .env("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true")
        .args(&documents)
        .current_dir(node_dir()))?;
    println!("Redocly: {} OpenAPI document(s) lint without errors", documents.len());
    // Beside the usage file that imports it; git ignores the folder.
    let declarations = node_dir().join("generated/openapi.d.ts");
    run(Command::new("node")
        .arg(node_dir().join("node_modules/openapi-typescript/bin/cli.js"))
        .arg(schemas.join("openapi.json"))
        .arg("--empty-objects-unknown")
        .arg("--output")
        .arg(&declarations)
        .current_dir(node_dir()))?;
    run(Command::new("node")
        .arg(node_dir().join("node_modules/typescript/bin/tsc"))
        .args(["--project", "tsconfig.openapi.json"])
        .current_dir(node_dir()))?;
    println!("TypeScript: openapi-typescript's declarations and openapi-usage.ts compile with tsc --noEmit --strict");
    Ok(())
}

/// Python `jsonschema` (Draft202012Validator, format checker) on the corpus.
pub fn python_conformance(suite: &crate::suite::Suite, corpus: &Path) -> Result<(), String> {
    let python = python_venv("conformance", "conformance/python/requirements.txt")?;
    run(Command::new(&python)
        .arg(workspace_dir().join("conformance/python/conformance.py"))
        .arg(&suite.schemas)
        .arg(corpus))
}

/// Builds the `connschema` command (dev profile) and returns its path: what the SDK suites, the
/// WebAssembly check and the form's tests run.
pub fn connschema_command() -> Result<PathBuf, String> {
    run(&mut cargo(&["build", "--quiet", "--locked", "-p", "connschema-cli"]))?;
    Ok(target_dir().join("debug/connschema"))
}
