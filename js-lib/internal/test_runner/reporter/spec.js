'use strict';
// The spec reporter: a tree of results (`▶` above a test's subtests), then every
// failure again with where its test was declared. Nodule's stdout is never a
// terminal, so it writes without colours.

const path = require('path');
const { kSubtestsFailed } = require('internal/test_runner/test');
const { symbols, indent, formatTestReport } = require('internal/test_runner/reporter/utils');

class SpecReporter {
  #write;
  /** `test:start` events of tests whose line is not written yet, innermost first. */
  #started = [];
  /** Tests whose `▶` line is written, innermost first. */
  #opened = [];
  #failures = [];

  constructor(write) {
    this.#write = write;
  }

  write(type, data) {
    switch (type) {
      case 'test:start':
        this.#started.unshift(data);
        break;
      case 'test:pass':
      case 'test:fail':
        this.#write(this.#result(type, data));
        break;
      case 'test:diagnostic':
        this.#write(`${indent(data.nesting)}${symbols.diagnostic}${data.message}\n`);
        break;
    }
  }

  #result(type, data) {
    this.#started.shift();
    let text = '';
    // The tests above this one get their `▶` line the first time one of their subtests reports.
    while (this.#started.length > 0) {
      const parent = this.#started.pop();
      this.#opened.unshift(parent);
      text += `${indent(parent.nesting)}${symbols.start}${parent.name}\n`;
    }
    const pad = indent(data.nesting);
    const hadSubtests = this.#opened[0]?.nesting === data.nesting && this.#opened[0]?.name === data.name;
    if (hadSubtests) this.#opened.shift();
    const ownFailure = type === 'test:fail' && data.details.error?.failureType !== kSubtestsFailed;
    if (ownFailure) this.#failures.push(data);
    const showError = ownFailure && !hadSubtests;
    return `${text}${formatTestReport(type, data, pad, showError)}${showError ? '\n' : ''}`;
  }

  end() {
    if (this.#failures.length === 0) return;
    const entries = this.#failures.map((data) => {
      const where = data.file === undefined ? '' : `test at ${path.relative(process.cwd(), data.file)}:${data.line}:${data.column}\n`;
      return `${where}${formatTestReport('test:fail', data, '')}`;
    });
    this.#write(`\n${symbols.fail}failing tests:\n\n${entries.join('\n')}`);
  }
}

module.exports = SpecReporter;
