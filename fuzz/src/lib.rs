//! What the fuzz targets run, and the regression test replays (it includes this file): every
//! message of every operation, fed raw bytes or edited example documents, with three oracles:
//! no panic; every violation is well formed (a JSON Pointer that leads into the document, one line
//! of message); and the Rust verdict equals the `jsonschema` crate's on the exported schema.

use arbitrary::Arbitrary;
use connschema::registry::{Message, Operation};
use connschema::{Code, Step, Violations};
use serde_json::{Map, Value};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// One message, its example documents and its schema compiled by the peer.
pub struct Target {
    pub op: &'static Operation,
    pub message: &'static Message,
    pub examples: Vec<Value>,
    peer: connschema_testing::Validator,
}

/// Every message of every operation, in the catalog's order.
pub fn targets() -> &'static [Target] {
    static TARGETS: OnceLock<Vec<Target>> = OnceLock::new();
    TARGETS.get_or_init(|| {
        connschema_cli::apis::catalog()
            .operations()
            .iter()
            .flat_map(|op| op.messages.iter().map(move |message| (*op, message)))
            .map(|(op, message)| {
                let schema = connschema_cli::apis::catalog().schema(op, message);
                let peer = connschema_testing::peer(&schema)
                    .unwrap_or_else(|e| panic!("{} {}: the exported schema compiles: {e}", op.id, message.name));
                Target { op, message, examples: examples(op, message), peer }
            })
            .collect()
    })
}

/// The folder of an operation's example documents, `apis/<provider>/documents` of the workspace,
/// found from this crate or from a crate that includes this file.
pub fn examples_dir(op_id: &str) -> PathBuf {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let provider = op_id.split('.').next().unwrap_or_default();
    let documents = Path::new("apis").join(provider).join("documents");
    here.ancestors().map(|dir| dir.join(&documents)).find(|dir| dir.is_dir()).unwrap_or_default()
}

fn examples(op: &Operation, message: &Message) -> Vec<Value> {
    let dir = examples_dir(op.id).join(op.id.replace('.', "/")).join(message.name);
    let mut paths: Vec<PathBuf> =
        std::fs::read_dir(&dir).map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect()).unwrap_or_default();
    paths.sort();
    paths
        .iter()
        .map(|p| serde_json::from_slice(&std::fs::read(p).expect("readable example")).expect("example is JSON"))
        .collect()
}

/// The raw-bytes target: the first byte picks the message, the rest is the body.
pub fn bytes(data: &[u8]) {
    let Some((&pick, body)) = data.split_first() else { return };
    let targets = targets();
    check(&targets[usize::from(pick) % targets.len()], body);
}

/// A seed of the raw-bytes target: `body` as a document of message number `index`.
pub fn bytes_seed(index: usize, body: &[u8]) -> Vec<u8> {
    let mut seed = vec![u8::try_from(index).expect("fewer than 256 messages")];
    seed.extend_from_slice(body);
    seed
}

/// The structure-aware target's input: an example document of a message and edits to it.
#[derive(Arbitrary, Debug)]
pub struct Edited {
    message: u8,
    example: u8,
    edits: Vec<Edit>,
}

#[derive(Arbitrary, Debug)]
struct Edit {
    /// Picks the value edited among every value of the document (modulo their number).
    at: u16,
    action: Action,
}

#[derive(Arbitrary, Debug)]
enum Action {
    Remove,
    Replace(Json),
    Insert(Word, Json),
    /// Replaces the value with a copy of another value of the document.
    Copy(u16),
}

/// An arbitrary JSON value whose strings and keys come mostly from the schemas and examples, so
/// that edits reach the rules instead of stopping at the first unknown member.
#[derive(Arbitrary, Debug)]
enum Json {
    Null,
    Bool(bool),
    Integer(i64),
    Float(f64),
    String(Word),
    Array(Vec<Json>),
    Object(Vec<(Word, Json)>),
}

#[derive(Arbitrary, Debug)]
enum Word {
    /// A string of the vocabulary: member names, enum values, example strings.
    Known(u16),
    Any(String),
    /// A known word with one character put in at a position.
    Spliced(u16, u8, char),
    /// A known word, repeated (lengths at and past their bounds).
    Repeated(u16, u8),
}

impl Word {
    fn text(&self) -> String {
        let words = vocabulary();
        let known = |i: &u16| words[usize::from(*i) % words.len()].as_str();
        match self {
            Self::Known(i) => known(i).to_owned(),
            Self::Any(s) => s.clone(),
            Self::Spliced(i, at, c) => {
                let mut chars: Vec<char> = known(i).chars().collect();
                chars.insert(usize::from(*at) % (chars.len() + 1), *c);
                chars.into_iter().collect()
            }
            Self::Repeated(i, times) => known(i).repeat(usize::from(*times)),
        }
    }
}

impl Json {
    fn value(&self) -> Value {
        match self {
            Self::Null => Value::Null,
            Self::Bool(b) => Value::Bool(*b),
            Self::Integer(n) => Value::from(*n),
            Self::Float(f) => serde_json::Number::from_f64(*f).map_or(Value::Null, Value::Number),
            Self::String(w) => Value::String(w.text()),
            Self::Array(items) => items.iter().map(Json::value).collect(),
            Self::Object(members) => {
                Value::Object(members.iter().map(|(k, v)| (k.text(), v.value())).collect::<Map<_, _>>())
            }
        }
    }
}

