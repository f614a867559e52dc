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
fn node_path_is_searched_when_the_program_may_see_it() {
    let dir = scratch("node-path");
    std::fs::create_dir_all(dir.join("lib/shared")).unwrap();
    std::fs::write(dir.join("lib/shared/index.js"), "module.exports = 'shared';").unwrap();
    std::fs::create_dir_all(dir.join("app")).unwrap();
    std::fs::write(dir.join("app/main.js"), "try { console.log(require('shared')); } catch (err) { console.log(err.code); }").unwrap();
    let lib = dir.join("lib");
    let run = |args: &[&str]| {
        let output =
            Command::new(nodule_binary()).args(args).arg("main.js").current_dir(dir.join("app")).env("NODE_PATH", &lib).output().unwrap();
        stdout(&output)
    };
    let read_lib = format!("--allow-fs-read={}", lib.display());
    assert_eq!(run(&["--allow-env=NODE_PATH", &read_lib]), "shared\n");
    assert_eq!(run(&[&read_lib]), "MODULE_NOT_FOUND\n", "NODE_PATH is the program's environment, granted or not");
    assert_eq!(run(&["--allow-env=NODE_PATH"]), "MODULE_NOT_FOUND\n", "its folders are read under the program's grants");
}

#[test]
fn math_random_differs_between_runs() {
    let here = std::env::temp_dir();
    let first = stdout(&nodule(&["-p", "Math.random()"], &here));
    let second = stdout(&nodule(&["-p", "Math.random()"], &here));
    assert_ne!(first, second, "a pre-initialized snapshot must not freeze the random state");
}

/// The host's TZ reaches Date and Intl though the program sees no environment. Expected
/// lines as node prints them, except two of node's quirks: it takes no path into the zone
/// database (Europe/Berlin's line is summer time) and names Asia/Kolkata by ICU's old
/// name, Asia/Calcutta.
#[test]
fn local_time_is_the_hosts_time_zone_without_the_environment() {
    let here = std::env::temp_dir();
    let program = "const d = new Date(2024, 6, 1, 9); \
                   console.log(d.toString(), d.getTime(), Intl.DateTimeFormat().resolvedOptions().timeZone, typeof process.env.TZ)";
    let cases = [
        ("Asia/Kolkata", "Mon Jul 01 2024 09:00:00 GMT+0530 (India Standard Time) 1719804600000 Asia/Kolkata"),
        (":America/Los_Angeles", "Mon Jul 01 2024 09:00:00 GMT-0700 (Pacific Daylight Time) 1719849600000 America/Los_Angeles"),
        (
            "/usr/share/zoneinfo/Europe/Berlin",
            "Mon Jul 01 2024 09:00:00 GMT+0200 (Central European Summer Time) 1719817200000 Europe/Berlin",
        ),
        ("UTC", "Mon Jul 01 2024 09:00:00 GMT+0000 (Coordinated Universal Time) 1719824400000 UTC"),
    ];
    for (tz, expected) in cases {
        let output = Command::new(nodule_binary()).args(["-e", program]).env("TZ", tz).current_dir(&here).output().unwrap();
        assert_eq!(stdout(&output), format!("{expected} undefined\n"), "TZ={tz}");
    }
}

