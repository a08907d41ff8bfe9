//! What an operation is: its messages, each a [`Model`] type, and how it travels over HTTP. An
//! API crate declares its operations as `static`s of [`Operation`]; a
//! [`Catalog`](crate::catalog::Catalog) gathers them for the tools.

use crate::http::Http;
use crate::patterns::{PatternInventory, Patterns};
use crate::{schema, Borrowable, IntoOwned, Limits, Validate, Violations};
use schemars::JsonSchema;
use serde_json::{json, Map, Value};
use std::any::Any;
use std::fmt;

/// A type that is one whole message, in its owned form (`T<'static>`): parsed (borrowing from the
/// input, then made owned), validated and exported as a schema.
pub trait Model: Borrowable + Validate + Patterns + JsonSchema + fmt::Debug + Send + Sync {}

impl<T: Borrowable + Validate + Patterns + JsonSchema + fmt::Debug + Send + Sync> Model for T {}

/// One documented message of an operation (`request`, `params`, `response`, `error.<Name>`).
#[derive(Clone, Copy)]
pub struct Message {
    pub name: &'static str,
    /// Documented headers that go with this message but are not body members.
    pub headers: &'static [&'static str],
    /// The HTTP statuses this message is answered with (an error's; empty: any status the others
    /// do not name, OpenAPI's `default`). A `response` is the binding's success status.
    pub statuses: &'static [u16],
    parse: ParseFn,
    check: fn(&[u8], &Limits) -> Result<(), Violations>,
    schema: fn(&str) -> Value,
    patterns: fn(&mut PatternInventory),
}

type ParseFn = fn(&[u8], &Limits) -> Result<Box<dyn Parsed>, Violations>;

/// A document of some message, parsed and valid: its type is known only at run time.
pub trait Parsed: Any + fmt::Debug + Validate + Send + Sync {}

impl<T: Any + fmt::Debug + Validate + Send + Sync> Parsed for T {}

impl Message {
    pub const fn of<T: Model>(name: &'static str) -> Self {
        Self {
            name,
            headers: &[],
            statuses: &[],
            parse: parse_bytes::<T>,
            check: check_bytes::<T>,
            schema: schema::export_with_id::<T>,
            patterns: <T as Patterns>::visit_patterns,
        }
    }

    pub const fn with_headers(self, headers: &'static [&'static str]) -> Self {
        Self { headers, ..self }
    }

    /// The HTTP statuses an error message is answered with.
    pub const fn with_statuses(self, statuses: &'static [u16]) -> Self {
        Self { statuses, ..self }
    }

    /// The schema of this message's type as the type declares it, `$id` `id`: a secret member is
    /// `writeOnly` wherever it stands, answers included (the exported schema of an answer marks
    /// none, see [`Operation::schema_under`]). Where the secrets of any message are.
    pub fn type_schema(&self, id: &str) -> Value {
        (self.schema)(id)
    }

    /// Records the member patterns of this message's type and the types inside it.
    pub fn visit_patterns(&self, found: &mut PatternInventory) {
        (self.patterns)(found)
    }

    /// Parses and validates one document of this message.
    pub fn validate(&self, bytes: &[u8]) -> Result<(), Violations> {
        (self.check)(bytes, &Limits::ALL)
    }

    /// [`Message::validate`], keeping what `limits` allow (see [`Limits`]).
    pub fn validate_with(&self, bytes: &[u8], limits: &Limits) -> Result<(), Violations> {
        (self.check)(bytes, limits)
    }

    /// Parses and validates one document of this message, keeping the typed value.
    ///
    /// ```
    /// use connschema::registry::Message;
    /// use connschema::{Model, Secret};
    /// use std::borrow::Cow;
    ///
    /// #[derive(Debug, Model)]
    /// struct Login<'a> {
    ///     user: Cow<'a, str>,
    ///     password: Secret<'a>,
    /// }
    ///
    /// let request = Message::of::<Login<'static>>("request");
    /// let parsed = request.parse(br#"{"user": "u", "password": "hunter2"}"#).unwrap();
    /// assert!(!format!("{parsed:?}").contains("hunter2"));
    /// ```
    pub fn parse(&self, bytes: &[u8]) -> Result<Box<dyn Parsed>, Violations> {
        (self.parse)(bytes, &Limits::ALL)
    }

    /// [`Message::parse`], keeping what `limits` allow (see [`Limits`]).
    pub fn parse_with(&self, bytes: &[u8], limits: &Limits) -> Result<Box<dyn Parsed>, Violations> {
        (self.parse)(bytes, limits)
    }
}

