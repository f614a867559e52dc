// The page: the editor over the in-memory project, Run and Stop, and the output.

import { javascript } from '@codemirror/lang-javascript';
import { json } from '@codemirror/lang-json';
import { Compartment, EditorState } from '@codemirror/state';
import { oneDark } from '@codemirror/theme-one-dark';
import { keymap } from '@codemirror/view';
import { basicSetup, EditorView } from 'codemirror';
import { decodeHash, encodeHash, entryOf, examples } from './project.js';
import { GuestRunner } from './runner.js';

const $ = (id) => document.getElementById(id);
const timings = { editorReady: 0, guestReady: 0, runs: [] };

let project = (await decodeHash(location.hash)) ?? { files: { ...examples.hello }, open: 'index.js' };
const language = new Compartment();
const languageOf = (name) => (name.endsWith('.json') ? json() : javascript());
/** Each file's editor state, so that switching tabs keeps undo history and selection. */
const states = new Map();

const editor = new EditorView({ parent: $('editor') });

function stateFor(name) {
  if (!states.has(name)) {
    states.set(
      name,
      EditorState.create({
        doc: project.files[name],
        extensions: [
          basicSetup,
          oneDark,
          language.of(languageOf(name)),
          keymap.of([
            {
              key: 'Mod-Enter',
              run: () => {
                run();
                return true;
              },
            },
          ]),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) {
              project.files[name] = update.state.doc.toString();
              saveHash();
            }
          }),
        ],
      }),
    );
  }
  return states.get(name);
}

function open(name) {
  if (project.open && states.has(project.open)) states.set(project.open, editor.state);
  project.open = name;
  editor.setState(stateFor(name));
  renderTabs();
}

function renderTabs() {
  const tabs = $('tabs');
  tabs.replaceChildren();
  for (const name of Object.keys(project.files).sort()) {
    const tab = document.createElement('button');
    tab.textContent = name;
    tab.dataset.file = name;
    tab.className = name === project.open ? 'active' : '';
    tab.onclick = () => open(name);
    const close = document.createElement('span');
    close.className = 'close';
    close.textContent = '×';
    close.title = `Delete ${name}`;
    close.onclick = (event) => {
      event.stopPropagation();
      if (Object.keys(project.files).length > 1 && confirm(`Delete ${name}?`)) {
        delete project.files[name];
        states.delete(name);
        if (project.open === name) project.open = null;
        open(project.open ?? Object.keys(project.files).sort()[0]);
        saveHash();
      }
    };
    tab.append(close);
    tabs.append(tab);
  }
  const add = document.createElement('button');
  add.textContent = '+';
  add.title = 'New file';
  add.onclick = () => {
    const name = prompt('File name (a path in the project, e.g. lib/util.js)')?.trim().replace(/^\/+/, '');
    if (!name || project.files[name] !== undefined) return;
    project.files[name] = '';
    open(name);
    saveHash();
  };
  tabs.append(add);
}

function loadProject(next) {
  project = next;
  states.clear();
  project.open = null;
  open(project.files[entryOf(project.files)] !== undefined ? entryOf(project.files) : Object.keys(project.files).sort()[0]);
}

let hashTimer;
function saveHash() {
  clearTimeout(hashTimer);
  hashTimer = setTimeout(async () => history.replaceState(null, '', `#${await encodeHash({ files: project.files })}`), 300);
}

for (const name of Object.keys(examples)) $('examples').append(new Option(`Example: ${name}`, name));
$('examples').onchange = () => {
  loadProject({ files: { ...examples[$('examples').value] } });
  saveHash();
};
$('share').onclick = async () => {
  clearTimeout(hashTimer);
  history.replaceState(null, '', `#${await encodeHash({ files: project.files })}`);
  await navigator.clipboard?.writeText(location.href).catch(() => {});
  $('share').textContent = 'Link copied';
  setTimeout(() => ($('share').textContent = 'Share'), 1500);
};

loadProject(project);
timings.editorReady = performance.now();

// Output: put in the page in batches, at most every OUTPUT_INTERVAL_MS, so that a
// program printing in a loop cannot keep the page busy. Each batch is a block of whole
// lines (a partial line waits for its end, or for the run's), so the browser lays out
// only what is new; only the last MAX_OUTPUT characters are kept, whole batches at a time.
const MAX_OUTPUT = 200_000;
const OUTPUT_INTERVAL_MS = 50;
const decoders = {};
let pendingOutput = [];
let outputTimer = 0;
let lastFlush = Number.NEGATIVE_INFINITY;
let outputLength = 0;

