//! `nodule serve` on loopback with several tenants, hostile ones among them: every
//! request answered with the right status, state kept apart between tenants and (in
//! fresh isolation) between requests, grants and limits holding, a bad config refused,
//! reloads and drains with requests in flight.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use nodule_tests::nodule_binary;

fn apps() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("serve/apps")
}

/// A config serving the test apps; `extra` is appended.
fn config(extra: &str) -> String {
    let apps = apps();
    let npm = Path::new(env!("CARGO_MANIFEST_DIR")).join("npm");
    format!(
        r#"listen = "127.0.0.1:0"
[tenants.handler]
prefix = "/handler"
dir = "{apps}/handler"
[tenants.pooled]
prefix = "/pooled"
dir = "{apps}/handler"
isolation = "pool"
[tenants.by-host]
host = "acme.localhost"
dir = "{apps}/handler"
[tenants.express]
prefix = "/express"
dir = "{npm}"
entry = "lib/express-app.js"
isolation = "pool"
[tenants.fetch]
prefix = "/fetch"
dir = "{apps}/fetch"
[tenants.slow]
prefix = "/slow"
dir = "{apps}/slow"
[tenants.looping]
prefix = "/looping"
dir = "{apps}/looping"
timeout-ms = 300
[tenants.memory-bomb]
prefix = "/memory-bomb"
dir = "{apps}/memory-bomb"
max-memory-mb = 32
[tenants.throws]
prefix = "/throws"
dir = "{apps}/throws"
[tenants.snoop]
prefix = "/snoop"
dir = "{apps}/snoop"
{extra}"#,
        apps = apps.display(),
        npm = npm.display()
    )
}

struct Serve {
    child: Child,
    port: u16,
    admin: u16,
    config: PathBuf,
    dir: PathBuf,
}

