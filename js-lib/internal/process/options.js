'use strict';
// Node's command-line options that change how a program runs, as the host passes them
// in `process.execArgv` (host/src/main.rs): warnings and deprecations (and where they go),
// unhandled rejections, aborting on an uncaught exception, source maps, `--env-file`,
// `--require` and `--import` preloads, `--input-type`.

/** The values of `--name value` and `--name=value` (for each of its `names`), in order. */
function optionValues(execArgv, ...names) {
  const values = [];
  for (let i = 0; i < execArgv.length; i++) {
    const name = names.find((candidate) => execArgv[i] === candidate || execArgv[i].startsWith(`${candidate}=`));
    if (name === undefined) continue;
    if (execArgv[i] === name) {
      if (i + 1 < execArgv.length) values.push(execArgv[++i]);
    } else values.push(execArgv[i].slice(name.length + 1));
  }
  return values;
}

/** Sets what the switches set on `process`, then loads the env files. */
function applyOptions(execArgv) {
  const flags = {
    '--no-warnings': 'noProcessWarnings',
    '--no-deprecation': 'noDeprecation',
    '--throw-deprecation': 'throwDeprecation',
    '--trace-deprecation': 'traceDeprecation',
    '--trace-warnings': 'traceProcessWarnings',
  };
  for (const [flag, property] of Object.entries(flags)) {
    if (execArgv.includes(flag)) process[property] = true;
  }
  if (execArgv.includes('--enable-source-maps')) process.setSourceMapsEnabled(true);
  if (execArgv.includes('--abort-on-uncaught-exception')) require('internal/process/execution').setAbortOnUncaughtException();
  // Node's NODE_REDIRECT_WARNINGS is the option's default (read where the environment is granted).
  const [redirect = process.env.NODE_REDIRECT_WARNINGS] = optionValues(execArgv, '--redirect-warnings').slice(-1);
  if (redirect) require('internal/process/object').redirectWarnings(redirect);
  const [rejections] = optionValues(execArgv, '--unhandled-rejections').slice(-1);
  if (rejections !== undefined) require('internal/process/promises').setUnhandledRejectionMode(rejections);
  for (const file of optionValues(execArgv, '--env-file')) {
    try {
      process.loadEnvFile(file);
    } catch (err) {
      if (err?.code !== 'ENOENT') throw err;
      // node refuses to start without the file, with this line and status.
      process._rawDebug(`${process.release.name}: ${file}: not found`);
      process.exit(9);
    }
  }
}

/** Loads the `--require` modules, resolved from the working folder as node does. */
function preloadModules(execArgv, Module) {
  // A child process's options are as its parent wrote them: `-r` too.
  const requests = optionValues(execArgv, '--require', '-r');
  if (requests.length === 0) return;
  // A parent without a file name: relative requests resolve from the working folder.
  const parent = new Module('internal/preload', null);
  parent.paths = Module._nodeModulePaths(process.cwd());
  for (const request of requests) Module._load(request, parent, false);
}

/** The `--import` modules, in order. */
function importedModules(execArgv) {
  return optionValues(execArgv, '--import');
}

/** Whether `-e`, `-p` and standard input are ES modules (`--input-type=module`). */
function inputIsModule(execArgv) {
  return optionValues(execArgv, '--input-type').at(-1) === 'module';
}

module.exports = { applyOptions, preloadModules, importedModules, inputIsModule };