/// NODE_EXTRA_CA_CERTS in nodule's environment adds to the roots a client trusts without a
/// `ca` of its own, as in node; a file that cannot be read is a warning, not a failure.
#[test]
fn extra_ca_certificates_come_from_node_extra_ca_certs() {
    let certificates = Path::new(env!("CARGO_MANIFEST_DIR")).join("js/tls");
    let program = "const tls = require('tls'), fs = require('fs'); \
        const server = tls.createServer({ key: fs.readFileSync('key.pem'), cert: fs.readFileSync('cert.pem') }, (s) => s.end()); \
        server.listen(0, '127.0.0.1', () => { \
          const c = tls.connect(server.address().port, 'localhost', () => { console.log('trusted'); c.destroy(); server.close(); }); \
          c.on('error', (e) => { console.log(e.code); server.close(); }); });";
    let run = |extra: Option<&Path>| {
        let mut command = Command::new(nodule_binary());
        command.args(["--allow-net=127.0.0.1,localhost", "--allow-fs-read=.", "-e", program]).current_dir(&certificates);
        match extra {
            Some(path) => command.env("NODE_EXTRA_CA_CERTS", path),
            None => command.env_remove("NODE_EXTRA_CA_CERTS"),
        };
        command.output().unwrap()
    };
    assert_eq!(stdout(&run(None)), "DEPTH_ZERO_SELF_SIGNED_CERT\n", "Mozilla's roots alone");
    assert_eq!(stdout(&run(Some(&certificates.join("cert.pem")))), "trusted\n");
    let missing = run(Some(&certificates.join("missing.pem")));
    assert_eq!(stdout(&missing), "DEPTH_ZERO_SELF_SIGNED_CERT\n");
    assert!(stderr(&missing).contains("Warning: Ignoring extra certs from"), "{}", stderr(&missing));
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
    let script = format!(
        "(async () => {{\n\
                  await new Promise((done) => require('https').get('https://127.0.0.1:{port}/').on('error', (err) => done(console.log('https.get', err.code))));\n\
                  await new Promise((done) => require('tls').createServer({{ key: 'not a key', cert: 'not a cert' }}).on('error', (err) => done(console.log('tls listen', err.code))).listen(0));\n\
                  await fetch('https://127.0.0.1:{port}/').catch((err) => console.log('fetch', err.message, err.cause.code));\n\
                  }})();"
    );
    let output = nodule(&["--allow-net", "-e", &script], &here);
    assert_eq!(stdout(&output), "https.get ECONNREFUSED\ntls listen EINVAL\nfetch fetch failed ECONNREFUSED\n", "{}", stderr(&output));
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn http2_sessions_fail_without_crashing() {
    let here = std::env::temp_dir();
    let script = "const http2 = require('http2');\n\
                  http2.connect('http://127.0.0.1:9').on('error', (err) => console.log('connect', err.code));\n\
                  http2.createServer().on('error', (err) => console.log('listen', err.code)).listen(0);";
    let output = nodule(&["--allow-net", "-e", script], &here);
    assert_eq!(
        stdout(&output),
        "connect ERR_FEATURE_UNAVAILABLE_ON_PLATFORM\nlisten ERR_FEATURE_UNAVAILABLE_ON_PLATFORM\n",
        "{}",
        stderr(&output)
    );
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn a_folder_as_the_script_grants_that_folder_not_its_parent() {
    let root = scratch("folder-script");
    let app = root.join("app");
    std::fs::create_dir(&app).unwrap();
    std::fs::write(root.join("secret.txt"), "outside the app").unwrap();
    std::fs::write(
        app.join("index.js"),
        "try { require('fs').readFileSync('../secret.txt'); console.log('READ'); } catch (e) { console.log(e.code); }",
    )
    .unwrap();
    assert_eq!(stdout(&nodule(&["."], &app)), "ERR_ACCESS_DENIED\n");
    assert_eq!(stdout(&nodule(&["app"], &root)), "ERR_ACCESS_DENIED\n");
    assert_eq!(std::fs::read_to_string(root.join("secret.txt")).unwrap(), "outside the app");
}

#[test]
fn unknown_options_are_refused_as_node_refuses_them() {
    let dir = scratch("bad-option");
    std::fs::write(dir.join("app.js"), "console.log('ran')").unwrap();
    for args in [&["--bogus", "app.js"][..], &["--max-cpu=5", "app.js"], &["--max-memory", "0", "app.js"]] {
        let output = nodule(args, &dir);
        assert_ne!(output.status.code(), Some(0), "{args:?}");
        assert!(stdout(&output).is_empty(), "{args:?} must not run the program");
    }
    let output = nodule(&["--bogus", "app.js"], &dir);
    assert_eq!((output.status.code(), stderr(&output)), (Some(9), "nodule: bad option: --bogus\n".to_owned()));
    // An option-shaped name where the script goes is an option nodule does not know.
    let output = nodule(&["--max-cpu=5", "app.js"], &dir);
    assert_eq!((output.status.code(), stderr(&output)), (Some(9), "nodule: bad option: --max-cpu=5\n".to_owned()));
}

#[test]
fn empty_or_malformed_grants_refuse_to_start() {
    let dir = scratch("bad-grants");
    std::fs::write(dir.join("app.js"), "console.log('ran')").unwrap();
    for flag in [
        "--allow-net=",
        "--allow-net=localhost:1,",
        "--allow-net=[]",
        "--allow-net=:80",
        "--allow-fs-read=",
        "--allow-fs-write=",
        "--allow-env=",
        "--allow-child-process=",
        "--allow-child-process=echo,",
        "--allow-child-process=,echo",
        "--allow-child-process=echo,,sh",
        "--allow-child-process=*",
        "--allow-child-process=bin/echo",
        "--allow-child-process=./echo",
        "--allow-child-process=/",
        "--allow-child-process=nodule-no-such-executable",
    ] {
        let output = nodule(&[flag, "app.js"], &dir);
        assert_ne!(output.status.code(), Some(0), "{flag}");
        assert!(stdout(&output).is_empty(), "{flag} must not run the program");
        assert!(!stderr(&output).is_empty(), "{flag} says why");
    }
}

#[test]
fn environment_variables_are_granted_by_name() {
    let dir = scratch("env-names");
    let script =
        "console.log(JSON.stringify(process.env), process.permission.has('env', 'NODULE_A'), process.permission.has('env', 'NODULE_B'))";
    let run = |args: &[&str]| {
        let output = Command::new(nodule_binary())
            .args(args)
            .args(["-e", script])
            .env("NODULE_A", "a")
            .env("NODULE_B", "b")
            .current_dir(&dir)
            .output()
            .unwrap();
        stdout(&output)
    };
    assert_eq!(run(&[]), "{} false false\n");
    assert_eq!(run(&["--allow-env=NODULE_A,NODULE_UNSET"]), "{\"NODULE_A\":\"a\"} true false\n");
    assert!(run(&["--allow-env"]).contains("\"NODULE_B\":\"b\""));
}

#[test]
fn a_project_declares_its_grants_in_package_json() {
    let root = scratch("project");
    let app = root.join("app");
    std::fs::create_dir_all(app.join("out")).unwrap();
    std::fs::write(app.join("package.json"), r#"{ "name": "app", "nodule": { "allow": { "fs-write": ["out"], "env": ["NODULE_A"] } } }"#)
        .unwrap();
    let script = "const fs = require('fs');\n\
                  try { fs.writeFileSync('out/x.txt', 'written'); console.log('wrote'); } catch (e) { console.log(e.code); }\n\
                  console.log(process.env.NODULE_A, process.permission.has('fs.write', 'out'), process.permission.has('fs.write', '..'));";
    std::fs::write(app.join("main.js"), script).unwrap();
    let run =
        |args: &[&str]| Command::new(nodule_binary()).args(args).arg("main.js").env("NODULE_A", "a").current_dir(&app).output().unwrap();
    let granted = run(&[]);
    assert_eq!(stdout(&granted), "wrote\na true false\n");
    assert!(
        stderr(&granted).starts_with(&format!("nodule: granted by {}: --allow-fs-write=", app.join("package.json").display())),
        "{}",
        stderr(&granted)
    );
    std::fs::remove_file(app.join("out/x.txt")).unwrap();
    let ignored = run(&["--no-project-permissions"]);
    assert_eq!(stdout(&ignored), "ERR_ACCESS_DENIED\nundefined false false\n");
    assert!(stderr(&ignored).is_empty(), "{}", stderr(&ignored));
    assert!(!app.join("out/x.txt").exists());
    std::fs::write(app.join("package.json"), r#"{ "nodule": { "allow": { "fs-wirte": ["out"] } } }"#).unwrap();
    let typo = run(&[]);
    assert_ne!(typo.status.code(), Some(0));
    assert!(stdout(&typo).is_empty() && stderr(&typo).contains("fs-wirte"), "{}", stderr(&typo));
}

/// The compiled guest once lived in a cache under $HOME, where a program granted to
/// write there could plant native code for the next run. Nothing is read from or
/// written to a cache now: a program that rewrites every file of the old cache folders
/// changes nothing for the next run.
#[test]
fn no_compiled_code_is_taken_from_a_folder_a_program_can_write() {
    let home = scratch("cache-plant");
    let caches = [home.join(".cache/nodule"), home.join("xdg/nodule"), home.join("custom")];
    for cache in &caches {
        std::fs::create_dir_all(cache).unwrap();
        std::fs::write(cache.join("guest-planted.cwasm"), b"\x7fELF not really").unwrap();
    }
    std::fs::write(home.join("app.js"), "console.log('the right output', 6 * 7)").unwrap();
    let plant = "const fs = require('fs'), path = require('path');\n\
                 for (const dir of process.argv.slice(2)) for (const name of fs.readdirSync(dir)) fs.writeFileSync(path.join(dir, name), 'planted');\n\
                 for (const dir of process.argv.slice(2)) fs.writeFileSync(path.join(dir, 'guest-0000000000000000-0000000000000000.cwasm'), 'planted');";
    std::fs::write(home.join("plant.js"), plant).unwrap();
    let run = |args: &[&str]| {
        Command::new(nodule_binary())
            .args(args)
            .env("HOME", &home)
            .env("XDG_CACHE_HOME", home.join("xdg"))
            .env("NODULE_CACHE_DIR", home.join("custom"))
            .current_dir(&home)
            .output()
            .unwrap()
    };
    let cache_args: Vec<String> = caches.iter().map(|c| c.display().to_string()).collect();
    let mut plant_args = vec!["--allow-fs-write=.", "plant.js"];
    plant_args.extend(cache_args.iter().map(String::as_str));
    assert!(run(&plant_args).status.success());
    let output = run(&["app.js"]);
    assert_eq!((stdout(&output), stderr(&output)), ("the right output 42\n".to_owned(), String::new()));
    for cache in &caches {
        for entry in std::fs::read_dir(cache).unwrap() {
            assert_eq!(std::fs::read(entry.unwrap().path()).unwrap(), b"planted", "only the program's own files are there");
        }
    }
}

#[test]
fn node_options_come_from_node_options_too() {
    let dir = scratch("node-options");
    std::fs::write(dir.join("warn.js"), "process.emitWarning('hidden'); console.log(process.execArgv.join(' '))").unwrap();
    let output = Command::new(nodule_binary()).arg("warn.js").env("NODE_OPTIONS", "--no-warnings").current_dir(&dir).output().unwrap();
    assert_eq!((stdout(&output), stderr(&output)), ("--no-warnings\n".to_owned(), String::new()));
    let output = Command::new(nodule_binary()).arg("warn.js").env("NODE_OPTIONS", "--bogus").current_dir(&dir).output().unwrap();
    assert_eq!((output.status.code(), stderr(&output)), (Some(9), "nodule: bad option: --bogus\n".to_owned()));
    // Given in both places, as node takes it: once, not an error.
    let output = Command::new(nodule_binary())
        .args(["--no-warnings", "warn.js"])
        .env("NODE_OPTIONS", "--no-warnings")
        .current_dir(&dir)
        .output()
        .unwrap();
    assert_eq!((stdout(&output), stderr(&output)), ("--no-warnings\n".to_owned(), String::new()));
}

#[test]
fn max_old_space_size_is_the_memory_limit() {
    let dir = scratch("old-space");
    std::fs::write(dir.join("grow.js"), "const kept = []; try { for (;;) kept.push(new Uint8Array(1 << 20).fill(1)); } catch (e) { console.log('stopped near', Math.round(kept.length / 8) * 8, 'MiB'); }").unwrap();
    let output = nodule(&["--max-old-space-size=32", "grow.js"], &dir);
    let printed = stdout(&output);
    let mib: u32 = printed.split_whitespace().nth(2).and_then(|n| n.parse().ok()).unwrap_or(0);
    assert!((8..=32).contains(&mib), "{printed}{}", stderr(&output));
}

#[test]
fn the_program_can_come_from_standard_input() {
    use std::io::Write as _;
    let dir = scratch("stdin-program");
    let run = |args: &[&str]| {
        let mut child = Command::new(nodule_binary())
            .args(args)
            .current_dir(&dir)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(b"console.log(__filename, module.id, process.argv.slice(1).join(' '))").unwrap();
        stdout(&child.wait_with_output().unwrap())
    };
    assert_eq!(run(&[]), "[stdin] [stdin] \n");
    assert_eq!(run(&["-", "a", "b"]), "[stdin] [stdin] - a b\n");
}

#[test]
fn input_type_module_runs_eval_and_stdin_as_es_modules() {
    let dir = scratch("input-type");
    std::fs::write(dir.join("dep.mjs"), "export const answer = 42;\n").unwrap();
    let source = "import { answer } from './dep.mjs'; console.log(answer, typeof require, import.meta.url.endsWith('/[eval1]'))";
    let output = nodule(&["--input-type=module", "-e", source], &dir);
    assert_eq!(stdout(&output), "42 undefined true\n", "{}", stderr(&output));
    let output = nodule(&["--input-type", "commonjs", "-e", "console.log(typeof require)"], &dir);
    assert_eq!(stdout(&output), "function\n");
    let output = nodule(&["--input-type=module", "-p", "1"], &dir);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("Error [ERR_EVAL_ESM_CANNOT_PRINT]: --print cannot be used with ESM input"), "{}", stderr(&output));
    let output = nodule(&["--input-type=json", "-e", "1"], &dir);
    assert_eq!((output.status.code(), stderr(&output).as_str()), (Some(9), "nodule: --input-type must be \"module\" or \"commonjs\"\n"));
}

#[test]
fn import_preloads_es_modules_in_order_after_require() {
    let dir = scratch("import");
    std::fs::write(dir.join("first.mjs"), "console.log('first'); globalThis.order = ['first'];\n").unwrap();
    std::fs::write(dir.join("second.mjs"), "await null; console.log('second'); globalThis.order.push('second');\n").unwrap();
    std::fs::write(dir.join("early.cjs"), "console.log('require');\n").unwrap();
    let args = ["-r", "./early.cjs", "--import", "./first.mjs", "--import=./second.mjs", "-e", "console.log('main', order.join())"];
    let output = nodule(&args, &dir);
    assert_eq!(stdout(&output), "require\nfirst\nsecond\nmain first,second\n", "{}", stderr(&output));
    let output = nodule(&["--import", "./missing.mjs", "-e", "console.log('main')"], &dir);
    assert_eq!((output.status.code(), stdout(&output).as_str()), (Some(1), ""), "a missing preload stops the program");
    assert!(stderr(&output).contains("Cannot find module"), "{}", stderr(&output));
}

#[test]
fn watch_runs_the_program_again_when_a_module_changes() {
    let dir = scratch("watch");
    std::fs::write(dir.join("dep.js"), "module.exports = 'first';\n").unwrap();
    std::fs::write(dir.join("main.js"), "console.log(require('./dep'));\n").unwrap();
    let mut child =
        Command::new(nodule_binary()).args(["--watch", "main.js"]).current_dir(&dir).stdout(std::process::Stdio::piped()).spawn().unwrap();
    let mut lines = std::io::BufRead::lines(std::io::BufReader::new(child.stdout.take().unwrap()));
    let mut next = || lines.next().unwrap().unwrap();
    assert_eq!([next(), next()], ["first", "Completed running 'main.js'"]);
    // A required module changes: node's lines, and a failing run says so.
    std::thread::sleep(std::time::Duration::from_millis(20));
    std::fs::write(dir.join("dep.js"), "module.exports = 'second'; process.exitCode = 3;\n").unwrap();
    assert_eq!([next(), next(), next()], ["Restarting 'main.js'", "second", "Failed running 'main.js'"]);
    // A program still running is stopped and started again.
    std::fs::write(dir.join("main.js"), "console.log('serving'); setInterval(() => {}, 1000);\n").unwrap();
    assert_eq!([next(), next()], ["Restarting 'main.js'", "serving"]);
    std::fs::write(dir.join("main.js"), "console.log('done');\n").unwrap();
    assert_eq!([next(), next(), next()], ["Restarting 'main.js'", "done", "Completed running 'main.js'"]);
    child.kill().unwrap();
    child.wait().unwrap();
    let output = nodule(&["--watch", "-e", "1"], &dir);
    assert_eq!((output.status.code(), stderr(&output).as_str()), (Some(9), "nodule: either --watch or --eval can be used, not both\n"));
}

/// `--test` finds node's test files (by name, and every script under a `test` folder),
/// never those in `node_modules`, runs them under one summary, and exits 1 when one fails.
#[test]
fn test_runs_the_test_files_it_finds() {
    let dir = scratch("test-runner");
    let write = |name: &str, body: &str| {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, body).unwrap();
    };
    let passing = |name: &str| format!("require('node:test')('{name}', () => {{}});\n");
    for name in ["a.test.js", "b-test.cjs", "c_test.mjs", "test-d.js", "test.js", "test/e.js", "deep/test/f.js"] {
        let body =
            if name.ends_with(".mjs") { format!("import test from 'node:test';\ntest('{name}', () => {{}});\n") } else { passing(name) };
        write(name, &body);
    }
    for name in ["helper.js", "testing.js", "node_modules/x/g.test.js", "a.test.ts"] {
        write(name, "require('node:test')('must not run', () => {});\n");
    }
    let output = nodule(&["--test"], &dir);
    let out = stdout(&output);
    assert_eq!(output.status.code(), Some(0), "{out}{}", stderr(&output));
    let ran: Vec<&str> = out.lines().filter_map(|line| line.strip_prefix("ok ")).collect();
    assert_eq!(
        ran,
        ["1 - a.test.js", "2 - b-test.cjs", "3 - c_test.mjs", "4 - deep/test/f.js", "5 - test-d.js", "6 - test.js", "7 - test/e.js"],
        "{out}"
    );
    assert!(out.contains("\n1..7\n# tests 7\n# suites 0\n# pass 7\n# fail 0\n"), "{out}");

    // Named files and folders; a failure anywhere fails the run.
    write("more/x.test.js", "require('node:test')('fails', () => { throw new Error('no'); });\n");
    let output = nodule(&["--test", "--test-reporter=dot", "a.test.js", "more"], &dir);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).starts_with(".X\n\nFailed tests:\n\n\u{2716} fails ("), "{}", stdout(&output));

    // A file that makes no test is one test, failed when loading it throws.
    write("empty.test.js", "");
    write("throws.test.js", "throw new Error('at load');\n");
    let output = nodule(&["--test", "empty.test.js", "throws.test.js"], &dir);
    let out = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{out}");
    assert!(out.contains(&format!("ok 1 - {}\n", dir.join("empty.test.js").display())), "{out}");
    assert!(out.contains(&format!("not ok 2 - {}\n", dir.join("throws.test.js").display())), "{out}");
    assert!(out.contains("  error: 'at load'\n"), "{out}");

    // As node: a path that is not there ends the run before any test.
    let output = nodule(&["--test", "missing.test.js"], &dir);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stderr(&output), format!("Could not find '{}'\n", dir.join("missing.test.js").display()));
    assert_eq!(stdout(&output), "");

    // The files it may run are those the working folder's grant covers.
    let inner = dir.join("inner");
    std::fs::create_dir_all(&inner).unwrap();
    let output = nodule(&["--test", "../a.test.js"], &inner);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("ERR_ACCESS_DENIED"), "{}", stderr(&output));
    assert!(!stdout(&output).contains("ok "), "{}", stdout(&output));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_granted_name_is_found_on_the_hosts_path_outside_the_writable_folders() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = scratch("child-path");
    let out = dir.join("out");
    std::fs::create_dir_all(&out).unwrap();
    // A look-alike first on the PATH, in a folder the program may write: it would leave a mark.
    std::fs::write(out.join("echo"), format!("#!/bin/sh\ntouch {}\n", dir.join("marked").display())).unwrap();
    std::fs::set_permissions(out.join("echo"), std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = format!("{}:{}", out.display(), std::env::var("PATH").unwrap_or_default());
    let script = "process.stdout.write(require('child_process').execFileSync('echo', ['the real one']))";
    let run = |flags: &[&str]| {
        let output = Command::new(nodule_binary()).args(flags).args(["-e", script]).env("PATH", &path).current_dir(&dir).output().unwrap();
        (stdout(&output), stderr(&output))
    };
    assert_eq!(run(&["--allow-fs-write=out", "--allow-child-process=echo"]), ("the real one\n".to_owned(), String::new()));
    assert!(!dir.join("marked").exists(), "the look-alike in a writable folder never runs");
    // Where the program may not write, the folder is the user's PATH as any other.
    let (_, err) = run(&["--allow-child-process=echo"]);
    assert!(err.is_empty(), "{err}");
    assert!(dir.join("marked").exists(), "the user's own PATH order is kept");
    // Granted by path, exactly that file runs, whatever the name.
    std::fs::remove_file(dir.join("marked")).unwrap();
    let real_echo = ["/usr/bin/echo", "/bin/echo"].into_iter().find(|p| Path::new(p).exists()).unwrap();
    let output = nodule(
        &[
            &format!("--allow-child-process={real_echo}"),
            "-e",
            &format!("process.stdout.write(require('child_process').execFileSync({real_echo:?}, ['by path']))"),
        ],
        &dir,
    );
    assert_eq!(stdout(&output), "by path\n", "{}", stderr(&output));
    let output = nodule(&[&format!("--allow-child-process={real_echo}"), "-e", script], &dir);
    assert!(stderr(&output).contains("ERR_ACCESS_DENIED"), "a path grant is no name grant: {}", stderr(&output));
}

