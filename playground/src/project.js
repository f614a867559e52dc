// The project being edited: its files, which is open, and how it travels in the URL
// hash (deflated JSON in base64url, so a shared link opens the same files).

/* global EXAMPLES */

/** The examples, from playground/examples (gathered by build.mjs). */
export const examples = EXAMPLES;

/** The file `node .` runs: package.json's `main`, else index.js. */
export function entryOf(files) {
  try {
    const main = JSON.parse(files['package.json'] ?? '{}').main;
    if (typeof main === 'string' && main !== '') return main.replace(/^\.\//, '');
  } catch {
    // A package.json that does not parse names no entry; the guest reports it when it runs.
  }
  return 'index.js';
}

async function pipe(bytes, transform) {
  return new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(transform)).arrayBuffer());
}

export async function encodeHash(project) {
  const bytes = await pipe(new TextEncoder().encode(JSON.stringify(project)), new CompressionStream('deflate-raw'));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** The project in `hash`, or null when it holds none (or one that does not decode). */
export async function decodeHash(hash) {
  const text = hash.replace(/^#/, '');
  if (text === '') return null;
  try {
    const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
    const bytes = await pipe(
      Uint8Array.from(binary, (c) => c.charCodeAt(0)),
      new DecompressionStream('deflate-raw'),
    );
    const project = JSON.parse(new TextDecoder().decode(bytes));
    if (typeof project?.files !== 'object' || Object.values(project.files).some((text) => typeof text !== 'string')) return null;
    return project;
  } catch {
    return null;
  }
}
