//! The agreement corpus: for every message of every operation, documents that sit on and around
//! every constraint of its exported schema, made by editing the message's example documents.
//!
//! Each example is edited at every location the schema constrains (bounds, patterns, enums,
//! formats, members present and absent, list sizes, wrong types, `null`), one edit at a time; then
//! random documents stack two or three of those edits until the message has its share of the
//! requested size. The same seed gives the same corpus.

mod edits;
mod pairs;
mod strings;
mod view;

pub use edits::Edit;
pub use pairs::codes;

use connschema::registry::{Message, Operation};
use edits::Editor;
use proptest::prelude::RngExt;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use serde_json::Value;
use std::io;
use std::path::PathBuf;
use view::View;

/// One document of the corpus and the message it is for.
pub struct Case {
    pub op: &'static Operation,
    pub message: &'static Message,
    pub doc: Value,
}

/// The example documents of one message of a shipped operation, in file-name order (its API
/// crate's `documents/`).
pub fn examples(op: &Operation, message: &Message) -> io::Result<Vec<Value>> {
    examples_in(&[connschema_testing::documents_dir(op.id)], op, message)
}

/// The example documents of one message under the first of `roots` that has its folder
/// (`<root>/<provider>/<service>/<Op>/<message>/`).
pub fn examples_in(roots: &[PathBuf], op: &Operation, message: &Message) -> io::Result<Vec<Value>> {
    let folder = op.id.replace('.', "/");
    let Some(root) = roots.iter().find(|root| root.join(&folder).is_dir()) else { return Ok(Vec::new()) };
    let found = connschema_testing::examples_in(root, op.id, message.name)?;
    Ok(found.into_iter().map(|(_, doc)| doc).collect())
}

/// At least `total` documents over every message (each message gets an equal share, and never
/// fewer than its systematic edits), generated from `seed`.
pub fn generate(total: usize, seed: u64) -> io::Result<Vec<Case>> {
    generate_for(&crate::suite::Suite::shipped(), total, seed)
}

/// [`generate`] for the operations of `suite`, from its example documents.
pub fn generate_for(suite: &crate::suite::Suite, total: usize, seed: u64) -> io::Result<Vec<Case>> {
    let messages: Vec<(&'static Operation, &'static Message)> =
        suite.catalog.operations().iter().flat_map(|op| op.messages.iter().map(move |m| (*op, m))).collect();
    let share = total.div_ceil(messages.len().max(1));
    let mut cases = Vec::with_capacity(total);
    for (op, message) in messages {
        let seeds = examples_in(&suite.examples, op, message)?;
        let schema = suite.catalog.schema(op, message);
        let docs = for_message(message, &schema, &seeds, share, mix(seed, &format!("{} {}", op.id, message.name)));
        cases.extend(docs.into_iter().map(|doc| Case { op, message, doc }));
    }
    Ok(cases)
}

/// Documents for one message: the seeds, each seed with each systematic edit, each edit that breaks
/// only a rule stacked with edits that give another member the wrong type, then random stacks of
/// edits up to `share`. `schema` is the message's (or, in the harness's own tests, an altered one).
pub fn for_message(message: &Message, schema: &Value, seeds: &[Value], share: usize, seed: u64) -> Vec<Value> {
    let rng = TestRng::from_seed(RngAlgorithm::ChaCha, &seed_bytes(seed));
    let mut runner = TestRunner::new_with_rng(Config::default(), rng);
    let mut editor = Editor::new(&mut runner);
    let root = View::of_root(schema);
    let per_seed: Vec<Vec<Edit>> = seeds
        .iter()
        .map(|doc| {
            let mut edits = Vec::new();
            editor.edits(doc, &root, "", &mut edits);
            edits
        })
        .collect();

    let mut docs: Vec<Value> = seeds.to_vec();
    for (doc, edits) in seeds.iter().zip(&per_seed) {
        for edit in edits {
            let mut edited = doc.clone();
            edit.apply(&mut edited);
            docs.push(edited);
        }
        docs.extend(pairs::rule_beside_type(message, doc, edits));
    }
    let runner = editor.runner;
    while docs.len() < share && !seeds.is_empty() {
        let which = runner.rng().random_range(0..seeds.len());
        let edits = &per_seed[which];
        if edits.is_empty() {
            break;
        }
        let mut doc = seeds[which].clone();
        for _ in 0..runner.rng().random_range(2..=3) {
            edits[runner.rng().random_range(0..edits.len())].apply(&mut doc);
        }
        docs.push(doc);
    }
    docs
}

/// A seed of its own for each message (FNV-1a), so adding a message leaves the others' documents
/// as they were.
fn mix(seed: u64, name: &str) -> u64 {
    name.bytes()
        .fold(seed ^ 0xcbf2_9ce4_8422_2325, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3))
}

fn seed_bytes(seed: u64) -> [u8; 32] {
    let mut bytes = [0u8; 32];
    for (i, chunk) in bytes.chunks_mut(8).enumerate() {
        chunk.copy_from_slice(&seed.rotate_left(i as u32 * 16).to_le_bytes());
    }
    bytes
}
