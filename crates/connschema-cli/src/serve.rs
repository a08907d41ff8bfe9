//! `connschema serve`: the five operations on one local address (DESIGN §7 in the README), until
//! SIGINT or SIGTERM, or, with `--until-stdin-closes`, until standard input ends, so that a test
//! harness that dies takes the server with it.

use axum::Extension;
use connschema_axum::{local, BodyLimit};
use std::io::{IsTerminal, Write};
use std::net::SocketAddr;

pub fn run(addr: &str, max_body_bytes: usize, until_stdin_closes: bool) -> Result<(), String> {
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
        let app = local::router().layer(Extension(BodyLimit(max_body_bytes)));
        axum::serve(listener, app)
            .with_graceful_shutdown(stopped(until_stdin_closes))
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
