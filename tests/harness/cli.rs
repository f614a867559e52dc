//! The command line: flags, exit statuses, and the sandbox's default grants.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use nodule_tests::nodule_binary;

fn nodule(args: &[&str], cwd: &Path) -> Output {
    Command::new(nodule_binary()).args(args).current_dir(cwd).output().expect("run nodule")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A fresh folder for one test, removed first if an earlier run left it behind.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("nodule-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn eval_and_print() {
    let here = std::env::temp_dir();
    let output = nodule(&["-e", "console.log(typeof require, __filename, 6 * 7)"], &here);
    assert_eq!(stdout(&output), "function [eval] 42\n");
    let output = nodule(&["-p", "[1, 'two', { three: 3 }]"], &here);
    assert_eq!(stdout(&output), "[ 1, 'two', { three: 3 } ]\n");
    let output = nodule(&["-p", "process.argv.length", "a", "b"], &here);
    assert_eq!(stdout(&output), "3\n", "-p leaves the remaining arguments to the program");
}

#[test]
fn version_and_help() {
    let here = std::env::temp_dir();
    let version = stdout(&nodule(&["--version"], &here));
    assert!(version.starts_with("nodule ") && version.contains("v20."), "{version}");
    let help = nodule(&["--help"], &here);
    assert!(help.status.success());
    for flag in ["--eval", "--print", "--allow-all", "--version"] {
        assert!(stdout(&help).contains(flag), "--help lists {flag}");
    }
}

#[test]
fn exit_status_is_the_programs() {
    let here = std::env::temp_dir();
    assert_eq!(nodule(&["-e", "process.exit(42)"], &here).status.code(), Some(42));
    assert_eq!(nodule(&["-e", "process.exitCode = 3"], &here).status.code(), Some(3));
    assert_eq!(nodule(&["-e", "throw new Error('x')"], &here).status.code(), Some(1));
    assert_eq!(nodule(&["-e", "process.exit(256 + 5)"], &here).status.code(), Some(5));
}

#[test]
fn missing_script_is_module_not_found() {
    let dir = scratch("missing");
    let output = nodule(&["nope.js"], &dir);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(err.contains("Cannot find module") && err.contains("nope.js") && err.contains("MODULE_NOT_FOUND"), "{err}");
}

#[test]
fn script_arguments_reach_process_argv() {
    let dir = scratch("argv");
    std::fs::write(dir.join("args.js"), "console.log(JSON.stringify(process.argv.slice(2)))").unwrap();
    let output = nodule(&["args.js", "--flag", "value", "-e"], &dir);
    assert_eq!(stdout(&output), "[\"--flag\",\"value\",\"-e\"]\n");
}

#[test]
fn environment_only_with_allow_all() {
    let dir = scratch("env");
    std::fs::write(dir.join("env.js"), "console.log(process.env.NODULE_TEST_SECRET)").unwrap();
    let run = |args: &[&str]| {
        let output = Command::new(nodule_binary()).args(args).current_dir(&dir).env("NODULE_TEST_SECRET", "s3cret").output().unwrap();
        stdout(&output)
    };
    assert_eq!(run(&["env.js"]), "undefined\n", "the environment is not granted by default");
    assert_eq!(run(&["-A", "env.js"]), "s3cret\n");
}

#[test]
fn math_random_differs_between_runs() {
    let here = std::env::temp_dir();
    let first = stdout(&nodule(&["-p", "Math.random()"], &here));
    let second = stdout(&nodule(&["-p", "Math.random()"], &here));
    assert_ne!(first, second, "a pre-initialized snapshot must not freeze the random state");
}

#[test]
fn standard_input_reaches_the_program() {
    let here = std::env::temp_dir();
    let run = |script: &str| {
        let mut child = Command::new(nodule_binary())
            .args(["-e", script])
            .current_dir(&here)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        std::io::Write::write_all(&mut child.stdin.take().unwrap(), b"first\nsecond\n").unwrap();
        stdout(&child.wait_with_output().unwrap())
    };
    assert_eq!(run("console.log(JSON.stringify(require('fs').readFileSync(0, 'utf8')))"), "\"first\\nsecond\\n\"\n");
    let lines = "const rl = require('readline').createInterface({ input: process.stdin });\n\
                 rl.on('line', (line) => console.log('line', line)).on('close', () => console.log('closed'));";
    assert_eq!(run(lines), "line first\nline second\nclosed\n");
}

#[test]
fn tls_failures_are_errors_not_crashes() {
    let here = std::env::temp_dir();
    // A port nothing listens on: bound, then closed.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let script = format!("(async () => {{\n\
                  await new Promise((done) => require('https').get('https://127.0.0.1:{port}/').on('error', (err) => done(console.log('https.get', err.code))));\n\
                  await new Promise((done) => require('tls').createServer({{ key: 'not a key', cert: 'not a cert' }}).on('error', (err) => done(console.log('tls listen', err.code))).listen(0));\n\
                  await fetch('https://127.0.0.1:{port}/').catch((err) => console.log('fetch', err.message, err.cause.code));\n\
                  }})();");
    let output = nodule(&["--allow-net", "-e", &script], &here);
    assert_eq!(
        stdout(&output),
        "https.get ECONNREFUSED\ntls listen EINVAL\nfetch fetch failed ECONNREFUSED\n",
        "{}",
        stderr(&output)
    );
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn http2_sessions_fail_without_crashing() {
    let here = std::env::temp_dir();
    let script = "const http2 = require('http2');\n\
                  http2.connect('http://127.0.0.1:9').on('error', (err) => console.log('connect', err.code));\n\
                  http2.createServer().on('error', (err) => console.log('listen', err.code)).listen(0);";
    let output = nodule(&["--allow-net", "-e", script], &here);
    assert_eq!(stdout(&output), "connect ERR_FEATURE_UNAVAILABLE_ON_PLATFORM\nlisten ERR_FEATURE_UNAVAILABLE_ON_PLATFORM\n", "{}", stderr(&output));
    assert_eq!(output.status.code(), Some(0));
}
