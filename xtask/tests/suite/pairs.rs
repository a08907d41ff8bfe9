//! Documents that break a rule beside a wrong-typed member are in the corpus (`corpus/pairs.rs`).

use connschema::Code;
use xtask::corpus::{self, codes};

/// Each operation with a rule on its request gets such documents.
#[test]
fn every_request_rule_is_stacked_with_a_type_error() {
    for id in ["aws.events.CreateConnection", "aws.quicksight.CreateActionConnector", "huaweicloud.eg.CreateConnection"]
    {
        let op = connschema_cli::apis::catalog().operation(id).expect("operation");
        let message = op.message("request").expect("request");
        let docs = corpus::for_message(
            message,
            &connschema_cli::apis::catalog().schema(op, message),
            &corpus::examples(op, message).expect("examples"),
            0,
            1,
        );
        let stacked = docs
            .iter()
            .filter(|doc| {
                let found = codes(message, doc);
                found.contains(&Code::Rule) && found.contains(&Code::Type)
            })
            .count();
        assert!(stacked > 0, "{id}: no document breaks a rule beside a wrong type");
    }
}
