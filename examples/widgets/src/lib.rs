//! Acme Widgets `CreateWidget`: a small API of one's own, declared beside connschema's five the
//! way a user's crate would declare its own: models with `#[derive(Model)]`, an [`Operation`] for
//! them, and a [`Catalog`] that the tools work from (`src/bin/widgets.rs`, the command;
//! `src/bin/widgets-gen.rs`, the schema generator).

#[cfg(feature = "service")]
pub mod service;

use connschema::catalog::Catalog;
use connschema::http::{Http, Security};
use connschema::registry::{Message, Operation};
use connschema::{Bound, Code, Collector, Loc, Model, Secret, Shown};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// Creates a widget.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(
    rename_all = "camelCase",
    deny_unknown_fields,
    rule(check = url_for_http, schema = url_for_http_schema, reads(kind, present(url)))
)]
pub struct CreateWidgetRequest<'a> {
    /// The widget's name: a letter, then letters, digits and dashes.
    #[model(length(min = 1, max = 63), pattern = "[A-Za-z][A-Za-z0-9-]*")]
    pub name: Cow<'a, str>,

    /// What the widget serves.
    pub kind: WidgetKind,

    /// The port it listens on.
    #[model(range(min = 1, max = 65535))]
    pub port: u16,

    /// Where an `http` widget is reached; required for one.
    #[model(format = "uri")]
    pub url: Option<Cow<'a, str>>,

    /// Labels: lower-case names of at most 63 characters, values of at most 255.
    #[model(properties(
        max = 16,
        keys(length(min = 1, max = 63), pattern = "[a-z][a-z0-9-]*"),
        values(length(max = 255))
    ))]
    pub labels: Option<BTreeMap<Cow<'a, str>, Cow<'a, str>>>,

    /// Tags, each of 1 to 32 characters, none twice.
    #[model(items(max = 10, unique, each(length(min = 1, max = 32))))]
    pub tags: Option<Vec<Cow<'a, str>>>,

    /// The widget's share of traffic: above 0, at most 1.
    #[model(range(exclusive_min = 0, max = 1))]
    pub weight: Option<f64>,

    /// The key the widget presents upstream. Never shown.
    #[model(length(min = 16, max = 128))]
    pub api_key: Option<Secret<'a>>,
}

/// What a widget serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Model)]
#[model(rename_all = "snake_case")]
pub enum WidgetKind {
    Http,
    Tcp,
}

/// An `http` widget has a `url`.
fn url_for_http(kind: &WidgetKind, url: bool, loc: &Loc<'_>, cx: &mut Collector) {
    if *kind == WidgetKind::Http && !url {
        cx.report_with(&loc.key("url"), Code::Rule, "is required when kind is http", Bound::None, Shown::Missing);
    }
}

fn url_for_http_schema(_: &mut connschema::schemars::SchemaGenerator) -> connschema::serde_json::Value {
    connschema::serde_json::json!({
        "if": { "properties": { "kind": { "const": WidgetKind::Http.as_str() } }, "required": ["kind"] },
        // `requires` also declares `url` in the subschema, as ajv's strict mode asks.
        "then": connschema::schema::requires(&["url"])
    })
}

/// The widget created.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(rename_all = "camelCase")]
pub struct CreateWidgetResponse<'a> {
    /// The widget's id: `wdg-` and 8 hexadecimal digits.
    #[model(pattern = "wdg-[0-9a-f]{8}")]
    pub id: Cow<'a, str>,
    pub name: Cow<'a, str>,
    pub kind: WidgetKind,
    #[model(range(min = 1, max = 65535))]
    pub port: u16,
    /// When it was created.
    #[model(format = "date-time")]
    pub created_at: Cow<'a, str>,
}

/// Every refusal.
#[derive(Debug, Clone, PartialEq, Model)]
pub struct WidgetError<'a> {
    pub code: ErrorCode,
    pub message: Cow<'a, str>,
}

/// Why a request was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Model)]
#[model(rename_all = "snake_case")]
pub enum ErrorCode {
    Invalid,
    Conflict,
    Quota,
}

/// `POST /widgets`.
pub static CREATE_WIDGET: Operation = Operation {
    id: "acme.widgets.CreateWidget",
    method: "POST",
    path: "/widgets",
    http: Http::json("acme").security(&[Security::bearer("bearer", "An Acme API token.")]),
    messages: &[
        Message::of::<CreateWidgetRequest<'static>>("request"),
        Message::of::<CreateWidgetResponse<'static>>("response"),
        Message::of::<WidgetError<'static>>("error").with_statuses(&[400, 409, 429]),
    ],
};

static OPERATIONS: [&Operation; 1] = [&CREATE_WIDGET];

/// Acme's operations, their schemas under Acme's own `$id` base.
pub const CATALOG: Catalog = Catalog::new(&OPERATIONS, "https://widgets.example/schemas/");

/// The crate's `schemas/` folder, which `widgets-gen` writes.
pub fn schemas_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas")
}

/// The crate's example documents, a folder per message: `documents/<provider>/<service>/<Op>/<message>/`.
pub fn documents_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("documents")
}