function appendOutput(stream, text) {
  pendingOutput.push([stream, text]);
  if (outputTimer === 0) {
    outputTimer = setTimeout(
      () => requestAnimationFrame(() => flushOutput(false)),
      Math.max(0, lastFlush + OUTPUT_INTERVAL_MS - performance.now()),
    );
  }
}

/** Puts the pending output in the page: all of it when `final`, else up to the last line's end. */
function flushOutput(final) {
  clearTimeout(outputTimer);
  outputTimer = 0;
  lastFlush = performance.now();
  let ready = pendingOutput;
  pendingOutput = [];
  if (!final) {
    const last = ready.findLastIndex(([, text]) => text.includes('\n'));
    const cut = ready[last]?.[1].lastIndexOf('\n') + 1;
    if (last < 0) [ready, pendingOutput] = [[], ready];
    else {
      const [stream, text] = ready[last];
      pendingOutput = [...(cut < text.length ? [[stream, text.slice(cut)]] : []), ...ready.slice(last + 1)];
      ready = [...ready.slice(0, last), [stream, text.slice(0, cut)]];
    }
  }
  // What would be trimmed right away is never put in the page.
  let kept = 0;
  let first = ready.length;
  while (first > 0 && kept < MAX_OUTPUT) kept += ready[--first][1].length;
  if (first === ready.length) return;
  const output = $('output');
  const atBottom = output.scrollTop + output.clientHeight >= output.scrollHeight - 4;
  const batch = document.createElement('div');
  for (const [stream, text] of ready.slice(first)) {
    if (batch.lastElementChild?.className === stream) batch.lastElementChild.textContent += text;
    else batch.append(Object.assign(document.createElement('span'), { className: stream, textContent: text }));
  }
  batch.dataset.length = kept;
  output.append(batch);
  outputLength += kept;
  while (outputLength - Number(output.firstElementChild.dataset.length) >= MAX_OUTPUT) {
    outputLength -= Number(output.firstElementChild.dataset.length);
    output.firstElementChild.remove();
  }
  if (atBottom) output.scrollTop = output.scrollHeight;
}

function setStatus(text, kind = '') {
  $('status').textContent = text;
  $('status').className = kind;
}

const runner = new GuestRunner(window.guestModules);
runner.onReady = () => {
  timings.guestReady ||= performance.now();
  $('guest-state').textContent = `runtime ready in ${Math.round(timings.guestReady)} ms`;
  if (!runner.running) $('run').disabled = false;
};
runner.onError = (message) => {
  $('guest-state').textContent = `the runtime failed to load: ${message}`;
};

function run() {
  if (!runner.ready || runner.running) return;
  $('output').replaceChildren();
  outputLength = 0;
  pendingOutput = [];
  clearTimeout(outputTimer);
  outputTimer = 0;
  lastFlush = Number.NEGATIVE_INFINITY;
  for (const stream of ['stdout', 'stderr']) decoders[stream] = new TextDecoder();
  const entry = entryOf(project.files);
  const started = performance.now();
  const timing = { started, firstOutput: 0, exited: 0 };
  timings.runs.push(timing);
  setStatus(`Running node ${entry}…`);
  $('run').disabled = true;
  $('stop').disabled = false;
  runner.run(
    { files: project.files, entry, origin: $('allow-net').checked ? location.host : null },
    {
      output(stream, bytes) {
        timing.firstOutput ||= performance.now();
        appendOutput(stream, decoders[stream].decode(bytes, { stream: true }));
      },
      exit(status, crash) {
        timing.exited = performance.now();
        for (const stream of ['stdout', 'stderr']) {
          const rest = decoders[stream].decode();
          if (rest) appendOutput(stream, rest);
        }
        if (crash) appendOutput('stderr', `\nThe runtime failed: ${crash}\n`);
        flushOutput(true);
        const took = `${Math.round(timing.exited - started)} ms`;
        if (status === null) setStatus(`Stopped after ${took}`, 'failed');
        else setStatus(`Exited with code ${status} after ${took}`, status === 0 ? 'ok' : 'failed');
        $('stop').disabled = true;
        $('run').disabled = !runner.ready;
      },
    },
  );
}

$('run').onclick = run;
$('stop').onclick = () => runner.stop();

/** For the tests and the benchmark. */
window.playground = {
  timings,
  runner,
  run,
  open,
  loadProject,
  get project() {
    return project;
  },
  examples,
};
