//! `nodule serve`: many tenants' apps behind one HTTP front end, each request in a
//! sandboxed instance of its tenant's app (`instances.rs`) started from the tenant's
//! snapshot (`snapshot.rs`), routed by host and path (`router.rs`) as `nodule.toml`
//! says (`config.rs`), logged and counted (`metrics.rs`). Worker threads each run
//! their own event loop and take connections from the one listener; instances started
//! on a thread stay on it, and give it back to the others every millisecond they run
//! (`Enforcer::on_tick`).

mod config;
mod instances;
mod metrics;
mod router;
mod snapshot;

use std::convert::Infallible;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant, SystemTime};

use anyhow::Context as _;
use bytes::Bytes;
use http_body_util::{Either, Full};
use hyper::body::Incoming;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use tokio::sync::watch;

use crate::engine::NoduleEngine;
use config::Config;
use instances::{Failure, Instances};
use metrics::{Metrics, Served};
use snapshot::Snapshots;

/// `nodule serve`'s own options.
#[derive(clap::Parser)]
#[command(name = "nodule serve", about = "Serve many tenants' Node.js apps, each request in its own sandbox")]
pub struct ServeCli {
    /// The tenants and where to listen (TOML; see README.md)
    #[arg(long, value_name = "file")]
    config: PathBuf,
    /// Threads serving requests (default: one per core)
    #[arg(long, value_name = "n", value_parser = clap::value_parser!(u16).range(1..))]
    workers: Option<u16>,
    /// Where to answer /metrics and /healthz
    #[arg(long, value_name = "address")]
    admin: Option<SocketAddr>,
}

/// The most instances alive at once, all tenants together; a request past it is
/// answered 503.
const MAX_INSTANCES: u32 = 1000;
/// How long SIGTERM waits for requests in flight before exiting anyway.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(30);
/// How often the config file is checked for changes.
const CONFIG_POLL: Duration = Duration::from_secs(1);

/// The tenants being served, replaced whole on reload; requests in flight keep theirs.
struct Tenants {
    config: Config,
    instances: Vec<Instances>,
}

struct Server {
    engine: Arc<NoduleEngine>,
    config_path: PathBuf,
    tenants: RwLock<Arc<Tenants>>,
    metrics: Arc<Metrics>,
    /// The front end's address, as the apps are told they listen on it.
    front: SocketAddr,
    pool_size: usize,
    snapshots: Arc<Snapshots>,
    /// Set on SIGTERM: stop taking connections, finish the requests in flight.
    draining: watch::Sender<bool>,
    in_flight: AtomicUsize,
}

type Body = Either<instances::Answer, Full<Bytes>>;

pub fn main(args: Vec<std::ffi::OsString>) -> anyhow::Result<i32> {
    let cli = <ServeCli as clap::Parser>::parse_from(args);
    let config = Config::load(&cli.config)?;
    let workers = cli.workers.map_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()), usize::from);
    let listener = std::net::TcpListener::bind(config.listen).with_context(|| format!("listening on {}", config.listen))?;
    listener.set_nonblocking(true)?;
    let front = listener.local_addr()?;
    let engine = Arc::new(NoduleEngine::for_serving(MAX_INSTANCES)?);
    let metrics = Arc::new(Metrics::default());
    let snapshots = Arc::new(Snapshots::new(metrics.clone()));
    let server = Arc::new(Server {
        tenants: RwLock::new(Arc::new(Tenants::new(config, &engine, front, workers, &snapshots))),
        snapshots,
        engine,
        config_path: cli.config,
        metrics,
        front,
        pool_size: workers,
        draining: watch::channel(false).0,
        in_flight: AtomicUsize::new(0),
    });
    eprintln!("nodule serve: listening on http://{front} with {workers} workers");
    let threads: Vec<_> = (0..workers)
        .map(|_| {
            let (server, listener) = (server.clone(), listener.try_clone());
            std::thread::spawn(move || -> anyhow::Result<()> {
                let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
                runtime.block_on(async {
                    let listener = tokio::net::TcpListener::from_std(listener?)?;
                    server.accept(listener).await;
                    anyhow::Ok(())
                })
            })
        })
        .collect();
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    runtime.block_on(server.clone().supervise(cli.admin))?;
    for thread in threads {
        let _ = thread.join();
    }
    Ok(0)
}

