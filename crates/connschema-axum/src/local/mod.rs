//! Local services: operations at their documented methods and paths, each request checked by
//! [`Valid`](crate::Valid) (parameters and body), a success built from the request as the vendor
//! would build it, and, kept in memory for the life of the process, what it created, so that the
//! rules that need state hold: a name given twice is the vendor's conflict. `connschema serve` is
//! this over the APIs it ships; each API's crate gives its handlers' [`route`]s.
//!
//! ```
//! use axum::Router;
//! use connschema_axum::local::{self, Store};
//! use std::sync::Arc;
//!
//! /// The APIs served: each adds its handlers (here, none).
//! fn routes(router: Router<Arc<Store>>) -> Router<Arc<Store>> {
//!     router
//! }
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> std::io::Result<()> {
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
//! let app = local::router_with(Arc::new(Store::default()), routes);
//! // Stops at once here; `connschema serve` stops on SIGINT or SIGTERM, after the requests in flight.
//! axum::serve(listener, app).with_graceful_shutdown(async {}).await?;
//! # Ok(())
//! # }
//! ```

mod store;

pub use crate::request_id::{random_u128, uuid};
pub use store::{Claim, Store};

use crate::RequestId;
use axum::extract::Request;
use axum::handler::Handler;
use axum::http::Method;
use axum::middleware::Next;
use axum::response::Response;
use axum::routing::{on, MethodFilter};
use axum::Router;
use std::sync::Arc;
use std::time::{Instant, SystemTime};

/// The handlers of some APIs added to a router: what each API crate gives for its operations, and
/// what a command that serves several calls in turn.
pub type Routes = fn(Router<Arc<Store>>) -> Router<Arc<Store>>;

/// The operations `routes` adds, keeping what they create in `store`, each request given its id
/// and logged.
pub fn router_with(store: Arc<Store>, routes: impl FnOnce(Router<Arc<Store>>) -> Router<Arc<Store>>) -> Router {
    routes(Router::new()).with_state(store).layer(axum::middleware::from_fn(log))
}

/// `router` with `handler` at the method and path of `E`'s operation (its path template is in
/// axum's `{name}` form already), so the route table cannot disagree with the operations.
pub fn route<E: crate::Endpoint, H: Handler<T, Arc<Store>>, T: 'static>(
    router: Router<Arc<Store>>,
    handler: H,
) -> Router<Arc<Store>> {
    let op = E::OPERATION;
    let filter = Method::from_bytes(op.method.as_bytes()).ok().and_then(|m| MethodFilter::try_from(m).ok());
    // axum filters on the nine methods of RFC 9110 and PATCH; an operation of another method is
    // served at its path for POST, which every operation here is.
    router.route(op.path, on(filter.unwrap_or(MethodFilter::POST), handler))
}

/// Gives the request its id and logs one line for it: method, path, status, time, id. Nothing of
/// the body, the headers or the query is logged, so no secret can be.
async fn log(mut request: Request, next: Next) -> Response {
    let id = RequestId::new();
    request.extensions_mut().insert(id);
    if !tracing::enabled!(target: "connschema::serve", tracing::Level::INFO) {
        return next.run(request).await;
    }
    let started = Instant::now();
    let (method, path) = (request.method().clone(), request.uri().path().to_owned());
    let response = next.run(request).await;
    let micros = started.elapsed().as_micros();
    tracing::info!(target: "connschema::serve", "{method} {path} {} {micros}us id={id}", response.status().as_u16());
    response
}

/// Takes `name` in `scope` for the request's operation, or answers in its protocol: the vendor's
/// conflict when the name is taken (`taken` says so, for a person), its quota error when the store
/// is full.
pub fn claim<T: crate::Endpoint>(
    store: &Store,
    request: &crate::Valid<T>,
    scope: String,
    name: &str,
    taken: impl FnOnce() -> String,
) -> Result<(), crate::Rejection> {
    let failure = match store.claim(T::OPERATION.id, scope, name.to_owned()) {
        Claim::New => return Ok(()),
        Claim::Taken => crate::Failure::Conflict { message: taken() },
        Claim::Full => crate::Failure::QuotaExceeded {
            message: format!("This service keeps at most {} resources, and has that many", store.capacity()),
        },
    };
    Err(request.reject(failure))
}

/// An RFC 3339 date-time in UTC with milliseconds (`2024-11-25T08:00:00.123Z`).
pub fn date_time(at: SystemTime) -> String {
    humantime::format_rfc3339_millis(at).to_string()
}
