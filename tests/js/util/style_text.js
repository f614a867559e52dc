// util.styleText: styles and their codes, lists of styles, the stream check (stdout is not
// a terminal here), FORCE_COLOR, and the errors for bad formats, texts, options and streams.
const { styleText } = require('util');

// The verdict must not hang on the environment this runs in.
delete process.env.FORCE_COLOR;
delete process.env.NO_COLOR;
delete process.env.NODE_DISABLE_COLORS;

function show(label, fn) {
  let out;
  try {
    out = JSON.stringify(fn());
  } catch (err) {
    out = `${err.name} ${err.code}: ${err.message}`;
  }
  console.log(`${label} -> ${out}`);
}

const unchecked = { validateStream: false };
const styles = [
  'reset', 'bold', 'dim', 'italic', 'underline', 'blink', 'inverse', 'hidden', 'strikethrough', 'doubleunderline', 'black', 'red', 'green',
  'yellow', 'blue', 'magenta', 'cyan', 'white', 'bgBlack', 'bgRed', 'bgGreen', 'bgYellow', 'bgBlue', 'bgMagenta', 'bgCyan', 'bgWhite', 'framed',
  'overlined', 'gray', 'redBright', 'greenBright', 'yellowBright', 'blueBright', 'magentaBright', 'cyanBright', 'whiteBright', 'bgGray',
  'bgRedBright', 'bgGreenBright', 'bgYellowBright', 'bgBlueBright', 'bgMagentaBright', 'bgCyanBright', 'bgWhiteBright',
  // Aliases, which the error message does not list.
  'grey', 'blackBright', 'bgGrey', 'bgBlackBright', 'faint', 'crossedout', 'crossedOut', 'strikeThrough', 'conceal', 'swapColors',
  'swapcolors', 'doubleUnderline',
];
for (const style of styles) show(style, () => styleText(style, 'x', unchecked));

show('list', () => styleText(['bold', 'underline', 'red'], 'text', unchecked));
show('empty list', () => styleText([], 'text', unchecked));
show('repeated', () => styleText(['red', 'red'], 'text', unchecked));
show('nested list item', () => styleText(['red', ['bold']], 'text', unchecked));
show('empty text', () => styleText('red', '', unchecked));
show('styled text', () => styleText('red', styleText('bold', 'in', unchecked), unchecked));

// Checked against a stream: stdout is a file or a pipe, so a single style is dropped, yet
// Node v20 applies a list of styles anyway.
show('stdout', () => styleText('red', 'x'));
show('stdout explicitly', () => styleText('red', 'x', { validateStream: true, stream: process.stdout }));
show('stdout list', () => styleText(['red', 'bold'], 'x'));
show('stderr', () => styleText('green', 'x', { stream: process.stderr }));
const fakeStream = (extra) => ({ on() {}, write() {}, ...extra });
show('tty stream', () => styleText('red', 'x', { stream: fakeStream({ isTTY: true }) }));
show('tty stream, 256 colors', () => styleText('red', 'x', { stream: fakeStream({ isTTY: true, getColorDepth: () => 8 }) }));
show('tty stream, 2 colors', () => styleText('red', 'x', { stream: fakeStream({ isTTY: true, getColorDepth: () => 1 }) }));
show('tty stream, 4 colors', () => styleText('red', 'x', { stream: fakeStream({ isTTY: true, getColorDepth: () => 2 }) }));
show('pipe', () => styleText('red', 'x', { stream: fakeStream({ isTTY: false, getColorDepth: () => 24 }) }));
show('readable-like', () => styleText('red', 'x', { stream: { on() {}, pipe() {}, isTTY: 1 } }));
show('stream state', () => styleText('red', 'x', { stream: { _writableState: {}, isTTY: true, getColorDepth: 5 } }));
show('web writable', () => styleText('red', 'x', { stream: { getWriter() {}, abort() {}, isTTY: true } }));
show('web readable', () => styleText('red', 'x', { stream: { getReader() {}, pipeThrough() {}, cancel() {}, isTTY: true } }));

// FORCE_COLOR overrides the stream.
for (const value of ['', '0', '1', '2', '3', 'true', 'false', 'yes']) {
  process.env.FORCE_COLOR = value;
  show(`FORCE_COLOR=${JSON.stringify(value)}`, () => styleText('blue', 'x'));
  show(`FORCE_COLOR=${JSON.stringify(value)}, tty`, () => styleText('blue', 'x', { stream: fakeStream({ isTTY: true }) }));
}
delete process.env.FORCE_COLOR;

// Errors: the text first, then the options, the stream, and the format.
show('format none', () => styleText('none', 'x', unchecked));
show('format unknown', () => styleText('purple', 'x'));
show('format Red', () => styleText('Red', 'x', unchecked));
show('format in list', () => styleText(['red', 'nope'], 'x', unchecked));
show('format number', () => styleText(5, 'x', unchecked));
show('format null', () => styleText(null, 'x', unchecked));
show('format undefined', () => styleText(undefined, 'x', unchecked));
show('format __proto__', () => styleText('__proto__', 'x', unchecked));
show('format toString', () => styleText('toString', 'x', unchecked));
show('format String object', () => styleText(new String('red'), 'x', unchecked));
show('format list of two', () => styleText([['red', 'bold']], 'x', unchecked));
show('text number', () => styleText('red', 5));
show('text null', () => styleText('nope', null));
show('text object', () => styleText('red', {}));
show('validateStream 1', () => styleText('red', 'x', { validateStream: 1 }));
show('stream null', () => styleText('red', 'x', { stream: null }));
show('stream number', () => styleText('nope', 'x', { stream: 5 }));
show('stream object', () => styleText('red', 'x', { stream: {} }));
show('stream with isTTY only', () => styleText('red', 'x', { stream: { isTTY: true } }));
show('stream unchecked', () => styleText('red', 'x', { validateStream: false, stream: 5 }));
show('options number', () => styleText('red', 'x', 5));
