//! Arbitrary bytes, parsed and validated as every message: the first byte picks the message.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| connschema_fuzz::bytes(data));
