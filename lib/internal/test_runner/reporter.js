'use strict';
// The "spec" reporter, Node's default: one line per test in creation
// order (a parent's "▶ name" header before its first child), diagnostics
// under their test, then the counts and the failures with their errors.
// Colours only when stdout takes them.

const { shouldColorize } = require('internal/util/colors');
const { kSubtestsFailed } = require('internal/test_runner/test');

const kSymbols = {
  pass: '\u2714 ',
  fail: '\u2716 ',
  diagnostic: '\u2139 ',
  arrow: '\u25B6 ',
  skip: '\uFE63 ',
  warn: '\u26A0 ',
};

function makeColors(on) {
  const c = (code) => (on ? `\x1b[${code}m` : '');
  return {
    red: c(31), green: c(32), yellow: c(33), blue: c(34), gray: c(90), white: c(39),
  };
}

function indent(nesting) {
  return '  '.repeat(nesting);
}

class SpecReporter {
  constructor(root) {
    this.root = root;
    this.colors = null;
    this.failures = [];
    this.counts = {
      tests: 0, suites: 0, pass: 0, fail: 0, cancelled: 0, skipped: 0, todo: 0,
    };
  }

  write(text) {
    process.stdout.write(text);
  }

  get c() {
    if (this.colors === null) this.colors = makeColors(shouldColorize(process.stdout));
    return this.colors;
  }

  // Prints every result that is ready and whose earlier siblings are out.
  drain() {
    this.drainNode(this.root);
  }

  drainNode(node) {
    while (node.cursor < node.subtests.length) {
      const child = node.subtests[node.cursor];
      this.drainNode(child);
      if (child.state !== 'done' || child.cursor < child.subtests.length) return;
      node.cursor++;
      this.report(child);
    }
  }

  showHeader(test) {
    if (test.headerShown || test.parent === null) return;
    this.showHeader(test.parent);
    test.headerShown = true;
    this.write(`${indent(test.nesting)}${kSymbols.arrow}${test.name}\n`);
  }

  line(test) {
    const c = this.c;
    let color;
    let symbol;
    if (test.skip !== undefined) {
      color = c.gray;
      symbol = kSymbols.skip;
    } else if (test.error === null) {
      color = c.green;
      symbol = kSymbols.pass;
    } else if (test.todo !== undefined) {
      color = c.yellow;
      symbol = kSymbols.warn;
    } else {
      color = c.red;
      symbol = kSymbols.fail;
    }
    let title = `${test.name} ${c.gray}(${test.duration}ms)${c.white}`;
    if (test.skip !== undefined) {
      title += ` # ${typeof test.skip === 'string' && test.skip.length ? test.skip : 'SKIP'}`;
    } else if (test.todo !== undefined) {
      title += ` # ${typeof test.todo === 'string' && test.todo.length ? test.todo : 'TODO'}`;
    }
    return `${color}${symbol}${title}${c.white}`;
  }

  report(test) {
    if (test.parent !== this.root) this.showHeader(test.parent);
    this.write(`${indent(test.nesting)}${this.line(test)}\n`);
    this.diagnostics(test.diagnostics, test.nesting);
    this.count(test);
    if (test.error !== null && test.error.failureType !== kSubtestsFailed) {
      this.failures.push(test);
    }
  }

  diagnostics(list, nesting) {
    const c = this.c;
    for (const message of list) {
      this.write(`${c.blue}${indent(nesting)}${kSymbols.diagnostic}${message}${c.white}\n`);
    }
    list.length = 0;
  }

  count(test) {
    const n = this.counts;
    if (test.isSuite) {
      n.suites++;
      return;
    }
    n.tests++;
    if (test.skip !== undefined) n.skipped++;
    else if (test.todo !== undefined) n.todo++;
    else if (test.error === null) n.pass++;
    else if (test.isCancelled()) n.cancelled++;
    else n.fail++;
  }

  formatError(error) {
    const { inspect } = require('internal/util/inspect');
    const err = error.code === 'ERR_TEST_FAILURE' ? error.cause : error;
    let text;
    try {
      text = inspect(err, { colors: this.c.red !== '', breakLength: Infinity });
    } catch {
      text = String(err);
    }
    return `  ${text.split(/\r?\n/).join('\n  ')}\n`;
  }

  location(test) {
    const loc = test.loc;
    if (loc === undefined) return '';
    const path = require('path');
    return `${path.relative(process.cwd(), loc.file)}:${loc.line}:${loc.column}`;
  }

  // Prints the end of the report; returns whether the run failed.
  summary() {
    const root = this.root;
    this.drain();
    root.duration = Number(process.hrtime.bigint() - root.createdAt) / 1e6;
    this.diagnostics(root.diagnostics, 0);
    const c = this.c;
    const n = this.counts;
    const lines = [
      `tests ${n.tests}`, `suites ${n.suites}`, `pass ${n.pass}`, `fail ${n.fail}`,
      `cancelled ${n.cancelled}`, `skipped ${n.skipped}`, `todo ${n.todo}`,
      `duration_ms ${root.duration}`,
    ];
    let out = '';
    for (const l of lines) out += `${c.blue}${kSymbols.diagnostic}${l}${c.white}\n`;
    if (this.failures.length > 0) {
      out += `\n${c.red}${kSymbols.fail}failing tests:${c.white}\n\n`;
      out += this.failures.map((t) => {
        const where = this.location(t);
        return `${where ? `test at ${where}\n` : ''}${this.line(t)}\n${this.formatError(t.error)}`;
      }).join('\n');
    }
    this.write(out);
    return n.fail > 0 || n.cancelled > 0;
  }
}

module.exports = { SpecReporter };
