'use strict';
// The Console methods that format values or keep timers: dir, time,
// timeEnd, timeLog and table, loaded on first use (the prototype's methods
// of the same names call these with their receiver).

const { validateArray } = require('internal/validators');
const {
  kWrite, kInspectOptions, kToStdout, lazyInspect,
} = require('internal/console/constructor');

// --- timers ---

// process.hrtime when present (fake-timer libraries replace it, and Node's
// console follows them); the native clock otherwise.
function hrtime(start) {
  if (typeof process.hrtime === 'function') return process.hrtime(start);
  const now = internalBinding('process').hrtime();
  if (start === undefined) return now;
  let s = now[0] - start[0];
  let ns = now[1] - start[1];
  if (ns < 0) {
    s--;
    ns += 1e9;
  }
  return [s, ns];
}

function pad2(n) {
  return `${n}`.padStart(2, '0');
}

// 12.345ms, 1.500s, 1:02.003 (m:ss.mmm), 1:02:03.004 (h:mm:ss.mmm)
function formatDuration(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) {
        hours = Math.floor(ms / 3600000);
        ms %= 3600000;
      }
      minutes = Math.floor(ms / 60000);
      ms %= 60000;
    }
    seconds = ms / 1000;
  }
  if (hours !== 0 || minutes !== 0) {
    const [whole, frac] = seconds.toFixed(3).split('.', 2);
    const head = hours !== 0 ? `${hours}:${pad2(minutes)}` : minutes;
    return `${head}:${pad2(whole)}.${frac} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

// Logs "label: duration" (and data); false when the label is unknown.
function logElapsed(self, method, label, data) {
  const start = self._times.get(label);
  if (start === undefined) {
    process.emitWarning(`No such label '${label}' for console.${method}()`);
    return;
  }
  const d = hrtime(start);
  const text = formatDuration(d[0] * 1000 + d[1] / 1e6);
  if (data === undefined) self.log('%s: %s', label, text);
  else self.log('%s: %s', label, text, ...data);
}

// --- console.table ---

let renderTable;
const kIndexKey = '(index)';
const kIterKey = '(iteration index)';
const kKeyKey = 'Key';
const kValuesKey = 'Values';

const MapIteratorProto = Object.getPrototypeOf(new Map().entries());
const SetIteratorProto = Object.getPrototypeOf(new Set().values());
const isMapIterator = (v) => Object.getPrototypeOf(v) === MapIteratorProto;
const isSetIterator = (v) => Object.getPrototypeOf(v) === SetIteratorProto;
const isMap = (v) => v instanceof Map;
const isSet = (v) => v instanceof Set;
const isArrayLike = (v) => Array.isArray(v) || ArrayBuffer.isView(v) && !(v instanceof DataView);

function table(tabularData, properties) {
  if (properties !== undefined) validateArray(properties, 'properties');
  if (tabularData === null || typeof tabularData !== 'object') return this.log(tabularData);
  renderTable ??= require('internal/console/table');
  const { inspect } = lazyInspect();
  const print = (head, columns) => this.log(renderTable(head, columns));
  const show = (v) => {
    const depth = v !== null && typeof v === 'object' && !isArrayLike(v) && Object.keys(v).length > 2 ? -1 : 0;
    return inspect(v, { depth, maxArrayLength: 3, breakLength: Infinity, ...this[kInspectOptions](this._stdout) });
  };
  const indices = (n) => Array.from({ length: n }, (_, i) => show(i));

  // Iterators are read to the end here: the engine offers no preview of
  // them that leaves them untouched.
  const mapIter = isMapIterator(tabularData);
  let pairs = false;
  if (mapIter) {
    const items = [...tabularData];
    pairs = items.length > 0 && items.every((e) => Array.isArray(e) && e.length === 2);
    tabularData = items;
  }
  if (pairs || isMap(tabularData)) {
    const keys = [];
    const values = [];
    for (const [k, v] of tabularData) {
      keys.push(show(k));
      values.push(show(v));
    }
    return print([kIterKey, kKeyKey, kValuesKey], [indices(keys.length), keys, values]);
  }
  const setIter = isSetIterator(tabularData);
  if (setIter) tabularData = [...tabularData];
  if (setIter || mapIter || isSet(tabularData)) {
    const values = [];
    for (const v of tabularData) values.push(show(v));
    return print([kIterKey, kValuesKey], [indices(values.length), values]);
  }

  const columns = { __proto__: null };
  let hasPrimitives = false;
  const primitiveColumn = [];
  const rowKeys = Object.keys(tabularData);
  for (let i = 0; i < rowKeys.length; i++) {
    const item = tabularData[rowKeys[i]];
    const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      primitiveColumn[i] = show(item);
    } else {
      for (const key of properties || Object.keys(item)) {
        columns[key] ??= [];
        columns[key][i] = (primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)
          ? '' : show(item[key]);
      }
    }
  }
  const head = Object.keys(columns);
  const cols = Object.values(columns);
  if (hasPrimitives) {
    head.push(kValuesKey);
    cols.push(primitiveColumn);
  }
  head.unshift(kIndexKey);
  cols.unshift(rowKeys);
  return print(head, cols);
}

const methods = {
  dir(object, options) {
    const { inspect } = lazyInspect();
    this[kWrite](kToStdout, inspect(object, {
      customInspect: false, ...this[kInspectOptions](this._stdout), ...options,
    }));
  },

  time(label = 'default') {
    label = `${label}`;
    if (this._times.has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this._times.set(label, hrtime());
  },

  timeEnd(label = 'default') {
    label = `${label}`;
    logElapsed(this, 'timeEnd', label);
    this._times.delete(label);
  },

  timeLog(label = 'default', ...data) {
    label = `${label}`;
    logElapsed(this, 'timeLog', label, data);
  },

};

module.exports = { ...methods, table, formatDuration };
