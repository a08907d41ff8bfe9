//! Example documents of every message with arbitrary JSON edits: values removed, replaced,
//! inserted and copied, with strings drawn mostly from the schemas' own words.
#![no_main]

libfuzzer_sys::fuzz_target!(|input: connschema_fuzz::Edited| connschema_fuzz::edited(&input));
