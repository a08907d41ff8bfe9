//! connschema-axum's tests, one test binary (one link) for all of them.

mod common;

mod bounded_answers;
mod credentials;
mod service;