/// Whether process `pid` is gone or dead (a zombie nobody has reaped yet), within a few seconds.
fn ended(pid: u32) -> bool {
    for _ in 0..200 {
        match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
            Err(_) => return true,
            // The state follows the command's closing parenthesis.
            Ok(stat) if stat.rsplit_once(") ").is_some_and(|(_, rest)| rest.starts_with(['Z', 'X'])) => return true,
            Ok(_) => std::thread::sleep(std::time::Duration::from_millis(10)),
        }
    }
    false
}

/// The pids a program printed, one a line.
fn pids(output: &str) -> Vec<u32> {
    output.lines().filter_map(|line| line.trim().parse().ok()).collect()
}

#[test]
fn host_processes_end_with_the_instance_that_started_them() {
    let dir = scratch("child-orphans");
    // A sleeper, and a shell with a sleeper of its own in the background.
    let start = "const cp = require('child_process');\n\
        const sleeper = cp.spawn('sleep', ['60'], { stdio: 'ignore' });\n\
        console.log(sleeper.pid);\n\
        const shell = cp.spawn('sh', ['-c', 'sleep 60 & echo $!; wait'], { stdio: ['ignore', 'pipe', 'ignore'] });\n\
        console.log(shell.pid);\n\
        const ready = new Promise((resolve) => shell.stdout.once('data', (pid) => resolve(console.log(String(pid).trim()))));\n";
    let cases: [(&str, &[&str], &str); 4] = [
        ("process.exit", &[], "ready.then(() => process.exit(3));"),
        (
            "the end of the program, the children unref'd",
            &[],
            "ready.then(() => { sleeper.unref(); shell.unref(); shell.stdout.destroy(); });",
        ),
        ("an uncaught error", &[], "ready.then(() => { throw new Error('boom'); });"),
        ("the --timeout limit", &["--timeout=1000"], "ready.then(() => { for (;;) {} });"),
    ];
    for (how, flags, end) in cases {
        std::fs::write(dir.join("app.js"), format!("{start}{end}")).unwrap();
        let output = Command::new(nodule_binary())
            .args(flags)
            .args(["--allow-child-process=sleep,sh", "app.js"])
            .current_dir(&dir)
            .output()
            .unwrap();
        let started = pids(&stdout(&output));
        assert_eq!(started.len(), 3, "{how}: {}{}", stdout(&output), stderr(&output));
        for pid in started {
            assert!(ended(pid), "{how}: process {pid} outlived nodule");
        }
    }
}

