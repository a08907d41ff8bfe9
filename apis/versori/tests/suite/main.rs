//! connschema-versori's integration tests, one binary: the operation's documents, each checked by
//! connschema and by the `jsonschema` crate on the exported schema.

mod common {
    connschema_testing::expectations!(connschema_versori::OPERATIONS);
}

mod platform;
mod strictness;
