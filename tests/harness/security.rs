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
    let script =
        format!("const fs = require('fs');\ntry {{ console.log('READ', {reader}); }} catch (err) {{ console.log('DENIED', err.code); }}\n");
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

/// Runs `script` (JS) from `app` with `flags`, and returns what it printed.
fn run_script(app: &Path, script: &str, flags: &[&str]) -> String {
    std::fs::write(app.join("attempt.js"), script).unwrap();
    let output = Command::new(nodule_binary()).args(flags).arg("attempt.js").current_dir(app).output().unwrap();
    format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr))
}

const TRY_WRITE: &str = "const fs = require('fs');\nfunction attempt(what, fn) { try { fn(); console.log(what, 'WROTE'); } catch (err) { console.log(what, err.code); } }\n";

#[test]
fn nothing_is_writable_by_default() {
    let (root, app) = layout("write-default");
    let out = run_script(
        &app,
        &format!(
            "{TRY_WRITE}attempt('own folder', () => fs.writeFileSync('new.txt', 'x'));\nattempt('mkdir', () => fs.mkdirSync('d'));\nattempt('unlink', () => fs.unlinkSync('attempt.js'));"
        ),
        &[],
    );
    assert_eq!(out, "own folder ERR_ACCESS_DENIED\nmkdir ERR_ACCESS_DENIED\nunlink ERR_ACCESS_DENIED\n");
    assert!(!app.join("new.txt").exists() && app.join("attempt.js").exists());
    assert_eq!(std::fs::read_to_string(root.join("secret.txt")).unwrap(), SECRET);
}

#[test]
fn writes_cannot_leave_the_write_grant() {
    let (root, app) = layout("write-escape");
    let writable = app.join("out");
    std::fs::create_dir(&writable).unwrap();
    // Something to move out, so a refused rename proves the check and not a missing file.
    std::fs::write(writable.join("x"), "inside").unwrap();
    std::os::unix::fs::symlink(root.join("secret.txt"), writable.join("link-out")).unwrap();
    std::os::unix::fs::symlink(&root, writable.join("dir-out")).unwrap();
    let script = format!(
        "{TRY_WRITE}attempt('parent', () => fs.writeFileSync('out/../../secret.txt', 'pwned'));\n\
         attempt('absolute', () => fs.writeFileSync({secret:?}, 'pwned'));\n\
         attempt('symlink to file', () => fs.writeFileSync('out/link-out', 'pwned'));\n\
         attempt('symlink to dir', () => fs.writeFileSync('out/dir-out/secret.txt', 'pwned'));\n\
         attempt('rename out', () => fs.renameSync('out/x', '../stolen'));\n\
         attempt('hard link in', () => fs.linkSync({secret:?}, 'out/hard'));\n\
         attempt('new symlink followed', () => {{ fs.symlinkSync({secret:?}, 'out/made'); fs.writeFileSync('out/made', 'pwned'); }});\n\
         attempt('rm outside', () => fs.rmSync({root:?}, {{ recursive: true }}));\n\
         attempt('inside', () => fs.writeFileSync('out/ok.txt', 'fine'));",
        secret = root.join("secret.txt"),
        root = root,
    );
    let out = run_script(&app, &script, &["--allow-fs-write=out"]);
    assert_eq!(std::fs::read_to_string(root.join("secret.txt")).unwrap(), SECRET, "{out}");
    assert!(!root.join("stolen").exists() && !writable.join("hard").exists(), "{out}");
    assert_eq!(std::fs::read_to_string(writable.join("x")).unwrap(), "inside", "{out}");
    assert!(out.contains("rename out ERR_ACCESS_DENIED"), "{out}");
    for line in out.lines().filter(|l| !l.starts_with("inside") && !l.starts_with("new symlink")) {
        assert!(line.ends_with("ERR_ACCESS_DENIED") || line.ends_with("ENOENT"), "{line}\n{out}");
    }
    assert!(out.contains("inside WROTE"), "{out}");
    assert!(!out.contains("new symlink followed WROTE"), "{out}");
}

#[test]
fn descriptors_are_checked_at_open() {
    let (root, app) = layout("descriptors");
    let script = format!(
        "{TRY_WRITE}attempt('open outside for read', () => fs.openSync({secret:?}, 'r'));\n\
         attempt('open own for write', () => fs.openSync('attempt.js', 'r+'));\n\
         attempt('bad descriptor', () => fs.writeSync(12345, 'x'));",
        secret = root.join("secret.txt")
    );
    let out = run_script(&app, &script, &[]);
    assert_eq!(out, "open outside for read ERR_ACCESS_DENIED\nopen own for write ERR_ACCESS_DENIED\nbad descriptor EBADF\n");
}

#[test]
fn a_read_only_descriptor_cannot_change_its_file() {
    use std::os::unix::fs::PermissionsExt;
    let (_root, app) = layout("descriptor-mode");
    let file = app.join("readable.txt");
    std::fs::write(&file, "mine to read").unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
    let before = std::fs::metadata(&file).unwrap().modified().unwrap();
    let script = format!(
        "{TRY_WRITE}const fd = fs.openSync('readable.txt', 'r');\n\
         attempt('fchmod', () => fs.fchmodSync(fd, 0o777));\n\
         attempt('futimes', () => fs.futimesSync(fd, 0, 0));\n\
         attempt('stdin', () => fs.fchmodSync(0, 0o777));"
    );
    let out = run_script(&app, &script, &[]);
    assert_eq!(out, "fchmod ERR_ACCESS_DENIED\nfutimes ERR_ACCESS_DENIED\nstdin ERR_ACCESS_DENIED\n");
    let after = std::fs::metadata(&file).unwrap();
    assert_eq!(after.permissions().mode() & 0o777, 0o644, "the mode stayed");
    assert_eq!(after.modified().unwrap(), before, "the times stayed");
}

#[test]
fn huge_reads_do_not_crash_the_host() {
    let (_root, app) = layout("huge-read");
    std::fs::write(app.join("small.txt"), "tiny").unwrap();
    let out =
        run_script(&app, "const fs = require('fs');\nconst fd = fs.openSync('small.txt');\nconsole.log(fs.readFileSync(fd, 'utf8'));", &[]);
    assert_eq!(out, "tiny\n");
}

#[test]
fn processes_and_workers_cannot_be_started() {
    let (_root, app) = layout("processes");
    let script = format!(
        "{TRY_WRITE}const cp = require('child_process');\n\
         for (const name of ['exec', 'execSync', 'execFile', 'execFileSync', 'spawn', 'spawnSync', 'fork']) attempt(name, () => cp[name]('touch', ['pwned']));\n\
         attempt('Worker', () => new (require('worker_threads').Worker)('./x.js'));"
    );
    let out = run_script(&app, &script, &["--allow-fs-write=."]);
    assert_eq!(out.lines().count(), 8, "{out}");
    assert!(out.lines().all(|line| line.ends_with("ERR_ACCESS_DENIED")), "{out}");
    assert!(!app.join("pwned").exists());
}
