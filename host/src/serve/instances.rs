//! A tenant's instances. Each is a guest running the tenant's app with the tenant's
//! grants and limits, whose `listen` the host captured (`net::Route`); a request
//! reaches it as a connection through memory, spoken to by hyper's HTTP/1 client. In
//! `fresh` isolation every request gets a new instance, ended when its response has
//! been sent; in `pool` isolation a few warm instances take the tenant's requests.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use std::pin::Pin;
use std::task::{Context, Poll};

use hyper::StatusCode;
use hyper::body::{Frame, Incoming, SizeHint};
use hyper::client::conn::http1::SendRequest;
use hyper::header::HeaderValue;
use hyper_util::rt::TokioIo;
use tokio::sync::{mpsc, oneshot, watch};
use tokio::task::AbortHandle;

use super::config::{Isolation, Tenant};
use super::snapshot::{Progress, Snapshot, Snapshots};
use crate::bindings::process::{Entry, Invocation};
use crate::engine::{Ended, NoduleEngine};
use crate::net::{Route, RoutedConnection};
use crate::state::{InstanceState, Stdio};

/// Why a request got no answer from its app: the status the client gets, and the
/// reason for the log.
#[derive(Debug)]
pub struct Failure {
    pub status: StatusCode,
    pub reason: String,
    /// The limit the app crossed, when that is why.
    pub limit: Option<&'static str>,
}

impl Failure {
    fn from_ended(ended: &Ended) -> Failure {
        match ended {
            Ended::Limit(exceeded) => {
                Failure { status: StatusCode::SERVICE_UNAVAILABLE, reason: exceeded.to_string(), limit: Some(exceeded.name()) }
            }
            Ended::Exited(status) => Failure::internal(format!("the app exited with status {status} before answering")),
            Ended::Trapped(_) => Failure::internal(ended.reason().unwrap_or_default()),
        }
    }

    fn internal(reason: String) -> Failure {
        Failure { status: StatusCode::INTERNAL_SERVER_ERROR, reason, limit: None }
    }
}

/// A running instance of a tenant's app, listening. Dropping it ends it.
pub struct Instance {
    connections: mpsc::Sender<RoutedConnection>,
    /// Set when the instance ends, with how.
    ended: watch::Receiver<Option<Arc<Ended>>>,
    /// Held only to end the instance with it.
    _run: AbortOnDrop,
    /// The address the app believes it listens on.
    local: SocketAddr,
    /// From the start of its instantiation until the app listened.
    pub started_in: Duration,
    /// Whether connections to it are kept for later requests (a warm instance's).
    reuse_connections: bool,
    idle: Mutex<Vec<SendRequest<Incoming>>>,
}

/// Ends a running instance when dropped: with its last handle, or when the request
/// that was starting it goes away first.
struct AbortOnDrop(AbortHandle);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

impl Instance {
    /// Starts the tenant's app in a new instance, from the tenant's snapshot when it has
    /// one, and waits until it listens (or ends).
    pub async fn start(
        engine: Arc<NoduleEngine>,
        tenant: &Tenant,
        front: SocketAddr,
        snapshot: Option<Snapshot>,
    ) -> Result<Instance, Failure> {
        let reuse_connections = tenant.isolation == Isolation::Pool;
        let started = Instant::now();
        let (connections, receiver) = mpsc::channel(1024);
        let (listening, listened) = oneshot::channel();
        let mut state = tenant_state(tenant)?;
        state.net.route = Some(Route { connections: Some(receiver), listening: Some(listening), address: front.ip() });
        let invocation = tenant_invocation(tenant);
        let (ended_sender, ended) = watch::channel(None);
        let mut watching = ended.clone();
        let run = tokio::spawn(async move {
            let ended = match snapshot {
                Some(snapshot) => engine.resume(&snapshot, state).await,
                None => engine.run(&invocation, state, true).await,
            };
            let ended = ended.unwrap_or_else(|e| Ended::Trapped(format!("{e:#}")));
            let _ = ended_sender.send(Some(Arc::new(ended)));
        });
        let run = AbortOnDrop(run.abort_handle());
        tokio::select! {
            Ok(()) = listened => {
                let started_in = started.elapsed();
                Ok(Instance { connections, ended, _run: run, local: front, started_in, reuse_connections, idle: Mutex::default() })
            }
            _ = wait_until_ended(&mut watching) => Err(failure_of(&ended)),
        }
    }