#[test]
fn host_processes_end_with_a_child_instance_and_with_nodule_killed() {
    let dir = scratch("child-orphans-killed");
    std::fs::write(
        dir.join("child.js"),
        "const s = require('child_process').spawn('sleep', ['60'], { stdio: 'ignore' });\nprocess.send(s.pid);\nsetInterval(() => {}, 1000);\n",
    )
    .unwrap();
    // A child instance started the process; its parent kills the instance.
    std::fs::write(
        dir.join("parent.js"),
        "const child = require('child_process').fork('./child.js');\n\
         child.on('message', (pid) => { console.log(pid); child.kill(); });\n",
    )
    .unwrap();
    let output = nodule(&["--allow-child-process=sleep", "parent.js"], &dir);
    let started = pids(&stdout(&output));
    assert_eq!(started.len(), 1, "{}{}", stdout(&output), stderr(&output));
    assert!(ended(started[0]), "process {} outlived its instance", started[0]);

    // nodule itself killed: the kernel ends what it started.
    std::fs::write(
        dir.join("app.js"),
        "console.log(require('child_process').spawn('sleep', ['60'], { stdio: 'ignore' }).pid);\nsetInterval(() => {}, 1000);\n",
    )
    .unwrap();
    let mut nodule = Command::new(nodule_binary())
        .args(["--allow-child-process=sleep", "app.js"])
        .current_dir(&dir)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufRead::read_line(&mut std::io::BufReader::new(nodule.stdout.take().unwrap()), &mut line).unwrap();
    let pid: u32 = line.trim().parse().expect("a pid");
    nodule.kill().unwrap();
    nodule.wait().unwrap();
    assert!(ended(pid), "process {pid} outlived a killed nodule");
}

