'use strict';
// util.diff: the shortest edit script between two strings (by UTF-16 code
// unit) or two arrays of strings, by Myers' O(ND) algorithm with the usual
// tie-break (prefer the step from the diagonal above when it reaches
// further), so ties resolve as in Node. Entries: [0, v] common,
// [1, v] only in actual, [-1, v] only in expected.

const { validateString, validateArray } = require('internal/validators');

function validateInput(value, name) {
  if (!Array.isArray(value)) {
    validateString(value, name);
    return;
  }
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) validateString(value[i], `${name}[${i}]`);
}

// Furthest-reaching x per diagonal, one snapshot per edit count, then a walk
// back from the end through the snapshots.
function editScript(a, b) {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const v = new Int32Array(2 * max + 2);
  const trace = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      const i = k + max;
      let x = k === -d || (k !== d && v[i - 1] < v[i + 1]) ? v[i + 1] : v[i - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[i] = x;
      if (x >= n && y >= m) return walkBack(trace, a, b, max);
    }
  }
  return [];
}

function walkBack(trace, a, b, max) {
  const out = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d >= 0; d--) {
    const v = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && v[k - 1 + max] < v[k + 1 + max]) ? k + 1 : k - 1;
    const prevX = v[prevK + max];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      out.push([0, a[x - 1]]);
      x--;
      y--;
    }
    if (d > 0) {
      if (x > prevX) out.push([1, a[--x]]);
      else out.push([-1, b[--y]]);
    }
  }
  return out.reverse();
}

function diff(actual, expected) {
  if (actual === expected) return [];
  validateInput(actual, 'actual');
  validateInput(expected, 'expected');
  return editScript(actual, expected);
}

module.exports = { diff };
