//! connschema against its peers, side by side in one run (`cargo bench -p connschema`):
//!
//! - `validate`: typed `Validate::validate` on a value already parsed (valid; invalid with several
//!   violations), against garde on hand-annotated structs with the same constraints (EventBridge);
//! - `from_slice`: bytes to a validated typed value, against bytes to `serde_json::Value` to the
//!   `jsonschema` crate (`is_valid`, and `iter_errors` collecting every error with its path) on the
//!   exported schema, compiled once;
//! - `jsonschema`'s work alone on a `Value` already parsed;
//! - the floors: serde's own typed parse with no validation (EventBridge's mirror structs), and
//!   parsing to `serde_json::Value`.
//!
//! BENCHMARKS.md holds the figures and how they were taken.

#[path = "peers/garde_events.rs"]
mod garde_events;

use connschema::registry::{self, Model};
use connschema::Validate;
use criterion::Criterion;
use serde_json::{json, Value};
use std::hint::black_box;
use std::path::Path;

fn example(path: &str) -> Value {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/documents").join(path);
    serde_json::from_slice(&std::fs::read(&file).expect("example exists")).expect("example is JSON")
}

fn edit(mut doc: Value, edits: &[(&str, Value)]) -> Value {
    for (pointer, value) in edits {
        *doc.pointer_mut(pointer).unwrap_or_else(|| panic!("{pointer} exists")) = value.clone();
    }
    doc
}

/// EventBridge with 100 header, 100 query string and 100 body parameters.
fn large_events_request() -> Value {
    let params = |kind: &str| -> Vec<Value> {
        (0..100)
            .map(|i| json!({"Key": format!("x-{kind}-{i}"), "Value": format!("value {i} of {kind}"), "IsValueSecret": i % 2 == 0}))
            .collect()
    };
    json!({
        "Name": "large-connection",
        "Description": "EventBridge connection with the most invocation parameters",
        "AuthorizationType": "API_KEY",
        "AuthParameters": {
            "ApiKeyAuthParameters": {"ApiKeyName": "x-api-key", "ApiKeyValue": "k3y-value"},
            "InvocationHttpParameters": {
                "HeaderParameters": params("header"),
                "QueryStringParameters": params("query"),
                "BodyParameters": params("body")
            }
        }
    })
}

/// One document, valid, and a copy of it with several violations.
struct Case {
    name: &'static str,
    op: &'static str,
    valid: Vec<u8>,
    invalid: Vec<u8>,
}

fn cases() -> Vec<Case> {
    let case = |name, op, valid: Value, edits: &[(&str, Value)]| Case {
        name,
        op,
        invalid: edit(valid.clone(), edits).to_string().into_bytes(),
        valid: valid.to_string().into_bytes(),
    };
    let long = "x".repeat(600);
    let events_edits = [
        ("/Name", json!("my conn")),
        ("/Description", json!(long)),
        ("/AuthParameters/OAuthParameters/ClientParameters/ClientID", json!("client\u{1}")),
        ("/AuthParameters/OAuthParameters/HttpMethod", json!("PATCH")),
    ];
    vec![
        case(
            "events_oauth",
            "aws.events.CreateConnection",
            example("aws/events/CreateConnection/request/oauth-http-parameters.json"),
            &events_edits,
        ),
        case(
            "events_large",
            "aws.events.CreateConnection",
            large_events_request(),
            &[
                ("/Name", json!("my conn")),
                ("/AuthParameters/InvocationHttpParameters/HeaderParameters/50/Key", json!("bad key")),
                ("/AuthParameters/InvocationHttpParameters/QueryStringParameters/99/Value", json!("bad\u{0}")),
                ("/AuthorizationType", json!("BASIC")),
            ],
        ),
        case(
            "huawei_kafka",
            "huaweicloud.eg.CreateConnection",
            example("huaweicloud/eg/CreateConnection/request/kafka-sasl.json"),
            &[("/name", json!("default")), ("/kafka_detail/acks", json!("2")), ("/vpc_id", json!(long))],
        ),
        case(
            "networkmanager",
            "aws.networkmanager.CreateConnection",
            example("aws/networkmanager/CreateConnection/request/devices.json"),
            &[("/DeviceId", json!("device-X")), ("/Tags/1/Key", json!(long)), ("/LinkId", json!(7))],
        ),
        case(
            "quicksight_oauth",
            "aws.quicksight.CreateActionConnector",
            example("aws/quicksight/CreateActionConnector/request/oauth-client-credentials.json"),
            &[
                ("/ActionConnectorId", json!("quicksuite-x")),
                ("/Type", json!("servicenow")),
                ("/AuthenticationConfig/AuthenticationType", json!("BASIC")),
            ],
        ),
        case(
            "versori_oauth2",
            "versori.platform.CreateConnectorConnection",
            example("versori/platform/CreateConnectorConnection/request/reference-and-oauth2.json"),
            &[
                ("/credentials/action/0/authSchemeConfig/id", json!("not-a-ulid")),
                ("/credentials/action/0/credential/data/tokenUrl", json!("no scheme")),
                ("/credentials/trigger/0/credential/id", json!("01JD7ZC5D6E7F8G9HAJBKCMDN")),
            ],
        ),
    ]
}

