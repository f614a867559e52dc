// Throughput of Intl's formatters and collator; prints one JSON line: { row: milliseconds per op }.
// Run under both runtimes by bench/intl.sh.
const { measure } = require('./time_per_op');

const currency = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const dateTime = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });
const words = Array.from({ length: 1000 }, (_, i) => `word${(i * 7919) % 10007}`);
let counter = 0;

const results = {
  'NumberFormat.format, currency': measure(() => currency.format(++counter * 1.5)),
  'Number.toLocaleString()': measure(() => (++counter * 1.5).toLocaleString()),
  'DateTimeFormat.format, medium/short': measure(() => dateTime.format(++counter * 86400000)),
  'Date.toLocaleDateString()': measure(() => new Date(++counter * 86400000).toLocaleDateString()),
  'sort 1,000 words with localeCompare': measure(() => [...words].sort((a, b) => a.localeCompare(b))),
  'Segmenter, graphemes of 1 KB': measure(() => [...new Intl.Segmenter().segment('héllo wörld 👍🏽 '.repeat(64))]),
};
console.log(JSON.stringify(results));
