'use strict';
// WebAssembly modules in the ES module graph (Node's 'wasm' format): a
// .wasm file is compiled when loaded; each of its import module names is an
// ES module specifier resolved against it, whose namespace becomes that
// part of the import object; its exports become the record's export names.
// The instance is made when the record evaluates (after its dependencies,
// in graph order), which runs its start function.

const kMagic = [0x00, 0x61, 0x73, 0x6d];

// Does this byte array start with the WebAssembly magic number?
function isWasm(bytes) {
  if (bytes.length < 4) return false;
  for (let i = 0; i < 4; i++) if (bytes[i] !== kMagic[i]) return false;
  return true;
}

// --- the import and export sections, read from the binary ---
// The engine's Module.imports()/exports() refuse modules whose types they
// cannot describe (GC reference types such as (ref extern)); then the
// names come from the binary itself.

class Reader {
  constructor(bytes) {
    this.b = bytes;
    this.p = 0;
  }

  byte() {
    if (this.p >= this.b.length) throw new RangeError('truncated');
    return this.b[this.p++];
  }

  // unsigned LEB128 (up to 64 bits; the value only matters below 2^32)
  u32() {
    let result = 0;
    let mul = 1;
    for (let i = 0; i < 10; i++) {
      const b = this.byte();
      result += (b & 0x7f) * mul;
      if ((b & 0x80) === 0) return result;
      mul *= 128;
    }
    throw new RangeError('bad LEB128');
  }

  // signed LEB128, skipped (heap types)
  skipLEB() {
    while (this.byte() & 0x80);
  }

  name() {
    const len = this.u32();
    if (this.p + len > this.b.length) throw new RangeError('truncated');
    const s = require('buffer').Buffer.from(this.b.buffer, this.b.byteOffset + this.p, len).toString('utf8');
    this.p += len;
    return s;
  }

  valType() {
    const t = this.byte();
    if (t === 0x63 || t === 0x64) this.skipLEB(); // (ref null? ht)
  }

  limits() {
    const flags = this.byte();
    this.u32();
    if (flags & 1) this.u32();
  }
}

const kKinds = ['function', 'table', 'memory', 'global', 'tag'];

function parseSections(bytes) {
  const r = new Reader(bytes);
  r.p = 8;
  const imports = [];
  const exports = [];
  while (r.p < bytes.length) {
    const id = r.byte();
    const size = r.u32();
    const end = r.p + size;
    if (id === 2) {
      for (let n = r.u32(); n > 0; n--) {
        const module = r.name();
        const name = r.name();
        const kind = r.byte();
        if (kind === 0x00) r.u32();
        else if (kind === 0x01) {
          r.valType();
          r.limits();
        } else if (kind === 0x02) r.limits();
        else if (kind === 0x03) {
          r.valType();
          r.byte();
        } else if (kind === 0x04) {
          r.byte();
          r.u32();
        } else throw new RangeError('bad import kind');
        imports.push({ module, name, kind: kKinds[kind] });
      }
    } else if (id === 7) {
      for (let n = r.u32(); n > 0; n--) {
        const name = r.name();
        const kind = r.byte();
        r.u32();
        exports.push({ name, kind: kKinds[kind] });
      }
    }
    r.p = end;
  }
  return { imports, exports };
}

function describe(compiled, bytes) {
  const { Module } = WebAssembly;
  try {
    return { imports: Module.imports(compiled), exports: Module.exports(compiled) };
  } catch {
    return parseSections(bytes);
  }
}

// --- the JS string builtins (the import module 'wasm:js-string') ---
// Node compiles with { builtins: ['js-string'] }; this engine has no such
// option, so the same functions are supplied as imports. Bad arguments trap.

function trap() {
  throw new WebAssembly.RuntimeError('illegal cast');
}

function str(v) {
  if (typeof v !== 'string') trap();
  return v;
}

