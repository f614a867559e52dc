//! Attempts to reach the network beyond what `--allow-net` grants. Every refusal must
//! happen before a socket exists (a listener here must see no connection), reach the
//! program as Node's ERR_ACCESS_DENIED, and never crash the host.

use std::io::ErrorKind;
use std::net::TcpListener;
use std::process::Command;
use std::time::Duration;

use nodule_tests::nodule_binary;

/// Runs `body` (JS, with `report(label, promiseOrCallbackStyle)` helpers in scope) with
/// `flags`, and returns stdout, failing on a non-zero exit.
fn run(body: &str, flags: &[&str]) -> String {
    let dir = std::env::temp_dir().join(format!("nodule-net-security-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let script = dir.join(format!("attempt-{}.js", body.len()));
    let prelude = r#"
const net = require('net');
const dns = require('dns');
function tryConnect(label, ...args) {
  return new Promise((resolve) => {
    const socket = net.connect(...args);
    socket.on('connect', () => { console.log(label, 'CONNECTED'); socket.destroy(); resolve(); });
    socket.on('error', (err) => { console.log(label, err.code, err.permission ?? '', err.resource ?? ''); resolve(); });
  });
}
function tryListen(label, ...args) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.on('error', (err) => { console.log(label, err.code, err.permission ?? ''); resolve(); });
    server.listen(...args, () => { console.log(label, 'LISTENING'); server.close(); resolve(); });
  });
}
function tryLookup(label, host) {
  return new Promise((resolve) => dns.lookup(host, (err) => { console.log(label, err ? err.code : 'RESOLVED'); resolve(); }));
}
"#;
    std::fs::write(&script, format!("{prelude}(async () => {{\n{body}\n}})();\n")).unwrap();
    let output = Command::new(nodule_binary()).args(flags).arg(&script).output().unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "a refusal is a JS error, not a crash: {stdout}{stderr}");
    stdout
}

/// A listener the program must not reach; `assert_untouched` checks it saw nothing.
fn bystander() -> (TcpListener, u16) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    (listener, port)
}

fn assert_untouched(listener: &TcpListener) {
    listener.set_nonblocking(true).unwrap();
    std::thread::sleep(Duration::from_millis(50));
    match listener.accept() {
        Err(err) if err.kind() == ErrorKind::WouldBlock => {}
        other => panic!("the program reached a listener it was not granted: {other:?}"),
    }
}

#[test]
fn nothing_is_reachable_by_default() {
    let (listener, port) = bystander();
    let out = run(
        &format!(
            "await tryConnect('connect', {port}, '127.0.0.1');\nawait tryListen('listen', 0, '127.0.0.1');\n\
             await tryLookup('lookup', 'localhost');"
        ),
        &[],
    );
    assert_eq!(out, format!("connect ERR_ACCESS_DENIED Net 127.0.0.1\nlisten ERR_ACCESS_DENIED Net\nlookup ERR_ACCESS_DENIED\n"));
    assert_untouched(&listener);
}

#[test]
fn a_port_grant_covers_that_port_only() {
    let (granted, port) = bystander();
    let (other, other_port) = bystander();
    let out = run(
        &format!(
            "await tryConnect('granted', {port}, '127.0.0.1');\nawait tryConnect('other port', {other_port}, '127.0.0.1');\n\
             await tryListen('listen elsewhere', 0, '127.0.0.1');"
        ),
        &[&format!("--allow-net=127.0.0.1:{port}")],
    );
    assert_eq!(out, "granted CONNECTED\nother port ERR_ACCESS_DENIED Net 127.0.0.1\nlisten elsewhere ERR_ACCESS_DENIED Net\n");
    assert!(granted.accept().is_ok());
    assert_untouched(&other);
}

#[test]
fn other_spellings_of_a_granted_host_are_refused() {
    let (listener, port) = bystander();
    // Each names loopback without being the granted name or address; a grant is never
    // widened by what a name might resolve to.
    let out = run(
        &format!(
            "for (const host of ['localhost', '0x7f.1', '2130706433', '::ffff:127.0.0.1', '127.0.0.1.nip.io']) {{\n\
               await tryConnect(host, {port}, host);\n}}"
        ),
        &[&format!("--allow-net=127.0.0.1:{port}")],
    );
    for line in out.lines() {
        assert!(line.contains("ERR_ACCESS_DENIED"), "{out}");
    }
    assert_eq!(out.lines().count(), 5, "{out}");
    assert_untouched(&listener);
}

#[test]
fn a_loopback_grant_does_not_open_every_interface() {
    let out = run(
        "await tryListen('all interfaces', 0);\nawait tryListen('ipv4 any', 0, '0.0.0.0');\n\
         await tryListen('loopback', 0, '127.0.0.1');\nawait tryLookup('other name', 'example.com');",
        &["--allow-net=localhost"],
    );
    assert_eq!(
        out,
        "all interfaces ERR_ACCESS_DENIED Net\nipv4 any ERR_ACCESS_DENIED Net\nloopback LISTENING\nother name ERR_ACCESS_DENIED\n"
    );
}