/// Every string that the schemas name (members, enum and const values) or the examples hold.
fn vocabulary() -> &'static [String] {
    static WORDS: OnceLock<Vec<String>> = OnceLock::new();
    WORDS.get_or_init(|| {
        fn strings(value: &Value, keys: bool, out: &mut Vec<String>) {
            match value {
                Value::String(s) => out.push(s.clone()),
                Value::Array(items) => items.iter().for_each(|v| strings(v, keys, out)),
                Value::Object(members) => members.iter().for_each(|(k, v)| {
                    if keys {
                        out.push(k.clone());
                    }
                    strings(v, keys, out);
                }),
                _ => {}
            }
        }
        let mut words = vec![String::new()];
        for target in targets() {
            let schema = connschema_cli::apis::catalog().schema(target.op, target.message);
            strings(&schema, true, &mut words);
            target.examples.iter().for_each(|e| strings(e, true, &mut words));
        }
        words.sort();
        words.dedup();
        words
    })
}

/// The structure-aware target.
pub fn edited(input: &Edited) {
    let targets = targets();
    let target = &targets[usize::from(input.message) % targets.len()];
    let Some(mut doc) = (!target.examples.is_empty())
        .then(|| target.examples[usize::from(input.example) % target.examples.len()].clone())
    else {
        return;
    };
    for edit in &input.edits {
        apply(&mut doc, edit);
    }
    check(target, doc.to_string().as_bytes());
}

fn apply(doc: &mut Value, edit: &Edit) {
    let mut pointers = Vec::new();
    pointers_of(doc, String::new(), &mut pointers);
    let at = &pointers[usize::from(edit.at) % pointers.len()];
    let new = match &edit.action {
        Action::Remove => None,
        Action::Replace(json) => Some(json.value()),
        Action::Copy(from) => doc.pointer(&pointers[usize::from(*from) % pointers.len()]).cloned(),
        Action::Insert(name, json) => {
            if let Some(Value::Object(members)) = doc.pointer_mut(at) {
                members.insert(name.text(), json.value());
            } else if let Some(Value::Array(items)) = doc.pointer_mut(at) {
                items.push(json.value());
            }
            return;
        }
    };
    match (at.rsplit_once('/'), new) {
        (None, Some(new)) => *doc = new,
        (Some(_), Some(new)) => _ = doc.pointer_mut(at).map(|slot| *slot = new),
        (Some((parent, last)), None) => match doc.pointer_mut(parent) {
            Some(Value::Object(members)) => {
                // `retain` keeps the other members in order whether or not `preserve_order` is on.
                let name = last.replace("~1", "/").replace("~0", "~");
                members.retain(|key, _| *key != name);
            }
            Some(Value::Array(items)) => {
                if let Ok(i) = last.parse::<usize>() {
                    items.remove(i);
                }
            }
            _ => {}
        },
        (None, None) => {}
    }
}

fn pointers_of(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(members) => {
            for (name, member) in members {
                pointers_of(member, format!("{at}/{}", name.replace('~', "~0").replace('/', "~1")), out);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                pointers_of(item, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
    out.push(at);
}

/// Runs `body` through the Rust validator and checks the three oracles.
pub fn check(target: &Target, body: &[u8]) {
    let rust = target.message.validate(body);
    let name = format!("{} {}", target.op.id, target.message.name);
    let shown = || String::from_utf8_lossy(&body[..body.len().min(2_000)]).into_owned();
    let doc = serde_json::from_slice::<Value>(body).ok();
    if let Err(violations) = &rust {
        well_formed(violations, doc.as_ref(), &name, &shown);
        if violations.iter().any(|v| v.code == Code::Syntax) {
            // Not JSON to connschema (a member given twice, a union nested past serde_json's depth
            // limit): the peer has nothing comparable to say.
            return;
        }
    }
    let Some(doc) = doc else {
        panic!("{name}: connschema gave a verdict on a body that serde_json cannot read: {rust:?}\n{}", shown());
    };
    let peer: Vec<String> = target.peer.iter_errors(&doc).map(|e| format!("{} {e}", e.instance_path())).collect();
    assert_eq!(
        rust.is_ok(),
        peer.is_empty(),
        "{name}: connschema and jsonschema disagree\ndocument: {}\nconnschema: {rust:?}\njsonschema: {peer:?}",
        shown()
    );
}

/// Each violation has one line of message and a location that leads into the document: to the
/// value itself, or for a missing member, to the object that lacks it.
fn well_formed(violations: &Violations, doc: Option<&Value>, name: &str, shown: &dyn Fn() -> String) {
    assert!(!violations.is_empty(), "{name}: an error with no violation");
    for v in violations {
        assert!(!v.message.is_empty() && !v.message.contains('\n'), "{name}: message {:?}", v.message);
        // A member given twice is reported with the rest, but `doc` keeps only its last value.
        let Some(doc) = doc.filter(|_| violations.iter().all(|v| v.code != Code::Syntax)) else { continue };
        let steps: Vec<Step> = v.path.steps().collect();
        let parent = &steps[..steps.len().saturating_sub(1)];
        let leads = follow(doc, &steps).is_some()
            || (matches!(v.code, Code::Required | Code::Rule) && follow(doc, parent).is_some());
        assert!(leads, "{name}: {} [{}] leads nowhere in\n{}", v.path, v.code, shown());
    }
}

/// The value `steps` lead to in `doc`: a member of an object, an item of an array.
fn follow<'v>(doc: &'v Value, steps: &[Step]) -> Option<&'v Value> {
    steps.iter().try_fold(doc, |value, step| match (step, value) {
        (Step::Member(name), Value::Object(members)) => members.get(*name),
        (Step::Item(i), Value::Array(items)) => items.get(*i),
        _ => None,
    })
}
