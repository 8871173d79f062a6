'use strict';
// module.registerHooks() (require and import) and module.register() with
// --import: chaining, short circuits, Node's errors.
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { registerHooks } = require('module');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nd-hooks-'));
fs.writeFileSync(path.join(dir, 'real.cjs'), 'module.exports = "real";');

// a virtual module, for require() and import
const seen = [];
const h1 = registerHooks({
  resolve(specifier, context, next) {
    if (specifier === 'virtual:answer') return { url: 'virtual:answer', format: 'commonjs', shortCircuit: true };
    return next(specifier, context);
  },
  load(url, context, next) {
    if (url === 'virtual:answer') return { format: 'commonjs', source: 'module.exports = 42;', shortCircuit: true };
    const r = next(url, context);
    seen.push([url, r.format]);
    return r;
  },
});
assert.strictEqual(Object.isFrozen(h1), true);
assert.strictEqual(require('virtual:answer'), 42);
assert.strictEqual(require(path.join(dir, 'real.cjs')), 'real');
assert.deepStrictEqual(seen.at(-1), [`file://${fs.realpathSync(dir)}/real.cjs`, 'commonjs']);

// a hook that neither calls next nor short-circuits
const h2 = registerHooks({ resolve() { return { url: 'node:fs' }; } });
assert.throws(() => require('anything'), {
  code: 'ERR_INVALID_RETURN_PROPERTY_VALUE',
  name: 'TypeError',
  message: 'Expected true to be returned for the "shortCircuit" from the "resolve" hook but got undefined.',
});
h2.deregister();

// a bad source
const h3 = registerHooks({
  load(url, context, next) {
    if (url.endsWith('bad.cjs')) return { format: 'commonjs', source: 5, shortCircuit: true };
    return next(url, context);
  },
});
fs.writeFileSync(path.join(dir, 'bad.cjs'), '');
assert.throws(() => require(path.join(dir, 'bad.cjs')), {
  code: 'ERR_INVALID_RETURN_PROPERTY_VALUE',
  message: 'Expected a string, an ArrayBuffer, or a TypedArray to be returned for the "source" from the "load" hook but got type number (5).',
});
h3.deregister();

assert.throws(() => registerHooks({ resolve: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });

// module.register() through --import: an asynchronous loader
fs.writeFileSync(path.join(dir, 'loader.mjs'), `
export async function initialize(data) { console.log('init', data?.n); }
export async function resolve(specifier, context, next) {
  if (specifier === 'virtual:x') return { url: 'virtual:x', shortCircuit: true };
  return next(specifier, context);
}
export async function load(url, context, next) {
  if (url === 'virtual:x') return { format: 'module', source: 'export default "x"', shortCircuit: true };
  if (url.endsWith('unknown.mjs')) return { format: 'nope', source: '', shortCircuit: true };
  if (url.endsWith('noop.mjs')) return { format: 'module', source: '' };
  return next(url, context);
}`);
fs.writeFileSync(path.join(dir, 'register.mjs'), `import { register } from 'node:module';
register('./loader.mjs', import.meta.url, { data: { n: 7 } });`);
fs.writeFileSync(path.join(dir, 'main.mjs'), `
import x from 'virtual:x';
console.log(x);
await import('./unknown.mjs').catch((e) => console.log(e.code));
await import('./noop.mjs').catch((e) => console.log(e.code));
`);
for (const f of ['unknown.mjs', 'noop.mjs']) fs.writeFileSync(path.join(dir, f), '');
const r = spawnSync(process.execPath, ['--no-deprecation', '--import', './register.mjs', 'main.mjs'], { cwd: dir, encoding: 'utf8' });
assert.strictEqual(r.stderr, '');
// (Node's hooks thread writes its output at its own pace: compare without order)
assert.deepStrictEqual(r.stdout.split('\n').sort(),
  ['', 'ERR_LOADER_CHAIN_INCOMPLETE', 'ERR_UNKNOWN_MODULE_FORMAT', 'init 7', 'x']);
assert.strictEqual(r.status, 0);

fs.rmSync(dir, { recursive: true, force: true });
