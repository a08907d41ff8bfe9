//! `connschema serve`: the shipped operations (`connschema_cli::apis`) on one local address (README, "Services"), until
//! SIGINT or SIGTERM, or, with `--until-stdin-closes`, until standard input ends, so that a test
//! harness that dies takes the server with it.

use axum::Extension;
use connschema_axum::{local, BodyLimit, MaxViolations};
use std::io::{IsTerminal, Write};
use std::net::SocketAddr;
use std::sync::Arc;

/// How `serve` runs.
pub struct Options {
    pub max_body_bytes: usize,
    pub max_resources: usize,
    pub max_violations: usize,
    pub stateless: bool,
    pub until_stdin_closes: bool,
}

pub fn run(addr: &str, options: &Options) -> Result<(), String> {
    let runtime =
        tokio::runtime::Builder::new_multi_thread().enable_all().build().map_err(|e| format!("cannot start: {e}"))?;
    runtime.block_on(async {
        let listener =
            tokio::net::TcpListener::bind(addr).await.map_err(|e| format!("cannot listen on {addr}: {e}"))?;
        let bound: SocketAddr = listener.local_addr().map_err(|e| format!("cannot listen on {addr}: {e}"))?;
        tracing_subscriber::fmt()
            .with_writer(std::io::stderr)
            .with_ansi(std::io::stderr().is_terminal())
            .with_env_filter(
                tracing_subscriber::EnvFilter::try_from_default_env()
                    .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
            )
            .init();
        let mut out = std::io::stdout().lock();
        _ = writeln!(out, "listening on http://{bound}");
        _ = out.flush();
        drop(out);
        let store = match options.stateless {
            true => local::Store::stateless(),
            false => local::Store::with_capacity(options.max_resources),
        };
        let store = Arc::new(store);
        let app = local::router_with(store, connschema_cli::apis::routes)
            .layer(Extension(BodyLimit(options.max_body_bytes)))
            .layer(Extension(MaxViolations(options.max_violations)));
        axum::serve(listener, app)
            .with_graceful_shutdown(stopped(options.until_stdin_closes))
            .await
            .map_err(|e| format!("the server failed: {e}"))
    })
}

/// Completes on SIGINT or SIGTERM, or when standard input ends if `until_stdin_closes`.
async fn stopped(until_stdin_closes: bool) {
    let interrupt = async {
        _ = tokio::signal::ctrl_c().await;
    };
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => _ = signal.recv().await,
            Err(_) => std::future::pending().await,
        }
    };
    let stdin_closed = async {
        if !until_stdin_closes {
            return std::future::pending().await;
        }
        let mut sink = tokio::io::sink();
        _ = tokio::io::copy(&mut tokio::io::stdin(), &mut sink).await;
    };
    tokio::select! {
        () = interrupt => {}
        () = terminate => {}
        () = stdin_closed => {}
    }
    tracing::info!(target: "connschema::serve", "stopping: finishing the requests in flight");
}
