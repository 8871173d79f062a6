'use strict';
// util.inspect and util.format. (A first version for plain values: the exact
// Node output for every value kind is issue 3's work.)

const inspectDefaultOptions = {
  showHidden: false, depth: 2, colors: false, customInspect: true, showProxy: false,
  maxArrayLength: 100, maxStringLength: 10000, breakLength: 128, compact: 3,
  sorted: false, getters: false, numericSeparator: false,
};
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const strEscapeRe = /[\x00-\x1f\x27\x5c\x7f-\x9f]/;
function strEscape(str) {
  let quote = "'";
  if (str.includes("'")) {
    if (!str.includes('"')) quote = '"';
    else if (!str.includes('`') && !str.includes('${')) quote = '`';
  }
  if (!strEscapeRe.test(str) || quote !== "'") {
    if (!/[\x00-\x1f\x5c\x7f-\x9f]/.test(str) && (quote !== "'" || !str.includes("'")))
      return quote + str + quote;
  }
  let out = '';
  for (const ch of str) {
    const c = ch.codePointAt(0);
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (ch === '\v') out += '\\v';
    else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) out += `\\x${c.toString(16).toUpperCase().padStart(2, '0')}`;
    else out += ch;
  }
  return quote + out + quote;
}

const keyRe = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
function formatKey(key) {
  if (typeof key === 'symbol') return `[${key.toString()}]`;
  if (keyRe.test(key)) return key;
  return strEscape(key);
}

function formatPrimitive(v, ctx) {
  switch (typeof v) {
    case 'string': {
      if (ctx.maxStringLength !== null && v.length > ctx.maxStringLength) {
        const rest = v.length - ctx.maxStringLength;
        return `${strEscape(v.slice(0, ctx.maxStringLength))}... ${rest} more character${rest > 1 ? 's' : ''}`;
      }
      return strEscape(v);
    }
    case 'number': return Object.is(v, -0) ? '-0' : String(v);
    case 'bigint': return `${v}n`;
    case 'boolean': return String(v);
    case 'undefined': return 'undefined';
    case 'symbol': return v.toString();
  }
  return String(v);
}

function getPrefix(obj, fallback, size = '') {
  const proto = Object.getPrototypeOf(obj);
  if (proto === null) return `[${fallback}${size}: null prototype] `;
  const ctor = proto.constructor;
  const name = ctor && typeof ctor.name === 'string' ? ctor.name : fallback;
  const tag = obj[Symbol.toStringTag];
  const tagPart = typeof tag === 'string' && tag !== '' && tag !== name ? ` [${tag}]` : '';
  if (name === fallback && fallback === 'Object' && !tagPart) return '';
  return `${name}${size}${tagPart} `;
}

// Errors show their V8-format stack, with the class named when it differs
// from err.name ("E2 [Error]: m"), bracketed when there are no frames.
function formatError(err, keys) {
  const stackApi = require('internal/errors/stack');
  let stack = stackApi.toV8Stack(err);
  if (typeof stack !== 'string' || stack === '') {
    stack = stack ? String(stack) : Error.prototype.toString.call(err);
  }
  for (const k of ['name', 'message', 'stack']) {
    const i = keys.indexOf(k);
    if (i !== -1 && (typeof err[k] !== 'string' || stack.includes(err[k]))) keys.splice(i, 1);
  }
  const name = err.name != null ? String(err.name) : 'Error';
  const ctor = errorCtorName(err);
  const len = name.length;
  if (ctor !== null && name.endsWith('Error') && stack.startsWith(name) &&
    (stack.length === len || stack[len] === ':' || stack[len] === '\n') && ctor !== name) {
    stack = ctor.includes(name) ? `${ctor}${stack.slice(len)}` : `${ctor} [${name}]${stack.slice(len)}`;
  }
  let pos = (err.message && stack.indexOf(err.message)) || -1;
  if (pos !== -1) pos += err.message.length;
  if (stack.indexOf('\n    at', pos) === -1) return `[${stack}]`;
  return dropCauseFrames(err, stack);
}

// Frames an error shares with its cause print once, in the cause, as
// "    ... N lines matching cause stack trace ...".
function dropCauseFrames(err, stack) {
  let cause;
  try {
    cause = err.cause;
  } catch {
    return stack;
  }
  if (!(cause instanceof Error)) return stack;
  const causeStack = require('internal/errors/stack').toV8Stack(cause);
  if (typeof causeStack !== 'string') return stack;
  const start = causeStack.indexOf('\n    at');
  if (start === -1) return stack;
  const lines = stack.split('\n');
  const causeLines = causeStack.slice(start + 1).split('\n');
  for (let i = 0; i + 3 < lines.length; i++) {
    const at = causeLines.indexOf(lines[i]);
    if (at === -1 || causeLines.length - at <= 3) continue;
    let n = 1;
    const max = Math.min(lines.length - i, causeLines.length - at);
    while (n < max && lines[i + n] === causeLines[at + n]) n++;
    if (n > 3) {
      lines.splice(i + 1, n - 2, `    ... ${n - 2} lines matching cause stack trace ...`);
      return lines.join('\n');
    }
  }
  return stack;
}

