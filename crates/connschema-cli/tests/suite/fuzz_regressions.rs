//! The fuzz targets' harness, run as a normal test: on the seeds (every example), on every input
//! kept under `fuzz/regressions/` (each once crashed a target), and on a few thousand inputs drawn
//! here, so that `cargo test` covers what `cargo xtask fuzz` explores at length.

#[path = "../../../../fuzz/src/lib.rs"]
mod harness;

use arbitrary::{Arbitrary, Unstructured};
use std::path::Path;

fn regressions(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/regressions").join(target);
    let Ok(entries) = std::fs::read_dir(&dir) else { return Vec::new() };
    let mut found: Vec<_> = entries
        .map(|e| {
            let path = e.expect("directory entry").path();
            (path.display().to_string(), std::fs::read(&path).expect("readable input"))
        })
        .collect();
    found.sort();
    found
}

/// A small deterministic generator (xorshift), so the drawn inputs are the same on every run.
struct Draw(u64);

impl Draw {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n as u64).expect("fits")
    }

    fn bytes(&mut self, len: usize) -> Vec<u8> {
        (0..len).map(|_| self.next().to_le_bytes()[0]).collect()
    }
}

#[test]
fn every_example_is_a_seed_that_passes() {
    let mut seeds = 0;
    for (index, target) in harness::targets().iter().enumerate() {
        for example in &target.examples {
            harness::bytes(&harness::bytes_seed(index, &serde_json::to_vec(example).expect("serializes")));
            seeds += 1;
        }
    }
    assert!(seeds >= 50, "only {seeds} examples");
}

#[test]
fn kept_crash_inputs_pass() {
    for (name, data) in regressions("parse_bytes") {
        println!("{name}");
        harness::bytes(&data);
    }
    for (name, data) in regressions("edited_examples") {
        println!("{name}");
        let input = harness::Edited::arbitrary_take_rest(Unstructured::new(&data)).expect("an input");
        harness::edited(&input);
    }
}

#[test]
fn drawn_inputs_pass() {
    let mut draw = Draw(0x5eed_c0ff_ee15_600d);
    let targets = harness::targets();
    for _ in 0..3_000 {
        // Structure-aware: edits of an example.
        let len = 16 + draw.below(200);
        let data = draw.bytes(len);
        if let Ok(input) = harness::Edited::arbitrary_take_rest(Unstructured::new(&data)) {
            harness::edited(&input);
        }
        // Raw bytes: an example with a few bytes overwritten, inserted or cut.
        let index = draw.below(targets.len());
        let Some(example) = (!targets[index].examples.is_empty())
            .then(|| &targets[index].examples[draw.below(targets[index].examples.len())])
        else {
            continue;
        };
        let mut body = serde_json::to_vec(example).expect("serializes");
        for _ in 0..1 + draw.below(4) {
            let at = draw.below(body.len().max(1)).min(body.len().saturating_sub(1));
            match draw.below(3) {
                0 => body[at] = draw.bytes(1)[0],
                1 => body.insert(at, draw.bytes(1)[0]),
                _ => _ = body.remove(at),
            }
        }
        harness::bytes(&harness::bytes_seed(index, &body));
    }
}
