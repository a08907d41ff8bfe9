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
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{any, on, MethodFilter};
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
/// axum's `{name}` form already), so the route table cannot disagree with the operations. Another
/// method at that path is answered 405 with `Allow`.
///
/// # Panics
///
/// When the operation's method is not an HTTP method (a token of RFC 9110), as axum's
/// `Router::route` panics on a path it cannot serve: a mistake in the operation's declaration,
/// found when the router is built.
pub fn route<E: crate::Endpoint, H: Handler<T, Arc<Store>>, T: 'static>(
    router: Router<Arc<Store>>,
    handler: H,
) -> Router<Arc<Store>> {
    let op = E::OPERATION;
    // A method token is also a header value: `Allow` is built here, once, beside the check.
    let (Ok(method), Ok(allow)) = (Method::from_bytes(op.method.as_bytes()), HeaderValue::from_str(op.method)) else {
        panic!("operation {} has the method {:?}, which is not an HTTP method", op.id, op.method)
    };
    match MethodFilter::try_from(method.clone()) {
        Ok(filter) => router.route(op.path, on(filter, handler)),
        // axum filters on RFC 9110's methods and PATCH; another method is told apart here.
        Err(_) => router.route(
            op.path,
            any(handler).layer(axum::middleware::from_fn(move |request, next| {
                only(method.clone(), allow.clone(), request, next)
            })),
        ),
    }
}

/// Passes on a request of `method`; answers any other 405 with `allow`, as axum does for the
/// methods it filters.
async fn only(method: Method, allow: HeaderValue, request: Request, next: Next) -> Response {
    if *request.method() == method {
        return next.run(request).await;
    }
    (StatusCode::METHOD_NOT_ALLOWED, [(header::ALLOW, allow)]).into_response()
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Endpoint, ErrorProtocol, Failure, NoParams};
    use axum::body::Body;
    use connschema::http::Http;
    use connschema::registry::{Message, Operation};
    use tower::ServiceExt;

    /// An operation of a method that axum's `MethodFilter` does not name.
    #[derive(Debug, Clone, connschema::Model)]
    struct Search {}

    static SEARCH: Operation = Operation {
        id: "acme.files.Search",
        method: "SEARCH",
        path: "/files",
        http: Http::json("acme"),
        messages: &[Message::of::<Search>("request")],
    };

    struct Plain;

    impl ErrorProtocol for Plain {
        fn respond(&self, failure: &Failure, _: &str) -> Response {
            (StatusCode::from_u16(failure.status()).unwrap_or(StatusCode::BAD_REQUEST), failure.message())
                .into_response()
        }
    }

    impl Endpoint for Search {
        type Params = NoParams;
        const OPERATION: &'static Operation = &SEARCH;
        const PROTOCOL: &'static dyn ErrorProtocol = &Plain;
    }

    #[tokio::test]
    async fn an_operation_is_served_at_its_own_method_only() {
        let app = router_with(Arc::new(Store::default()), |router| route::<Search, _, _>(router, || async { "found" }));
        let send = |method: &str| {
            let request = Request::builder().method(method).uri("/files").body(Body::empty());
            app.clone().oneshot(request.expect("a request"))
        };
        assert_eq!(send("SEARCH").await.expect("an answer").status(), StatusCode::OK);
        let post = send("POST").await.expect("an answer");
        assert_eq!(post.status(), StatusCode::METHOD_NOT_ALLOWED);
        assert_eq!(post.headers().get(header::ALLOW).map(HeaderValue::as_bytes), Some(&b"SEARCH"[..]));
    }
}
