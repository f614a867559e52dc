//! `nodule`: run a Node.js program inside a WebAssembly sandbox.

mod bindings;
mod compiled_guest;
mod engine;
mod errno;
mod fs;
mod host_processes;
mod io;
mod limits;
mod net;
mod permissions;
mod process;
mod project;
mod serve;
mod state;
mod watch;
mod workers;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use clap::Parser;

use bindings::process::{Entry, Invocation};
use engine::NoduleEngine;
use limits::Limits;
use nodule_engine_config::Interruption;
use permissions::{EnvGrant, Executables, NetGrant, NetGrants, Permissions};
use project::ProjectGrants;
use state::{InstanceState, Stdio};

/// The Node.js release whose behaviour Nodule follows (`process.version`).
const NODE_VERSION: &str = "v20.20.2";

#[derive(Parser)]
#[command(
    name = "nodule",
    version = concat!(env!("CARGO_PKG_VERSION"), " (Node.js v20.20.2 API)"),
    about = "Run a Node.js program in a WebAssembly sandbox",
    override_usage = "nodule [options] [script.js | -e \"script\" | -p \"expression\"] [arguments]",
    disable_version_flag = true,
    // An option given twice (NODE_OPTIONS and the command line, say) is node's last one.
    args_override_self = true
)]
struct Cli {
    /// Evaluate the script instead of running a file
    #[arg(short = 'e', long = "eval", value_name = "script", conflicts_with = "print")]
    eval: Option<String>,

    /// Evaluate the expression and print its result
    #[arg(short = 'p', long = "print", value_name = "expression")]
    print: Option<String>,

    /// Grant every capability the sandbox has: all files (read and write), the network, the
    /// environment, child instances and workers; not host executables (only
    /// --allow-child-process=<names or paths> grants those)
    #[arg(short = 'A', long = "allow-all")]
    allow_all: bool,

    /// Allow reading files under these paths (comma-separated, repeatable; `*` for all)
    #[arg(long = "allow-fs-read", value_name = "paths", value_delimiter = ',')]
    allow_fs_read: Vec<PathBuf>,

    /// Allow reading and writing files under these paths (comma-separated, repeatable; `*` for all)
    #[arg(long = "allow-fs-write", value_name = "paths", value_delimiter = ',')]
    allow_fs_write: Vec<PathBuf>,

    /// Allow network access: listening, connecting and resolving names, for these
    /// hosts (`host`, `host:port`, `*:port`; comma-separated, repeatable; all when bare)
    #[arg(long = "allow-net", value_name = "hosts", value_delimiter = ',', num_args = 0.., require_equals = true)]
    allow_net: Option<Vec<String>>,

    /// Allow reading these environment variables (comma-separated, repeatable; all when bare)
    #[arg(long = "allow-env", value_name = "names", value_delimiter = ',', num_args = 0.., require_equals = true)]
    allow_env: Option<Vec<String>>,

    /// Allow starting child processes: node scripts as child instances of this runtime
    /// (bare), and also these host executables as real host processes (names looked up
    /// on PATH, or absolute paths; comma-separated, repeatable)
    #[arg(long = "allow-child-process", value_name = "executables", value_delimiter = ',', num_args = 0.., require_equals = true)]
    allow_child_process: Option<Vec<String>>,

    /// Allow starting worker threads
    #[arg(long = "allow-worker")]
    allow_worker: bool,

    /// Ignore the grants the project's package.json declares ("nodule": { "allow": ... })
    #[arg(long = "no-project-permissions")]
    no_project_permissions: bool,

    /// Preload a module before the program (repeatable), as node's -r
    #[arg(short = 'r', long = "require", value_name = "module")]
    require: Vec<String>,

    /// Run the script again whenever one of its modules changes, as node's --watch
    #[arg(long = "watch")]
    watch: bool,

    /// Run the test files these arguments name (files or folders searched as node's
    /// --test searches them; the working folder when none), one after another
    #[arg(long = "test", conflicts_with_all = ["eval", "print", "watch"])]
    test: bool,

    /// node:test's reporter: spec, tap or dot (tap unless stdout is a terminal)
    #[arg(long = "test-reporter", value_name = "reporter")]
    test_reporter: Option<String>,

