//! Models with a lifetime: `Cow<'a, str>` members borrow from the input where the string has no
//! escapes, and are checked, exported and serialized as `String` members are. serde's
//! `Deserialize` owns what it reads, so that `T<'static>` is `DeserializeOwned`.

use connschema::{Borrowable, Code, IntoOwned, Model, Validate};
use std::borrow::Cow;

#[derive(Debug, Clone, PartialEq, Model)]
#[model(rename_all = "PascalCase", deny_unknown_fields)]
struct Connection<'a> {
    #[model(length(min = 1, max = 8), pattern = r"[a-z]+")]
    name: Cow<'a, str>,
    description: Option<Cow<'a, str>>,
    parameters: Vec<Parameter<'a>>,
}

#[derive(Debug, Clone, PartialEq, Model)]
#[model(rename_all = "PascalCase")]
struct Parameter<'a> {
    key: Cow<'a, str>,
    tagged: Option<Tagged<'a>>,
}

#[derive(Debug, Clone, PartialEq, Model)]
#[model(tag = "kind", rename_all = "kebab-case")]
enum Tagged<'a> {
    Header(Header<'a>),
}

#[derive(Debug, Clone, PartialEq, Model)]
#[model(rename_all = "PascalCase")]
struct Header<'a> {
    key: Cow<'a, str>,
}

#[allow(clippy::ptr_arg)] // Whether it borrows is the point.
fn is_borrowed(value: &Cow<'_, str>) -> bool {
    matches!(value, Cow::Borrowed(_))
}

#[test]
fn members_borrow_from_the_input_unless_they_have_escapes() {
    let text = r#"{"Name": "crm", "Description": "line\nbreak", "Parameters": [{"Key": "x-tenant"}]}"#;
    let parsed: Connection<'_> = connschema::from_str(text).expect("valid");
    assert!(is_borrowed(&parsed.name));
    assert!(is_borrowed(&parsed.parameters[0].key));
    let description = parsed.description.as_ref().expect("present");
    assert!(!is_borrowed(description), "an escaped string cannot be borrowed");
    assert_eq!(description, "line\nbreak");
}

#[test]
fn borrowed_members_are_checked_as_strings_are() {
    let text = br#"{"Name": "My Conn Name", "Parameters": [{"Key": 1}], "Extra": true}"#;
    let errors = connschema::from_slice::<Connection<'_>>(text).expect_err("invalid");
    let found: Vec<(String, Code)> = errors.iter().map(|v| (v.path.pointer(), v.code)).collect();
    let found: Vec<(&str, Code)> = found.iter().map(|(path, code)| (path.as_str(), *code)).collect();
    assert_eq!(
        found,
        [
            ("/Name", Code::Length),
            ("/Name", Code::Pattern),
            ("/Parameters/0/Key", Code::Type),
            ("/Extra", Code::UnknownField)
        ]
    );

    let built = Connection { name: "".into(), description: None, parameters: vec![] };
    let errors = built.validate().expect_err("too short");
    assert_eq!(errors[0].path, "/Name");
    assert_eq!(errors[0].code, Code::Length);
}

#[test]
fn borrowed_members_read_through_tagged_objects() {
    let text = r#"{"Name": "crm", "Parameters": [{"Key": "a", "Tagged": {"kind": "header", "Key": "b"}}]}"#;
    let parsed: Connection<'_> = connschema::from_str(text).expect("valid");
    let Some(Tagged::Header(inner)) = &parsed.parameters[0].tagged else { panic!("tagged member read") };
    assert!(is_borrowed(&inner.key));
    let written = serde_json::to_value(&parsed).expect("serializes");
    assert_eq!(written, serde_json::from_str::<serde_json::Value>(text).expect("JSON"));
}

#[test]
fn members_beside_a_chosen_member_borrow_wherever_its_chooser_is() {
    use connschema_versori::platform::{CredentialCreate, CredentialData};
    // Only the chosen member waits for its chooser: the members around it are read from the input.
    for text in [
        r#"{"name": "crm", "type": "string", "data": {"value": "v"}}"#,
        r#"{"data": {"value": "v"}, "name": "crm", "type": "string"}"#,
    ] {
        let parsed: CredentialCreate<'_> = connschema::from_str(text).expect("valid");
        assert!(is_borrowed(&parsed.name), "{text}");
        assert!(matches!(parsed.data, CredentialData::String(_)), "{text}");
    }
}

/// What web frameworks' JSON extractors (axum's `Json<T>`) require of a body type.
fn owned_by_serde<T: serde::de::DeserializeOwned>(text: &str) -> T {
    serde_json::from_str(text).expect("valid through serde")
}

#[test]
fn serde_reads_an_owned_value_that_into_owned_also_gives() {
    let text = r#"{"Name": "crm", "Parameters": [{"Key": "a", "Tagged": {"kind": "header", "Key": "b"}}]}"#;
    let through_serde: Connection<'static> = owned_by_serde(text);
    let Some(Tagged::Header(inner)) = &through_serde.parameters[0].tagged else { panic!("tagged member read") };
    assert!(!is_borrowed(&inner.key) && !is_borrowed(&through_serde.name));

    let owned = {
        let input = text.to_owned();
        connschema::from_str::<Connection<'_>>(&input).expect("valid").into_owned()
    };
    assert!(!is_borrowed(&owned.name));
    assert_eq!(owned, through_serde);

    // serde still validates, and reports every violation.
    let error = serde_json::from_str::<Connection<'static>>(r#"{"Name": "", "Parameters": 1}"#).expect_err("invalid");
    assert!(error.to_string().contains("/Name") && error.to_string().contains("/Parameters"), "{error}");
}

#[test]
fn borrowable_reads_a_model_at_the_input_lifetime() {
    fn parse_owned<T: Borrowable>(bytes: &[u8]) -> T {
        connschema::from_slice::<T::Borrowing<'_>>(bytes).expect("valid").into_owned()
    }
    let parsed: Connection<'static> = parse_owned(br#"{"Name": "crm", "Parameters": []}"#);
    assert_eq!(parsed.name, "crm");
}

#[test]
fn the_schema_of_a_borrowed_member_is_a_string() {
    let schema = connschema::schema::export_with_id::<Connection<'static>>("https://connschema.test/borrowed.json");
    assert_eq!(schema["properties"]["Name"]["type"], "string");
    assert_eq!(schema["properties"]["Name"]["maxLength"], 8);
}