    fn failure(&self) -> Failure {
        failure_of(&self.ended)
    }

    fn is_alive(&self) -> bool {
        self.ended.borrow().is_none()
    }

    /// Sends one request to the app and waits for its response head. A warm instance
    /// keeps its connections from the front end open between requests, as a proxy
    /// keeps its upstream connections: the app sees them come from the front end's
    /// address, and the client's in `x-forwarded-for`; a fresh instance's one
    /// connection comes from the client's address.
    pub async fn request(&self, mut request: hyper::Request<Incoming>, client: SocketAddr) -> Result<Exchange, Failure> {
        forwarded_for(&mut request, client);
        let mut ended = self.ended.clone();
        let exchange = async {
            let mut sender = match self.idle_connection().await {
                Some(sender) => sender,
                None => {
                    let (ours, theirs) = tokio::io::duplex(64 << 10);
                    let remote = if self.reuse_connections { self.local } else { client };
                    let connection = RoutedConnection { stream: theirs, local: self.local, remote };
                    self.connections.send(connection).await.map_err(|_| None)?;
                    let (sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(ours)).await.map_err(Some)?;
                    tokio::spawn(connection);
                    sender
                }
            };
            let response = sender.send_request(request).await.map_err(Some)?;
            Ok(Exchange { response, connection: self.reuse_connections.then_some(sender) })
        };
        tokio::select! {
            exchange = exchange => exchange.map_err(|error: Option<hyper::Error>| match (error, self.is_alive()) {
                (Some(e), true) => Failure { status: StatusCode::BAD_GATEWAY, reason: format!("the app's response: {e}"), limit: None },
                _ => self.failure(),
            }),
            _ = wait_until_ended(&mut ended) => Err(self.failure()),
        }
    }

    /// A kept connection the app can take a request on now.
    async fn idle_connection(&self) -> Option<SendRequest<Incoming>> {
        loop {
            let mut sender = self.idle.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).pop()?;
            if sender.ready().await.is_ok() {
                return Some(sender);
            }
        }
    }

    /// Keeps a connection whose response has been read to its end for the next request.
    fn keep_connection(&self, sender: SendRequest<Incoming>) {
        let mut idle = self.idle.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if idle.len() < MAX_IDLE_CONNECTIONS {
            idle.push(sender);
        }
    }
}

/// The most connections a warm instance keeps open with no request on them.
const MAX_IDLE_CONNECTIONS: usize = 64;

/// A response head from the app, and the connection it came on when that is kept.
pub struct Exchange {
    pub response: hyper::Response<Incoming>,
    connection: Option<SendRequest<Incoming>>,
}

/// Adds the client's address to `x-forwarded-for`, as a proxy does.
fn forwarded_for(request: &mut hyper::Request<Incoming>, client: SocketAddr) {
    let headers = request.headers_mut();
    let client = client.ip().to_string();
    let value = match headers.get(FORWARDED_FOR).and_then(|value| value.to_str().ok()) {
        Some(earlier) => format!("{earlier}, {client}"),
        None => client,
    };
    if let Ok(value) = HeaderValue::from_str(&value) {
        headers.insert(FORWARDED_FOR, value);
    }
}

const FORWARDED_FOR: &str = "x-forwarded-for";

async fn wait_until_ended(ended: &mut watch::Receiver<Option<Arc<Ended>>>) {
    let _ = ended.wait_for(Option::is_some).await;
}

fn failure_of(ended: &watch::Receiver<Option<Arc<Ended>>>) -> Failure {
    match &*ended.borrow() {
        Some(ended) => Failure::from_ended(ended),
        None => Failure::internal("the instance stopped".to_owned()),
    }
}

/// The host's side of an instance of `tenant`'s app: its grants and limits, its output
/// to the log.
pub fn tenant_state(tenant: &Tenant) -> Result<InstanceState, Failure> {
    InstanceState::new(&tenant.permissions, tenant.limits, Stdio::Log).map_err(|e| Failure::internal(format!("{e:#}")))
}

