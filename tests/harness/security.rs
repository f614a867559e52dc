//! Attempts to read outside what the sandbox grants. Without flags a program may read
//! its own folder's tree and nothing else; each escape must fail with Node's
//! ERR_ACCESS_DENIED (or ENOENT), never succeed and never crash the host.

use std::path::{Path, PathBuf};
use std::process::Command;

use nodule_tests::nodule_binary;

const SECRET: &str = "top secret outside the grant";

/// `<tmp>/<name>/secret.txt` outside, `<tmp>/<name>/app/` granted (the script's folder).
fn layout(name: &str) -> (PathBuf, PathBuf) {
    let root = std::env::temp_dir().join(format!("nodule-security-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let app = root.join("app");
    std::fs::create_dir_all(&app).unwrap();
    std::fs::write(root.join("secret.txt"), SECRET).unwrap();
    (root, app)
}

/// Runs `reader` (a JS expression reading a file) from a script in `app`, and reports
/// what it printed.
fn attempt(app: &Path, reader: &str, extra_args: &[&str]) -> (String, String, Option<i32>) {
    let script = format!(
        "const fs = require('fs');\ntry {{ console.log('READ', {reader}); }} catch (err) {{ console.log('DENIED', err.code); }}\n"
    );
    std::fs::write(app.join("attempt.js"), script).unwrap();
    let output = Command::new(nodule_binary()).args(extra_args).arg("attempt.js").current_dir(app).output().unwrap();
    (String::from_utf8_lossy(&output.stdout).into_owned(), String::from_utf8_lossy(&output.stderr).into_owned(), output.status.code())
}

fn assert_denied(app: &Path, reader: &str) {
    let (out, err, status) = attempt(app, reader, &[]);
    assert!(!out.contains(SECRET), "escaped with {reader}: {out}");
    // The loader probes paths it cannot see as missing: a denied require is MODULE_NOT_FOUND.
    let refused = ["ERR_ACCESS_DENIED", "ENOENT", "MODULE_NOT_FOUND"].iter().any(|code| out == format!("DENIED {code}\n"));
    assert!(refused, "{reader}: {out}{err}");
    assert_eq!(status, Some(0), "a denied read is a JS error, not a crash: {err}");
}

#[test]
fn parent_directory_is_not_readable() {
    let (_root, app) = layout("parent");
    assert_denied(&app, "fs.readFileSync('../secret.txt', 'utf8')");
    assert_denied(&app, "fs.readFileSync(__dirname + '/../secret.txt', 'utf8')");
    assert_denied(&app, "fs.readFileSync(__dirname + '/./sub/../../secret.txt', 'utf8')");
}

#[test]
fn absolute_paths_outside_are_not_readable() {
    let (root, app) = layout("absolute");
    assert_denied(&app, &format!("fs.readFileSync({:?}, 'utf8')", root.join("secret.txt")));
    assert_denied(&app, "fs.readFileSync('/etc/passwd', 'utf8')");
    assert_denied(&app, "fs.readFileSync('/proc/self/environ', 'utf8')");
}

#[test]
fn symlinks_cannot_leave_the_grant() {
    let (root, app) = layout("symlink");
    std::os::unix::fs::symlink(root.join("secret.txt"), app.join("absolute-link")).unwrap();
    std::os::unix::fs::symlink("../secret.txt", app.join("relative-link")).unwrap();
    std::os::unix::fs::symlink(&root, app.join("dir-link")).unwrap();
    assert_denied(&app, "fs.readFileSync('absolute-link', 'utf8')");
    assert_denied(&app, "fs.readFileSync('relative-link', 'utf8')");
    assert_denied(&app, "fs.readFileSync('dir-link/secret.txt', 'utf8')");
}

#[test]
fn require_cannot_load_outside() {
    let (root, app) = layout("require");
    std::fs::write(root.join("outside.js"), "module.exports = 'loaded from outside';").unwrap();
    assert_denied(&app, "require('../outside.js')");
    assert_denied(&app, &format!("require({:?})", root.join("outside.js")));
}

#[test]
fn async_reads_are_checked_too() {
    let (_root, app) = layout("async");
    std::fs::write(
        app.join("attempt.js"),
        "require('fs').readFile('../secret.txt', 'utf8', (err, data) => console.log(err ? 'DENIED ' + err.code : 'READ ' + data));",
    )
    .unwrap();
    let output = Command::new(nodule_binary()).arg("attempt.js").current_dir(&app).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&output.stdout), "DENIED ERR_ACCESS_DENIED\n");
}

#[test]
fn allow_all_grants_the_same_reads() {
    let (_root, app) = layout("allowed");
    let (out, err, _) = attempt(&app, "fs.readFileSync('../secret.txt', 'utf8')", &["--allow-all"]);
    assert_eq!(out, format!("READ {SECRET}\n"), "{err}");
}