#[test]
fn http_and_fetch_are_checked_like_sockets() {
    let (listener, port) = bystander();
    let out = run(
        &format!(
            "const http = require('http');\n\
             await new Promise((resolve) => http.get(`http://127.0.0.1:{port}/`).on('error', (err) => {{ console.log('http.get', err.code); resolve(); }}));\n\
             await fetch(`http://127.0.0.1:{port}/`).catch((err) => console.log('fetch', err.message, err.cause?.code));\n\
             await new Promise((resolve) => http.createServer().on('error', (err) => {{ console.log('http listen', err.code); resolve(); }}).listen(0));"
        ),
        &[],
    );
    assert_eq!(out, "http.get ERR_ACCESS_DENIED\nfetch fetch failed ERR_ACCESS_DENIED\nhttp listen ERR_ACCESS_DENIED\n");
    assert_untouched(&listener);
}

#[test]
fn tls_and_https_are_checked_like_sockets() {
    let (listener, port) = bystander();
    let out = run(
        &format!(
            "const tls = require('tls');\n\
             const https = require('https');\n\
             await new Promise((resolve) => tls.connect({{ port: {port}, host: '127.0.0.1', rejectUnauthorized: false }}).on('error', (err) => {{ console.log('tls.connect', err.code, err.permission); resolve(); }}));\n\
             await new Promise((resolve) => https.get(`https://127.0.0.1:{port}/`).on('error', (err) => {{ console.log('https.get', err.code); resolve(); }}));\n\
             await fetch(`https://127.0.0.1:{port}/`).catch((err) => console.log('fetch', err.message, err.cause?.code));\n\
             await new Promise((resolve) => tls.createServer().on('error', (err) => {{ console.log('tls listen', err.code); resolve(); }}).listen(0, '127.0.0.1'));\n\
             await new Promise((resolve) => https.createServer().on('error', (err) => {{ console.log('https listen', err.code); resolve(); }}).listen(0));"
        ),
        &["--allow-net=localhost:1"],
    );
    assert_eq!(
        out,
        "tls.connect ERR_ACCESS_DENIED Net\nhttps.get ERR_ACCESS_DENIED\nfetch fetch failed ERR_ACCESS_DENIED\n\
         tls listen ERR_ACCESS_DENIED\nhttps listen ERR_ACCESS_DENIED\n"
    );
    assert_untouched(&listener);
}

#[test]
fn bad_grants_are_refused_at_start() {
    let output = Command::new(nodule_binary()).args(["--allow-net=host:port", "-e", "1"]).output().unwrap();
    assert_ne!(output.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&output.stderr).contains("invalid port"));
}

/// A UDP socket the program must not reach; `assert_no_datagram` checks it got nothing.
fn udp_bystander() -> (std::net::UdpSocket, u16) {
    let socket = std::net::UdpSocket::bind("127.0.0.1:0").unwrap();
    let port = socket.local_addr().unwrap().port();
    (socket, port)
}

fn assert_no_datagram(socket: &std::net::UdpSocket) {
    socket.set_nonblocking(true).unwrap();
    std::thread::sleep(Duration::from_millis(50));
    let mut buffer = [0; 64];
    match socket.recv_from(&mut buffer) {
        Err(err) if err.kind() == ErrorKind::WouldBlock => {}
        other => panic!("the program sent a datagram where it was not granted: {other:?}"),
    }
}

#[test]
fn udp_binds_and_sends_only_where_granted() {
    let (bystander, port) = udp_bystander();
    let body = format!(
        "const dgram = require('dgram');\n\
         const attempt = (label, socket, ...args) => new Promise((resolve) => socket.send('x', ...args, (err) => {{ console.log(label, err ? err.code : 'SENT'); socket.close(); resolve(); }}));\n\
         await attempt('send', dgram.createSocket('udp4'), {port}, '127.0.0.1');\n\
         await attempt('send-unspecified', dgram.createSocket('udp4'), {port}, '0.0.0.0');\n\
         await attempt('send-v6', dgram.createSocket('udp6'), {port}, '::ffff:127.0.0.1');\n\
         const bound = dgram.createSocket('udp4');\n\
         await new Promise((resolve) => {{ bound.on('error', (err) => {{ console.log('bind', err.code); resolve(); }}); bound.bind({port}, '127.0.0.1', resolve); }});\n\
         await attempt('by-name', dgram.createSocket('udp4'), {port}, 'localhost');"
    );
    // Another port of loopback, and localhost by name on every port but the bystander's,
    // and the unspecified address are granted: none of these reach the bystander.
    let out = run(&body, &[&format!("--allow-net=127.0.0.1:{},localhost:{},0.0.0.0", port.wrapping_add(1), port.wrapping_add(1))]);
    assert_eq!(
        out,
        "send ERR_ACCESS_DENIED\nsend-unspecified ERR_ACCESS_DENIED\nsend-v6 ERR_ACCESS_DENIED\nbind ERR_ACCESS_DENIED\nby-name ERR_ACCESS_DENIED\n"
    );
    assert_no_datagram(&bystander);
    // The same sends, granted by name, arrive.
    let out = run(
        &format!(
            "const s = require('dgram').createSocket('udp4');\n\
             s.send('by name', {port}, 'localhost', (err) => {{ console.log(err ? err.code : 'SENT'); s.close(); }});"
        ),
        &[&format!("--allow-net=localhost:{port}")],
    );
    assert_eq!(out, "SENT\n");
    bystander.set_nonblocking(false).unwrap();
    bystander.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let mut buffer = [0; 64];
    let (size, _) = bystander.recv_from(&mut buffer).unwrap();
    assert_eq!(&buffer[..size], b"by name");
}

