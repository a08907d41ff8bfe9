//! `from_strings_with` (how a service reads the path, query and header parameters) and
//! `from_slice_with` on the same members as a JSON object: the same value, or the same violations.

use connschema::{Collect, Limits};
use connschema_aws as aws;
use connschema_huaweicloud as huaweicloud;
use connschema_versori as versori;
use serde_json::{Map, Value};
use std::fmt::Debug;

/// Both readers on `members`, which must agree.
fn same<'a, T: Collect<'a> + Debug + PartialEq>(members: &'a [(String, String)], json: &'a str) {
    let pairs = members.iter().map(|(k, v)| (k.as_str(), v.as_str()));
    let (strings, text) =
        (connschema::from_strings_with::<T>(pairs, &Limits::ALL), connschema::from_slice::<T>(json.as_bytes()));
    match (&strings, &text) {
        (Ok(a), Ok(b)) => assert_eq!(a, b, "{json}"),
        (Err(a), Err(b)) => assert_eq!(format!("{a:?}"), format!("{b:?}"), "{json}"),
        _ => panic!("{json}: {strings:?} against {text:?}"),
    }
}

/// The example parameters of `op`, and variants: each member removed, emptied, made 300 characters
/// long, and an unknown member added.
fn variants(op: &str) -> Vec<Vec<(String, String)>> {
    let dir = connschema_testing::documents_dir(op).join(op.replace('.', "/")).join("params");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("examples") {
        let text = std::fs::read_to_string(entry.expect("entry").path()).expect("readable");
        let map: Map<String, Value> = serde_json::from_str(&text).expect("an object");
        let members: Vec<(String, String)> =
            map.into_iter().map(|(k, v)| (k, v.as_str().expect("a string").to_owned())).collect();
        for i in 0..members.len() {
            let mut removed = members.clone();
            removed.remove(i);
            out.push(removed);
            for value in [String::new(), "x".repeat(300)] {
                let mut changed = members.clone();
                changed[i].1 = value;
                out.push(changed);
            }
        }
        let mut unknown = members.clone();
        unknown.push(("Unknown-Header".into(), "v".into()));
        out.push(unknown);
        out.push(members);
    }
    out
}

fn json(members: &[(String, String)]) -> String {
    Value::Object(members.iter().map(|(k, v)| (k.clone(), Value::from(v.as_str()))).collect()).to_string()
}

#[test]
fn both_readers_agree_on_every_params_message() {
    let mut checked = 0;
    macro_rules! each {
        ($($op:literal => $ty:ty),*) => {$(
            for members in variants($op) {
                same::<$ty>(&members, &json(&members));
                checked += 1;
            }
        )*};
    }
    each!(
        "aws.networkmanager.CreateConnection" => aws::networkmanager::CreateConnectionParams,
        "aws.quicksight.CreateActionConnector" => aws::quicksight::CreateActionConnectorParams,
        "huaweicloud.eg.CreateConnection" => huaweicloud::eg::CreateConnectionParams,
        "versori.platform.CreateConnectorConnection" => versori::platform::CreateConnectorConnectionParams
    );
    assert!(checked >= 30, "{checked}");
}