#[test]
fn a_working_directory_must_be_readable_and_bare_grants_keep_their_meaning() {
    let dir = scratch("child-cwd");
    let script = "const cp = require('child_process');\n\
        for (const cwd of ['/', '..', '.']) {\n\
          try { console.log(cwd, String(cp.execFileSync('pwd', { cwd })).trim() === require('path').resolve(cwd)); } catch (e) { console.log(cwd, e.code, e.permission); }\n\
        }\n\
        console.log(process.permission.has('child'), process.permission.has('child', 'pwd'), process.permission.has('child', 'node'));\n";
    std::fs::write(dir.join("app.js"), script).unwrap();
    let output = nodule(&["--allow-child-process=pwd", "app.js"], &dir);
    assert_eq!(
        stdout(&output),
        "/ ERR_ACCESS_DENIED FileSystemRead\n.. ERR_ACCESS_DENIED FileSystemRead\n. true\ntrue true true\n",
        "{}",
        stderr(&output)
    );
    let output = nodule(&["--allow-fs-read=/", "--allow-child-process=pwd", "app.js"], &dir);
    assert_eq!(stdout(&output), "/ true\n.. true\n. true\ntrue true true\n", "{}", stderr(&output));
    // The bare flag and --allow-all start node children only, never a host executable.
    for flags in [&["--allow-child-process"][..], &["--allow-all"]] {
        let output = nodule(&[flags, &["app.js"]].concat(), &dir);
        assert_eq!(
            stdout(&output),
            "/ ERR_ACCESS_DENIED ChildProcess\n.. ERR_ACCESS_DENIED ChildProcess\n. ERR_ACCESS_DENIED ChildProcess\ntrue false true\n",
            "{flags:?}: {}",
            stderr(&output)
        );
    }
}