impl Tenants {
    fn new(config: Config, engine: &Arc<NoduleEngine>, front: SocketAddr, pool_size: usize, snapshots: &Arc<Snapshots>) -> Tenants {
        let instances = config
            .tenants
            .iter()
            .map(|tenant| Instances::new(tenant.clone(), engine.clone(), front, pool_size, snapshots.clone()))
            .collect();
        Tenants { config, instances }
    }
}

impl Server {
    /// One worker: takes connections until draining, then waits for its connections.
    async fn accept(self: Arc<Self>, listener: tokio::net::TcpListener) {
        let mut draining = self.draining.subscribe();
        let open = Arc::new(());
        loop {
            let (tcp, remote) = tokio::select! {
                accepted = listener.accept() => match accepted {
                    Ok(accepted) => accepted,
                    Err(_) => continue,
                },
                _ = until_draining(&mut draining) => break,
            };
            let _ = tcp.set_nodelay(true);
            let (server, open, mut draining) = (self.clone(), open.clone(), self.draining.subscribe());
            tokio::spawn(async move {
                let service = service_fn(|request| {
                    let server = server.clone();
                    async move { Ok::<_, Infallible>(server.handle(request, remote).await) }
                });
                let connection = hyper::server::conn::http1::Builder::new().serve_connection(TokioIo::new(tcp), service);
                tokio::pin!(connection);
                tokio::select! {
                    _ = connection.as_mut() => {}
                    _ = until_draining(&mut draining) => {
                        connection.as_mut().graceful_shutdown();
                        let _ = connection.await;
                    }
                }
                drop(open);
            });
        }
        // Every connection task holds a clone of `open`.
        while Arc::strong_count(&open) > 1 {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    async fn handle(&self, mut request: Request<Incoming>, remote: SocketAddr) -> Response<Body> {
        let started = Instant::now();
        self.in_flight.fetch_add(1, Ordering::SeqCst);
        let tenants = self.tenants.read().unwrap_or_else(|poisoned| poisoned.into_inner()).clone();
        let method = request.method().to_string();
        let path = request.uri().path_and_query().map_or("/", |p| p.as_str()).to_owned();
        let host = request.headers().get(hyper::header::HOST).and_then(|h| h.to_str().ok());
        let routed = router::route(&tenants.config.tenants, host, &path);
        let (response, served) = match routed {
            None => (text(StatusCode::NOT_FOUND, "no app is served here\n"), None),
            Some((index, seen)) => {
                let instances = &tenants.instances[index];
                if let Ok(uri) = seen.parse() {
                    *request.uri_mut() = uri;
                }
                let answered = self.answer(instances, request, remote).await;
                (answered.0, Some((instances.tenant().name.as_str(), answered.1, answered.2)))
            }
        };
        let (tenant, instance_start, failure) = served.map_or((None, None, None), |(t, s, f)| (Some(t), s, f));
        self.metrics.record(&Served {
            tenant,
            method: &method,
            path: &path,
            status: response.status().as_u16(),
            duration: started.elapsed(),
            instance_start,
            limit: failure.as_ref().and_then(|f: &Failure| f.limit),
            reason: failure.as_ref().map(|f| f.reason.as_str()),
        });
        self.in_flight.fetch_sub(1, Ordering::SeqCst);
        response
    }

    /// The app's response, and what the log says of it.
    async fn answer(
        &self,
        instances: &Instances,
        request: Request<Incoming>,
        remote: SocketAddr,
    ) -> (Response<Body>, Option<Duration>, Option<Failure>) {
        let (instance, started) = match instances.get().await {
            Ok(got) => got,
            Err(failure) => return (failed(&failure), None, Some(failure)),
        };
        let instance_start = started.then_some(instance.started_in);
        let response = instance.request(request, remote);
        let response = match instances.request_timeout() {
            Some(limit) => tokio::time::timeout(limit, response).await.unwrap_or_else(|_| {
                Err(Failure {
                    status: StatusCode::SERVICE_UNAVAILABLE,
                    reason: format!("time limit of {} ms exceeded", limit.as_millis()),
                    limit: Some("timeout"),
                })
            }),
            None => response.await,
        };
        match response {
            Ok(exchange) => {
                let (head, answer) = instances::Answer::new(exchange, instance);
                (Response::from_parts(head, Either::Left(answer)), instance_start, None)
            }
            Err(failure) => (failed(&failure), instance_start, Some(failure)),
        }
    }

    /// The main thread: the admin port, signals and config changes.
    async fn supervise(self: Arc<Self>, admin: Option<SocketAddr>) -> anyhow::Result<()> {
        if let Some(admin) = admin {
            let listener = tokio::net::TcpListener::bind(admin).await.with_context(|| format!("admin port {admin}"))?;
            tokio::spawn(self.clone().admin(listener));
        }
        let mut hangup = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup())?;
        let mut terminate = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
        let mut interrupt = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::interrupt())?;
        let mut seen = modified(&self.config_path);
        let mut poll = tokio::time::interval(CONFIG_POLL);
        loop {
            tokio::select! {
                _ = hangup.recv() => self.reload(),
                _ = poll.tick() => {
                    self.snapshots.check_for_changes();
                    let now = modified(&self.config_path);
                    if now != seen {
                        seen = now;
                        self.reload();
                    }
                }
                _ = terminate.recv() => break,
                _ = interrupt.recv() => break,
            }
        }
        eprintln!("nodule serve: draining {} requests in flight", self.in_flight.load(Ordering::SeqCst));
        self.draining.send_replace(true);
        let deadline = Instant::now() + DRAIN_TIMEOUT;
        while self.in_flight.load(Ordering::SeqCst) > 0 && Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        Ok(())
    }