impl Serve {
    fn start(name: &str, config_text: &str) -> Serve {
        let dir = std::env::temp_dir().join(format!("nodule-serve-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let config = dir.join("nodule.toml");
        std::fs::write(&config, config_text).unwrap();
        let admin = free_port();
        let mut child = Command::new(nodule_binary())
            .args(["serve", "--workers", "2", "--config"])
            .arg(&config)
            .args(["--admin", &format!("127.0.0.1:{admin}")])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stderr = BufReader::new(child.stderr.take().unwrap());
        let mut line = String::new();
        stderr.read_line(&mut line).unwrap();
        let port = line.split("http://127.0.0.1:").nth(1).and_then(|rest| rest.split_whitespace().next()).map(|p| p.parse().unwrap());
        let port = port.unwrap_or_else(|| panic!("serve did not start: {line}"));
        // The rest of stderr (the tenants' own output) is drained so they never block on it.
        std::thread::spawn(move || std::io::copy(&mut stderr, &mut std::io::sink()));
        Serve { child, port, admin, config, dir }
    }

    fn get(&self, path: &str) -> (u16, String) {
        request(self.port, &format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"))
    }

    fn signal(&self, signal: &str) {
        Command::new("kill").args([&format!("-{signal}"), &self.child.id().to_string()]).status().unwrap();
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// Sends a raw request; returns the status and the body.
fn request(port: u16, raw: &str) -> (u16, String) {
    let mut tcp = TcpStream::connect(("127.0.0.1", port)).unwrap();
    tcp.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    tcp.write_all(raw.as_bytes()).unwrap();
    let mut response = String::new();
    tcp.read_to_string(&mut response).unwrap();
    let status = response.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    let body = response.split_once("\r\n\r\n").map(|(_, body)| dechunk(body)).unwrap_or_default();
    (status, body)
}

/// The body of a chunked response (`Transfer-Encoding: chunked`), else as it is.
fn dechunk(body: &str) -> String {
    let mut out = String::new();
    let mut rest = body;
    while let Some((size, after)) = rest.split_once("\r\n") {
        let Ok(size) = usize::from_str_radix(size.trim(), 16) else { return body.to_owned() };
        if size == 0 || after.len() < size {
            break;
        }
        out.push_str(&after[..size]);
        rest = after[size..].trim_start_matches("\r\n");
    }
    if out.is_empty() { body.to_owned() } else { out }
}

#[test]
fn the_three_app_shapes_are_served_by_route() {
    let serve = Serve::start("shapes", &config(""));
    let (status, body) = serve.get("/handler/a/b?c=1");
    assert_eq!(
        (status, body.as_str()),
        (200, "handler url=/a/b?c=1 served=1 earlier=none host=127.0.0.1 xff=127.0.0.1\n"),
        "the prefix is stripped"
    );
    let (status, body) = serve.get("/express/users/7?x=y");
    assert_eq!((status, body.as_str()), (200, r#"{"id":"7","query":{"x":"y"}}"#), "Express listening itself");
    let post = "POST /fetch/p?q=1 HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello";
    assert_eq!(request(serve.port, post), (201, "fetch POST /p?q=1 body=hello\n".to_owned()), "a WinterTC fetch object");
    let by_host = "GET /x HTTP/1.1\r\nHost: ACME.localhost:9999\r\nConnection: close\r\n\r\n";
    assert_eq!(
        request(serve.port, by_host).1,
        "handler url=/x served=1 earlier=none host=ACME.localhost:9999 xff=127.0.0.1\n",
        "routed by Host"
    );
    assert_eq!(serve.get("/nothing").0, 404);
    assert_eq!(serve.get("/handlerx").0, 404, "a prefix matches whole segments");
}

#[test]
fn fresh_requests_share_nothing_and_pools_stay_within_their_tenant() {
    let serve = Serve::start("isolation", &config(""));
    for path in ["/handler/1", "/handler/2", "/handler/3"] {
        assert!(serve.get(path).1.contains("served=1 earlier=none"), "a fresh instance per request");
    }
    // The pool has one warm instance per worker: each serves a request more than once.
    let pooled: Vec<String> = (0..4).map(|i| serve.get(&format!("/pooled/{i}")).1).collect();
    assert!(pooled.iter().any(|body| body.contains("served=2")), "{pooled:?}");
    assert!(serve.get("/handler/after").1.contains("earlier=none"), "the pool's state never reaches another tenant: {pooled:?}");
}

#[test]
fn a_hostile_tenant_fails_only_its_own_requests() {
    let secret = std::env::temp_dir().join(format!("nodule-serve-secret-{}", std::process::id()));
    std::fs::write(&secret, "the secret").unwrap();
    let bystander = TcpListener::bind("127.0.0.1:0").unwrap();
    bystander.set_nonblocking(true).unwrap();
    let serve = Serve::start("hostile", &config(""));
    let looping = {
        let port = serve.port;
        std::thread::spawn(move || {
            let started = Instant::now();
            let answer = request(port, "GET /looping/ HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n");
            (answer, started.elapsed())
        })
    };
    // While the loop runs, the others are answered.
    assert_eq!(serve.get("/handler/during").0, 200);
    let ((status, _), took) = looping.join().unwrap();
    assert_eq!(status, 503, "a loop ends at the tenant's time limit");
    assert!(took < Duration::from_secs(10), "{took:?}");
    let (status, _) = serve.get("/memory-bomb/");
    assert!(status == 500 || status == 503, "a memory bomb is the tenant's own failure: {status}");
    assert_eq!(serve.get("/throws/").0, 500);
    let port = bystander.local_addr().unwrap().port();
    let (status, body) = serve.get(&format!("/snoop/?file={}&port={port}", secret.display()));
    assert_eq!((status, body.as_str()), (200, "read=ERR_ACCESS_DENIED connect=ERR_ACCESS_DENIED\n"));
    assert!(bystander.accept().is_err(), "the ungranted host saw no connection");
    assert_eq!(std::fs::read_to_string(&secret).unwrap(), "the secret");
    assert_eq!(serve.get("/handler/after").0, 200, "the server goes on");
    let metrics = request(serve.admin, "GET /metrics HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n").1;
    assert!(metrics.contains(r#"nodule_serve_limits_hit_total{tenant="looping",limit="timeout"} 1"#), "{metrics}");
    assert!(metrics.contains(r#"nodule_serve_errors_total{tenant="throws"} 1"#), "{metrics}");
    let _ = std::fs::remove_file(&secret);
}

#[test]
fn a_bad_config_is_refused_with_its_line() {
    let dir = std::env::temp_dir().join(format!("nodule-serve-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let config = dir.join("nodule.toml");
    std::fs::write(&config, "listen = \"127.0.0.1:0\"\n[tenants.a]\nprefix = \"/a\"\ndir = \"missing\"\n").unwrap();
    let output = Command::new(nodule_binary()).args(["serve", "--config"]).arg(&config).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(stderr.contains(&format!("{}:4: dir: ", config.display())), "{stderr}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn reloads_keep_serving_and_a_drain_finishes_what_is_in_flight() {
    let serve = Serve::start("reload", &config(""));
    assert_eq!(serve.get("/later/").0, 404);
    let slow = {
        let port = serve.port;
        std::thread::spawn(move || request(port, "GET /slow/?ms=1500 HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"))
    };
    std::thread::sleep(Duration::from_millis(300));
    let added = format!("[tenants.later]\nprefix = \"/later\"\ndir = \"{}/handler\"\n", apps().display());
    std::fs::write(&serve.config, config(&added)).unwrap();
    serve.signal("HUP");
    let deadline = Instant::now() + Duration::from_secs(10);
    while serve.get("/later/").0 != 200 {
        assert!(Instant::now() < deadline, "the new tenant is served after the reload");
        std::thread::sleep(Duration::from_millis(50));
    }
    // A broken config on reload leaves the last good one serving.
    std::fs::write(&serve.config, "listen = \n").unwrap();
    serve.signal("HUP");
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(serve.get("/later/").0, 200);
    assert_eq!(slow.join().unwrap(), (200, "slow 1500\n".to_owned()), "the reloads did not drop it");

    let in_flight = {
        let port = serve.port;
        std::thread::spawn(move || request(port, "GET /slow/?ms=1000 HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"))
    };
    std::thread::sleep(Duration::from_millis(300));
    serve.signal("TERM");
    assert_eq!(in_flight.join().unwrap(), (200, "slow 1000\n".to_owned()), "a drain answers what is in flight");
    let mut serve = serve;
    let status = serve.child.wait().unwrap();
    assert!(status.success(), "{status:?}");
}

/// Waits until `/metrics` shows every one of `lines`.
fn wait_for_metrics(serve: &Serve, lines: &[&str]) {
    let deadline = Instant::now() + Duration::from_secs(180);
    loop {
        let metrics = request(serve.admin, "GET /metrics HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n").1;
        if lines.iter().all(|line| metrics.contains(line)) {
            return;
        }
        assert!(Instant::now() < deadline, "{lines:?} not in {metrics}");
        std::thread::sleep(Duration::from_millis(200));
    }
}

#[test]
fn instances_from_a_tenants_snapshot_share_its_start_and_nothing_of_their_requests() {
    let editable = std::env::temp_dir().join(format!("nodule-serve-editable-{}", std::process::id()));
    std::fs::create_dir_all(&editable).unwrap();
    std::fs::write(editable.join("index.js"), "module.exports = (req, res) => res.end('first\\n');\n").unwrap();
    let extra = format!(
        "[tenants.seeded]\nprefix = \"/seeded\"\ndir = \"{apps}/seeded\"\n[tenants.busy-start]\nprefix = \"/busy-start\"\ndir = \"{apps}/busy-start\"\n[tenants.editable]\nprefix = \"/editable\"\ndir = \"{editable}\"\n",
        apps = apps().display(),
        editable = editable.display()
    );
    let serve = Serve::start("snapshots", &config(&extra));
    assert_eq!(serve.get("/editable/"), (200, "first\n".to_owned()));
    // The first request of each tenant starts its snapshot, and is served meanwhile.
    assert_eq!(serve.get("/seeded/").0, 200);
    assert_eq!(serve.get("/handler/").0, 200);
    assert_eq!(serve.get("/express/users/1").0, 200);
    assert_eq!(serve.get("/busy-start/"), (200, "fd=true\n".to_owned()));
    wait_for_metrics(
        &serve,
        &[
            r#"nodule_serve_snapshots_total{tenant="seeded",outcome="taken"} 1"#,
            r#"nodule_serve_snapshots_total{tenant="handler",outcome="taken"} 1"#,
            r#"nodule_serve_snapshots_total{tenant="express",outcome="taken"} 1"#,
            r#"nodule_serve_snapshots_total{tenant="busy-start",outcome="refused"} 1"#,
            r#"nodule_serve_snapshots_total{tenant="editable",outcome="taken"} 1"#,
        ],
    );
    let answers: Vec<Vec<String>> = (0..3)
        .map(|_| {
            let (status, body) = serve.get("/seeded/");
            assert_eq!(status, 200, "{body}");
            body.split_whitespace().map(str::to_owned).collect()
        })
        .collect();
    assert!(answers.iter().all(|fields| fields[0] == answers[0][0]), "the top level ran once, in the snapshot: {answers:?}");
    for field in 1..3 {
        let distinct: std::collections::HashSet<_> = answers.iter().map(|fields| &fields[field]).collect();
        assert_eq!(distinct.len(), 3, "each instance draws its own randomness: {answers:?}");
    }
    assert!(answers.iter().all(|fields| fields[3] == "clock=ok"), "{answers:?}");
    for path in ["/handler/1", "/handler/2"] {
        assert!(serve.get(path).1.contains("served=1 earlier=none"), "nothing crosses requests from a snapshot either");
    }
    assert_eq!(serve.get("/express/users/7?x=y"), (200, r#"{"id":"7","query":{"x":"y"}}"#.to_owned()));
    assert_eq!(serve.get("/busy-start/"), (200, "fd=true\n".to_owned()), "an app that cannot be snapshotted is still served");

    // A change to a file the app's start read retires the snapshot: the next request
    // is served by the new code, and builds the next snapshot from it.
    std::fs::write(editable.join("index.js"), "module.exports = (req, res) => res.end('second version\\n');\n").unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    while serve.get("/editable/").1 != "second version\n" {
        assert!(Instant::now() < deadline, "the changed app is served");
        std::thread::sleep(Duration::from_millis(200));
    }
    wait_for_metrics(&serve, &[r#"nodule_serve_snapshots_total{tenant="editable",outcome="taken"} 2"#]);
    assert_eq!(serve.get("/editable/"), (200, "second version\n".to_owned()), "from the new snapshot");
    let _ = std::fs::remove_dir_all(&editable);
}
