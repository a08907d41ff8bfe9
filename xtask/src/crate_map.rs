//! The crate map of ARCHITECTURE.md, held to `cargo metadata`: each workspace crate's normal
//! dependencies on the others, exactly as the table lists them, and none on a crate listed below it.

use crate::workspace_dir;
use serde_json::Value;
use std::collections::BTreeMap;
use std::process::Command;

/// Each crate's workspace dependencies, as `name` or `name (optional: feature)`, in table order.
type Map = Vec<(String, Vec<String>)>;

/// The table between `<!-- crate-map -->` and `<!-- /crate-map -->` in ARCHITECTURE.md.
pub fn documented() -> Result<Map, String> {
    let text = std::fs::read_to_string(workspace_dir().join("ARCHITECTURE.md")).map_err(|e| e.to_string())?;
    let table = text
        .split_once("<!-- crate-map -->")
        .and_then(|(_, rest)| rest.split_once("<!-- /crate-map -->"))
        .ok_or("ARCHITECTURE.md has no crate map")?
        .0;
    let rows = table.lines().filter(|l| l.starts_with("| `"));
    Ok(rows
        .map(|row| {
            let cells: Vec<&str> = row.trim_matches('|').split('|').map(str::trim).collect();
            let name = cells[0].trim_matches('`').to_owned();
            let deps = cells.get(1).copied().unwrap_or_default();
            let deps = split_deps(deps).into_iter().map(|d| d.replace('`', "")).collect();
            (name, deps)
        })
        .collect())
}

/// `a`, `b (optional: f)`, split at the commas outside parentheses.
pub fn split_deps(cell: &str) -> Vec<String> {
    let (mut out, mut part, mut depth) = (Vec::new(), String::new(), 0);
    for c in cell.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' if depth == 0 => {
                out.push(std::mem::take(&mut part).trim().to_owned());
                continue;
            }
            _ => {}
        }
        part.push(c);
    }
    out.push(part.trim().to_owned());
    out.retain(|p| !p.is_empty());
    out
}

/// What `cargo metadata` says, in the table's form (the feature that turns an optional one on is
/// the one whose list names `dep:<name>`).
pub fn actual() -> Result<BTreeMap<String, Vec<String>>, String> {
    let metadata = metadata()?;
    let packages = metadata["packages"].as_array().ok_or("cargo metadata lists no packages")?;
    let names: Vec<&str> = packages.iter().filter_map(|p| p["name"].as_str()).collect();
    let mut map = BTreeMap::new();
    for package in packages {
        let mut deps: Vec<String> = Vec::new();
        for dep in package["dependencies"].as_array().into_iter().flatten() {
            let name = dep["name"].as_str().unwrap_or_default();
            if !dep["kind"].is_null() || !names.contains(&name) {
                continue;
            }
            let entry = match dep["optional"].as_bool() {
                Some(true) => format!("{name} (optional: {})", feature_of(package, name)),
                _ => name.to_owned(),
            };
            deps.push(entry);
        }
        deps.sort();
        deps.dedup();
        map.insert(package["name"].as_str().unwrap_or_default().to_owned(), deps);
    }
    Ok(map)
}

/// `cargo metadata` of the workspace's own packages.
pub fn metadata() -> Result<Value, String> {
    let out = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["metadata", "--format-version", "1", "--no-deps", "--offline"])
        .current_dir(workspace_dir())
        .output()
        .map_err(|e| e.to_string())?;
    serde_json::from_slice(&out.stdout).map_err(|e| format!("cargo metadata: {e}"))
}

fn feature_of(package: &Value, dep: &str) -> String {
    let wanted = format!("dep:{dep}");
    let features = package["features"].as_object().into_iter().flatten();
    let mut named = features.filter(|(_, list)| list.as_array().is_some_and(|l| l.iter().any(|x| x == &wanted)));
    named.next().map_or_else(|| dep.to_owned(), |(feature, _)| feature.clone())
}