    /// Run only the tests with the `only` option (and their suites' and tests' runOnly subtests)
    #[arg(long = "test-only")]
    test_only: bool,

    /// Run only the tests whose name, or a suite's or test's above them, matches this
    /// regular expression (repeatable; `/source/flags` too)
    #[arg(long = "test-name-pattern", value_name = "pattern")]
    test_name_pattern: Vec<String>,

    /// Preload an ES module before the program (repeatable), as node's --import
    #[arg(long = "import", value_name = "module")]
    import: Vec<String>,

    /// How -e, -p and standard input are read: "commonjs" (the default) or "module"
    #[arg(long = "input-type", value_name = "type")]
    input_type: Option<String>,

    /// Load environment variables from a file (repeatable; read under the program's grants)
    #[arg(long = "env-file", value_name = "file")]
    env_file: Vec<String>,

    /// Print no process warnings
    #[arg(long = "no-warnings")]
    no_warnings: bool,

    /// Print no deprecation warnings
    #[arg(long = "no-deprecation")]
    no_deprecation: bool,

    /// Throw deprecations as errors
    #[arg(long = "throw-deprecation")]
    throw_deprecation: bool,

    /// Print a stack trace with each deprecation warning
    #[arg(long = "trace-deprecation")]
    trace_deprecation: bool,

    /// Print a stack trace with each process warning
    #[arg(long = "trace-warnings")]
    trace_warnings: bool,

    /// End the program at once with status 134 (a shell's status for SIGABRT) on an uncaught
    /// exception that no domain takes, without 'uncaughtException' listeners or 'exit', as node aborts
    #[arg(long = "abort-on-uncaught-exception", alias = "abort_on_uncaught_exception")]
    abort_on_uncaught_exception: bool,

    /// Show stack traces at the places in the original sources that source maps give
    #[arg(long = "enable-source-maps")]
    enable_source_maps: bool,

    /// Append process warnings to this file instead of printing them, as node's option
    #[arg(long = "redirect-warnings", value_name = "file")]
    redirect_warnings: Option<String>,

    /// What an unhandled promise rejection does, as node's option
    #[arg(long = "unhandled-rejections", value_name = "mode", value_parser = ["throw", "strict", "warn", "warn-with-error-code", "none"])]
    unhandled_rejections: Option<String>,

    /// node's heap limit, taken as the memory limit (--max-memory) when that is not given
    #[arg(long = "max-old-space-size", value_name = "MiB", value_parser = clap::value_parser!(u64).range(1..=4096))]
    max_old_space_size: Option<u64>,

    /// End the program when its memory would grow past this many MiB
    #[arg(long = "max-memory", value_name = "MiB", value_parser = clap::value_parser!(u64).range(1..=4096))]
    max_memory: Option<u64>,

    /// End the program after this much CPU time (time spent waiting does not count)
    #[arg(long = "cpu-time", value_name = "ms", value_parser = clap::value_parser!(u64).range(1..))]
    cpu_time: Option<u64>,

    /// End the program after this much time, waiting included
    #[arg(long = "timeout", value_name = "ms", value_parser = clap::value_parser!(u64).range(1..))]
    timeout: Option<u64>,

    /// End the program when it holds more open files, sockets, host processes and operations in flight than this
    #[arg(long = "max-handles", value_name = "n", value_parser = clap::value_parser!(u32).range(1..))]
    max_handles: Option<u32>,

    /// End the program when its stdout and stderr together pass this many MiB
    #[arg(long = "max-output", value_name = "MiB", value_parser = clap::value_parser!(u64).range(1..))]
    max_output: Option<u64>,

    /// Read Intl's locales beyond those built in from this ICU4X data file (a postcard blob, as
    /// tools/icu-datagen --blob writes), as node's --icu-data-dir; NODE_ICU_DATA names it otherwise
    #[arg(long = "icu-data", value_name = "file")]
    icu_data: Option<PathBuf>,

    /// Print the version
    #[arg(short = 'v', long = "version")]
    version: bool,