fn peer(op: &str) -> jsonschema::Validator {
    let op = registry::operation(op).expect("operation");
    let schema = op.schema(op.message("request").expect("request"));
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .build(&schema)
        .expect("schema compiles")
}

/// The errors jsonschema reports, each with its path: what connschema's `Err` holds.
fn all_errors(validator: &jsonschema::Validator, doc: &Value) -> Vec<(String, String)> {
    validator.iter_errors(doc).map(|e| (e.instance_path().to_string(), e.to_string())).collect()
}

/// One measured routine: its name (`<case>/<what>/<who>`) and the work of one iteration.
type Routine = (String, Box<dyn Fn()>);

fn routines_of<T: Model>(case: &Case, out: &mut Vec<Routine>) {
    let validator = std::rc::Rc::new(peer(case.op));
    let typed: T = connschema::from_slice(&case.valid).expect("valid document");
    let (valid_value, invalid_value): (Value, Value) =
        (serde_json::from_slice(&case.valid).expect("JSON"), serde_json::from_slice(&case.invalid).expect("JSON"));
    assert!(connschema::from_slice::<T>(&case.invalid).is_err() && !validator.is_valid(&invalid_value));
    assert!(validator.is_valid(&valid_value));
    let (valid, invalid) = (case.valid.clone(), case.invalid.clone());
    let mut add = |what: &str, f: Box<dyn Fn()>| out.push((format!("{}/{what}", case.name), f));

    add("validate/valid/connschema", Box::new(move || _ = black_box(black_box(&typed).validate())));
    let (v, doc) = (validator.clone(), valid_value);
    add("validate/valid/jsonschema is_valid", Box::new(move || _ = black_box(v.is_valid(black_box(&doc)))));
    let (v, doc) = (validator.clone(), invalid_value);
    add("validate/invalid/jsonschema iter_errors", Box::new(move || _ = black_box(all_errors(&v, black_box(&doc)))));
    let bytes = valid.clone();
    add("from_slice/valid/connschema", Box::new(move || _ = black_box(connschema::from_slice::<T>(black_box(&bytes)))));
    let (v, bytes) = (validator.clone(), valid.clone());
    add(
        "from_slice/valid/jsonschema is_valid",
        Box::new(move || _ = black_box(v.is_valid(&serde_json::from_slice::<Value>(black_box(&bytes)).expect("JSON")))),
    );
    let bytes = invalid.clone();
    add(
        "from_slice/invalid/connschema",
        Box::new(move || _ = black_box(connschema::from_slice::<T>(black_box(&bytes)))),
    );
    let (v, bytes) = (validator, invalid);
    add(
        "from_slice/invalid/jsonschema iter_errors",
        Box::new(move || {
            _ = black_box(all_errors(&v, &serde_json::from_slice::<Value>(black_box(&bytes)).expect("JSON")))
        }),
    );
    add("floor/serde_json Value", Box::new(move || _ = black_box(serde_json::from_slice::<Value>(black_box(&valid)))));
    if case.name.starts_with("events") {
        events_peers(case, &mut add);
    }
}

