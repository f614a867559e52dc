'use strict';
// Node's command-line options that change how a program runs, as the host passes them
// in `process.execArgv` (host/src/main.rs): warnings and deprecations, unhandled
// rejections, aborting on an uncaught exception, source maps, `--env-file`, `--require`
// and `--import` preloads, `--input-type`.

/** The values of `--name value` and `--name=value`, in order. */
function optionValues(execArgv, name) {
  const values = [];
  for (let i = 0; i < execArgv.length; i++) {
    if (execArgv[i] === name && i + 1 < execArgv.length) values.push(execArgv[++i]);
    else if (execArgv[i].startsWith(`${name}=`)) values.push(execArgv[i].slice(name.length + 1));
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
  const requests = optionValues(execArgv, '--require');
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