/// Reads the document borrowing from `bytes`, and keeps nothing: no copy of its strings.
fn check_bytes<T: Model>(bytes: &[u8], limits: &Limits) -> Result<(), Violations> {
    crate::from_slice_with::<T::Borrowing<'_>>(bytes, limits).map(drop)
}

fn parse_bytes<T: Model>(bytes: &[u8], limits: &Limits) -> Result<Box<dyn Parsed>, Violations> {
    crate::from_slice_with::<T::Borrowing<'_>>(bytes, limits)
        .map(|value| Box::new(value.into_owned()) as Box<dyn Parsed>)
}

/// One API operation and its messages.
pub struct Operation {
    /// `<provider>.<service>.<Operation>`, e.g. `acme.widgets.CreateWidget`.
    pub id: &'static str,
    pub method: &'static str,
    /// The documented path template.
    pub path: &'static str,
    /// How it travels over HTTP: protocol, parameters, security, statuses.
    pub http: Http,
    pub messages: &'static [Message],
}

impl Operation {
    pub fn message(&self, name: &str) -> Option<&Message> {
        self.messages.iter().find(|m| m.name == name)
    }

    /// This operation's entry in `schemas/index.json` (see [`Catalog::index`](crate::catalog::Catalog::index)): its id, wire protocol,
    /// method, path template, the headers every request carries with a fixed value
    /// (`requestHeaders`), message files and the headers documented
    /// beside its messages.
    pub fn index_entry(&self) -> Value {
        let messages: Map<String, Value> =
            self.messages.iter().map(|m| (m.name.to_owned(), self.schema_path(m).into())).collect();
        let headers: Map<String, Value> = self
            .messages
            .iter()
            .filter(|m| !m.headers.is_empty())
            .map(|m| (m.name.to_owned(), json!(m.headers)))
            .collect();
        let mut entry = json!({
            "id": self.id,
            "protocol": self.http.protocol,
            "method": self.method,
            "path": self.path,
            "messages": messages,
        });
        if !self.http.fixed_headers.is_empty() {
            let fixed: Map<String, Value> =
                self.http.fixed_headers.iter().map(|(name, value)| ((*name).to_owned(), (*value).into())).collect();
            entry["requestHeaders"] = fixed.into();
        }
        if !headers.is_empty() {
            entry["headers"] = headers.into();
        }
        entry
    }

    /// The schema file of `message`, relative to `schemas/`:
    /// `acme/widgets/CreateWidget/request.json`.
    pub fn schema_path(&self, message: &Message) -> String {
        format!("{}/{}.json", self.id.replace('.', "/"), message.name)
    }

    /// The schema of `message` with its `$id` under `id_base`.
    ///
    /// A secret member is `writeOnly` where a client writes it: in the `request` and `params`
    /// messages. An answer never holds a secret (a service leaves it out, or sends the member
    /// with its value replaced where the vendor's model requires it), so its schema marks nothing `writeOnly`: OpenAPI reads a `writeOnly` member of a
    /// response as one that must not be there, which would contradict the vendor's `required`.
    pub fn schema_under(&self, id_base: &str, message: &Message) -> Value {
        let mut schema = message.type_schema(&format!("{id_base}{}", self.schema_path(message)));
        if !matches!(message.name, "request" | "params") {
            schema::remove_keyword(&mut schema, "writeOnly");
        }
        schema
    }
}