/// garde and serde's plain typed parse on EventBridge's mirror structs; the typed value with
/// several violations for connschema's `validate`.
fn events_peers(case: &Case, add: &mut impl FnMut(&str, Box<dyn Fn()>)) {
    use connschema::aws::events::{ConnectionAuthorizationType, CreateConnectionRequest};
    use garde::Validate as _;

    let mirror: garde_events::Request = serde_json::from_slice(&case.valid).expect("mirror reads the document");
    assert!(mirror.validate().is_ok());
    add("validate/valid/garde", Box::new(move || _ = black_box(black_box(&mirror).validate())));
    let bytes = case.valid.clone();
    add(
        "floor/serde typed",
        Box::new(move || _ = black_box(serde_json::from_slice::<garde_events::Request>(black_box(&bytes)))),
    );

    let mut bad: CreateConnectionRequest = connschema::from_slice(&case.valid).expect("valid");
    bad.name = "my conn".into();
    bad.description = Some("x".repeat(600));
    bad.kms_key_identifier = Some("key id".into());
    bad.authorization_type = ConnectionAuthorizationType::Basic;
    let violations = bad.validate().expect_err("invalid").0.len();
    let mut bad_mirror: garde_events::Request = serde_json::from_slice(&case.valid).expect("mirror");
    bad_mirror.name = "my conn".into();
    bad_mirror.description = Some("x".repeat(600));
    bad_mirror.kms_key_identifier = Some("key id".into());
    bad_mirror.authorization_type = garde_events::AuthorizationType::Basic;
    // garde reports the AuthParameters rule once, connschema for each member it concerns.
    assert_eq!((violations, bad_mirror.validate().expect_err("invalid").iter().count()), (5, 4));
    add("validate/invalid/connschema", Box::new(move || _ = black_box(black_box(&bad).validate())));
    add("validate/invalid/garde", Box::new(move || _ = black_box(black_box(&bad_mirror).validate())));
}

fn routines() -> Vec<Routine> {
    use connschema::{aws, huaweicloud, versori};
    let mut out = Vec::new();
    for case in cases() {
        match case.op {
            "aws.events.CreateConnection" => routines_of::<aws::events::CreateConnectionRequest>(&case, &mut out),
            "huaweicloud.eg.CreateConnection" => routines_of::<huaweicloud::eg::ConnectionCreateReq>(&case, &mut out),
            "aws.networkmanager.CreateConnection" => {
                routines_of::<aws::networkmanager::CreateConnectionRequest>(&case, &mut out)
            }
            "aws.quicksight.CreateActionConnector" => {
                routines_of::<aws::quicksight::CreateActionConnectorRequest>(&case, &mut out)
            }
            "versori.platform.CreateConnectorConnection" => {
                routines_of::<versori::platform::ConnectionCreate>(&case, &mut out)
            }
            other => unreachable!("no benchmark for {other}"),
        }
    }
    out
}

/// `CONNSCHEMA_INSTRUCTIONS=<name>:<n>` runs routine `<name>` `n` times and nothing else, for
/// `benches/instructions.sh`, which counts instructions under callgrind.
fn main() {
    if let Ok(spec) = std::env::var("CONNSCHEMA_INSTRUCTIONS") {
        let (name, n) = spec.rsplit_once(':').expect("<name>:<iterations>");
        let n: u64 = n.parse().expect("a number of iterations");
        let all = routines();
        let (_, routine) = all.iter().find(|(id, _)| id == name).unwrap_or_else(|| panic!("no routine {name}"));
        (0..n).for_each(|_| routine());
        return;
    }
    if std::env::args().any(|a| a == "--list-routines") {
        routines().iter().for_each(|(name, _)| println!("{name}"));
        return;
    }
    let mut c = Criterion::default().configure_from_args();
    for (name, routine) in routines() {
        c.bench_function(&name, |b| b.iter(&routine));
    }
    c.final_summary();
}
