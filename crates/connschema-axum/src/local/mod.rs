//! The local service behind `connschema serve`: every operation at its documented method and path,
//! each request checked by [`Valid`](crate::Valid) (parameters and body), a success built from the
//! request as the vendor would build it, and, kept in memory for the life of the process, what it
//! created, so that the rules that need state hold: a name given twice is the vendor's conflict.
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> std::io::Result<()> {
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
//! let address = listener.local_addr()?;
//! // Stops at once here; `connschema serve` stops on SIGINT or SIGTERM, after the requests in flight.
//! connschema_axum::local::serve(listener, async {}).await?;
//! # let _ = address;
//! # Ok(())
//! # }
//! ```

mod aws;
mod huaweicloud;
mod store;
mod versori;

pub use store::{Claim, Store};

use crate::RequestId;
use axum::extract::Request;
use axum::handler::Handler;
use axum::http::Method;
use axum::middleware::Next;
use axum::response::Response;
use axum::routing::{on, MethodFilter};
use axum::Router;
use std::future::Future;
use std::sync::Arc;
use std::time::{Instant, SystemTime};

/// The account of every AWS resource that the path does not name.
pub const ACCOUNT: &str = "123456789012";

/// The region of an AWS request that carries no SigV4 credential scope.
pub const DEFAULT_REGION: &str = "us-east-1";

/// Every operation, on a fresh [`Store`].
pub fn router() -> Router {
    router_with(Arc::new(Store::default()))
}

/// Every operation, keeping what it creates in `store`.
pub fn router_with(store: Arc<Store>) -> Router {
    use connschema::{aws as a, huaweicloud as h, versori as v};
    let router = Router::new();
    let router = route::<a::events::CreateConnectionRequest<'static>, _, _>(router, aws::events::dispatch);
    let router =
        route::<a::networkmanager::CreateConnectionRequest<'static>, _, _>(router, aws::networkmanager::create);
    let router = route::<a::quicksight::CreateActionConnectorRequest<'static>, _, _>(router, aws::quicksight::create);
    let router = route::<h::eg::ConnectionCreateReq<'static>, _, _>(router, huaweicloud::create);
    let router = route::<v::platform::ConnectionCreate<'static>, _, _>(router, versori::create);
    router.with_state(store).layer(axum::middleware::from_fn(log))
}

/// `router` with `handler` at the method and path of `E`'s operation (its path template is in
/// axum's `{name}` form already), so the route table cannot disagree with the operations.
fn route<E: crate::Endpoint, H: Handler<T, Arc<Store>>, T: 'static>(
    router: Router<Arc<Store>>,
    handler: H,
) -> Router<Arc<Store>> {
    let op = E::OPERATION;
    let filter = Method::from_bytes(op.method.as_bytes()).ok().and_then(|m| MethodFilter::try_from(m).ok());
    // The five are POSTs; axum filters on the nine methods of RFC 9110 and PATCH, nothing else.
    router.route(op.path, on(filter.unwrap_or(MethodFilter::POST), handler))
}

/// Serves [`router`] on `listener` until `shutdown` completes, then finishes the requests in
/// flight.
pub async fn serve(
    listener: tokio::net::TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, router()).with_graceful_shutdown(shutdown).await
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
fn claim<T: crate::Endpoint>(
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

/// Seconds since the Unix epoch, as AWS's JSON protocols send a timestamp.
fn epoch_seconds(at: SystemTime) -> f64 {
    let since = at.duration_since(SystemTime::UNIX_EPOCH).unwrap_or_default();
    // Milliseconds, as AWS sends them.
    (since.as_millis() as f64) / 1000.0
}

/// An RFC 3339 date-time in UTC with milliseconds (`2024-11-25T08:00:00.123Z`).
fn date_time(at: SystemTime) -> String {
    humantime::format_rfc3339_millis(at).to_string()
}