function errorCtorName(err) {
  for (let o = err; o !== null; o = Object.getPrototypeOf(o)) {
    const d = Object.getOwnPropertyDescriptor(o, 'constructor');
    if (d !== undefined && typeof d.value === 'function' && d.value.name !== '') return d.value.name;
  }
  return null;
}

function formatValue(ctx, value, depth) {
  if (typeof value !== 'object' && typeof value !== 'function') return formatPrimitive(value, ctx);
  if (value === null) return 'null';
  if (ctx.customInspect) {
    const custom = value[customInspectSymbol];
    if (typeof custom === 'function' && custom !== inspect) {
      const r = custom.call(value, ctx.depth - depth, { ...ctx, depth: ctx.depth === null ? null : ctx.depth - depth }, inspect);
      if (r !== value) return typeof r === 'string' ? r : formatValue(ctx, r, depth);
    }
  }
  if (ctx.seen.includes(value)) return '[Circular *1]';
  return formatRaw(ctx, value, depth);
}

function formatRaw(ctx, value, depth) {
  let keys = Object.keys(value);
  const hiddenKeys = [];
  let braces;
  let base = '';
  let entries = null;
  if (Array.isArray(value)) {
    const prefix = getPrefix(value, 'Array', `(${value.length})`);
    braces = [`${prefix === 'Array(' + value.length + ') ' ? '' : prefix}[`, ']'];
    entries = [];
    const max = Math.min(value.length, ctx.maxArrayLength);
    let holes = 0;
    for (let i = 0; i < max; i++) {
      if (!Object.prototype.hasOwnProperty.call(value, i)) {
        holes++;
        continue;
      }
      if (holes) {
        entries.push(`<${holes} empty item${holes > 1 ? 's' : ''}>`);
        holes = 0;
      }
      entries.push(null);
      entries[entries.length - 1] = formatChild(ctx, value[i], depth);
    }
    if (holes) entries.push(`<${holes} empty item${holes > 1 ? 's' : ''}>`);
    if (value.length > max) entries.push(`... ${value.length - max} more item${value.length - max > 1 ? 's' : ''}`);
    keys = keys.filter((k) => !(String(k >>> 0) === k && (k >>> 0) < value.length));
  } else if (typeof value === 'function') {
    const name = value.name ? `: ${value.name}` : ' (anonymous)';
    const src = Function.prototype.toString.call(value);
    const kind = src.startsWith('class') ? 'class' : value.constructor && value.constructor.name !== 'Function' ? value.constructor.name : 'Function';
    base = kind === 'class' ? `[class ${value.name || '(anonymous)'}]` : `[${kind}${name}]`;
    if (keys.length === 0) return base;
    braces = ['{', '}'];
  } else if (value instanceof Error) {
    base = formatError(value, keys);
    // cause and errors are shown even when not enumerable, as [cause]
    if ('cause' in value && !keys.includes('cause')) hiddenKeys.push('cause');
    if (Array.isArray(value.errors) && !keys.includes('errors')) hiddenKeys.push('errors');
    if (keys.length === 0 && hiddenKeys.length === 0) return base;
    braces = ['{', '}'];
  } else if (value instanceof Date) {
    base = Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
    if (keys.length === 0) return base;
    braces = ['{', '}'];
  } else if (value instanceof RegExp) {
    base = RegExp.prototype.toString.call(value);
    if (keys.length === 0) return base;
    braces = ['{', '}'];
  } else if (value instanceof Map) {
    braces = [`${getPrefix(value, 'Map', `(${value.size})`)}{`, '}'];
    entries = [];
    ctx.seen.push(value);
    for (const [k, v] of value) entries.push(`${formatChild(ctx, k, depth)} => ${formatChild(ctx, v, depth)}`);
    ctx.seen.pop();
  } else if (value instanceof Set) {
    braces = [`${getPrefix(value, 'Set', `(${value.size})`)}{`, '}'];
    entries = [];
    ctx.seen.push(value);
    for (const v of value) entries.push(formatChild(ctx, v, depth));
    ctx.seen.pop();
  } else if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    braces = [`${getPrefix(value, 'TypedArray', `(${value.length})`)}[`, ']'];
    entries = [];
    const max = Math.min(value.length, ctx.maxArrayLength);
    for (let i = 0; i < max; i++) entries.push(formatPrimitive(value[i], ctx));
    if (value.length > max) entries.push(`... ${value.length - max} more item${value.length - max > 1 ? 's' : ''}`);
    keys = keys.filter((k) => !(String(k >>> 0) === k));
  } else if (value instanceof Promise) {
    braces = ['Promise {', '}'];
    entries = ['<unknown>'];
  } else {
    braces = [`${getPrefix(value, 'Object')}{`, '}'];
  }
  for (const sym of Object.getOwnPropertySymbols(value)) {
    if (Object.prototype.propertyIsEnumerable.call(value, sym)) keys.push(sym);
  }
  if (depth > ctx.depth && ctx.depth !== null) {
    const name = getPrefix(value, Array.isArray(value) ? 'Array' : 'Object').trim() || (Array.isArray(value) ? 'Array' : 'Object');
    return `[${name}]`;
  }
  ctx.seen.push(value);
  const output = entries || [];
  for (const key of keys) {
    const desc = Object.getOwnPropertyDescriptor(value, key);
    let str;
    if (desc.get !== undefined || desc.set !== undefined) {
      str = desc.get && desc.set ? '[Getter/Setter]' : desc.get ? '[Getter]' : '[Setter]';
    } else {
      str = formatChild(ctx, desc.value, depth);
    }
    output.push(`${formatKey(key)}: ${str}`);
  }
  for (const key of hiddenKeys) output.push(`[${key}]: ${formatChild(ctx, value[key], depth)}`);
  ctx.seen.pop();
  if (base) {
    if (output.length === 0) return base;
    braces[0] = `${base} {`;
  }
  return reduceToSingleString(ctx, output, braces);
}

