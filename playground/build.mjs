// Builds the playground into target/playground: the guest component transpiled by jco's
// transpiler (only when the guest changed), the page and the worker bundled by esbuild, the
// examples gathered into one module, and the static files copied.

import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transpile } from '@bytecodealliance/jco-transpile';
import * as esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, '../target');
const guest = join(target, 'guest/nodule-guest.wasm');
const transpiled = join(target, 'playground-guest');
const site = join(target, 'playground');

if (!existsSync(guest)) {
  console.error(`${guest} is missing: run \`make build\` first`);
  process.exit(1);
}

const stamp = join(transpiled, 'nodule-guest.js');
if (!existsSync(stamp) || statSync(stamp).mtimeMs < statSync(guest).mtimeMs) {
  rmSync(transpiled, { recursive: true, force: true });
  // `async` instantiation: the page compiles the core modules and each worker instantiates them.
  const { files } = await transpile(guest, {
    name: 'nodule-guest',
    instantiation: 'async',
    nodejsCompat: false,
    emitTypescriptDeclarations: false,
  });
  for (const [name, bytes] of Object.entries(files)) {
    mkdirSync(dirname(join(transpiled, name)), { recursive: true });
    writeFileSync(join(transpiled, name), bytes);
  }
}

rmSync(site, { recursive: true, force: true });
mkdirSync(site, { recursive: true });
const coreModules = readdirSync(transpiled).filter((name) => name.endsWith('.wasm'));
for (const name of coreModules) copyFileSync(join(transpiled, name), join(site, name));

/** Every file of every example, by example name then path. */
function examples() {
  const root = join(here, 'examples');
  const read = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? read(join(dir, entry.name))
        : [[relative(root, join(dir, entry.name)), readFileSync(join(dir, entry.name), 'utf8')]],
    );
  const all = {};
  for (const [path, text] of read(root)) {
    const [name, ...rest] = path.split('/');
    all[name] ??= {};
    all[name][rest.join('/')] = text;
  }
  return all;
}

const common = { bundle: true, minify: true, target: 'chrome110', logLevel: 'warning', legalComments: 'none' };
await Promise.all([
  esbuild.build({
    ...common,
    entryPoints: [join(here, 'src/main.js')],
    outfile: join(site, 'main.js'),
    format: 'esm',
    define: { GUEST_MODULES: JSON.stringify(coreModules), EXAMPLES: JSON.stringify(examples()) },
  }),
  esbuild.build({ ...common, entryPoints: [join(here, 'src/worker.js')], outfile: join(site, 'worker.js'), format: 'esm' }),
]);
copyFileSync(join(here, 'index.html'), join(site, 'index.html'));
writeFileSync(join(site, 'guest-modules.json'), JSON.stringify(coreModules));
console.log(`playground built in ${relative(process.cwd(), site) || '.'}`);
