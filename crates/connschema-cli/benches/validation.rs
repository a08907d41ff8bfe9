//! connschema against its peers, side by side in one run (`cargo bench -p connschema`):
//!
//! - `validate`: typed `Validate::validate` on a value already parsed (valid; invalid with several
//!   violations), against garde on hand-annotated structs with the same constraints (EventBridge);
//! - `from_slice`: bytes to a validated typed value, against bytes to `serde_json::Value` to the
//!   `jsonschema` crate (`is_valid`, and `iter_errors` collecting every error with its path) on the
//!   exported schema, compiled once;
//! - `jsonschema`'s work alone on a `Value` already parsed;
//! - the floors: serde's own typed parse with no validation (EventBridge's mirror structs, with
//!   owned `String` members and with `&str` members borrowed from the input, as connschema's models
//!   borrow), and parsing to `serde_json::Value`.
//!
//! BENCHMARKS.md holds the figures and how they were taken.

#[path = "peers/garde_events.rs"]
mod garde_events;
#[path = "peers/serde_floors.rs"]
mod serde_floors;

use connschema::registry::Model;
use connschema::{IntoOwned, Validate};
use criterion::Criterion;
use serde_json::Value;
use std::hint::black_box;

/// An example document as its file gives it, without the whitespace between tokens: its members
/// keep the file's order (a `serde_json::Value` would sort them, `preserve_order` being off), and
/// member order is part of what a reader is measured on.
fn example(path: &str) -> String {
    let provider = path.split('/').next().unwrap_or_default();
    let file = connschema_testing::documents_dir(provider).join(path);
    let text = std::fs::read_to_string(&file).expect("example exists");
    let mut out = String::with_capacity(text.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in text.chars() {
        if in_string {
            out.push(c);
            (in_string, escaped) = (escaped || c != '"', !escaped && c == '\\');
        } else if c == '"' {
            out.push(c);
            in_string = true;
        } else if !c.is_ascii_whitespace() {
            out.push(c);
        }
    }
    out
}

/// `doc` with each `(from, to)` spliced in; each `from` must occur exactly once.
fn spliced(doc: &str, edits: &[(&str, &str)]) -> String {
    edits.iter().fold(doc.to_owned(), |doc, (from, to)| {
        assert_eq!(doc.matches(from).count(), 1, "{from} occurs once");
        doc.replace(from, to)
    })
}

/// EventBridge with 100 header, 100 query string and 100 body parameters.
fn large_events_request() -> String {
    let params = |kind: &str| -> String {
        let list: Vec<String> = (0..100)
            .map(|i| {
                format!(r#"{{"Key":"x-{kind}-{i}","Value":"value {i} of {kind}","IsValueSecret":{}}}"#, i % 2 == 0)
            })
            .collect();
        list.join(",")
    };
    format!(
        r#"{{"Name":"large-connection","Description":"EventBridge connection with the most invocation parameters","AuthorizationType":"API_KEY","AuthParameters":{{"ApiKeyAuthParameters":{{"ApiKeyName":"x-api-key","ApiKeyValue":"k3y-value"}},"InvocationHttpParameters":{{"HeaderParameters":[{}],"QueryStringParameters":[{}],"BodyParameters":[{}]}}}}}}"#,
        params("header"),
        params("query"),
        params("body")
    )
}

/// One document, valid, and a copy of it with several violations.
struct Case {
    name: &'static str,
    op: &'static str,
    valid: Vec<u8>,
    invalid: Vec<u8>,
}

fn cases() -> Vec<Case> {
    let case = |name, op, valid: String, edits: &[(&str, &str)]| Case {
        name,
        op,
        invalid: spliced(&valid, edits).into_bytes(),
        valid: valid.into_bytes(),
    };
    let long = "x".repeat(600);
    let (long_name, long_description, long_vpc) =
        (format!(r#""Key":"{long}""#), format!(r#""Description":"{long}""#), format!(r#""vpc_id":"{long}""#));
    vec![
        case(
            "events_oauth",
            "aws.events.CreateConnection",
            example("aws/events/CreateConnection/request/oauth-http-parameters.json"),
            &[
                (r#""Name":"crm-oauth-parameters""#, r#""Name":"my conn""#),
                (
                    r#""Description":"OAuth client credentials with extra header, query and body parameters""#,
                    &long_description,
                ),
                (r#""ClientID":"eventbridge-client""#, r#""ClientID":"client\u0001""#),
                (r#""HttpMethod":"POST""#, r#""HttpMethod":"PATCH""#),
            ],
        ),
        case(
            "events_large",
            "aws.events.CreateConnection",
            large_events_request(),
            &[
                (r#""Name":"large-connection""#, r#""Name":"my conn""#),
                (r#""Key":"x-header-50""#, r#""Key":"bad key""#),
                (r#""Value":"value 99 of query""#, r#""Value":"bad\u0000""#),
                (r#""AuthorizationType":"API_KEY""#, r#""AuthorizationType":"BASIC""#),
            ],
        ),
        case(
            "huawei_kafka",
            "huaweicloud.eg.CreateConnection",
            example("huaweicloud/eg/CreateConnection/request/kafka-sasl.json"),
            &[
                (r#""name":"orders.kafka_1""#, r#""name":"default""#),
                (r#""acks":"all""#, r#""acks":"2""#),
                (r#""vpc_id":"0b8c5a3f-4f1e-4d7e-9c1b-2a3b4c5d6e7f""#, &long_vpc),
            ],
        ),
        case(
            "networkmanager",
            "aws.networkmanager.CreateConnection",
            example("aws/networkmanager/CreateConnection/request/devices.json"),
            &[
                (r#""DeviceId":"device-07f6fd08867abc123""#, r#""DeviceId":"device-X""#),
                (r#""Key":"owner""#, &long_name),
                (r#""LinkId":"link-11112222aaaabbbb1""#, r#""LinkId":7"#),
            ],
        ),
        case(
            "quicksight_oauth",
            "aws.quicksight.CreateActionConnector",
            example("aws/quicksight/CreateActionConnector/request/oauth-client-credentials.json"),
            &[
                (r#""ActionConnectorId":"servicenow-incidents""#, r#""ActionConnectorId":"quicksuite-x""#),
                (r#""Type":"SERVICENOW_NOW_PLATFORM""#, r#""Type":"servicenow""#),
                (r#""AuthenticationType":"OAUTH2_CLIENT_CREDENTIALS""#, r#""AuthenticationType":"BASIC""#),
            ],
        ),
        case(
            "versori_oauth2",
            "versori.platform.CreateConnectorConnection",
            example("versori/platform/CreateConnectorConnection/request/reference-and-oauth2.json"),
            &[
                (r#""id":"01JD7ZA1B2C3D4E5F6G7H8J9KM""#, r#""id":"not-a-ulid""#),
                (
                    r#""authorizeUrl":"","tokenUrl":"https://login.crm.example.com/oauth2/token""#,
                    r#""authorizeUrl":"","tokenUrl":"no scheme""#,
                ),
                (
                    r#""credential":{"id":"01JD7ZC5D6E7F8G9HAJBKCMDNE"}"#,
                    r#""credential":{"id":"01JD7ZC5D6E7F8G9HAJBKCMDN"}"#,
                ),
            ],
        ),
    ]
}

fn peer(op: &str) -> connschema_testing::Validator {
    let op = connschema_cli::apis::catalog().operation(op).expect("operation");
    let schema = connschema_cli::apis::catalog().schema(op, op.message("request").expect("request"));
    connschema_testing::peer(&schema).expect("schema compiles")
}

/// The errors jsonschema reports, each with its path: what connschema's `Err` holds.
fn all_errors(validator: &connschema_testing::Validator, doc: &Value) -> Vec<(String, String)> {
    validator.iter_errors(doc).map(|e| (e.instance_path().to_string(), e.to_string())).collect()
}

/// One measured routine: its name (`<case>/<what>/<who>`) and the work of one iteration.
type Routine = (String, Box<dyn Fn()>);

fn routines_of<T: Model>(case: &Case, out: &mut Vec<Routine>) {
    let validator = std::rc::Rc::new(peer(case.op));
    let typed: T = connschema::from_slice::<T::Borrowing<'_>>(&case.valid).expect("valid document").into_owned();
    let (valid_value, invalid_value): (Value, Value) =
        (serde_json::from_slice(&case.valid).expect("JSON"), serde_json::from_slice(&case.invalid).expect("JSON"));
    assert!(connschema::from_slice::<T::Borrowing<'_>>(&case.invalid).is_err() && !validator.is_valid(&invalid_value));
    assert!(validator.is_valid(&valid_value));
    let (valid, invalid) = (case.valid.clone(), case.invalid.clone());
    let mut add = |what: &str, f: Box<dyn Fn()>| out.push((format!("{}/{what}", case.name), f));

    add("validate/valid/connschema", Box::new(move || _ = black_box(black_box(&typed).validate())));
    let (v, doc) = (validator.clone(), valid_value);
    add("validate/valid/jsonschema is_valid", Box::new(move || _ = black_box(v.is_valid(black_box(&doc)))));
    let (v, doc) = (validator.clone(), invalid_value);
    add("validate/invalid/jsonschema iter_errors", Box::new(move || _ = black_box(all_errors(&v, black_box(&doc)))));
    let bytes = valid.clone();
    add(
        "from_slice/valid/connschema",
        Box::new(move || _ = black_box(connschema::from_slice::<T::Borrowing<'_>>(black_box(&bytes)))),
    );
    let (v, bytes) = (validator.clone(), valid.clone());
    add(
        "from_slice/valid/jsonschema is_valid",
        Box::new(move || _ = black_box(v.is_valid(&serde_json::from_slice::<Value>(black_box(&bytes)).expect("JSON")))),
    );
    let bytes = invalid.clone();
    add(
        "from_slice/invalid/connschema",
        Box::new(move || _ = black_box(connschema::from_slice::<T::Borrowing<'_>>(black_box(&bytes)))),
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
    use connschema_aws::events::{ConnectionAuthorizationType, CreateConnectionRequest};
    use garde::Validate as _;

    let mirror: garde_events::Request<String> = serde_json::from_slice(&case.valid).expect("mirror reads the document");
    assert!(mirror.validate().is_ok());
    add("validate/valid/garde", Box::new(move || _ = black_box(black_box(&mirror).validate())));
    let bytes = case.valid.clone();
    add(
        "floor/serde typed",
        Box::new(move || _ = black_box(serde_json::from_slice::<garde_events::Request<String>>(black_box(&bytes)))),
    );
    let bytes = case.valid.clone();
    add(
        "floor/serde typed borrowed",
        Box::new(move || _ = black_box(serde_json::from_slice::<garde_events::Request<&str>>(black_box(&bytes)))),
    );

    let mut bad: CreateConnectionRequest<'static> = serde_json::from_slice(&case.valid).expect("valid");
    bad.name = "my conn".into();
    bad.description = Some("x".repeat(600).into());
    bad.kms_key_identifier = Some("key id".into());
    bad.authorization_type = ConnectionAuthorizationType::Basic;
    let violations = bad.validate().expect_err("invalid").len();
    let mut bad_mirror: garde_events::Request<String> = serde_json::from_slice(&case.valid).expect("mirror");
    bad_mirror.name = "my conn".into();
    bad_mirror.description = Some("x".repeat(600));
    bad_mirror.kms_key_identifier = Some("key id".into());
    bad_mirror.authorization_type = garde_events::AuthorizationType::Basic;
    // garde reports the AuthParameters rule once, connschema for each member it concerns.
    assert_eq!((violations, bad_mirror.validate().expect_err("invalid").iter().count()), (5, 4));
    add("validate/invalid/connschema", Box::new(move || _ = black_box(black_box(&bad).validate())));
    add("validate/invalid/garde", Box::new(move || _ = black_box(black_box(&bad_mirror).validate())));
}

/// serde's typed parse of a case's valid document into its borrowing mirror (`serde_floors`), no
/// checks. (A macro: a type that borrows is `Deserialize<'de>` for one lifetime, not for all.)
macro_rules! floor {
    ($case:expr, $out:expr, $mirror:ident) => {{
        let (name, bytes) = ($case.name, $case.valid.clone());
        if let Err(e) = serde_json::from_slice::<serde_floors::$mirror<'_>>(&bytes) {
            panic!("{name}: the mirror reads the document: {e}");
        }
        $out.push((
            format!("{name}/floor/serde typed borrowed"),
            Box::new(move || _ = black_box(serde_json::from_slice::<serde_floors::$mirror<'_>>(black_box(&bytes)))),
        ));
    }};
}

fn routines() -> Vec<Routine> {
    use {connschema_aws as aws, connschema_huaweicloud as huaweicloud, connschema_versori as versori};
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
    for case in cases() {
        match case.name {
            "huawei_kafka" => floor!(&case, &mut out, Huawei),
            "networkmanager" => floor!(&case, &mut out, NetworkManager),
            "quicksight_oauth" => floor!(&case, &mut out, QuickSight),
            "versori_oauth2" => floor!(&case, &mut out, Versori),
            _ => {} // EventBridge's floor is garde's mirror (`events_peers`).
        }
    }
    hostile_list(&mut out);
    out
}

/// A long invalid list: EventBridge with 1,000 header parameters, each with a key that breaks its
/// pattern and a value of the wrong type (2,001 violations, with the list's length): what reading
/// a hostile body costs, keeping every violation and keeping the first 100 (as `Valid<T>` and
/// `connschema serve` do).
fn hostile_list(out: &mut Vec<Routine>) {
    use connschema_aws::events::CreateConnectionRequest;
    let item = r#"{"Key":"bad key:","Value":"v","IsValueSecret":"yes"}"#;
    let list = vec![item; 1000].join(",");
    let doc = format!(
        r#"{{"Name":"n","AuthorizationType":"BASIC","AuthParameters":{{"BasicAuthParameters":{{"Username":"u","Password":"p"}},"InvocationHttpParameters":{{"HeaderParameters":[{list}]}}}}}}"#
    )
    .into_bytes();
    let all = connschema::from_slice::<CreateConnectionRequest>(&doc).expect_err("invalid");
    assert_eq!(all.len(), 2001); // and the list over its 100 items
    let bytes = doc.clone();
    out.push((
        "events_hostile/from_slice/invalid/connschema".into(),
        Box::new(move || _ = black_box(connschema::from_slice::<CreateConnectionRequest>(black_box(&bytes)))),
    ));
    let limits = connschema::Limits::violations(100);
    out.push((
        "events_hostile/from_slice/invalid/connschema, 100 kept".into(),
        Box::new(move || {
            _ = black_box(connschema::from_slice_with::<CreateConnectionRequest>(black_box(&doc), &limits))
        }),
    ));
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
