//! Nothing to link: this crate holds the `Model` derive's compile-fail tests (`tests/ui/`), each a
//! bad annotation with the compiler error it gives at the offending span.
