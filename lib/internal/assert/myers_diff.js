'use strict';
// Line diff for assertion messages: Myers' shortest edit script, with ties
// broken as Node breaks them so the same lines come out, and Node's layout
// ("+ actual", "- expected", runs of more than five unchanged lines folded).

const { colors } = require('internal/console/colors');

const kRemoved = -1; // only in expected
const kSame = 0;
const kAdded = 1; // only in actual
const kShownContext = 5;

// With commaSlack, "x" and "x," count as the same line (the last entry of
// an object has no trailing comma).
function linesMatch(a, b, commaSlack) {
  return a === b || (commaSlack && (`${a},` === b || a === `${b},`));
}

// Returns the edit script in reverse order: [op, line] pairs.
function myersDiff(actual, expected, commaSlack = false) {
  const n = actual.length;
  const m = expected.length;
  const max = n + m;
  if (max > 2 ** 31 - 1) {
    const { ERR_OUT_OF_RANGE } = require('internal/errors').codes;
    throw new ERR_OUT_OF_RANGE('myersDiff input size', '< 2^31', max);
  }
  // v[k + max]: furthest x reached on diagonal k (k = x - y)
  const v = new Int32Array(2 * max + 1);
  const history = [];
  for (let d = 0; d <= max; d++) {
    history.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[k - 1 + max] < v[k + 1 + max]);
      let x = down ? v[k + 1 + max] : v[k - 1 + max] + 1;
      let y = x - k;
      while (x < n && y < m && linesMatch(actual[x], expected[y], commaSlack)) {
        x++;
        y++;
      }
      v[k + max] = x;
      if (x >= n && y >= m) return backtrack(history, actual, expected, commaSlack);
    }
  }
  return [];
}

function backtrack(history, actual, expected, commaSlack) {
  const max = actual.length + expected.length;
  let x = actual.length;
  let y = expected.length;
  const script = [];
  for (let d = history.length - 1; d >= 0; d--) {
    const v = history[d];
    const k = x - y;
    const fromK = k === -d || (k !== d && v[k - 1 + max] < v[k + 1 + max]) ? k + 1 : k - 1;
    const fromX = v[fromK + max];
    const fromY = fromX - fromK;
    while (x > fromX && y > fromY) {
      const line = actual[x - 1];
      // show the expected spelling when only a trailing comma differs
      script.push([kSame, commaSlack && !line.endsWith(',') ? expected[y - 1] : line]);
      x--;
      y--;
    }
    if (d > 0) {
      if (x > fromX) script.push([kAdded, actual[--x]]);
      else script.push([kRemoved, expected[--y]]);
    }
  }
  return script;
}

// Character diff of two one-line strings, colored in place.
function printSimpleMyersDiff(script) {
  let out = '';
  for (let i = script.length - 1; i >= 0; i--) {
    const [op, value] = script[i];
    const color = op === kAdded ? colors.green : op === kRemoved ? colors.red : colors.white;
    out += `${color}${value}${colors.white}`;
  }
  return `\n${out}`;
}

function printMyersDiff(script, operator) {
  const { white, green, red, gray, blue, hasColors } = colors;
  let out = '';
  let skipped = false;
  let sameRun = 0; // unchanged lines seen in a row
  for (let i = script.length - 1; i >= 0; i--) {
    const [op, value] = script[i];
    if (op !== kSame && i < script.length - 1 && script[i + 1][0] === kSame) {
      // the end of a run: show its last lines when more than five were hidden
      if (sameRun === kShownContext + 1) {
        out += `${white}  ${script[i + 1][1]}\n`;
      } else if (sameRun === kShownContext + 2) {
        out += `${white}  ${script[i + 2][1]}\n${white}  ${script[i + 1][1]}\n`;
      } else if (sameRun >= kShownContext + 3) {
        out += `${blue}...${white}\n${white}  ${script[i + 1][1]}\n`;
        skipped = true;
      }
      sameRun = 0;
    }
    if (op === kAdded) {
      if (operator === 'partialDeepStrictEqual') out += `${gray}${hasColors ? ' ' : '+'} ${value}${white}\n`;
      else out += `${green}+${white} ${value}\n`;
    } else if (op === kRemoved) {
      out += `${red}-${white} ${value}\n`;
    } else {
      if (sameRun < kShownContext) out += `${white}  ${value}\n`;
      sameRun++;
    }
  }
  return { message: `\n${out.trimEnd()}`, skipped };
}

module.exports = { myersDiff, printMyersDiff, printSimpleMyersDiff };
