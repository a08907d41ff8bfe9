//! How `cargo xtask schemathesis` counts each operation's requests in the server's log.

use xtask::schemathesis::is_call;
use xtask::serve::request_line;

#[test]
fn requests_are_matched_to_their_operation() {
    let op = connschema_cli::apis::catalog().operation("versori.platform.CreateConnectorConnection").unwrap();
    let line = "2026-12-07T06:04:54Z  INFO connschema::serve: POST /o/A/connectors/B/connections 200 9us id=f";
    let (method, path) = request_line(line).unwrap();
    assert!(is_call(op, method, path));
    assert!(!is_call(op, "GET", path));
    assert!(!is_call(op, method, "/o/A/connectors//connections"));
    let events = connschema_cli::apis::catalog().operation("aws.events.CreateConnection").unwrap();
    assert!(is_call(events, "POST", "/") && !is_call(events, "POST", "/x"));
}