/// `--icu-data` (and `NODE_ICU_DATA`, which the option overrides) names an ICU4X data file:
/// one that cannot be read or is not a blob is refused in one line before the program runs,
/// and a blob's locales reach the program's workers too.
#[test]
fn icu_data_file() {
    let dir = scratch("icu-data");
    let program = "console.log(new Intl.RelativeTimeFormat('fr').format(-1, 'day'))";
    std::fs::write(dir.join("corrupt.postcard"), b"not an ICU4X blob").unwrap();
    for (flags, refused) in [
        (&["--icu-data=missing.postcard"][..], "nodule: --icu-data: cannot read missing.postcard: "),
        (&["--icu-data=corrupt.postcard"], "nodule: --icu-data: corrupt.postcard is not an ICU4X data blob ("),
        (&["--icu-data", "."], "nodule: --icu-data: cannot read .: "),
    ] {
        let output = nodule(&[flags, &["-e", program]].concat(), &dir);
        assert_eq!(output.status.code(), Some(9), "{flags:?}");
        assert_eq!(stdout(&output), "", "{flags:?}: the program does not run");
        assert!(stderr(&output).starts_with(refused) && stderr(&output).lines().count() == 1, "{flags:?}: {}", stderr(&output));
    }
    let blob = Path::new(env!("CARGO_MANIFEST_DIR")).join("js/intl/lib/fr_de.postcard");
    let with_env = |value: &Path, args: &[&str]| {
        Command::new(nodule_binary()).env("NODE_ICU_DATA", value).args(args).current_dir(&dir).output().expect("run nodule")
    };
    let output = with_env(Path::new("corrupt.postcard"), &["-e", program]);
    assert_eq!(output.status.code(), Some(9));
    assert!(stderr(&output).starts_with("nodule: NODE_ICU_DATA: corrupt.postcard is not"), "{}", stderr(&output));
    let output = with_env(Path::new("corrupt.postcard"), &["--icu-data", blob.to_str().unwrap(), "-e", program]);
    assert_eq!(stdout(&output), "il y a 1 jour\n", "the option wins: {}", stderr(&output));
    let in_worker = format!("const {{ Worker }} = require('worker_threads'); new Worker({program:?}, {{ eval: true }})");
    let output = with_env(&blob, &["--allow-worker", "-e", &in_worker]);
    assert_eq!(stdout(&output), "il y a 1 jour\n", "{}", stderr(&output));
    // Without a data file, French is not among the locales: the default's English.
    assert_eq!(stdout(&nodule(&["-e", program], &dir)), "1 day ago\n");
}