#[test]
fn an_unbound_sender_hears_only_from_hosts_it_may_reach() {
    let (peer, peer_port) = udp_bystander();
    let (stranger, _) = udp_bystander();
    let dir = std::env::temp_dir().join(format!("nodule-udp-hear-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let script = dir.join("hear.js");
    std::fs::write(
        &script,
        format!(
            "const socket = require('dgram').createSocket('udp4');\n\
             socket.on('message', (msg, rinfo) => {{ console.log('heard', msg.toString(), rinfo.port === {peer_port}); socket.close(); }});\n\
             socket.send('hello', {peer_port}, '127.0.0.1', () => console.log('port', socket.address().port));\n"
        ),
    )
    .unwrap();
    let mut child = Command::new(nodule_binary())
        .arg(format!("--allow-net=127.0.0.1:{peer_port}"))
        .arg(&script)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    std::io::BufRead::read_line(&mut stdout, &mut line).unwrap();
    let program_port: u16 = line.trim().strip_prefix("port ").unwrap_or_else(|| panic!("{line}")).parse().unwrap();
    // The stranger speaks first; the program must hear only the peer it may reach.
    stranger.send_to(b"from a stranger", ("127.0.0.1", program_port)).unwrap();
    std::thread::sleep(Duration::from_millis(100));
    peer.send_to(b"from the peer", ("127.0.0.1", program_port)).unwrap();
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut stdout, &mut rest).unwrap();
    assert!(child.wait().unwrap().success());
    assert_eq!(rest, "heard from the peer true\n");
    let _ = std::fs::remove_dir_all(&dir);
}

/// A Unix socket listener the program must not reach, in a folder of its own.
fn unix_bystander(dir: &std::path::Path) -> (std::os::unix::net::UnixListener, std::path::PathBuf) {
    let path = dir.join("outside.sock");
    let _ = std::fs::remove_file(&path);
    (std::os::unix::net::UnixListener::bind(&path).unwrap(), path)
}

#[test]
fn unix_sockets_are_reached_and_made_only_inside_a_write_grant() {
    let root = std::env::temp_dir().join(format!("nodule-unix-security-{}", std::process::id()));
    let (granted, readable, outside) = (root.join("granted"), root.join("readable"), root.join("outside"));
    for dir in [&granted, &readable, &outside] {
        std::fs::create_dir_all(dir).unwrap();
    }
    let (listener, target) = unix_bystander(&outside);
    let (readable_listener, readable_target) = unix_bystander(&readable);
    // Links the program could also have made itself, pointing out of its grant.
    let _ = std::os::unix::fs::symlink(&target, granted.join("link.sock"));
    let _ = std::os::unix::fs::symlink(&outside, granted.join("folder-link"));
    let created = outside.join("made.sock");
    let (g, t, r, c) = (granted.display(), target.display(), readable_target.display(), created.display());
    let out = run(
        &format!(
            "await tryConnect('outside', '{t}');\nawait tryConnect('through a link', '{g}/link.sock');\n\
             await tryConnect('through a folder link', '{g}/folder-link/outside.sock');\n\
             await tryConnect('read grant only', '{r}');\nawait tryListen('listen outside', '{c}');\n\
             await tryListen('listen granted', '{g}/made.sock');"
        ),
        &[&format!("--allow-fs-write={g}"), &format!("--allow-fs-read={}", readable.display())],
    );
    assert_eq!(
        out,
        format!(
            "outside ERR_ACCESS_DENIED FileSystemWrite {t}\nthrough a link ECONNREFUSED  \n\
             through a folder link ERR_ACCESS_DENIED FileSystemWrite {g}/folder-link/outside.sock\nread grant only ERR_ACCESS_DENIED FileSystemWrite {r}\n\
             listen outside ERR_ACCESS_DENIED FileSystemWrite\nlisten granted LISTENING\n"
        )
    );
    for listener in [&listener, &readable_listener] {
        listener.set_nonblocking(true).unwrap();
        std::thread::sleep(Duration::from_millis(50));
        assert!(
            matches!(listener.accept(), Err(err) if err.kind() == ErrorKind::WouldBlock),
            "the program reached a Unix socket it was not granted"
        );
    }
    assert!(target.exists() && !created.exists(), "the socket outside stays, and nothing is made beside it");
    assert!(!granted.join("made.sock").exists(), "a listener's socket file goes when it closes");
    std::fs::remove_dir_all(&root).unwrap();
}
