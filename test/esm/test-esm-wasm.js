'use strict';
// WebAssembly ES modules: .wasm files imported by name, as a namespace,
// with import(), as the entry point, and as source phase imports. The
// binaries are assembled here, byte by byte, into a temporary folder.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

// --- a tiny WebAssembly assembler ---
function uleb(n) {
  const out = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}
function sleb(n) {
  n = BigInt(n);
  const out = [];
  for (;;) {
    const b = Number(n & 0x7fn);
    n >>= 7n;
    if ((n === 0n && (b & 0x40) === 0) || (n === -1n && (b & 0x40) !== 0)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
}
const str = (s) => {
  const b = [...Buffer.from(s)];
  return [...uleb(b.length), ...b];
};
const vec = (items) => [...uleb(items.length), ...items.flat()];
const section = (id, items) => {
  const body = vec(items);
  return [id, ...uleb(body.length), ...body];
};
const I32 = 0x7f;
const I64 = 0x7e;
const F64 = 0x7c;
const V128 = 0x7b;
const FUNC = 0;
const GLOBAL = 3;

// m: { types, imports, funcs: [{ type, code }], globals, exports, start }
function wasm(m) {
  const bytes = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
  bytes.push(...section(1, (m.types ?? []).map(([p, r]) => [0x60, ...vec(p), ...vec(r)])));
  bytes.push(...section(2, (m.imports ?? []).map(([mod, name, kind, ...desc]) =>
    [...str(mod), ...str(name), kind, ...desc])));
  bytes.push(...section(3, (m.funcs ?? []).map((f) => uleb(f.type))));
  bytes.push(...section(6, (m.globals ?? []).map(([type, mut, ...init]) => [type, mut, ...init, 0x0b])));
  bytes.push(...section(7, (m.exports ?? []).map(([name, kind, index]) => [...str(name), kind, ...uleb(index)])));
  if (m.start !== undefined) bytes.push(8, ...uleb(uleb(m.start).length), ...uleb(m.start));
  bytes.push(...section(10, (m.funcs ?? []).map((f) => {
    const body = [0x00, ...f.code, 0x0b];
    return [...uleb(body.length), ...body];
  })));
  return Buffer.from(bytes);
}
const i32const = (n) => [0x41, ...sleb(n)];
const i64const = (n) => [0x42, ...sleb(n)];
const f64const = (x) => {
  const b = Buffer.alloc(8);
  b.writeDoubleLE(x);
  return [0x44, ...b];
};
const localGet = (i) => [0x20, ...uleb(i)];
const globalGet = (i) => [0x23, ...uleb(i)];
const globalSet = (i) => [0x24, ...uleb(i)];
const call = (i) => [0x10, ...uleb(i)];

// --- the fixtures ---
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-wasm-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const write = (name, data) => fs.writeFileSync(path.join(dir, name), data);

// a.wasm: imports a function and a constant from dep.mjs, runs a start
// function, exports functions, globals of several types, a non-identifier name
write('a.wasm', wasm({
  types: [[[I32], []], [[I32, I32], [I32]], [[], []]],
  imports: [['./dep.mjs', 'log', FUNC, 0], ['./dep.mjs', 'base', GLOBAL, I32, 0]],
  funcs: [
    { type: 1, code: [...localGet(0), ...localGet(1), 0x6a, ...globalGet(0), 0x6a] }, // add
    { type: 2, code: [...i32const(7), ...call(0)] }, // start
    { type: 0, code: [...localGet(0), ...globalSet(2)] }, // setCounter
  ],
  globals: [[I64, 0, ...i64const(2 ** 40)], [I32, 1, ...i32const(5)], [F64, 0, ...f64const(1.5)]],
  exports: [['add', FUNC, 1], ['big', GLOBAL, 1], ['counter', GLOBAL, 2], ['not an id!', FUNC, 1],
    ['setCounter', FUNC, 3], ['half', GLOBAL, 3]],
  start: 2,
}));
// b.wasm: a Wasm dependency's mutable global is shared, not copied
write('b.wasm', wasm({
  types: [[[], [I32]]],
  imports: [['./a.wasm', 'counter', GLOBAL, I32, 1]],
  funcs: [{ type: 0, code: globalGet(0) }],
  globals: [[V128, 0, 0xfd, 0x0c, ...new Array(16).fill(1)]],
  exports: [['getCounter', FUNC, 0], ['vec', GLOBAL, 1]],
}));
write('first.mjs', "console.log('first');\n");
write('dep.mjs', "export const base = 100;\nexport function log(x) { console.log('start', x); }\n");
write('main.mjs', `import './first.mjs';
import { add, big, counter, half, setCounter } from './a.wasm';
import * as ns from './a.wasm';
import { getCounter, vec } from './b.wasm';
import * as b from './b.wasm';
console.log(add(1, 2), big, counter, half, ns['not an id!'](2, 3), Object.keys(ns).join());
console.log(Object.prototype.toString.call(ns), Object.getOwnPropertyDescriptor(ns, 'add').writable);
setCounter(9);
console.log(ns.counter, getCounter(), vec, 'vec' in b);
const again = await import('./a.wasm');
console.log(again === ns);
`);

// reserved names
write('c1.wasm', wasm({
  types: [[[], []]], funcs: [{ type: 0, code: [] }], exports: [['wasm:x', FUNC, 0]],
}));
write('c2.wasm', wasm({ types: [[[], []]], imports: [['wasm-js:m', 'f', FUNC, 0]] }));
write('c3.wasm', wasm({ types: [[[], []]], imports: [['./dep.mjs', 'wasm-js:f', FUNC, 0]] }));
write('bad.wasm', Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01]));
write('reserved.mjs', `for (const f of ['c1', 'c2', 'c3']) {
  await import('./' + f + '.wasm').catch((e) => console.log(e.constructor.name, e.message.replace(import.meta.dirname, 'DIR')));
}
await import('./bad.wasm').catch((e) => console.log(e.constructor.name, e.message.startsWith(import.meta.dirname + '/bad.wasm: ')));
`);

