'use strict';
// The dot reporter: `.` for each passed test, `X` for each failed one, 20 to a line
// (stdout is never a terminal, whose width node would use), then the failures.

const { formatTestReport } = require('internal/test_runner/reporter/utils');

const kLineLength = 20;

class DotReporter {
  #write;
  #column = 0;
  #failures = [];

  constructor(write) {
    this.#write = write;
  }

  write(type, data) {
    if (type !== 'test:pass' && type !== 'test:fail') return;
    if (type === 'test:fail') this.#failures.push(data);
    this.#write(type === 'test:pass' ? '.' : 'X');
    if (++this.#column === kLineLength) {
      this.#write('\n');
      this.#column = 0;
    }
  }

  end() {
    this.#write('\n');
    if (this.#failures.length === 0) return;
    this.#write(`\nFailed tests:\n\n${this.#failures.map((data) => formatTestReport('test:fail', data, '')).join('')}`);
  }
}

module.exports = DotReporter;