    /// The script to run, then its arguments
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, value_name = "script.js")]
    args: Vec<String>,
}

/// Node's status for a bad command-line option.
const BAD_OPTION_STATUS: u8 = 9;

/// The command line, after the options of `NODE_OPTIONS` (as node reads them: before the
/// command line's own, split at spaces). It is the user's setting, read even when the
/// program is granted no environment.
fn command_line() -> Vec<std::ffi::OsString> {
    let mut args: Vec<_> = std::env::args_os().collect();
    if let Some(options) = std::env::var_os("NODE_OPTIONS") {
        let options = options.to_string_lossy().split_whitespace().map(std::ffi::OsString::from).collect::<Vec<_>>();
        args.splice(1..1, options);
    }
    args
}

fn main() -> ExitCode {
    // `nodule serve ...` is the multi-tenant server; `nodule ./serve` runs a script of that name.
    if std::env::args_os().nth(1).is_some_and(|arg| arg == "serve") {
        return match serve::main(std::env::args_os().skip(1).collect()) {
            Ok(status) => ExitCode::from(status as u8),
            Err(err) => {
                eprintln!("nodule serve: {err:#}");
                ExitCode::FAILURE
            }
        };
    }
    let cli = match Cli::try_parse_from(command_line()) {
        Ok(cli) => cli,
        Err(err) if err.kind() == clap::error::ErrorKind::UnknownArgument => {
            let option = err.get(clap::error::ContextKind::InvalidArg).map(ToString::to_string).unwrap_or_default();
            return bad_option(&option);
        }
        Err(err) => err.exit(),
    };
    // Options go before the script: an option-shaped script name is an option nodule
    // does not know, as node says.
    if let Some(first) = cli.args.first().filter(|arg| arg.starts_with('-') && arg.len() > 1) {
        return bad_option(first);
    }
    if cli.input_type.as_ref().is_some_and(|kind| kind != "module" && kind != "commonjs") {
        eprintln!("nodule: --input-type must be \"module\" or \"commonjs\"");
        return ExitCode::from(BAD_OPTION_STATUS);
    }
    if cli.watch && (cli.eval.is_some() || cli.print.is_some()) {
        eprintln!("nodule: either --watch or --eval can be used, not both");
        return ExitCode::from(BAD_OPTION_STATUS);
    }
    if cli.version {
        println!("nodule {} (Node.js {NODE_VERSION} API)", env!("CARGO_PKG_VERSION"));
        return ExitCode::SUCCESS;
    }
    // As node reads NODE_ICU_DATA: the user's setting, whatever the program is granted.
    let icu_data = match (&cli.icu_data, std::env::var_os("NODE_ICU_DATA")) {
        (Some(path), _) => Some(("--icu-data", path.clone())),
        (None, Some(path)) if !path.is_empty() => Some(("NODE_ICU_DATA", PathBuf::from(path))),
        _ => None,
    };
    if let Some((named_by, path)) = icu_data
        && let Err(err) = process::load_icu_data(named_by, &path)
    {
        eprintln!("nodule: {err:#}");
        return ExitCode::from(BAD_OPTION_STATUS);
    }
    match run(cli) {
        Ok(status) => ExitCode::from(status as u8),
        Err(err) => {
            eprintln!("nodule: {err:#}");
            ExitCode::FAILURE
        }
    }
}

/// `process.execArgv`: the node options js-lib acts on, spelled as node spells them.
fn node_options(cli: &Cli) -> Vec<String> {
    let mut options = Vec::new();
    for module in &cli.require {
        options.extend(["--require".to_owned(), module.clone()]);
    }
    for module in &cli.import {
        options.extend(["--import".to_owned(), module.clone()]);
    }
    options.extend(cli.input_type.iter().map(|kind| format!("--input-type={kind}")));
    options.extend(cli.env_file.iter().map(|file| format!("--env-file={file}")));
    options.extend(cli.unhandled_rejections.iter().map(|mode| format!("--unhandled-rejections={mode}")));
    options.extend(cli.redirect_warnings.iter().map(|file| format!("--redirect-warnings={file}")));
    options.extend(cli.test_reporter.iter().map(|reporter| format!("--test-reporter={reporter}")));
    options.extend(cli.test_name_pattern.iter().map(|pattern| format!("--test-name-pattern={pattern}")));
    let switches = [
        (cli.test, "--test"),
        (cli.test_only, "--test-only"),
        (cli.no_warnings, "--no-warnings"),
        (cli.no_deprecation, "--no-deprecation"),
        (cli.throw_deprecation, "--throw-deprecation"),
        (cli.trace_deprecation, "--trace-deprecation"),
        (cli.trace_warnings, "--trace-warnings"),
        (cli.enable_source_maps, "--enable-source-maps"),
        (cli.abort_on_uncaught_exception, "--abort-on-uncaught-exception"),
    ];
    options.extend(switches.into_iter().filter(|(on, _)| *on).map(|(_, flag)| flag.to_owned()));
    options
}