/// How `tenant`'s app is started.
pub fn tenant_invocation(tenant: &Tenant) -> Invocation {
    let entry = tenant.entry.to_string_lossy().into_owned();
    Invocation {
        argv: vec![std::env::current_exe().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default(), entry.clone()],
        exec_argv: Vec::new(),
        cwd: tenant.dir.to_string_lossy().into_owned(),
        entry: Entry::Serve(entry),
        max_memory: tenant.limits.max_memory_bytes(),
    }
}

/// Where a tenant's requests get their instance.
pub struct Instances {
    tenant: Tenant,
    engine: Arc<NoduleEngine>,
    front: SocketAddr,
    snapshots: Arc<Snapshots>,
    snapshot: Arc<Mutex<Progress>>,
    /// `pool` isolation: the warm instances, taken in turn.
    warm: Arc<Mutex<Warm>>,
    pool_size: usize,
}

#[derive(Default)]
struct Warm {
    instances: Vec<Arc<Instance>>,
    next: usize,
}

impl Instances {
    pub fn new(tenant: Tenant, engine: Arc<NoduleEngine>, front: SocketAddr, pool_size: usize, snapshots: Arc<Snapshots>) -> Self {
        Instances { tenant, engine, front, snapshots, snapshot: Arc::default(), warm: Arc::default(), pool_size: pool_size.max(1) }
    }

    pub fn tenant(&self) -> &Tenant {
        &self.tenant
    }

    /// An instance for one request, and whether it was started for it.
    pub async fn get(&self) -> Result<(Arc<Instance>, bool), Failure> {
        if self.tenant.isolation == Isolation::Pool {
            let mut warm = self.warm.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            warm.instances.retain(|instance| instance.is_alive());
            if warm.instances.len() >= self.pool_size {
                warm.next = (warm.next + 1) % warm.instances.len();
                return Ok((warm.instances[warm.next].clone(), false));
            }
        }
        let instance = Arc::new(Instance::start(self.engine.clone(), &self.tenant, self.front, self.snapshot()).await?);
        if self.tenant.isolation == Isolation::Pool {
            self.warm.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).instances.push(instance.clone());
        }
        Ok((instance, true))
    }

    /// The tenant's snapshot when it is ready; the first call starts building it.
    fn snapshot(&self) -> Option<Snapshot> {
        let mut progress = self.snapshot.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        match &*progress {
            Progress::Ready(snapshot) => Some(snapshot.clone()),
            Progress::NotStarted => {
                *progress = Progress::Building;
                let (snapshot, warm) = (Arc::downgrade(&self.snapshot), Arc::downgrade(&self.warm));
                let outdated = move || {
                    let Some(snapshot) = snapshot.upgrade() else { return false };
                    *snapshot.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = Progress::NotStarted;
                    if let Some(warm) = warm.upgrade() {
                        warm.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).instances.clear();
                    }
                    true
                };
                self.snapshots.start_building(self.engine.clone(), self.tenant.clone(), self.front, self.snapshot.clone(), outdated);
                None
            }
            Progress::Building | Progress::Refused => None,
        }
    }

    /// The time limit of one request in a warm instance, which outlives it.
    pub fn request_timeout(&self) -> Option<Duration> {
        (self.tenant.isolation == Isolation::Pool).then(|| self.tenant.limits.timeout_ms.map(Duration::from_millis)).flatten()
    }
}

/// An app's response body, which keeps its instance running until it has been sent,
/// then keeps the connection it came on when that is kept.
pub struct Answer {
    body: Incoming,
    connection: Option<SendRequest<Incoming>>,
    instance: Arc<Instance>,
}

impl Answer {
    pub fn new(exchange: Exchange, instance: Arc<Instance>) -> (hyper::http::response::Parts, Self) {
        let (head, body) = exchange.response.into_parts();
        (head, Answer { body, connection: exchange.connection, instance })
    }
}

impl hyper::body::Body for Answer {
    type Data = bytes::Bytes;
    type Error = hyper::Error;

    fn poll_frame(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Self::Data>, Self::Error>>> {
        let frame = Pin::new(&mut self.body).poll_frame(cx);
        // The front end may stop asking once the body says it has ended.
        let ended = matches!(frame, Poll::Ready(None)) || (matches!(frame, Poll::Ready(Some(Ok(_)))) && self.body.is_end_stream());
        if ended && let Some(connection) = self.connection.take() {
            self.instance.keep_connection(connection);
        }
        frame
    }

    fn is_end_stream(&self) -> bool {
        self.body.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.body.size_hint()
    }
}
