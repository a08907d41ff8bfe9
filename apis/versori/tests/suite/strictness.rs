//! "Deny unknown members" reaches every object inside a strict type, read in any member order: a
//! member read after the member that chooses its shape is as strict as the others. (The request
//! itself is strict from its root, so its own credentials never showed the difference.)

use connschema::{Code, Model};
use connschema_versori::platform::{CredentialData, CredentialType};
use serde_json::json;

/// A strict object whose `data` a `type` chooses, the way a credential's is.
#[derive(Debug, Model)]
#[model(deny_unknown_fields)]
struct Strict<'a> {
    #[model(rename = "type")]
    credential_type: CredentialType,
    #[model(chosen_by = "type")]
    data: CredentialData<'a>,
}

#[test]
fn a_member_read_after_its_chooser_is_as_strict_as_the_others() {
    let data = json!({"value": "s", "extra": 1});
    for doc in [json!({"type": "string", "data": data}), json!({"data": data, "type": "string"})] {
        let errors = connschema::from_str::<Strict>(&doc.to_string()).expect_err("an unknown member");
        let found: Vec<_> = errors.iter().map(|v| (v.path.pointer(), v.code)).collect();
        assert_eq!(found, [("/data/extra".to_owned(), Code::UnknownField)], "{doc}");
    }
}
