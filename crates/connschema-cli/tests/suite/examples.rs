//! Every example document of every API crate is valid for its message, in Rust and in the
//! `jsonschema` crate, and every message of every operation has at least one.
//!
//! Layout: `apis/<provider>/documents/<provider>/<service>/<Operation>/<message>/<name>.json`.

use crate::expect;

use std::fs;

#[test]
fn every_message_has_valid_examples() {
    let mut checked = 0;
    for op in connschema_cli::apis::catalog().operations() {
        let root = connschema_testing::documents_dir(op.id);
        for message in op.messages {
            let dir = root.join(op.id.replace('.', "/")).join(message.name);
            let entries = fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
            let mut found = 0;
            for entry in entries {
                let path = entry.expect("readable entry").path();
                let doc = fs::read_to_string(&path).expect("readable example");
                let result = expect::verdict(op.id, message.name, &doc);
                assert!(result.is_ok(), "{}: {result:?}", path.display());
                found += 1;
            }
            assert!(found > 0, "{} {} has no example", op.id, message.name);
            checked += found;
        }
    }
    assert!(checked >= 10);
}

/// `snake_case` of a `PascalCase` operation name, as its module is named.
fn module_name(operation: &str) -> String {
    let mut out = String::new();
    for (i, c) in operation.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// The catalogue is complete: every operation module of every API crate
/// (`apis/<provider>/src/<service>/<operation>/` with its `request.rs`) is a shipped operation, and
/// every example folder is one's.
#[test]
fn every_operation_module_and_example_folder_is_registered() {
    let listed: Vec<(String, String)> = connschema_cli::apis::catalog()
        .operations()
        .iter()
        .map(|op| {
            let parts: Vec<&str> = op.id.split('.').collect();
            (format!("{}/src/{}/{}", parts[0], parts[1], module_name(parts[2])), op.id.replace('.', "/"))
        })
        .collect();
    let apis = connschema_testing::workspace().join("apis");

    let subdirs = |dir: &std::path::Path| -> Vec<std::path::PathBuf> {
        fs::read_dir(dir).map_or_else(
            |_| Vec::new(),
            |entries| entries.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.is_dir()).collect(),
        )
    };
    let mut modules = 0;
    for provider in subdirs(&apis) {
        for service in subdirs(&provider.join("src")) {
            for operation in subdirs(&service).into_iter().filter(|d| d.join("request.rs").is_file()) {
                let rel = operation.strip_prefix(&apis).expect("under apis").to_string_lossy().replace('\\', "/");
                assert!(listed.iter().any(|(module, _)| *module == rel), "{rel} is not in connschema_cli::apis");
                modules += 1;
            }
        }
    }
    assert_eq!(modules, listed.len(), "every registered operation has its module");
    for examples in connschema_testing::documents_dirs() {
        for provider in subdirs(&examples) {
            for service in subdirs(&provider) {
                for operation in subdirs(&service) {
                    let rel = operation
                        .strip_prefix(&examples)
                        .expect("under documents")
                        .to_string_lossy()
                        .replace('\\', "/");
                    let shown = examples.display();
                    assert!(listed.iter().any(|(_, id)| *id == rel), "{shown}/{rel} is no registered operation");
                }
            }
        }
    }
}
