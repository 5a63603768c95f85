//! The HTTP server loop: accepting connections with the limits that keep slow or greedy
//! clients from holding the server.
//!
//! - A client must send a whole request head within `CHORUS_HEADER_TIMEOUT_SECONDS` (hyper's
//!   header-read timeout, from the moment the connection opens; it also bounds an idle
//!   keep-alive connection between requests). HTTP/1.1 only: see `serve`.
//! - The request timeout (`CHORUS_REQUEST_TIMEOUT_SECONDS`) covers reading the body, because
//!   the timeout layer sits outside everything that reads it (see `web::router`).
//! - At most `CHORUS_MAX_CONNECTIONS` connections are served at once; further ones wait in
//!   the listen queue until one closes.
//! - On shutdown, no new connection is accepted and open ones finish their requests.

use std::{net::SocketAddr, pin::pin, sync::Arc, time::Duration};

use axum::{Router, body::Body, extract::ConnectInfo, http::Request};
use hyper::{body::Incoming, server::conn::http1};
use hyper_util::{
    rt::{TokioIo, TokioTimer},
    service::TowerToHyperService,
};
use tokio::{net::TcpListener, sync::Semaphore};
use tower::ServiceExt as _;

/// Limits on connections.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Time to send a whole request head.
    pub header_timeout: Duration,
    /// Connections served at once.
    pub max_connections: usize,
}

/// Serves `app` on `listener` until `shutdown` resolves, then lets open connections finish.
pub async fn serve(app: Router, listener: TcpListener, limits: Limits, shutdown: impl Future<Output = ()> + Send + 'static) {
    let permits = Arc::new(Semaphore::new(limits.max_connections));
    let (closing, _) = tokio::sync::watch::channel(());
    let closing = Arc::new(closing);
    let mut shutdown = pin!(shutdown);
    let mut tasks = tokio::task::JoinSet::new();
    loop {
        // Wait for a free slot before accepting: excess connections queue in the kernel.
        let permit = tokio::select! {
            p = permits.clone().acquire_owned() => match p { Ok(p) => p, Err(_) => break },
            () = &mut shutdown => break,
        };
        let (stream, addr) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                Err(e) => {
                    // Out of file descriptors and the like: back off instead of spinning.
                    tracing::warn!(error = %e, "could not accept a connection");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let _ = stream.set_nodelay(true);
        let app = app.clone();
        let mut closed = closing.subscribe();
        tasks.spawn(async move {
            let service = app.map_request(move |mut req: Request<Incoming>| {
                req.extensions_mut().insert(ConnectInfo::<SocketAddr>(addr));
                req.map(Body::new)
            });
            // HTTP/1.1 only (a proxy in front speaks HTTP/2 to browsers): protocol detection
            // would wait for a first byte without any timeout, which is what a slow client
            // exploits; hyper's HTTP/1 header timeout starts as soon as the connection opens.
            let mut builder = http1::Builder::new();
            builder.timer(TokioTimer::new()).header_read_timeout(limits.header_timeout);
            let conn = builder.serve_connection(TokioIo::new(stream), TowerToHyperService::new(service)).with_upgrades();
            let mut conn = pin!(conn);
            tokio::select! {
                _ = conn.as_mut() => {}
                _ = closed.changed() => {
                    conn.as_mut().graceful_shutdown();
                    let _ = conn.await;
                }
            }
            drop(permit);
        });
        // Reap finished connections so the set does not grow.
        while tasks.try_join_next().is_some() {}
    }
    drop(listener);
    let _ = closing.send(());
    while tasks.join_next().await.is_some() {}
}