    fn reload(&self) {
        match Config::load(&self.config_path) {
            Ok(config) => {
                let tenants = Arc::new(Tenants::new(config, &self.engine, self.front, self.pool_size, &self.snapshots));
                *self.tenants.write().unwrap_or_else(|poisoned| poisoned.into_inner()) = tenants;
                self.metrics.reloaded(true);
                eprintln!("nodule serve: reloaded {}", self.config_path.display());
            }
            Err(err) => {
                self.metrics.reloaded(false);
                eprintln!("nodule serve: {err:#}; still serving the previous config");
            }
        }
    }

    async fn admin(self: Arc<Self>, listener: tokio::net::TcpListener) {
        while let Ok((tcp, _)) = listener.accept().await {
            let server = self.clone();
            tokio::spawn(async move {
                let service = service_fn(|request: Request<Incoming>| {
                    let server = server.clone();
                    async move {
                        Ok::<_, Infallible>(match request.uri().path() {
                            "/metrics" => text(StatusCode::OK, &server.metrics.render()),
                            "/healthz" if *server.draining.borrow() => text(StatusCode::SERVICE_UNAVAILABLE, "draining\n"),
                            "/healthz" => text(StatusCode::OK, "ok\n"),
                            _ => text(StatusCode::NOT_FOUND, "not found\n"),
                        })
                    }
                });
                let _ = hyper::server::conn::http1::Builder::new().serve_connection(TokioIo::new(tcp), service).await;
            });
        }
    }
}

async fn until_draining(draining: &mut watch::Receiver<bool>) {
    let _ = draining.wait_for(|draining| *draining).await;
}

fn modified(path: &std::path::Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

fn text(status: StatusCode, body: &str) -> Response<Body> {
    let mut response = Response::new(Either::Right(Full::new(Bytes::from(body.to_owned()))));
    *response.status_mut() = status;
    response.headers_mut().insert(hyper::header::CONTENT_TYPE, hyper::header::HeaderValue::from_static("text/plain; charset=utf-8"));
    response
}

fn failed(failure: &Failure) -> Response<Body> {
    let reason = failure.status.canonical_reason().unwrap_or("Error");
    text(failure.status, &format!("{reason}\n"))
}
