//! The `connschema` binary's tests, one test binary (one link) for all of them.

mod common;

mod batch;
mod cli;
mod secret_canaries;