fn bad_option(option: &str) -> ExitCode {
    eprintln!("nodule: bad option: {option}");
    ExitCode::from(BAD_OPTION_STATUS)
}

fn run(cli: Cli) -> anyhow::Result<i32> {
    let exec_argv = node_options(&cli);
    let cwd = std::env::current_dir()?;
    let exec_path = std::env::current_exe()?.to_string_lossy().into_owned();
    let mut args = cli.args.into_iter().peekable();
    let from_stdin = match args.peek() {
        Some(script) => script == "-",
        None => !std::io::IsTerminal::is_terminal(&std::io::stdin()),
    };
    // The script as the user named it, for `--watch`'s lines.
    let mut shown_script = String::new();
    let (entry, readable) = match (cli.eval, cli.print) {
        // js-lib runs the test files (`--test` in execArgv, the paths in argv), which may
        // be anywhere under the working folder.
        _ if cli.test => (Entry::Eval(String::new()), cwd.clone()),
        (Some(source), _) => (Entry::Eval(source), cwd.clone()),
        (None, Some(source)) => (Entry::Print(source), cwd.clone()),
        // As node: `-` or a pipe with no script is the program, read whole before it runs.
        (None, None) if from_stdin => {
            let mut source = String::new();
            std::io::Read::read_to_string(&mut std::io::stdin(), &mut source).context("reading the program from standard input")?;
            (Entry::Stdin(source), cwd.clone())
        }
        (None, None) if args.peek().is_none() => {
            // No script on a terminal: node's REPL (reading a line at a time), with the
            // grants a script in the working folder would have.
            println!("Welcome to Node.js {NODE_VERSION}.\nType \".help\" for more information.");
            (Entry::Eval("require('node:repl').start()".to_owned()), cwd.clone())
        }
        (None, None) => {
            let Some(script) = args.next() else { unreachable!("peeked") };
            shown_script = script.clone();
            let path = script_path(&cwd, &script);
            // A folder given as the script is what may be read, never its parent.
            let dir = if path.is_dir() { path.clone() } else { path.parent().unwrap_or(Path::new("/")).to_path_buf() };
            (Entry::File(path.to_string_lossy().into_owned()), dir)
        }
    };
    if cli.watch && !matches!(entry, Entry::File(_)) {
        eprintln!("nodule: --watch requires specifying a file");
        return Ok(i32::from(BAD_OPTION_STATUS));
    }
    let mut argv = vec![exec_path];
    if let Entry::File(path) = &entry {
        argv.push(path.clone());
    }
    argv.extend(args);
    let limits = Limits {
        max_memory_mib: cli.max_memory.or(cli.max_old_space_size),
        cpu_time_ms: cli.cpu_time,
        timeout_ms: cli.timeout,
        max_handles: cli.max_handles,
        max_output_mib: cli.max_output,
    };
    let invocation = Invocation { argv, exec_argv, cwd: cwd.to_string_lossy().into_owned(), entry, max_memory: limits.max_memory_bytes() };
    let executables = cli.allow_child_process.clone().unwrap_or_default();
    let mut permissions = if cli.allow_all {
        Permissions::all()
    } else {
        let project = if cli.no_project_permissions { None } else { ProjectGrants::find(&readable)? };
        let grant = |paths: Vec<PathBuf>| -> anyhow::Result<Vec<PathBuf>> {
            paths
                .into_iter()
                .map(|p| match p.to_str() {
                    Some("") => anyhow::bail!("--allow-fs-read/--allow-fs-write: empty path (use `.` for the working folder)"),
                    Some("*") => Ok(PathBuf::from("/")),
                    _ => Ok(cwd.join(p)),
                })
                .collect()
        };
        let mut fs_read = vec![readable];
        fs_read.extend(grant(cli.allow_fs_read)?);
        let mut fs_write = grant(cli.allow_fs_write)?;
        let mut net = match cli.allow_net {
            None => Vec::new(),
            Some(hosts) if hosts.is_empty() => vec![NetGrant::any()],
            Some(hosts) => hosts.iter().map(|h| NetGrant::parse(h)).collect::<Result<_, _>>().map_err(anyhow::Error::msg)?,
        };
        let mut env_names = cli.allow_env;
        if let Some(project) = project {
            eprintln!("nodule: granted by {}: {}", project.source.display(), project.describe());
            fs_read.extend(project.fs_read);
            fs_write.extend(project.fs_write);
            net.extend(project.net.iter().map(|h| NetGrant::parse(h)).collect::<Result<Vec<_>, _>>().map_err(anyhow::Error::msg)?);
            if !project.env.is_empty() {
                // A bare --allow-env (every variable) stays every variable.
                if let Some(names) = env_names.as_mut().filter(|names| !names.is_empty()) {
                    names.extend(project.env);
                } else if env_names.is_none() {
                    env_names = Some(project.env);
                }
            }
        }
        let env = match env_names {
            None => EnvGrant::Nothing,
            Some(names) => EnvGrant::parse(names).map_err(anyhow::Error::msg)?,
        };
        Permissions {
            fs_read,
            fs_write,
            net: NetGrants(net),
            env,
            child_process: cli.allow_child_process.is_some(),
            executables: Executables::default(),
            worker: cli.allow_worker,
        }
    };
    // Host executables only ever come from the command line's list, `--allow-all` included.
    if !executables.is_empty() {
        let writable = writable_folders(&permissions.fs_write);
        let search_path = std::env::var_os("PATH");
        permissions.executables = Executables::resolve(&executables, search_path.as_deref(), |dir| {
            writable.as_ref().is_some_and(|grants| dir.canonicalize().is_ok_and(|dir| grants.iter().any(|grant| dir.starts_with(grant))))
        })
        .map_err(anyhow::Error::msg)?;
    }
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    let watching = cli.watch.then(|| shown_script.clone());
    let status = runtime.block_on(async {
        let interruption = if limits.need_ticks() { Interruption::Interruptible } else { Interruption::Uninterruptible };
        let engine = std::sync::Arc::new(NoduleEngine::new(interruption)?);
        if let Some(shown) = watching {
            return watch::run(&engine, &invocation, &permissions, limits, &shown).await;
        }
        let mut state = InstanceState::new(&permissions, limits, Stdio::Inherit)?;
        state.workers.enable(engine.clone(), &permissions, limits);
        let ended = engine.run(&invocation, state, false).await?;
        if let Some(reason) = ended.reason() {
            eprintln!("nodule: {reason}");
        }
        anyhow::Ok(ended.exit_status())
    });
    // A read of standard input may still be blocked in tokio's pool; the program is done.
    runtime.shutdown_background();
    status
}

/// The folders the program may write, as the host's PATH lookup of a granted name skips
/// them; `None` when that is every folder (`--allow-all`, `--allow-fs-write=*`), where
/// skipping them would leave nothing to find.
fn writable_folders(fs_write: &[PathBuf]) -> Option<Vec<PathBuf>> {
    let grants: Vec<PathBuf> = fs_write.iter().filter_map(|grant| grant.canonicalize().ok()).collect();
    (!grants.iter().any(|grant| grant == Path::new("/"))).then_some(grants)
}

/// The script's absolute path, with symbolic links resolved as Node does for the main module.
fn script_path(cwd: &Path, script: &str) -> PathBuf {
    let path = cwd.join(script);
    path.canonicalize().unwrap_or(path)
}
