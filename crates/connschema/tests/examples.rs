//! Every example document under examples/documents is valid for its message, in Rust and in the
//! `jsonschema` crate, and every message of every operation has at least one.
//!
//! Layout: `examples/documents/<provider>/<service>/<Operation>/<message>/<name>.json`.

mod common;

use connschema::registry;
use std::fs;

#[test]
fn every_message_has_valid_examples() {
    let root = common::workspace().join("examples/documents");
    let mut checked = 0;
    for op in registry::operations() {
        for message in op.messages {
            let dir = root.join(op.id.replace('.', "/")).join(message.name);
            let entries = fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
            let mut found = 0;
            for entry in entries {
                let path = entry.expect("readable entry").path();
                let doc = fs::read_to_string(&path).expect("readable example");
                let result = common::verdict(op.id, message.name, &doc);
                assert!(result.is_ok(), "{}: {result:?}", path.display());
                found += 1;
            }
            assert!(found > 0, "{} {} has no example", op.id, message.name);
            checked += found;
        }
    }
    assert!(checked >= 10);
}
