//! connschema-aws's integration tests, one binary: the three operations' documents, each checked
//! by connschema and by the `jsonschema` crate on the exported schema, and the models compared
//! with AWS's own (`tests/data/`).

mod common {
    connschema_testing::expectations!(connschema_aws::OPERATIONS);
}

mod events;
mod models;
mod networkmanager;
mod quicksight;
