//! Looking operations and messages up by name, as the CLI and the WebAssembly validator do: a
//! mistyped name gets the nearest valid ones, a stranger none.

use connschema::catalog::Unknown;

#[test]
fn typos_find_their_names_and_strangers_find_none() {
    let catalog = connschema_cli::apis::catalog();
    let Ok((op, message)) = catalog.find("aws.events.CreateConnection", "request") else { panic!("shipped") };
    assert_eq!((op.id, message.name), ("aws.events.CreateConnection", "request"));

    let nearest = |typed: &str| match catalog.find_operation(typed) {
        Err(Unknown::Operation { nearest, .. }) => nearest,
        _ => panic!("{typed} is found"),
    };
    let unknown = |op: &str, message: &str| match catalog.find(op, message) {
        Err(unknown) => unknown.to_string(),
        Ok(_) => panic!("{op} {message} is found"),
    };
    assert_eq!(nearest("aws.event.CreateConnection"), ["aws.events.CreateConnection"]);
    assert_eq!(nearest("AWS.EVENTS.createconnection"), ["aws.events.CreateConnection"]);
    assert!(nearest("stripe.Charge").is_empty());

    assert_eq!(
        unknown("huaweicloud.eg.CreateConnection", "reqest"),
        "unknown message `reqest` of huaweicloud.eg.CreateConnection (did you mean `request`?); \
         it has: request, params, response, error"
    );
    assert_eq!(
        unknown("huaweicloud.eg.CreateConnection", "zzz"),
        "unknown message `zzz` of huaweicloud.eg.CreateConnection; it has: request, params, response, error"
    );
    assert_eq!(unknown("stripe.Charge", "request"), "unknown operation `stripe.Charge`");
}