let jsStringBuiltins;
function stringBuiltins() {
  if (jsStringBuiltins !== undefined) return jsStringBuiltins;
  jsStringBuiltins = {
    __proto__: null,
    cast: (v) => str(v),
    test: (v) => (typeof v === 'string' ? 1 : 0),
    fromCharCode: (c) => String.fromCharCode(c & 0xffff),
    fromCodePoint: (c) => {
      if ((c >>> 0) > 0x10ffff) trap();
      return String.fromCodePoint(c >>> 0);
    },
    charCodeAt: (s, i) => {
      if ((i >>> 0) >= str(s).length) trap();
      return s.charCodeAt(i >>> 0);
    },
    codePointAt: (s, i) => {
      if ((i >>> 0) >= str(s).length) trap();
      return s.codePointAt(i >>> 0);
    },
    length: (s) => str(s).length,
    concat: (a, b) => str(a) + str(b),
    substring: (s, start, end) => {
      const len = str(s).length;
      start >>>= 0;
      end >>>= 0;
      if (start > len || start > end) return '';
      return s.substring(start, Math.min(end, len));
    },
    equals: (a, b) => {
      if (a !== null) str(a);
      if (b !== null) str(b);
      return a === b ? 1 : 0;
    },
    compare: (a, b) => {
      str(a);
      str(b);
      return a < b ? -1 : a > b ? 1 : 0;
    },
  };
  return jsStringBuiltins;
}

const kJsString = 'wasm:js-string';
const kStringConstants = 'wasm:js/string-constants';

function isBuiltinImport(module) {
  return module === kJsString || module === kStringConstants;
}

function errPath(url) {
  if (!url.startsWith('file:')) return url;
  return require('internal/url').fileURLToPath(url);
}

// Compiles bytes (a Uint8Array) for the module at url: { compiled,
// imports, exports, requests } where requests are the import module names
// to resolve, in order of first use. Reserved names are rejected as Node
// rejects them.
function compileWasm(bytes, url) {
  // WebAssembly costs the engine memory once touched: the intrinsic above
  // WebAssembly.Module goes in with the first Wasm module, not at start-up
  require('internal/per_context/module_source').install();
  let compiled;
  try {
    compiled = new WebAssembly.Module(bytes);
  } catch (err) {
    err.message = `${errPath(url)}: ${err.message}`;
    throw err;
  }
  const { imports, exports } = describe(compiled, bytes);
  const requests = [];
  for (const imp of imports) {
    if (imp.module.startsWith('wasm-js:')) {
      throw new WebAssembly.LinkError(`Invalid Wasm import "${imp.module}" in ${url}`);
    }
    if (imp.name.startsWith('wasm:') || imp.name.startsWith('wasm-js:')) {
      throw new WebAssembly.LinkError(`Invalid Wasm import name "${imp.name}" in ${url}`);
    }
    if (!isBuiltinImport(imp.module) && !requests.includes(imp.module)) requests.push(imp.module);
  }
  const exportNames = [];
  for (const exp of exports) {
    if (exp.name.startsWith('wasm:') || exp.name.startsWith('wasm-js:')) {
      throw new WebAssembly.LinkError(`Invalid Wasm export name "${exp.name}" in ${url}`);
    }
    exportNames.push(exp.name);
  }
  return { compiled, imports, exports, exportNames, requests };
}

let warned = false;

// Makes the instance: deps[i] is the record for requests[i]; instances
// maps a record to its WebAssembly exports (a Wasm dependency's globals are
// imported as the Global objects themselves, so mutability and v128 work).
// Returns the values of the record's exports, by name.
function instantiateWasm(info, deps, instances) {
  if (!warned) {
    warned = true;
    process.emitWarning('Importing WebAssembly module instances is an experimental feature and might change at any time',
      'ExperimentalWarning');
  }
  const importObject = { __proto__: null };
  for (let i = 0; i < info.requests.length; i++) {
    const dep = deps[i];
    const ns = dep.namespace();
    const depInstance = instances.get(dep);
    if (depInstance === undefined) {
      importObject[info.requests[i]] = ns;
      continue;
    }
    const view = Object.assign({ __proto__: null }, ns);
    for (const imp of info.imports) {
      if (imp.module === info.requests[i] && imp.kind === 'global') view[imp.name] = depInstance[imp.name];
    }
    importObject[info.requests[i]] = view;
  }
  for (const imp of info.imports) {
    if (imp.module === kJsString) importObject[kJsString] = stringBuiltins();
    else if (imp.module === kStringConstants) {
      importObject[kStringConstants] ??= { __proto__: null };
      importObject[kStringConstants][imp.name] = imp.name;
    }
  }
  const { exports } = new WebAssembly.Instance(info.compiled, importObject);
  const values = { __proto__: null };
  for (const exp of info.exports) {
    let v = exports[exp.name];
    if (exp.kind === 'global') {
      try {
        v = v.value;
      } catch {
        v = undefined; // v128 has no JS value
      }
    }
    values[exp.name] = v;
  }
  return { exports, values };
}

module.exports = { isWasm, compileWasm, instantiateWasm };
