//! docs/contracts.md §4 for Huawei EG: a name is not `default`; `kafka_detail` is required when `type` is
//! `KAFKA`; `user_name` and `password` are required when `enable_sasl_ssl` is true; a request carries
//! a token or an AK/SK signature. Each check sits beside its schema.

use super::kafka::{ConnectionType, KafkaConnectionDetail};
use connschema::serde_json::{json, Value};
use connschema::{Bound, Code, Collector, Loc, Shown};
use std::borrow::Cow;

const RESERVED_NAME: &str = "default";

fn name_not_default(name: Option<&str>, loc: &Loc<'_>, cx: &mut Collector) {
    if name == Some(RESERVED_NAME) {
        cx.report_lazily(&loc.key("name"), Code::Rule, || {
            (format!("must not be \"{RESERVED_NAME}\""), Bound::None, Shown::text(RESERVED_NAME))
        });
    }
}

pub fn request_name_not_default(name: &str, loc: &Loc<'_>, cx: &mut Collector) {
    name_not_default(Some(name), loc, cx);
}

pub fn response_name_not_default(name: Option<&Cow<'_, str>>, loc: &Loc<'_>, cx: &mut Collector) {
    name_not_default(name.map(|name| &**name), loc, cx);
}

pub fn name_not_default_schema(_: &mut connschema::schemars::SchemaGenerator) -> Value {
    json!({ "properties": { "name": { "not": { "const": RESERVED_NAME } } } })
}

/// Reads whether `kafka_detail` is there at all: one that is there but invalid is reported for
/// what is wrong in it, not as missing.
pub fn kafka_detail_for_kafka(ty: Option<&ConnectionType>, kafka_detail: bool, loc: &Loc<'_>, cx: &mut Collector) {
    if ty == Some(&ConnectionType::Kafka) && !kafka_detail {
        let message = "is required when type is KAFKA";
        cx.report_with(&loc.key("kafka_detail"), Code::Rule, message, Bound::None, Shown::Missing);
    }
}

pub fn kafka_detail_for_kafka_schema(_: &mut connschema::schemars::SchemaGenerator) -> Value {
    json!({
        "if": { "properties": { "type": { "const": ConnectionType::Kafka.as_str() } }, "required": ["type"] },
        "then": connschema::schema::requires(&["kafka_detail"])
    })
}

/// The members SASL_SSL needs.
const SASL_MEMBERS: [&str; 2] = ["user_name", "password"];

pub fn sasl_credentials(kafka_detail: Option<&KafkaConnectionDetail<'_>>, loc: &Loc<'_>, cx: &mut Collector) {
    let Some(kafka) = kafka_detail.filter(|k| k.enable_sasl_ssl) else {
        return;
    };
    let present = [kafka.user_name.is_some(), kafka.password.is_some()];
    let at = loc.key("kafka_detail");
    for (member, present) in SASL_MEMBERS.into_iter().zip(present) {
        if !present {
            let message = "is required when enable_sasl_ssl is true";
            cx.report_with(&at.key(member), Code::Rule, message, Bound::None, Shown::Missing);
        }
    }
}

pub fn sasl_credentials_schema(_: &mut connschema::schemars::SchemaGenerator) -> Value {
    json!({
        "properties": {
            "kafka_detail": {
                "type": "object",
                "if": { "properties": { "enable_sasl_ssl": { "const": true } }, "required": ["enable_sasl_ssl"] },
                "then": connschema::schema::requires(&SASL_MEMBERS)
            }
        }
    })
}

/// The token and signature headers, as the params message names them.
const TOKEN: &str = "X-Auth-Token";
const SIGNATURE: &str = "Authorization";
const SIGNATURE_DATE: &str = "X-Sdk-Date";

/// A token or an AK/SK signature authenticates the request, and a signature has its date. With
/// neither, the token is reported missing: it is the one the documentation's header table lists.
pub fn token_or_signature(token: bool, signature: bool, date: bool, loc: &Loc<'_>, cx: &mut Collector) {
    if !token && !signature {
        let message = "is required unless the request is signed with AK/SK (Authorization)";
        cx.report_with(&loc.key(TOKEN), Code::Rule, message, Bound::None, Shown::Missing);
    }
    if signature && !date {
        let message = "is required with an AK/SK Authorization";
        cx.report_with(&loc.key(SIGNATURE_DATE), Code::Rule, message, Bound::None, Shown::Missing);
    }
}

pub fn token_or_signature_schema(_: &mut connschema::schemars::SchemaGenerator) -> Value {
    json!({
        "anyOf": [connschema::schema::requires(&[TOKEN]), connschema::schema::requires(&[SIGNATURE])],
        "dependentRequired": { SIGNATURE: [SIGNATURE_DATE] }
    })
}
