//! `nodule`: run a Node.js program inside a WebAssembly sandbox.

mod bindings;
mod engine;
mod errno;
mod fs;
mod io;
mod net;
mod permissions;
mod process;
mod state;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;

use bindings::process::{Entry, Invocation};
use engine::NoduleEngine;
use permissions::{NetGrant, NetGrants, Permissions};

/// The Node.js release whose behaviour Nodule follows (`process.version`).
const NODE_VERSION: &str = "v20.20.2";

#[derive(Parser)]
#[command(
    name = "nodule",
    version = concat!(env!("CARGO_PKG_VERSION"), " (Node.js v20.20.2 API)"),
    about = "Run a Node.js program in a WebAssembly sandbox",
    override_usage = "nodule [options] [script.js | -e \"script\" | -p \"expression\"] [arguments]",
    disable_version_flag = true
)]
struct Cli {
    /// Evaluate the script instead of running a file
    #[arg(short = 'e', long = "eval", value_name = "script", conflicts_with = "print")]
    eval: Option<String>,

    /// Evaluate the expression and print its result
    #[arg(short = 'p', long = "print", value_name = "expression")]
    print: Option<String>,

    /// Grant every capability the host has: all files (read and write), the network and the environment
    #[arg(short = 'A', long = "allow-all")]
    allow_all: bool,

    /// Allow reading files under these paths (comma-separated, repeatable; `*` for all)
    #[arg(long = "allow-fs-read", value_name = "paths", value_delimiter = ',')]
    allow_fs_read: Vec<PathBuf>,

    /// Allow reading and writing files under these paths (comma-separated, repeatable; `*` for all)
    #[arg(long = "allow-fs-write", value_name = "paths", value_delimiter = ',')]
    allow_fs_write: Vec<PathBuf>,

    /// Allow network access: listening, connecting and resolving names, for these
    /// hosts (`host`, `host:port`, `*:port`; comma-separated, repeatable; all when empty)
    #[arg(long = "allow-net", value_name = "hosts", value_delimiter = ',', num_args = 0.., require_equals = true)]
    allow_net: Option<Vec<String>>,

    /// Print the version
    #[arg(short = 'v', long = "version")]
    version: bool,

    /// The script to run, then its arguments
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, value_name = "script.js")]
    args: Vec<String>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if cli.version {
        println!("nodule {} (Node.js {NODE_VERSION} API)", env!("CARGO_PKG_VERSION"));
        return ExitCode::SUCCESS;
    }
    match run(cli) {
        Ok(status) => ExitCode::from(status as u8),
        Err(err) => {
            eprintln!("nodule: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<i32> {
    let cwd = std::env::current_dir()?;
    let exec_path = std::env::current_exe()?.to_string_lossy().into_owned();
    let mut args = cli.args.into_iter();
    let (entry, readable) = match (cli.eval, cli.print) {
        (Some(source), _) => (Entry::Eval(source), cwd.clone()),
        (None, Some(source)) => (Entry::Print(source), cwd.clone()),
        (None, None) => {
            let Some(script) = args.next() else {
                anyhow::bail!("no script given (the interactive prompt is not supported); see --help");
            };
            let path = script_path(&cwd, &script);
            let dir = path.parent().unwrap_or(Path::new("/")).to_path_buf();
            (Entry::File(path.to_string_lossy().into_owned()), dir)
        }
    };
    let mut argv = vec![exec_path];
    if let Entry::File(path) = &entry {
        argv.push(path.clone());
    }
    argv.extend(args);
    let invocation = Invocation { argv, exec_argv: vec![], cwd: cwd.to_string_lossy().into_owned(), entry };
    let permissions = if cli.allow_all {
        Permissions::all()
    } else {
        let grant = |paths: Vec<PathBuf>| paths.into_iter().map(|p| if p.as_os_str() == "*" { PathBuf::from("/") } else { cwd.join(p) });
        let mut fs_read = vec![readable];
        fs_read.extend(grant(cli.allow_fs_read));
        let net = match cli.allow_net {
            None => NetGrants::default(),
            Some(hosts) if hosts.is_empty() => NetGrants(vec![NetGrant::any()]),
            Some(hosts) => NetGrants(hosts.iter().map(|h| NetGrant::parse(h)).collect::<Result<_, _>>().map_err(anyhow::Error::msg)?),
        };
        Permissions { fs_read, fs_write: grant(cli.allow_fs_write).collect(), net, ..Permissions::default() }
    };
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    let status = runtime.block_on(async {
        let engine = NoduleEngine::new()?;
        engine.run(&invocation, &permissions).await
    });
    // A read of standard input may still be blocked in tokio's pool; the program is done.
    runtime.shutdown_background();
    status
}

/// The script's absolute path, with symbolic links resolved as Node does for the main module.
fn script_path(cwd: &Path, script: &str) -> PathBuf {
    let path = cwd.join(script);
    path.canonicalize().unwrap_or(path)
}
