'use strict';
// The uncaught-exception and rejection fixtures, how to run them, and how
// their stderr is compared with Node's (expected/<name>.txt: "exit: N",
// then stderr). Shared by test-uncaught-output.js and gen-expected.js.
const path = require('path');

const fixtures = path.join(__dirname, 'fixtures');

// receivers: the engine does not tell a method call's receiver, so frames
// like "Timeout.later [as _onTimeout]" are compared as "later".
// noSource: nodus cannot know where a non-error was thrown (or which
// throw reached a handler that threw), so the "file:line / source / caret"
// block is left out of the comparison for these.
const cases = [
  { name: 'throw-error' },
  { name: 'throw-props' },
  { name: 'throw-subclass' },
  { name: 'throw-subclass-named' },
  { name: 'throw-renamed' },
  { name: 'throw-object', noSource: true },
  { name: 'throw-primitive', noSource: true },
  { name: 'throw-null', noSource: true },
  { name: 'throw-no-frames' },
  { name: 'throw-cause' },
  { name: 'throw-aggregate' },
  { name: 'throw-in-timer', receivers: false },
  { name: 'exit-listener' },
  { name: 'exit-listener-throws' },
  { name: 'handler-throws', noSource: true, receivers: false },
  { name: 'handled' },
  { name: 'capture-callback' },
  { name: 'rejection-error' },
  { name: 'rejection-primitive' },
  { name: 'rejection-object' },
  { name: 'rejection-async' },
  { name: 'rejection-handled-later' },
  { name: 'rejection-handled-in-tick' },
  { name: 'rejection-to-uncaught' },
  { name: 'rejection-mode-none', args: ['--unhandled-rejections=none'] },
  { name: 'rejection-mode-strict', args: ['--unhandled-rejections=strict'] },
  { name: 'node-error', noSource: true },
];

// What legitimately differs between engines is made equal: the fixture
// directory, frames inside node:internal, column numbers, line numbers of
// internal sources, how many internal frames a cause shares, pids, and the
// runtime's name in the --trace-uncaught hint.
function normalize(text, runtime, noSource, receivers = true) {
  let lines = text.split(fixtures).join('<DIR>').split('\n');
  lines = lines.filter((l) => !/^\s+at (?:.* \()?node:[\w/]+:\d+.*$/.test(l) &&
    !/^\s+at .*\(<anonymous>\)$/.test(l));
  lines = lines.map((l) => l
    .replace(/^(\s+at .*:\d+):\d+(\)?)$/, '$1$2')
    .replace(/node:internal\/([\w/]+):\d+/g, 'node:internal/$1:N')
    .replace(/\.\.\. \d+ lines matching cause stack trace \.\.\./, '... N lines matching cause stack trace ...')
    .replace(/^\(node:\d+\)/, '(node:PID)')
    .replace(/^\(Use `[^ `]+ --trace-uncaught/, '(Use `node --trace-uncaught'));
  if (!receivers) {
    lines = lines.map((l) => l
      .replace(/^(\s+at )[\w$]+\.<anonymous> \((.*)\)$/, '$1$2')
      .replace(/^(\s+at )[\w$]+\.([\w$]+)(?: \[as [\w$]+\])? \(/, '$1$2 ('));
  }
  if (noSource) lines = dropSourceBlocks(lines);
  return lines.join('\n');
}

// Removes "file:line" + source line + caret line (and the blank line that
// follows or precedes them).
function dropSourceBlocks(lines) {
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    if (/^(?:<DIR>\/[^:]+|node:internal\/[\w/]+):(?:\d+|N)$/.test(lines[i]) &&
      i + 2 < lines.length && /^\s*\^+\s*$/.test(lines[i + 2])) {
      if (out.length > 0 && out[out.length - 1] === '') out.pop();
      i += 2;
      if (i + 1 < lines.length && lines[i + 1] === '') i++;
      continue;
    }
    out.push(lines[i]);
  }
  return out;
}

function run(runtime, c) {
  const { spawnSync } = require('child_process');
  const file = path.join(fixtures, `${c.name}.js`);
  const r = spawnSync(runtime, [...(c.args || []), file], { encoding: 'utf8', cwd: fixtures });
  return { status: r.status, stderr: r.stderr };
}

module.exports = { cases, normalize, run, fixtures };
