//! The `connschema` binary's tests, and those of the catalog it ships (every API's documents, the
//! patterns, hostile input), one test binary (one link) for all of them. `zero_allocations` stays
//! a binary of its own, as it installs a counting global allocator.

mod common;
mod expect {
    connschema_testing::expectations!(connschema_cli::apis::OPERATIONS);
}

mod batch;
mod borrowed;
mod cli;
mod examples;
mod fuzz_regressions;
mod hostile_input;
mod lookup;
mod params_from_strings;
mod patterns;
mod rules_beside_other_violations;
mod secret_canaries;
mod secrets;
mod serve;
