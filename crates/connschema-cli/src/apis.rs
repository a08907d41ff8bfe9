//! The APIs the `connschema` command ships, each named once, here: its module and its operation
//! (and, with `serve`, the module's local handler).
//! The order is the documentation set's, which `list`, `index.json` and the OpenAPI documents
//! keep. Adding an API is its crate under `apis/` and one line below.

use connschema::catalog::Catalog;
use connschema::registry::Operation;
#[cfg(feature = "serve")]
use {axum::Router, connschema_axum::local::Store, std::sync::Arc};

/// The base of every shipped schema's absolute `$id`.
pub const ID_BASE: &str = "https://connschema.dev/schemas/";

macro_rules! apis {
    ($($module:path => $operation:ident,)*) => {
        /// Every shipped operation, in the documentation set's order.
        pub static OPERATIONS: [&Operation; [$(stringify!($operation)),*].len()] = [$({ use $module as api; &api::$operation }),*];

        /// `router` with every shipped operation's local handler, at its method and path: what
        /// `connschema serve` serves.
        #[cfg(feature = "serve")]
        pub fn routes(router: Router<Arc<Store>>) -> Router<Arc<Store>> {
            $(let router = { use $module as api; api::service::route(router) };)*
            router
        }
    };
}

apis! {
    connschema_aws::events => CREATE_CONNECTION,
    connschema_huaweicloud::eg => CREATE_CONNECTION,
    connschema_aws::networkmanager => CREATE_CONNECTION,
    connschema_aws::quicksight => CREATE_ACTION_CONNECTOR,
    connschema_versori::platform => CREATE_CONNECTOR_CONNECTION,
}

/// The shipped operations, their schemas under [`ID_BASE`]: what `connschema` lists, exports and
/// validates, and what `cargo xtask gen` writes to `schemas/`.
///
/// ```
/// let catalog = connschema_cli::apis::catalog();
/// let Err(unknown) = catalog.find_operation("aws.event.CreateConnection") else { panic!() };
/// assert_eq!(unknown.to_string(), "unknown operation `aws.event.CreateConnection` (did you mean `aws.events.CreateConnection`?)");
/// ```
pub const fn catalog() -> Catalog {
    Catalog::new(&OPERATIONS, ID_BASE).titled("connschema: five create-connection APIs", env!("CARGO_PKG_VERSION"))
}