// source phase: the module is compiled, not linked or run
write('d.wasm', wasm({ types: [[[], []]], imports: [['./missing.mjs', 'f', FUNC, 0]] }));
write('source.mjs', `import source mod from './d.wasm';
console.log(mod instanceof WebAssembly.Module, Object.prototype.toString.call(mod));
console.log(WebAssembly.Module.imports(mod)[0].module, mod === await import.source('./d.wasm'));
await import('./d.wasm').catch((e) => console.log(e.code));
await import.source('./dep.mjs').catch((e) => console.log(e.name, e.code));
`);

// the entry point: its start function runs
write('say.mjs', "export function hi() { console.log('hi from start'); }\n");
write('entry.wasm', wasm({
  types: [[[], []]], imports: [['./say.mjs', 'hi', FUNC, 0]], funcs: [{ type: 0, code: call(0) }], start: 1,
}));

function run(args) {
  const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8' });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

{
  const r = run(['--no-warnings', 'main.mjs']);
  assert.deepStrictEqual(r, {
    stdout: 'first\nstart 7\n' +
      '103 1099511627776n 5 1.5 105 add,big,counter,half,not an id!,setCounter\n' +
      '[object Module] true\n5 9 undefined true\ntrue\n',
    stderr: '',
    status: 0,
  });
}
{
  const r = run(['--no-warnings', 'reserved.mjs']);
  assert.strictEqual(r.stdout,
    'LinkError Invalid Wasm export name "wasm:x" in file://DIR/c1.wasm\n' +
    'LinkError Invalid Wasm import "wasm-js:m" in file://DIR/c2.wasm\n' +
    'LinkError Invalid Wasm import name "wasm-js:f" in file://DIR/c3.wasm\n' +
    'CompileError true\n');
  assert.strictEqual(r.status, 0);
}
{
  const r = run(['--no-warnings', 'source.mjs']);
  assert.deepStrictEqual(r, {
    stdout: 'true [object WebAssembly.Module]\n./missing.mjs true\nERR_MODULE_NOT_FOUND\n' +
      'SyntaxError ERR_SOURCE_PHASE_NOT_DEFINED\n',
    stderr: '',
    status: 0,
  });
}
{
  const r = run(['--no-warnings', 'entry.wasm']);
  assert.deepStrictEqual(r, { stdout: 'hi from start\n', stderr: '', status: 0 });
}
{
  // one experimental warning, however many instances
  const r = run(['main.mjs']);
  assert.strictEqual(r.status, 0);
  const lines = r.stderr.split('\n').filter((l) => l.includes('ExperimentalWarning'));
  assert.strictEqual(lines.length, 1);
  assert.match(lines[0], /ExperimentalWarning: Importing WebAssembly module instances is an experimental feature and might change at any time$/);
}
{
  // the prototype chain source phase imports expose (a program that loads
  // a Wasm module, here a source phase import)
  write('proto.mjs', `import source mod from './d.wasm';
import assert from 'node:assert';
const proto = Object.getPrototypeOf(WebAssembly.Module.prototype);
assert.strictEqual(Object.getPrototypeOf(mod), WebAssembly.Module.prototype);
assert.strictEqual(proto.constructor.name, 'AbstractModuleSource');
assert.strictEqual(Object.getPrototypeOf(WebAssembly.Module), proto.constructor);
assert.throws(() => proto.constructor(), TypeError);
const tag = Object.getOwnPropertyDescriptor(proto, Symbol.toStringTag).get;
assert.strictEqual(tag.call({}), undefined);
assert.strictEqual(tag.call(mod), 'WebAssembly.Module');
console.log('ok');
`);
  const r = run(['proto.mjs']);
  assert.deepStrictEqual(r, { stdout: 'ok\n', stderr: '', status: 0 });
}
