//! The pattern compiler of [connschema](https://docs.rs/connschema), as an ordinary crate so that
//! the derive (at compile time) and the core (at run time) share one implementation, and so that
//! it can be tested on its own.
//!
//! - [`ecma`]: a vendor's ECMA-262 pattern, applied to the whole value, translated into the Rust
//!   `regex` that checks it (with ECMA's meanings of `.`, `\d`, `\w`, `\s`) and into the portable,
//!   anchored form exported to schemas (read alike by ajv with the `u` flag, the `jsonschema` crate
//!   and Python's `re`).
//! - [`runs`]: patterns that are a sequence of character-class runs, decided in one pass with a
//!   table lookup per ASCII byte instead of the regex engine.
//!
//! ```
//! use connschema_pattern::{ecma, runs};
//!
//! let translated = ecma::translate(r"[\.\-_A-Za-z0-9]+").unwrap();
//! assert_eq!(translated.export, r"^(?:[.\-_A-Za-z0-9]+)$");
//! let name = runs::compile(&translated.rust).expect("a class run");
//! assert!(runs::matches(&name, "orders-api"));
//! assert!(!runs::matches(&name, "orders api"));
//! ```

pub mod ecma;
pub mod runs;
