'use strict';
// SCRATCH (not committed): a minimal assert for local runs until the real one lands.
function fail(msg, extra) { const e = new Error(msg + (extra ? `: ${extra}` : '')); e.code = 'ERR_ASSERTION'; throw e; }
const insp = (v) => { try { return require('internal/util/inspect').inspect(v); } catch { return String(v); } };
function ok(v, m) { if (!v) fail(m || 'not ok'); }
function strictEqual(a, b, m) { if (!Object.is(a, b)) fail(`${insp(a)} !== ${insp(b)}`, m); }
function notStrictEqual(a, b, m) { if (Object.is(a, b)) fail(`${insp(a)} === ${insp(b)}`, m); }
function deepStrictEqual(a, b, m) { if (!require('internal/util/comparisons').isDeepStrictEqual(a, b)) fail(`${insp(a)} !deep== ${insp(b)}`, m); }
function match(s, re, m) { if (!re.test(s)) fail(`${insp(s)} !~ ${re}`, m); }
function throws(fn, exp, m) {
  let err; let threw = false;
  try { fn(); } catch (e) { err = e; threw = true; }
  if (!threw) fail('did not throw', m);
  if (typeof exp === 'function') {
    if (exp.prototype !== undefined && err instanceof exp) return;
    if (Error.isPrototypeOf(exp) || exp === Error) fail(`wrong class ${err && err.name}`);
    if (exp(err) !== true) fail('validation failed');
    return;
  }
  if (exp && typeof exp === 'object') for (const k of Object.keys(exp)) if (!Object.is(err[k], exp[k])) fail(`${k}: ${insp(err[k])} !== ${insp(exp[k])}`, m);
}
module.exports = ok;
Object.assign(ok, { ok, strictEqual, notStrictEqual, deepStrictEqual, match, throws, fail });
