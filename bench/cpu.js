// A CPU-bound mix for engine speed (issue 11), plain enough for native `qjs` too: no
// Node APIs, only `console.log` and `performance.now()`, which qjs, node and nodule all
// have. Prints one JSON line: { part: milliseconds }. Run by bench/cpu.sh.
// Inputs are deterministic (a fixed LCG, not Math.random) so every engine does the same work.

function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

let seed = 42;
function random() {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 4294967296;
}

function timed(fn) {
  const start = performance.now();
  const check = fn();
  return [performance.now() - start, check];
}

const parts = {};
const checks = {};

[parts['fib(30)'], checks.fib] = timed(() => fib(30));

// About 1 MB of JSON: records with strings, numbers, booleans, nesting and arrays.
const records = [];
for (let i = 0; i < 6000; i++) {
  records.push({
    id: i,
    name: `user ${i}`,
    email: `user${i}@example.com`,
    score: Math.round(random() * 1e6) / 100,
    active: i % 3 === 0,
    tags: ['alpha', 'beta', 'gamma'].slice(0, (i % 3) + 1),
    address: { street: `${i} Main Street`, city: 'Springfield', zip: String(10000 + i) },
  });
}
[parts['JSON 1 MB x10'], checks.json] = timed(() => {
  let total = 0;
  for (let round = 0; round < 10; round++) {
    const text = JSON.stringify(records);
    total += text.length + JSON.parse(text).length;
  }
  return total;
});

[parts['string+regex'], checks.string] = timed(() => {
  const words = [];
  for (let i = 0; i < 50000; i++) words.push(`word${i % 977} Item-${i} x=${(i * 31) % 1000};`);
  const text = words.join(' ');
  let count = 0;
  for (let round = 0; round < 3; round++) {
    count += (text.match(/Item-\d+/g) || []).length;
    count += text.replace(/x=(\d+);/g, (_, n) => `[${n}]`).length;
    count += text.split(/\s+/).filter((w) => /^word\d{3}$/.test(w)).length;
    count += text.toUpperCase().indexOf('WORD976');
    let built = '';
    for (let i = 0; i < 20000; i++) built += String.fromCharCode(97 + (i % 26));
    count += built.lastIndexOf('abc');
  }
  return count;
});

const numbers = new Array(1e6);
for (let i = 0; i < numbers.length; i++) numbers[i] = random() * 1e6;
[parts['sort 10^6 numbers'], checks.sort] = timed(() => {
  numbers.sort((a, b) => a - b);
  return numbers[0] <= numbers[1] && numbers[500000] <= numbers[500001] ? 1 : 0;
});

let total = 0;
for (const part in parts) total += parts[part];
parts.total = total;
console.log(JSON.stringify({ parts, checks }));