function formatChild(ctx, v, depth) {
  return formatValue(ctx, v, depth + 1);
}

function reduceToSingleString(ctx, output, braces) {
  if (output.length === 0) return `${braces[0]}${braces[1]}`.replace(/ \{\}$/, ' {}').replace('{}', '{}');
  const start = output.length + braces[0].length;
  const total = output.reduce((a, s) => a + s.length, start);
  if (total + output.length <= ctx.breakLength && !output.some((s) => s.includes('\n')))
    return `${braces[0]} ${output.join(', ')} ${braces[1]}`;
  const ind = '  ';
  return `${braces[0]}\n${ind}${output.map((s) => s.split('\n').join(`\n${ind}`)).join(`,\n${ind}`)}\n${braces[1]}`;
}

function inspect(value, opts) {
  const ctx = { ...inspectDefaultOptions, seen: [] };
  if (typeof opts === 'boolean') ctx.showHidden = opts;
  else if (opts) Object.assign(ctx, opts);
  if (ctx.depth === Infinity) ctx.depth = null;
  return formatValue(ctx, value, 0);
}
inspect.custom = customInspectSymbol;
inspect.defaultOptions = inspectDefaultOptions;

function formatNumber(n) {
  return Object.is(n, -0) ? '-0' : String(n);
}

function formatWithOptions(inspectOptions, ...args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let tempStr;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue;
      const nextChar = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        switch (nextChar) {
          case 115: { // s
            const arg = args[++a];
            if (typeof arg === 'number') tempStr = formatNumber(arg);
            else if (typeof arg === 'bigint') tempStr = `${arg}n`;
            else if (typeof arg !== 'object' || arg === null) tempStr = String(arg);
            else tempStr = inspect(arg, { ...inspectOptions, depth: 0, colors: false, compact: 3 });
            break;
          }
          case 106: // j
            try { tempStr = JSON.stringify(args[++a]); } catch { tempStr = '[Circular]'; }
            break;
          case 100: { // d
            const n = args[++a];
            if (typeof n === 'bigint') tempStr = `${n}n`;
            else if (typeof n === 'symbol') tempStr = 'NaN';
            else tempStr = formatNumber(Number(n));
            break;
          }
          case 79: tempStr = inspect(args[++a], inspectOptions); break; // O
          case 111: tempStr = inspect(args[++a], { ...inspectOptions, showHidden: true, showProxy: true, depth: 4 }); break; // o
          case 105: { // i
            const n = args[++a];
            if (typeof n === 'bigint') tempStr = `${n}n`;
            else if (typeof n === 'symbol') tempStr = 'NaN';
            else tempStr = formatNumber(Number.parseInt(n));
            break;
          }
          case 102: { // f
            const n = args[++a];
            tempStr = typeof n === 'symbol' ? 'NaN' : formatNumber(Number.parseFloat(n));
            break;
          }
          case 99: a += 1; tempStr = ''; break; // c
          case 37: str += first.slice(lastPos, i); lastPos = i + 1; continue;
          default: continue;
        }
        if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
        str += tempStr;
        lastPos = i + 1;
      } else if (nextChar === 37) {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }
  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

function format(...args) {
  return formatWithOptions(undefined, ...args);
}

module.exports = { inspect, format, formatWithOptions, inspectDefaultOptions, customInspectSymbol };
